"""Crash reports that never contain diary text, keys or passphrases (SECURITY.md promise 11).

An exception's message and a frame's locals can hold anything the user typed; a report
keeps only the exception types and where they happened (file, line, function).
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from connectly.domain.errors import ConnectlyError


def safe_report(exc: BaseException) -> str:
    """Exception types and code locations only; messages of our own typed errors are safe."""
    lines = ["Connectly stopped because of an unexpected problem. Nothing you wrote is included below."]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  at {frame.filename}:{frame.lineno} in {frame.name}")
        message = f": {current.user_message}" if isinstance(current, ConnectlyError) else ""
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}{message}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    value.__traceback__ = tb
    print(safe_report(value), file=sys.stderr)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        print(safe_report(args.exc_value), file=sys.stderr)


def install_crash_hooks() -> None:
    """Route uncaught exceptions (main and worker threads) through :func:`safe_report`."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
