"""Small pieces the dialogs share: what their standard buttons do, told to screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox


def describe_buttons(
    buttons: QDialogButtonBox, descriptions: dict[QDialogButtonBox.StandardButton, str]
) -> None:
    """Give standard buttons a description of what they do here.

    Qt names them itself (in the user's language when its own catalogue is installed); what
    “Save” or “Close” means in this dialog is ours to say.
    """
    for which, description in descriptions.items():
        button = buttons.button(which)
        if button is not None:
            button.setAccessibleDescription(description)
