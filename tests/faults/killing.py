"""Run ``child.py`` and kill it with SIGKILL at a random moment of its work."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

CHILD = Path(__file__).resolve().parent / "child.py"
SHORT_TRIALS = 5
LONG_TRIALS = 50


@dataclass
class Trial:
    """What a killed child printed: every line is a step that had fully completed."""

    lines: list[str] = field(default_factory=list)

    @property
    def steps(self) -> list[str]:
        return [line for line in self.lines if line != "READY"]

    @property
    def done(self) -> bool:
        return any(line.startswith("DONE") for line in self.lines)


class Child:
    """A running child; its stdout is read on a thread so the parent never blocks."""

    def __init__(self, mode: str, *args: str, secret: str) -> None:
        self.trial = Trial()
        self._proc = subprocess.Popen(
            [sys.executable, str(CHILD), mode, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdin is not None
        self._proc.stdin.write(secret + "\n")
        self._proc.stdin.close()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self.trial.lines.append(line.strip())

    def wait_for(self, predicate: object, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not callable(predicate) or not predicate(self.trial):
            if self._proc.poll() is not None:
                self._reader.join()
                raise AssertionError(f"the child ended early: {self.trial.lines[-5:]}")
            if time.monotonic() > deadline:
                self.kill()
                raise AssertionError("the child did not get ready in time")
            time.sleep(0.005)

    def kill(self) -> Trial:
        self._proc.kill()
        self._proc.wait()
        self._reader.join()
        assert self._proc.stdout is not None
        self._proc.stdout.close()
        return self.trial


def run_and_kill(mode: str, *args: str, secret: str, delay: float) -> Trial:
    """Start the child, wait for READY, let it work for ``delay`` seconds, then SIGKILL it."""
    child = Child(mode, *args, secret=secret)
    child.wait_for(lambda t: "READY" in t.lines)
    time.sleep(delay)
    return child.kill()


def duration_of(mode: str, *args: str, secret: str) -> float:
    """How long the interruptible part takes when not killed (from the child's DONE line)."""
    child = Child(mode, *args, secret=secret)
    child.wait_for(lambda t: t.done)
    trial = child.kill()
    return float(next(line for line in trial.lines if line.startswith("DONE")).split()[1])
