"""Alembic environment: always run with a connection handed over by ethicsdesk.storage.migrate."""

from alembic import context
from sqlmodel import SQLModel

import ethicsdesk.domain.models  # noqa: F401  (registers the tables, those of progress too)

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
