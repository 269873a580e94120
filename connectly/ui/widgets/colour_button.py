"""A button showing a partner's colour; clicking it opens the colour picker."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget


class ColourButton(QPushButton):
    """Shows a swatch of the colour and “Colour…”; a click lets the user choose another one."""

    sig_colour_changed = Signal(str)
    """The user chose a new colour (``#rrggbb``)."""

    def __init__(self, colour: str, what: str, parent: QWidget | None = None) -> None:
        """``what`` says whose colour it is, already in the user's language (“the first partner”)."""
        super().__init__(parent)
        self.what = what
        self._colour = QColor(colour).name()
        self.setIconSize(QSize(18, 18))
        self.setAccessibleName(self.tr("Colour for {what}").format(what=what))
        self.setToolTip(self.tr("Choose the colour for {what}").format(what=what))
        self.clicked.connect(self.choose)
        self._show()

    @property
    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        """Show ``colour`` (does not announce a change)."""
        self._colour = QColor(colour).name()
        self._show()

    def choose(self) -> None:
        """Open the colour picker and take its answer."""
        title = self.tr("Colour for {what}").format(what=self.what)
        picked = QColorDialog.getColor(QColor(self._colour), self.window(), title)
        if picked.isValid() and picked.name() != self._colour:
            self._colour = picked.name()
            self._show()
            self.sig_colour_changed.emit(self._colour)

    def _show(self) -> None:
        swatch = QPixmap(18, 18)
        swatch.fill(QColor(self._colour))
        self.setIcon(QIcon(swatch))
        self.setText(self.tr("Colour…"))
        self.setAccessibleDescription(
            self.tr("Now {colour}. Opens the colour picker.").format(colour=QColor(self._colour).name())
        )
