"""Show a new recovery code once, with Copy and Print…, until the user says it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from connectly.ui.widgets.recovery_code import RecoveryCodeView


class RecoveryCodeDialog(QDialog):
    """The new code; “Done” is enabled once “I have saved my recovery code” is ticked."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        intro = QLabel(
            self.tr(
                "This code opens the diary if the passphrase or the keyring is ever lost. The old code no "
                "longer works. It is shown only now: copy it or print it, and keep it somewhere safe."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = RecoveryCodeView(self)
        self.view.set_code(code)
        self.saved = QCheckBox(self.tr("I have &saved my recovery code"), self)
        self.saved.setAccessibleName(self.tr("I have saved my recovery code"))
        self.saved.setAccessibleDescription(
            self.tr("Tick once the code is copied or printed; then Done closes")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        done = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(self.tr("Done"))
        done.setAccessibleName(self.tr("Done"))
        done.setAccessibleDescription(self.tr("Close; the code is not shown again"))
        done.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(self.saved)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.saved.toggled.connect(done.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.finished.connect(lambda _r: self.view.forget())
