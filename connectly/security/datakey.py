"""The diary's data key: 32 random bytes that SQLCipher uses as its raw key.

The key lives in one mutable ``bytearray`` so that locking the diary can zero it in place
(SECURITY.md promise 13). Copies made by :meth:`DataKey.raw` and :meth:`DataKey.hex` are
immutable Python objects that cannot be wiped; callers keep them as briefly as possible.
"""

from __future__ import annotations

import hmac
import secrets
from types import TracebackType
from typing import NoReturn, Self

from connectly.domain.errors import DiaryLockedError

KEY_SIZE = 32
"""Bytes in a data key (AES-256, SQLCipher's raw-key size)."""


class DataKey:
    """A 256-bit data key that hides itself from ``repr`` and can be wiped.

    Why a class and not ``bytes``: a ``bytes`` key shows up in tracebacks, logs and
    debugger output, and can never be zeroed. ``DataKey`` prints as ``DataKey(<hidden>)``,
    refuses pickling, compares in constant time and raises :class:`DiaryLockedError` once
    wiped.
    """

    __slots__ = ("_key", "_wiped")

    def __init__(self, key: bytes | bytearray) -> None:
        if len(key) != KEY_SIZE:
            raise ValueError(f"A data key has {KEY_SIZE} bytes.")
        self._key = bytearray(key)
        self._wiped = False

    @classmethod
    def generate(cls) -> DataKey:
        """Create a new key from the operating system's CSPRNG."""
        return cls(secrets.token_bytes(KEY_SIZE))

    @classmethod
    def from_bytes(cls, key: bytes | bytearray) -> DataKey:
        """Wrap existing key bytes (copied); raises ``ValueError`` unless there are 32."""
        return cls(key)

    @classmethod
    def from_hex(cls, text: str) -> DataKey:
        """Parse 64 hex digits (the keyring's storage form); raises ``ValueError`` otherwise."""
        if len(text) != 2 * KEY_SIZE:
            raise ValueError(f"A data key is {2 * KEY_SIZE} hex digits.")
        try:
            return cls(bytes.fromhex(text))
        except ValueError:
            raise ValueError("A data key is written in hex digits only.") from None

    @property
    def is_wiped(self) -> bool:
        """True once :meth:`wipe` ran; every further use raises."""
        return self._wiped

    def raw(self) -> bytes:
        """The key bytes (an unwipeable copy: keep it short-lived)."""
        self._check()
        return bytes(self._key)

    def hex(self) -> str:
        """64 lowercase hex digits, for ``PRAGMA key = "x'…'"`` and the keyring."""
        self._check()
        return self._key.hex()

    def wipe(self) -> None:
        """Overwrite the key with zeros in place; the key is unusable afterwards."""
        self._key[:] = bytes(len(self._key))
        self._wiped = True

    def _check(self) -> None:
        if self._wiped:
            raise DiaryLockedError()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.wipe()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DataKey):
            return NotImplemented
        self._check()
        other._check()
        return hmac.compare_digest(self._key, other._key)

    __hash__ = None  # type: ignore[assignment]  # mutable (wipeable), so unhashable

    def __repr__(self) -> str:
        state = "wiped" if self._wiped else "hidden"
        return f"DataKey(<{state}>)"

    __str__ = __repr__

    def __format__(self, format_spec: str) -> str:
        return repr(self)

    def __reduce__(self) -> NoReturn:
        raise TypeError("A DataKey cannot be pickled; it never leaves the process.")

    def __bytes__(self) -> NoReturn:
        raise TypeError("Use DataKey.raw() to get the key bytes explicitly.")
