"""Backups: see them, make one now, restore one — also when the diary itself cannot be opened.

Two ways in: from Settings with the diary open (``session`` given), and from the unlock or
damaged-diary screen (no open diary: the backups of the data folder are listed, and the
passphrase or recovery code — or the keyring — is asked for when restoring). Every backup
and restore runs off the GUI thread; restoring asks first, in words that say what changes
and that the diary as it is now is kept as a backup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from connectly.domain.backups import BackupInfo, BackupKeyNeededError
from connectly.domain.errors import ConnectlyError, KeyMissingError, KeyringUnavailableError, WrongKeyError
from connectly.ui.changes import Changed
from connectly.ui.messages import ErrorLine
from connectly.ui.models.backups_model import BackupTableModel, when_text
from connectly.ui.pages.registry import KeyringProvider
from connectly.ui.pages.setup_steps import muted
from connectly.ui.widgets.backup_keep import BackupKeepRow
from connectly.ui.workers import run_in_background

if TYPE_CHECKING:
    from connectly.services.backups import BackupService
    from connectly.services.locations import DiaryPaths
    from connectly.ui.session import DiarySession

INTRO_OPEN = str(
    QT_TRANSLATE_NOOP(
        "BackupsDialog",
        "Connectly makes an encrypted backup every day you open the diary, and before every update, "
        "restore or import.",
    )
)
INTRO_DAMAGED = str(
    QT_TRANSLATE_NOOP(
        "BackupsDialog",
        "Choose a backup to bring the diary back to that moment. The diary as it is now is kept aside "
        "first, so nothing is thrown away.",
    )
)
CONFIRM_TEXT = str(
    QT_TRANSLATE_NOOP(
        "BackupsDialog",
        "Anything written after that moment will be replaced by the backup. The diary as it is now is "
        "kept as a backup first, so you can go back to it.",
    )
)
SECRET_FOR_BACKUP = str(
    QT_TRANSLATE_NOOP(
        "BackupsDialog",
        "This backup opens with the passphrase or recovery code the diary had when it was made.",
    )
)
SECRET_FOR_DIARY = str(
    QT_TRANSLATE_NOOP(
        "BackupsDialog", "Type the diary’s passphrase or recovery code (or the one the backup was made with)."
    )
)


class BackupsDialog(QDialog):
    """The list of backups with “Back up now”, “Restore…” and “Restore from a file…”."""

    sig_restored = Signal(object)
    """A backup was restored; carries the reopened diary (None when no diary was open)."""

    def __init__(
        self,
        paths: DiaryPaths,
        *,
        session: DiarySession | None,
        keyring: KeyringProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.session = session if session is not None and session.is_open else None
        self._keyring = keyring
        self.busy_now = False
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        self.intro = muted(QLabel(self.tr(INTRO_OPEN) if self.session else self.tr(INTRO_DAMAGED), self))
        self.folder = muted(QLabel(self))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.keep = BackupKeepRow(self)
        self.keep.setVisible(self.session is not None)
        if self.session is not None:
            self.keep.show_settings(self._service().settings())
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setAccessibleDescription(self.tr("Select one and choose Restore…, or press Enter twice"))
        self.empty = muted(QLabel(self.tr("No backups yet."), self))
        self.status = muted(QLabel(self))
        self.status.setAccessibleName(self.tr("Status"))
        self.status.hide()
        self.error = ErrorLine(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.file_button = QPushButton(self.tr("Restore from a &file…"), self)
        self.change_folder = QPushButton(self.tr("C&hange folder…"), self)
        self.open_folder = QPushButton(self.tr("&Open folder"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self._describe_buttons()
        self.backup_button.setVisible(self.session is not None)
        self.change_folder.setVisible(self.session is not None)
        self._layout()
        self._connect_signals()
        self.resize(620, 440)
        self.refresh()

    def _describe_buttons(self) -> None:
        words = (
            (
                self.backup_button,
                self.tr("Back up now"),
                self.tr("Make an encrypted backup of the diary now"),
            ),
            (
                self.restore_button,
                self.tr("Restore the selected backup"),
                self.tr("Asks first; the diary as it is now is kept as a backup"),
            ),
            (
                self.file_button,
                self.tr("Restore from a file"),
                self.tr("Choose a backup file from anywhere, for example a copy on another disk"),
            ),
            (
                self.change_folder,
                self.tr("Change the backup folder"),
                self.tr("New backups go to the folder you choose, for example a synced one"),
            ),
            (
                self.open_folder,
                self.tr("Open the backup folder"),
                self.tr("Show the backups in the file manager"),
            ),
            (self.close_button, self.tr("Close"), self.tr("Close this window")),
        )
        for button, name, description in words:
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)

    def _layout(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.change_folder)
        folder_row.addWidget(self.open_folder)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.file_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addWidget(self.intro)
        column.addWidget(self.keep)
        column.addLayout(folder_row)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addWidget(self.status)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        column.addLayout(actions)

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        self.change_folder.clicked.connect(self.choose_folder)
        self.keep.sig_changed.connect(self._keep_changed)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        if self.session is not None:
            self.session.sig_locked.connect(self.reject)

    # -- listing -----------------------------------------------------------------------------

    def _service(self) -> BackupService:
        from connectly.services.backups import BackupService

        assert self.session is not None
        return BackupService(self.session.diary)

    def _folder(self) -> Path:
        return self._service().folder() if self.session is not None else self.paths.backups

    def refresh(self) -> None:
        """List the backups (off the GUI thread: the folder may be on a slow or synced disk)."""
        from connectly.services.backups import list_backups

        folder = self._folder()
        self.folder.setText(self.tr("Kept in {folder}").format(folder=folder))
        run_in_background(lambda: list_backups(folder), self._show_backups, self._failed, parent=self)

    def _show_backups(self, backups: list[BackupInfo]) -> None:
        self.model.set_backups(backups)
        self.empty.setVisible(not backups)
        self.table.setVisible(bool(backups))
        self.restore_button.setEnabled(bool(backups) and not self.busy_now)
        if backups:
            self.table.selectionModel().select(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    # -- backing up ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Make a backup now (off the GUI thread)."""
        if self.session is None or self.busy_now:
            return
        service = self._service()
        self._start(self.tr("Backing up…"))
        run_in_background(service.backup_now, self._backed_up, self._failed, parent=self)

    def _backed_up(self, info: BackupInfo) -> None:
        self._stop(self.tr("Backed up at {time}.").format(time=f"{info.when:%H:%M}"))
        self.refresh()

    def choose_folder(self) -> None:
        """Keep backups in another folder (e.g. a synced one); Cancel keeps the current one."""
        if self.session is None:
            return
        service = self._service()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Keep backups in…"), str(service.folder()))
        if not chosen:
            return
        target = None if Path(chosen) == self.paths.backups else Path(chosen)
        try:
            service.set_settings(replace(service.settings(), folder=target))
        except ConnectlyError as exc:
            self.error.show_error(exc)
            return
        self.error.clear_error()
        self._say(self.tr("New backups go to this folder; the ones made before stay where they were."))
        self.refresh()

    def _keep_changed(self) -> None:
        """Store the new numbers; the next backup's rotation keeps to them."""
        if self.session is None:
            return
        service = self._service()
        try:
            service.set_settings(self.keep.kept(service.settings()))
        except ConnectlyError as exc:
            self.error.show_error(exc)
            return
        self.error.clear_error()
        self._say(self.tr("Saved. From the next backup on, older ones beyond these are removed."))

    # -- restoring -----------------------------------------------------------------------------

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path, self.tr("the backup from {when}").format(when=when_text(info)))

    def restore_from_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(self._folder()),
            self.tr("Connectly backups (*.db);;All files (*)"),
        )
        if chosen:
            self.restore(Path(chosen), Path(chosen).name)

    def restore(self, backup: Path, described: str) -> None:
        """Ask, then restore ``backup`` off the GUI thread."""
        if self.busy_now or not self._confirm(described):
            return
        if self.session is not None:
            self._restore_open(backup, None)
        else:
            self._restore_closed(backup, secret=None)

    def _confirm(self, described: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr("Replace the diary with {backup}?").format(backup=described),
            parent=self,
        )
        box.setInformativeText(self.tr(CONFIRM_TEXT))
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def _restore_open(self, backup: Path, secret: str | None) -> None:
        service = self._service()
        self._start(self.tr("Restoring… the diary is checked and kept first."))
        run_in_background(
            lambda: service.restore(backup, secret),
            lambda result: self._restored(result[0]),
            lambda exc: self._restore_failed(exc, lambda s: self._restore_open(backup, s)),
            parent=self,
        )

    def _restore_closed(self, backup: Path, secret: str | None) -> None:
        from connectly.services.restoring import WayIn, keyring_may_open, restore_into

        paths, provider = self.paths, self._keyring
        secret_needed = self.tr(SECRET_FOR_DIARY)

        def work() -> None:
            ways: list[WayIn] = [provider()] if keyring_may_open(paths, backup) else []
            if secret is not None:
                ways.append(secret)
            if not ways:
                raise KeyMissingError(secret_needed)
            restore_into(paths, backup, ways)

        self._start(self.tr("Restoring… the damaged diary is kept aside first."))
        run_in_background(
            work,
            lambda _none: self._restored(None),
            lambda exc: self._restore_failed(exc, lambda s: self._restore_closed(backup, s), asked=secret),
            parent=self,
        )

    def _restore_failed(
        self, exc: BaseException, retry: Callable[[str], None], asked: str | None = None
    ) -> None:
        self._stop("")
        needs_secret = isinstance(exc, BackupKeyNeededError) or (
            asked is None and isinstance(exc, KeyMissingError | KeyringUnavailableError | WrongKeyError)
        )
        if needs_secret:
            secret = self._ask_secret(
                self.tr(SECRET_FOR_BACKUP) if self.session else self.tr(SECRET_FOR_DIARY)
            )
            if secret:
                retry(secret)
            return
        if self.session is not None and not self.session.is_open:
            self.session.lock()  # the restore stopped after closing the diary: unlock it again
        self.error.show_error(exc)

    def _ask_secret(self, why: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Passphrase or recovery code"), why, QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def _restored(self, diary: Any) -> None:
        self._stop(self.tr("Restored."))
        if diary is not None and self.session is not None:
            self.session.open(diary)  # the pages reload from the restored diary
            self.session.notify(Changed.EVERYTHING, self)
        self.sig_restored.emit(diary)
        self.accept()

    # -- helpers -------------------------------------------------------------------------------

    def _start(self, status: str) -> None:
        self.busy_now = True
        self.error.clear_error()
        self._say(status)
        self.busy.show()
        for control in (
            self.backup_button,
            self.restore_button,
            self.file_button,
            self.change_folder,
            self.keep,
        ):
            control.setEnabled(False)

    def _stop(self, status: str) -> None:
        self.busy_now = False
        self._say(status)
        self.busy.hide()
        for control in (self.backup_button, self.file_button, self.change_folder, self.keep):
            control.setEnabled(True)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def _say(self, status: str) -> None:
        self.status.setText(status)
        self.status.setVisible(bool(status))

    def _failed(self, exc: BaseException) -> None:
        self._stop("")
        self.error.show_error(exc)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder())))
