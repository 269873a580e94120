"""Which screen the window shows, and when: setup, opening, unlock, the pages, a damaged diary.

The first frame is cheap: the window is shown before anything slow is imported or any
key is fetched; right after the first paint the services are imported and the diary is
opened off the GUI thread (keyring slot → straight to the pages; otherwise → unlock). The
full integrity check runs in the background once the diary is open; if it fails the
diary is locked again and a damaged-diary screen explains what to do.

The demo diary has no key file and no passphrase: locking it (Ctrl+L, idle, screen lock)
*ends* the demo — its folder is removed — and the window offers to start a fresh one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from connectly.domain.errors import ConnectlyError, KeyMissingError, KeyringUnavailableError, WrongKeyError
from connectly.ui.first_paint import AfterFirstPaint
from connectly.ui.lock import Locker
from connectly.ui.main_window import MainWindow
from connectly.ui.pages.notice import NoticeButton, NoticePage
from connectly.ui.pages.registry import KeyringProvider, page_spec
from connectly.ui.settings_store import LAST_PAGE
from connectly.ui.workers import run_in_background, wait_for_background_work

if TYPE_CHECKING:
    from connectly.services.access import DiaryFacts
    from connectly.services.diary import OpenDiary
    from connectly.services.locations import DiaryPaths
    from connectly.ui.pages.setup import SetupPage
    from connectly.ui.pages.unlock import UnlockPage
    from connectly.ui.theme import ThemeController

DemoOpener = Callable[[], "OpenDiary"]

DAMAGED_TITLE = str(QT_TRANSLATE_NOOP("AppShell", "The diary file looks damaged"))
DAMAGED_TEXT = str(
    QT_TRANSLATE_NOOP(
        "AppShell",
        "Connectly checked the diary and found damage, so it stopped before writing anything: "
        "nothing was changed. Your automatic backups are in the “backups” folder of the data folder; "
        "restoring one brings the diary back to that day.",
    )
)
DEMO_ENDED_TITLE = str(QT_TRANSLATE_NOOP("AppShell", "The demo has ended"))
DEMO_ENDED_TEXT = str(
    QT_TRANSLATE_NOOP(
        "AppShell",
        "Locking closes the demo diary and removes it; nothing from it was saved. "
        "Start a fresh demo, or quit and open Connectly without --demo for your own diary.",
    )
)


@dataclass(frozen=True, slots=True)
class Probe:
    """What opening found out: the diary's ways in, and the open diary or why the keyring failed."""

    has_passphrase: bool
    has_keyring: bool
    diary: OpenDiary | None = None
    problem: BaseException | None = None


def probe_diary(paths: DiaryPaths, keyring: KeyringProvider) -> Probe:
    """Off the GUI thread: read the key file's public part, and try the keyring slot if there is one.

    The storage stack starts loading on another thread first: it is needed to open the diary,
    whether the keyring or the unlock screen (while the user types) gives the key.
    """
    from connectly.services.access import diary_facts, prefetch_storage, unlock_with_keyring

    prefetch_storage()
    facts: DiaryFacts = diary_facts(paths)
    probe = Probe(facts.has_passphrase, facts.has_keyring_slot)
    if not facts.has_keyring_slot:
        return probe
    try:
        return Probe(probe.has_passphrase, True, diary=unlock_with_keyring(paths, keyring()))
    except ConnectlyError as exc:
        return Probe(probe.has_passphrase, True, problem=exc)


