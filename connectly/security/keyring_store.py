"""The OS keyring as a place for the data key (the everyday, no-typing way in).

The key is stored as hex under service ``app.connectly.Connectly`` and the diary id as
username. Only backends that keep secrets encrypted by the OS are trusted
(SECURITY.md fact 12): the null backend accepts a key and keeps nothing, ``keyrings.alt``
writes it in plaintext, the fail backend has nothing behind it. Every store is read back
and compared before anyone relies on it.

``keyring`` is imported inside methods: backend discovery costs ~140 ms and nothing may
run at import time (DESIGN.md §3). Reading a key names the backend the slot file recorded
it in; when that backend is on the allow-list and nothing configures keyring otherwise, it
is built directly and discovery (importing and probing every installed backend, ~0.1 s with
D-Bus round trips) is skipped (PERFORMANCE.md §2).
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable, Iterator, Set
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from connectly.domain.errors import (
    ConnectlyError,
    KeyMissingError,
    KeyringLockedError,
    KeyringUnavailableError,
    WrongKeyError,
)
from connectly.security.datakey import DataKey

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "app.connectly.Connectly"
"""The keyring service name: the app's reverse-DNS id."""

TRUSTED_BACKEND_MODULES: frozenset[str] = frozenset(
    {
        "keyring.backends.SecretService",  # GNOME Keyring, KeePassXC, … over D-Bus
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
        "keyring.backends.macOS",  # Keychain
        "keyring.backends.Windows",  # Credential Locker
    }
)
"""Modules whose backend classes keep secrets encrypted by the operating system."""

_REFUSED: tuple[tuple[Callable[[str], bool], str], ...] = (
    (
        lambda module: module == "keyring.backends.fail",
        "No system keyring was found. Use a passphrase to protect the diary.",
    ),
    (
        lambda module: module == "keyring.backends.null",
        "The system keyring is switched off, so it cannot keep the key. "
        "Use a passphrase to protect the diary.",
    ),
    (
        lambda module: module == "keyrings.alt" or module.startswith("keyrings.alt."),
        "The configured keyring stores secrets unencrypted in a file, so Connectly will not "
        "use it. Use a passphrase to protect the diary.",
    ),
)

_CHANGED = (
    "The system keyring holds a different key for this diary. Unlock with your passphrase or recovery code."
)


