"""The GUI's composition root: the QApplication, settings, theme, fonts, paths, the window.

``run(demo)`` is what ``connectly`` (no sub-command) calls. Everything it builds is built by
functions that take their dependencies — :func:`build_main_window`, :func:`build_shell`,
:func:`start_app` — so tests and the start-up benchmark drive the same code with a temp
diary, a fake keyring or a private settings file, and the product never asks whether it
runs under test.

Before the first frame only Qt and the shell's own small modules are imported; SQLAlchemy,
SQLCipher, the keyring and the key derivation come right after it (PERFORMANCE.md §1–2).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from connectly import APP_ID, APP_NAME, __version__
from connectly.resources.qt import app_icon
from connectly.ui.main_window import MainWindow
from connectly.ui.messages import install_gui_excepthook
from connectly.ui.pages.registry import KeyringProvider, PageContext
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import UiSettings, settings_path
from connectly.ui.shell import AppShell, DemoOpener
from connectly.ui.theme import ThemeController

if TYPE_CHECKING:
    from connectly.services.access import KeyringAccess
    from connectly.services.locations import DiaryPaths

FONT_FOLDERS = (
    Path(__file__).resolve().parents[1] / "resources" / "fonts",  # package data (wheels, PyInstaller)
    Path(__file__).resolve().parents[2] / "resources" / "fonts",  # a source checkout
)


def make_application(argv: list[str]) -> QApplication:
    """The QApplication with Connectly's name and desktop id (or the one that already exists)."""
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")  # as connectly.paths: ~/.local/share/Connectly
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv)


def register_bundled_fonts(folders: tuple[Path, ...] = FONT_FOLDERS) -> list[str]:
    """Register shipped TTFs so a bare system without fonts still shows text; returns their families.

    When the system offers no font for the default family, the first bundled family becomes
    the application font. No folder, no fonts: nothing happens.
    """
    families: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for ttf in sorted(folder.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(ttf))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        default = QGuiApplication.font()
        if default.family() not in QFontDatabase.families() or default.family() in families:
            default.setFamily(families[0])
            QGuiApplication.setFont(default)
    return families


def default_keyring() -> KeyringProvider:
    """The OS keyring, built on first use (after the first frame)."""
    made: list[KeyringAccess] = []

    def provide() -> KeyringAccess:
        if not made:
            from connectly.services.access import KeyringAccess

            made.append(KeyringAccess())
        return made[0]

    return provide


def build_main_window(session: DiarySession, settings: UiSettings, keyring: KeyringProvider) -> MainWindow:
    """The main window over ``session`` (pages are built when first shown)."""
    return MainWindow(PageContext(session=session, settings=settings, keyring=keyring))


def build_shell(
    app: QApplication,
    *,
    paths: DiaryPaths | None,
    settings: UiSettings,
    keyring: KeyringProvider | None = None,
    demo: bool = False,
    demo_opener: DemoOpener | None = None,
) -> AppShell:
    """The window and the screen flow around it, for the diary at ``paths`` (None for the demo)."""
    from connectly.services.locations import DiaryPaths

    session_paths = paths or DiaryPaths(Path(tempfile.gettempdir()) / "connectly-demo")
    session = DiarySession(session_paths, demo=demo)
    provider = keyring or default_keyring()
    window = build_main_window(session, settings, provider)
    return AppShell(window, app=app, paths=None if demo else paths, keyring=provider, demo_opener=demo_opener)


def start_app(
    app: QApplication,
    *,
    paths: DiaryPaths | None,
    settings: UiSettings,
    keyring: KeyringProvider | None = None,
    demo: bool = False,
    demo_opener: DemoOpener | None = None,
) -> AppShell:
    """Theme, fonts and the shell; shows the first screen. The caller runs the event loop."""
    register_bundled_fonts()
    app.setWindowIcon(app_icon())
    shell = build_shell(
        app, paths=paths, settings=settings, keyring=keyring, demo=demo, demo_opener=demo_opener
    )
    shell.theme = ThemeController(app, settings, parent=shell)  # kept alive by the shell: it follows changes
    shell.theme.apply()
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    return shell


def demo_settings(real: Path) -> UiSettings:
    """For the demo: a private copy of the user's UI settings (same theme), never written back."""
    folder = Path(tempfile.mkdtemp(prefix="connectly-demo-settings-"))
    copy = folder / real.name
    if real.is_file():
        shutil.copyfile(real, copy)
    return UiSettings(copy)


def run(demo: bool = False, on_shell: Callable[[AppShell], object] | None = None) -> int:
    """Start the desktop app; returns the process exit code.

    ``on_shell`` sees the shell once it is started (``connectly --startup-probe`` times the
    real start-up with it).
    """
    app = make_application(sys.argv)
    install_gui_excepthook()
    real_settings = settings_path()
    settings = demo_settings(real_settings) if demo else UiSettings(real_settings)
    from connectly.ui.i18n import apply_language
    from connectly.ui.settings_store import LANGUAGE

    apply_language(app, settings.get(LANGUAGE))  # before any widget is built
    paths = None
    claimed = None
    if not demo:
        from connectly.paths import data_dir
        from connectly.services.locations import DiaryPaths
        from connectly.ui.single_instance import hand_over_or_claim

        paths = DiaryPaths(data_dir())
        handed = hand_over_or_claim(paths.data_dir)
        if isinstance(handed, int):
            return handed  # another window for this diary came forward (0) or did not answer (1)
        claimed = handed
    shell = start_app(app, paths=paths, settings=settings, demo=demo)
    if on_shell is not None:
        on_shell(shell)
    if claimed is not None:
        claimed.attach(shell.window)
    if not demo:
        from connectly.ui.reminders import start_reminders_later

        start_reminders_later(shell.window, shell.session, settings)  # the daily check-in reminder
    try:
        return app.exec()
    finally:
        if demo:
            shutil.rmtree(settings.path.parent, ignore_errors=True)
