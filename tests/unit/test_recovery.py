"""Recovery codes: 128 random bits, readable, typed leniently, typos caught."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import SimpleNamespace

import pytest

from connectly.domain.errors import WrongKeyError
from connectly.security import recovery
from connectly.security.recovery import (
    ALPHABET,
    new_recovery_code,
    normalise_recovery_code,
    recovery_code_entropy,
)

SHAPE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}")


@pytest.fixture
def fixed_code(monkeypatch: pytest.MonkeyPatch) -> str:
    """A deterministic code (entropy 0x00..0x0f) holding both 0 and 1 symbols."""
    monkeypatch.setattr(recovery, "secrets", SimpleNamespace(token_bytes=lambda n: bytes(range(n))))
    code = new_recovery_code()
    assert "0" in code
    assert "1" in code
    return code


def test_codes_have_the_documented_shape_and_128_random_bits() -> None:
    codes = [new_recovery_code() for _ in range(200)]
    assert all(SHAPE.fullmatch(c) for c in codes)
    assert len(set(codes)) == 200
    entropies = [recovery_code_entropy(c) for c in codes]
    assert all(len(e) == 16 for e in entropies)
    # every one of the 128 bits varies across codes (none is stuck)
    stuck_on = int.from_bytes(bytes(16), "big")
    stuck_off = int.from_bytes(b"\xff" * 16, "big")
    for e in entropies:
        stuck_on |= int.from_bytes(e, "big")
        stuck_off &= int.from_bytes(e, "big")
    assert stuck_on == (1 << 128) - 1
    assert stuck_off == 0


def test_alphabet_is_crockford() -> None:
    assert ALPHABET == "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def test_canonical_code_normalises_to_itself() -> None:
    code = new_recovery_code()
    assert normalise_recovery_code(code) == code


@pytest.mark.parametrize(
    "mangle",
    [
        str.lower,
        lambda c: c.replace("-", ""),
        lambda c: c.replace("-", " "),
        lambda c: "  " + c.replace("-", "  -  ").lower() + "\n",
        lambda c: c.replace("-", "\u2010"),  # a typographic hyphen pasted from a document
        lambda c: c.replace("0", "O").replace("1", "I"),
        lambda c: c.replace("0", "o").replace("1", "l"),
        lambda c: c.replace("1", "L"),
        lambda c: c[:9] + c[9:].replace("-", ""),
    ],
)
def test_typing_variants_are_accepted(fixed_code: str, mangle: Callable[[str], str]) -> None:
    typed = mangle(fixed_code)
    assert typed != fixed_code
    assert normalise_recovery_code(typed) == fixed_code
    assert recovery_code_entropy(typed) == bytes(range(16))


def test_single_symbol_typos_and_swaps_are_caught(fixed_code: str) -> None:
    compact = fixed_code.replace("-", "")
    typos = []
    for i, symbol in enumerate(compact):
        typos += [compact[:i] + other + compact[i + 1 :] for other in ALPHABET if other != symbol]
    typos += [
        compact[:i] + compact[i + 1] + compact[i] + compact[i + 2 :]
        for i in range(len(compact) - 1)
        if compact[i] != compact[i + 1]
    ]
    messages = [_refusal(typo) for typo in typos]
    caught = [m for m in messages if m is not None]
    assert len(caught) / len(typos) > 0.99
    assert all("typo" in m for m in caught)


def _refusal(text: str) -> str | None:
    try:
        recovery_code_entropy(text)
    except WrongKeyError as error:
        return error.user_message
    return None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("", "28 letters and digits"),
        ("K7QF-3M9A", "28 letters and digits"),
        ("0" * 29, "28 letters and digits"),
        ("U" * 28, "except U"),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-234!", "except U"),
        ("ÄBCD" * 7, "except U"),
    ],
)
def test_malformed_text_gets_a_plain_sentence_that_does_not_echo_it(text: str, phrase: str) -> None:
    with pytest.raises(WrongKeyError, match=phrase) as caught:
        normalise_recovery_code(text)
    message = caught.value.user_message
    assert message.endswith(".")
    if len(text) > 4:
        assert text not in message
