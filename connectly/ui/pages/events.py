"""Life events: the moves, new jobs, births and losses that every chart shades in.

Add, edit and delete (each undoable with Ctrl+Z / Ctrl+Shift+Z). The list is read off the
GUI thread; single writes run on it. Undo history and an open dialog are dropped on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from connectly.domain.errors import ConnectlyError
from connectly.domain.events import LifeEvent
from connectly.ui.changes import Changed
from connectly.ui.dialogs.event_dialog import EventDialog, LifeEventEdit
from connectly.ui.display import kinds_explained
from connectly.ui.models.events_model import SORT_ROLE, EventColumn, LifeEventTableModel
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
from connectly.ui.undo_commands import LifeEventCommand, RowIds
from connectly.ui.widgets.entry_table import EntryTable
from connectly.ui.workers import run_in_background

NO_EVENTS = str(
    QT_TRANSLATE_NOOP(
        "EventsPage",
        "No life events yet. Add a move, a new job, a birth or a loss, and it will show on every chart.",
    )
)


class EventsPage(QWidget):
    """The couple's life events, earliest first."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = LifeEventTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.undo_stack = QUndoStack(self)
        self._dialog: OpenDialog[EventDialog] = OpenDialog()
        self.loading = False
        self._ids = RowIds()
        self._generation = 0
        self.table = EntryTable(
            self.proxy,
            name=self.tr("Life events"),
            description=self.tr(
                "Your life events, earliest first. Enter edits the selected one; Delete removes it."
            ),
            sort_column=EventColumn.STARTS,
            order=Qt.SortOrder.AscendingOrder,
            widths={
                EventColumn.KIND: 180,
                EventColumn.TITLE: 260,
                EventColumn.STARTS: 130,
                EventColumn.ENDS: 130,
            },
            stretch_column=EventColumn.NOTE,
            parent=self,
        )
        self.notice = UndoNotice(self.tr("Undo"), self.tr("Take back the change just made"), self)
        self._notice, self._notice_undo = self.notice.label, self.notice.undo_button
        self._empty = QLabel(self.tr(NO_EVENTS), self)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.first_button = QPushButton(self.tr("Add a life event…"), self)
        self.first_button.setAccessibleName(self.tr("Add a life event"))
        self.first_button.setAccessibleDescription(self.tr("A move, a new job, a birth, a loss… (Ctrl+N)"))
        self._empty_box = QWidget(self)
        empty_column = QVBoxLayout(self._empty_box)
        empty_column.addStretch(1)
        empty_column.addWidget(self._empty)
        empty_column.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_column.addStretch(2)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self._empty_box)
        self._watch = ReloadOnChange(self, session, Changed.EVENTS, self.reload)
        self._make_actions()
        self._layout()
        self.setFocusProxy(self.table)  # the shell's page.setFocus() lands on the rows
        self._connect_signals()
        self._show_notice(None)
        self._update_actions()
        if session.is_open:
            self.reload()
        else:
            self._stack.setCurrentWidget(self._empty_box)

    def _make_actions(self) -> None:
        self.add_action = page_action(
            self,
            self.tr("Add a life event…"),
            "Ctrl+N",
            self.tr("Add a move, new job, birth, loss… (Ctrl+N)"),
        )
        self.edit_action = page_action(
            self, self.tr("Edit…"), None, self.tr("Edit the selected event (Enter or double-click)")
        )
        self.delete_action = page_action(
            self,
            self.tr("Delete"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.tr("Delete the selected event (Del)"),
        )
        self.undo_action, self.redo_action = undo_actions(self, self.undo_stack)

    def _layout(self) -> None:
        title = page_title(self.tr("Life events"), self)
        explained = QLabel(kinds_explained(), self)
        explained.setWordWrap(True)
        explained.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        tools = tool_row(
            self,
            (self.add_action, self.edit_action, self.delete_action, self.undo_action, self.redo_action),
        )
        page_column(self, (title, explained, tools, self.notice), self._stack)

    def _connect_signals(self) -> None:
        self.session.sig_unlocked.connect(self.reload)
        self.session.sig_locked.connect(self.clear)
        self.table.activated.connect(self.edit_row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._show_list_or_empty)
        self.model.rowsInserted.connect(self._show_list_or_empty)
        self.add_action.triggered.connect(self.add_event)
        self.first_button.clicked.connect(self.add_event)
        self.edit_action.triggered.connect(lambda: self.edit_row(self.table.currentIndex()))
        self.delete_action.triggered.connect(self.delete_current)
        self.notice.undo_button.clicked.connect(self.undo_stack.undo)

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the events off the GUI thread."""
        if not self.session.is_open:
            return
        self._generation += 1
        self._watch.stale = False
        self.loading = True
        generation, service = self._generation, self.session.diary.events
        run_in_background(
            service.events, lambda evs: self._loaded(generation, evs), self._load_failed, parent=self
        )

    def _loaded(self, generation: int, events: tuple[LifeEvent, ...]) -> None:
        if generation != self._generation or not self.session.is_open:
            return
        self.loading = False
        self.model.set_events(events)
        self._show_list_or_empty()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        if self.session.is_open:
            self._show_notice(
                exc.user_message
                if isinstance(exc, ConnectlyError)
                else self.tr("Life events could not be read.")
            )

    def clear(self) -> None:
        """The diary locked: empty the list, undo history and any open dialog."""
        self._generation += 1
        self.loading = False
        self._dialog.reject()
        self.undo_stack.clear()
        self._ids.clear()
        self.model.clear()
        self._show_notice(None)
        self._empty.setText(self.tr("The diary is locked."))
        self.first_button.hide()
        self._stack.setCurrentWidget(self._empty_box)

    def _show_list_or_empty(self, *_args: object) -> None:
        self._empty.setText(self.tr(NO_EVENTS))
        self.first_button.show()
        self._stack.setCurrentWidget(self.table if self.model.rowCount() else self._empty_box)

    # -- rows ----------------------------------------------------------------------------------

    def current_event(self) -> LifeEvent | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.life_event(self.proxy.mapToSource(index).row())

    def select(self, event_id: int) -> None:
        at = self.model.row_of(event_id)
        if at is not None:
            index = self.proxy.mapFromSource(self.model.index(at, EventColumn.KIND))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _update_actions(self) -> None:
        has = self.current_event() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def _show_notice(self, text: str | None, *, undo: bool = False) -> None:
        self.notice.show_message(text, undo=undo)

    def _shown(self, event: LifeEvent) -> None:
        self.model.upsert(event)
        self.select(event.id)
        self._update_actions()

    def _removed(self, event_id: int) -> None:
        self.model.remove(event_id)
        self._update_actions()

    def _push(self, text: str, before: LifeEvent | None, after: LifeEvent | None) -> None:
        self.undo_stack.push(
            LifeEventCommand(
                text,
                before,
                after,
                session=self.session,
                source=self,
                ids=self._ids,
                on_shown=self._shown,
                on_removed=self._removed,
                report=self._show_notice,
            )
        )
        self.session.notify(Changed.EVENTS, source=self)

    # -- add, edit, delete ---------------------------------------------------------------------

    def add_event(self) -> None:
        """Open the dialog for a new life event."""
        if self.session.is_open:
            self._open_dialog(EventDialog(None, save=self._save_new, parent=self))

    def edit_row(self, index: QModelIndex) -> None:
        """Open the dialog for the row (Enter or double-click)."""
        if not index.isValid() or not self.session.is_open:
            return
        event = self.model.life_event(self.proxy.mapToSource(index).row())
        self._open_dialog(EventDialog(event, save=lambda f: self._save_edit(event, f), parent=self))

    @property
    def dialog(self) -> EventDialog | None:
        """The add or edit dialog while it is open."""
        return self._dialog.current

    def _open_dialog(self, dialog: EventDialog) -> None:
        self._dialog.open(dialog)

    def _save_new(self, f: LifeEventEdit) -> LifeEvent:
        added = self.session.diary.events.add(
            kind=f.kind, title=f.title, starts_on=f.starts_on, ends_on=f.ends_on, note=f.note
        )
        self._shown(added)
        self._push(self.tr("Add “{title}”").format(title=added.title), None, added)
        self._show_notice(self.tr("Added “{title}”.").format(title=added.title), undo=True)
        return added

    def _save_edit(self, before: LifeEvent, f: LifeEventEdit) -> LifeEvent:
        current = self._ids.current(before.uuid, before.id)
        after = self.session.diary.events.update(
            current, kind=f.kind, title=f.title, starts_on=f.starts_on, ends_on=f.ends_on, note=f.note
        )
        self._shown(after)
        self._push(self.tr("Edit “{title}”").format(title=after.title), before, after)
        self._show_notice(self.tr("Saved “{title}”.").format(title=after.title), undo=True)
        return after

    def delete_current(self) -> None:
        """Delete the selected event at once; Undo (Ctrl+Z) brings it back."""
        event = self.current_event()
        if event is None:
            return
        try:
            gone = self.session.diary.events.delete(event.id)
        except ConnectlyError as exc:
            self._show_notice(exc.user_message)
            return
        self._removed(gone.id)
        self._push(self.tr("Delete “{title}”").format(title=gone.title), gone, None)
        self._show_notice(self.tr("Deleted “{title}”.").format(title=gone.title), undo=True)
