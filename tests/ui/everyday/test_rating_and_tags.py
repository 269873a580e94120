"""The 0–10 rating control and the tag chips, driven by the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from connectly.domain.checkins import Measure
from connectly.domain.errors import InvalidTextError
from connectly.ui.widgets.rating import RatingControl
from connectly.ui.widgets.tags import TagPicker

Key = Qt.Key
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def rating(qtbot: QtBot) -> RatingControl:
    control = RatingControl(Measure.STRESS, "#2f7ebc")
    qtbot.addWidget(control)
    control.show()
    qtbot.waitExposed(control)
    return control


def test_rating_starts_unset_and_shows_question_and_anchors(rating: RatingControl) -> None:
    assert rating.rating() is None
    texts = [w.text() for w in rating.findChildren(type(rating._question))]
    assert "How stressed did you feel?" in texts
    assert "calm" in texts and "overwhelmed" in texts
    assert rating._number.text() == "–"


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([Key.Key_7], 7),
        ([Key.Key_0], 0),
        ([Key.Key_1, Key.Key_0], 10),
        ([Key.Key_Home], 0),
        ([Key.Key_End], 10),
        ([Key.Key_Right], 5),  # the first arrow press on an empty scale picks the middle
        ([Key.Key_3, Key.Key_Right, Key.Key_Right], 5),
        ([Key.Key_3, Key.Key_Left], 2),
        ([Key.Key_3, Key.Key_Up], 4),
        ([Key.Key_3, Key.Key_PageUp], 6),
        ([Key.Key_9, Key.Key_PageDown], 6),
        ([Key.Key_End, Key.Key_Right], 10),
        ([Key.Key_4, Key.Key_Backspace], None),
    ],
)
def test_rating_keyboard(
    qtbot: QtBot, rating: RatingControl, keys: list[Qt.Key], expected: int | None
) -> None:
    for key in keys:
        qtbot.keyClick(rating.scale, key)
    assert rating.rating() == expected
    assert rating._number.text() == ("–" if expected is None else str(expected))


def test_rating_reports_changes_and_accepts_a_value(qtbot: QtBot, rating: RatingControl) -> None:
    seen: list[object] = []
    rating.sig_rating_changed.connect(seen.append)
    qtbot.keyClick(rating.scale, Key.Key_6)
    rating.set_rating(None)
    rating.set_rating(2)
    assert seen == [6, None, 2]


def test_rating_click_picks_the_segment(qtbot: QtBot, rating: RatingControl) -> None:
    rating.resize(460, rating.sizeHint().height())
    scale = rating.scale
    segment = scale.width() / 11
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=scale.rect().topLeft() + _point(segment * 8.5, 10))
    assert rating.rating() == 8


def _point(x: float, y: float):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(int(x), int(y))


def test_rating_is_accessible_as_a_slider(rating: RatingControl, qtbot: QtBot) -> None:
    qtbot.keyClick(rating.scale, Key.Key_4)
    iface = QAccessible.queryAccessibleInterface(rating.scale)
    assert iface is not None
    assert iface.role() == QAccessible.Role.Slider
    assert iface.text(QAccessible.Text.Name) == "How stressed did you feel?"
    assert "0 means calm, 10 means overwhelmed" in iface.text(QAccessible.Text.Description)
    assert iface.valueInterface().currentValue() == 4


def test_wheel_does_not_change_a_rating(qtbot: QtBot, rating: RatingControl) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(
        QPointF(10, 10), QPointF(10, 10), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(rating.scale, event)
    assert rating.rating() is None


# -- tags -------------------------------------------------------------------------------------


@pytest.fixture
def picker(qtbot: QtBot) -> tuple[QWidget, TagPicker, list[str]]:
    added: list[str] = []

    def add_tag(text: str) -> str:
        if ";" in text:
            raise InvalidTextError("A tag cannot contain “;”.")
        added.append(text.strip().casefold())
        return text.strip().casefold()

    host = QWidget()
    picker = TagPicker(add_tag, host)
    picker.set_tags(["family", "money", "work"])
    host.resize(500, 200)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    return host, picker, added


def _button(widget: QWidget | None) -> QAbstractButton:
    assert isinstance(widget, QAbstractButton), widget
    return widget


def _focus_first_chip(qtbot: QtBot, picker: TagPicker) -> None:
    chip = picker.focus_chain()[0]
    chip.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chip)


def test_tags_arrow_keys_and_space(qtbot: QtBot, picker: tuple[QWidget, TagPicker, list[str]]) -> None:
    _, tags, _ = picker
    _focus_first_chip(qtbot, tags)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Space)
    assert tags.selected() == ("family", "work")
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Home)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Space)
    assert tags.selected() == ("work",)
    chosen = [c for c in map(_button, tags.focus_chain()[:3]) if c.text().startswith("✓")]
    assert [c.text() for c in chosen] == ["✓ work"]  # a tick, not colour alone


def test_tags_are_one_tab_stop(qtbot: QtBot, picker: tuple[QWidget, TagPicker, list[str]]) -> None:
    _, tags, _ = picker
    stops = [w for w in tags.focus_chain() if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(stops) == 1


def test_add_a_new_tag_with_the_keyboard(qtbot: QtBot, picker: tuple[QWidget, TagPicker, list[str]]) -> None:
    _, tags, added = picker
    _focus_first_chip(qtbot, tags)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_End)
    assert _button(QApplication.focusWidget()).text() == "+ tag"
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tags._entry)
    qtbot.keyClicks(tags._entry, "Garden")
    qtbot.keyClick(tags._entry, Key.Key_Return)
    assert added == ["garden"]
    assert "garden" in tags.tags()
    assert tags.selected() == ("garden",)


def test_a_refused_tag_says_why_and_keeps_the_text(
    qtbot: QtBot, picker: tuple[QWidget, TagPicker, list[str]]
) -> None:
    _, tags, added = picker
    tags._open_entry()
    qtbot.keyClicks(tags._entry, "a;b")
    qtbot.keyClick(tags._entry, Key.Key_Return)
    assert added == []
    assert tags._error.isVisible() and "cannot contain" in tags._error.text()
    assert tags._entry.text() == "a;b"
    qtbot.keyClick(tags._entry, Key.Key_Escape)
    assert not tags._entry.isVisible()
