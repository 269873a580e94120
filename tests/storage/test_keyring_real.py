"""Promise 9 against a real Secret Service (gnome-keyring), not a fake (SECURITY.md fact 13).

Run inside a throwaway session, e.g.::

    HOME=$(mktemp -d) dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon \
        --unlock --components=secrets >/dev/null; pytest -m keyring_real'

The locked-collection test starts its own nested session and keyring daemon, so locking
never touches the keyring the rest of the run (or a developer's desktop) uses.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectly.domain.errors import KeyMissingError
from connectly.security.datakey import DataKey
from connectly.security.keyring_store import SERVICE, KeyringStore
from connectly.security.keyslots import KeySlots
from connectly.security.wrap import ScryptParams

pytestmark = pytest.mark.keyring_real

FAST = ScryptParams(n=2**8, r=8, p=1)
REAL_BACKENDS = ("keyring.backends.SecretService.", "keyring.backends.libsecret.")


@pytest.fixture
def store() -> KeyringStore:
    store = KeyringStore()
    if not store.is_usable():
        pytest.fail(f"no usable Secret Service in this session: {store.unusable_reason()}")
    assert store.backend_name.startswith(REAL_BACKENDS), store.backend_name
    return store


@pytest.fixture
def diary_id(store: KeyringStore) -> Iterator[str]:
    diary_id = uuid.uuid4().hex
    yield diary_id
    store.delete(diary_id)


def test_store_reads_back_and_compares(store: KeyringStore, diary_id: str) -> None:
    import keyring

    key = DataKey.generate()
    store.store(diary_id, key)
    assert keyring.get_password(SERVICE, diary_id) == key.hex()  # independent read
    assert store.load(diary_id) == key
    store.delete(diary_id)
    assert keyring.get_password(SERVICE, diary_id) is None
    with pytest.raises(KeyMissingError):
        store.load(diary_id)


def test_slots_unlock_through_the_real_keyring_and_fall_back_when_the_entry_is_gone(
    store: KeyringStore, tmp_path: Path
) -> None:
    key = DataKey.generate()
    path = tmp_path / "keyslots.json"
    slots, code = KeySlots.create(path, key, passphrase=None, keyring_store=store, wrap_params=FAST)
    try:
        loaded = KeySlots.load(path, wrap_params=FAST)
        assert loaded.keyring_backend_name == store.backend_name
        assert loaded.unlock_with_keyring(store) == key
        assert key.hex().encode() not in path.read_bytes()
        store.delete(slots.diary_id)
        with pytest.raises(KeyMissingError):
            loaded.unlock_with_keyring(store)
        with pytest.raises(KeyMissingError):  # and nothing was re-created behind our back
            store.load(slots.diary_id)
        assert loaded.unlock_with_recovery_code(code) == key
    finally:
        store.delete(slots.diary_id)


LOCK_CHILD = """
import sys, uuid
from pathlib import Path
import secretstorage
from connectly.domain.errors import KeyringLockedError
from connectly.security.datakey import DataKey
from connectly.security.keyring_store import KeyringStore
from connectly.security.keyslots import KeySlots
from connectly.security.wrap import ScryptParams

store = KeyringStore()
assert store.is_usable(), store.unusable_reason()
key = DataKey.generate()
slots, _ = KeySlots.create(Path(sys.argv[1]), key, passphrase="fallback", keyring_store=store,
                           wrap_params=ScryptParams(n=2**8, r=8, p=1))
assert slots.unlock_with_keyring(store) == key
collection = secretstorage.get_default_collection(secretstorage.dbus_init())
collection.lock()
if not collection.is_locked():
    print("NOT-LOCKED")
    sys.exit(0)
for attempt in (lambda: store.load(slots.diary_id), lambda: slots.unlock_with_keyring(store)):
    try:
        attempt()
    except KeyringLockedError:
        print("LOCKED")
    else:
        print("OPENED")
assert slots.unlock_with_passphrase("fallback") == key
print("FALLBACK-OK")
"""


def test_a_locked_collection_is_reported_as_locked(tmp_path: Path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon to lock a private keyring")
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "PYTHON_KEYRING_BACKEND"}
    }
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(home / "data"))
    script = tmp_path / "lock_child.py"
    script.write_text(LOCK_CHILD)
    command = (
        "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        f'exec "{sys.executable}" "{script}" "{tmp_path / "keyslots.json"}"'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if "NOT-LOCKED" in done.stdout:
        pytest.skip("this Secret Service did not lock its collection on request")
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert done.stdout.split() == ["LOCKED", "LOCKED", "FALLBACK-OK"]
