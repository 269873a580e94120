"""What every export tab shares: asking where to save, the "not encrypted" sentence, a status line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

CONTEXT = "Export"

SavePathAsker = Callable[[QWidget, str, str, str], Path | None]
"""(parent, dialog title, suggested file name, file-type filter) → the chosen path or None."""


def deferred(owner: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback`` run on the next event-loop turn (and only while ``owner`` lives).

    Results of :func:`connectly.ui.workers.run_in_background` are handled outside the worker's
    delivery slot: resetting models or clearing combo boxes inside it could flush the pending
    deletion of the object delivering the result, which crashed the process now and then.
    """

    def later(value: Any) -> None:
        QTimer.singleShot(0, owner, lambda: callback(value))

    return later


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """The platform's save dialog, starting in the Documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested) if folder else suggested
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return Path(chosen) if chosen else None


def with_suffix(path: Path, suffix: str) -> Path:
    """Add ``suffix`` when the user typed a name without it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def not_encrypted_label(parent: QWidget, what: str) -> QLabel:
    """The plain sentence that an export is not protected like the diary is (SECURITY.md promise 19).

    ``what`` names the file in the user's language (“the PDF”).
    """
    lead = QCoreApplication.translate("Export", "Not encrypted.")
    rest = QCoreApplication.translate(
        "Export",
        "Unlike your diary, {what} is not protected: anyone who can open it can read it. "
        "Keep it somewhere private and delete it when you no longer need it.",
    ).format(what=what)
    label = QLabel(f"<b>{_escape(lead)}</b> {_escape(rest)}", parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setObjectName("notEncrypted")
    label.setContentsMargins(0, 6, 0, 0)
    label.setAccessibleName(QCoreApplication.translate("Export", "Not encrypted"))
    label.setAccessibleDescription(f"{lead} {rest}")
    return label


class StatusLine(QLabel):
    """One sentence about the last export; links to the folder of the file written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Export status"))
        self.setAccessibleDescription(
            self.tr("How the last export went; its link shows the file in its folder")
        )
        self.linkActivated.connect(self._open_folder)

    def saved(self, path: Path, detail: str = "") -> None:
        """“Saved report.pdf (6 pages) — show in folder”."""
        extra = f" ({detail})" if detail else ""
        folder = QUrl.fromLocalFile(str(path.parent)).toString()
        saved = self.tr("Saved {file}{detail}").format(
            file=f"<b>{_escape(path.name)}</b>", detail=_escape(extra)
        )
        link = _escape(self.tr("show in folder"))
        self.setText(f"{saved} — <a href='{folder}'>{link}</a>")
        self.setAccessibleDescription(self.tr("Saved {file}{detail}").format(file=path, detail=""))

    def working(self, text: str) -> None:
        self.setText(_escape(text))

    def _open_folder(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
