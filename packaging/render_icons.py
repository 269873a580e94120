"""Render the app icon SVG to the hicolor PNG sizes (and the in-package window icon).

Run from the repository root: ``python packaging/render_icons.py``. Uses QSvgRenderer on the
offscreen platform, so it needs no display. The PNGs are committed; re-run after editing
``resources/icons/app.connectly.Connectly.svg``.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.connectly.Connectly.svg"
HICOLOR_DIR = ROOT / "resources" / "icons" / "hicolor"
PACKAGE_ICONS = ROOT / "connectly" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "app.connectly.Connectly"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def render(svg: Path, size: int, target: Path) -> None:
    """Paint the SVG into a transparent size×size image and save it as PNG."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def png_bytes(size: int) -> bytes:
    """The icon rendered at ``size`` px, as PNG file bytes."""
    target = HICOLOR_DIR.parent / f".tmp-{size}.png"
    render(SVG, size, target)
    try:
        return target.read_bytes()
    finally:
        target.unlink()


def write_ico(target: Path) -> None:
    """A Windows .ico with PNG-compressed images of every ICO size (Vista and later read these)."""
    images = [png_bytes(size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    target.write_bytes(header + entries + blobs)


def write_icns(target: Path) -> None:
    """A macOS .icns with PNG images from 16 to 1024 px (512@2x)."""
    body = b""
    for kind, size in ICNS_TYPES.items():
        data = png_bytes(size)
        body += kind + struct.pack(">I", 8 + len(data)) + data
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    """Render every size; copy the SVG and a 256 px PNG into the Python package."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = HICOLOR_DIR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(SVG, size, target)
        print(f"{target.relative_to(ROOT)}")
    PACKAGE_ICONS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, PACKAGE_ICONS / "app.svg")
    render(SVG, 256, PACKAGE_ICONS / "app-256.png")
    print(f"{(PACKAGE_ICONS / 'app.svg').relative_to(ROOT)} and app-256.png")
    write_ico(ROOT / "packaging" / "windows" / "connectly.ico")
    write_icns(ROOT / "packaging" / "macos" / "Connectly.icns")
    print("packaging/windows/connectly.ico and packaging/macos/Connectly.icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
