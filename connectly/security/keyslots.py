"""Key slots: the ways into one diary, kept in a small JSON file beside the database.

The database is keyed with a random data key (DESIGN.md §5). This file holds that key
wrapped under a passphrase and under a recovery code, and records whether the OS keyring
holds a copy. Changing a way in rewrites only this file, atomically, never the database,
so an interruption leaves the old or the new file and always a working way in
(SECURITY.md promise 6). Nothing in the file reveals the key, a passphrase or a code.

Layout (version 1)::

    {"format": "connectly-keyslots", "version": 1, "diary_id": "<uuid4 hex>",
     "key_check": "<HMAC of the key>", "check": "<checksum of the fields above>",
     "slots": {"keyring": {"backend": …, "service": …, "username": …},
               "passphrase": <wrapped key>, "recovery": <wrapped key>}}
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import hmac
import json
import re
import uuid
from enum import StrEnum
from pathlib import Path
from typing import Any

from connectly.domain.errors import (
    DamagedDatabaseError,
    DiaryExistsError,
    KeyMissingError,
    KeyringUnavailableError,
    KeySlotsMissingError,
    NewerSchemaError,
    NotADiaryError,
    OpenError,
    ValidationError,
    WrongKeyError,
)
from connectly.security.atomic_file import write_atomically
from connectly.security.datakey import DataKey
from connectly.security.keyring_store import SERVICE, KeyringStore
from connectly.security.recovery import new_recovery_code, recovery_code_entropy
from connectly.security.wrap import (
    KdfParams,
    WrappedKey,
    check_new_passphrase,
    default_kdf,
    passphrase_secret,
    unwrap_key,
    wrap_key,
)

FORMAT = "connectly-keyslots"
VERSION = 1
FILENAME = "keyslots.json"
"""The slot file's usual name, beside the database in the data directory."""

MAX_FILE_BYTES = 1 << 20

_DAMAGED = "The diary’s key file (keyslots.json) is damaged. Nothing was changed; restore it from a backup."
_NOT_OURS = "keyslots.json is not a Connectly key file; it was left untouched."
_NEWER = (
    "The diary’s key file was written by a newer version of Connectly. "
    "Update Connectly to open it; the file was left untouched."
)
_NOT_THIS_DIARY = "That key does not belong to this diary; nothing was changed."
_KEYRING_CHANGED = (
    "The system keyring holds a different key for this diary. Unlock with your passphrase or recovery code."
)
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


class SlotKind(StrEnum):
    """The three ways into a diary."""

    KEYRING = "keyring"
    PASSPHRASE = "passphrase"
    RECOVERY = "recovery"


