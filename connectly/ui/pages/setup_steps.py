"""The four steps of first-run setup: names and colours, how the diary opens, a reminder, the recovery code.

Each step is a plain widget with a ``problem()`` that returns a kind sentence while the
step cannot be left yet (``None`` when it can). The flow lives in :mod:`connectly.ui.pages.setup`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from connectly.domain.errors import ConnectlyError
from connectly.domain.partners import DEFAULT_COLOURS
from connectly.domain.text import clean_name
from connectly.ui.pages.notice import title_font
from connectly.ui.widgets.colour_button import ColourButton
from connectly.ui.widgets.recovery_code import RecoveryCodeView

MIN_PASSPHRASE = 8
CONTEXT = "Setup"


def passphrase_hint(text: str) -> tuple[bool, str]:
    """Whether ``text`` is long enough to use, and a short, kind word on its strength.

    Length is what makes a passphrase hard to guess (people's choices are not random, so
    counting character classes flatters short ones); a few ordinary words beat a short jumble.
    """
    if len(text) < MIN_PASSPHRASE:
        return False, QCoreApplication.translate(
            "Setup", "At least {count} characters, please. A few words strung together work well."
        ).format(count=MIN_PASSPHRASE)
    if len(text) < 14:
        return True, QCoreApplication.translate(
            "Setup", "Fair. A couple more words would make it much stronger."
        )
    if len(text) < 20:
        return True, QCoreApplication.translate("Setup", "Good.")
    return True, QCoreApplication.translate("Setup", "Strong.")


class Step(QWidget):
    """A titled step with an intro sentence (set by the step with :meth:`set_words`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setFont(title_font(self.font(), 1.5))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)

    def set_words(self, title: str, intro: str) -> None:
        """The step's title and intro sentence (in the user's language)."""
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.intro.setText(intro)
        self.intro.setAccessibleName(intro)

    def problem(self) -> str | None:
        """Why the step cannot be left yet, or None."""
        return None

    def first_field(self) -> QWidget | None:
        """Where the keyboard starts on this step."""
        return None


def muted(label: QLabel) -> QLabel:
    """Softer, word-wrapped text for explanations under a control."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


class Hint(QLabel):
    """A muted status or hint line that takes no room while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        muted(self)
        self.hide()

    def setText(self, text: str) -> None:
        """Show ``text`` (hidden when empty)."""
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        """Say nothing (and take no room)."""
        super().clear()
        self.hide()


