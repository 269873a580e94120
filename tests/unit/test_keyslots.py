"""KeySlots: the slot file beside the database (DESIGN.md §5; promises 1, 6, 9, 11, 12)."""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectly.domain.errors import (
    DamagedDatabaseError,
    DiaryExistsError,
    DiaryLockedError,
    DiskFullError,
    KeyMissingError,
    KeyringLockedError,
    KeyringUnavailableError,
    KeySlotsMissingError,
    NewerSchemaError,
    NotADiaryError,
    StorageError,
    ValidationError,
    WrongKeyError,
)
from connectly.security import recovery
from connectly.security.datakey import DataKey
from connectly.security.keyring_store import SERVICE, KeyringStore
from connectly.security.keyslots import KeySlots
from connectly.security.recovery import recovery_code_entropy
from connectly.security.wrap import DEFAULT_ARGON2, DEFAULT_SCRYPT, ScryptParams
from tests.keyring_fakes import ForgetfulKeyring, LockedKeyring, MemoryKeyring, PlaintextFileKeyring, trusting

FAST = ScryptParams(n=2**8, r=8, p=1)  # tests only: the real default costs ~100 ms per wrap
PASS = "correct horse battery staple"


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def path(tmp_path: Path, umask_022: None) -> Path:
    return tmp_path / "keyslots.json"


@pytest.fixture
def key() -> DataKey:
    return DataKey.generate()


def create(
    path: Path, key: DataKey, *, passphrase: str | None = PASS, store: KeyringStore | None = None
) -> tuple[KeySlots, str]:
    return KeySlots.create(path, key, passphrase=passphrase, keyring_store=store, wrap_params=FAST)


def load(path: Path) -> KeySlots:
    return KeySlots.load(path, wrap_params=FAST)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reseal(slot: dict[str, Any]) -> None:
    """Recompute a slot's checksum, as someone editing the file on purpose would."""
    body = {k: v for k, v in slot.items() if k != "check"}
    slot["check"] = hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()[:16]


def edit(path: Path, change: Any) -> None:
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))


# --- creating -------------------------------------------------------------------------------


def test_create_writes_a_0600_file_under_umask_022_and_no_temp_files(path: Path, key: DataKey) -> None:
    create(path, key)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["keyslots.json"]


def test_passphrase_and_recovery_code_both_open_the_created_file(path: Path, key: DataKey) -> None:
    slots, code = create(path, key)
    reloaded = load(path)
    assert reloaded.diary_id == slots.diary_id
    assert reloaded.has_passphrase
    assert not reloaded.has_keyring
    assert reloaded.unlock_with_passphrase(PASS) == key
    assert reloaded.unlock_with_recovery_code(code) == key
    assert reloaded.unlock_with_recovery_code(code.lower().replace("-", " ")) == key


def test_diary_ids_are_fresh_uuid4_hex(tmp_path: Path, key: DataKey) -> None:
    ids = {create(tmp_path / f"{i}.json", key)[0].diary_id for i in range(5)}
    assert len(ids) == 5
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_no_key_passphrase_or_recovery_code_bytes_appear_in_the_file(path: Path, key: DataKey) -> None:
    store = trusting(MemoryKeyring())
    _, code = create(path, key, store=store)
    data = path.read_bytes()
    entropy = recovery_code_entropy(code)
    forbidden = {
        "key raw": key.raw(),
        "key hex": key.hex().encode(),
        "key HEX": key.hex().upper().encode(),
        "key b64": base64.b64encode(key.raw()),
        "key b32": base64.b32encode(key.raw()).rstrip(b"="),
        "passphrase": PASS.encode(),
        "passphrase utf16": PASS.encode("utf-16-le"),
        "code": code.encode(),
        "code compact": code.replace("-", "").encode(),
        "code entropy": entropy,
        "code entropy hex": entropy.hex().encode(),
        "code entropy b64": base64.b64encode(entropy),
    }
    for name, needle in forbidden.items():
        assert needle not in data, name
    for i in range(0, 32 - 8 + 1):  # not even an 8-byte window of the key
        assert key.raw()[i : i + 8] not in data


