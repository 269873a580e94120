"""The unlock screen: a passphrase or recovery code, or the system keyring again.

Unlocking runs off the GUI thread (scrypt takes ~70 ms, opening the file a few more) while
the screen shows that it is busy. A wrong entry gets one red sentence; the field keeps
focus with its text selected, so typing again replaces it. A damaged or newer diary gets
its own plain sentence; “Restore a backup…” stays hidden until a backup service plugs in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connectly.domain.errors import DamagedDatabaseError, KeySlotsMissingError, NewerSchemaError
from connectly.ui.messages import ErrorLine
from connectly.ui.pages.notice import centre_column, title_font
from connectly.ui.pages.registry import KeyringProvider
from connectly.ui.pages.setup_steps import muted
from connectly.ui.workers import run_in_background

if TYPE_CHECKING:
    from connectly.services.diary import OpenDiary
    from connectly.services.locations import DiaryPaths

KEYRING_FAILED = str(
    QT_TRANSLATE_NOOP(
        "UnlockPage", "The system keyring didn’t give us the key — type your passphrase or recovery code."
    )
)
KEYRING_FAILED_NO_PASSPHRASE = str(
    QT_TRANSLATE_NOOP("UnlockPage", "The system keyring didn’t give us the key — type your recovery code.")
)


class UnlockPage(QWidget):
    """Asks for the way in; hands the open diary over with ``sig_unlocked``."""

    sig_unlocked = Signal(object)
    """The diary was unlocked; carries the open diary."""
    sig_restore_requested = Signal()
    """The user asks to restore a backup (the button shows only once restoring is available)."""

    def __init__(self, paths: DiaryPaths, keyring: KeyringProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._keyring = keyring
        self.busy_now = False
        self.has_passphrase = True
        self._restore_available = False
        self.title = QLabel(self.tr("Welcome back"), self)
        self.title.setFont(title_font(self.font()))
        self.title.setAccessibleName(self.tr("Welcome back"))
        self.hint = muted(QLabel(self))
        self.hint.setAccessibleName(self.tr("What to type"))
        self.field_label = QLabel(self.tr("&Passphrase or recovery code"), self)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase or recovery code"))
        self.field_label.setBuddy(self.field)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setAccessibleDescription(self.tr("Opens the diary with what you typed (Enter)"))
        self.keyring_button = QPushButton(self.tr("Use the system &keyring"), self)
        self.keyring_button.setAccessibleName(self.tr("Unlock with the system keyring"))
        self.keyring_button.setAccessibleDescription(
            self.tr("Ask the keyring for the key again, for example after unlocking the keyring itself")
        )
        self.keyring_button.hide()
        self.restore_button = QPushButton(self.tr("&Restore a backup…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        self.restore_button.setAccessibleDescription(
            self.tr("Choose a backup to bring the diary back to that day")
        )
        self.restore_button.hide()
        self.error = ErrorLine(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.setAccessibleDescription(self.tr("Connectly is busy; this takes a moment"))
        self.busy.hide()
        self._layout()
        self._connect_signals()
        self.prepare(has_passphrase=True, has_keyring=False)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        others = QHBoxLayout()
        others.addWidget(self.keyring_button)
        others.addWidget(self.restore_button)
        others.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addSpacing(6)
        column.addWidget(self.field_label)
        column.addLayout(row)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        column.addLayout(others)
        centre_column(self, column, 480)

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self.submit)
        self.field.returnPressed.connect(self.submit)
        self.field.textEdited.connect(lambda _t: self.error.clear_error())
        self.keyring_button.clicked.connect(self.unlock_with_keyring)
        self.restore_button.clicked.connect(self.sig_restore_requested.emit)

    # -- public ----------------------------------------------------------------------------

    def prepare(
        self, *, has_passphrase: bool, has_keyring: bool, locked: bool = False, message: str | None = None
    ) -> None:
        """Set the words for this diary: what to type, whether the keyring may be tried again."""
        self.has_passphrase = has_passphrase
        self.title.setText(self.tr("The diary is locked") if locked else self.tr("Welcome back"))
        self.title.setAccessibleName(self.title.text())
        if has_passphrase:
            self.field_label.setText(self.tr("&Passphrase or recovery code"))
            self.field.setAccessibleName(self.tr("Passphrase or recovery code"))
            if has_keyring:
                hint = self.tr("Unlock with the system keyring, or type your passphrase or recovery code.")
            else:
                hint = self.tr("Type your passphrase or recovery code to open the diary.")
        else:
            self.field_label.setText(self.tr("&Recovery code"))
            self.field.setAccessibleName(self.tr("Recovery code"))
            if has_keyring:
                hint = self.tr("Unlock with the system keyring, or type your recovery code.")
            else:
                hint = self.tr("Type your recovery code to open the diary.")
        self.hint.setText(hint)
        self.field.setAccessibleDescription(hint)
        self.keyring_button.setVisible(has_keyring)
        self._set_busy(False)
        self.field.clear()
        if message:
            self.error.show_error(message)
        else:
            self.error.clear_error()
        self.field.setFocus()

    def set_restore_available(self, available: bool) -> None:
        """Offer “Restore a backup…” next to damage messages (once a backup service exists)."""
        self._restore_available = available

    def show_problem(self, exc: BaseException) -> None:
        """A sentence for a failed unlock; damage also offers restoring, when available."""
        self._set_busy(False)
        self.error.show_error(exc)
        damaged = isinstance(exc, DamagedDatabaseError | KeySlotsMissingError)
        self.restore_button.setVisible(damaged and self._restore_available)
        if isinstance(exc, NewerSchemaError):
            self.field.clear()
        self.field.setFocus()
        self.field.selectAll()

    def submit(self) -> None:
        """Try the typed text as passphrase, then as recovery code (off the GUI thread)."""
        text = self.field.text()
        if self.busy_now:
            return
        if not text.strip():
            self.error.show_error(self.tr("Type your passphrase or recovery code first."))
            self.field.setFocus()
            return
        paths = self.paths

        def unlock() -> OpenDiary:
            from connectly.services.access import unlock_with_secret

            return unlock_with_secret(paths, text)

        self._start(unlock)

    def unlock_with_keyring(self) -> None:
        """Ask the system keyring again (e.g. after unlocking the keyring itself)."""
        if self.busy_now:
            return
        paths, provider = self.paths, self._keyring

        def unlock() -> OpenDiary:
            from connectly.services.access import unlock_with_keyring

            return unlock_with_keyring(paths, provider())

        self._start(unlock, keyring=True)

    # -- internals -------------------------------------------------------------------------

    def _start(self, unlock: Callable[[], OpenDiary], *, keyring: bool = False) -> None:
        self._set_busy(True)
        self.error.clear_error()
        run_in_background(
            unlock,
            self._on_unlocked,
            self._on_keyring_failed if keyring else self.show_problem,
            parent=self,
        )

    def _on_unlocked(self, diary: OpenDiary) -> None:
        self._set_busy(False)
        self.field.clear()
        self.sig_unlocked.emit(diary)

    def _on_keyring_failed(self, exc: BaseException) -> None:
        from connectly.domain.errors import KeyMissingError, KeyringUnavailableError, WrongKeyError

        if isinstance(exc, KeyMissingError | KeyringUnavailableError | WrongKeyError):
            self.show_problem(
                KeyMissingError(
                    self.tr(KEYRING_FAILED) if self.has_passphrase else self.tr(KEYRING_FAILED_NO_PASSPHRASE)
                )
            )
        else:
            self.show_problem(exc)

    def _set_busy(self, busy: bool) -> None:
        self.busy_now = busy
        self.busy.setVisible(busy)
        self.field.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        self.keyring_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))
