"""What every chart builder shares: a pyqtgraph layout, a style, and painting without a window.

A builder owns one :class:`pyqtgraph.GraphicsLayout`. On screen it becomes the central item of
a ``pg.GraphicsView`` (or is added to a ``GraphicsLayoutWidget``); for a PDF, PNG or SVG it is
painted with :meth:`Chart.render` onto any QPainter — no window, no widget. The layout is laid
out at the target's size in chart pixels (1/96 inch) and the painter is scaled to the device,
so a 300-dpi PDF gets the same picture as the screen, only sharper: pens are widened by the
scale, scatter symbols are drawn as vector paths (pyqtgraph's export mode; its pixmap atlas
comes out garbled in PDF, ECOSYSTEM.md), fonts are pixel-sized.
"""

from __future__ import annotations

import atexit
import weakref
from typing import Any

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView

from connectly.charts.style import ChartStyle, screen_style

#: Chart pixels per inch: a chart laid out at 96 dpi keeps its proportions on any device.
CHART_DPI = 96.0


def _descendants(item: QGraphicsItem) -> list[QGraphicsItem]:
    found: list[QGraphicsItem] = []
    stack = [item]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(current.childItems())
    return found


_live: weakref.WeakSet[Chart] = weakref.WeakSet()
_exit_hook: list[bool] = []


def _dispose_all() -> None:
    """At exit, before PySide tears the QApplication down: delete what charts still hold.

    PySide's own exit clean-up deletes leftover scenes after Python has started to finalise;
    their items then call Python overrides mid-destruction and the process segfaults. This
    hook is registered after PySide's, so it runs first.
    """
    for chart in list(_live):
        chart.dispose()


