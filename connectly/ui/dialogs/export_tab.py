"""The part every Export tab shares: ask where to save, say what is happening, show what went wrong.

A tab subclasses :class:`ExportTab`, builds its own form and buttons, and says which widgets
rest while it works (:meth:`ExportTab.busy_widgets`) and how it writes (:meth:`ExportTab.export_to`).
The words (dialog titles, file types, “Saving…”) stay in each tab's translation context.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from connectly.ui.dialogs.export_common import SavePathAsker, StatusLine, ask_save_path, with_suffix
from connectly.ui.messages import ErrorLine
from connectly.ui.session import DiarySession


class ExportTab(QWidget):
    """One tab of the export dialog: a status line, an error line, and the save-file/busy flow."""

    sig_exported = Signal(object)
    """A file was written; carries its path (None when a chart went to the clipboard)."""
    sig_busy = Signal(bool)
    """Work started (True) or ended, done or failed (False)."""

    def __init__(
        self, session: DiarySession, parent: QWidget | None = None, *, ask_path: SavePathAsker = ask_save_path
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ask_path = ask_path
        self.status = StatusLine(self)
        self.errors = ErrorLine(self)

    def export_to(self, target: Path) -> None:
        """Write the export to ``target`` (each tab says how)."""
        raise NotImplementedError

    def busy_widgets(self) -> Iterable[QWidget]:
        """The controls that rest while the tab works."""
        return ()

    def save_as(self, title: str, suggested: str, filters: str, suffix: str) -> None:
        """Ask where to save (``suffix`` added when the name lacks it), then :meth:`export_to` there."""
        chosen = self.ask_path(self, title, suggested, filters)
        if chosen is not None:
            self.export_to(with_suffix(chosen, suffix))

    def add_status_rows(self, layout: QVBoxLayout, *above: QWidget) -> None:
        """A stretch, then ``above`` (a progress bar), the status line and the error line."""
        layout.addStretch(1)
        for widget in above:
            layout.addWidget(widget)
        layout.addWidget(self.status)
        layout.addWidget(self.errors)

    def _started(self, text: str) -> None:
        """Work begins: the last error goes, ``text`` says what is happening, the controls rest."""
        self.errors.clear_error()
        self.status.working(text)
        self._set_busy(True)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        self.errors.show_error(exc)

    def _set_busy(self, busy: bool) -> None:
        for widget in self.busy_widgets():
            widget.setEnabled(not busy)
        self.sig_busy.emit(busy)
