"""First-run setup: names and colours → how the diary opens → a reminder → the recovery code.

Keyboard first: Enter moves on from any step (as a dialog's default button would), Alt+B
goes back. Creating the diary (scrypt and the encrypted database) runs off the GUI thread;
the keyring's usability is checked off the GUI thread too, so the first frame comes at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from connectly.ui.messages import ErrorLine
from connectly.ui.pages.notice import centre_column
from connectly.ui.pages.registry import KeyringProvider
from connectly.ui.pages.setup_steps import CodeStep, NamesStep, ProtectStep, ReminderStep, Step
from connectly.ui.settings_store import REMINDER_ENABLED, REMINDER_TIME, UiSettings
from connectly.ui.workers import run_in_background

if TYPE_CHECKING:
    from connectly.services.access import KeyringStatus
    from connectly.services.diary import OpenDiary
    from connectly.services.locations import DiaryPaths


class SetupPage(QWidget):
    """Creates the diary; hands the open diary over with ``sig_finished``."""

    sig_finished = Signal(object)
    """Setup is complete and the recovery code confirmed; carries the open diary."""

    def __init__(
        self,
        paths: DiaryPaths,
        keyring: KeyringProvider,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._keyring = keyring
        self._settings = settings
        self.diary: OpenDiary | None = None
        self.creating = False
        self.names_step = NamesStep(self)
        self.protect_step = ProtectStep(self)
        self.reminder_step = ReminderStep(self)
        self.code_step = CodeStep(self)
        self.steps = QStackedWidget(self)
        for step in (self.names_step, self.protect_step, self.reminder_step, self.code_step):
            self.steps.addWidget(step)
        self.progress = QLabel(self)
        self.progress.setAccessibleName(self.tr("Setup progress"))
        self.error = ErrorLine(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Creating the diary"))
        self.busy.setAccessibleDescription(self.tr("Connectly is busy; this takes a moment"))
        self.busy.hide()
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("The step before (Alt+B)"))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(True)
        self._layout()
        self._connect_signals()
        self._show_step(0)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.steps)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        column.addLayout(buttons)
        centre_column(self, column, 560, above=1, below=3)

    def _connect_signals(self) -> None:
        self.next_button.clicked.connect(self.advance)
        self.back_button.clicked.connect(self.go_back)
        self.code_step.saved.toggled.connect(lambda _on: self._sync_buttons())
        self.protect_step.sig_choice_changed.connect(self.error.clear_error)

    # -- public ----------------------------------------------------------------------------

    def check_keyring(self) -> None:
        """Find out, off the GUI thread, whether the system keyring can be offered."""
        provider = self._keyring
        run_in_background(
            lambda: provider().status(), self._on_keyring_status, self._on_keyring_failed, parent=self
        )

    @property
    def step(self) -> Step:
        widget = self.steps.currentWidget()
        assert isinstance(widget, Step)
        return widget

    def advance(self) -> None:
        """Next step, or create the diary after the reminder step, or finish."""
        if not self.next_button.isEnabled():
            return
        problem = self.step.problem()
        if problem:
            self.error.show_error(problem)
            field = self.step.first_field()
            if field is not None:
                field.setFocus()
            return
        self.error.clear_error()
        index = self.steps.currentIndex()
        if self.step is self.reminder_step:
            self._create()
        elif self.step is self.code_step:
            self._finish()
        else:
            self._show_step(index + 1)

    def go_back(self) -> None:
        index = self.steps.currentIndex()
        if 0 < index < self.steps.indexOf(self.code_step) and self.back_button.isEnabled():
            self.error.clear_error()
            self._show_step(index - 1)

    # -- flow ------------------------------------------------------------------------------

    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        total = self.steps.count()
        self.progress.setText(self.tr("Step {step} of {total}").format(step=index + 1, total=total))
        self._sync_buttons()
        field = self.step.first_field()
        if field is not None:
            field.setFocus()

    def _sync_buttons(self) -> None:
        step = self.step
        creating = self.creating
        self.back_button.setVisible(step is not self.names_step and step is not self.code_step)
        self.back_button.setEnabled(not creating)
        if step is self.reminder_step:
            label = self.tr("&Create diary")
            description = self.tr("Makes the encrypted diary with what you chose (Enter)")
        elif step is self.code_step:
            label = self.tr("&Start using Connectly")
            description = self.tr("Opens the diary once the recovery code is saved (Enter)")
        else:
            label = self.tr("&Next")
            description = self.tr("The next step (Enter)")
        self.next_button.setText(label)
        self.next_button.setAccessibleName(label.replace("&", ""))
        self.next_button.setAccessibleDescription(description)
        self.next_button.setEnabled(
            not creating and (step is not self.code_step or self.code_step.saved.isChecked())
        )

    def _create(self) -> None:
        names, colours = self.names_step.chosen()
        passphrase = self.protect_step.chosen_passphrase()
        use_keyring = self.protect_step.uses_keyring
        reminder = self.reminder_step
        self._settings.set(REMINDER_ENABLED, reminder.enabled.isChecked())
        self._settings.set(REMINDER_TIME, reminder.time.time().toString("HH:mm"))
        paths, provider = self.paths, self._keyring

        def create() -> tuple[OpenDiary, str]:
            from connectly.services.access import create_diary

            return create_diary(
                paths,
                names=names,
                colours=colours,
                passphrase=passphrase,
                keyring=provider() if use_keyring else None,
            )

        self.creating = True
        self.busy.show()
        self.progress.setText(self.tr("Creating your encrypted diary…"))
        self._sync_buttons()
        run_in_background(create, self._on_created, self._on_create_failed, parent=self)

    def _on_created(self, result: tuple[OpenDiary, str]) -> None:
        self.diary, code = result
        self.creating = False
        self.busy.hide()
        self.protect_step.forget()
        self.code_step.view.set_code(code)
        self._show_step(self.steps.indexOf(self.code_step))

    def _on_create_failed(self, exc: BaseException) -> None:
        self.creating = False
        self.busy.hide()
        self._show_step(self.steps.currentIndex())
        self.error.show_error(exc)

    def _finish(self) -> None:
        diary = self.diary
        if diary is None:
            return
        self.code_step.view.forget()
        self.diary = None
        self.sig_finished.emit(diary)

    def _on_keyring_status(self, status: KeyringStatus) -> None:
        self.protect_step.show_keyring_status(status.usable, status.reason)

    def _on_keyring_failed(self, exc: BaseException) -> None:
        from connectly.ui.messages import sentence_for

        self.protect_step.show_keyring_status(False, sentence_for(exc))

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves on, as a dialog's default button would."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.advance()
            return
        super().keyPressEvent(event)
