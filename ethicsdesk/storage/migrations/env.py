"""Alembic environment: always run with a connection handed over by ethicsdesk.storage.migrate."""

from alembic import context
from sqlmodel import SQLModel

import ethicsdesk.domain.models  # noqa: F401  (registers the tables)
from ethicsdesk.domain import progress as _progress  # noqa: F401  (registers the progress tables)

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
