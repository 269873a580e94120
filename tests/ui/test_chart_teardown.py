"""Tearing a chart down never asks a destroyed ViewBox for its size (no error in the event loop)."""

from __future__ import annotations

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from connectly.charts.events import EventSpans, EventTitles
from connectly.charts.marks import Markers, Polyline, Segments
from connectly.charts.panes import RatingGrid
from connectly.charts.view_item import ViewItem


def _items(view: pg.ViewBox) -> list[ViewItem]:
    return [
        EventSpans(view),
        EventTitles(view),
        RatingGrid(view, (0.0, 5.0, 10.0)),
        Markers(view, "t"),
        Segments(view),
        Polyline(view),
    ]


def test_items_cover_their_view(qtbot: QtBot) -> None:
    view = pg.ViewBox()
    view.resize(300, 120)
    for item in _items(view):
        assert item.boundingRect() == QRectF(view.rect())


def test_an_item_whose_view_is_gone_has_empty_bounds(qtbot: QtBot) -> None:
    """While a chart is torn down an item can outlive its view's C++ object; Qt may still ask
    the item for its bounds then. Kept alive here by detaching it before the view goes."""
    view = pg.ViewBox()
    view.resize(300, 120)
    items = _items(view)
    for item in items:
        item.setParentItem(None)
    shiboken6.delete(view)
    for item in items:
        assert shiboken6.isValid(item)
        assert item.boundingRect() == QRectF()  # the old code raised "ViewBox already deleted"
