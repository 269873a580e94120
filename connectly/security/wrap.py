"""Wrapping the data key under a passphrase or recovery code (AES-256-GCM, Argon2id or scrypt).

A wrapped key is what a passphrase or recovery slot stores: the data key encrypted with
AES-256-GCM under a key that Argon2id (new wraps) or scrypt (older slots, and builds whose
OpenSSL lacks Argon2) derives from the secret and a random per-slot salt.

Why Argon2id at 64 MiB, t=1, 2 lanes: on the project's 2-vCPU machine it costs about the
same wall time as scrypt at 32 MiB (~80–120 ms) while needing twice the memory per guess;
by the usual GPU-cost equivalences it is at least as strong as SQLCipher's default
PBKDF2-SHA512 at 256,000 rounds, which scrypt n=2**15, r=8, p=1 is not.
The associated data binds the diary id and the slot kind, so a slot copied into another
diary's file, or moved from the recovery to the passphrase place, does not open.
The KDF and its parameters are stored with each slot, so new wraps can use stronger ones while
old slots still open.

Unwrapping with the wrong secret and unwrapping tampered ciphertext are indistinguishable
to GCM, and both raise :class:`WrongKeyError`. Accidental damage (bit rot, a half-restored
file) is caught separately by a checksum over the slot and reported as damage.

``cryptography`` is imported when a key is wrapped or unwrapped, not with this module: the
keyring unlock reads the slot file on the start-up path and never needs it (PERFORMANCE.md §1).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from connectly.domain.errors import DamagedDatabaseError, WrongKeyError
from connectly.security.datakey import KEY_SIZE, DataKey

SALT_BYTES = 16
NONCE_BYTES = 12  # the GCM standard nonce; a fresh random one per wrap
TAG_BYTES = 16
MAX_SCRYPT_MEMORY = 1 << 30
"""A slot asking scrypt for more memory than this is treated as damaged, not obeyed."""


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost parameters: ``n`` (CPU/memory, a power of two), ``r`` (block size), ``p``.

    Memory use is about ``128 * r * n`` bytes; ``n=2**15, r=8`` is 32 MiB.
    """

    n: int
    r: int
    p: int

    def __post_init__(self) -> None:
        for value in (self.n, self.r, self.p):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("scrypt parameters are whole numbers.")
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError("scrypt's n is a power of two, at least 2.")
        if not (1 <= self.r <= 64 and 1 <= self.p <= 16):
            raise ValueError("scrypt's r or p is out of range.")
        if self.maxmem > MAX_SCRYPT_MEMORY:
            raise ValueError("These scrypt parameters need too much memory.")

    @property
    def maxmem(self) -> int:
        """The memory limit handed to OpenSSL: what these parameters need, plus slack."""
        return 128 * self.r * (self.n + self.p + 2) + (1 << 20)

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """Derive a 32-byte wrapping key from ``secret`` and ``salt``."""
        return hashlib.scrypt(
            secret, salt=salt, n=self.n, r=self.r, p=self.p, maxmem=self.maxmem, dklen=KEY_SIZE
        )


DEFAULT_SCRYPT = ScryptParams(n=2**15, r=8, p=1)
"""scrypt for builds without Argon2: 32 MiB, about 100–120 ms on the project's 2-vCPU machine."""

MAX_ARGON2_MEMORY_KIB = 1 << 20


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost: ``memory_kib`` of memory, ``iterations`` passes, ``lanes`` of parallelism."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        for value in (self.memory_kib, self.iterations, self.lanes):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("Argon2 parameters are whole numbers.")
        if not (8 * self.lanes <= self.memory_kib <= MAX_ARGON2_MEMORY_KIB):
            raise ValueError("Argon2's memory is out of range.")
        if not (1 <= self.iterations <= 16 and 1 <= self.lanes <= 16):
            raise ValueError("Argon2's iterations or lanes are out of range.")

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """Derive a 32-byte wrapping key from ``secret`` and ``salt``."""
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        kdf = Argon2id(
            salt=salt,
            length=KEY_SIZE,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)


KdfParams = ScryptParams | Argon2Params


@functools.cache
def _argon2_available() -> bool:
    """Whether this OpenSSL build derives Argon2id (asked once per process)."""
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\0" * 16, length=32, iterations=1, lanes=1, memory_cost=8).derive(b"probe")
    except Exception:
        return False
    return True


