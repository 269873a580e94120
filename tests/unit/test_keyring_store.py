"""KeyringStore: only trusted keyrings, read-back after write, typed errors (promise 9, fact 12)."""

from __future__ import annotations

import subprocess
import sys
import traceback

import pytest
from keyring.backends import fail, null

from connectly.domain.errors import (
    KeyMissingError,
    KeyringLockedError,
    KeyringUnavailableError,
    WrongKeyError,
)
from connectly.security.datakey import DataKey
from connectly.security.keyring_store import SERVICE, TRUSTED_BACKEND_MODULES, KeyringStore
from tests.keyring_fakes import (
    BrokenKeyring,
    ChainerOf,
    ForeignErrorKeyring,
    ForgetfulKeyring,
    LeakyRefusingKeyring,
    LockedKeyring,
    MemoryKeyring,
    PlaintextFileKeyring,
    trusting,
)

DIARY = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def key() -> DataKey:
    return DataKey.generate()


def test_service_name_is_the_app_id() -> None:
    assert SERVICE == "app.connectly.Connectly"


def test_store_then_load_round_trips_as_hex_under_the_diary_id(key: DataKey) -> None:
    backend = MemoryKeyring()
    store = trusting(backend)
    store.store(DIARY, key)
    assert backend.entries == {(SERVICE, DIARY): key.hex()}
    assert store.load(DIARY) == key


def test_backend_name_names_the_class() -> None:
    assert trusting(MemoryKeyring()).backend_name == "tests.keyring_fakes.MemoryKeyring"


def test_missing_entry_is_key_missing_and_nothing_is_created() -> None:
    backend = MemoryKeyring()
    store = trusting(backend)
    with pytest.raises(KeyMissingError):
        store.load(DIARY)
    assert backend.entries == {}


def test_a_keyring_that_keeps_nothing_is_caught_on_write(key: DataKey) -> None:
    store = trusting(ForgetfulKeyring())
    assert store.is_usable()  # trusted by name, yet it must not be believed
    with pytest.raises(KeyringUnavailableError, match="did not keep"):
        store.store(DIARY, key)


@pytest.mark.parametrize(
    ("backend", "phrase"),
    [
        (fail.Keyring(), "No system keyring was found"),
        (null.Keyring(), "switched off"),
        (PlaintextFileKeyring(), "unencrypted"),
        (MemoryKeyring(), "does not know the configured keyring"),
    ],
    ids=["fail", "null", "keyrings.alt", "unknown"],
)
def test_untrusted_backends_are_refused_before_any_secret_is_touched(
    backend: MemoryKeyring, phrase: str, key: DataKey
) -> None:
    store = KeyringStore(backend)
    assert not store.is_usable()
    reason = store.unusable_reason()
    assert reason is not None
    assert phrase in reason
    for attempt in (lambda: store.store(DIARY, key), lambda: store.load(DIARY), lambda: store.delete(DIARY)):
        with pytest.raises(KeyringUnavailableError, match=phrase):
            attempt()
    assert getattr(backend, "entries", {}) == {}


def test_plaintext_is_refused_even_when_its_module_is_allow_listed(key: DataKey) -> None:
    backend = PlaintextFileKeyring()
    store = KeyringStore(backend, trusted_modules=TRUSTED_BACKEND_MODULES | {"keyrings.alt.file"})
    with pytest.raises(KeyringUnavailableError, match="unencrypted"):
        store.store(DIARY, key)
    assert backend.entries == {}


def test_only_the_os_keyrings_are_allow_listed() -> None:
    assert {
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
        "keyring.backends.macOS",
        "keyring.backends.Windows",
    } == TRUSTED_BACKEND_MODULES


def test_chainer_without_members_is_refused() -> None:
    store = KeyringStore(ChainerOf())
    assert not store.is_usable()
    assert "No system keyring" in (store.unusable_reason() or "")


def test_chainer_of_untrusted_members_is_refused() -> None:
    store = KeyringStore(ChainerOf(null.Keyring(), PlaintextFileKeyring()))
    assert not store.is_usable()


def test_chainer_is_narrowed_to_its_first_trusted_member(key: DataKey) -> None:
    plaintext, memory = PlaintextFileKeyring(), MemoryKeyring()
    store = trusting(ChainerOf(plaintext, memory))
    assert store.is_usable()
    assert store.backend_name == "tests.keyring_fakes.MemoryKeyring"
    store.store(DIARY, key)
    assert plaintext.entries == {}
    assert memory.key_hex(DIARY) == key.hex()


def test_locked_keyring_is_reported_as_locked(key: DataKey) -> None:
    store = trusting(LockedKeyring())
    with pytest.raises(KeyringLockedError):
        store.load(DIARY)
    with pytest.raises(KeyringLockedError):
        store.store(DIARY, key)


@pytest.mark.parametrize("backend_type", [BrokenKeyring, ForeignErrorKeyring])
def test_failing_backend_is_unavailable(backend_type: type[MemoryKeyring]) -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        trusting(backend_type()).load(DIARY)
    assert not isinstance(caught.value, KeyringLockedError)


def test_a_backend_error_that_repeats_the_key_does_not_reach_the_traceback(key: DataKey) -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        trusting(LeakyRefusingKeyring()).store(DIARY, key)
    shown = "".join(traceback.format_exception(caught.value))
    assert key.hex() not in shown
    assert "refused" in caught.value.user_message


@pytest.mark.parametrize("stored", ["not hex at all", "ab" * 31, "zz" * 32, ""])
def test_an_entry_that_is_not_a_key_reads_as_a_changed_key(stored: str) -> None:
    backend = MemoryKeyring()
    backend.entries[(SERVICE, DIARY)] = stored
    with pytest.raises(WrongKeyError, match="different key"):
        trusting(backend).load(DIARY)


def test_delete_removes_and_tolerates_a_missing_entry(key: DataKey) -> None:
    backend = MemoryKeyring()
    store = trusting(backend)
    store.store(DIARY, key)
    store.delete(DIARY)
    assert backend.entries == {}
    store.delete(DIARY)  # already gone: fine


def test_default_backend_is_resolved_lazily_and_headless_it_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring

    calls: list[str] = []

    def get_keyring() -> fail.Keyring:
        calls.append("get_keyring")
        return fail.Keyring()

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    store = KeyringStore()
    assert calls == []
    assert not store.is_usable()
    assert not store.is_usable()
    assert calls == ["get_keyring"]


def test_importing_the_security_layer_does_not_import_keyring() -> None:
    code = (
        "import sys, connectly.security.keyslots, connectly.security.keyring_store;"
        "print(sorted(m for m in sys.modules if m == 'keyring' or m.startswith('keyring.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
