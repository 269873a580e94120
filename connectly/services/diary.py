"""An unlocked diary: the services over it, its key, and locking it again."""

from __future__ import annotations

import contextlib
import shutil
from functools import cached_property

from connectly.domain.errors import DiaryLockedError, ValidationError
from connectly.security.datakey import DataKey
from connectly.security.keyslots import KeySlots
from connectly.services.events import LifeEventService
from connectly.services.journal import JournalService
from connectly.services.locations import DiaryPaths
from connectly.storage.database import EncryptedDatabase, IntegrityReport


class OpenDiary:
    """One unlocked diary. :meth:`lock` closes the database and zeroes the key.

    ``slots`` is None for the throwaway demo diary, which has no key file; ``throwaway``
    diaries delete their folder when locked.
    """

    def __init__(
        self,
        paths: DiaryPaths,
        db: EncryptedDatabase,
        key: DataKey,
        slots: KeySlots | None,
        *,
        throwaway: bool = False,
    ) -> None:
        self.paths = paths
        self._db = db
        self._key = key
        self.slots = slots
        self.throwaway = throwaway

    # -- services -------------------------------------------------------------------------

    @cached_property
    def journal(self) -> JournalService:
        return JournalService(self._live_db())

    @cached_property
    def events(self) -> LifeEventService:
        return LifeEventService(self._live_db())

    @property
    def database(self) -> EncryptedDatabase:
        """For services that work on the whole file (backup, export, doctor)."""
        return self._live_db()

    @property
    def schema_version(self) -> int:
        return self._live_db().schema_version

    def verify_integrity(self) -> IntegrityReport:
        """Full integrity checks (cached for the session); the first write waits on them."""
        return self._live_db().verify_integrity()

    # -- ways in --------------------------------------------------------------------------

    @property
    def has_passphrase(self) -> bool:
        return self.slots is not None and self.slots.has_passphrase

    @property
    def has_keyring(self) -> bool:
        return self.slots is not None and self.slots.has_keyring

    def set_passphrase(self, new_passphrase: str) -> None:
        """Set or change the passphrase: rewraps the key slot; the database is not rewritten."""
        self._require_slots().set_passphrase(self._live_key(), new_passphrase)

    def new_recovery_code(self) -> str:
        """Replace the recovery code; the old one stops working. Show the new one once."""
        return self._require_slots().new_recovery_code(self._live_key())

    def check_passphrase(self, text: str) -> bool:
        """Re-confirm the passphrase before a sensitive action (e.g. a new recovery code)."""
        slots = self._require_slots()
        try:
            slots.unlock_with_passphrase(text).wipe()
        except ValidationError:
            return False
        except Exception:
            return False
        return True

    # -- locking --------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._key.is_wiped

    def lock(self) -> None:
        """Checkpoint (TRUNCATE), close every connection and zero the key. Idempotent."""
        self._db.close()
        if not self._key.is_wiped:
            self._key.wipe()
        self.__dict__.pop("journal", None)
        self.__dict__.pop("events", None)
        if self.throwaway:
            with contextlib.suppress(OSError):
                shutil.rmtree(self.paths.data_dir.parent)

    # -- internals ------------------------------------------------------------------------

    def _live_db(self) -> EncryptedDatabase:
        if self._key.is_wiped or self._db.closed:
            raise DiaryLockedError()
        return self._db

    def _live_key(self) -> DataKey:
        if self._key.is_wiped:
            raise DiaryLockedError()
        return self._key

    def _require_slots(self) -> KeySlots:
        if self.slots is None:
            raise ValidationError("The demo diary has no passphrase or recovery code.")
        return self.slots
