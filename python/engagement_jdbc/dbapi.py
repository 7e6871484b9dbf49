"""PEP 249 (DB-API 2.0) module for an Engagement JDBC server (``java -jar engagement-jdbc.jar serve``).

    >>> from engagement_jdbc import dbapi
    >>> with dbapi.connect("http://127.0.0.1:8765/") as connection:
    ...     cursor = connection.cursor()
    ...     cursor.execute("SELECT platform, COUNT(*) FROM posts WHERE likes > ? GROUP BY platform", (100,))
    ...     rows = cursor.fetchall()

The server is read-only and every statement commits by itself, so ``commit`` and ``rollback`` do nothing and a
write fails with ``ProgrammingError`` (SQLSTATE 25006). Besides PEP 249, a connection answers the metadata
questions of SQLAlchemy's reflection (``get_schemas``, ``get_tables``, ``get_columns``...) with Avatica's metadata
requests, which is what the server's JDBC driver answers from its own catalog.
"""

import collections
import collections.abc
import urllib.parse

from .errors import (
    DatabaseError,
    DataError,
    Error,
    IntegrityError,
    InterfaceError,
    InternalError,
    NotSupportedError,
    OperationalError,
    ProgrammingError,
    Warning,
)
from .protocol import AvaticaClient
from .values import (
    BINARY,
    DATETIME,
    NUMBER,
    ROWID,
    STRING,
    Binary,
    Date,
    DateFromTicks,
    Time,
    TimeFromTicks,
    Timestamp,
    TimestampFromTicks,
    row_decoder,
    typed_value,
)

# the module's PEP 249 interface, part of it defined in errors.py and values.py
__all__ = [
    "apilevel", "threadsafety", "paramstyle", "connect", "Connection", "Cursor",
    "Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError", "IntegrityError",
    "InternalError", "ProgrammingError", "NotSupportedError",
    "Date", "Time", "Timestamp", "DateFromTicks", "TimeFromTicks", "TimestampFromTicks", "Binary",
    "STRING", "BINARY", "NUMBER", "DATETIME", "ROWID",
]

apilevel = "2.0"
# threads may share the module, not connections: a connection is one conversation with the server
threadsafety = 1
paramstyle = "qmark"

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_TIMEOUT = 60.0


def connect(url=None, host=None, port=None, user=None, password=None, timeout=DEFAULT_TIMEOUT):
    """Opens a connection to the server at ``url`` (``http://host:8765/``), or at ``host`` and ``port``.

    ``user`` and ``password`` are sent with HTTP Basic authentication, which a server started with ``--users`` (or
    ``ENGAGEMENT_SERVER_CREDENTIALS``) requires; they may also be written in the URL (``http://user:pw@host:8765/``).
    ``timeout`` is the number of seconds to wait for each answer of the server.
    """
    url, user, password = _server_address(url, host, port, user, password)
    return Connection(url, user, password, timeout)


def _server_address(url, host, port, user, password):
    """The endpoint URL without credentials, and the credentials, from ``connect``'s arguments."""
    if url is None:
        host = host or DEFAULT_HOST
        if ":" in host:
            host = "[%s]" % host
        return "http://%s:%d/" % (host, port or DEFAULT_PORT), user, password
    if host is not None or port is not None:
        raise InterfaceError("connect() takes either a url or a host and port, not both")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InterfaceError("%r is not an http:// or https:// URL of an Engagement JDBC server" % url)
    if parts.username is None:
        return url, user, password
    address = parts._replace(netloc=parts.netloc.rpartition("@")[2])
    return (urllib.parse.urlunsplit(address),
            user if user is not None else urllib.parse.unquote(parts.username),
            password if password is not None else urllib.parse.unquote(parts.password or ""))


def _like_escaped(name):
    """``name`` as a JDBC metadata pattern matching only itself: ``_`` and ``%`` are wildcards there."""
    return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")


