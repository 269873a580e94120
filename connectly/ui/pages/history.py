"""History: every check-in in a sortable, filterable table; edit, delete with undo, mark to discuss.

Reads go through :func:`run_in_background` (years of check-ins); single writes (delete,
undo, a bookmark) are one small transaction each and run on the GUI thread. Changes made
elsewhere reload the table when it is next shown. Undo history and any open dialog are
dropped when the diary locks, because they hold diary text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from connectly.domain.checkins import CheckIn, CheckInFilter
from connectly.domain.errors import ConnectlyError
from connectly.domain.partners import Partner
from connectly.ui.changes import Changed
from connectly.ui.dialogs.checkin_dialog import CheckInDialog, CheckInEdit
from connectly.ui.display import date_text
from connectly.ui.models.checkins_model import (
    ID_ROLE,
    CheckInRow,
    CheckInTableModel,
    Column,
    sort_rows,
)
from connectly.ui.pages.history_filters import HistoryFilters
from connectly.ui.pages.page_parts import (
    OpenDialog,
    ReloadOnChange,
    UndoNotice,
    page_action,
    page_column,
    page_title,
    tool_row,
    undo_actions,
)
from connectly.ui.session import DiarySession
from connectly.ui.undo_commands import DeleteCheckInCommand, EditCheckInCommand, RowIds, amend_checkin
from connectly.ui.widgets.entry_table import EntryTable
from connectly.ui.workers import run_in_background

EMPTY_DIARY = str(QT_TRANSLATE_NOOP("HistoryPage", "No check-ins yet — add one on Today."))
NO_MATCH = str(QT_TRANSLATE_NOOP("HistoryPage", "No check-ins match these filters."))
_WATCHED = Changed.CHECKINS | Changed.BOOKMARKS | Changed.TAGS | Changed.PARTNERS


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What one background read of History brings back."""

    partners: tuple[Partner, ...]
    tags: tuple[str, ...]
    rows: list[CheckInRow]
    total: int
    order: tuple[Column, Qt.SortOrder]


