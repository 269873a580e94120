"""Encrypted storage: SQLCipher 4 through SQLAlchemy 2.x, Alembic migrations, repositories."""
