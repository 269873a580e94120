"""Files shipped inside the Python package: fonts, the window icon, compiled translations.

They live here (not in the repository's ``resources/``) so ``pip install`` and the PyInstaller
bundle both carry them. This module is pure paths; the Qt registration is in
:mod:`connectly.resources.qt`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

FONT_FILES = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")
"""Bundled TTFs, registered at start so a bare system still renders text."""

FONT_FAMILY = "DejaVu Sans"
"""The family the bundled TTFs provide."""

APP_ICON_SVG = "icons/app.svg"
APP_ICON_PNG = "icons/app-256.png"
TRANSLATIONS_DIR = "i18n"


def resource_path(name: str) -> Path:
    """The file ``name`` (a ``/``-separated path inside this package) on disk.

    Raises FileNotFoundError when the package was installed without it, so a broken install
    says which file is missing instead of showing empty boxes.
    """
    path = Path(str(files(__name__).joinpath(*name.split("/"))))
    if not path.exists():
        raise FileNotFoundError(f"Connectly resource missing from the installation: {name}")
    return path
