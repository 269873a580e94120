"""Hidden self-checks of an installed Connectly (used by CI and the packaging measurements).

``connectly --smoke-test OUTDIR`` drives the real desktop app through the shell's own
composition root on the throwaway demo diary: it waits for the pages, opens Insights, waits
until the analysis has been drawn, saves a screenshot and a chart PNG, writes the therapy
report PDF, checks the files and exits 0 (1 with one sentence on stderr otherwise).

``connectly --startup-probe T0`` starts the app exactly as ``connectly`` does and quits as
soon as the first interactive screen (setup, unlock or the pages) has been painted, printing
the milliseconds since ``T0`` (the launcher's ``time.time()``), so cold starts can be compared.

Neither prints diary content: only file names, sizes and timings.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from connectly.services.diary import OpenDiary
    from connectly.ui.shell import AppShell

SMOKE_TIMEOUT_MS = 150_000
"""Generous: the demo year and its analysis take seconds, a loaded CI machine more."""
POLL_MS = 50
INTERACTIVE_SCREENS = ("setup", "unlock", "workspace")


class SmokeError(Exception):
    """A smoke step did not produce what it should; the message names the step."""


def check_png(path: Path, *, min_width: int = 200) -> QImage:
    """The PNG at ``path``, refused when missing, tiny or a single flat colour."""
    image = QImage(str(path))
    if image.isNull() or image.width() < min_width:
        raise SmokeError(f"{path.name} is missing or not a picture")
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)
    }
    if len(colours) < 8:
        raise SmokeError(f"{path.name} is nearly blank ({len(colours)} colours)")
    return image


def check_pdf(path: Path) -> int:
    """The size of the PDF at ``path``, refused when missing or not a PDF."""
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:] or len(data) < 2000:
        raise SmokeError(f"{path.name} is missing or not a complete PDF")
    return len(data)


def write_report_pdf(diary: OpenDiary, target: Path) -> bool:
    """Write the therapy report for the whole diary with the report API, if this build has it.

    Returns False when the report module is not installed (the smoke then says so and still
    passes on the rest).
    """
    try:
        from connectly.report.pdf import make_report
        from connectly.services.report_data import ReportRequest, ReportService
    except ImportError:
        return False
    days = diary.journal.day_range()
    if days is None:
        raise SmokeError("the demo diary has no check-ins")
    make_report(ReportService(diary).build(ReportRequest(days[0], days[1])), target)
    return True


class SmokeRun(QObject):
    """Walks the app from start to exported files; ends the event loop with 0 or 1."""

    def __init__(self, app: QApplication, shell: AppShell, out_dir: Path) -> None:
        super().__init__(shell)
        self.app = app
        self.shell = shell
        self.window = shell.window
        self.out_dir = out_dir
        self.started = time.monotonic()
        self.lines: list[str] = []
        self._poll = QTimer(self, interval=POLL_MS)
        self._deadline = QTimer(self, singleShot=True, interval=SMOKE_TIMEOUT_MS)
        self._connect_signals()
        self._deadline.start()

    def _connect_signals(self) -> None:
        self.shell.sig_screen_shown.connect(self._on_screen)
        self._poll.timeout.connect(self._check_insights)
        self._deadline.timeout.connect(lambda: self._fail("timed out before the Insights page was drawn"))

    def _on_screen(self, name: str) -> None:
        if name == "workspace":
            self._note("demo diary open")
            QTimer.singleShot(0, self._open_insights)
        elif name in ("damaged", "demo-ended", "setup", "unlock"):
            self._fail(f"the app showed the “{name}” screen instead of the demo diary")

    def _open_insights(self) -> None:
        self.window.go_to("insights")
        self._poll.start()

    def _check_insights(self) -> None:
        page = self.window.page("insights")
        if page is None or getattr(page, "busy", True) or getattr(page, "data", None) is None:
            return
        self._poll.stop()
        self._note("insights analysed")
        QTimer.singleShot(300, self._export)  # let the charts paint once

    def _export(self) -> None:
        try:
            self._write_files()
        except Exception as exc:
            self._fail(f"{type(exc).__name__}: {exc}")
            return
        self._note(f"done in {time.monotonic() - self.started:.1f} s")
        build = "bundle" if getattr(sys, "frozen", False) else "python"
        print(f"smoke ok ({build}, {self.app.platformName()}): " + "; ".join(self.lines), flush=True)
        self.app.exit(0)

    def _write_files(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        page = self.window.page("insights")
        assert page is not None
        screenshot = self.out_dir / "insights-window.png"
        if not self.window.grab().save(str(screenshot), "PNG"):
            raise SmokeError("could not save the window screenshot")
        image = check_png(screenshot)
        self._note(f"{screenshot.name} {image.width()}×{image.height()}")
        timeline = getattr(page, "timeline", None)
        if timeline is None:
            raise SmokeError("the Insights page has no timeline chart")
        chart = self.out_dir / "timeline.png"
        if not timeline.to_image(1600, 900).save(str(chart), "PNG"):
            raise SmokeError("could not save the chart PNG")
        image = check_png(chart)
        self._note(f"{chart.name} {image.width()}×{image.height()}")
        report = self.out_dir / "report.pdf"
        if write_report_pdf(self.shell.session.diary, report):
            self._note(f"{report.name} {check_pdf(report):,} bytes")
        else:
            self._note("report.pdf skipped (no report module in this build)")

    def _note(self, line: str) -> None:
        self.lines.append(line)

    def _fail(self, reason: str) -> None:
        self._poll.stop()
        self._deadline.stop()
        print(f"smoke FAILED: {reason} (after: {'; '.join(self.lines) or 'nothing'})", file=sys.stderr)
        self.app.exit(1)


def run_smoke(out_dir: Path) -> int:
    """The ``--smoke-test`` command: returns the process exit code."""
    from connectly.ui.application import make_application, start_app
    from connectly.ui.settings_store import SETTINGS_FILE_NAME, UiSettings

    app = make_application(sys.argv[:1])
    settings_dir = Path(tempfile.mkdtemp(prefix="connectly-smoke-"))
    try:
        settings = UiSettings(settings_dir / SETTINGS_FILE_NAME)
        shell = start_app(app, paths=None, settings=settings, demo=True)
        SmokeRun(app, shell, out_dir)
        return app.exec()
    finally:
        shutil.rmtree(settings_dir, ignore_errors=True)


class StartupTimer(QObject):
    """Times the start-up from ``launched_at``: the first frame of any screen, then the first
    interactive screen painted with the event loop idle again (at which point it quits)."""

    def __init__(self, shell: AppShell, launched_at: float) -> None:
        super().__init__(shell)
        self.shell = shell
        self.launched_at = launched_at
        self.first_frame_ms: float | None = None
        self.interactive_ms: float | None = None
        self.screen = ""
        self._interactive: QWidget | None = None
        shell.window.installEventFilter(self)
        shell.sig_screen_shown.connect(self._on_screen)
        if shell.screen:  # start() shows its first screen synchronously
            self._on_screen(shell.screen)

    def _elapsed(self) -> float:
        return (time.time() - self.launched_at) * 1000.0

    def _on_screen(self, name: str) -> None:
        if self.screen or name not in INTERACTIVE_SCREENS:
            return
        self.screen = name
        self._interactive = self.shell.window.screens.currentWidget()
        if self._interactive is not None:
            self._interactive.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if watched is self.shell.window and self.first_frame_ms is None:
            self.first_frame_ms = self._elapsed()
        elif watched is self._interactive:
            watched.removeEventFilter(self)
            self._interactive = None
            QTimer.singleShot(0, self._interactive_now)
        return False

    def _interactive_now(self) -> None:
        self.interactive_ms = self._elapsed()
        QApplication.exit(0)


def run_startup_probe(launched_at: float) -> int:
    """The ``--startup-probe`` command: the real start (``connectly.ui.application.run``), timed;
    prints ``first_frame_ms=… interactive_ms=… screen=…`` and exits once it is interactive."""
    from connectly.ui.application import run

    timers: list[StartupTimer] = []

    def watch(shell: AppShell) -> None:
        timers.append(StartupTimer(shell, launched_at))
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: QApplication.exit(1))

    code = run(on_shell=watch)
    timer = timers[0] if timers else None
    if timer is None or timer.interactive_ms is None:
        print("startup probe: no interactive screen was shown", file=sys.stderr)
        return code or 1
    first = timer.first_frame_ms if timer.first_frame_ms is not None else timer.interactive_ms
    print(
        f"first_frame_ms={first:.0f} interactive_ms={timer.interactive_ms:.0f} screen={timer.screen}",
        flush=True,
    )
    return code