def test_create_refuses_an_existing_file_and_leaves_it_untouched(path: Path, key: DataKey) -> None:
    path.write_text("someone's file")
    with pytest.raises(DiaryExistsError):
        create(path, key)
    assert path.read_text() == "someone's file"


def test_create_refuses_without_an_everyday_way_in(path: Path, key: DataKey) -> None:
    with pytest.raises(ValidationError, match="passphrase"):
        create(path, key, passphrase=None, store=None)
    assert not path.exists()


@pytest.mark.parametrize("bad", ["", "   ", "\ud800abc"])
def test_create_refuses_an_unusable_passphrase(path: Path, key: DataKey, bad: str) -> None:
    with pytest.raises(ValidationError):
        create(path, key, passphrase=bad)
    assert not path.exists()


def test_create_with_an_untrusted_keyring_writes_nothing(path: Path, key: DataKey) -> None:
    plaintext = PlaintextFileKeyring()
    with pytest.raises(KeyringUnavailableError, match="unencrypted"):
        create(path, key, store=KeyringStore(plaintext))
    assert not path.exists()
    assert plaintext.entries == {}


def test_create_with_a_keyring_that_keeps_nothing_writes_nothing(path: Path, key: DataKey) -> None:
    with pytest.raises(KeyringUnavailableError):
        create(path, key, passphrase=None, store=trusting(ForgetfulKeyring()))
    assert not path.exists()


def test_create_with_a_wiped_key_refuses(path: Path, key: DataKey) -> None:
    key.wipe()
    with pytest.raises(DiaryLockedError):
        create(path, key)
    assert not path.exists()


