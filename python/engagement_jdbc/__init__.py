"""Python client of Engagement JDBC's HTTP server: a DB-API 2.0 module and a SQLAlchemy dialect.

``engagement_jdbc.connect(...)`` is ``engagement_jdbc.dbapi.connect``. Importing the package also registers the
SQLAlchemy dialect when SQLAlchemy is installed, so that ``create_engine("engagement://host:8765/")`` works with
the package only on ``PYTHONPATH``; an installed package is found through its ``sqlalchemy.dialects`` entry point
without any import. Without SQLAlchemy the DB-API module works alone.
"""

from .dbapi import connect

__all__ = ["connect"]
__version__ = "0.1.0"


def _register_sqlalchemy_dialect():
    try:
        from sqlalchemy.dialects import registry
    except ImportError:
        return  # SQLAlchemy is optional: the DB-API module needs only the standard library
    registry.register("engagement", "engagement_jdbc.sqlalchemy_dialect", "EngagementDialect")
    registry.register("engagement.engagement_jdbc", "engagement_jdbc.sqlalchemy_dialect", "EngagementDialect")


_register_sqlalchemy_dialect()