class Connection:
    """A connection to the server (PEP 249). Closing it, or leaving its ``with`` block, ends it on the server."""

    def __init__(self, url, user, password, timeout):
        self._client = AvaticaClient(url, user, password, timeout)
        self._client.open()
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        """Ends the connection on the server and frees its statements there; closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        self._client.close()

    def commit(self):
        """Does nothing: the server is read-only and every statement commits by itself."""
        self._check_open()

    def rollback(self):
        """Does nothing: there is never anything to roll back on the read-only server."""
        self._check_open()

    def cursor(self):
        self._check_open()
        return Cursor(self)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    # --- metadata (not PEP 249): exact names, None for all ---

    def get_schemas(self):
        """The schemas, as JDBC ``getSchemas`` rows (``TABLE_SCHEM``, ``TABLE_CATALOG``), in name order."""
        rows = self._metadata("getSchemas")
        return sorted(rows, key=lambda row: row["TABLE_SCHEM"])

    def get_tables(self, schema=None, table=None, table_types=None):
        """The tables, as JDBC ``getTables`` rows (``TABLE_SCHEM``, ``TABLE_NAME``, ``TABLE_TYPE``...), in order of
        schema and name. ``table_types`` is a list such as ``["TABLE", "VIEW"]``."""
        rows = self._metadata("getTables", schemaPattern=self._pattern(schema), tableNamePattern=self._pattern(table),
                              typeList=table_types)
        return sorted(rows, key=lambda row: (row["TABLE_SCHEM"], row["TABLE_NAME"]))

    def get_columns(self, schema=None, table=None):
        """The columns, as JDBC ``getColumns`` rows (``COLUMN_NAME``, ``DATA_TYPE``, ``TYPE_NAME``, ``NULLABLE``,
        ``ORDINAL_POSITION``...), in order of schema, table and position."""
        rows = self._metadata("getColumns", schemaPattern=self._pattern(schema),
                              tableNamePattern=self._pattern(table))
        return sorted(rows, key=lambda row: (row["TABLE_SCHEM"], row["TABLE_NAME"], row["ORDINAL_POSITION"]))

    def get_database_properties(self):
        """Avatica's database properties: ``GET_DATABASE_PRODUCT_NAME``, ``GET_DATABASE_PRODUCT_VERSION``..."""
        self._check_open()
        return self._client.database_properties()

    def get_default_schema(self):
        """The schema unqualified table names are looked up in (``files`` unless the server's data says else)."""
        self._check_open()
        return self._client.sync()["schema"]

    @staticmethod
    def _pattern(name):
        return None if name is None else _like_escaped(name)

    def _metadata(self, request, **arguments):
        self._check_open()
        result = _Result(self._client, self._client.call(request, **arguments))
        labels = [column["label"] for column in result.columns]
        rows = [dict(zip(labels, row)) for row in result.rows()]
        self._client.close_statement(result.statement_id)
        return rows

    def _check_open(self):
        if self._closed:
            raise InterfaceError("the connection is closed", "08003")


