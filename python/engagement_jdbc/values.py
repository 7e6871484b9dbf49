"""Values between Python and Avatica's JSON: result columns to Python objects, parameters to typed values.

Avatica's JSON encodes a DATE as the number of days since 1970-01-01, a TIMESTAMP as milliseconds since
1970-01-01 00:00:00 and a TIME as milliseconds since midnight; the server's TIMESTAMP has no time zone, so these
numbers are the wall clock as written in the data and are read back as naive ``datetime`` objects. Days and
milliseconds are counted in Java's calendar, which is Julian before 1582-10-15: ``DATE '0001-01-01'`` travels as
-719164 where Python's proleptic Gregorian count is -719162. Dates before the cut-over are converted through the
Julian calendar so that they read and write back as written, instead of two days off (or, for year 1, failing).

DECIMAL values are JSON numbers; the JSON is parsed with ``decimal.Decimal`` for every non-integer number so that a
DECIMAL keeps its digits, and DOUBLE columns are converted to ``float`` from that exact text.
"""

import base64
import datetime
import decimal
import time

from .errors import DataError, ProgrammingError

_EPOCH_DATE = datetime.date(1970, 1, 1)
_MILLIS_PER_DAY = 86_400_000
# 1582-10-15, the first day of the Gregorian calendar in Java's calendar, in days since 1970-01-01
_GREGORIAN_CUTOVER_DAYS = -141_427
_GREGORIAN_CUTOVER_DATE = datetime.date(1582, 10, 15)
# Julian day number of 1970-01-01
_EPOCH_JULIAN_DAY = 2_440_588
_LONG_MIN, _LONG_MAX = -(2 ** 63), 2 ** 63 - 1


# --- PEP 249 type objects and constructors -------------------------------------------------------------------------

class DBAPITypeObject:
    """A PEP 249 type object: equal to every type code (the server's type name, e.g. ``"VARCHAR"``) of its group."""

    def __init__(self, *type_names):
        self.type_names = frozenset(type_names)

    def __eq__(self, other):
        if isinstance(other, DBAPITypeObject):
            return self.type_names == other.type_names
        return other in self.type_names

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.type_names)

    def __repr__(self):
        return "DBAPITypeObject(%s)" % ", ".join(sorted(self.type_names))


STRING = DBAPITypeObject("CHAR", "VARCHAR", "LONGVARCHAR", "NCHAR", "NVARCHAR", "LONGNVARCHAR", "CLOB", "NCLOB")
BINARY = DBAPITypeObject("BINARY", "VARBINARY", "LONGVARBINARY", "BLOB")
NUMBER = DBAPITypeObject("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "REAL", "FLOAT", "DOUBLE", "DECIMAL",
                         "NUMERIC")
DATETIME = DBAPITypeObject("DATE", "TIME", "TIMESTAMP", "TIME_WITH_TIMEZONE", "TIMESTAMP_WITH_TIMEZONE")
ROWID = DBAPITypeObject("ROWID")

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks):  # noqa: N802 - the name is PEP 249's
    """The local date of a POSIX time (PEP 249)."""
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):  # noqa: N802
    """The local time of day of a POSIX time (PEP 249)."""
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):  # noqa: N802
    """The local date and time of a POSIX time (PEP 249)."""
    return Timestamp(*time.localtime(ticks)[:6])


def Binary(value):  # noqa: N802
    """A binary value (PEP 249); sent to the server as bytes."""
    return bytes(value)


# --- Java's calendar -----------------------------------------------------------------------------------------------

def date_from_days(days):
    """The date ``days`` after 1970-01-01 in Java's calendar (Julian before 1582-10-15)."""
    if days >= _GREGORIAN_CUTOVER_DAYS:
        return _EPOCH_DATE + datetime.timedelta(days=days)
    return _julian_date(days + _EPOCH_JULIAN_DAY)


def days_from_date(value):
    """The number of days from 1970-01-01 to ``value`` in Java's calendar; the inverse of ``date_from_days``."""
    if value >= _GREGORIAN_CUTOVER_DATE:
        return (value - _EPOCH_DATE).days
    return _julian_day(value.year, value.month, value.day) - _EPOCH_JULIAN_DAY


def _julian_date(julian_day):
    """The Julian-calendar date of a Julian day number (Richards' algorithm, integer arithmetic)."""
    c = julian_day + 32_082
    d = (4 * c + 3) // 1461
    e = c - (1461 * d) // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = d - 4800 + m // 10
    return datetime.date(year, month, day)


