"""Reading a key goes straight to the backend the slot file recorded, when that is safe.

keyring's discovery imports and probes every installed backend (~0.1 s, with D-Bus round
trips), so :meth:`KeyringStore.load` builds the recorded backend directly — but only for a
module on the allow-list, and only when nothing configures keyring otherwise (environment,
keyringrc.cfg, a backend set in the process). Anything else falls back to discovery.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.util import platform_

from connectly.domain.errors import KeyMissingError
from connectly.security.datakey import DataKey
from connectly.security.keyring_store import SERVICE, TRUSTED_BACKEND_MODULES, KeyringStore
from tests.keyring_fakes import MemoryKeyring

DIARY = "0123456789abcdef0123456789abcdef"
RECORDED = f"{__name__}.SharedKeyring"
TRUSTING_THIS = TRUSTED_BACKEND_MODULES | {__name__}


class _Unviable:
    """``priority`` that raises unless a test switches the backend on (as a real one does off its platform)."""

    def __get__(self, _obj: object, owner: type[SharedKeyring]) -> float:
        if not owner.viable:
            raise RuntimeError("not on this machine")
        return 1.0


class SharedKeyring(KeyringBackend):
    """A keyring whose entries outlive its instances, as an OS keyring's do."""

    priority = _Unviable()  # type: ignore[assignment]
    viable: ClassVar[bool] = False
    entries: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> DataKey:
    """A key kept in SharedKeyring; keyring unconfigured; discovery answers with an empty keyring."""
    key = DataKey.generate()
    monkeypatch.setattr(SharedKeyring, "viable", True)
    monkeypatch.setattr(SharedKeyring, "entries", {(SERVICE, DIARY): key.hex()})
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setattr(platform_, "config_root", lambda: tmp_path / "keyring-config")
    monkeypatch.setattr(keyring, "get_keyring", _discovered)
    DISCOVERIES.clear()
    return key


DISCOVERIES: list[KeyringBackend] = []
"""What the stand-in for keyring's discovery handed out, one entry per discovery."""


def _discovered() -> KeyringBackend:
    backend = MemoryKeyring()  # trusted in these tests, and empty: a lookup there finds nothing
    DISCOVERIES.append(backend)
    return backend


def _store() -> KeyringStore:
    return KeyringStore(trusted_modules=TRUSTING_THIS | {"tests.keyring_fakes"})


def test_the_recorded_trusted_backend_is_read_without_discovery(key: DataKey) -> None:
    store = _store()
    assert store.load(DIARY, recorded_backend=RECORDED) == key
    assert not DISCOVERIES
    assert store.backend_name == RECORDED  # later writes and deletes go to the same backend


def test_without_a_record_keyring_discovers_as_before(key: DataKey) -> None:
    with pytest.raises(KeyMissingError):
        _store().load(DIARY)
    assert len(DISCOVERIES) == 1


def test_a_backend_off_the_allow_list_is_never_imported_from_the_record(key: DataKey) -> None:
    store = KeyringStore(trusted_modules=TRUSTED_BACKEND_MODULES | {"tests.keyring_fakes"})
    with pytest.raises(KeyMissingError):
        store.load(DIARY, recorded_backend=RECORDED)
    assert len(DISCOVERIES) == 1


@pytest.mark.parametrize("configured", ["environment", "config file", "set_keyring"])
def test_keyring_configuration_wins_over_the_record(
    key: DataKey, configured: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if configured == "environment":
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_fakes.MemoryKeyring")
    elif configured == "config file":
        (tmp_path / "keyring-config").mkdir()
        (tmp_path / "keyring-config" / "keyringrc.cfg").write_text("[backend]\n")
    else:
        monkeypatch.setattr(keyring.core, "_keyring_backend", MemoryKeyring())
    with pytest.raises(KeyMissingError):
        _store().load(DIARY, recorded_backend=RECORDED)
    assert len(DISCOVERIES) == 1


def test_a_recorded_backend_that_cannot_work_here_leaves_it_to_discovery(
    key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SharedKeyring, "viable", False)
    with pytest.raises(KeyMissingError):
        _store().load(DIARY, recorded_backend=RECORDED)
    assert len(DISCOVERIES) == 1


def test_a_store_that_already_chose_keeps_its_choice(key: DataKey) -> None:
    store = _store()
    assert store.is_usable()  # discovery ran (e.g. the setup screen asked)
    with pytest.raises(KeyMissingError):
        store.load(DIARY, recorded_backend=RECORDED)
    assert len(DISCOVERIES) == 1
