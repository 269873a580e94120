"""Show a recovery code once: large, monospace, selectable, with Copy and Print….

The code is never written anywhere by the app. “Print…” goes through the system print
dialog (which also offers printing to a PDF file); when the widget goes away, a clipboard
still holding the code is cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

CONTEXT = "RecoveryCodeView"
PRINT_HEADING = str(QT_TRANSLATE_NOOP("RecoveryCodeView", "Connectly recovery code"))
PRINT_TEXT = str(
    QT_TRANSLATE_NOOP(
        "RecoveryCodeView",
        "This code opens your Connectly diary if the passphrase or the system keyring is lost. "
        "Keep this page somewhere safe and private. A new code, made in Settings, replaces this one.",
    )
)


class RecoveryCodeView(QWidget):
    """The code in big type, “Copy” and “Print…”, and a note on what it is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self.code_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.7)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.code_label.setMargin(14)
        self.code_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.code_label.setAutoFillBackground(True)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts the code on the clipboard, to paste into a password manager")
        )
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_button.setAccessibleDescription(
            self.tr("Opens the print dialog; printing to a PDF file works too")
        )
        self.copied = QLabel("", self)
        self.copied.setAccessibleName(self.tr("Copy status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_label)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_code)

    @property
    def code(self) -> str:
        return self._code

    def set_code(self, code: str) -> None:
        """Show ``code`` (an empty string clears it, and the clipboard if it holds the code)."""
        if not code:
            self.forget()
            return
        self._code = code
        self.code_label.setText(code)
        self.copied.clear()

    def copy(self) -> None:
        """Put the code on the clipboard."""
        QGuiApplication.clipboard().setText(self._code)
        self.copied.setText(self.tr("Copied. Paste it somewhere safe, then clear it from anywhere public."))

    def forget(self) -> None:
        """Drop the code from the screen, and from the clipboard if it is still there."""
        clipboard = QGuiApplication.clipboard()
        if self._code and clipboard.text() == self._code:
            clipboard.clear()
        self._code = ""
        self.code_label.clear()
        self.copied.clear()

    def print_code(self) -> None:
        """The system print dialog; “Print to file” there makes a PDF."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr(PRINT_HEADING))
        dialog = QPrintDialog(printer, self.window())
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            paint_code_page(printer, self._code)


def paint_code_page(device: object, code: str) -> None:
    """One A4/Letter page: heading, explanation, the code in big monospace type."""
    from PySide6.QtGui import QPagedPaintDevice

    assert isinstance(device, QPagedPaintDevice)
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    painter = QPainter(device)
    try:
        dpi = device.logicalDpiY()
        width = device.width()
        heading = QFont("DejaVu Sans", 16, QFont.Weight.Bold)
        body = QFont("DejaVu Sans", 11)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(20)
        mono.setBold(True)
        y = 0.0
        words = (
            (heading, QCoreApplication.translate(CONTEXT, PRINT_HEADING), 0.3),
            (body, QCoreApplication.translate(CONTEXT, PRINT_TEXT), 0.5),
            (mono, code, 0.0),
        )
        for font, text, gap in words:
            painter.setFont(font)
            rect = painter.boundingRect(QRectF(0, y, width, dpi * 4), int(Qt.TextFlag.TextWordWrap), text)
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
            y = rect.bottom() + dpi * gap
    finally:
        painter.end()
