"""Apache Superset engine spec for the ``engagement://`` dialect.

Superset finds ``EngagementEngineSpec`` through this package's ``superset.db_engine_specs`` entry point once the
package is installed in Superset's environment, or when this file is copied into ``superset/db_engine_specs/``
(docs/superset.md). The class exists only where Superset can be imported; the SQL it uses is defined at module
level so that it can be checked against a server without Superset (the test suite runs every expression).

Time grains use ``DATE_TRUNC``, which works on TIMESTAMP and DATE columns alike and always returns a TIMESTAMP.
``FLOOR(col TO unit)`` is not used: on a DATE column, Calcite's FLOOR to SECOND, MINUTE or HOUR returns wrong dates
(``FLOOR(DATE '2026-01-01' TO HOUR)`` gives 1970-01-01), and its weeks start on Sunday where Superset's P1W, like
ISO 8601, starts on Monday.
"""

# Superset's time grain (ISO 8601 duration) -> SQL over the column {col}
TIME_GRAIN_EXPRESSIONS = {
    None: "{col}",
    "PT1S": "DATE_TRUNC('second', {col})",
    "PT1M": "DATE_TRUNC('minute', {col})",
    "PT1H": "DATE_TRUNC('hour', {col})",
    "P1D": "DATE_TRUNC('day', {col})",
    "P1W": "DATE_TRUNC('week', {col})",
    "P1M": "DATE_TRUNC('month', {col})",
    "P3M": "DATE_TRUNC('quarter', {col})",
    "P1Y": "DATE_TRUNC('year', {col})",
}

# seconds since 1970-01-01 00:00:00 (a column of Unix times) -> TIMESTAMP
EPOCH_TO_TIMESTAMP = "TIMESTAMPADD(SECOND, {col}, TIMESTAMP '1970-01-01 00:00:00')"


def datetime_literal(target_type, dttm):
    """The SQL literal of ``dttm`` for a column of type ``target_type`` (``DATE``, ``TIMESTAMP``...), or ``None``
    for a type that takes no date literal, which tells Superset to compare with a plain string."""
    type_name = target_type.upper()
    if type_name.startswith("TIMESTAMP"):
        return "TIMESTAMP '%s'" % dttm.isoformat(sep=" ", timespec="seconds")
    if type_name == "DATE":
        return "DATE '%s'" % dttm.date().isoformat()
    return None


try:
    from superset.db_engine_specs.base import BaseEngineSpec
except ImportError:  # not running inside Superset: the module still provides the SQL above
    BaseEngineSpec = None

if BaseEngineSpec is not None:

    class EngagementEngineSpec(BaseEngineSpec):
        """Engagement JDBC: marketing exports (CSV, JSON, XLSX) queried with Apache Calcite SQL."""

        engine = "engagement"
        engine_name = "Engagement JDBC"
        default_driver = "engagement_jdbc"
        sqlalchemy_uri_placeholder = "engagement://user:password@host:8765/"

        _time_grain_expressions = TIME_GRAIN_EXPRESSIONS

        @classmethod
        def epoch_to_dttm(cls):
            return EPOCH_TO_TIMESTAMP

        @classmethod
        def convert_dttm(cls, target_type, dttm, db_extra=None):
            return datetime_literal(target_type, dttm)
