"""Guards the CHECK constraints cannot express: ratings are whole numbers, text holds no NUL.

SQLite's integer affinity stores 2.5 as a real number, and a NUL character passes every
CHECK. The services refuse both already; these triggers make the file itself refuse them,
whatever writes to it. Triggers (not new CHECK constraints) because adding a constraint
means rebuilding the check-in table, and with foreign keys on, dropping the old table would
cascade into the tag links.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 2

_CHECKIN_BAD = (
    "typeof(NEW.stress) != 'integer' OR typeof(NEW.closeness) != 'integer' "
    "OR typeof(NEW.availability) != 'integer' OR instr(coalesce(NEW.note, ''), char(0)) > 0"
)
_TEXT_BAD = {
    "partner": "instr(NEW.name, char(0)) > 0",
    "tag": "instr(NEW.name, char(0)) > 0",
    "life_event": "instr(NEW.title, char(0)) > 0 OR instr(coalesce(NEW.note, ''), char(0)) > 0",
}


def _guard(table: str, when: str, message: str) -> None:
    for action in ("INSERT", "UPDATE"):
        op.execute(
            f"CREATE TRIGGER guard_{table}_{action.lower()} BEFORE {action} ON {table} "
            f"WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


def upgrade() -> None:
    _guard("checkin", _CHECKIN_BAD, "ratings must be whole numbers and text cannot hold NUL")
    for table, when in _TEXT_BAD.items():
        _guard(table, when, "text cannot hold NUL")
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    raise NotImplementedError("Connectly diaries are never downgraded; restore a backup instead.")
