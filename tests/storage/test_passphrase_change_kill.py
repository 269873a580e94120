"""Promise 6: a passphrase change killed at any moment leaves a working way in.

A child process changes the passphrase in a loop and prints each index after the change
returned. The parent kills it with SIGKILL at a random moment, then checks that the slot
file loads, that exactly one of the last acknowledged passphrase and the one in flight
opens it, and that the recovery code still does. The next trial continues on the same
file, so damage would accumulate.
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from connectly.domain.errors import WrongKeyError
from connectly.security.datakey import DataKey
from connectly.security.keyslots import KeySlots
from connectly.security.wrap import ScryptParams

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

FAST = ScryptParams(n=2**8, r=8, p=1)  # cheap wraps: the kill lands in the file writes more often

CHILD = """
import json, sys
from pathlib import Path
from connectly.security.keyslots import KeySlots
from connectly.security.wrap import ScryptParams

job = json.loads(sys.stdin.readline())
slots = KeySlots.load(Path(job["path"]), wrap_params=ScryptParams(**job["params"]))
key = slots.unlock_with_passphrase(job["passphrase"])
print("ready", flush=True)
i = job["start"]
while True:
    slots.set_passphrase(key, f"pass-{i}")
    print(i, flush=True)
    i += 1
"""


def passphrase_change_killed(
    path: Path, passphrase: str, start: int, delay: float, *, after_a_change: bool = False
) -> list[int]:
    """Run the child until killed after ``delay`` seconds; return the acknowledged indexes.

    With ``after_a_change`` the delay only starts once the child acknowledged its first change.
    """
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    assert child.stderr is not None
    job = {"path": str(path), "passphrase": passphrase, "start": start, "params": vars(FAST)}
    child.stdin.write(json.dumps(job) + "\n")
    child.stdin.flush()
    ready = child.stdout.readline().strip()
    if ready != "ready":
        child.kill()
        _, err = child.communicate(timeout=30)
        pytest.fail(f"child did not start: {ready!r} {err[-2000:]}")
    first = child.stdout.readline() if after_a_change else ""  # "" if the child died instead
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    # Everything through the same buffered file as the lines above: communicate() reads the pipe
    # underneath it and would miss acknowledgements already buffered with "ready".
    out = first + child.stdout.read()
    err = child.stderr.read()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()
    assert child.returncode == -signal.SIGKILL, err[-2000:]
    return [int(line) for line in out.split()]


def opens_with(path: Path, passphrase: str) -> DataKey | None:
    try:
        return KeySlots.load(path, wrap_params=FAST).unlock_with_passphrase(passphrase)
    except WrongKeyError:
        return None


def run_trials(tmp_path: Path, trials: int) -> None:
    old_umask = os.umask(0o022)
    try:
        _run_trials(tmp_path, trials)
    finally:
        os.umask(old_umask)


def _run_trials(tmp_path: Path, trials: int) -> None:
    path = tmp_path / "keyslots.json"
    key = DataKey.generate()
    _, code = KeySlots.create(path, key, passphrase="pass-initial", keyring_store=None, wrap_params=FAST)
    current, start, rng = "pass-initial", 0, random.Random(5)
    changes = 0
    for trial in range(trials):
        # The first kill comes after a completed change, so some change is always acknowledged
        # however slow the machine is; the others may land anywhere, before the first one too.
        acknowledged = passphrase_change_killed(
            path, current, start, delay=rng.uniform(0.0, 0.25), after_a_change=trial == 0
        )
        changes += len(acknowledged)
        old = f"pass-{acknowledged[-1]}" if acknowledged else current
        in_flight = f"pass-{acknowledged[-1] + 1}" if acknowledged else f"pass-{start}"
        opened = {p: opens_with(path, p) for p in (old, in_flight)}
        working = [p for p, k in opened.items() if k is not None]
        assert len(working) == 1, f"old={old} in_flight={in_flight} opened={working}"
        assert opened[working[0]] == key
        assert KeySlots.load(path, wrap_params=FAST).unlock_with_recovery_code(code) == key
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        current = working[0]
        start = (acknowledged[-1] if acknowledged else start) + 2
    assert changes > 0, "the child never completed a change: the kills proved nothing"


def test_kill_during_passphrase_change_leaves_a_way_in(tmp_path: Path) -> None:
    run_trials(tmp_path, trials=5)


@pytest.mark.long
def test_kill_during_passphrase_change_leaves_a_way_in_50_trials(tmp_path: Path) -> None:
    run_trials(tmp_path, trials=60)
