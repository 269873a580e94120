"""ORM tables (SQLAlchemy 2.x declarative). The schema itself is owned by Alembic migrations.

Days are integer day numbers (days since 1970-01-01); timestamps are naive UTC datetimes.
Every user-visible row has a UUID so that import and merge are idempotent.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

LIFE_EVENT_KINDS = ("relocation", "parenthood", "career", "loss", "health", "other")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> dt.datetime:
    """Now in UTC, naive (SQLite has no time zones; every stored time is UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


checkin_tag = Table(
    "checkin_tag",
    Base.metadata,
    Column("checkin_id", ForeignKey("checkin.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class PartnerRow(Base):
    __tablename__ = "partner"
    __table_args__ = (CheckConstraint("position IN (0, 1)", name="position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    colour: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(Integer, unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TagRow(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class CheckInRow(Base):
    __tablename__ = "checkin"
    __table_args__ = (
        CheckConstraint("stress BETWEEN 0 AND 10", name="stress"),
        CheckConstraint("closeness BETWEEN 0 AND 10", name="closeness"),
        CheckConstraint("availability BETWEEN 0 AND 10", name="availability"),
        Index("ix_checkin_day_partner", "day", "partner_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="RESTRICT"))
    day: Mapped[int] = mapped_column(Integer)
    logged_at: Mapped[dt.datetime] = mapped_column(DateTime)
    stress: Mapped[int] = mapped_column(Integer)
    closeness: Mapped[int] = mapped_column(Integer)
    availability: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    tags: Mapped[list[TagRow]] = relationship(secondary=checkin_tag, lazy="selectin", order_by=TagRow.name)


class LifeEventRow(Base):
    __tablename__ = "life_event"
    __table_args__ = (
        CheckConstraint(
            "kind IN (" + ", ".join(f"'{k}'" for k in LIFE_EVENT_KINDS) + ")",
            name="kind",
        ),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="span"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(120))
    starts_on: Mapped[int] = mapped_column(Integer, index=True)
    ends_on: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class BookmarkRow(Base):
    """A day, or one check-in, marked “to discuss” in the therapy report."""

    __tablename__ = "bookmark"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True)
    day: Mapped[int] = mapped_column(Integer, index=True)
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkin.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SettingRow(Base):
    """Sensitive settings (kept encrypted in the diary, never in QSettings). Values are JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
