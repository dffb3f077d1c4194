"""Project storage: SQLAlchemy schema, Alembic migrations and the query objects over them."""

from app.store.changes import ChangeFeed, Changes
from app.store.documents import DocumentRow, DocumentStore, SearchHit
from app.store.errors import EmptyDatabase, PasswordRequired, ProjectError
from app.store.figures import FigureStore
from app.store.project import PROJECT_SUFFIX, Project
from app.store.server import is_server_url

__all__ = [
    "PROJECT_SUFFIX",
    "ChangeFeed",
    "Changes",
    "DocumentRow",
    "DocumentStore",
    "EmptyDatabase",
    "FigureStore",
    "PasswordRequired",
    "Project",
    "ProjectError",
    "SearchHit",
    "is_server_url",
]
