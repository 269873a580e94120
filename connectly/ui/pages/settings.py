"""Settings: the two of you, tags, reminder, locking, language, theme, passphrase, where the data lives, health.

Names, colours and tags are saved in the encrypted diary (they say something about the
couple); reminder, idle lock, language and theme are UI settings (QSettings). A new language
shows from the next start (the page says so). What the demo cannot do — passphrase and
recovery code — is switched off with the reason next to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTime, QUrl
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
from connectly.ui.i18n import LANGUAGE_NAMES, active_language, resolve_language
from connectly.ui.messages import ErrorLine
from connectly.ui.pages.notice import title_font
from connectly.ui.pages.registry import KeyringProvider
from connectly.ui.pages.settings_security import SecuritySection
from connectly.ui.pages.settings_tags import TagsSection
from connectly.ui.pages.setup_steps import Hint, muted
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import (
    IDLE_LOCK_MINUTES,
    LANGUAGE,
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

THEMES = (
    ("system", str(QT_TRANSLATE_NOOP("SettingsPage", "Follow the system"))),
    ("light", str(QT_TRANSLATE_NOOP("SettingsPage", "Light"))),
    ("dark", str(QT_TRANSLATE_NOOP("SettingsPage", "Dark"))),
)
DEMO_NOTE = str(
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "This is the demo diary: changes vanish when it closes, and it has no passphrase or recovery code.",
    )
)
RESTART_NOTE = str(QT_TRANSLATE_NOOP("SettingsPage", "Restart Connectly to change the language."))


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
        self.demo_note = muted(QLabel(self.tr(DEMO_NOTE), self))
        self.demo_note.setAccessibleName(self.tr("Demo diary notice"))
        self.demo_note.setVisible(session.demo)
        self.names = [QLineEdit(self), QLineEdit(self)]
        self.colours = [
            ColourButton("#2f7ebc", self.tr("the first partner"), self),
            ColourButton("#d9822b", self.tr("the second partner"), self),
        ]
        self.save_partners = QPushButton(self.tr("&Save names and colours"), self)
        self.partners_status = Hint(self)
        self.partners_error = ErrorLine(self)
        self.tags = TagsSection(self)
        self.reminder = QCheckBox(self.tr("Remind us each &day at"), self)
        self.reminder_time = QTimeEdit(self)
        self.idle_minutes = QSpinBox(self)
        self.theme = QComboBox(self)
        self.language = QComboBox(self)
        self.language_note = Hint(self)
        self.security = SecuritySection(session, self)
        self.where = QLabel(self)
        self.open_folder = QPushButton(self.tr("&Open folder"), self)
        self.backups_button = QPushButton(self.tr("&Backups…"), self)
        self.backups_button.setAccessibleName(self.tr("Backups"))
        self.backups_button.setAccessibleDescription(self.tr("See the backups, back up now, or restore one"))
        self.health = Hint(self)
        self._name_widgets()
        self._layout()
        self._load_ui_settings()
        self._connect_signals()
        if session.is_open:
            self.load()

    # -- assembly --------------------------------------------------------------------------

    def _name_widgets(self) -> None:
        names = (self.tr("First partner’s name"), self.tr("Second partner’s name"))
        for edit, name in zip(self.names, names, strict=True):
            edit.setMaxLength(40)
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(self.tr("As it shows on Today, the charts and the report"))
        self.save_partners.setAccessibleName(self.tr("Save names and colours"))
        self.save_partners.setAccessibleDescription(self.tr("Stores both names and colours in the diary"))
        self.partners_status.setAccessibleName(self.tr("Names status"))
        self.reminder.setAccessibleName(self.tr("Daily reminder"))
        self.reminder.setAccessibleDescription(self.tr("A gentle nudge each day at the time next to it"))
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setAccessibleDescription(self.tr("Hours and minutes, 24-hour clock"))
        self.idle_minutes.setRange(IDLE_LOCK_MINUTES.minimum or 0, IDLE_LOCK_MINUTES.maximum or 240)
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.idle_minutes.setAccessibleDescription(
            self.tr("The diary locks itself after this many minutes without use; 0 means never")
        )
        for value, label in THEMES:
            self.theme.addItem(self.tr(label), value)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(self.tr("Light, dark, or the same as the rest of your desktop"))
        self.theme.setMaximumWidth(280)
        self.language.addItem(self.tr("System default"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language of Connectly's windows; a change shows after a restart")
        )
        self.language.setFixedWidth(280)  # as wide as the theme choice above it
        self.language_note.setAccessibleName(self.tr("Language note"))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Where the diary lives"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder.setAccessibleDescription(
            self.tr("Show the folder with the diary in the file manager")
        )
        self.health.setAccessibleName(self.tr("Diary health"))

    def _layout(self) -> None:
        heading = QLabel(self.tr("Settings"), self)
        heading.setFont(title_font(self.font(), 1.7))
        heading.setAccessibleName(self.tr("Settings"))

        partners = QGroupBox(self.tr("You two"), self)
        form = QFormLayout(partners)
        labels = (self.tr("&First partner"), self.tr("S&econd partner"))
        for edit, colour, text in zip(self.names, self.colours, labels, strict=True):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(colour)
            label = QLabel(text, partners)
            label.setBuddy(edit)
            form.addRow(label, row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_partners)
        save_row.addWidget(self.partners_status)
        save_row.addStretch(1)
        form.addRow("", save_row)
        form.addRow("", self.partners_error)

        everyday = QGroupBox(self.tr("Reminder, locking and look"), self)
        everyday_form = QFormLayout(everyday)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(self.reminder_time)
        reminder_row.addStretch(1)
        everyday_form.addRow(self.tr("Reminder"), reminder_row)
        idle_label = QLabel(self.tr("&Lock after"), everyday)
        idle_label.setBuddy(self.idle_minutes)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(muted(QLabel(self.tr("without use (the screen lock locks it too)"), everyday)), 1)
        everyday_form.addRow(idle_label, idle_row)
        theme_label = QLabel(self.tr("&Theme"), everyday)
        theme_label.setBuddy(self.theme)
        everyday_form.addRow(theme_label, self.theme)
        language_label = QLabel(self.tr("Lan&guage"), everyday)
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(self.language_note, 1)
        everyday_form.addRow(language_label, language_row)

        place = QGroupBox(self.tr("Where your diary lives"), self)
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
        scroll.setAccessibleName(self.tr("Settings"))
        scroll.setAccessibleDescription(self.tr("Every setting on one page, in sections; it scrolls"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect_signals(self) -> None:
        self.session.sig_unlocked.connect(self.load)
        self.session.sig_locked.connect(self.clear)
        self.session.sig_data_changed.connect(self._on_data_changed)
        self.save_partners.clicked.connect(self.save_names)
        self.tags.sig_add_requested.connect(
            lambda name: self._edit_tags(lambda j: j.add_tag(name), self.tr("Added."))
        )
        self.tags.sig_rename_requested.connect(
            lambda old, new: self._edit_tags(lambda j: j.rename_tag(old, new), self.tr("Renamed."))
        )
        self.tags.sig_archive_requested.connect(
            lambda name: self._edit_tags(
                lambda j: j.archive_tag(name), self.tr("Archived “{name}”.").format(name=name)
            )
        )
        self.security.sig_new_code.connect(self._show_new_code)
        self.reminder.toggled.connect(self._save_reminder)
        self.reminder_time.timeChanged.connect(lambda _t: self._save_reminder())
        self.idle_minutes.valueChanged.connect(lambda v: self.settings.set(IDLE_LOCK_MINUTES, int(v)))
        self.theme.currentIndexChanged.connect(
            lambda _i: self.settings.set(THEME, str(self.theme.currentData()))
        )
        self.language.currentIndexChanged.connect(self._save_language)
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
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.get(LANGUAGE))))
        self._show_language_note()

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
            self.security.show_unavailable(self.tr("The demo diary has no passphrase or recovery code."))
            self.where.setText(
                self.tr("The demo diary lives in a temporary folder and is removed when it closes.")
            )
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

        def diagnose() -> tuple[bool, int] | dict[str, str]:
            if demo:
                return diary.verify_integrity().ok, diary.journal.count()
            from connectly.services.doctor import diagnose as doctor

            return dict(doctor(diary, paths, provider()))

        run_in_background(
            diagnose,
            lambda found: self.health.setText(self._health_text(found)),
            lambda _e: self.health.setText(self.tr("Diary health: could not be checked just now.")),
            parent=self,
        )

    def _health_text(self, found: tuple[bool, int] | dict[str, str]) -> str:
        """One line on the diary's health (the doctor's own values stay in English for now)."""
        if isinstance(found, tuple):
            ok, count = found
            state = self.tr("ok") if ok else self.tr("damaged")
            return self.tr("Diary health: {state} · %Ln check-ins", "", count).format(state=state)
        labels = (
            ("Integrity", self.tr("Diary health")),
            ("Opens with", self.tr("opens with")),
            ("Check-ins", self.tr("check-ins")),
        )
        return " · ".join(f"{label}: {found[key]}" for key, label in labels if key in found)

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
        self.partners_status.setText(self.tr("Saved."))
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

    def _save_language(self) -> None:
        self.settings.set(LANGUAGE, str(self.language.currentData()))
        self._show_language_note()

    def _show_language_note(self) -> None:
        """Say that a restart is needed while the chosen language is not the one on screen."""
        chosen = resolve_language(str(self.language.currentData()))
        self.language_note.setText(self.tr(RESTART_NOTE) if chosen != active_language() else "")

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
