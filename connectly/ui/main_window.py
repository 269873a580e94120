"""The main window: it only assembles navigation, the pages, menus and the status bar.

Pages come from :mod:`connectly.ui.pages.registry` and are built the first time they are
shown (Insights therefore loads numpy and pyqtgraph only when opened). Screens that stand
before the pages — setup, unlock, “opening…”, a damaged diary — are shown in the same
window with :meth:`MainWindow.show_screen`; the pages are kept (never destroyed) while such
a screen is up, so a lock keeps unsaved typing in memory.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from connectly import APP_NAME
from connectly.ui.geometry import GeometryMixin
from connectly.ui.messages import show_error
from connectly.ui.pages.registry import PAGES, PageContext, PageSpec, build_page, page_spec
from connectly.ui.settings_store import LAST_PAGE
from connectly.ui.theme import calm_colour, ring_on_highlight

DEMO_BANNER = str(
    QT_TRANSLATE_NOOP(
        "MainWindow", "Demo diary — nothing here is saved. It disappears when you close Connectly or lock it."
    )
)
EXPORT_MODULE = "connectly.ui.dialogs.export_dialog"

# Keyboard focus is a 2-px ring: the highlight colour, or on the selected (highlight-filled)
# button, where a highlight ring would vanish, the colour RING (theme.ring_on_highlight). The
# transparent border keeps the label from moving when focus arrives.
_NAV_STYLE = """
QWidget#nav { background: palette(alternate-base); border-right: 1px solid palette(midlight); }
QPushButton#navButton {
    text-align: left; padding: 5px 12px; border: 2px solid transparent; border-radius: 6px;
}
QPushButton#navButton:hover { background: palette(midlight); }
QPushButton#navButton:checked { background: palette(highlight); color: palette(highlighted-text); }
QPushButton#navButton:focus { outline: none; border-color: palette(highlight); }
QPushButton#navButton:checked:focus { border-color: RING; }
QPushButton#navLock {
    padding: 4px 12px; margin: 1px; border: 1px solid palette(mid); border-radius: 6px;
    background: palette(button);
}
QPushButton#navLock:hover { background: palette(midlight); }
QPushButton#navLock:pressed { background: palette(mid); }
QPushButton#navLock:focus { outline: none; margin: 0; border: 2px solid palette(highlight); }
"""


class MainWindow(GeometryMixin, QMainWindow):
    """Left navigation, a stack of pages, File/Go/Help menus and a status bar."""

    sig_page_changed = Signal(str)
    """Another page is now shown (its key)."""

    def __init__(self, context: PageContext, *, pages: tuple[PageSpec, ...] = PAGES) -> None:
        super().__init__()
        self.context = context
        self.session = context.session
        self.settings = context.settings
        self.specs = pages
        self._pages: dict[str, QWidget] = {}
        self._export_opener: Callable[[], None] | None = None
        self.setWindowTitle(
            self.tr("{app} — Demo diary (nothing is saved)").format(app=APP_NAME)
            if self.session.demo
            else APP_NAME
        )
        self.setMinimumSize(760, 520)
        self.screens = QStackedWidget(self)
        self.page_stack = QStackedWidget(self)
        self.nav = QWidget(self)
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, QPushButton] = {}
        self.lock_button = QPushButton(self.tr("&Lock"), self.nav)
        self.banner = QLabel(QCoreApplication.translate("MainWindow", DEMO_BANNER), self)
        self.workspace = QWidget(self)
        self.status_note = QLabel(self)
        self._make_actions()
        self._make_menus()
        self._layout()
        self._connect_signals()
        self._export_discovered = False
        self.set_workspace_enabled(False)
        if not self.restore_geometry(self.settings):
            self.resize(1120, 740)

    # -- assembly --------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.action_export = QAction(self.tr("&Export…"), self)
        self.action_export.setShortcut(QKeySequence("Ctrl+E"))
        self.action_export.setStatusTip(self.tr("A report for your therapist, charts or your data"))
        self.action_lock = QAction(self.tr("&Lock"), self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.setStatusTip(
            self.tr("Close the diary and forget its key until it is unlocked again")
        )
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.page_actions: dict[str, QAction] = {}
        for spec in self.specs:
            action = QAction(spec.label, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setStatusTip(spec.explained)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.go_to(key))
            self.page_actions[spec.key] = action

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.action_export)
        file_menu.addSeparator()
        file_menu.addAction(self.action_lock)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for action in self.page_actions.values():
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_about)

    def _layout(self) -> None:
        self.nav.setObjectName("nav")
        self.nav.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._style_nav()
        self.nav.setFixedWidth(190)
        nav_box = QVBoxLayout(self.nav)
        nav_box.setContentsMargins(10, 14, 10, 12)
        nav_box.setSpacing(4)
        for spec in self.specs:
            button = QPushButton(spec.label, self.nav)
            button.setObjectName("navButton")
            button.setCheckable(True)
            button.setToolTip(f"{spec.explained} ({spec.shortcut})")
            button.setAccessibleName(spec.label)
            button.setAccessibleDescription(spec.explained)
            self.nav_group.addButton(button)
            self.nav_buttons[spec.key] = button
            nav_box.addWidget(button)
        nav_box.addStretch(1)
        self.lock_button.setToolTip(self.tr("Lock the diary now (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock the diary"))
        self.lock_button.setAccessibleDescription(
            self.tr("Close the diary and forget its key until it is unlocked again")
        )
        self.lock_button.setObjectName("navLock")
        nav_box.addWidget(self.lock_button)

        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Demo diary notice"))
        self.banner.setContentsMargins(14, 8, 14, 8)
        self.banner.setAutoFillBackground(True)
        self.banner.setVisible(self.session.demo)
        self._tint_banner()

        workspace_box = QHBoxLayout(self.workspace)
        workspace_box.setContentsMargins(0, 0, 0, 0)
        workspace_box.setSpacing(0)
        workspace_box.addWidget(self.nav)
        workspace_box.addWidget(self.page_stack, 1)
        self.screens.addWidget(self.workspace)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self.status_note.setText(self.tr("Encrypted · stays on this computer"))
        self.status_note.setAccessibleName(self.tr("Privacy"))
        self.statusBar().addPermanentWidget(self.status_note)

    def _connect_signals(self) -> None:
        self.action_lock.triggered.connect(self.session.sig_lock_requested.emit)
        self.lock_button.clicked.connect(self.action_lock.trigger)
        self.action_quit.triggered.connect(self.close)
        self.action_about.triggered.connect(self.show_about)
        self.action_export.triggered.connect(self._open_export)
        for key, button in self.nav_buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.go_to(k))

    # -- screens and pages -------------------------------------------------------------------

    def show_screen(self, screen: QWidget) -> None:
        """Show a screen in place of the pages (setup, unlock, a notice); pages stay alive."""
        if self.screens.indexOf(screen) < 0:
            self.screens.addWidget(screen)
        self.screens.setCurrentWidget(screen)
        self.set_workspace_enabled(False)

    def show_workspace(self, key: str | None = None) -> None:
        """Show the pages again, on ``key`` or the page shown last time."""
        self.screens.setCurrentWidget(self.workspace)
        if not self._export_discovered:  # not before the first frame: it touches importlib
            self._export_discovered = True
            self._discover_export()
        self.set_workspace_enabled(True)
        self.go_to(key or self.settings.get(LAST_PAGE))

    def set_workspace_enabled(self, enabled: bool) -> None:
        """Page shortcuts, Lock and Export work only while the diary is open and shown."""
        for action in self.page_actions.values():
            action.setEnabled(enabled)
        self.action_lock.setEnabled(enabled)
        self.action_export.setEnabled(enabled and self._export_opener is not None)

    def go_to(self, key: str) -> QWidget | None:
        """Show the page ``key`` (building it the first time); unknown keys go to Today."""
        spec = page_spec(key, self.specs) or self.specs[0]
        page = self.ensure_page(spec.key)
        self.page_stack.setCurrentWidget(page)
        self.nav_buttons[spec.key].setChecked(True)
        if self.settings.get(LAST_PAGE) != spec.key:
            self.settings.set(LAST_PAGE, spec.key)
        self.sig_page_changed.emit(spec.key)
        return page

    def ensure_page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not yet (e.g. to warm Today up during unlock)."""
        page = self._pages.get(key)
        if page is None:
            spec = page_spec(key, self.specs) or self.specs[0]
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = build_page(spec, self.context)
            finally:
                QApplication.restoreOverrideCursor()
            page.setAccessibleName(spec.label)
            self._pages[spec.key] = page
            self.page_stack.addWidget(page)
        return page

    def page(self, key: str) -> QWidget | None:
        """The page ``key`` if it has been built."""
        return self._pages.get(key)

    @property
    def current_page_key(self) -> str | None:
        current = self.page_stack.currentWidget()
        return next((k for k, p in self._pages.items() if p is current), None)

    # -- menus -------------------------------------------------------------------------------

    def register_export(self, opener: Callable[[], None]) -> None:
        """Let File ▸ Export… open the export dialog (enabled while the diary is open)."""
        self._export_opener = opener
        self.action_export.setEnabled(self.screens.currentWidget() is self.workspace)

    def _discover_export(self) -> None:
        """Plug in the export dialog if its module is installed (``ExportDialog(session, parent)``)."""
        import importlib.util

        try:
            found = importlib.util.find_spec(EXPORT_MODULE) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            self.register_export(self._open_discovered_export)

    def _open_discovered_export(self) -> None:
        import importlib

        module = importlib.import_module(EXPORT_MODULE)
        dialog = module.ExportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_export(self) -> None:
        if self._export_opener is None or not self.session.is_open:
            return
        try:
            self._export_opener()
        except Exception as exc:
            show_error(self, exc, self.tr("Export"))

    def show_about(self) -> None:
        """Open the About dialog (version, licence, where the data lives, the privacy promise)."""
        from connectly.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(None if self.session.demo else self.session.paths.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- Qt events ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-tint the demo banner when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_banner()
            self._style_nav()

    def _style_nav(self) -> None:
        sheet = _NAV_STYLE.replace("RING", ring_on_highlight(QApplication.palette()).name())
        if self.nav.styleSheet() != sheet:
            self.nav.setStyleSheet(sheet)

    def _tint_banner(self) -> None:
        palette = self.banner.palette()
        palette.setColor(self.banner.backgroundRole(), calm_colour(QApplication.palette()))
        palette.setColor(self.banner.foregroundRole(), QApplication.palette().windowText().color())
        self.banner.setPalette(palette)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember size and place (non-sensitive UI state only) before closing."""
        self.save_geometry(self.settings)
        self.settings.sync()
        super().closeEvent(event)