def test_create_that_fails_to_write_removes_the_keyring_entry(
    path: Path, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = MemoryKeyring()
    monkeypatch.setattr(os, "fsync", _raise(OSError(errno.EIO, "I/O error")))
    with pytest.raises(StorageError):
        create(path, key, store=trusting(backend))
    assert backend.entries == {}
    assert list(path.parent.iterdir()) == []


# --- unlocking ------------------------------------------------------------------------------


def test_wrong_passphrase_is_refused_and_the_file_is_unchanged(path: Path, key: DataKey) -> None:
    create(path, key)
    before, mtime = digest(path), path.stat().st_mtime_ns
    slots = load(path)
    for wrong in ["correct horse battery stapl", PASS.upper(), PASS + " ", ""]:
        with pytest.raises(WrongKeyError, match="passphrase does not open"):
            slots.unlock_with_passphrase(wrong)
    assert digest(path) == before
    assert path.stat().st_mtime_ns == mtime


def test_passphrase_is_unicode_normalised(path: Path, key: DataKey) -> None:
    create(path, key, passphrase="caf\u00e9 au lait")
    assert load(path).unlock_with_passphrase("cafe\u0301 au lait") == key


def test_wrong_or_malformed_recovery_code_is_refused_and_the_file_is_unchanged(
    path: Path, key: DataKey
) -> None:
    create(path, key)
    _, other_code = create(path.with_name("other.json"), key)
    before = digest(path)
    slots = load(path)
    with pytest.raises(WrongKeyError, match="recovery code does not open"):
        slots.unlock_with_recovery_code(other_code)
    with pytest.raises(WrongKeyError, match="28 letters"):
        slots.unlock_with_recovery_code("K7QF-3M9A")
    assert digest(path) == before


def test_unlocking_without_a_passphrase_slot_says_so(path: Path, key: DataKey) -> None:
    create(path, key, passphrase=None, store=trusting(MemoryKeyring()))
    with pytest.raises(WrongKeyError, match="no passphrase"):
        load(path).unlock_with_passphrase(PASS)


def test_tampered_ciphertext_with_a_recomputed_checksum_is_refused(path: Path, key: DataKey) -> None:
    _, code = create(path, key)

    def flip(doc: dict[str, Any]) -> None:
        slot = doc["slots"]["passphrase"]
        raw = bytearray(base64.b64decode(slot["ciphertext"]))
        raw[3] ^= 0x01
        slot["ciphertext"] = base64.b64encode(bytes(raw)).decode()
        reseal(slot)

    edit(path, flip)
    slots = load(path)
    with pytest.raises(WrongKeyError):
        slots.unlock_with_passphrase(PASS)
    assert slots.unlock_with_recovery_code(code) == key


@pytest.mark.parametrize("field", ["ciphertext", "salt", "nonce", "n"])
def test_a_damaged_slot_is_reported_as_damage_and_other_slots_still_open(
    path: Path, key: DataKey, field: str
) -> None:
    _, code = create(path, key)

    def damage(doc: dict[str, Any]) -> None:
        slot = doc["slots"]["passphrase"]
        if field == "n":
            slot[field] *= 2
            return
        value = slot[field]
        # Always a different first character: a random value may already start with "A".
        slot[field] = ("B" if value[0] == "A" else "A") + value[1:]

    edit(path, damage)
    slots = load(path)
    with pytest.raises(DamagedDatabaseError, match="passphrase slot"):
        slots.unlock_with_passphrase(PASS)
    assert slots.unlock_with_recovery_code(code) == key


def test_a_slot_moved_to_another_diary_does_not_open_it(tmp_path: Path, key: DataKey) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    create(first, key, passphrase="first")
    create(second, key, passphrase="second")
    moved = json.loads(first.read_text())["slots"]["passphrase"]
    edit(second, lambda doc: doc["slots"].__setitem__("passphrase", moved))
    with pytest.raises(WrongKeyError):
        load(second).unlock_with_passphrase("first")


def test_a_slot_moved_to_the_other_kind_does_not_open(path: Path, key: DataKey) -> None:
    passphrase = "sixteen chars ok"  # its UTF-8 bytes can also be written as a recovery code
    code = recovery._encode(passphrase.encode())
    create(path, key, passphrase=passphrase)
    assert load(path).unlock_with_passphrase(passphrase) == key
    moved = json.loads(path.read_text())["slots"]["passphrase"]
    edit(path, lambda doc: doc["slots"].__setitem__("recovery", moved))
    with pytest.raises(WrongKeyError):  # same secret, same bytes: only the slot kind differs
        load(path).unlock_with_recovery_code(code)


# --- keyring slot ---------------------------------------------------------------------------


def test_keyring_slot_records_backend_service_and_diary_id_but_not_the_key(path: Path, key: DataKey) -> None:
    backend = MemoryKeyring()
    slots, _ = create(path, key, passphrase=None, store=trusting(backend))
    record = json.loads(path.read_text())["slots"]["keyring"]
    assert record == {
        "backend": "tests.keyring_fakes.MemoryKeyring",
        "service": SERVICE,
        "username": slots.diary_id,
    }
    assert backend.key_hex(slots.diary_id) == key.hex()
    reloaded = load(path)
    assert reloaded.has_keyring
    assert not reloaded.has_passphrase
    assert reloaded.keyring_backend_name == "tests.keyring_fakes.MemoryKeyring"
    assert reloaded.unlock_with_keyring(trusting(backend)) == key


def test_missing_keyring_entry_is_key_missing_never_a_new_key(path: Path, key: DataKey) -> None:
    backend = MemoryKeyring()
    _, code = create(path, key, store=trusting(backend))
    backend.entries.clear()
    before = digest(path)
    with pytest.raises(KeyMissingError):
        load(path).unlock_with_keyring(trusting(backend))
    assert backend.entries == {}
    assert digest(path) == before
    assert load(path).unlock_with_recovery_code(code) == key


def test_a_changed_keyring_entry_is_refused(path: Path, key: DataKey) -> None:
    backend = MemoryKeyring()
    slots, _ = create(path, key, store=trusting(backend))
    backend.entries[(SERVICE, slots.diary_id)] = DataKey.generate().hex()
    with pytest.raises(WrongKeyError, match="different key"):
        load(path).unlock_with_keyring(trusting(backend))
    assert load(path).unlock_with_passphrase(PASS) == key


def test_locked_keyring_is_reported_as_locked(path: Path, key: DataKey) -> None:
    create(path, key, store=trusting(MemoryKeyring()))
    with pytest.raises(KeyringLockedError):
        load(path).unlock_with_keyring(trusting(LockedKeyring()))


def test_keyring_now_plaintext_is_refused_at_unlock(path: Path, key: DataKey) -> None:
    create(path, key, store=trusting(MemoryKeyring()))
    with pytest.raises(KeyringUnavailableError):
        load(path).unlock_with_keyring(KeyringStore(PlaintextFileKeyring()))


def test_unlock_with_keyring_without_a_keyring_slot_is_key_missing(path: Path, key: DataKey) -> None:
    backend = MemoryKeyring()
    create(path, key)
    with pytest.raises(KeyMissingError):
        load(path).unlock_with_keyring(trusting(backend))
    assert backend.entries == {}


def test_enable_then_disable_keyring(path: Path, key: DataKey) -> None:
    backend = MemoryKeyring()
    slots, _ = create(path, key)
    slots.enable_keyring(key, trusting(backend))
    assert load(path).has_keyring
    assert load(path).unlock_with_keyring(trusting(backend)) == key
    slots.disable_keyring(trusting(backend))
    assert backend.entries == {}
    assert not load(path).has_keyring
    assert load(path).unlock_with_passphrase(PASS) == key


def test_enable_keyring_with_an_untrusted_backend_changes_nothing(path: Path, key: DataKey) -> None:
    slots, _ = create(path, key)
    before = digest(path)
    with pytest.raises(KeyringUnavailableError):
        slots.enable_keyring(key, KeyringStore(PlaintextFileKeyring()))
    assert digest(path) == before
    assert not slots.has_keyring


def test_enable_keyring_that_fails_to_write_removes_the_entry(
    path: Path, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = MemoryKeyring()
    slots, _ = create(path, key)
    before = digest(path)
    monkeypatch.setattr(os, "replace", _raise(OSError(errno.EACCES, "denied")))
    with pytest.raises(StorageError):
        slots.enable_keyring(key, trusting(backend))
    assert backend.entries == {}
    assert digest(path) == before
    assert not slots.has_keyring


def test_disable_keyring_needs_a_passphrase(path: Path, key: DataKey) -> None:
    backend = MemoryKeyring()
    slots, _ = create(path, key, passphrase=None, store=trusting(backend))
    with pytest.raises(ValidationError, match="passphrase"):
        slots.disable_keyring(trusting(backend))
    assert backend.key_hex(slots.diary_id) == key.hex()
    assert load(path).has_keyring


# --- changing the passphrase and the recovery code ------------------------------------------


def test_changing_the_passphrase_rewraps_and_the_recovery_code_keeps_working(
    path: Path, key: DataKey
) -> None:
    slots, code = create(path, key)
    recovery_before = json.loads(path.read_text())["slots"]["recovery"]
    slots.set_passphrase(key, "a new passphrase")
    reloaded = load(path)
    with pytest.raises(WrongKeyError):
        reloaded.unlock_with_passphrase(PASS)
    assert reloaded.unlock_with_passphrase("a new passphrase") == key
    assert reloaded.unlock_with_recovery_code(code) == key
    assert json.loads(path.read_text())["slots"]["recovery"] == recovery_before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_rewrite_makes_a_loosened_file_0600_again(path: Path, key: DataKey) -> None:
    slots, _ = create(path, key)
    path.chmod(0o644)
    slots.set_passphrase(key, "another one")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_set_passphrase_refuses_a_key_of_another_diary(path: Path, key: DataKey) -> None:
    slots, _ = create(path, key)
    before = digest(path)
    with pytest.raises(WrongKeyError, match="does not belong"):
        slots.set_passphrase(DataKey.generate(), "stolen")
    assert digest(path) == before


def test_set_passphrase_refuses_an_empty_one(path: Path, key: DataKey) -> None:
    slots, _ = create(path, key)
    before = digest(path)
    with pytest.raises(ValidationError, match="empty"):
        slots.set_passphrase(key, "")
    assert digest(path) == before


@pytest.mark.parametrize(
    ("target", "error", "raised"),
    [
        ("replace", OSError(errno.EACCES, "denied"), StorageError),
        ("fsync", OSError(errno.EIO, "I/O error"), StorageError),
        ("write", OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
    ],
)
def test_a_failed_write_leaves_file_object_and_directory_as_they_were(
    path: Path,
    key: DataKey,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    error: OSError,
    raised: type[Exception],
) -> None:
    slots, _ = create(path, key)
    before = digest(path)
    monkeypatch.setattr(os, target, _raise(error))
    with pytest.raises(raised):
        slots.set_passphrase(key, "never written")
    monkeypatch.undo()
    assert digest(path) == before
    assert [p.name for p in path.parent.iterdir()] == ["keyslots.json"]
    assert slots.unlock_with_passphrase(PASS) == key
    assert load(path).unlock_with_passphrase(PASS) == key


def test_temp_files_left_by_a_killed_writer_are_removed_on_the_next_write(path: Path, key: DataKey) -> None:
    slots, _ = create(path, key)
    stale = path.with_name(".keyslots.json.0123456789abcdef.tmp")
    stale.write_text("a wrap under an old passphrase")
    unrelated = path.with_name("diary.db")
    unrelated.write_text("x")
    slots.set_passphrase(key, "newer")
    assert not stale.exists()
    assert unrelated.exists()


def test_remove_passphrase_needs_the_keyring(path: Path, key: DataKey) -> None:
    slots, _ = create(path, key)
    with pytest.raises(ValidationError):
        slots.remove_passphrase(key)
    assert load(path).has_passphrase


def test_remove_passphrase_with_keyring(path: Path, key: DataKey) -> None:
    backend = MemoryKeyring()
    slots, code = create(path, key, store=trusting(backend))
    slots.remove_passphrase(key)
    reloaded = load(path)
    assert not reloaded.has_passphrase
    with pytest.raises(WrongKeyError):
        reloaded.unlock_with_passphrase(PASS)
    assert reloaded.unlock_with_keyring(trusting(backend)) == key
    assert reloaded.unlock_with_recovery_code(code) == key


def test_new_recovery_code_replaces_the_old_one(path: Path, key: DataKey) -> None:
    slots, old = create(path, key)
    new = slots.new_recovery_code(key)
    assert new != old
    reloaded = load(path)
    with pytest.raises(WrongKeyError):
        reloaded.unlock_with_recovery_code(old)
    assert reloaded.unlock_with_recovery_code(new) == key
    assert reloaded.unlock_with_passphrase(PASS) == key


# --- loading --------------------------------------------------------------------------------


def test_missing_file_is_its_own_typed_error(path: Path) -> None:
    with pytest.raises(KeySlotsMissingError, match="missing"):
        load(path)


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe garbage", b'{"format": "connectly-keyslots", "version": 1, "diary', b"[1, 2"],
    ids=["empty", "binary", "truncated", "bad json"],
)
def test_unreadable_file_is_damaged(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    with pytest.raises(DamagedDatabaseError, match="key file"):
        load(path)
    assert path.read_bytes() == content


def test_truncated_real_file_is_damaged(path: Path, key: DataKey) -> None:
    create(path, key)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDatabaseError):
        load(path)


@pytest.mark.parametrize("content", ['{"hello": "world"}', "[]", "42", '{"format": "other"}'])
def test_someone_elses_json_is_not_a_diary(path: Path, content: str) -> None:
    path.write_text(content)
    with pytest.raises(NotADiaryError):
        load(path)


def test_newer_format_is_refused_as_newer(path: Path, key: DataKey) -> None:
    create(path, key)
    edit(path, lambda doc: doc.__setitem__("version", 2))
    with pytest.raises(NewerSchemaError, match="newer version"):
        load(path)


@pytest.mark.parametrize(
    "change",
    [
        lambda doc: doc.__setitem__("diary_id", "f" * 32),
        lambda doc: doc.__setitem__("key_check", "0" * 64),
        lambda doc: doc.__setitem__("version", "1"),
        lambda doc: doc.__setitem__("slots", {}),
        lambda doc: doc.__setitem__("slots", []),
        lambda doc: doc.pop("diary_id"),
    ],
    ids=["diary id", "key check", "version type", "no slots", "slots list", "no diary id"],
)
def test_an_inconsistent_header_is_damaged(path: Path, key: DataKey, change: Any) -> None:
    create(path, key)
    edit(path, change)
    with pytest.raises(DamagedDatabaseError):
        load(path)


def test_error_messages_are_plain_sentences_without_secrets(path: Path, key: DataKey) -> None:
    _, code = create(path, key)
    messages = []
    for attempt in (
        lambda: load(path).unlock_with_passphrase("wrong"),
        lambda: load(path).unlock_with_recovery_code(code[:-1] + ("0" if code[-1] != "0" else "1")),
        lambda: load(path).set_passphrase(DataKey.generate(), PASS),
        lambda: load(path.with_name("nope.json")),
    ):
        with pytest.raises(Exception) as caught:  # noqa: PT011 — each raises its own typed error
            attempt()
        messages.append(str(caught.value))
    for message in messages:
        assert message.endswith(".")
        for secret in (PASS, code, code.replace("-", ""), key.hex()):
            assert secret not in message


# --- key derivation -------------------------------------------------------------------------


def test_default_scrypt_is_at_least_n_2_15_r_8() -> None:
    assert DEFAULT_SCRYPT.n >= 2**15
    assert DEFAULT_SCRYPT.n * DEFAULT_SCRYPT.r * DEFAULT_SCRYPT.p >= 2**15 * 8


def test_new_slots_record_the_default_parameters(path: Path, key: DataKey) -> None:
    KeySlots.create(path, key, passphrase=PASS, keyring_store=None)
    for slot in json.loads(path.read_text())["slots"].values():
        assert (slot["kdf"], slot["m"], slot["t"], slot["p"]) == (
            "argon2id",
            DEFAULT_ARGON2.memory_kib,
            DEFAULT_ARGON2.iterations,
            DEFAULT_ARGON2.lanes,
        )


def test_slots_open_with_their_own_parameters_after_the_default_is_raised(path: Path, key: DataKey) -> None:
    create(path, key)  # written with FAST
    stronger = ScryptParams(n=2**9, r=8, p=1)
    slots = KeySlots.load(path, wrap_params=stronger)
    assert slots.unlock_with_passphrase(PASS) == key
    slots.set_passphrase(key, "rewrapped stronger")
    assert json.loads(path.read_text())["slots"]["passphrase"]["n"] == 2**9
    assert KeySlots.load(path).unlock_with_passphrase("rewrapped stronger") == key


def test_a_slot_demanding_absurd_memory_is_damaged_not_obeyed(path: Path, key: DataKey) -> None:
    create(path, key)

    def demand(doc: dict[str, Any]) -> None:
        doc["slots"]["passphrase"]["n"] = 2**30
        reseal(doc["slots"]["passphrase"])

    edit(path, demand)
    with pytest.raises(DamagedDatabaseError):
        load(path).unlock_with_passphrase(PASS)


def _raise(error: BaseException) -> Any:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    return fail


def test_new_wraps_use_argon2id_and_old_scrypt_slots_still_open(tmp_path: Path) -> None:
    from connectly.security.wrap import Argon2Params, default_kdf

    assert default_kdf() == DEFAULT_ARGON2
    assert DEFAULT_ARGON2.memory_kib >= 64 * 1024
    small = Argon2Params(memory_kib=1024, iterations=1, lanes=1)
    key = DataKey.generate()
    _, code = KeySlots.create(
        tmp_path / "argon.json", key, passphrase="pass phrase 1", keyring_store=None, wrap_params=small
    )
    doc = json.loads((tmp_path / "argon.json").read_text())
    assert doc["slots"]["passphrase"]["kdf"] == "argon2id"
    assert KeySlots.load(tmp_path / "argon.json").unlock_with_passphrase("pass phrase 1") == key
    assert KeySlots.load(tmp_path / "argon.json").unlock_with_recovery_code(code) == key
    KeySlots.create(
        tmp_path / "scrypt.json", key, passphrase="pass phrase 2", keyring_store=None, wrap_params=FAST
    )
    assert json.loads((tmp_path / "scrypt.json").read_text())["slots"]["passphrase"]["kdf"] == "scrypt"
    assert KeySlots.load(tmp_path / "scrypt.json").unlock_with_passphrase("pass phrase 2") == key
