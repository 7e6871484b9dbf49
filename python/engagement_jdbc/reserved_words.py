"""Words SQLAlchemy quotes as identifiers for the server (Apache Calcite 1.42).

The server parses with Calcite's Babel parser, which reserves only about a hundred words: ``SELECT value,
position, year FROM t`` works, while ``date``, ``time``, ``timestamp``, ``values``, ``select``... must be quoted
(``SELECT "date" FROM ad_spend``). This set is the larger list of Calcite's core parser, every token for which
``SqlParserImpl.FACTORY.getParser(...).getMetadata().isReservedWord`` answers true, and the six Babel adds
(``date_part``, ``dateadd``, ``datediff``, ``datepart``, ``snapshot``, ``volatile``): SQLAlchemy quotes an identifier when its lower-case form is in this set, and quoting a word that needs no
quotes is harmless. Regenerate it when the server's Calcite version changes.
"""

RESERVED_WORDS = frozenset({
    "date_part", "dateadd", "datediff", "datepart", "snapshot", "volatile",
    "abs", "all", "allocate", "allow", "alter", "and", "any", "are", "array", "array_max_cardinality", "as",
    "asensitive", "asof", "asymmetric", "at", "atomic", "authorization", "avg", "begin", "begin_frame",
    "begin_partition", "between", "bigint", "binary", "bit", "blob", "boolean", "both", "by", "call", "called",
    "cardinality", "cascaded", "case", "cast", "ceil", "ceiling", "char", "char_length", "character",
    "character_length", "check", "classifier", "clob", "close", "coalesce", "collate", "collect", "column",
    "commit", "condition", "connect", "constraint", "contains", "convert", "corr", "corresponding", "count",
    "covar_pop", "covar_samp", "create", "cross", "cube", "cume_dist", "current", "current_catalog", "current_date",
    "current_default_transform_group", "current_path", "current_role", "current_row", "current_schema",
    "current_time", "current_timestamp", "current_transform_group_for_type", "current_user", "cursor", "cycle",
    "date", "datetime", "day", "deallocate", "dec", "decimal", "declare", "default", "define", "delete",
    "dense_rank", "deref", "describe", "deterministic", "disallow", "disconnect", "distinct", "double", "drop",
    "dynamic", "each", "element", "else", "empty", "end", "end-exec", "end_frame", "end_partition", "equals",
    "escape", "every", "except", "exec", "execute", "exists", "exp", "explain", "extend", "external", "extract",
    "false", "fetch", "filter", "first_value", "float", "floor", "for", "foreign", "frame_row", "free", "friday",
    "from", "full", "function", "fusion", "get", "global", "grant", "group", "grouping", "groups", "having", "hold",
    "hour", "identity", "import", "in", "indicator", "initial", "inner", "inout", "insensitive", "insert", "int",
    "integer", "intersect", "intersection", "interval", "into", "is", "join", "json_array", "json_arrayagg",
    "json_exists", "json_object", "json_objectagg", "json_query", "json_scope", "json_value", "lag", "language",
    "large", "last_value", "lateral", "lead", "leading", "left", "like", "like_regex", "limit", "ln", "local",
    "localtime", "localtimestamp", "lower", "match", "match_condition", "match_number", "match_recognize",
    "matches", "max", "measure", "measures", "member", "merge", "method", "min", "minus", "minute", "mod",
    "modifies", "module", "monday", "month", "multiset", "national", "natural", "nchar", "nclob", "new", "next",
    "no", "none", "normalize", "not", "nth_value", "ntile", "null", "nullif", "numeric", "occurrences_regex",
    "octet_length", "of", "offset", "old", "omit", "on", "one", "only", "open", "or", "order", "ordinal", "out",
    "outer", "over", "overlaps", "overlay", "parameter", "partition", "pattern", "per", "percent", "percent_rank",
    "percentile_cont", "percentile_disc", "period", "permute", "portion", "position", "position_regex", "power",
    "precedes", "precision", "prepare", "prev", "primary", "procedure", "qualify", "range", "rank", "reads", "real",
    "recursive", "ref", "references", "referencing", "regr_avgx", "regr_avgy", "regr_count", "regr_intercept",
    "regr_r2", "regr_slope", "regr_sxx", "regr_sxy", "regr_syy", "release", "reset", "result", "return", "returns",
    "revoke", "right", "rollback", "rollup", "row", "row_number", "rows", "running", "safe_cast", "safe_offset",
    "safe_ordinal", "saturday", "savepoint", "scope", "scroll", "search", "second", "seek", "select", "sensitive",
    "session_user", "set", "show", "similar", "skip", "smallint", "some", "specific", "specifictype", "sql",
    "sqlexception", "sqlstate", "sqlwarning", "sqrt", "start", "static", "stddev_pop", "stddev_samp", "stream",
    "submultiset", "subset", "substring", "substring_regex", "succeeds", "sum", "sunday", "symmetric", "system",
    "system_time", "system_user", "table", "tablesample", "then", "thursday", "time", "timestamp", "timezone_hour",
    "timezone_minute", "tinyint", "to", "trailing", "translate", "translate_regex", "translation", "treat",
    "trigger", "trim", "trim_array", "true", "truncate", "try_cast", "tuesday", "uescape", "union", "unique",
    "unknown", "unnest", "unsigned", "update", "upper", "upsert", "user", "using", "uuid", "value", "value_of",
    "values", "var_pop", "var_samp", "varbinary", "varchar", "variant", "varying", "versioning", "wednesday",
    "when", "whenever", "where", "width_bucket", "window", "with", "within", "without", "year",
})