class HistoryPage(QWidget):
    """All check-ins, newest first."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CheckInTableModel(self)
        self.undo_stack = QUndoStack(self)
        self._dialog: OpenDialog[CheckInDialog] = OpenDialog()
        self._ids = RowIds()
        self._partners: dict[int, Partner] = {}
        self._tags: tuple[str, ...] = ()
        self._generation = 0
        self._total = 0
        self.loading = False
        self.filters = HistoryFilters(self)
        self.table = EntryTable(
            self.model,
            name=self.tr("Check-ins"),
            description=self.tr(
                "Every check-in, newest first. Enter edits the selected one; Delete removes it."
            ),
            sort_column=Column.DAY,
            order=Qt.SortOrder.DescendingOrder,
            widths={
                Column.DAY: 130,
                Column.PARTNER: 110,
                Column.STRESS: 70,
                Column.CLOSENESS: 86,
                Column.AVAILABILITY: 96,
                Column.TAGS: 190,
                Column.BOOKMARKED: 90,
            },
            stretch_column=Column.NOTE,
            parent=self,
        )
        self._count = QLabel(self)
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notice = UndoNotice(self.tr("Undo"), self.tr("Take back the change just made"), self)
        self._notice, self._notice_undo = self.notice.label, self.notice.undo_button
        self._empty = QLabel(self.tr(EMPTY_DIARY), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self._empty)
        self._watch = ReloadOnChange(self, session, _WATCHED, self.reload)
        self._make_actions()
        self._layout()
        self.setFocusProxy(self.table)  # the shell's page.setFocus() lands on the rows
        self._connect_signals()
        self._show_notice(None)
        if session.is_open:
            self.reload()

    def _make_actions(self) -> None:
        self.edit_action = page_action(
            self, self.tr("Edit…"), None, self.tr("Edit the selected check-in (Enter or double-click)")
        )
        self.delete_action = page_action(
            self,
            self.tr("Delete"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.tr("Delete the selected check-in (Del)"),
        )
        self.bookmark_action = page_action(
            self, self.tr("To discuss"), "Ctrl+D", self.tr("Mark to talk about in therapy (Ctrl+D)")
        )
        self.bookmark_action.setCheckable(True)
        self.undo_action, self.redo_action = undo_actions(self, self.undo_stack)

    def _layout(self) -> None:
        title = page_title(self.tr("History"), self)
        tools = tool_row(
            self,
            (self.edit_action, self.delete_action, self.bookmark_action, self.undo_action, self.redo_action),
        )
        tools.addWidget(self._count)
        page_column(self, (title, self.filters, tools, self.notice), self._stack)

    def _connect_signals(self) -> None:
        self.session.sig_unlocked.connect(self.reload)
        self.session.sig_locked.connect(self.clear)
        self.filters.sig_filter_changed.connect(lambda _f: self.reload())
        self.table.activated.connect(self.edit_row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.model.sig_bookmark_requested.connect(self.set_bookmark)
        self.model.modelReset.connect(self._update_actions)
        self.edit_action.triggered.connect(lambda: self.edit_row(self.table.currentIndex()))
        self.delete_action.triggered.connect(self.delete_current)
        self.bookmark_action.triggered.connect(self._toggle_bookmark)
        self.notice.undo_button.clicked.connect(self.undo_stack.undo)

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the check-ins matching the filters off the GUI thread."""
        if not self.session.is_open:
            return
        self._generation += 1
        self._watch.stale = False
        self.loading = True
        generation, flt = self._generation, self.filters.current()
        journal = self.session.diary.journal
        self._count.setText(self.tr("Loading…"))

        order = self.model.order

        def read() -> _Loaded:  # rows are built and sorted here too: ten years of them is work
            partners = journal.partners()
            by_id = {p.id: p for p in partners}
            rows = [CheckInRow.of(c, by_id) for c in journal.checkins(flt)]
            sort_rows(rows, *order)
            return _Loaded(partners, journal.tags(), rows, journal.count(), order)

        run_in_background(
            read, lambda result: self._loaded(generation, result), self._load_failed, parent=self
        )

    def _loaded(self, generation: int, result: _Loaded) -> None:
        if generation != self._generation or not self.session.is_open:
            return
        partners, tags, rows, total = result.partners, result.tags, result.rows, result.total
        self.loading = False
        if tags != self._tags or partners != tuple(self._partners.values()):
            self.filters.set_choices(partners, tags)
        self._partners = {p.id: p for p in partners}
        self._tags = tags
        current = self.current_checkin()
        self.model.set_rows(rows, sorted_by=result.order)
        self._total = total
        self._show_count()
        self._empty.setText(self.tr(EMPTY_DIARY) if total == 0 else self.tr(NO_MATCH))
        self._stack.setCurrentWidget(self.table if rows else self._empty)
        if current is not None and self.model.row_of(current.id) is not None:
            self.select(current.id)
        elif self.model.rowCount():  # keyboard users can act on the newest row at once
            self.table.setCurrentIndex(self.model.index(0, Column.DAY))

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        if not self.session.is_open:
            return
        message = (
            exc.user_message if isinstance(exc, ConnectlyError) else self.tr("History could not be read.")
        )
        self._count.setText("")
        self._show_notice(message)

    def _row(self, checkin: CheckIn) -> CheckInRow:
        return CheckInRow.of(checkin, self._partners)

    def clear(self) -> None:
        """The diary locked: empty the table, the filters' names and tags, undo history and dialogs."""
        self._generation += 1
        self.loading = False
        self._dialog.reject()
        self.undo_stack.clear()
        self._ids.clear()
        self.model.clear()
        self._partners, self._tags = {}, ()
        self.filters.forget()
        self._count.setText("")
        self._show_notice(None)
        self._empty.setText(self.tr("The diary is locked."))
        self._stack.setCurrentWidget(self._empty)

    # -- rows ----------------------------------------------------------------------------------

    def current_checkin(self) -> CheckIn | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(index.row()).checkin

    def select(self, checkin_id: int) -> None:
        at = self.model.row_of(checkin_id)
        if at is None:
            return
        index = self.model.index(at, Column.DAY)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _update_actions(self) -> None:
        current = self.current_checkin()
        for act in (self.edit_action, self.delete_action, self.bookmark_action):
            act.setEnabled(current is not None)
        self.bookmark_action.setChecked(bool(current and current.bookmarked))

    def _show_notice(self, text: str | None, *, undo: bool = False) -> None:
        self.notice.show_message(text, undo=undo)

    # -- edit ----------------------------------------------------------------------------------

    def edit_row(self, index: QModelIndex) -> None:
        """Open the edit dialog for the row (Enter or double-click)."""
        if not index.isValid() or not self.session.is_open:
            return
        checkin = self.model.row(index.row()).checkin
        dialog = CheckInDialog(
            checkin,
            list(self._partners.values()),
            self._tags,
            save=lambda fields: self._save_edit(checkin, fields),
            add_tag=self._add_tag,
            parent=self,
        )
        self._dialog.open(dialog)

    @property
    def edit_dialog(self) -> CheckInDialog | None:
        """The edit dialog while it is open."""
        return self._dialog.current

    def _save_edit(self, before: CheckIn, fields: CheckInEdit) -> CheckIn:
        current_id = self._ids.current(before.uuid, before.id)
        after = amend_checkin(self.session, current_id, fields)
        self._show_changed(after)
        self.undo_stack.push(
            EditCheckInCommand(
                before,
                after,
                session=self.session,
                source=self,
                ids=self._ids,
                on_changed=self._show_changed,
                report=self._show_notice,
            )
        )
        self.session.notify(Changed.CHECKINS, source=self)
        self._show_notice(self.tr("Check-in updated."), undo=True)
        return after

    def _add_tag(self, text: str) -> str:
        name = self.session.diary.journal.add_tag(text)
        self.session.notify(Changed.TAGS, source=self)
        return name

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self._total
        if shown == total:
            text = self.tr("%Ln check-in", "", total) if total == 1 else self.tr("%Ln check-ins", "", total)
        elif total == 1:
            text = self.tr("{shown} of %Ln check-in", "", total).format(shown=QLocale().toString(shown))
        else:
            text = self.tr("{shown} of %Ln check-ins", "", total).format(shown=QLocale().toString(shown))
        self._count.setText(text)

    def _show_changed(self, checkin: CheckIn) -> None:
        row = self._row(checkin)
        if self.model.row_of(checkin.id) is None:
            self._total += 1  # an undone delete
        self.model.upsert(row.checkin, row.partner_name, row.partner_colour)
        self._show_count()
        self._stack.setCurrentWidget(self.table)
        self.select(checkin.id)
        self._update_actions()

    # -- delete and bookmarks --------------------------------------------------------------------

    def delete_current(self) -> None:
        """Delete the selected check-in at once; Undo (Ctrl+Z) brings it back."""
        current = self.current_checkin()
        if current is None:
            return
        next_row = self.table.currentIndex().row()
        try:
            gone = self.session.diary.journal.delete_checkin(current.id)
        except ConnectlyError as exc:
            self._show_notice(exc.user_message)
            return
        self._removed(gone.id)
        self.undo_stack.push(
            DeleteCheckInCommand(
                gone,
                session=self.session,
                source=self,
                ids=self._ids,
                on_removed=self._removed,
                on_restored=self._show_changed,
                report=self._show_notice,
            )
        )
        self.session.notify(Changed.CHECKINS | Changed.BOOKMARKS, source=self)
        self._show_notice(
            self.tr("Deleted the check-in of {day}.").format(day=date_text(gone.day)), undo=True
        )
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(next_row, self.model.rowCount() - 1), Column.DAY))

    def _removed(self, checkin_id: int) -> None:
        self.model.remove(checkin_id)
        self._total -= 1
        self._show_count()
        if not self.model.rowCount():
            self._empty.setText(self.tr(NO_MATCH) if self.filters.is_filtering() else self.tr(EMPTY_DIARY))
            self._stack.setCurrentWidget(self._empty)
        self._update_actions()

    def set_bookmark(self, checkin_id: int, marked: bool) -> None:
        """Mark or unmark a check-in “to discuss” (the therapy report lists these)."""
        try:
            self.session.diary.journal.set_checkin_bookmark(checkin_id, marked)
        except ConnectlyError as exc:
            self._show_notice(exc.user_message)
            return
        self.model.set_bookmarked(checkin_id, marked)
        self._update_actions()
        self.session.notify(Changed.BOOKMARKS, source=self)

    def _toggle_bookmark(self) -> None:
        current = self.current_checkin()
        if current is not None:
            self.set_bookmark(current.id, not current.bookmarked)

    def row_ids(self) -> list[int]:
        """The check-in ids in the order shown (for tests and keyboard navigation)."""
        return [int(self.model.index(r, 0).data(ID_ROLE)) for r in range(self.model.rowCount())]

    def current_filter(self) -> CheckInFilter:
        return self.filters.current()
