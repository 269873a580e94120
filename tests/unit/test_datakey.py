"""DataKey: random, hidden from repr, wipeable in place (SECURITY.md promises 11, 13)."""

from __future__ import annotations

import copy
import logging
import pickle
import re

import pytest

from connectly.domain.errors import DiaryLockedError
from connectly.security.datakey import KEY_SIZE, DataKey

KNOWN = bytes(range(0xA0, 0xA0 + KEY_SIZE))


def test_generate_gives_32_fresh_random_bytes() -> None:
    keys = {DataKey.generate().raw() for _ in range(50)}
    assert len(keys) == 50
    assert all(len(k) == KEY_SIZE for k in keys)
    assert b"\0" * KEY_SIZE not in keys


def test_hex_is_64_lowercase_digits_and_round_trips() -> None:
    key = DataKey.from_bytes(KNOWN)
    assert re.fullmatch(r"[0-9a-f]{64}", key.hex())
    assert key.hex() == KNOWN.hex()
    assert DataKey.from_hex(key.hex()) == key
    assert DataKey.from_hex(KNOWN.hex().upper()) == key


def test_repr_str_and_format_hide_the_key(caplog: pytest.LogCaptureFixture) -> None:
    key = DataKey.from_bytes(KNOWN)
    shown = [repr(key), str(key), f"{key}", f"{key!r}", f"{key}", repr([key]), repr({"k": key})]
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("test").debug("key is %s / %r", key, key)
    shown.append(caplog.text)
    assert repr(key) == "DataKey(<hidden>)"
    for text in shown:
        assert KNOWN.hex() not in text.lower()
        assert repr(KNOWN)[2:-1] not in text


def test_wipe_zeroes_the_same_buffer_in_place() -> None:
    key = DataKey.from_bytes(KNOWN)
    buffer = key._key  # the one bytearray that held the key
    key.wipe()
    assert buffer == bytearray(KEY_SIZE)
    assert key._key is buffer
    assert key.is_wiped
    assert repr(key) == "DataKey(<wiped>)"


def test_every_use_after_wipe_raises() -> None:
    key = DataKey.from_bytes(KNOWN)
    other = DataKey.from_bytes(KNOWN)
    key.wipe()
    with pytest.raises(DiaryLockedError):
        key.raw()
    with pytest.raises(DiaryLockedError):
        key.hex()
    with pytest.raises(DiaryLockedError):
        _ = key == other


def test_context_manager_wipes_on_exit_even_on_error() -> None:
    with pytest.raises(RuntimeError), DataKey.from_bytes(KNOWN) as key:
        raise RuntimeError("boom")
    assert key.is_wiped


def test_from_bytes_copies_its_input() -> None:
    source = bytearray(KNOWN)
    key = DataKey.from_bytes(source)
    source[:] = bytes(KEY_SIZE)
    assert key.raw() == KNOWN


@pytest.mark.parametrize("bad", [b"", b"\1" * 31, b"\1" * 33])
def test_from_bytes_refuses_wrong_length(bad: bytes) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        DataKey.from_bytes(bad)


@pytest.mark.parametrize("bad", ["", "ab" * 31, "zz" * 32, "0x" + "ab" * 31, "ab" * 32 + "\n"])
def test_from_hex_refuses_malformed_text_without_echoing_it(bad: str) -> None:
    with pytest.raises(ValueError, match="data key") as caught:
        DataKey.from_hex(bad)
    if bad:
        assert bad not in str(caught.value)


def test_equality_compares_contents() -> None:
    assert DataKey.from_bytes(KNOWN) == DataKey.from_bytes(KNOWN)
    assert DataKey.from_bytes(KNOWN) != DataKey.from_bytes(bytes(KEY_SIZE))
    assert DataKey.from_bytes(KNOWN) != KNOWN


def test_key_cannot_be_pickled_copied_hashed_or_bytes_converted() -> None:
    key = DataKey.from_bytes(KNOWN)
    with pytest.raises(TypeError):
        pickle.dumps(key)
    with pytest.raises(TypeError):
        copy.copy(key)
    with pytest.raises(TypeError):
        hash(key)
    with pytest.raises(TypeError):
        bytes(key)
