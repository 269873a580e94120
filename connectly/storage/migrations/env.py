"""Alembic environment: runs on the connection handed in by connectly.storage.migrate."""

from __future__ import annotations

from alembic import context

from connectly.storage.orm import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
