"""One launch for bench_startup.py: prints a JSON line per moment (first frame, unlock, ready).

Usage: ``startup_child.py bare|passphrase|keyring DATA_DIR SETTINGS_FILE``. Imports nothing
the app itself would not import before its first frame.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from connectly.services.access import KeyringAccess

PASSPHRASE = "correct horse battery staple"
TYPING_MS = int(os.environ.get("BENCH_TYPING_MS", "0"))
"""How long after the unlock screen shows the passphrase is submitted (0: at once)."""


def peak_rss_kib() -> int:
    """This process's peak resident memory. ``ru_maxrss`` would do, but Linux carries it over
    from the parent across fork+exec (a big parent inflates it), so VmHWM is read where it exists."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(mode: str, data_dir: str, config: str) -> None:
    """One launch; prints one JSON line per moment (time.time() and peak memory in KiB)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        if name not in marks:
            marks[name] = time.time()
            rss = peak_rss_kib()
            print(json.dumps({"event": name, "t": marks[name], "rss_kib": rss}), flush=True)

    class PaintWatch(QObject):
        """After the next paint anywhere, call ``then`` (once per arming)."""

        def __init__(self) -> None:
            super().__init__()
            self.then: list[Callable[[], object]] = []

        def arm(self, then: Callable[[], object]) -> None:
            self.then.append(then)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.then:
                pending, self.then = self.then, []
                for callback in pending:
                    QTimer.singleShot(0, callback)
            return False

    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication(sys.argv)
        watch = PaintWatch()
        app.installEventFilter(watch)
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello"))
        window.resize(1120, 740)

        def first_and_quit() -> None:
            mark("first_frame")
            app.quit()

        watch.arm(first_and_quit)
        window.show()
        app.exec()
        return

    from connectly.services.locations import DiaryPaths
    from connectly.ui.application import make_application, start_app
    from connectly.ui.settings_store import UiSettings

    app = make_application(sys.argv)
    watch = PaintWatch()
    app.installEventFilter(watch)
    keyring: Callable[[], KeyringAccess] | None = None
    if mode == "keyring":
        entry = os.environ["BENCH_KEYRING_ENTRY"]

        def keyring_provider() -> KeyringAccess:
            from connectly.services.access import KeyringAccess
            from tests.keyring_fakes import MemoryKeyring, trusting

            backend = MemoryKeyring()
            service, user, secret = entry.split("|")
            backend.entries[(service, user)] = secret
            return KeyringAccess(trusting(backend))

        keyring = keyring_provider
    shell = start_app(
        app,
        paths=DiaryPaths(Path(data_dir)),
        settings=UiSettings(Path(config)),
        keyring=keyring,
    )

    def ready() -> None:
        mark("ready")
        app.quit()

    def on_screen(name: str) -> None:
        if name == "unlock" and shell.unlock is not None:
            mark("unlock_shown")
            unlock = shell.unlock

            def type_and_submit() -> None:
                unlock.field.setText(PASSPHRASE)
                mark("submitted")
                unlock.submit()

            if TYPING_MS:
                QTimer.singleShot(TYPING_MS, type_and_submit)
            else:
                type_and_submit()
        elif name == "workspace":
            mark("workspace")
            watch.arm(ready)

    shell.sig_screen_shown.connect(on_screen)
    watch.arm(lambda: mark("first_frame"))
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