class KeyringStore:
    """Keeps data keys in the OS keyring, refusing backends that would not keep them safe.

    ``backend`` is injectable for tests; by default it is ``keyring.get_keyring()``,
    resolved on first use. A chainer backend is narrowed to its first trusted member so
    keys are read from and written to that backend only. ``trusted_modules`` is the
    allow-list; refused modules (fail, null, ``keyrings.alt``) stay refused whatever it says.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        trusted_modules: Set[str] = TRUSTED_BACKEND_MODULES,
    ) -> None:
        self._configured = backend
        self._trusted = frozenset(trusted_modules)
        self._resolved: tuple[Any, str | None] | None = None

    # --- what backend, and may we use it --------------------------------------------------

    @property
    def backend_name(self) -> str:
        """``module.Class`` of the backend keys go to (recorded in the slot file)."""
        backend, _ = self._resolve()
        return _qualified_name(backend)

    def is_usable(self) -> bool:
        """True if the backend is on the allow-list. Does not touch any secret."""
        return self.unusable_reason() is None

    def unusable_reason(self) -> str | None:
        """A plain sentence saying why this keyring will not be used, or None if it will."""
        _, reason = self._resolve()
        return reason

    # --- the key --------------------------------------------------------------------------

    def store(self, diary_id: str, key: DataKey) -> None:
        """Write the key, read it back and compare; raises if the keyring did not keep it."""
        backend = self._usable_backend()
        with _keyring_errors(storing=True):
            backend.set_password(SERVICE, diary_id, key.hex())
            kept = backend.get_password(SERVICE, diary_id)
        if kept is None or not hmac.compare_digest(kept, key.hex()):
            raise KeyringUnavailableError(
                "The system keyring did not keep the diary’s key. Use a passphrase to protect the diary."
            )

    def load(self, diary_id: str, *, recorded_backend: str | None = None) -> DataKey:
        """Read the key. Missing → :class:`KeyMissingError`; never creates a key.

        ``recorded_backend`` is the ``module.Class`` the key was stored with (from the slot
        file); if this store has not chosen a backend yet, that one is tried first, directly.
        """
        backend = self._usable_backend(recorded_backend)
        with _keyring_errors():
            text = backend.get_password(SERVICE, diary_id)
        if text is None:
            raise KeyMissingError()
        try:
            return DataKey.from_hex(text)
        except ValueError:
            raise WrongKeyError(_CHANGED) from None

    def delete(self, diary_id: str) -> None:
        """Remove the key; an entry that is already gone is not an error."""
        from keyring.errors import PasswordDeleteError

        backend = self._usable_backend()
        with _keyring_errors():
            try:
                backend.delete_password(SERVICE, diary_id)
            except PasswordDeleteError:
                if backend.get_password(SERVICE, diary_id) is not None:
                    raise

    # --- internals ------------------------------------------------------------------------

    def _usable_backend(self, recorded: str | None = None) -> Any:
        backend, reason = self._resolve(recorded)
        if reason is not None:
            raise KeyringUnavailableError(reason)
        return backend

    def _resolve(self, recorded: str | None = None) -> tuple[Any, str | None]:
        if self._resolved is None:
            backend = self._configured
            if backend is None and recorded is not None:
                backend = _recorded_backend(recorded, self._trusted)
            if backend is None:
                import keyring

                with _keyring_errors():
                    backend = keyring.get_keyring()
            self._resolved = self._narrow(backend)
        return self._resolved

    def _narrow(self, backend: Any) -> tuple[Any, str | None]:
        from keyring.backends.chainer import ChainerBackend

        if not isinstance(backend, ChainerBackend):
            return backend, self._refusal(backend)
        members = list(backend.backends)
        for member in members:
            if self._refusal(member) is None:
                return member, None
        reason = next((r for r in map(self._refusal, members) if r), _REFUSED[0][1])
        return backend, reason

    def _refusal(self, backend: object) -> str | None:
        for cls in type(backend).__mro__:
            for refused, reason in _REFUSED:
                if refused(cls.__module__):
                    return reason
        if type(backend).__module__ not in self._trusted:
            return (
                f"Connectly does not know the configured keyring ({_qualified_name(backend)}) "
                "as one that keeps secrets encrypted. Use a passphrase to protect the diary."
            )
        return None


def _recorded_backend(name: str, trusted: Set[str]) -> Any | None:
    """The backend ``name`` (``module.Class``) built directly, or None to let keyring discover one.

    Only for a module on the allow-list, and only when nothing else would decide: no
    ``PYTHON_KEYRING_BACKEND``, no ``keyringrc.cfg``, no backend chosen in this process yet
    (``keyring.set_keyring`` or an earlier discovery). A backend that cannot work here (its
    priority check fails, e.g. no Secret Service on the bus) also leaves it to discovery.
    """
    module_name, _, class_name = name.rpartition(".")
    if module_name not in trusted or not class_name or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    try:
        import keyring.core
        from keyring.backend import KeyringBackend
        from keyring.util import platform_

        if getattr(keyring.core, "_keyring_backend", None) is not None:
            return None
        if (platform_.config_root() / "keyringrc.cfg").exists():
            return None
        backend = keyring.core.load_keyring(name)  # imports the class and checks its priority
    except Exception:  # not importable or not viable here: discovery decides, as before
        return None
    if not isinstance(backend, KeyringBackend) or type(backend).__module__ != module_name:
        return None
    return backend


def _qualified_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


@contextmanager
def _keyring_errors(*, storing: bool = False) -> Iterator[None]:
    """Turn ``keyring``'s exceptions into Connectly's typed errors (messages carry no secret)."""
    from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError

    try:
        yield
    except KeyringLocked:
        raise KeyringLockedError() from None
    except (NoKeyringError, InitError):
        raise KeyringUnavailableError() from None
    except KeyringError:
        message = "The system keyring refused to keep the diary’s key." if storing else None
        raise KeyringUnavailableError(message) from None
    except ConnectlyError:
        raise
    except Exception as exc:
        # Backends leak their own exceptions (D-Bus errors, OS errors). The cause is kept
        # for debugging, except around a write, where it might echo what was written.
        raise KeyringUnavailableError() from (None if storing else exc)