class Chart:
    """Base of the chart builders: ``layout``, ``style``, :meth:`render`, :meth:`to_image`.

    Subclasses build their items once in ``__init__`` and implement :meth:`apply_style`, which
    must (re)apply every pen, brush and font from ``self.style`` without recreating items.
    """

    def __init__(self, style: ChartStyle | None = None) -> None:
        self.style = style or screen_style()
        self.layout = pg.GraphicsLayout()
        self.layout.setContentsMargins(6, 6, 14, 6)
        self._borrowed: tuple[pg.GraphicsScene, QGraphicsView] | None = None
        self._scene: pg.GraphicsScene | None = None
        _live.add(self)
        if not _exit_hook:
            atexit.register(_dispose_all)
            _exit_hook.append(True)

    def dispose(self) -> None:
        """Delete the chart's scene and items now (safe to call twice).

        A chart shown in a view belongs to that view's scene and is left alone. Off-screen
        charts (exports) may call this when done; any left at exit are disposed automatically.
        """
        if self._scene is not None and shiboken6.isValid(self._scene):
            shiboken6.delete(self._scene)  # deletes the layout and every item with it
        elif shiboken6.isValid(self.layout) and self.layout.scene() is None:
            shiboken6.delete(self.layout)
        self._scene = None
        _live.discard(self)

    def apply_style(self, style: ChartStyle) -> None:
        """Switch to ``style`` (screen ↔ dark ↔ print), keeping the data and the view range."""
        raise NotImplementedError

    def _before_render(self) -> None:
        """Hook: bring geometry that depends on pixel sizes up to date before a paint."""

    def render(self, painter: QPainter, target: QRectF, *, scale: float | None = None) -> None:
        """Paint the chart into ``target`` (painter coordinates) on any paint device.

        ``scale`` is device pixels per chart pixel; by default the device's DPI over 96 (1 for a
        screen image, 3.125 for a 300-dpi ``QPdfWriter``). The chart is laid out at
        ``target / scale`` chart pixels, so text keeps its size on paper.
        """
        device = painter.device()
        if scale is None:
            scale = (device.logicalDpiX() / CHART_DPI) if device is not None else 1.0
        scale = max(float(scale), 0.01)
        width, height = target.width() / scale, target.height() / scale
        borrowed = self._borrow_scene()
        scene = self.layout.scene()
        old_geometry = self.layout.geometry()
        old_style = self.style
        self.apply_style(old_style.scaled(scale) if scale != 1.0 else old_style)
        try:
            for _ in range(3):  # wrapping captions change their height once; settle the layout
                self.layout.setGeometry(QRectF(old_geometry.left(), old_geometry.top(), width, height))
                self.layout.layout.activate()
            self._before_render()
            items = _descendants(self.layout)
            cached = [
                (item, item.cacheMode())
                for item in items
                if item.cacheMode() != QGraphicsItem.CacheMode.NoCache
            ]
            for item, _mode in cached:  # a cached item would land in a PDF as a bitmap
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            options: dict[str, Any] = {
                "antialias": True,
                "background": QColor(self.style.background),
                "painter": painter,
                "resolutionScale": scale,
            }
            for item in items:
                if hasattr(item, "setExportMode"):
                    item.setExportMode(True, options)
            try:
                painter.save()
                painter.fillRect(target, QColor(self.style.background))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
                scene.render(painter, target, self.layout.sceneBoundingRect())
                painter.restore()
            finally:
                for item in items:
                    if hasattr(item, "setExportMode"):
                        item.setExportMode(False)
                for item, mode in cached:
                    item.setCacheMode(mode)
        finally:
            self.apply_style(old_style)
            if borrowed is None:  # on screen: give the view its geometry back
                self.layout.setGeometry(old_geometry)
                self.layout.layout.activate()
                self._before_render()
            else:  # off screen: keep the last size (a collapsed layout would shrink the axes)
                self._borrowed = None  # the hidden view goes now; the scene stays with the chart

    def _borrow_scene(self) -> tuple[pg.GraphicsScene, QGraphicsView] | None:
        """A scene and a hidden view for the length of one render, when the chart has none.

        pyqtgraph items size markers, clip curves and lay out ticks through their view's device
        transform, so a scene without any view paints nonsense; a never-shown, untransformed
        QGraphicsView gives them a 1:1 pixel mapping without opening a window. The view is
        dropped right after the render (a QWidget kept in an attribute could outlive the
        QApplication); the scene stays with the chart. A chart on screen keeps its own scene.
        """
        if self.layout.scene() is not None and self.layout.scene().views():
            return None
        if self.layout.scene() is None:
            self._scene = pg.GraphicsScene()
            self._scene.addItem(self.layout)
        scene = self.layout.scene()
        view = QGraphicsView(scene)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for item in _descendants(self.layout):  # items cache their view: forget the last, dead one
            if hasattr(item, "forgetViewWidget"):
                item.forgetViewWidget()
        self._borrowed = (scene, view)
        return self._borrowed

    def to_image(self, width: int, height: int, *, scale: float = 1.0) -> QImage:
        """The chart as a ``width`` × ``height`` pixel image (``scale`` > 1 for a sharper export)."""
        image = QImage(QSize(int(width), int(height)), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self.style.background))
        painter = QPainter(image)
        try:
            self.render(painter, QRectF(0, 0, width, height), scale=scale)
        finally:
            painter.end()
        return image

    def to_png(self, width: int, height: int, *, scale: float = 1.0) -> bytes:
        """PNG bytes of :meth:`to_image` (for a chart.png export)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image(width, height, scale=scale).save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    def to_svg(self, width: int, height: int, *, title: str = "") -> bytes:
        """SVG bytes of the chart at ``width`` × ``height`` chart pixels (vector, for chart.svg)."""
        from PySide6.QtSvg import QSvgGenerator

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(int(width), int(height)))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setResolution(int(CHART_DPI))
        if title:
            generator.setTitle(title)
        painter = QPainter(generator)
        try:
            self.render(painter, QRectF(0, 0, width, height), scale=1.0)
        finally:
            painter.end()
        buffer.close()
        return bytes(data.data())
