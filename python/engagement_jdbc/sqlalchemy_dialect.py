"""SQLAlchemy dialect ``engagement://`` for an Engagement JDBC server (Apache Calcite SQL over HTTP).

    engine = create_engine("engagement://analyst:secret@127.0.0.1:8765/")

The URL names the server's host and port (8765 by default), optionally a user and password for a server that
requires HTTP Basic authentication, and optionally ``?protocol=https`` (a server behind a TLS proxy) and
``?timeout=<seconds>``. There is no database part: the server serves one folder, whose files are the tables of the
schema ``files`` (and sub-folders further schemas), plus the schema ``sys`` that explains how they were read.

Reflection asks the server's JDBC metadata (Avatica's ``getSchemas``, ``getTables``, ``getColumns`` requests), so it
sees exactly the tables and inferred column types a JDBC tool sees. Tables come from files: they have no primary
key, foreign key or index, and the connection is read-only, so ``commit`` and ``rollback`` do nothing.

Tested with SQLAlchemy 1.4, 2.0 and 2.1 (2.0 asks ``import_dbapi``, 1.4 ``dbapi``). The compiler quotes Calcite's
reserved words (``"value"``, ``"date"``, ``"position"``...) and writes ``LIMIT n OFFSET m`` and ``TRUE``/``FALSE``.
"""

import re

from sqlalchemy import exc, util
from sqlalchemy import types as sqltypes
from sqlalchemy.engine import default, reflection
from sqlalchemy.sql import compiler

from . import dbapi as engagement_dbapi
from .reserved_words import RESERVED_WORDS

# java.sql.Types code -> SQLAlchemy type for reflected columns
_TYPES_BY_JDBC_CODE = {
    -7: sqltypes.Boolean,       # BIT
    16: sqltypes.Boolean,       # BOOLEAN
    -6: sqltypes.SmallInteger,  # TINYINT
    5: sqltypes.SmallInteger,   # SMALLINT
    4: sqltypes.Integer,        # INTEGER
    -5: sqltypes.BigInteger,    # BIGINT
    6: sqltypes.Float,          # FLOAT
    7: sqltypes.REAL,           # REAL
    8: sqltypes.Float,          # DOUBLE
    2: sqltypes.Numeric,        # NUMERIC
    3: sqltypes.Numeric,        # DECIMAL
    1: sqltypes.String,         # CHAR
    12: sqltypes.String,        # VARCHAR
    -1: sqltypes.String,        # LONGVARCHAR
    91: sqltypes.Date,          # DATE
    92: sqltypes.Time,          # TIME
    93: sqltypes.DateTime,      # TIMESTAMP
    -2: sqltypes.LargeBinary,   # BINARY
    -3: sqltypes.LargeBinary,   # VARBINARY
    -4: sqltypes.LargeBinary,   # LONGVARBINARY
}


class EngagementIdentifierPreparer(compiler.IdentifierPreparer):
    """Quotes with double quotes, as Calcite does, and quotes every Calcite reserved word."""

    reserved_words = RESERVED_WORDS


class EngagementCompiler(compiler.SQLCompiler):
    """Calcite's forms of LIMIT/OFFSET and of boolean literals."""

    def limit_clause(self, select, **kw):
        # SQLAlchemy's default writes "LIMIT -1 OFFSET m" for an offset alone, which Calcite refuses;
        # Calcite takes "LIMIT n", "LIMIT n OFFSET m" and "OFFSET m"
        text = ""
        if select._limit_clause is not None:
            text += "\n LIMIT " + self.process(select._limit_clause, **kw)
        if select._offset_clause is not None:
            text += "\n OFFSET " + self.process(select._offset_clause, **kw)
        return text

    def visit_true(self, expr, **kw):
        return "TRUE"

    def visit_false(self, expr, **kw):
        return "FALSE"


class EngagementTypeCompiler(compiler.GenericTypeCompiler):
    """Type names of CAST: Calcite has no DATETIME, TEXT, CLOB or BLOB type."""

    def visit_DATETIME(self, type_, **kw):
        return "TIMESTAMP"

    def visit_datetime(self, type_, **kw):
        return "TIMESTAMP"

    def visit_TEXT(self, type_, **kw):
        return "VARCHAR"

    def visit_text(self, type_, **kw):
        return "VARCHAR"

    def visit_CLOB(self, type_, **kw):
        return "VARCHAR"

    def visit_BLOB(self, type_, **kw):
        return "VARBINARY"

    def visit_large_binary(self, type_, **kw):
        return "VARBINARY"