class AppShell(QObject):
    """Drives the window through the screens before and after the diary is open."""

    sig_screen_shown = Signal(str)
    """A screen is now shown: "opening", "setup", "unlock", "workspace", "damaged" or "demo-ended"."""

    def __init__(
        self,
        window: MainWindow,
        *,
        app: QCoreApplication,
        paths: DiaryPaths | None,
        keyring: KeyringProvider,
        demo_opener: DemoOpener | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.paths = paths
        self.screen = ""
        self._keyring = keyring
        self._demo_opener = demo_opener
        self._ways = (True, False)  # (has_passphrase, has_keyring) of the diary last opened
        self._after_lock: Callable[[], None] | None = None
        self.notice = NoticePage(window)
        self.setup: SetupPage | None = None
        self.unlock: UnlockPage | None = None
        self.theme: ThemeController | None = None
        self.first_paint: AfterFirstPaint | None = None
        self.locker = Locker(self.session, window.settings, window, app)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.session.sig_locked.connect(self._on_locked)

    # -- start and stop ----------------------------------------------------------------------

    def start(self) -> None:
        """Show the window now; import, unlock or open only after its first frame is painted."""
        later: list[Callable[[], object]] = []
        if self.session.demo:
            self._show_notice(
                "opening",
                self.tr("Opening the demo diary…"),
                self.tr("A made-up year of two partners’ check-ins."),
            )
            later.append(self.open_demo)
        elif self.paths is None or not self.paths.exists():
            setup = self.show_setup()
            later.append(setup.check_keyring)
        else:
            self._show_notice("opening", self.tr("Opening your diary…"))
            later.append(self._probe)
        later.append(self.locker.watch_screen_lock)
        self.first_paint = AfterFirstPaint(self.window, later)
        self.window.show()

    def shutdown(self) -> None:
        """At exit: lock (checkpoint, zero the key; the demo's folder goes) and let workers finish."""
        self.locker.stop()
        self._after_lock = lambda: None
        self.session.lock()
        wait_for_background_work(10_000)

    # -- screens -----------------------------------------------------------------------------

    def show_setup(self) -> SetupPage:
        """First run: the setup screen (it checks the keyring once asked to, off the GUI thread)."""
        from connectly.ui.pages.setup import SetupPage

        assert self.paths is not None
        if self.setup is None:
            self.setup = SetupPage(self.paths, self._keyring, self.window.settings, self.window)
            self.setup.sig_finished.connect(self.open_diary)
        self._show("setup", self.setup)
        return self.setup

    def show_unlock(self, *, locked: bool = False, problem: BaseException | None = None) -> None:
        from connectly.ui.pages.unlock import KEYRING_FAILED, KEYRING_FAILED_NO_PASSPHRASE, UnlockPage

        assert self.paths is not None
        if self.unlock is None:
            self.unlock = UnlockPage(self.paths, self._keyring, self.window)
            self.unlock.sig_unlocked.connect(self.open_diary)
            self.unlock.set_restore_available(True)
            self.unlock.sig_restore_requested.connect(self.show_restore)
        has_passphrase, has_keyring = self._ways
        message = None
        if isinstance(problem, KeyMissingError | KeyringUnavailableError | WrongKeyError):
            message = self.unlock.tr(KEYRING_FAILED if has_passphrase else KEYRING_FAILED_NO_PASSPHRASE)
        self.unlock.prepare(
            has_passphrase=has_passphrase, has_keyring=has_keyring, locked=locked, message=message
        )
        if problem is not None and message is None:
            self.unlock.show_problem(problem)
        self._show("unlock", self.unlock)
        self.unlock.field.setFocus()
        self._warm_up()

    def show_damaged(self) -> None:
        buttons: list[NoticeButton] = [self._quit_button()]
        if self.paths is not None:
            buttons.insert(
                0,
                (
                    self.tr("&Open the data folder"),
                    self._open_data_folder,
                    self.tr("Show the folder with the diary and its backups in the file manager"),
                ),
            )
            buttons.insert(
                0,
                (
                    self.tr("&Restore a backup…"),
                    self.show_restore,
                    self.tr("Choose a backup to bring the diary back to that day"),
                ),
            )
        self._show_notice("damaged", self.tr(DAMAGED_TITLE), self.tr(DAMAGED_TEXT), buttons=buttons)

    def _quit_button(self) -> NoticeButton:
        return (self.tr("&Quit"), self.window.close, self.tr("Close Connectly"))

    def show_restore(self) -> None:
        """The Backups dialog without an open diary (it is damaged, or its key file is lost)."""
        from connectly.ui.dialogs.backups_dialog import BackupsDialog

        assert self.paths is not None
        dialog = BackupsDialog(self.paths, session=None, keyring=self._keyring, parent=self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.sig_restored.connect(lambda _diary: self._reopen_after_restore())
        dialog.open()

    def _reopen_after_restore(self) -> None:
        self._show_notice("opening", self.tr("Opening the restored diary…"))
        QTimer.singleShot(0, self._probe)

    def _show_notice(
        self,
        name: str,
        title: str,
        text: str = "",
        *,
        buttons: list[NoticeButton] | None = None,
    ) -> None:
        self.notice.present(title, text, busy=buttons is None, buttons=buttons or ())
        self._show(name, self.notice)

    def _show(self, name: str, screen: object) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(screen, QWidget)
        self.window.show_screen(screen)
        self.screen = name
        self.sig_screen_shown.emit(name)

    # -- opening -----------------------------------------------------------------------------

    def _probe(self) -> None:
        paths, keyring = self.paths, self._keyring
        assert paths is not None
        run_in_background(
            lambda: probe_diary(paths, keyring), self._on_probed, self._on_probe_failed, parent=self
        )
        self._warm_up()

    def _on_probed(self, probe: Probe) -> None:
        self._ways = (probe.has_passphrase, probe.has_keyring)
        if probe.diary is not None:
            self.open_diary(probe.diary)
        else:
            self.show_unlock(problem=probe.problem)

    def _on_probe_failed(self, exc: BaseException) -> None:
        self.show_unlock(problem=exc)

    def open_demo(self) -> None:
        """Open a fresh throwaway demo diary (off the GUI thread)."""
        self._show_notice(
            "opening",
            self.tr("Opening the demo diary…"),
            self.tr("A made-up year of two partners’ check-ins."),
        )
        opener = self._demo_opener or _default_demo_opener
        run_in_background(opener, self.open_diary, self._on_demo_failed, parent=self)

    def _on_demo_failed(self, exc: BaseException) -> None:
        from connectly.ui.messages import sentence_for

        self._show_notice(
            "damaged", self.tr("The demo could not start"), sentence_for(exc), buttons=[self._quit_button()]
        )

    def open_diary(self, diary: OpenDiary) -> None:
        """Hand the open diary to the pages and show them; check integrity in the background."""
        if self.session.demo:
            self.session.paths = diary.paths
        self._ways = (diary.has_passphrase, diary.has_keyring)
        self.session.open(diary)
        self.window.show_workspace()
        self.screen = "workspace"
        self.sig_screen_shown.emit("workspace")
        run_in_background(
            diary.verify_integrity,
            lambda report: self._on_integrity(diary, report.ok),
            lambda _exc: self._on_integrity(diary, False),
            parent=self,
        )

    def _on_integrity(self, diary: OpenDiary, ok: bool) -> None:
        if ok and not diary.is_locked:
            self._daily_backup(diary)
        if ok or diary.is_locked or not self.session.is_open or self.session.diary is not diary:
            return  # a check cut short by locking is not damage
        self._after_lock = self.show_damaged
        self.session.lock()

    def _daily_backup(self, diary: OpenDiary) -> None:
        """The first unlock of the day makes the daily backup (off the GUI thread, once it checked out)."""
        from connectly.domain.days import local_today
        from connectly.services.backups import BackupService

        def failed(exc: BaseException) -> None:
            from connectly.ui.messages import sentence_for

            self.window.statusBar().showMessage(
                self.tr("Today’s automatic backup was not made. {reason}").format(reason=sentence_for(exc))
            )

        run_in_background(
            lambda: BackupService(diary).backup_if_due(local_today()), lambda _info: None, failed, parent=self
        )

    def _warm_up(self) -> None:
        """Build the first page while the user types or the keyring answers (pages that allow it)."""
        spec = page_spec(self.window.settings.get(LAST_PAGE), self.window.specs)
        if spec is not None and spec.builds_while_locked:
            QTimer.singleShot(0, lambda: self.window.ensure_page(spec.key))

    # -- locking -----------------------------------------------------------------------------

    def _on_locked(self) -> None:
        from connectly.ui.clipboard import clear_sensitive

        clear_sensitive()  # diary text copied with copy_sensitive leaves the clipboard with the key
        after, self._after_lock = self._after_lock, None
        if after is not None:
            after()
        elif self.session.demo:
            self._show_notice(
                "demo-ended",
                self.tr(DEMO_ENDED_TITLE),
                self.tr(DEMO_ENDED_TEXT),
                buttons=[
                    (
                        self.tr("&Start a fresh demo"),
                        self.open_demo,
                        self.tr("Open a new made-up diary to look around in"),
                    ),
                    self._quit_button(),
                ],
            )
        else:
            self.show_unlock(locked=True)

    def _open_data_folder(self) -> None:
        if self.paths is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))


def _default_demo_opener() -> OpenDiary:
    from connectly.services.access import open_demo

    return open_demo()
