"""Entities and the database: SQLAlchemy 2.0 models, engine, sessions, migrations. No Qt here."""
