"""Chart styles: the screen style follows the app palette (light or dark); the print style is
black on white for the therapy report, PNG/SVG exports and paper.

Every size is in *chart pixels* (1/96 inch): fonts are pixel-sized, not point-sized, so a
chart laid out on screen keeps its proportions when it is painted onto a 300-dpi PDF (a point
size would be re-scaled by the device's DPI and break the layout, ECOSYSTEM.md). Lines are
1-px cosmetic pens (PERFORMANCE.md item 4); :mod:`connectly.charts.canvas` widens them by the
device scale when a chart is rendered for print.

Partners' colours are the couple's own choice and are passed in as :class:`PartnerLook`; on a
dark background a dark colour is lightened just enough to stay readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QPen

#: The colours used when a diary has no partners yet (same as the domain defaults).
FALLBACK_COLOURS = ("#2f7ebc", "#d9822b")


class _PartnerLike(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def colour(self) -> str: ...


@dataclass(frozen=True, slots=True)
class PartnerLook:
    """How one partner appears on the charts: the name in legends and their chosen colour."""

    name: str
    colour: str


def partner_looks(partners: Sequence[_PartnerLike]) -> tuple[PartnerLook, PartnerLook]:
    """Two looks in position order from domain ``Partner`` objects (fallbacks when missing)."""
    looks = [PartnerLook(p.name, p.colour) for p in list(partners)[:2]]
    while len(looks) < 2:
        looks.append(PartnerLook(f"Partner {len(looks) + 1}", FALLBACK_COLOURS[len(looks)]))
    return looks[0], looks[1]


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """Colours and sizes of every chart. Build one with :func:`screen_style` or :func:`print_style`.

    ``line_scale`` multiplies every pen width and marker size; rendering for print sets it to the
    device scale (e.g. 3.125 for 300 dpi) for the duration of the paint.
    """

    name: str
    dark: bool
    background: str
    foreground: str
    muted: str
    grid: str
    frame: str
    event_fill: str
    event_edge: str
    font_px: int = 12
    small_font_px: int = 11
    marker_px: float = 9.0
    dot_px: float = 5.0
    line_scale: float = 1.0
    antialias: bool = False

    def colour(self, value: str, alpha: int = 255) -> QColor:
        """A QColor from ``#rrggbb`` (or ``#aarrggbb``) with an optional alpha 0–255."""
        colour = QColor(value)
        if alpha != 255:
            colour.setAlpha(alpha)
        return colour

    def partner_colour(self, look: PartnerLook, alpha: int = 255) -> QColor:
        """The partner's colour, lightened on a dark background when it would be too dim."""
        colour = QColor(look.colour)
        if not colour.isValid():
            colour = QColor(FALLBACK_COLOURS[0])
        if self.dark and colour.lightness() < 140:
            colour = colour.lighter(100 + (140 - colour.lightness()))
        if alpha != 255:
            colour.setAlpha(alpha)
        return colour

    def pen(self, colour: QColor | str, width: float = 1.0) -> QPen:
        """A cosmetic pen ``width`` chart pixels wide (times ``line_scale``)."""
        pen = QPen(QColor(colour) if isinstance(colour, str) else colour)
        pen.setCosmetic(True)
        pen.setWidthF(width * self.line_scale)
        return pen

    def font(self, px: int | None = None, *, bold: bool = False, italic: bool = False) -> QFont:
        """The chart font at ``px`` chart pixels (default: the body size)."""
        font = QFont(QGuiApplication.font())
        font.setPixelSize(px or self.font_px)
        font.setBold(bold)
        font.setItalic(italic)
        # No "ﬁ"/"ﬂ" ligatures: in an exported PDF or SVG, chart text is searched and copied too.
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def scaled(self, line_scale: float) -> ChartStyle:
        """The same style with pens and markers scaled (for painting on a high-DPI device)."""
        return replace(self, line_scale=line_scale, antialias=True)


def _light_screen() -> ChartStyle:
    return ChartStyle(
        name="screen-light",
        dark=False,
        background="#ffffff",
        foreground="#1f2328",
        muted="#5b636e",
        grid="#e3e6ea",
        frame="#c9ced6",
        event_fill="#2a000000",
        event_edge="#66000000",
    )


def _dark_screen(background: str, foreground: str) -> ChartStyle:
    return ChartStyle(
        name="screen-dark",
        dark=True,
        background=background,
        foreground=foreground,
        muted="#a7adb5",
        grid="#3a3f46",
        frame="#4a5058",
        event_fill="#30ffffff",
        event_edge="#70ffffff",
    )


def screen_style(palette: QPalette | None = None) -> ChartStyle:
    """The on-screen style, following ``palette`` (the application palette by default).

    Charts sit on the palette's Base colour (like a document); a Base darker than mid-grey
    gives the dark variant.
    """
    pal = palette if palette is not None else QGuiApplication.palette()
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.Text)
    if base.lightness() < 128:
        return _dark_screen(base.name(), text.name())
    light = _light_screen()
    return replace(light, background=base.name(), foreground=text.name())


def print_style() -> ChartStyle:
    """Black on white for paper, PDF and image exports; slightly smaller type, antialiased."""
    return ChartStyle(
        name="print",
        dark=False,
        background="#ffffff",
        foreground="#000000",
        muted="#444444",
        grid="#dddddd",
        frame="#999999",
        event_fill="#24000000",
        event_edge="#80000000",
        font_px=11,
        small_font_px=10,
        marker_px=8.0,
        dot_px=4.5,
        antialias=True,
    )