class EngagementDialect(default.DefaultDialect):
    """The ``engagement`` dialect, driver ``engagement_jdbc`` (this package's DB-API module)."""

    name = "engagement"
    driver = "engagement_jdbc"
    default_paramstyle = "qmark"
    supports_statement_cache = True

    statement_compiler = EngagementCompiler
    type_compiler = EngagementTypeCompiler
    preparer = EngagementIdentifierPreparer

    # Calcite's default identifier length limit
    max_identifier_length = 128
    supports_native_boolean = True
    supports_native_decimal = True
    supports_alter = False
    supports_sequences = False
    supports_default_values = False
    supports_empty_insert = False
    supports_multivalues_insert = False
    postfetch_lastrowid = False

    @classmethod
    def import_dbapi(cls):
        """The DB-API module (SQLAlchemy 2.0 asks this)."""
        return engagement_dbapi

    @classmethod
    def dbapi(cls):
        """The DB-API module (SQLAlchemy 1.4 asks this; 2.0 replaces it with the module on the instance)."""
        return cls.import_dbapi()

    def create_connect_args(self, url):
        """``engagement://user:password@host:port/?protocol=https&timeout=30`` -> ``dbapi.connect`` arguments."""
        options = dict(url.query)
        protocol = options.pop("protocol", "http")
        timeout = options.pop("timeout", None)
        if options:
            raise ValueError("unknown option(s) in the engagement:// URL: %s (known: protocol, timeout)"
                             % ", ".join(sorted(options)))
        if protocol not in ("http", "https"):
            raise ValueError("protocol must be http or https, not %r" % protocol)
        host = url.host or engagement_dbapi.DEFAULT_HOST
        if ":" in host:
            host = "[%s]" % host
        arguments = {
            "url": "%s://%s:%d/" % (protocol, host, url.port or engagement_dbapi.DEFAULT_PORT),
            "user": url.username,
            "password": url.password,
        }
        if timeout is not None:
            arguments["timeout"] = float(timeout)
        return [], arguments

    def do_rollback(self, dbapi_connection):
        """Nothing to roll back: the server is read-only and every statement commits by itself."""

    def is_disconnect(self, e, connection, cursor):
        """A connection that can no longer be used: the SQLSTATE class 08 (unreachable, broken, closed)."""
        return isinstance(e, engagement_dbapi.Error) and (e.sqlstate or "").startswith("08")

    def _get_server_version_info(self, connection):
        version = connection.connection.get_database_properties()["GET_DATABASE_PRODUCT_VERSION"]
        return tuple(int(number) for number in re.findall(r"\d+", version))

    def _get_default_schema_name(self, connection):
        return connection.connection.get_default_schema()

    # --- reflection ---

    @reflection.cache
    def get_schema_names(self, connection, **kw):
        return [row["TABLE_SCHEM"] for row in connection.connection.get_schemas()]

    @reflection.cache
    def get_table_names(self, connection, schema=None, **kw):
        return self._table_names(connection, schema, "TABLE")

    @reflection.cache
    def get_view_names(self, connection, schema=None, **kw):
        return self._table_names(connection, schema, "VIEW")

    def has_table(self, connection, table_name, schema=None, **kw):
        return bool(connection.connection.get_tables(schema or self.default_schema_name, table_name))

    @reflection.cache
    def get_columns(self, connection, table_name, schema=None, **kw):
        schema = schema or self.default_schema_name
        rows = connection.connection.get_columns(schema, table_name)
        if not rows:  # every table of a file has columns: no rows means no such table
            raise exc.NoSuchTableError("%s.%s" % (schema, table_name))
        return [self._column(row) for row in rows]

    def get_pk_constraint(self, connection, table_name, schema=None, **kw):
        return {"constrained_columns": [], "name": None}

    def get_foreign_keys(self, connection, table_name, schema=None, **kw):
        return []

    def get_indexes(self, connection, table_name, schema=None, **kw):
        return []

    def _table_names(self, connection, schema, table_type):
        rows = connection.connection.get_tables(schema or self.default_schema_name, table_types=[table_type])
        return [row["TABLE_NAME"] for row in rows]

    @staticmethod
    def _column(row):
        return {
            "name": row["COLUMN_NAME"],
            "type": _reflected_type(row),
            "nullable": row["NULLABLE"] != 0,
            "default": row["COLUMN_DEF"],
            "autoincrement": False,
            "comment": row["REMARKS"],
        }


def _reflected_type(row):
    """The SQLAlchemy type of a ``getColumns`` row, from its JDBC type code; NULLTYPE (with a warning) if unknown."""
    type_class = _TYPES_BY_JDBC_CODE.get(row["DATA_TYPE"])
    if type_class is None:
        util.warn("engagement dialect: column %r has type %s (JDBC code %s), which has no SQLAlchemy type"
                  % (row["COLUMN_NAME"], row["TYPE_NAME"], row["DATA_TYPE"]))
        return sqltypes.NULLTYPE
    if type_class is sqltypes.Numeric:
        return sqltypes.Numeric(precision=row["COLUMN_SIZE"], scale=row["DECIMAL_DIGITS"])
    return type_class()
