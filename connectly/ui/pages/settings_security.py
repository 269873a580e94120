"""Settings ▸ Passphrase and recovery code.

Changing the passphrase asks for the current one first (and twice for the new one); a
diary that opens only with the keyring can *add* a passphrase. A new recovery code needs
the current passphrase again, or — when the diary has no passphrase — an explicit
confirmation; it is shown once in a dialog. Key derivation runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connectly.domain.errors import WrongKeyError
from connectly.ui.messages import ErrorLine
from connectly.ui.pages.setup_steps import Hint, muted, passphrase_hint
from connectly.ui.session import DiarySession
from connectly.ui.workers import run_in_background

if TYPE_CHECKING:
    from connectly.services.diary import OpenDiary

CONTEXT = "SecuritySection"
NEW_CODE_QUESTION = str(
    QT_TRANSLATE_NOOP(
        "SecuritySection",
        "Make a new recovery code? The old code stops working at once, so keep the new one somewhere safe.",
    )
)


def ask_to_replace_code(parent: QWidget) -> bool:
    """The explicit confirmation for a keyring-only diary (no passphrase to re-enter)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SecuritySection", "New recovery code"),
        QCoreApplication.translate(CONTEXT, NEW_CODE_QUESTION),
    )
    return answer == QMessageBox.StandardButton.Yes


