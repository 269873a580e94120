"""Settings: the two of you, tags, reminder, locking, theme, passphrase, where the data lives, health.

Names, colours and tags are saved in the encrypted diary (they say something about the
couple); reminder, idle lock and theme are UI settings (QSettings). What the demo cannot
do — passphrase and recovery code — is switched off with the reason next to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from connectly.domain.errors import ConnectlyError
from connectly.ui.changes import Changed, Changes
from connectly.ui.messages import ErrorLine
from connectly.ui.pages.notice import title_font
from connectly.ui.pages.registry import KeyringProvider
from connectly.ui.pages.settings_security import SecuritySection
from connectly.ui.pages.settings_tags import TagsSection
from connectly.ui.pages.setup_steps import Hint, muted
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import (
    IDLE_LOCK_MINUTES,
    REMINDER_ENABLED,
    REMINDER_TIME,
    THEME,
    UiSettings,
    parse_clock,
)
from connectly.ui.widgets.colour_button import ColourButton
from connectly.ui.workers import run_in_background

if TYPE_CHECKING:
    from connectly.services.journal import JournalService

THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
DEMO_NOTE = (
    "This is the demo diary: changes vanish when it closes, and it has no passphrase or recovery code."
)


class SettingsPage(QWidget):
    """All settings on one scrolling page, in sections."""

    def __init__(
        self,
        session: DiarySession,
        settings: UiSettings,
        keyring: KeyringProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._keyring = keyring
        self._partner_ids: list[int] = []
        self.demo_note = muted(QLabel(DEMO_NOTE, self))
        self.demo_note.setAccessibleName("Demo diary notice")
        self.demo_note.setVisible(session.demo)
        self.names = [QLineEdit(self), QLineEdit(self)]
        self.colours = [
            ColourButton("#2f7ebc", "the first partner", self),
            ColourButton("#d9822b", "the second partner", self),
        ]
        self.save_partners = QPushButton("&Save names and colours", self)
        self.partners_status = Hint(self)
        self.partners_error = ErrorLine(self)
        self.tags = TagsSection(self)
        self.reminder = QCheckBox("Remind us each &day at", self)
        self.reminder_time = QTimeEdit(self)
        self.idle_minutes = QSpinBox(self)
        self.theme = QComboBox(self)
        self.security = SecuritySection(session, self)
        self.where = QLabel(self)
        self.open_folder = QPushButton("&Open folder", self)
        self.backups_button = QPushButton("&Backups…", self)
        self.backups_button.setAccessibleName("Backups: list, back up now, restore")
        self.health = Hint(self)
        self._name_widgets()
        self._layout()
        self._load_ui_settings()
        self._connect_signals()
        if session.is_open:
            self.load()

    # -- assembly --------------------------------------------------------------------------

    def _name_widgets(self) -> None:
        for i, edit in enumerate(self.names):
            edit.setMaxLength(40)
            edit.setAccessibleName(f"{('First', 'Second')[i]} partner’s name")
        self.save_partners.setAccessibleName("Save names and colours")
        self.partners_status.setAccessibleName("Names status")
        self.reminder.setAccessibleName("Daily reminder")
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName("Reminder time")
        self.idle_minutes.setRange(IDLE_LOCK_MINUTES.minimum or 0, IDLE_LOCK_MINUTES.maximum or 240)
        self.idle_minutes.setSpecialValueText("Never")
        self.idle_minutes.setSuffix(" min")
        self.idle_minutes.setAccessibleName("Lock after idle minutes")
        for value, label in THEMES:
            self.theme.addItem(label, value)
        self.theme.setAccessibleName("Theme")
        self.theme.setMaximumWidth(280)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setWordWrap(True)
        self.where.setAccessibleName("Where the diary lives")
        self.open_folder.setAccessibleName("Open the data folder")
        self.health.setAccessibleName("Diary health")

    def _layout(self) -> None:
        heading = QLabel("Settings", self)
        heading.setFont(title_font(self.font(), 1.7))
        heading.setAccessibleName("Settings")

        partners = QGroupBox("You two", self)
        form = QFormLayout(partners)
        for i, (edit, colour) in enumerate(zip(self.names, self.colours, strict=True)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(colour)
            label = QLabel(f"{('&First', 'S&econd')[i]} partner", partners)
            label.setBuddy(edit)
            form.addRow(label, row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_partners)
        save_row.addWidget(self.partners_status)
        save_row.addStretch(1)
        form.addRow("", save_row)
        form.addRow("", self.partners_error)

        everyday = QGroupBox("Reminder, locking and look", self)
        everyday_form = QFormLayout(everyday)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(self.reminder_time)
        reminder_row.addStretch(1)
        everyday_form.addRow("Reminder", reminder_row)
        idle_label = QLabel("&Lock after", everyday)
        idle_label.setBuddy(self.idle_minutes)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(muted(QLabel("without use (the screen lock locks it too)", everyday)), 1)
        everyday_form.addRow(idle_label, idle_row)
        theme_label = QLabel("&Theme", everyday)
        theme_label.setBuddy(self.theme)
        everyday_form.addRow(theme_label, self.theme)

        place = QGroupBox("Where your diary lives", self)
        place_box = QVBoxLayout(place)
        place_row = QHBoxLayout()
        place_row.addWidget(self.where, 1)
        place_row.addWidget(self.open_folder)
        place_row.addWidget(self.backups_button)
        place_box.addLayout(place_row)
        place_box.addWidget(self.health)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(28, 22, 28, 28)
        column.setSpacing(14)
        for widget in (heading, self.demo_note, partners, self.tags, everyday, self.security, place):
            column.addWidget(widget)
        column.addStretch(1)
        content.setMaximumWidth(760)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAccessibleName("Settings")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect_signals(self) -> None:
        self.session.sig_unlocked.connect(self.load)
        self.session.sig_locked.connect(self.clear)
        self.session.sig_data_changed.connect(self._on_data_changed)
        self.save_partners.clicked.connect(self.save_names)
        self.tags.sig_add_requested.connect(lambda name: self._edit_tags(lambda j: j.add_tag(name), "Added."))
        self.tags.sig_rename_requested.connect(
            lambda old, new: self._edit_tags(lambda j: j.rename_tag(old, new), "Renamed.")
        )
        self.tags.sig_archive_requested.connect(
            lambda name: self._edit_tags(lambda j: j.archive_tag(name), f"Archived “{name}”.")
        )
        self.security.sig_new_code.connect(self._show_new_code)
        self.reminder.toggled.connect(self._save_reminder)
        self.reminder_time.timeChanged.connect(lambda _t: self._save_reminder())
        self.idle_minutes.valueChanged.connect(lambda v: self.settings.set(IDLE_LOCK_MINUTES, int(v)))
        self.theme.currentIndexChanged.connect(
            lambda _i: self.settings.set(THEME, str(self.theme.currentData()))
        )
        self.open_folder.clicked.connect(self._open_folder)
        self.backups_button.clicked.connect(self._show_backups)

    # -- loading ---------------------------------------------------------------------------

    def _load_ui_settings(self) -> None:
        self.reminder.setChecked(self.settings.get(REMINDER_ENABLED))
        clock = parse_clock(self.settings.get(REMINDER_TIME))
        if clock is not None:
            self.reminder_time.setTime(QTime(clock.hour, clock.minute))
        self.reminder_time.setEnabled(self.reminder.isChecked())
        self.idle_minutes.setValue(self.settings.get(IDLE_LOCK_MINUTES))
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.settings.get(THEME))))

    def load(self) -> None:
        """Show the diary's names, colours, tags and ways in."""
        if not self.session.is_open:
            return
        diary = self.session.diary
        partners = sorted(diary.journal.partners(), key=lambda p: p.position)
        self._partner_ids = [p.id for p in partners]
        for edit, colour, partner in zip(self.names, self.colours, partners, strict=False):
            edit.setText(partner.name)
            colour.set_colour(partner.colour)
        self.tags.show_tags(diary.journal.tags())
        demo = self.session.demo
        if demo:
            self.security.show_unavailable("The demo diary has no passphrase or recovery code.")
            self.where.setText("The demo diary lives in a temporary folder and is removed when it closes.")
        else:
            self.security.show_diary(diary)
            self.where.setText(str(self.session.paths.data_dir))
        self.open_folder.setVisible(not demo)
        self.backups_button.setVisible(not demo)
        self._check_health()

    def clear(self) -> None:
        """Forget what the diary showed (on lock)."""
        for edit in self.names:
            edit.clear()
        self.tags.show_tags(())
        self.security.clear()
        self.health.clear()
        self.partners_status.clear()
        self.partners_error.clear_error()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session.is_open:
            self._check_health()

    def _on_data_changed(self, changes: Changes) -> None:
        if (
            changes.source is not self
            and changes.touches(Changed.PARTNERS | Changed.TAGS)
            and self.session.is_open
        ):
            self.load()

    def _check_health(self) -> None:
        diary, paths, demo, provider = (
            self.session.diary,
            self.session.paths,
            self.session.demo,
            self._keyring,
        )

        def diagnose() -> str:
            if demo:
                report = diary.verify_integrity()
                return (
                    f"Diary health: {'ok' if report.ok else 'damaged'} · {diary.journal.count():,} check-ins"
                )
            from connectly.services.doctor import diagnose as doctor

            lines = dict(doctor(diary, paths, provider()))
            return " · ".join(
                f"{label}: {lines[key]}"
                for key, label in (
                    ("Integrity", "Diary health"),
                    ("Opens with", "opens with"),
                    ("Check-ins", "check-ins"),
                )
                if key in lines
            )

        run_in_background(
            diagnose,
            self.health.setText,
            lambda _e: self.health.setText("Diary health: could not be checked just now."),
            parent=self,
        )

    # -- saving ----------------------------------------------------------------------------

    def save_names(self) -> None:
        """Save both names and colours in the diary."""
        if not self.session.is_open:
            return
        journal = self.session.diary.journal
        try:
            for pid, edit, colour in zip(self._partner_ids, self.names, self.colours, strict=False):
                journal.update_partner(pid, name=edit.text(), colour=colour.colour)
        except ConnectlyError as exc:
            self.partners_status.clear()
            self.partners_error.show_error(exc)
            return
        self.partners_error.clear_error()
        self.partners_status.setText("Saved.")
        self.session.notify(Changed.PARTNERS, self)

    def _edit_tags(self, change: Callable[[JournalService], object], status: str) -> None:
        if not self.session.is_open:
            return
        journal = self.session.diary.journal
        try:
            change(journal)
        except ConnectlyError as exc:
            self.tags.error.show_error(exc)
            return
        self.tags.name.clear()
        self.tags.show_tags(journal.tags(), status)
        self.session.notify(Changed.TAGS, self)

    def _save_reminder(self) -> None:
        self.reminder_time.setEnabled(self.reminder.isChecked())
        self.settings.set(REMINDER_ENABLED, self.reminder.isChecked())
        self.settings.set(REMINDER_TIME, self.reminder_time.time().toString("HH:mm"))

    def _show_new_code(self, code: str) -> None:
        from connectly.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog

        dialog = RecoveryCodeDialog(code, self)
        dialog.setObjectName("recoveryCodeDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.session.paths.data_dir)))

    def _show_backups(self) -> None:
        from connectly.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session.paths, session=self.session, keyring=self._keyring, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
