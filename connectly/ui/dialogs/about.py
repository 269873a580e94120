"""About Connectly: version, licence, where the data lives, and the privacy promise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from connectly import APP_NAME, __version__
from connectly.ui.dialogs.dialog_parts import describe_buttons
from connectly.ui.pages.notice import title_font

PRIVACY_PROMISE = str(
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "Connectly never uses the network. Everything you write stays on this computer, in an "
        "encrypted diary that only your keyring, your passphrase or your recovery code can open.",
    )
)
LICENCE = str(
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).",
    )
)


class AboutDialog(QDialog):
    """A short, calm page about the app (``data_dir`` None for the demo diary)."""

    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        title = QLabel(f"{APP_NAME} {__version__}", self)
        title.setFont(title_font(self.font(), 1.4))
        title.setAccessibleName(title.text())
        tagline = QLabel(
            self.tr("A private diary for couples: stress, closeness and availability, day by day."), self
        )
        privacy = QLabel(self.tr(PRIVACY_PROMISE), self)
        where = QLabel(
            self.tr("Your diary lives in: {folder}").format(folder=data_dir)
            if data_dir
            else self.tr(
                "This is the demo diary: it lives in a temporary folder and is removed when it closes."
            ),
            self,
        )
        licence = QLabel(self.tr(LICENCE), self)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        for label in (tagline, privacy, where, licence):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(label.text())
            layout.addWidget(label)
        self.where = where
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_buttons(buttons, {QDialogButtonBox.StandardButton.Close: self.tr("Close this window")})
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
