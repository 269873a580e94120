"""Remember where a window was and how big (Picard's geometry mixin, over the declared settings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

from connectly.ui.settings_store import GEOMETRY, Setting, UiSettings


class GeometryMixin:
    """For top-level widgets: :meth:`restore_geometry` at start, :meth:`save_geometry` on close."""

    def restore_geometry(self, settings: UiSettings, setting: Setting[str] = GEOMETRY) -> bool:
        """Put the window where it was; False (and nothing changed) when nothing usable is stored."""
        assert isinstance(self, QWidget)
        stored = settings.get(setting)
        if not stored:
            return False
        data = QByteArray.fromBase64(QByteArray(stored.encode("ascii", "ignore")))
        return bool(data.size()) and self.restoreGeometry(data)

    def save_geometry(self, settings: UiSettings, setting: Setting[str] = GEOMETRY) -> None:
        """Store the window's size and place (not its content)."""
        assert isinstance(self, QWidget)
        settings.set(setting, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
