"""Keyring backends for tests: one for each way a real keyring lets the diary down.

Each subclasses ``keyring.backend.KeyringBackend`` (so it is a real backend as far as
``keyring`` is concerned) with priority -1, so ``keyring``'s own discovery never prefers
one of them over the machine's real backend. Pass them to ``KeyringStore(backend, …)``;
:func:`trusting` builds a store that trusts this module as it trusts the OS backends.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError, PasswordSetError

from connectly.security.keyring_store import SERVICE, TRUSTED_BACKEND_MODULES, KeyringStore


class MemoryKeyring(KeyringBackend):
    """A working keyring that keeps entries in a dict (``entries[(service, user)]``)."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password")

    def key_hex(self, diary_id: str) -> str | None:
        """What this keyring holds for a diary, as the store wrote it."""
        return self.entries.get((SERVICE, diary_id))


class ForgetfulKeyring(MemoryKeyring):
    """Accepts every write and keeps nothing, like ``keyring.backends.null`` (fact 12)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


class PlaintextFileKeyring(MemoryKeyring):
    """Stands in for ``keyrings.alt``'s plaintext file backend (it must be refused)."""

    __module__ = "keyrings.alt.file"


class LockedKeyring(MemoryKeyring):
    """A keyring whose collection is locked: every access raises ``KeyringLocked``."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class BrokenKeyring(MemoryKeyring):
    """A backend that cannot start (``InitError``), e.g. the D-Bus service went away."""

    def get_password(self, service: str, username: str) -> str | None:
        raise InitError("Failed to create the collection")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise InitError("Failed to create the collection")


class LeakyRefusingKeyring(MemoryKeyring):
    """Refuses writes with an error that repeats the secret, as a careless backend might."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"could not store {password!r}")


class ForeignErrorKeyring(MemoryKeyring):
    """Leaks a non-keyring exception, as D-Bus based backends sometimes do."""

    def get_password(self, service: str, username: str) -> str | None:
        raise ConnectionError("org.freedesktop.DBus.Error.NoReply")


class ChainerOf(ChainerBackend):
    """keyring's chainer over a fixed list of members (the real one discovers them)."""

    priority = -1  # type: ignore[assignment]
    backends = property(lambda self: self._members)  # type: ignore[assignment]

    def __init__(self, *members: KeyringBackend) -> None:
        super().__init__()
        self._members = list(members)


def trusting(backend: KeyringBackend) -> KeyringStore:
    """A store over ``backend`` that trusts this module's fakes like the OS keyrings."""
    return KeyringStore(backend, trusted_modules=TRUSTED_BACKEND_MODULES | {__name__})