class SecuritySection(QGroupBox):
    """Passphrase change and a new recovery code, for the open diary."""

    sig_new_code = Signal(str)
    """A new recovery code was made; show it once."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Passphrase and recovery code"))
        self.session = session
        self.confirm: Callable[[QWidget], bool] = ask_to_replace_code
        self.busy_now = False
        self.ways = muted(QLabel(self))
        self.ways.setAccessibleName(self.tr("How the diary opens"))
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit, name, description in (
            (
                self.current,
                self.tr("Current passphrase"),
                self.tr("The passphrase the diary opens with now"),
            ),
            (
                self.new,
                self.tr("New passphrase"),
                self.tr("At least 8 characters; a few words strung together work well"),
            ),
            (
                self.repeat,
                self.tr("Repeat the new passphrase"),
                self.tr("The new passphrase once more, to be sure it was typed as meant"),
            ),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(description)
        self.strength = Hint(self)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.change_button = QPushButton(self.tr("&Change passphrase"), self)
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.setAccessibleDescription(
            self.tr("Checks the current passphrase, then the diary opens with the new one")
        )
        self.code_button = QPushButton(self.tr("Make a new &recovery code…"), self)
        self.code_button.setAccessibleName(self.tr("Make a new recovery code"))
        self.code_button.setAccessibleDescription(
            self.tr("A new code replaces the old one, which then stops working.")
        )
        self.code_note = muted(
            QLabel(
                self.tr("A new code replaces the old one, which then stops working.")
                + " "
                + self.tr("It asks for the current passphrase above."),
                self,
            )
        )
        self.status = Hint(self)
        self.status.setAccessibleName(self.tr("Passphrase status"))
        self.error = ErrorLine(self)
        self._current_label = QLabel(self.tr("C&urrent passphrase"), self)
        self._current_label.setBuddy(self.current)
        new_label = QLabel(self.tr("&New passphrase"), self)
        new_label.setBuddy(self.new)
        repeat_label = QLabel(self.tr("Repea&t"), self)
        repeat_label.setBuddy(self.repeat)
        form = QFormLayout()
        form.addRow(self._current_label, self.current)
        form.addRow(new_label, self.new)
        form.addRow(repeat_label, self.repeat)
        form.addRow("", self.strength)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.code_button)
        buttons.addStretch(1)
        self.controls = QWidget(self)
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addLayout(form)
        controls.addLayout(buttons)
        controls.addWidget(self.code_note)
        column = QVBoxLayout(self)
        column.addWidget(self.ways)
        column.addWidget(self.controls)
        column.addWidget(self.status)
        column.addWidget(self.error)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.change_button.clicked.connect(self.change_passphrase)
        self.code_button.clicked.connect(self.make_recovery_code)
        self.new.textChanged.connect(lambda t: self.strength.setText(passphrase_hint(t)[1] if t else ""))

    def show_diary(self, diary: OpenDiary | None) -> None:
        """Fit the words to the diary's ways in (None: locked or the demo)."""
        self.clear()
        if diary is None:
            return
        self.controls.show()
        has_passphrase = diary.has_passphrase
        self.ways.setText(self._ways_text(diary.has_keyring, has_passphrase))
        self.current.setVisible(has_passphrase)
        self._current_label.setVisible(has_passphrase)
        self.change_button.setText(
            self.tr("&Change passphrase") if has_passphrase else self.tr("&Add a passphrase")
        )
        self.change_button.setAccessibleName(self.change_button.text().replace("&", ""))
        self.code_note.setText(
            self.tr("A new code replaces the old one, which then stops working.")
            + " "
            + (
                self.tr("It asks for the current passphrase above.")
                if has_passphrase
                else self.tr("You will be asked to confirm.")
            )
        )

    def _ways_text(self, keyring: bool, passphrase: bool) -> str:
        if keyring and passphrase:
            return self.tr(
                "This diary opens with the system keyring or your passphrase or the recovery code."
            )
        if keyring:
            return self.tr("This diary opens with the system keyring or the recovery code.")
        if passphrase:
            return self.tr("This diary opens with your passphrase or the recovery code.")
        return self.tr("This diary opens with the recovery code.")

    def show_unavailable(self, reason: str) -> None:
        """Only a sentence, no fields (the demo diary has no passphrase or recovery code)."""
        self.clear()
        self.controls.hide()
        self.ways.setText(reason)

    def clear(self) -> None:
        """Forget everything typed (on lock)."""
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.status.clear()
        self.error.clear_error()

    # -- actions ---------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        """Check the current passphrase, then rewrap the key under the new one (off the GUI thread)."""
        if self.busy_now or not self.session.is_open:
            return
        diary = self.session.diary
        usable, hint = passphrase_hint(self.new.text())
        if not usable:
            self._fail(hint, self.new)
            return
        if self.new.text() != self.repeat.text():
            self._fail(
                self.tr("The two new passphrases differ. Please type the same one twice."), self.repeat
            )
            return
        if diary.has_passphrase and not self.current.text():
            self._fail(self.tr("Type your current passphrase first."), self.current)
            return
        current, new, had = self.current.text(), self.new.text(), diary.has_passphrase
        not_current = self.tr("That is not the current passphrase. Nothing was changed.")

        def change() -> None:
            if had and not diary.check_passphrase(current):
                raise WrongKeyError(not_current)
            diary.set_passphrase(new)

        self._run(change, lambda _r: self._changed(diary, had))

    def make_recovery_code(self) -> None:
        """A new recovery code after re-entering the passphrase (or confirming, keyring-only)."""
        if self.busy_now or not self.session.is_open:
            return
        diary = self.session.diary
        current = self.current.text()
        if diary.has_passphrase and not current:
            self._fail(
                self.tr("Type your current passphrase first; it guards the recovery code."), self.current
            )
            return
        if not diary.has_passphrase and not self.confirm(self):
            return
        not_current = self.tr("That is not the current passphrase. The recovery code was not changed.")

        def make() -> str:
            if diary.has_passphrase and not diary.check_passphrase(current):
                raise WrongKeyError(not_current)
            return diary.new_recovery_code()

        self._run(make, self._made_code)

    # -- internals -------------------------------------------------------------------------

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self._set_busy(True)
        self.error.clear_error()
        self.status.setText(self.tr("Working…"))

        def finished(result: object) -> None:
            self._set_busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.status.clear()
            self.error.show_error(exc)

        run_in_background(work, finished, failed, parent=self)

    def _changed(self, diary: OpenDiary, had: bool) -> None:
        self.show_diary(diary)
        self.status.setText(
            self.tr("Passphrase changed. Use the new one from now on.")
            if had
            else self.tr("Passphrase added.")
        )

    def _made_code(self, code: object) -> None:
        self.current.clear()
        self.status.setText(self.tr("A new recovery code was made; the old one no longer works."))
        self.sig_new_code.emit(str(code))

    def _fail(self, sentence: str, field: QLineEdit) -> None:
        self.status.clear()
        self.error.show_error(sentence)
        field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy_now = busy
        self.change_button.setEnabled(not busy)
        self.code_button.setEnabled(not busy)
