"""Cold start to an interactive window: the installed binary against ``python -m connectly``.

    python packaging/measure_startup.py --binary /usr/bin/connectly [--runs 7]

Each run starts a fresh process with ``--startup-probe`` on an existing passphrase diary
(offscreen, no keyring): the real start-up code runs, the window shows "Opening your diary…"
(the first frame), then its unlock screen (the first interactive window), and the process
prints both times in milliseconds since it was launched. A bare PySide6 window
is measured in the same run as the floor (PERFORMANCE.md: compare ratios within one run).
Runs alternate between the candidates so drift on a shared machine hits all alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "measure the cold start 42"
BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("bare window")
class Painted(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print(f"interactive_ms={(time.time() - t0) * 1000:.0f}"), app.exit(0)))
            o.removeEventFilter(self)
        return False
f = Painted(); w.installEventFilter(f); w.show(); app.exec()
"""


def _probe(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(first frame, interactive) in ms for one fresh process."""
    result = subprocess.run(
        [*command, repr(time.time())], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr.strip()[-400:]}")
    fields = dict(part.split("=", 1) for part in result.stdout.split() if "=" in part)
    if "interactive_ms" not in fields:
        raise SystemExit(f"no timing from {command}: {result.stdout!r}")
    interactive = float(fields["interactive_ms"])
    return float(fields.get("first_frame_ms", interactive)), interactive


def main() -> int:
    """Measure and print one line per candidate (median, min, max) and the ratios to the floor."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--binary", required=True, help="the installed connectly executable")
    parser.add_argument("--python", default=sys.executable, help="the Python with Connectly installed")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="connectly-startup-") as tmp:
        env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            CONNECTLY_HOME=str(Path(tmp) / "home"),
            HOME=tmp,
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
            XDG_RUNTIME_DIR=tmp,
        )
        init = subprocess.run(
            [args.python, "-m", "connectly", "init", "--no-keyring", "--passphrase-stdin"],
            input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if init.returncode != 0:
            raise SystemExit(f"could not create the diary: {init.stderr.strip()}")
        candidates = {
            "bare PySide6 window": [args.python, "-c", BARE],
            "installed binary": [args.binary, "--startup-probe"],
            "python -m connectly": [args.python, "-m", "connectly", "--startup-probe"],
        }
        for command in candidates.values():  # warm the page cache once, as a second start would
            _probe(command, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in candidates}
        for _ in range(args.runs):
            for name, command in candidates.items():
                times[name].append(_probe(command, env))
    floor = statistics.median(t[1] for t in times["bare PySide6 window"])
    print(
        f"{'':22s} {'first frame':>12s} {'interactive':>12s}  (median of {args.runs}; ratio to the bare window)"
    )
    for name, values in times.items():
        first = statistics.median(t[0] for t in values)
        ready = statistics.median(t[1] for t in values)
        print(
            f"{name:22s} {first:9.0f} ms {ready:9.0f} ms  {first / floor:4.2f}× / {ready / floor:4.2f}×  "
            f"(interactive min {min(t[1] for t in values):.0f}, max {max(t[1] for t in values):.0f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
