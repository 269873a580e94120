"""Validation of user text (notes, names, titles, tags)."""

from __future__ import annotations

from connectly.domain.errors import InvalidTextError

NOTE_MAX_CHARS = 20_000
NAME_MAX_CHARS = 40
TITLE_MAX_CHARS = 120
TAG_MAX_CHARS = 32


def clean_text(value: str, *, what: str, max_chars: int, allow_newlines: bool = True) -> str:
    """Return ``value`` stripped, or raise :class:`InvalidTextError` with a plain sentence.

    Refuses NUL and other control characters (except newline and tab in multi-line text),
    lone surrogates (they cannot be encoded as UTF-8 and would fail at write time), and
    text longer than ``max_chars``.
    """
    if not isinstance(value, str):
        raise InvalidTextError(f"The {what} must be text.")
    text = value.strip()
    if len(text) > max_chars:
        raise InvalidTextError(f"The {what} is {len(text):,} characters long; the limit is {max_chars:,}.")
    for ch in text:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            raise InvalidTextError(f"The {what} contains a broken character (a lone surrogate).")
        if code < 0x20 or code == 0x7F:
            if allow_newlines and ch in "\n\t\r":
                continue
            raise InvalidTextError(f"The {what} contains a control character that cannot be stored.")
    return text


def clean_note(value: str | None) -> str | None:
    """A note, or ``None`` when empty."""
    if value is None:
        return None
    text = clean_text(value, what="note", max_chars=NOTE_MAX_CHARS)
    return text or None


def clean_name(value: str, *, what: str = "name") -> str:
    """A required one-line name."""
    text = clean_text(value, what=what, max_chars=NAME_MAX_CHARS, allow_newlines=False)
    if not text:
        raise InvalidTextError(f"The {what} cannot be empty.")
    return text
