"""The PEP 249 exception hierarchy, and the choice of class for an error the server reports.

The server sends every SQL error with its SQLSTATE (``42703`` unknown column, ``42S02`` unknown table, ``25006`` a
write on the read-only connection...). The class of the Python exception follows the SQLSTATE's two-character class,
so that an application can catch ``ProgrammingError`` for a mistake in its SQL and ``OperationalError`` for a server
that cannot be reached, without parsing messages; the exact state stays available as ``.sqlstate``.
"""


class Error(Exception):
    """Base of every error of this module (PEP 249).

    ``message`` is the server's (or this client's) message as it is, ``sqlstate`` the five-character SQLSTATE (``None``
    when there is none) and ``errorcode`` the server's vendor code (``None`` for errors found by the client).
    ``str()`` shows the message followed by the SQLSTATE, which is what a user needs to look the error up.
    """

    def __init__(self, message, sqlstate=None, errorcode=None):
        super().__init__(message)
        self.message = message
        self.sqlstate = sqlstate
        self.errorcode = errorcode

    def __str__(self):
        if self.sqlstate:
            return "%s (SQLSTATE %s)" % (self.message, self.sqlstate)
        return self.message


class Warning(Exception):  # noqa: A001 - the name is PEP 249's
    """Important warnings (PEP 249); the server sends none, it is here for the API's completeness."""


class InterfaceError(Error):
    """A misuse of this module itself, such as a cursor used after it was closed."""


class DatabaseError(Error):
    """An error reported by the server that no more precise class describes."""


class DataError(DatabaseError):
    """A value that cannot be processed: division by zero, a number out of range, a text that is not a number."""


class OperationalError(DatabaseError):
    """The server cannot be used: unreachable, authentication refused, out of memory, connection gone."""


class IntegrityError(DatabaseError):
    """A constraint violation (SQLSTATE class 23); the read-only server should never raise it."""


class InternalError(DatabaseError):
    """An error inside the server (SQLSTATE class XX): a bug to report, not a mistake in the query."""


class ProgrammingError(DatabaseError):
    """A mistake in the SQL: syntax, unknown table or column, wrong parameters, a write on the read-only server."""


class NotSupportedError(DatabaseError):
    """A feature the server does not have (SQLSTATE class 0A)."""


# SQLSTATE class (the first two characters) -> exception class. 25 (invalid transaction state) is a
# ProgrammingError because the only one the server raises is 25006, a write the program asked for.
_ERROR_BY_SQLSTATE_CLASS = {
    "07": ProgrammingError,
    "08": OperationalError,
    "0A": NotSupportedError,
    "22": DataError,
    "23": IntegrityError,
    "25": ProgrammingError,
    "28": OperationalError,
    "40": OperationalError,
    "42": ProgrammingError,
    "53": OperationalError,
    "54": OperationalError,
    "57": OperationalError,
    "XX": InternalError,
}


def error_class_for(sqlstate):
    """The exception class for a SQLSTATE; ``DatabaseError`` for an unknown or missing one."""
    if not sqlstate:
        return DatabaseError
    return _ERROR_BY_SQLSTATE_CLASS.get(sqlstate[:2].upper(), DatabaseError)


def error_from_response(response, request_name):
    """The exception for an Avatica error response (``{"response": "error", ...}``).

    The server gives every error its SQLSTATE, a connection it no longer has included (08003: it closes connections
    left idle for 10 minutes, and all of them when it restarts), so that a pool can tell that from a mistake in the
    SQL. Errors of Avatica's protocol itself may come without a message; the exception then names the request and
    the server's code.
    """
    sqlstate = response.get("sqlState")
    errorcode = response.get("errorCode")
    message = response.get("errorMessage") or (
        "the server reported an error without a message for request %r (error code %s, severity %s)"
        % (request_name, errorcode, response.get("severity")))
    return error_class_for(sqlstate)(message, sqlstate, errorcode)
