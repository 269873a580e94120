"""Typed errors, each carrying a plain sentence the user can act on.

Every error the product raises on purpose derives from :class:`ConnectlyError`.
``user_message`` is safe to show and to log: it never contains diary text, keys
or passphrases (SECURITY.md promise 11). ``str(error)`` is the same sentence.
"""

from __future__ import annotations


class ConnectlyError(Exception):
    """Base of every error Connectly raises deliberately."""

    default_message = "Something went wrong."

    def __init__(self, message: str | None = None) -> None:
        self.user_message = message or self.default_message
        super().__init__(self.user_message)


# --- validation (bad input changes nothing) -------------------------------------------


class ValidationError(ConnectlyError, ValueError):
    """Input was refused; nothing was changed."""

    default_message = "That value is not valid."


class InvalidRatingError(ValidationError):
    """A rating was not a whole number from 0 to 10."""


class InvalidTextError(ValidationError):
    """Text held a character that cannot be stored (NUL, lone surrogate) or was too long."""


class InvalidDayError(ValidationError):
    """A day was malformed, in the future, or an end came before a start."""


class UnknownPartnerError(ValidationError):
    """A partner reference matched neither partner."""


class NotFoundError(ConnectlyError, LookupError):
    """The entry asked for does not exist (any more)."""

    default_message = "That entry no longer exists."


# --- opening the diary ------------------------------------------------------------------


class OpenError(ConnectlyError):
    """The diary could not be opened; the file was not touched."""


class NoDiaryError(OpenError):
    default_message = "There is no diary here yet. Create one with “connectly init”."


class DiaryExistsError(OpenError):
    default_message = "A diary already exists here; it was left untouched."


class KeySlotsMissingError(OpenError):
    """The key-slot file beside the database is gone; without it no secret unwraps the key."""

    default_message = (
        "The diary’s key file (keyslots.json) is missing, so the diary cannot be unlocked. "
        "Restore it from a backup; nothing was changed."
    )


class WrongKeyError(OpenError):
    default_message = "That passphrase or recovery code does not open this diary."


class KeyMissingError(OpenError):
    default_message = (
        "The diary’s key is not in the system keyring. Unlock with your passphrase or recovery code."
    )


class KeyringUnavailableError(OpenError):
    default_message = "No secure system keyring is available. Use a passphrase to protect the diary."


class KeyringLockedError(KeyringUnavailableError):
    default_message = "The system keyring is locked. Unlock it, or use your passphrase or recovery code."


class DamagedDatabaseError(OpenError):
    default_message = "The diary file is damaged. Nothing was changed; restore it from a backup."


class NotADiaryError(OpenError):
    default_message = "This file is not a Connectly diary; it was left untouched."


class NewerSchemaError(OpenError):
    default_message = (
        "This diary was saved by a newer version of Connectly. "
        "Update Connectly to open it; the file was left untouched."
    )


class InsecureDriverError(OpenError):
    default_message = (
        "The database driver does not encrypt. Connectly refuses to write plaintext; "
        "reinstall the sqlcipher3 package."
    )


class DiaryLockedError(ConnectlyError):
    """An action needed the open diary but it is locked."""

    default_message = "The diary is locked. Unlock it first."


# --- writing ----------------------------------------------------------------------------


class DiskFullError(ConnectlyError, OSError):
    default_message = (
        "The disk is full, so nothing was saved. Your entry is kept here; free some space and save again."
    )


class DiaryBusyError(ConnectlyError):
    default_message = "The diary is busy in another window. Try again in a moment."


class StorageError(ConnectlyError):
    default_message = "The diary could not be written. Nothing was changed."
