"""SECURITY.md promise 9 through the open path: a keyring that lets us down never means a new diary.

For each way a keyring fails — entry missing, collection locked, a different key stored,
a backend that keeps nothing, a plaintext backend, a backend that cannot start, keyring's
own null and fail backends — unlocking with the keyring raises a typed error, nothing in the
data folder changes, and the passphrase or recovery code opens the very same diary. The
CLI's open path falls back to asking for the passphrase by itself.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from keyring.backends import fail, null

from connectly.cli.prompts import SecretPrompt
from connectly.domain.errors import OpenError
from connectly.security.datakey import DataKey
from connectly.security.keyring_store import SERVICE, KeyringStore
from connectly.services.access import KeyringAccess, diary_facts, unlock_with_keyring, unlock_with_secret
from connectly.services.locations import DiaryPaths
from tests.diaries import PASS, add_checkins, digest, dump, new_diary
from tests.keyring_fakes import (
    BrokenKeyring,
    ForgetfulKeyring,
    LockedKeyring,
    MemoryKeyring,
    PlaintextFileKeyring,
    trusting,
)


def _changed(diary_id: str) -> KeyringStore:
    other = MemoryKeyring()
    other.entries[(SERVICE, diary_id)] = DataKey.generate().hex()
    return trusting(other)


CASES: dict[str, Callable[[str], KeyringStore]] = {
    "entry missing": lambda _id: trusting(MemoryKeyring()),
    "collection locked": lambda _id: trusting(LockedKeyring()),
    "a different key stored": _changed,
    "a backend that keeps nothing": lambda _id: trusting(ForgetfulKeyring()),
    "a plaintext backend": lambda _id: trusting(PlaintextFileKeyring()),
    "a backend that cannot start": lambda _id: trusting(BrokenKeyring()),
    "keyring's null backend": lambda _id: KeyringStore(null.Keyring()),
    "keyring's fail backend": lambda _id: KeyringStore(fail.Keyring()),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_failing_keyring_falls_back_and_never_makes_a_new_diary(
    tmp_path: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    working = MemoryKeyring()
    paths = DiaryPaths(tmp_path / "home")
    diary, code = new_diary(paths, keyring_store=trusting(working))
    add_checkins(diary, 4)
    written = dump(diary)
    diary_id = diary.slots.diary_id if diary.slots else ""
    diary.lock()
    assert unlock_with_keyring(paths, KeyringAccess(trusting(working))).journal.count() == 4  # the control
    before = digest(paths.data_dir)
    broken = CASES[case](diary_id)

    with pytest.raises(OpenError) as info:
        unlock_with_keyring(paths, KeyringAccess(broken))
    assert "passphrase" in info.value.user_message.lower()
    assert digest(paths.data_dir) == before
    assert diary_facts(paths).exists and diary_facts(paths).has_passphrase

    for secret in (PASS, code):
        opened = unlock_with_secret(paths, secret)
        assert dump(opened) == written
        opened.lock()

    # The CLI's open path asks for the passphrase instead, and opens the same diary.
    from connectly.cli import unlock as cli_unlock

    monkeypatch.setattr(cli_unlock, "KeyringAccess", lambda: KeyringAccess(broken))
    opened = cli_unlock.open_for_command(paths, SecretPrompt(from_stdin=True, stdin=io.StringIO(PASS + "\n")))
    assert dump(opened) == written
    opened.lock()
    assert working.key_hex(diary_id) is not None  # nothing was deleted from the working keyring