def _julian_day(year, month, day):
    """The Julian day number of a date of the Julian calendar."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32_083


# --- results -------------------------------------------------------------------------------------------------------

def _to_timestamp(millis):
    days, millis_of_day = divmod(millis, _MILLIS_PER_DAY)
    return datetime.datetime.combine(date_from_days(days), _to_time(millis_of_day))


def _to_time(millis_of_day):
    seconds, millis = divmod(millis_of_day, 1000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return datetime.time(hour, minute, second, millis * 1000)


def _to_float(value):
    # NaN and infinities arrive as the strings "NaN", "Infinity", "-Infinity"
    return float(value)


def _to_decimal(value):
    return value if isinstance(value, decimal.Decimal) else decimal.Decimal(value)


def _to_bytes(value):
    return base64.b64decode(value)


# JDBC type code (java.sql.Types) -> converter of the JSON value; types not listed (strings, integers, booleans,
# arrays) arrive as the Python value they should be.
_CONVERTERS = {
    91: date_from_days,
    92: _to_time,
    93: _to_timestamp,
    2: _to_decimal,       # NUMERIC
    3: _to_decimal,       # DECIMAL
    6: _to_float,         # FLOAT
    7: _to_float,         # REAL
    8: _to_float,         # DOUBLE
    -2: _to_bytes,        # BINARY
    -3: _to_bytes,        # VARBINARY
    -4: _to_bytes,        # LONGVARBINARY
}


def row_decoder(columns):
    """A function turning one JSON row of a result with these Avatica ``ColumnMetaData`` into a tuple."""
    converters = [(_CONVERTERS.get(column["type"]["id"]), column) for column in columns]

    def decode(row):
        return tuple(_convert(converter, column, value) for (converter, column), value in zip(converters, row))

    return decode


def _convert(converter, column, value):
    if value is None or converter is None:
        return value
    try:
        return converter(value)
    except (ValueError, OverflowError, ArithmeticError) as error:
        raise DataError("column %r: the %s value %r cannot be represented in Python: %s"
                        % (column["label"], column["type"]["name"], value, error)) from error


# --- parameters ----------------------------------------------------------------------------------------------------

def typed_value(value):
    """The Avatica ``TypedValue`` of a query parameter.

    A naive ``datetime`` is taken as the wall clock the data is written in (the server's TIMESTAMP has no zone); an
    aware one is converted to UTC first. Times and timestamps travel in milliseconds: microseconds are truncated.
    A ``Decimal`` travels as a JSON number, which Avatica's JSON reader turns into a double on the server: digits
    past the 15th or 16th significant one are lost.
    """
    if value is None:
        return {"type": "NULL", "value": None}
    if isinstance(value, bool):
        return {"type": "BOOLEAN", "value": value}
    if isinstance(value, int):
        return {"type": "LONG", "value": _checked_long(value)}
    if isinstance(value, float):
        return {"type": "DOUBLE", "value": _checked_double(value)}
    if isinstance(value, decimal.Decimal):
        return {"type": "NUMBER", "value": _checked_double(float(value))}
    if isinstance(value, str):
        return {"type": "STRING", "value": value}
    if isinstance(value, datetime.datetime):
        return {"type": "JAVA_SQL_TIMESTAMP", "value": _timestamp_millis(value)}
    if isinstance(value, datetime.date):
        return {"type": "JAVA_SQL_DATE", "value": days_from_date(value)}
    if isinstance(value, datetime.time):
        return {"type": "JAVA_SQL_TIME", "value": _time_millis(value)}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"type": "BYTE_STRING", "value": base64.b64encode(bytes(value)).decode("ascii")}
    raise ProgrammingError("a parameter of type %s cannot be sent to the server (supported: None, bool, int, "
                           "float, Decimal, str, date, datetime, time, bytes)" % type(value).__name__)


def _checked_long(value):
    if not _LONG_MIN <= value <= _LONG_MAX:
        raise DataError("the integer parameter %d does not fit in a BIGINT" % value, "22003")
    return value


def _checked_double(value):
    # JSON has no NaN or infinity, and the server's JSON reader rejects Python's non-standard tokens for them
    if value != value or value in (float("inf"), float("-inf")):
        raise DataError("the parameter %r cannot be sent: JSON has no NaN or infinity" % value, "22003")
    return value


def _timestamp_millis(value):
    if value.utcoffset() is not None:
        value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return days_from_date(value.date()) * _MILLIS_PER_DAY + _time_millis(value.time())


def _time_millis(value):
    if value.utcoffset() is not None:
        raise DataError("the parameter %s has a time zone, which the server's TIME cannot hold" % value, "22007")
    return ((value.hour * 60 + value.minute) * 60 + value.second) * 1000 + value.microsecond // 1000
