"""Errors as people should read them: one kind sentence, never a traceback.

Typed errors (:class:`ConnectlyError`) already carry a sentence safe to show. Anything else
is a bug: the user gets a generic sentence, and a report with exception types and code
locations only (no messages, no diary text) goes to stderr via :func:`connectly.crash.safe_report`.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from connectly.domain.errors import ConnectlyError
from connectly.ui.theme import error_colour

CONTEXT = "Messages"
UNEXPECTED = str(
    QT_TRANSLATE_NOOP(
        "Messages",
        "Something unexpected went wrong. What you saved before is safe; please try again, "
        "and restart Connectly if it happens again.",
    )
)


def sentence_for(exc: BaseException) -> str:
    """The sentence to show for ``exc``; unexpected ones are reported to stderr without their message.

    Typed errors carry their sentence from the services in English (not translated yet); the
    generic sentence for anything else is translated.
    """
    if isinstance(exc, ConnectlyError):
        return exc.user_message
    _report(exc)
    return QCoreApplication.translate(CONTEXT, UNEXPECTED)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Connectly") -> None:
    """A modal message box with the sentence for ``exc`` (for errors not tied to a form field)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, sentence_for(exc), QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    box.exec()


def _report(exc: BaseException) -> None:
    from connectly.crash import safe_report  # imports traceback: not before the first frame

    print(safe_report(exc), file=sys.stderr)


class ErrorLine(QLabel):
    """A red sentence under a form; hidden while empty. Screen readers get it as an alert."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Problem"))
        self.hide()
        self._recolour()

    def show_error(self, error: BaseException | str) -> None:
        """Show a sentence (or the sentence for an exception)."""
        text = error if isinstance(error, str) else sentence_for(error)
        self._recolour()
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_error(self) -> None:
        """Hide the line."""
        self.clear()
        self.setAccessibleDescription("")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme switch."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def _recolour(self) -> None:
        palette = self.palette()
        colour = error_colour(QApplication.palette())
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


def _gui_excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    value.__traceback__ = tb
    _report(value)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        text = QCoreApplication.translate(CONTEXT, UNEXPECTED)
        box = QMessageBox(QMessageBox.Icon.Warning, "Connectly", text, QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def install_gui_excepthook() -> None:
    """Uncaught exceptions in slots: a safe report to stderr and a kind, non-blocking message box."""
    sys.excepthook = _gui_excepthook