class KeySlots:
    """The slot file of one diary: unlocks the data key and changes the ways in.

    Create it once with :meth:`create`, open it with :meth:`load`. Every change writes a
    new file atomically (0600) and only then updates this object, so a failed write leaves
    both the file and the object as they were. Mutations take the unlocked data key as
    proof of access and check it against the key-check value before touching anything.
    """

    def __init__(self, path: Path, document: dict[str, Any], *, wrap_params: KdfParams | None) -> None:
        self._path = path
        self._doc = document
        self._wrap_params = wrap_params  # None: the default, decided at the first wrap

    # --- creating and loading -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        data_key: DataKey,
        *,
        passphrase: str | None,
        keyring_store: KeyringStore | None,
        wrap_params: KdfParams | None = None,
    ) -> tuple[KeySlots, str]:
        """Write a new slot file for a new diary; returns it and the recovery code to show once.

        At least one everyday way in is required: a passphrase, a usable keyring, or both.
        Refuses (:class:`DiaryExistsError`) if the file exists; nothing is overwritten.
        """
        data_key.raw()  # a wiped key raises here, before anything is written
        if path.exists() or path.is_symlink():
            raise DiaryExistsError()
        if passphrase is None and keyring_store is None:
            raise ValidationError("Choose a passphrase, or keep the key in the system keyring.")
        if passphrase is not None and (reason := check_new_passphrase(passphrase)):
            raise ValidationError(reason)
        if keyring_store is not None and (reason := keyring_store.unusable_reason()):
            raise KeyringUnavailableError(reason)

        diary_id = uuid.uuid4().hex
        key_check = _key_check(data_key, diary_id)
        header = {"format": FORMAT, "version": VERSION, "diary_id": diary_id, "key_check": key_check}
        slots = cls(
            path,
            {**header, "check": _header_check(header), "slots": {}},
            wrap_params=wrap_params,
        )
        code = new_recovery_code()
        slots._doc = slots._with_wrap(SlotKind.RECOVERY, data_key, recovery_code_entropy(code))
        if passphrase is not None:
            slots._doc = slots._with_wrap(SlotKind.PASSPHRASE, data_key, passphrase_secret(passphrase))
        if keyring_store is not None:
            slots._slots[SlotKind.KEYRING] = _keyring_record(keyring_store, diary_id)
            keyring_store.store(diary_id, data_key)
        try:
            write_atomically(path, _encode(slots._doc), exclusive=True)
        except BaseException:
            if keyring_store is not None:
                _forget_quietly(keyring_store, diary_id)
            raise
        return slots, code

    @classmethod
    def load(cls, path: Path, *, wrap_params: KdfParams | None = None) -> KeySlots:
        """Read a slot file. Checks its shape; does not try any secret.

        Missing → :class:`KeySlotsMissingError`; unreadable or inconsistent →
        :class:`DamagedDatabaseError`; someone else's JSON → :class:`NotADiaryError`;
        a newer format → :class:`NewerSchemaError`.
        """
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise NotADiaryError(_NOT_OURS)
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeySlotsMissingError() from None
        except OSError as exc:
            raise OpenError(
                "The diary’s key file could not be read. Check that it belongs to you; nothing was changed."
            ) from exc
        return cls(path, _parse(raw), wrap_params=wrap_params)

    # --- what the file says ---------------------------------------------------------------

    @property
    def path(self) -> Path:
        """Where the slot file lives."""
        return self._path

    @property
    def diary_id(self) -> str:
        """The diary's random id (uuid4 hex); also the keyring username."""
        return str(self._doc["diary_id"])

    @property
    def has_passphrase(self) -> bool:
        """True if a passphrase opens the diary."""
        return SlotKind.PASSPHRASE in self._slots

    @property
    def has_keyring(self) -> bool:
        """True if the OS keyring is meant to hold the key (it may since have lost it)."""
        return SlotKind.KEYRING in self._slots

    @property
    def keyring_backend_name(self) -> str | None:
        """The keyring backend the key was stored in, as recorded; None without a keyring slot."""
        record = self._slots.get(SlotKind.KEYRING)
        backend = record.get("backend") if isinstance(record, dict) else None
        return backend if isinstance(backend, str) else None

    # --- unlocking ------------------------------------------------------------------------

    def unlock_with_keyring(self, store: KeyringStore) -> DataKey:
        """The data key from the OS keyring; never creates or stores anything.

        Entry missing → :class:`KeyMissingError`; keyring locked → ``KeyringLockedError``;
        backend refused or failing → ``KeyringUnavailableError``; a key that is not this
        diary's → :class:`WrongKeyError`. Each means "ask for the passphrase or code".
        """
        if not self.has_keyring:
            raise KeyMissingError(
                "This diary does not keep its key in the system keyring. "
                "Unlock with your passphrase or recovery code."
            )
        key = store.load(self.diary_id, recorded_backend=self.keyring_backend_name)
        if not self._belongs(key):
            key.wipe()
            raise WrongKeyError(_KEYRING_CHANGED)
        return key

    def unlock_with_passphrase(self, text: str) -> DataKey:
        """The data key unwrapped with a passphrase; wrong → :class:`WrongKeyError`."""
        if not self.has_passphrase:
            raise WrongKeyError(
                "This diary has no passphrase. Unlock it with the system keyring or your recovery code."
            )
        wrong = "That passphrase does not open this diary."
        return self._unwrap(SlotKind.PASSPHRASE, passphrase_secret(text), wrong)

    def unlock_with_recovery_code(self, text: str) -> DataKey:
        """The data key unwrapped with a recovery code (typed leniently); wrong → WrongKeyError."""
        wrong = "That recovery code does not open this diary."
        return self._unwrap(SlotKind.RECOVERY, recovery_code_entropy(text), wrong)

    # --- changing the ways in -------------------------------------------------------------

    def set_passphrase(self, data_key: DataKey, new_passphrase: str) -> None:
        """Set or change the passphrase by rewrapping; the database is never touched."""
        self._verify(data_key)
        if reason := check_new_passphrase(new_passphrase):
            raise ValidationError(reason)
        self._commit(self._with_wrap(SlotKind.PASSPHRASE, data_key, passphrase_secret(new_passphrase)))

    def remove_passphrase(self, data_key: DataKey) -> None:
        """Drop the passphrase slot; allowed only while the keyring slot is the everyday way in."""
        self._verify(data_key)
        if not self.has_passphrase:
            return
        if not self.has_keyring:
            raise ValidationError(
                "The passphrase is the everyday way into this diary; "
                "keep the key in the system keyring before removing it."
            )
        doc = copy.deepcopy(self._doc)
        del doc["slots"][SlotKind.PASSPHRASE]
        self._commit(doc)

    def new_recovery_code(self, data_key: DataKey) -> str:
        """Replace the recovery code; the old one stops working. Returns the new one to show."""
        self._verify(data_key)
        code = new_recovery_code()
        self._commit(self._with_wrap(SlotKind.RECOVERY, data_key, recovery_code_entropy(code)))
        return code

    def enable_keyring(self, data_key: DataKey, store: KeyringStore) -> None:
        """Keep the key in the OS keyring (stored, read back, compared) and record it here."""
        self._verify(data_key)
        store.store(self.diary_id, data_key)
        doc = copy.deepcopy(self._doc)
        doc["slots"][SlotKind.KEYRING] = _keyring_record(store, self.diary_id)
        try:
            self._commit(doc)
        except BaseException:
            if not self.has_keyring:
                _forget_quietly(store, self.diary_id)
            raise

    def disable_keyring(self, store: KeyringStore) -> None:
        """Delete the key from the OS keyring, then drop the slot; needs a passphrase slot.

        The keyring entry goes first: an interruption then leaves a slot whose entry is
        missing (the passphrase is asked for), never a forgotten copy of the key.
        """
        if not self.has_keyring:
            return
        if not self.has_passphrase:
            raise ValidationError(
                "Set a passphrase first: without the system keyring it is the everyday way in."
            )
        store.delete(self.diary_id)
        doc = copy.deepcopy(self._doc)
        del doc["slots"][SlotKind.KEYRING]
        self._commit(doc)

    # --- internals ------------------------------------------------------------------------

    @property
    def _slots(self) -> dict[str, Any]:
        slots: dict[str, Any] = self._doc["slots"]
        return slots

    def _context(self, kind: SlotKind) -> bytes:
        return f"connectly/keyslot/v1/{self.diary_id}/{kind}".encode()

    def _belongs(self, key: DataKey) -> bool:
        return hmac.compare_digest(_key_check(key, self.diary_id), str(self._doc["key_check"]))

    def _verify(self, data_key: DataKey) -> None:
        if not self._belongs(data_key):
            raise WrongKeyError(_NOT_THIS_DIARY)

    def _unwrap(self, kind: SlotKind, secret: bytes, wrong_message: str) -> DataKey:
        damaged = (
            f"The {kind} slot in the diary’s key file is damaged. "
            "Try another way in, or restore keyslots.json from a backup."
        )
        wrapped = WrappedKey.from_json(self._slots.get(kind), damaged_message=damaged)
        return unwrap_key(wrapped, secret, context=self._context(kind), wrong_message=wrong_message)

    def _with_wrap(self, kind: SlotKind, data_key: DataKey, secret: bytes) -> dict[str, Any]:
        params = self._wrap_params or default_kdf()
        wrapped = wrap_key(data_key, secret, context=self._context(kind), params=params)
        doc = copy.deepcopy(self._doc)
        doc["slots"][kind] = wrapped.to_json()
        return doc

    def _commit(self, doc: dict[str, Any]) -> None:
        write_atomically(self._path, _encode(doc))
        self._doc = doc

    def __repr__(self) -> str:
        return f"KeySlots({str(self._path)!r}, diary_id={self.diary_id!r})"


