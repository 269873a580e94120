"""Schema ownership by Alembic and SECURITY.md promise 15 (old diaries upgrade, newer are refused)."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from connectly.storage.database import EncryptedDatabase, open_database
from connectly.storage.dump import logical_dump
from connectly.storage.engine import create_diary_engine
from connectly.storage.migrate import HEAD_SCHEMA_VERSION, alembic_head
from connectly.storage.orm import Base
from tests.storage.make_fixture import FIXTURE_KEY

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_migration_chain_from_empty_equals_orm_metadata(db: EncryptedDatabase) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_user_version_mirrors_alembic_head(db: EncryptedDatabase) -> None:
    head = alembic_head()
    module = importlib.import_module(f"connectly.storage.migrations.versions.{_file_of(head)}")
    assert module.SCHEMA_VERSION == HEAD_SCHEMA_VERSION
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == HEAD_SCHEMA_VERSION
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head


def _file_of(revision: str) -> str:
    versions = Path(__file__).parents[2] / "connectly" / "storage" / "migrations" / "versions"
    return next(p.stem for p in versions.glob(f"{revision}_*.py"))


def test_every_released_fixture_opens_at_head_with_its_data(tmp_path: Path) -> None:
    fixtures = sorted(FIXTURES.glob("diary_schema*.db"))
    assert fixtures, "a fixture per released schema must be committed"
    for fixture in fixtures:
        copy = tmp_path / fixture.name
        shutil.copy(fixture, copy)
        engine = create_diary_engine(copy, FIXTURE_KEY)
        with engine.connect() as conn:
            before = logical_dump(conn)
        engine.dispose()
        db = open_database(copy, FIXTURE_KEY, key_verified=True)
        try:
            assert db.schema_version == HEAD_SCHEMA_VERSION
            assert db.verify_integrity().ok
            with db.engine.connect() as conn:
                dump = logical_dump(conn)
            assert dump == before, f"{fixture.name} lost or changed data on upgrade"
            assert len(dump["checkin"]) == 120
            assert len(dump["partner"]) == 2
            assert [e[2] for e in dump["life_event"]] == ["Moved to Leeds"]
            assert len(dump["bookmark"]) == 3  # two check-ins and one day
        finally:
            db.close()


def test_released_schemas_each_have_a_fixture() -> None:
    names = {p.name for p in FIXTURES.glob("diary_schema*.db")}
    assert names == {f"diary_schema{v}.db" for v in range(1, HEAD_SCHEMA_VERSION + 1)}


def test_the_file_itself_refuses_fractional_ratings_and_nul(db: EncryptedDatabase) -> None:
    """Schema 2: triggers back the services' validation for any writer of the file."""
    from sqlalchemy.exc import IntegrityError

    from connectly.services.journal import JournalService

    sam, _ = JournalService(db).set_up(("Sam", "Alex"))
    insert = (
        "INSERT INTO checkin (uuid, partner_id, day, logged_at, stress, closeness, availability, note, "
        "created_at, updated_at) VALUES (?, ?, 1, '2020-01-01', ?, 5, 5, ?, '2020-01-01', '2020-01-01')"
    )
    for i, (stress, note) in enumerate([(2.5, None), (3, "a\x00b")]):
        with pytest.raises(IntegrityError), db.write_sessions.begin() as s:
            s.connection().exec_driver_sql(insert, (f"u{i}", sam.id, stress, note))
    with db.write_sessions.begin() as s:
        s.connection().exec_driver_sql(insert, ("ok", sam.id, 3, "fine"))
        assert s.connection().exec_driver_sql("SELECT count(*) FROM checkin").scalar() == 1
