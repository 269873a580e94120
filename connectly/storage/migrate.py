"""Schema versions and Alembic upgrades run from inside the package.

``PRAGMA user_version`` mirrors the Alembic revision as a small integer, so the common
open (schema already current) costs one pragma and never imports Alembic.
"""

from __future__ import annotations

from sqlalchemy import Connection

from connectly.domain.errors import NewerSchemaError

# The user_version the newest migration leaves. tests/storage/test_migrations.py checks
# that it matches the Alembic head.
HEAD_SCHEMA_VERSION = 2


def schema_version(conn: Connection) -> int:
    """The diary's schema version (0 for a brand-new file)."""
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def check_not_newer(version: int) -> None:
    """Refuse a diary written by a newer Connectly; it stays untouched."""
    if version > HEAD_SCHEMA_VERSION:
        raise NewerSchemaError()


def upgrade_to_head(conn: Connection) -> None:
    """Apply every pending migration on ``conn``, inside the caller's transaction."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "connectly.storage:migrations")
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def alembic_head() -> str:
    """The newest revision id shipped in the package."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", "connectly.storage:migrations")
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head
