"""Recovery codes: 128 random bits a person can write down, read back and type.

A code is 28 Crockford base32 symbols in seven hyphenated groups of four, e.g.
``K7QF-3M9A-…``: 128 random bits plus a 12-bit checksum, so most typing slips are caught
with a clear sentence before the (deliberately slow) key derivation runs. Crockford's
alphabet leaves out I, L, O and U; when typed, O reads as 0 and I or L as 1.
"""

from __future__ import annotations

import hashlib
import secrets

from connectly.domain.errors import WrongKeyError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford base32: digits and capitals without I, L, O, U."""

ENTROPY_BYTES = 16
CHECK_BITS = 12
SYMBOLS = 28  # (128 + 12) bits / 5 bits per symbol
GROUP = 4

_DECODE = {symbol: value for value, symbol in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_SEPARATORS = str.maketrans("", "", " -\t\n\r\u00a0\u2010\u2011\u2012\u2013\u2014")
_CHECK_DOMAIN = b"connectly/recovery-code/v1"


def new_recovery_code() -> str:
    """Make a fresh recovery code from the OS CSPRNG, in its display form."""
    return _encode(secrets.token_bytes(ENTROPY_BYTES))


def normalise_recovery_code(text: str) -> str:
    """Return the canonical display form of a typed code.

    Tolerates lower case, spaces, missing or extra hyphens, and O/I/L typed for 0/1/1.
    Raises :class:`WrongKeyError` with a plain sentence when the text cannot be a
    recovery code; the message never repeats what was typed.
    """
    return _encode(recovery_code_entropy(text))


def recovery_code_entropy(text: str) -> bytes:
    """The 16 random bytes a typed code stands for (the secret the recovery slot uses)."""
    compact = text.translate(_SEPARATORS).upper()
    if len(compact) != SYMBOLS:
        raise WrongKeyError(
            f"A recovery code has {SYMBOLS} letters and digits, in {SYMBOLS // GROUP} groups "
            f"of {GROUP}. Check that none is missing or doubled."
        )
    value = 0
    for symbol in compact:
        digit = _DECODE.get(symbol)
        if digit is None:
            raise WrongKeyError(
                "A recovery code holds only digits and the letters A–Z except U. "
                "Check the code against the printed copy."
            )
        value = value << 5 | digit
    entropy = (value >> CHECK_BITS).to_bytes(ENTROPY_BYTES, "big")
    if value & ((1 << CHECK_BITS) - 1) != _checksum(entropy):
        raise WrongKeyError("That recovery code has a typo. Check each group against the printed copy.")
    return entropy


def _checksum(entropy: bytes) -> int:
    digest = hashlib.sha256(_CHECK_DOMAIN + entropy).digest()
    return int.from_bytes(digest[:2], "big") >> (16 - CHECK_BITS)


def _encode(entropy: bytes) -> str:
    value = int.from_bytes(entropy, "big") << CHECK_BITS | _checksum(entropy)
    symbols = [ALPHABET[(value >> (5 * shift)) & 31] for shift in reversed(range(SYMBOLS))]
    groups = ("".join(symbols[i : i + GROUP]) for i in range(0, SYMBOLS, GROUP))
    return "-".join(groups)
