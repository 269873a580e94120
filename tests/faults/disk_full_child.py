"""Fill a small tmpfs while the diary writes, then free it; print what happened as JSON.

Run inside a private mount namespace by ``test_disk_full.py``::

    unshare -rm sh -c 'mount -t tmpfs -o size=4m tmpfs ROOT && exec python disk_full_child.py ROOT'

stdin: a canary string to put in the notes.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from connectly.domain.backups import BackupSpaceError  # noqa: E402
from connectly.domain.errors import DiskFullError  # noqa: E402
from connectly.services.access import unlock_with_secret  # noqa: E402
from connectly.services.backups import BackupService  # noqa: E402
from connectly.services.locations import DiaryPaths  # noqa: E402
from tests.diaries import PASS, add_checkins, new_diary  # noqa: E402


def fill(filler: Path, leave: int) -> None:
    """Write until the file system is full, then give back ``leave`` bytes."""
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    os.truncate(filler, max(filler.stat().st_size - leave, 0))


def main(root: Path) -> None:
    canary = sys.stdin.readline().strip()
    result: dict[str, object] = {}
    paths = DiaryPaths(root / "data")
    diary, _ = new_diary(paths)
    acknowledged = add_checkins(diary, 10, note=f"{canary} before")
    filler = root / "filler"
    fill(filler, 96 * 1024)
    n = 0
    try:
        while n < 1000:
            acknowledged += add_checkins(diary, 1, note=f"{canary} " + "x" * 3000, start=100 + n)
            n += 1
        result["full_error"] = None
    except DiskFullError as exc:
        result["full_error"] = type(exc).__name__
        result["full_message"] = exc.user_message
    try:
        BackupService(diary).backup_now()
        result["backup_error"] = None
    except BackupSpaceError as exc:
        result["backup_error"] = type(exc).__name__
        result["backup_message"] = exc.user_message
    result["backup_files"] = sorted(p.name for p in paths.backups.iterdir()) if paths.backups.exists() else []
    diary.lock()  # the checkpoint cannot run on a full disk; locking must still drop the key
    result["locked"] = diary.is_locked
    result["acknowledged"] = acknowledged
    filler.unlink()
    reopened = unlock_with_secret(paths, PASS)
    report = reopened.verify_integrity()
    result["integrity_ok"] = report.ok
    result["stored"] = [c.id for c in reopened.journal.checkins()]
    result["after_free"] = add_checkins(reopened, 1, note=f"{canary} after", start=5000)
    result["backup_after_free"] = BackupService(reopened).backup_now().path.name
    reopened.lock()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
