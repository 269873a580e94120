"""What unlocking costs: no storage stack to choose the first screen, one key derivation per try.

Choosing the first screen and reading the keyring must not import SQLAlchemy, SQLCipher or
``cryptography`` (~0.3 s, PERFORMANCE.md §1); and a correct passphrase or recovery code pays
exactly one key derivation (~0.1 s each), whichever of the two was typed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from connectly.domain.errors import WrongKeyError
from connectly.security.keyring_store import SERVICE
from connectly.security.recovery import new_recovery_code
from connectly.security.wrap import ScryptParams
from connectly.services.access import unlock_with_secret
from connectly.services.locations import DiaryPaths
from tests.diaries import PASS, new_diary
from tests.keyring_fakes import MemoryKeyring, trusting

ROOT = Path(__file__).resolve().parents[2]

FIRST_SCREEN = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from connectly.security.keyslots import KeySlots
    from connectly.services.access import KeyringAccess, diary_facts
    from connectly.services.locations import DiaryPaths
    from tests.keyring_fakes import MemoryKeyring, trusting

    paths = DiaryPaths(Path(sys.argv[1]))
    facts = diary_facts(paths)
    backend = MemoryKeyring()
    backend.entries[("{service}", sys.argv[2])] = sys.argv[3]
    key = KeySlots.load(paths.key_slots).unlock_with_keyring(KeyringAccess(trusting(backend)).store)
    heavy = sorted(
        m for m in ("sqlalchemy", "sqlcipher3", "cryptography", "alembic", "connectly.storage")
        if m in sys.modules
    )
    print(json.dumps({{"keyring": facts.has_keyring_slot, "key": len(key.hex()), "heavy": heavy}}))
    """
).format(service=SERVICE)


def test_choosing_the_first_screen_and_reading_the_keyring_load_no_storage_stack(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    paths = DiaryPaths(tmp_path / "diary")
    diary, _code = new_diary(paths, keyring_store=trusting(backend))
    diary_id = diary.slots.diary_id if diary.slots else ""
    diary.lock()
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            FIRST_SCREEN,
            str(paths.data_dir),
            diary_id,
            backend.entries[(SERVICE, diary_id)],
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=120,
    ).stdout
    assert json.loads(out) == {"keyring": True, "key": 64, "heavy": []}


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every key derivation run (scrypt: what tests' diaries use), by salt."""
    seen: list[bytes] = []
    real = ScryptParams.derive

    def counting(self: ScryptParams, secret: bytes, salt: bytes) -> bytes:
        seen.append(salt)
        return real(self, secret, salt)

    monkeypatch.setattr(ScryptParams, "derive", counting)
    return seen


@pytest.fixture
def diary(tmp_path: Path) -> tuple[DiaryPaths, str]:
    """A passphrase diary (closed) and its recovery code."""
    paths = DiaryPaths(tmp_path / "diary")
    opened, code = new_diary(paths)
    opened.lock()
    return paths, code


@pytest.mark.parametrize("which", ["passphrase", "recovery code", "recovery code typed loosely"])
def test_a_correct_secret_pays_one_key_derivation(
    diary: tuple[DiaryPaths, str], derivations: list[bytes], which: str
) -> None:
    paths, code = diary
    text = {
        "passphrase": PASS,
        "recovery code": code,
        "recovery code typed loosely": code.lower().replace("-", " "),
    }
    opened = unlock_with_secret(paths, text[which])
    try:
        assert opened.journal.partners()  # really open, with the right key
        assert len(derivations) == 1
    finally:
        opened.lock()


def test_a_wrong_passphrase_pays_one_derivation_and_a_wrong_code_tries_both_slots(
    diary: tuple[DiaryPaths, str], derivations: list[bytes]
) -> None:
    paths, _code = diary
    with pytest.raises(WrongKeyError, match="That passphrase does not open"):
        unlock_with_secret(paths, "not the passphrase at all")
    assert len(derivations) == 1
    derivations.clear()
    other = new_recovery_code()  # well formed, but no slot of this diary's
    with pytest.raises(WrongKeyError, match="That passphrase or recovery code does not open"):
        unlock_with_secret(paths, other)
    assert len(set(derivations)) == 2  # the recovery slot, then the passphrase slot (a shaped passphrase)
