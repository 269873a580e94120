"""Open the diary for a command: keyring first, then a passphrase or recovery code."""

from __future__ import annotations

from connectly.cli.prompts import SecretPrompt
from connectly.domain.errors import (
    KeyMissingError,
    KeyringUnavailableError,
    NoDiaryError,
    WrongKeyError,
)
from connectly.services.access import KeyringAccess, diary_facts, unlock_with_keyring, unlock_with_secret
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths


def open_for_command(paths: DiaryPaths, prompt: SecretPrompt) -> OpenDiary:
    """The unlocked diary, or a typed error with a plain sentence (the file is never touched)."""
    facts = diary_facts(paths)
    if not facts.exists:
        raise NoDiaryError(f"There is no diary in {paths.data_dir} yet. Create one with “connectly init”.")
    if facts.has_keyring_slot:
        try:
            return unlock_with_keyring(paths, KeyringAccess())
        except (KeyMissingError, KeyringUnavailableError, WrongKeyError):
            pass  # the keyring lost, locked or changed the key: ask for a secret instead
    label = "Passphrase or recovery code: " if facts.has_passphrase else "Recovery code: "
    return unlock_with_secret(paths, prompt.ask(label))
