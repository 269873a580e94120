"""PySide6 6.12.0 on Python 3.11 dropped references to None until the process aborted (ECOSYSTEM.md)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen


def test_none_refcount_survives_many_painter_calls(qapp: QGuiApplication) -> None:
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("black"))
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.setPen(pen)
    after = sys.getrefcount(None)
    painter.end()
    assert before - after < 100, f"None lost {before - after} references in 1000 setPen calls"
