"""When Today shows the day's data, the chart and analysis stack is still not loaded.

The companion of ``test_nothing_slow_is_imported_before_the_first_frame`` (test_main_window):
a fresh process starts the app on a keyring diary and, once Today is shown with both
partners' cards, lists what is loaded. numpy, pyqtgraph, the analysis, charts and report
code load when Insights or an export opens (PERFORMANCE.md §1), Alembic only to migrate.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from connectly.security.keyring_store import SERVICE
from connectly.services.locations import DiaryPaths
from tests.diaries import new_diary
from tests.keyring_fakes import MemoryKeyring, trusting

ROOT = Path(__file__).resolve().parents[2]
LATER = (
    "numpy",
    "pyqtgraph",
    "scipy",
    "alembic",
    "connectly.analysis",
    "connectly.charts",
    "connectly.report",
)

TODAY_READY_PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from connectly.services.locations import DiaryPaths
    from connectly.ui.application import make_application, start_app
    from connectly.ui.settings_store import UiSettings

    def keyring():
        from connectly.services.access import KeyringAccess
        from tests.keyring_fakes import MemoryKeyring, trusting

        backend = MemoryKeyring()
        backend.entries[("{service}", sys.argv[3])] = sys.argv[4]
        return KeyringAccess(trusting(backend))

    app = make_application(sys.argv)
    shell = start_app(app, paths=DiaryPaths(Path(sys.argv[1])), settings=UiSettings(Path(sys.argv[2])),
                      keyring=keyring)
    screens = []

    def report():
        today = shell.window.page("today")
        loaded = sorted(m for m in {later} if m in sys.modules)
        print(json.dumps({{"screens": screens, "cards": len(getattr(today, "cards", ())), "loaded": loaded}}))
        app.quit()

    def shown(name):
        screens.append(name)
        if name == "workspace":
            QTimer.singleShot(0, report)

    shell.sig_screen_shown.connect(shown)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    """
).format(service=SERVICE, later=LATER)


def test_today_with_data_loads_no_chart_or_analysis_code(home: DiaryPaths, tmp_path: Path) -> None:
    backend = MemoryKeyring()
    diary, _code = new_diary(home, keyring_store=trusting(backend))
    diary_id = diary.slots.diary_id if diary.slots else ""
    diary.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            TODAY_READY_PROBE,
            str(home.data_dir),
            str(tmp_path / "settings.ini"),
            diary_id,
            backend.entries[(SERVICE, diary_id)],
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    ).stdout
    result = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    assert result == {"screens": ["workspace"], "cards": 2, "loaded": []}
