"""The first schema: partners, check-ins, tags, life events, bookmarks, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None
SCHEMA_VERSION = 1


def upgrade() -> None:
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("position IN (0, 1)", name=op.f("ck_partner_position")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("uuid", name=op.f("uq_partner_uuid")),
        sa.UniqueConstraint("position", name=op.f("uq_partner_position")),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        sa.Column("stress", sa.Integer(), nullable=False),
        sa.Column("closeness", sa.Integer(), nullable=False),
        sa.Column("availability", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("stress BETWEEN 0 AND 10", name=op.f("ck_checkin_stress")),
        sa.CheckConstraint("closeness BETWEEN 0 AND 10", name=op.f("ck_checkin_closeness")),
        sa.CheckConstraint("availability BETWEEN 0 AND 10", name=op.f("ck_checkin_availability")),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_checkin_partner_id_partner"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checkin_uuid")),
    )
    op.create_index("ix_checkin_day_partner", "checkin", ["day", "partner_id"])
    op.create_table(
        "checkin_tag",
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"], ["checkin.id"], name=op.f("fk_checkin_tag_checkin_id_checkin"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_checkin_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("checkin_id", "tag_id", name=op.f("pk_checkin_tag")),
    )
    op.create_index(op.f("ix_checkin_tag_tag_id"), "checkin_tag", ["tag_id"])
    op.create_table(
        "life_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("starts_on", sa.Integer(), nullable=False),
        sa.Column("ends_on", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('relocation', 'parenthood', 'career', 'loss', 'health', 'other')",
            name=op.f("ck_life_event_kind"),
        ),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_life_event_span")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_life_event")),
        sa.UniqueConstraint("uuid", name=op.f("uq_life_event_uuid")),
    )
    op.create_index(op.f("ix_life_event_starts_on"), "life_event", ["starts_on"])
    op.create_table(
        "bookmark",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"], ["checkin.id"], name=op.f("fk_bookmark_checkin_id_checkin"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookmark")),
        sa.UniqueConstraint("uuid", name=op.f("uq_bookmark_uuid")),
        sa.UniqueConstraint("checkin_id", name=op.f("uq_bookmark_checkin_id")),
    )
    op.create_index(op.f("ix_bookmark_day"), "bookmark", ["day"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    raise NotImplementedError("Connectly diaries are never downgraded; restore a backup instead.")