class NamesStep(Step):
    """Both partners' names and colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_words(
            self.tr("Welcome to Connectly"),
            self.tr(
                "A private diary for the two of you: how stressed, how close and how available each of "
                "you felt, day by day. Everything stays on this computer, encrypted."
            ),
        )
        self.names = [QLineEdit(self), QLineEdit(self)]
        self.colours = [
            ColourButton(DEFAULT_COLOURS[0], self.tr("the first partner"), self),
            ColourButton(DEFAULT_COLOURS[1], self.tr("the second partner"), self),
        ]
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        words = (
            (self.tr("First partner’s name"), self.tr("&First partner")),
            (self.tr("Second partner’s name"), self.tr("&Second partner")),
        )
        for edit, button, (name, text) in zip(self.names, self.colours, words, strict=True):
            edit.setPlaceholderText(self.tr("A first name or nickname"))
            edit.setMaxLength(40)
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(self.tr("A first name or nickname, as it will show on every page"))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, row)
        self.body.addLayout(form)
        self.body.addWidget(muted(QLabel(self.tr("Colours tell your lines apart on every chart."), self)))
        self.body.addStretch(1)

    def problem(self) -> str | None:
        try:
            first, second = (clean_name(e.text(), what="partner’s name") for e in self.names)
        except ConnectlyError as exc:
            return exc.user_message
        if first.casefold() == second.casefold():
            return self.tr("Please give the two partners different names.")
        return None

    def chosen(self) -> tuple[tuple[str, str], tuple[str, str]]:
        """(names, colours) as typed."""
        return (
            (self.names[0].text().strip(), self.names[1].text().strip()),
            (self.colours[0].colour, self.colours[1].colour),
        )

    def first_field(self) -> QWidget:
        return self.names[0]


class ProtectStep(Step):
    """System keyring or passphrase; both come with a recovery code."""

    sig_choice_changed = Signal()
    """The user picked the other way of opening the diary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_words(
            self.tr("Keep it private"),
            self.tr(
                "The diary is always encrypted. Choose how it opens. Either way you also get a "
                "recovery code, in case the keyring or the passphrase is ever lost."
            ),
        )
        self.keyring_choice = QRadioButton(self.tr("Open with the &system keyring"), self)
        self.keyring_choice.setAccessibleName(self.tr("Open with the system keyring"))
        self.keyring_choice.setAccessibleDescription(self.tr("No typing each day: your login keeps the key."))
        self.keyring_note = muted(
            QLabel(self.tr("No typing each day: your login keeps the key. Checking the keyring…"), self)
        )
        self.passphrase_choice = QRadioButton(self.tr("Open with a &passphrase"), self)
        self.passphrase_choice.setAccessibleName(self.tr("Open with a passphrase"))
        self.passphrase_note = muted(
            QLabel(
                self.tr("You type it to open the diary: the stronger choice if others use this computer."),
                self,
            )
        )
        self.passphrase_choice.setAccessibleDescription(self.passphrase_note.text())
        self.group = QButtonGroup(self)
        self.group.addButton(self.keyring_choice)
        self.group.addButton(self.passphrase_choice)
        self.passphrase = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit, name, description in (
            (
                self.passphrase,
                self.tr("New passphrase"),
                self.tr("At least 8 characters; a few words strung together work well"),
            ),
            (
                self.repeat,
                self.tr("Repeat the passphrase"),
                self.tr("The same passphrase once more, to be sure it was typed as meant"),
            ),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(description)
        self.strength = Hint(self)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(24, 0, 0, 0)
        first = QLabel(self.tr("Pass&phrase"), self.fields)
        first.setBuddy(self.passphrase)
        again = QLabel(self.tr("&Repeat"), self.fields)
        again.setBuddy(self.repeat)
        form.addRow(first, self.passphrase)
        form.addRow(again, self.repeat)
        form.addRow("", self.strength)
        for widget in (self.keyring_choice, self.keyring_note, self.passphrase_choice, self.passphrase_note):
            self.body.addWidget(widget)
        self.keyring_note.setContentsMargins(24, 0, 0, 6)
        self.passphrase_note.setContentsMargins(24, 0, 0, 0)
        self.body.addWidget(self.fields)
        self.body.addStretch(1)
        self.keyring_choice.setEnabled(False)
        self.passphrase_choice.setChecked(True)
        self._connect_signals()
        self._sync()

    def _connect_signals(self) -> None:
        self.group.buttonToggled.connect(lambda *_: self._sync())
        self.passphrase.textChanged.connect(self._show_strength)

    def show_keyring_status(self, usable: bool, reason: str | None) -> None:
        """Offer the keyring (and pick it) when usable; otherwise grey it out with the reason."""
        self.keyring_choice.setEnabled(usable)
        if usable:
            self.keyring_note.setText(self.tr("No typing each day: your login keeps the key."))
            self.keyring_choice.setChecked(True)
        else:
            self.keyring_note.setText(
                reason or self.tr("The system keyring cannot be used on this computer.")
            )
            self.passphrase_choice.setChecked(True)
        self.keyring_note.setAccessibleName(self.keyring_note.text())
        self.keyring_choice.setAccessibleDescription(self.keyring_note.text())
        self._sync()

    @property
    def uses_keyring(self) -> bool:
        return self.keyring_choice.isChecked() and self.keyring_choice.isEnabled()

    def chosen_passphrase(self) -> str | None:
        return None if self.uses_keyring else self.passphrase.text()

    def problem(self) -> str | None:
        if self.uses_keyring:
            return None
        usable, hint = passphrase_hint(self.passphrase.text())
        if not usable:
            return hint
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ. Please type the same one twice.")
        return None

    def first_field(self) -> QWidget:
        return self.keyring_choice if self.uses_keyring else self.passphrase

    def forget(self) -> None:
        """Clear the typed passphrase once it has been used."""
        self.passphrase.clear()
        self.repeat.clear()

    def _sync(self) -> None:
        self.fields.setVisible(not self.uses_keyring)
        self.sig_choice_changed.emit()

    def _show_strength(self, text: str) -> None:
        self.strength.setText(passphrase_hint(text)[1] if text else "")


class ReminderStep(Step):
    """A daily reminder time (kept in the UI settings, not in the diary)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_words(
            self.tr("A gentle daily nudge"),
            self.tr(
                "Checking in takes less than a minute. Connectly can remind you each evening while it is open."
            ),
        )
        self.enabled = QCheckBox(self.tr("&Remind us each day at"), self)
        self.enabled.setAccessibleName(self.tr("Daily reminder"))
        self.enabled.setAccessibleDescription(self.tr("A gentle nudge each day at the time next to it"))
        self.enabled.setChecked(True)
        self.time = QTimeEdit(QTime(21, 0), self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Reminder time"))
        self.time.setAccessibleDescription(self.tr("Hours and minutes, 24-hour clock"))
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.time)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(muted(QLabel(self.tr("You can change this later in Settings."), self)))
        self.body.addStretch(1)
        self.enabled.toggled.connect(self.time.setEnabled)

    def first_field(self) -> QWidget:
        return self.enabled


class CodeStep(Step):
    """The recovery code, shown once, and the promise that it has been saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_words(
            self.tr("Your recovery code"),
            self.tr(
                "If the passphrase or the keyring is ever lost, this code opens the diary. It is shown "
                "only now: copy it or print it, and keep it somewhere safe and private."
            ),
        )
        self.view = RecoveryCodeView(self)
        self.saved = QCheckBox(self.tr("I have &saved my recovery code"), self)
        self.saved.setAccessibleName(self.tr("I have saved my recovery code"))
        self.saved.setAccessibleDescription(
            self.tr("Tick once the code is copied or printed; then you can go on")
        )
        self.body.addWidget(self.view)
        self.body.addWidget(self.saved)
        self.body.addStretch(1)

    def problem(self) -> str | None:
        return (
            None
            if self.saved.isChecked()
            else self.tr("Please save the recovery code first, then tick the box.")
        )

    def first_field(self) -> QWidget:
        return self.view.copy_button
