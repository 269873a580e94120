"""Copy diary text to the clipboard as a secret, and take it off again after a while.

Clipboard managers (Klipper, GPaste, CopyQ, …) keep a history of everything copied, where a
copied note would outlive the diary being locked. Text copied here is marked with the
``x-kde-passwordManagerHint: secret`` MIME type, which those managers honour by not
recording it, and is cleared after ``clear_after_ms`` — but only if the clipboard still
holds our text, so something the user copied since is never wiped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

SECRET_HINT_MIME = "x-kde-passwordManagerHint"
"""The MIME type KDE's Klipper and other clipboard managers read to skip secrets."""
SECRET_HINT_VALUE = b"secret"
CLEAR_AFTER_MS = 45_000


class SensitiveClipboard(QObject):
    """Holds at most one sensitive text on the clipboard; clears it on a timer or on request."""

    sig_cleared = Signal()
    """Our text was taken off the clipboard (the timeout passed, or :meth:`clear_now`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.clear_now)

    @property
    def holds_our_text(self) -> bool:
        """Whether the clipboard still holds the text we put there."""
        if self._text is None:
            return False
        mime = _clipboard().mimeData(QClipboard.Mode.Clipboard)
        return (
            mime is not None
            and mime.text() == self._text
            and bytes(mime.data(SECRET_HINT_MIME).data()) == SECRET_HINT_VALUE
        )

    def copy(self, text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        """Put ``text`` on the clipboard marked as a secret; clear it after ``clear_after_ms``."""
        mime = QMimeData()
        mime.setText(text)
        mime.setData(SECRET_HINT_MIME, SECRET_HINT_VALUE)
        _clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._text = text
        self._timer.start(max(0, clear_after_ms))

    def clear_now(self) -> bool:
        """Take our text off the clipboard (e.g. when the diary locks); returns True if it did."""
        self._timer.stop()
        cleared = self.holds_our_text
        if cleared:
            _clipboard().clear(QClipboard.Mode.Clipboard)
        self._text = None
        if cleared:
            self.sig_cleared.emit()
        return cleared


def _clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


_shared: SensitiveClipboard | None = None


def sensitive_clipboard() -> SensitiveClipboard:
    """The app-wide instance (owned by the application object, created on first use)."""
    global _shared
    if _shared is None:
        _shared = SensitiveClipboard(QCoreApplication.instance())
        _shared.destroyed.connect(_forget_shared)
    return _shared


def _forget_shared() -> None:
    global _shared
    _shared = None


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> SensitiveClipboard:
    """Copy a note (or any diary text) as a secret that leaves the clipboard after a while."""
    board = sensitive_clipboard()
    board.copy(text, clear_after_ms)
    return board


def clear_sensitive() -> bool:
    """Clear sensitive text we copied, if it is still on the clipboard (call when locking)."""
    return _shared.clear_now() if _shared is not None else False