DEFAULT_ARGON2 = Argon2Params(memory_kib=64 * 1024, iterations=1, lanes=2)


def default_kdf() -> KdfParams:
    """What new wraps use: Argon2id where the OpenSSL build has it, else scrypt."""
    return DEFAULT_ARGON2 if _argon2_available() else DEFAULT_SCRYPT


@dataclass(frozen=True)
class WrappedKey:
    """A data key encrypted under a secret: KDF parameters, salt, nonce, ciphertext+tag."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, object]:
        """The slot's JSON form, with a checksum that tells damage from a wrong secret."""
        kdf: dict[str, object]
        if isinstance(self.params, Argon2Params):
            kdf = {
                "kdf": "argon2id",
                "m": self.params.memory_kib,
                "t": self.params.iterations,
                "p": self.params.lanes,
            }
        else:
            kdf = {"kdf": "scrypt", "n": self.params.n, "r": self.params.r, "p": self.params.p}
        body: dict[str, object] = {
            **kdf,
            "salt": _b64(self.salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        body["check"] = _checksum(body)
        return body

    @classmethod
    def from_json(cls, obj: object, *, damaged_message: str) -> WrappedKey:
        """Parse a slot; raises :class:`DamagedDatabaseError` (``damaged_message``) if it is not sound."""
        try:
            if not isinstance(obj, Mapping):
                raise ValueError("not an object")
            body = {k: v for k, v in obj.items() if k != "check"}
            if obj.get("check") != _checksum(body):
                raise ValueError("checksum")
            if body.get("cipher") != "aes-256-gcm":
                raise ValueError("unknown algorithm")
            params: KdfParams
            if body.get("kdf") == "scrypt":
                params = ScryptParams(n=body["n"], r=body["r"], p=body["p"])
            elif body.get("kdf") == "argon2id":
                params = Argon2Params(memory_kib=body["m"], iterations=body["t"], lanes=body["p"])
            else:
                raise ValueError("unknown algorithm")
            wrapped = cls(
                params=params,
                salt=_unb64(body["salt"]),
                nonce=_unb64(body["nonce"]),
                ciphertext=_unb64(body["ciphertext"]),
            )
        except (KeyError, TypeError, ValueError):
            raise DamagedDatabaseError(damaged_message) from None
        if (
            len(wrapped.salt) < SALT_BYTES
            or len(wrapped.nonce) != NONCE_BYTES
            or len(wrapped.ciphertext) != KEY_SIZE + TAG_BYTES
        ):
            raise DamagedDatabaseError(damaged_message)
        return wrapped


def wrap_key(key: DataKey, secret: bytes, *, context: bytes, params: KdfParams) -> WrappedKey:
    """Encrypt ``key`` under ``secret`` with a fresh salt and nonce; ``context`` is the AAD."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = params.derive(secret, salt)
    ciphertext = AESGCM(kek).encrypt(nonce, key.raw(), context)
    return WrappedKey(params=params, salt=salt, nonce=nonce, ciphertext=ciphertext)


def unwrap_key(wrapped: WrappedKey, secret: bytes, *, context: bytes, wrong_message: str) -> DataKey:
    """Decrypt a wrapped key; raises :class:`WrongKeyError` (``wrong_message``) on any mismatch."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = wrapped.params.derive(secret, wrapped.salt)
    try:
        raw = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, context)
    except InvalidTag:
        raise WrongKeyError(wrong_message) from None
    return DataKey.from_bytes(raw)


def passphrase_secret(text: str) -> bytes:
    """The bytes a passphrase stands for: NFC-normalised UTF-8.

    NFC makes "é" typed as one code point or as e + combining accent the same passphrase.
    Lone surrogates are kept (``surrogatepass``) so a strange paste fails as a wrong
    passphrase rather than crashing; :func:`check_new_passphrase` refuses them up front.
    """
    return unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")


def check_new_passphrase(text: str) -> str | None:
    """A plain sentence saying why ``text`` cannot become a passphrase, or None if it can."""
    if not text.strip():
        return "A passphrase cannot be empty."
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        return "The passphrase holds a character that cannot be stored; please retype it."
    return None


def _checksum(body: Mapping[str, object]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ValueError("bad base64") from None
