"""Project storage: SQLAlchemy schema, Alembic migrations and the query objects over them."""

from app.store.documents import DocumentRow, DocumentStore, SearchHit
from app.store.figures import FigureStore
from app.store.project import PROJECT_SUFFIX, Project, ProjectError

__all__ = [
    "PROJECT_SUFFIX",
    "DocumentRow",
    "DocumentStore",
    "FigureStore",
    "Project",
    "ProjectError",
    "SearchHit",
]
