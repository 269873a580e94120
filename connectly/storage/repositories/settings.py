"""Sensitive settings stored (encrypted) in the diary as JSON values."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectly.storage.orm import SettingRow


class SettingRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str, default: object = None) -> object:
        row = self._s.get(SettingRow, key)
        return default if row is None else json.loads(row.value)

    def set(self, key: str, value: object) -> None:
        text = json.dumps(value, allow_nan=False)
        row = self._s.get(SettingRow, key)
        if row is None:
            self._s.add(SettingRow(key=key, value=text))
        else:
            row.value = text
        self._s.flush()

    def all(self) -> dict[str, object]:
        return {r.key: json.loads(r.value) for r in self._s.scalars(select(SettingRow))}
