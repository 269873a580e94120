"""A 0–10 rating for one :class:`Measure`: the question, eleven segments, the anchor words.

Design choice — *unset until touched*. A rating nobody chose would quietly enter the
analysis as a real number (a pre-filled 5 looks like "medium stress"), and with digits a
deliberate rating costs one keystroke: ``3 Tab 7 Tab 6 Ctrl+Enter`` is a whole check-in.
So the scale starts empty and saving asks for each rating that is still open.

Keys: digits 0–9 choose that number; ``1`` then ``0`` within a moment chooses 10; arrows
step by one (the first arrow press on an empty scale picks the middle, 5); PgUp/PgDn step by
three; Home/End choose 0/10; Backspace/Delete empties the scale. The mouse wheel is left to
the page (scrolling a page must never change a rating).

The scale subclasses :class:`QSlider`, so assistive technology sees a real slider with a value.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractSlider, QHBoxLayout, QLabel, QSizePolicy, QSlider, QVBoxLayout, QWidget

from connectly.domain.checkins import RATING_MAX, RATING_MIN, Measure
from connectly.ui.display import measure_anchors, measure_question

SEGMENTS = RATING_MAX - RATING_MIN + 1
_GAP = 4
_TEN_WINDOW_S = 0.9  # "1" then "0" within this many seconds means 10
_MIDDLE = 5


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
    lum += 0.0722 * channel(background.blueF())
    return QColor("#111111") if lum > 0.4 else QColor("#ffffff")


class RatingScale(QSlider):
    """Eleven painted segments 0–10 over a horizontal slider (keyboard, value and a11y from Qt)."""

    sig_rating_changed = Signal(object)
    """The rating changed: an ``int`` 0–10, or ``None`` when emptied."""

    def __init__(self, accent: QColor | str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(RATING_MIN, RATING_MAX)
        self.setSingleStep(1)
        self.setPageStep(3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._accent = QColor(accent) if accent else QColor()
        self._is_set = False
        self._quiet = False
        self._hover: int | None = None
        self._one_typed_at: float | None = None
        self.setValue(_MIDDLE)
        self._is_set = False

    # -- the rating ------------------------------------------------------------------------

    def rating(self) -> int | None:
        """The chosen number, or ``None`` while nothing has been chosen."""
        return self.value() if self._is_set else None

    def set_rating(self, value: int | None) -> None:
        """Show ``value`` (or an empty scale for ``None``) without it counting as typed."""
        before = self.rating()
        self._quiet = True
        try:
            self.setValue(_MIDDLE if value is None else value)
        finally:
            self._quiet = False
        self._is_set = value is not None
        self.update()
        if self.rating() != before:
            self.sig_rating_changed.emit(self.rating())

    def set_accent(self, colour: QColor | str) -> None:
        self._accent = QColor(colour)
        self.update()

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        super().sliderChange(change)
        if change == QAbstractSlider.SliderChange.SliderValueChange and not self._quiet:
            self._is_set = True
            self.sig_rating_changed.emit(self.value())
            self.update()

    # -- keyboard and mouse ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            Qt.Key.Key_0 <= key <= Qt.Key.Key_9
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._type_digit(key - Qt.Key.Key_0)
            event.accept()
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_rating(None)
            event.accept()
            return
        steps = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if not self._is_set and key in (*steps, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._choose(_MIDDLE)
            event.accept()
            return
        super().keyPressEvent(event)

    def _type_digit(self, digit: int) -> None:
        now = time.monotonic()
        if digit == 0 and self._one_typed_at is not None and now - self._one_typed_at <= _TEN_WINDOW_S:
            self._one_typed_at = None
            self._choose(10)
            return
        self._one_typed_at = now if digit == 1 else None
        self._choose(digit)

    def _choose(self, value: int) -> None:
        if self._is_set and self.value() == value:
            return
        if self.value() == value:  # same number, but the scale was empty: now it counts
            self._is_set = True
            self.sig_rating_changed.emit(value)
            self.update()
        else:
            self.setValue(value)

    def _segment_at(self, x: float) -> int:
        width = self._segment_width()
        index = int(max(0.0, x - 1) // (width + _GAP))
        return max(RATING_MIN, min(RATING_MAX, index))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._choose(self._segment_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._segment_at(event.position().x())
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._choose(index)
        if index != self._hover:
            self._hover = index
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # let the page scroll; a rating changes only on purpose

    # -- painting ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(SEGMENTS * 34 + (SEGMENTS - 1) * _GAP + 2, 36)

    def minimumSizeHint(self) -> QSize:
        return QSize(SEGMENTS * 22 + (SEGMENTS - 1) * 2 + 2, 32)

    def _segment_width(self) -> float:
        return (self.width() - 2 - (SEGMENTS - 1) * _GAP) / SEGMENTS

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        enabled = self.isEnabled()
        accent = self._accent if self._accent.isValid() else pal.color(QPalette.ColorRole.Highlight)
        if not enabled:
            accent = QColor(accent)
            accent.setAlphaF(0.7)
        width = self._segment_width()
        height = self.height() - 2.0
        font = QFont(self.font())
        painter.setFont(font)
        chosen = self.rating()
        for i in range(SEGMENTS):
            rect = QRectF(1 + i * (width + _GAP), 1, width, height)
            if i == chosen:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                text = text_colour_on(accent)
            else:
                border = pal.color(QPalette.ColorRole.Mid)
                if enabled and i == self._hover:
                    border = accent
                painter.setPen(QPen(border, 1))
                painter.setBrush(pal.color(QPalette.ColorRole.Base))
                text = pal.color(
                    QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled,
                    QPalette.ColorRole.Text,
                )
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(i))
        if self.hasFocus():
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(QPointF(1, 1), QSize(self.width() - 2, self.height() - 2)), 8, 8)
        painter.end()


class RatingControl(QWidget):
    """The question, the current number, the 0–10 scale and the anchor words under both ends."""

    sig_rating_changed = Signal(object)
    """The rating changed: an ``int`` 0–10, or ``None`` when emptied."""

    def __init__(
        self, measure: Measure, accent: QColor | str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.measure = measure
        self.scale = RatingScale(accent, self)
        self._question = QLabel(measure_question(measure), self)
        self._question.setWordWrap(True)
        self._question.setBuddy(self.scale)
        self._number = QLabel(self)
        self._number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._number.setMinimumWidth(56)
        number_font = QFont(self.font())
        number_font.setPointSizeF(max(number_font.pointSizeF(), 9.0) * 1.35)
        number_font.setBold(True)
        self._number.setFont(number_font)
        low, high = measure_anchors(measure)
        self._low = QLabel(low, self)
        self._high = QLabel(high, self)
        self._high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for anchor in (self._low, self._high):
            anchor.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setFocusProxy(self.scale)
        self.scale.setAccessibleName(measure_question(measure))
        self._layout()
        self._connect_signals()
        self._show_number(None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._question, 1)
        top.addWidget(self._number)
        anchors = QHBoxLayout()
        anchors.setContentsMargins(2, 0, 2, 0)
        anchors.addWidget(self._low)
        anchors.addStretch(1)
        anchors.addWidget(self._high)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.scale)
        column.addLayout(anchors)

    def _connect_signals(self) -> None:
        self.scale.sig_rating_changed.connect(self._show_number)
        self.scale.sig_rating_changed.connect(self.sig_rating_changed)

    def rating(self) -> int | None:
        """The chosen number, or ``None`` while still open."""
        return self.scale.rating()

    def set_rating(self, value: int | None) -> None:
        self.scale.set_rating(value)

    def set_accent(self, colour: QColor | str) -> None:
        self.scale.set_accent(colour)

    def _show_number(self, value: object) -> None:
        low, high = measure_anchors(self.measure)
        unset = QPalette.ColorRole.PlaceholderText
        self._number.setForegroundRole(unset if value is None else QPalette.ColorRole.WindowText)
        if value is None:
            self._number.setText("–")
            self._number.setToolTip(self.tr("Not chosen yet"))
            state = self.tr("Not chosen yet.")
        else:
            self._number.setText(str(value))
            self._number.setToolTip(self.tr("{value} of 10").format(value=value))
            state = self.tr("{value} of 10.").format(value=value)
        self.scale.setAccessibleDescription(
            state
            + " "
            + self.tr("0 means {low}, 10 means {high}. Type a number, or use the arrow keys.").format(
                low=low, high=high
            )
        )