def _key_check(key: DataKey, diary_id: str) -> str:
    """A value that confirms a key belongs to this diary without revealing anything about it."""
    return hmac.new(key.raw(), f"connectly/key-check/v1/{diary_id}".encode(), hashlib.sha256).hexdigest()


def _header_check(header: dict[str, Any]) -> str:
    fields = {k: header.get(k) for k in ("format", "version", "diary_id", "key_check")}
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()[:16]


def _keyring_record(store: KeyringStore, diary_id: str) -> dict[str, str]:
    return {"backend": store.backend_name, "service": SERVICE, "username": diary_id}


def _forget_quietly(store: KeyringStore, diary_id: str) -> None:
    """Best-effort removal of a keyring entry whose slot was never written."""
    with contextlib.suppress(Exception):  # the original error is the one worth raising
        store.delete(diary_id)


def _encode(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _parse(raw: bytes) -> dict[str, Any]:
    """Check a slot file's shape and header; slots themselves are checked when used."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DamagedDatabaseError(_DAMAGED) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotADiaryError(_NOT_OURS)
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NewerSchemaError(_NEWER)
    slots = doc.get("slots")
    if (
        version != VERSION
        or doc.get("check") != _header_check(doc)
        or not isinstance(doc.get("diary_id"), str)
        or not _HEX32.fullmatch(doc["diary_id"])
        or not isinstance(doc.get("key_check"), str)
        or not _HEX64.fullmatch(doc["key_check"])
        or not isinstance(slots, dict)
        or not slots.keys() & set(SlotKind)
    ):
        raise DamagedDatabaseError(_DAMAGED)
    return doc
