"""Resolve where the diary lives, once, at start-up (Picard's appdirs pattern).

``CONNECTLY_HOME`` overrides everything (tests, portable installs, a second diary); else the
platform's app-data location from QStandardPaths (``~/.local/share/Connectly`` on Linux).
"""

from __future__ import annotations

import os
from pathlib import Path

from connectly import APP_NAME

ENV_HOME = "CONNECTLY_HOME"


def data_dir() -> Path:
    """The data directory (not created here)."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser().resolve()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)
