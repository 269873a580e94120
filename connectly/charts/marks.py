"""Markers and link segments drawn in a pane's pixels: cheap to pan, vector paths in print.

pyqtgraph's ``ScatterPlotItem`` and ``PlotCurveItem`` recompute their bounds from all their data
on every pan frame (≈ 0.5 ms each, four of each on the timeline). These items live on the
:class:`~pyqtgraph.ViewBox` itself, so their bounds are the pane's rectangle; at paint time they
map only the points on screen through the pane's transform (one multiply-add per coordinate)
and draw them: markers are blitted from one pre-drawn sprite on screen (as pyqtgraph's scatter
does, through its ``PrimitiveArray`` helper) and drawn as vector paths while exporting — what a
PDF needs (ECOSYSTEM.md: pixmap symbols garble in print).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform

from connectly.charts.view_item import ViewItem


def _shape(symbol: str) -> QPainterPath:
    """The marker outline at size 1, centred on (0, 0), y pointing down as on screen."""
    path = QPainterPath()
    if symbol == "o":
        path.addEllipse(QPointF(0.0, 0.0), 0.5, 0.5)
    elif symbol == "s":
        path.addRect(QRectF(-0.42, -0.42, 0.84, 0.84))
    elif symbol == "d":
        path.addPolygon(QPolygonF([QPointF(0, -0.55), QPointF(0.45, 0), QPointF(0, 0.55), QPointF(-0.45, 0)]))
    else:  # "t1" pointing up (a stress spike), "t" pointing down (a closeness dip)
        tip = -0.5 if symbol == "t1" else 0.5
        base = -tip * 0.9
        path.addPolygon(QPolygonF([QPointF(-0.5, base), QPointF(0.5, base), QPointF(0.0, tip)]))
    path.closeSubpath()
    return path


def _one_per_pixel(*coordinates: np.ndarray) -> np.ndarray:
    """Indices of the first of each group of items that land on the same whole pixels."""
    key = np.zeros(coordinates[0].shape, dtype=np.int64)
    for values in coordinates:  # 13 bits per coordinate: up to 4 coordinates in one int64
        key = key * 8192 + (np.clip(np.rint(values), -1024, 7167).astype(np.int64) + 1024)
    return np.sort(np.unique(key, return_index=True)[1])


class _PaneItem(ViewItem):
    """An item covering its ViewBox in pixel coordinates, repainted with the view."""

    def _mapping(self) -> tuple[QTransform, float, float]:
        """The data → pixel transform and the visible x range in data units."""
        left, right = self._view.viewRange()[0]
        return self._view.childGroup.transform(), float(left), float(right)


class Markers(_PaneItem):
    """Markers at (x, y) points: ``"t1"`` (▲), ``"t"`` (▼), ``"o"`` (●), ``"s"`` (■) or ``"d"`` (◆).

    On screen every marker is blitted from one sprite; while exporting each is a vector path.
    The sprite is kept as a QImage: a QPixmap held by a Python object can outlive the
    QApplication and crash the process at exit (why these replace pyqtgraph's scatter item,
    whose symbol atlas is a pixmap).
    """

    def __init__(self, view: pg.ViewBox, symbol: str) -> None:
        super().__init__(view)
        self.opts: dict[str, Any] = {"symbol": symbol, "size": 9.0}
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._sorted_x = np.empty(0)
        self._sorted_y = np.empty(0)
        self._brush = QBrush(QColor("#000000"))
        self._pen = QPen(QColor("#ffffff"))
        self._pen.setCosmetic(True)
        self._sprite_cache = QImage()
        self._sprite_key: tuple[Any, ...] | None = None
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    def setData(self, x: np.ndarray, y: np.ndarray) -> None:
        """Replace the points (a copy sorted by x lets painting pick the visible ones fast)."""
        self._x = np.asarray(x, dtype=np.float64).copy()
        self._y = np.asarray(y, dtype=np.float64).copy()
        order = np.argsort(self._x, kind="stable")
        self._sorted_x, self._sorted_y = self._x[order], self._y[order]
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """The points, in the order given."""
        return self._x.copy(), self._y.copy()

    def setLook(self, size: float, brush: QBrush, pen: QPen) -> None:
        """Marker size in chart pixels, fill and outline."""
        self.opts["size"] = size
        self._brush, self._pen = brush, pen
        self.update()

    def _path(self) -> QPainterPath:
        size = float(self.opts["size"])
        return QTransform.fromScale(size, size).map(_shape(self.opts["symbol"]))

    def _sprite(self, ratio: float) -> QPixmap:
        """The marker drawn once (antialiased, at the screen's pixel ratio), for blitting."""
        size = float(self.opts["size"])
        key = (
            size,
            self.opts["symbol"],
            self._brush.color().rgba(),
            self._pen.color().rgba(),
            self._pen.widthF(),
            ratio,
        )
        if self._sprite_key != key:
            side = int(np.ceil((size + 2 * self._pen.widthF() + 2) * ratio))
            image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(self._pen)
            painter.setBrush(self._brush)
            centre = side / ratio / 2
            painter.drawPath(self._path().translated(centre, centre))
            painter.end()
            self._sprite_cache, self._sprite_key = image, key
        return QPixmap.fromImage(self._sprite_cache)

    def paint(self, p: QPainter, *args: Any) -> None:
        if self._x.size == 0:
            return
        tr, left, right = self._mapping()
        margin = (right - left) * 0.02
        lo, hi = np.searchsorted(self._sorted_x, [left - margin, right + margin])
        if hi <= lo:
            return
        px = tr.m11() * self._sorted_x[lo:hi] + tr.m31()
        py = tr.m22() * self._sorted_y[lo:hi] + tr.m32()
        if self._exportOpts is False:
            if px.size > 1000:  # decades on screen: one marker per pixel is enough
                keep = _one_per_pixel(px, py)
                px, py = px[keep], py[keep]
            self._blit(p, px, py, args[1] if len(args) > 1 else None)
            return
        # Exporting (PDF, SVG, print): every marker as a vector path.
        shape = self._path()
        path = QPainterPath()
        for x, y in zip(px.tolist(), py.tolist(), strict=True):
            path.addPath(shape.translated(x, y))
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(self._pen)
        p.setBrush(self._brush)
        p.drawPath(path)
        p.restore()

    def _blit(self, p: QPainter, px: np.ndarray, py: np.ndarray, widget: Any) -> None:
        ratio = float(widget.devicePixelRatioF()) if widget is not None else 1.0
        sprite = self._sprite(ratio)
        fragments = self._fragments
        fragments.resize(px.size)
        rows = fragments.ndarray()
        rows[:, 0] = px
        rows[:, 1] = py
        rows[:, 2:6] = (0.0, 0.0, sprite.width(), sprite.height())
        rows[:, 6:10] = (1 / ratio, 1 / ratio, 0.0, 1.0)
        p.drawPixmapFragments(*fragments.drawargs(), sprite)  # type: ignore[call-arg]


class Segments(_PaneItem):
    """Straight line segments given in data coordinates as ``[x0, x1, x0', x1', …]`` pairs."""

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__(view)
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._pen = QPen(QColor("#808080"))
        self._pen.setCosmetic(True)

    def setData(self, x: np.ndarray, y: np.ndarray) -> None:
        """Replace the segments (pairs layout, as pyqtgraph's ``connect='pairs'``)."""
        self._x = np.asarray(x, dtype=np.float64)
        self._y = np.asarray(y, dtype=np.float64)
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """The segment ends in pairs layout."""
        return self._x.copy(), self._y.copy()

    def setPen(self, pen: QPen) -> None:
        """The pen of every segment."""
        self._pen = pen
        self.update()

    def paint(self, p: QPainter, *args: Any) -> None:
        if self._x.size < 2:
            return
        tr, left, right = self._mapping()
        x0, x1 = self._x[0::2], self._x[1::2]
        keep = np.repeat((np.maximum(x0, x1) >= left) & (np.minimum(x0, x1) <= right), 2)
        if not keep.any():
            return
        ends = np.empty((int(keep.sum()) // 2, 4))
        ends[:, 0::2] = (tr.m11() * self._x[keep] + tr.m31()).reshape(-1, 2)
        ends[:, 1::2] = (tr.m22() * self._y[keep] + tr.m32()).reshape(-1, 2)
        if ends.shape[0] > 1000 and self._exportOpts is False:  # decades on screen: one line per pixel path
            ends = ends[_one_per_pixel(*ends.T)]
        p.setPen(self._pen)
        p.drawPath(
            pg.functions.arrayToQPath(ends[:, 0::2].reshape(-1), ends[:, 1::2].reshape(-1), connect="pairs")
        )


class Polyline(_PaneItem):
    """A daily series as one line: only the days on screen, never more points than pixels.

    Replaces ``PlotDataItem`` (with clip-to-view and peak downsampling) on the timeline: that
    item re-clipped, re-downsampled and re-measured its bounds through several signals on every
    pan frame. Here the visible slice is found by binary search at paint time; when there are
    more days than pixels, each pixel column keeps its lowest and highest value (peak
    downsampling, per two pixels) so spikes never vanish. Missing days (NaN) break the line
    (``connect="finite"``); a column with no value at all stays a gap.
    """

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__(view)
        self.opts: dict[str, Any] = {"connect": "finite"}
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._pen = QPen(QColor("#000000"))
        self._pen.setCosmetic(True)

    def setData(self, x: np.ndarray, y: np.ndarray) -> None:
        """Replace the line (``x`` ascending)."""
        self._x = np.asarray(x, dtype=np.float64)
        self._y = np.asarray(y, dtype=np.float64)
        self.update()

    def getOriginalDataset(self) -> tuple[np.ndarray, np.ndarray]:
        """Every day given to :meth:`setData`."""
        return self._x.copy(), self._y.copy()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """The points drawn for the current view (visible slice, downsampled if needed)."""
        _tr, left, right = self._mapping()
        return self._visible(left, right)

    def setPen(self, pen: QPen) -> None:
        """The line's pen."""
        self._pen = pen
        self.opts["pen"] = pen
        self.update()

    def _visible(self, left: float, right: float) -> tuple[np.ndarray, np.ndarray]:
        lo, hi = np.searchsorted(self._x, [left, right])
        lo, hi = max(int(lo) - 1, 0), min(int(hi) + 1, self._x.size)
        xs, ys = self._x[lo:hi], self._y[lo:hi]
        columns = max(int(self._view.width()) // 2, 1)  # a peak pair per 2 px keeps every spike visible
        per = xs.size // columns
        if per < 2:
            return xs, ys
        m = xs.size // per
        block = ys[: m * per].reshape(m, per)
        peaks = np.empty((m, 2))
        peaks[:, 0] = np.fmin.reduce(block, axis=1)  # fmin/fmax skip NaN unless all are NaN
        peaks[:, 1] = np.fmax.reduce(block, axis=1)
        return np.repeat(xs[: m * per : per], 2), peaks.reshape(-1)

    def paint(self, p: QPainter, *args: Any) -> None:
        if self._x.size < 2:
            return
        tr, left, right = self._mapping()
        xs, ys = self._visible(left, right)
        if xs.size < 2:
            return
        path = pg.functions.arrayToQPath(tr.m11() * xs + tr.m31(), tr.m22() * ys + tr.m32(), connect="finite")
        p.setPen(self._pen)
        p.drawPath(path)