class Cursor:
    """A cursor (PEP 249). Queries without parameters run in one request; with ``?`` parameters the statement is
    prepared once and executed with typed values, and running the same SQL again reuses the prepared statement.
    Rows come in frames (the first of up to 100 rows, the next ones of up to 1000) as they are fetched, so a large
    result is never held whole by the client."""

    def __init__(self, connection):
        self.connection = connection
        self.arraysize = 1
        self.description = None
        self.rowcount = -1
        self._result = None
        self._plain_statement_id = None
        self._prepared_sql = None
        self._prepared_handle = None
        self._closed = False

    def execute(self, operation, parameters=None):
        """Runs one statement; ``parameters`` is a sequence of values for its ``?`` markers."""
        self._check_open()
        self._forget_result()
        client = self.connection._client
        if parameters:
            _check_sequence(parameters)
            handle = self._prepare(operation)
            response = client.execute(handle, self._typed_values(handle, parameters))
        else:
            response = client.prepare_and_execute(self._plain_statement(), operation)
        self._take_result(response)
        return self

    def executemany(self, operation, seq_of_parameters):
        """Runs the statement once per sequence of parameters, prepared once. The server being read-only, this is
        for repeated queries; the result and ``rowcount`` are those of the last run."""
        for parameters in seq_of_parameters:
            self.execute(operation, parameters)
        return self

    def fetchone(self):
        return self._next_row()

    def fetchmany(self, size=None):
        rows = []
        for _ in range(self.arraysize if size is None else size):
            row = self._next_row()
            if row is None:
                break
            rows.append(row)
        return rows

    def fetchall(self):
        return list(iter(self._next_row, None))

    def __iter__(self):
        return self

    def __next__(self):
        row = self._next_row()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        """Closes the cursor and frees its statements on the server; closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        self._forget_result()
        if self.connection.closed:
            return  # the server freed the statements with the connection
        for statement_id in (self._plain_statement_id, self._prepared_statement_id()):
            if statement_id is not None:
                self.connection._client.close_statement(statement_id)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def setinputsizes(self, sizes):
        """Does nothing (PEP 249 allows it): parameters are typed from their Python values."""

    def setoutputsize(self, size, column=None):
        """Does nothing (PEP 249 allows it): values arrive whole."""

    # --- statements ---

    def _plain_statement(self):
        if self._plain_statement_id is None:
            self._plain_statement_id = self.connection._client.create_statement()
        return self._plain_statement_id

    def _prepare(self, operation):
        if operation != self._prepared_sql:
            previous = self._prepared_statement_id()
            self._prepared_sql = self._prepared_handle = None
            if previous is not None:
                self.connection._client.close_statement(previous)
            self._prepared_handle = self.connection._client.prepare(operation)
            self._prepared_sql = operation
        return self._prepared_handle

    def _prepared_statement_id(self):
        return None if self._prepared_handle is None else self._prepared_handle["id"]

    @staticmethod
    def _typed_values(handle, parameters):
        expected = len(handle["signature"]["parameters"])
        if len(parameters) != expected:
            raise ProgrammingError("the statement has %d ? marker(s) but %d parameter(s) were given"
                                   % (expected, len(parameters)), "07001")
        return [typed_value(value) for value in parameters]

    # --- results ---

    def _take_result(self, response):
        if response.get("signature") is None:
            self.rowcount = response.get("updateCount", -1)
            return
        self._result = _Result(self.connection._client, response)
        self.description = [_description(column) for column in self._result.columns]
        self.rowcount = self._result.row_count()

    def _forget_result(self):
        self._result = None
        self.description = None
        self.rowcount = -1

    def _next_row(self):
        self._check_open()
        if self._result is None:
            raise ProgrammingError("there is no result to fetch: no query was executed, or it returned no result set")
        row = self._result.next_row()
        if row is None:
            self.rowcount = self._result.row_count()
        return row

    def _check_open(self):
        if self._closed:
            raise InterfaceError("the cursor is closed", "24000")
        self.connection._check_open()


def _check_sequence(parameters):
    if isinstance(parameters, (str, bytes, dict)) or not isinstance(parameters, collections.abc.Sequence):
        raise ProgrammingError("parameters must be a sequence (list or tuple) of values for the ? markers "
                               "(paramstyle qmark), not %s" % type(parameters).__name__)


def _description(column):
    """The PEP 249 7-tuple of a column: name, type code (the server's type name), display size, internal size,
    precision, scale and whether it may be NULL (``None`` when the server does not know)."""
    return (
        column["label"],
        column["type"]["name"],
        _known_size(column.get("displaySize")),
        None,
        _known_size(column.get("precision")),
        column.get("scale"),
        {0: False, 1: True}.get(column.get("nullable")),
    )


def _known_size(size):
    # the server writes 0 or -1 where a size does not apply (a DATE's precision, an unbounded VARCHAR)
    return size if size is not None and size > 0 else None


class _Result:
    """The rows of one result set, decoded frame by frame as they are read."""

    def __init__(self, client, response):
        self._client = client
        self.statement_id = response["statementId"]
        self.columns = response["signature"]["columns"]
        self._decode = row_decoder(self.columns)
        self._rows = collections.deque()
        self._received = 0
        self._done = False
        self._add(response["firstFrame"])

    def next_row(self):
        """The next row as a tuple, fetching the next frame when needed; ``None`` after the last one."""
        if not self._rows and not self._done:
            self._add(self._client.fetch(self.statement_id, self._received))
        return self._rows.popleft() if self._rows else None

    def rows(self):
        return iter(self.next_row, None)

    def row_count(self):
        """The number of rows of the result once all have arrived, else -1 (PEP 249's "not known")."""
        return self._received if self._done else -1

    def _add(self, frame):
        rows = frame["rows"]
        if not rows and not frame["done"]:
            raise InternalError("the server sent an empty frame of statement %d without marking the end of the "
                                "result" % self.statement_id)
        self._rows.extend(self._decode(row) for row in rows)
        self._received += len(rows)
        self._done = frame["done"]
