"""The DB-API module against a live server: results, frames, parameters, types, errors, authentication, metadata."""

import collections
import datetime
import decimal
import subprocess
import sys
import unittest
import urllib.parse

from engagement_jdbc import dbapi

from . import support


class ModuleTest(unittest.TestCase):
    """The module-level names PEP 249 requires."""

    def test_globals(self):
        self.assertEqual("2.0", dbapi.apilevel)
        self.assertEqual(1, dbapi.threadsafety)
        self.assertEqual("qmark", dbapi.paramstyle)

    def test_exception_hierarchy(self):
        self.assertTrue(issubclass(dbapi.Error, Exception))
        self.assertTrue(issubclass(dbapi.Warning, Exception))
        self.assertTrue(issubclass(dbapi.InterfaceError, dbapi.Error))
        self.assertTrue(issubclass(dbapi.DatabaseError, dbapi.Error))
        for name in ("DataError", "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
                     "NotSupportedError"):
            self.assertTrue(issubclass(getattr(dbapi, name), dbapi.DatabaseError), name)

    def test_type_objects_compare_equal_to_the_type_codes_of_their_group(self):
        self.assertEqual(dbapi.STRING, "VARCHAR")
        self.assertEqual(dbapi.NUMBER, "BIGINT")
        self.assertEqual(dbapi.NUMBER, "DECIMAL")
        self.assertEqual(dbapi.DATETIME, "TIMESTAMP")
        self.assertEqual(dbapi.DATETIME, "DATE")
        self.assertEqual(dbapi.BINARY, "VARBINARY")
        self.assertNotEqual(dbapi.STRING, "INTEGER")
        self.assertNotEqual(dbapi.ROWID, "VARCHAR")

    def test_constructors(self):
        self.assertEqual(datetime.date(2026, 1, 31), dbapi.Date(2026, 1, 31))
        self.assertEqual(datetime.time(13, 45, 30), dbapi.Time(13, 45, 30))
        self.assertEqual(datetime.datetime(2026, 1, 31, 13, 45), dbapi.Timestamp(2026, 1, 31, 13, 45))
        self.assertEqual(datetime.datetime.fromtimestamp(86400 * 365), dbapi.TimestampFromTicks(86400 * 365))
        self.assertEqual(datetime.date.fromtimestamp(86400 * 365), dbapi.DateFromTicks(86400 * 365))
        self.assertEqual(datetime.datetime.fromtimestamp(3723).time(), dbapi.TimeFromTicks(3723))
        self.assertEqual(b"\x0a\xff", dbapi.Binary(bytearray(b"\x0a\xff")))

    def test_the_package_imports_without_sqlalchemy(self):
        # sys.modules["sqlalchemy"] = None makes every import of SQLAlchemy fail, as if it were not installed
        code = ("import sys; sys.modules['sqlalchemy'] = None; import engagement_jdbc; "
                "print(engagement_jdbc.connect is engagement_jdbc.dbapi.connect)")
        completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        self.assertEqual("True", completed.stdout.strip())


class LiveTest(unittest.TestCase):
    """A test with a connection to the open server, closed after it."""

    def setUp(self):
        self.connection = dbapi.connect(support.URL)
        self.addCleanup(self.connection.close)
        self.cursor = self.connection.cursor()

    def query(self, sql, parameters=None):
        self.cursor.execute(sql, parameters)
        return self.cursor.fetchall()

    def scalar(self, sql, parameters=None):
        (row,) = self.query(sql, parameters)
        return row[0]


class ResultTest(LiveTest):

    def test_description_names_and_type_codes(self):
        self.cursor.execute("SELECT post_id, published_at, likes, COUNT(*) OVER () AS total FROM posts LIMIT 1")
        self.assertEqual(["post_id", "published_at", "likes", "total"], [d[0] for d in self.cursor.description])
        self.assertEqual(["VARCHAR", "TIMESTAMP", "INTEGER", "BIGINT"], [d[1] for d in self.cursor.description])
        self.assertEqual([dbapi.STRING, dbapi.DATETIME, dbapi.NUMBER, dbapi.NUMBER],
                         [d[1] for d in self.cursor.description])
        self.assertEqual([("post_id", "VARCHAR", None, None, None, 0, True),
                          ("published_at", "TIMESTAMP", 3, None, 3, 0, True),
                          ("likes", "INTEGER", 10, None, 10, 0, True),
                          ("total", "BIGINT", 19, None, 19, 0, False)], self.cursor.description)

    def test_fetchone_fetchmany_fetchall_return_the_rows_of_the_file_in_order(self):
        expected = [(row["post_id"], row["platform"], support.published_at(row), int(row["likes"]),
                     support.integer_or_none(row["saves"])) for row in support.posts()]
        self.cursor.execute("SELECT post_id, platform, published_at, likes, saves FROM posts ORDER BY post_id")
        self.assertEqual(expected[0], self.cursor.fetchone())
        self.assertEqual(expected[1:2], self.cursor.fetchmany())
        self.cursor.arraysize = 3
        self.assertEqual(expected[2:5], self.cursor.fetchmany())
        self.assertEqual(expected[5:15], self.cursor.fetchmany(10))
        self.assertEqual(expected[15:], self.cursor.fetchall())
        self.assertEqual(812, len(expected))
        self.assertIsNone(self.cursor.fetchone())
        self.assertEqual([], self.cursor.fetchmany(5))
        self.assertEqual([], self.cursor.fetchall())

    def test_a_result_of_many_frames_arrives_whole(self):
        expected = sorted(int(row["touch_id"]) for row in support.read_csv("touches.csv"))
        self.assertEqual(5933, len(expected))
        self.cursor.execute("SELECT touch_id FROM touches ORDER BY touch_id")
        self.assertEqual(-1, self.cursor.rowcount)  # a first frame holds 100 rows: the count is not known yet
        self.assertEqual(expected, [touch_id for (touch_id,) in self.cursor.fetchall()])
        self.assertEqual(5933, self.cursor.rowcount)

    def test_iteration_and_fetchmany_cross_frame_boundaries(self):
        self.cursor.execute("SELECT touch_id, channel FROM touches ORDER BY touch_id")
        chunks = [self.cursor.fetchmany(999) for _ in range(3)]
        rest = list(self.cursor)
        ids = [row[0] for chunk in chunks for row in chunk] + [row[0] for row in rest]
        self.assertEqual(list(range(1, 5934)), ids)
        channels = collections.Counter(row[1] for chunk in chunks + [rest] for row in chunk)
        self.assertEqual(collections.Counter(row["channel"] for row in support.read_csv("touches.csv")), channels)

    def test_small_result_has_its_rowcount_at_once(self):
        rows = self.query("SELECT platform, COUNT(*) FROM posts GROUP BY platform ORDER BY platform")
        self.assertEqual(5, self.cursor.rowcount)
        self.assertEqual(sorted(collections.Counter(row["platform"] for row in support.posts()).items()), rows)
        self.assertEqual([("facebook", 147), ("instagram", 202), ("linkedin", 123), ("tiktok", 167), ("x", 173)],
                         rows)

    def test_a_cursor_runs_one_statement_after_another(self):
        self.assertEqual(812, self.scalar("SELECT COUNT(*) FROM posts"))
        self.assertEqual(5933, self.scalar("SELECT COUNT(*) FROM touches"))
        self.assertEqual(463, self.scalar("SELECT COUNT(*) FROM conversions WHERE conversion_id <> ?", ("x",)))
        self.assertEqual(1000, self.scalar("SELECT COUNT(*) FROM contacts"))

    def test_driver_functions_run_remotely(self):
        expected = {}
        for row in support.posts():
            sums = expected.setdefault(row["platform"], [0, 0])
            sums[0] += int(row["likes"]) + int(row["comments"]) + int(row["shares"])
            sums[1] += int(row["reach"])
        rows = self.query("SELECT platform, ENGAGEMENT_RATE_AGG(likes + comments + shares, reach) FROM posts "
                          "GROUP BY platform ORDER BY platform")
        self.assertEqual(sorted(expected), [platform for platform, _ in rows])
        for platform, rate in rows:
            interactions, reach = expected[platform]
            self.assertAlmostEqual(interactions / reach, rate, places=12)

    def test_context_managers_close(self):
        with dbapi.connect(support.URL) as connection:
            with connection.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM posts")
                self.assertEqual((812,), cursor.fetchone())
            with self.assertRaises(dbapi.InterfaceError):
                cursor.execute("SELECT 1")
        self.assertTrue(connection.closed)
        with self.assertRaises(dbapi.InterfaceError) as raised:
            connection.cursor()
        self.assertEqual("08003", raised.exception.sqlstate)

    def test_commit_and_rollback_do_nothing(self):
        self.connection.commit()
        self.connection.rollback()
        self.assertEqual(812, self.scalar("SELECT COUNT(*) FROM posts"))


class ParameterTest(LiveTest):

    def test_string_and_integer(self):
        expected = sum(1 for row in support.posts() if row["platform"] == "instagram" and int(row["likes"]) > 100)
        self.assertEqual(194, expected)
        self.assertEqual(expected, self.scalar("SELECT COUNT(*) FROM posts WHERE platform = ? AND likes > ?",
                                               ["instagram", 100]))

    def test_float_and_decimal(self):
        expected = sum(1 for row in support.read_csv("conversions.csv") if float(row["value"]) > 49.9)
        self.assertEqual(270, expected)
        sql = 'SELECT COUNT(*) FROM conversions WHERE "value" > ?'
        self.assertEqual(expected, self.scalar(sql, (49.9,)))
        self.assertEqual(expected, self.scalar(sql, (decimal.Decimal("49.9"),)))

    def test_date(self):
        rows = support.read_csv("ad_spend.csv")
        self.assertEqual(sum(1 for row in rows if row["date"] == "2026-01-01"),
                         self.scalar('SELECT COUNT(*) FROM ad_spend WHERE "date" = ?', (datetime.date(2026, 1, 1),)))
        in_march = sum(1 for row in rows if "2026-03-01" <= row["date"] <= "2026-03-31")
        self.assertEqual(in_march, self.scalar('SELECT COUNT(*) FROM ad_spend WHERE "date" BETWEEN ? AND ?',
                                               (datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))))

    def test_datetime(self):
        start, end = datetime.datetime(2026, 2, 1), datetime.datetime(2026, 3, 1)
        expected = sum(1 for row in support.posts() if start <= support.published_at(row) < end)
        self.assertEqual(102, expected)
        self.assertEqual(expected, self.scalar(
            "SELECT COUNT(*) FROM posts WHERE published_at >= ? AND published_at < ?", (start, end)))

    def test_text_is_read_as_the_type_it_is_compared_with(self):
        # pandas and hand-written code pass dates and numbers as strings: the server reads them as SQL literals
        start, end = datetime.datetime(2026, 2, 1), datetime.datetime(2026, 3, 1)
        expected = sum(1 for row in support.posts() if start <= support.published_at(row) < end)
        self.assertEqual(102, expected)
        self.assertEqual(expected, self.scalar(
            "SELECT COUNT(*) FROM posts WHERE published_at >= ? AND published_at < ?",
            ("2026-02-01 00:00:00", "2026-03-01T00:00:00")))
        self.assertEqual(194, self.scalar("SELECT COUNT(*) FROM posts WHERE platform = ? AND likes > ?",
                                          ["instagram", "100"]))
        with self.assertRaises(dbapi.DataError) as raised:
            self.scalar("SELECT COUNT(*) FROM posts WHERE published_at >= ?", ("last week",))
        self.assertEqual("22007", raised.exception.sqlstate)

    def test_aware_datetime_is_converted_to_utc(self):
        paris = datetime.timezone(datetime.timedelta(hours=1))
        self.assertEqual(["P000001"], [row[0] for row in self.query(
            "SELECT post_id FROM posts WHERE published_at = ?",
            (datetime.datetime(2026, 1, 1, 8, 20, tzinfo=paris),))])

    def test_none(self):
        expected = sum(1 for row in support.posts() if row["campaign"] == "")
        self.assertEqual(246, expected)
        self.assertEqual(expected, self.scalar("SELECT COUNT(*) FROM posts WHERE campaign IS NOT DISTINCT FROM ?",
                                               (None,)))

    def test_boolean(self):
        contacts = support.read_csv("contacts.csv")
        for flag in (True, False):
            expected = sum(1 for row in contacts if row["opted_in"] == str(flag).lower())
            self.assertEqual(expected, self.scalar("SELECT COUNT(*) FROM contacts WHERE opted_in = ?", (flag,)))

    def test_values_come_back_as_sent(self):
        sent = ("abonnés € \"quoted\" \\ 😀", 2 ** 62, 0.1, datetime.date(2026, 2, 28),
                datetime.datetime(2026, 2, 28, 23, 59, 59, 123000), datetime.time(13, 45, 30))
        row = self.query("SELECT CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS DOUBLE), CAST(? AS DATE), "
                         "CAST(? AS TIMESTAMP), CAST(? AS TIME) FROM (VALUES (1))", sent)
        self.assertEqual([sent], row)

    def test_question_mark_in_a_literal_without_parameters_is_text(self):
        self.assertEqual("?", self.scalar("SELECT '?' FROM (VALUES (1))"))

    def test_same_sql_is_prepared_once(self):
        sql = "SELECT COUNT(*) FROM posts WHERE platform = ?"
        self.cursor.execute(sql, ("x",))
        handle = self.cursor._prepared_handle
        self.assertEqual([(173,)], self.cursor.fetchall())
        self.cursor.execute(sql, ("tiktok",))
        self.assertIs(handle, self.cursor._prepared_handle)
        self.assertEqual([(167,)], self.cursor.fetchall())

    def test_executemany_leaves_the_last_result(self):
        self.cursor.executemany("SELECT COUNT(*) FROM posts WHERE platform = ?", [("x",), ("linkedin",)])
        self.assertEqual([(123,)], self.cursor.fetchall())

    def test_wrong_number_of_parameters(self):
        with self.assertRaises(dbapi.ProgrammingError) as raised:
            self.cursor.execute("SELECT COUNT(*) FROM posts WHERE platform = ? AND likes > ?", ("x",))
        self.assertEqual("07001", raised.exception.sqlstate)
        self.assertIn("2 ? marker(s) but 1 parameter(s)", raised.exception.message)

    def test_parameters_must_be_a_sequence(self):
        with self.assertRaises(dbapi.ProgrammingError):
            self.cursor.execute("SELECT COUNT(*) FROM posts WHERE platform = ?", "x")
        with self.assertRaises(dbapi.ProgrammingError):
            self.cursor.execute("SELECT COUNT(*) FROM posts WHERE platform = ?", {"platform": "x"})

    def test_unsupported_parameter_values(self):
        with self.assertRaises(dbapi.ProgrammingError):
            self.cursor.execute("SELECT COUNT(*) FROM posts WHERE platform = ?", (object(),))
        with self.assertRaises(dbapi.DataError):
            self.cursor.execute("SELECT COUNT(*) FROM posts WHERE likes > ?", (2 ** 63,))
        with self.assertRaises(dbapi.DataError):
            self.cursor.execute("SELECT COUNT(*) FROM posts WHERE likes > ?", (float("nan"),))


class TypeTest(LiveTest):

    def test_literals_of_every_type(self):
        row = self.query(
            "SELECT DATE '2026-01-01', TIMESTAMP '2026-03-14 18:05:30.250', TIME '13:45:30.5', "
            "CAST(1.25 AS DECIMAL(5, 2)), CAST(2.5 AS DOUBLE), CAST(7 AS INTEGER), 12345678901234, "
            "TRUE, FALSE, CAST(NULL AS INTEGER), X'0AFF', CAST(1 AS DOUBLE) / 0, 'text' FROM (VALUES (1))")[0]
        expected = (datetime.date(2026, 1, 1), datetime.datetime(2026, 3, 14, 18, 5, 30, 250000),
                    datetime.time(13, 45, 30, 500000), decimal.Decimal("1.25"), 2.5, 7, 12345678901234, True, False,
                    None, b"\x0a\xff", float("inf"), "text")
        self.assertEqual(expected, row)
        self.assertEqual([datetime.date, datetime.datetime, datetime.time, decimal.Decimal, float, int, int, bool,
                          bool, type(None), bytes, float, str], [type(value) for value in row])

    def test_decimal_keeps_its_digits(self):
        self.assertEqual(decimal.Decimal("1234567890.123456789"),
                         self.scalar("SELECT CAST('1234567890.123456789' AS DECIMAL(19, 9)) FROM (VALUES (1))"))

    def test_dates_before_the_gregorian_calendar_read_as_written(self):
        # Java counts these days in the Julian calendar; Python's count differs by 2 days in year 1
        self.assertEqual([(datetime.date(1, 1, 1), datetime.date(1500, 3, 1),
                           datetime.datetime(1582, 10, 4, 12, 30), datetime.date(1582, 10, 15))],
                         self.query("SELECT DATE '0001-01-01', DATE '1500-03-01', TIMESTAMP '1582-10-04 12:30:00', "
                                    "DATE '1582-10-15' FROM (VALUES (1))"))

    def test_columns_of_the_sample_files(self):
        contact = support.read_csv("contacts.csv")[0]
        self.assertEqual([(int(contact["contact_id"]), contact["opted_in"] == "true",
                           datetime.date.fromisoformat(contact["signed_up_on"]))],
                         self.query("SELECT contact_id, opted_in, signed_up_on FROM contacts WHERE contact_id = 1"))
        spend = support.read_csv("ad_spend.csv")[0]
        self.assertEqual([(datetime.date.fromisoformat(spend["date"]), float(spend["spend"]), int(spend["clicks"]))],
                         self.query('SELECT "date", spend, clicks FROM ad_spend '
                                    'WHERE "date" = DATE \'2026-01-01\' AND channel = \'facebook\''))
        conversion = support.read_csv("conversions.csv")[0]
        self.assertEqual([(datetime.datetime.strptime(conversion["ts"], "%Y-%m-%d %H:%M:%S"),
                           float(conversion["value"]))],
                         self.query("SELECT ts, \"value\" FROM conversions WHERE conversion_id = 'C00001'"))


class TextTest(LiveTest):
    """Text literals are VARCHAR and never padded to the width of a longer one, as in PostgreSQL."""

    def test_join_on_values_of_different_lengths_keeps_every_key(self):
        networks = {"facebook": "Meta", "instagram": "Meta", "linkedin": "Microsoft", "x": "X Corp",
                    "tiktok": "ByteDance"}
        expected = collections.Counter(networks[row["platform"]] for row in support.posts())
        rows = self.query("SELECT d.network, COUNT(*) FROM posts p JOIN (VALUES ('facebook', 'Meta'), "
                          "('instagram', 'Meta'), ('linkedin', 'Microsoft'), ('x', 'X Corp'), "
                          "('tiktok', 'ByteDance')) AS d (platform, network) ON p.platform = d.platform "
                          "GROUP BY d.network ORDER BY 1")
        self.assertEqual(sorted(expected.items()), rows)
        self.assertEqual(4, len(rows))

    def test_case_label_is_unpadded_varchar(self):
        expected = collections.Counter("viral" if int(row["likes"]) > 100 else "regular" for row in support.posts())
        self.cursor.execute("SELECT CASE WHEN likes > 100 THEN 'viral' ELSE 'regular' END AS label, COUNT(*) "
                            "FROM posts GROUP BY 1 ORDER BY 1")
        self.assertEqual(sorted(expected.items()), self.cursor.fetchall())
        self.assertEqual("VARCHAR", self.cursor.description[0][1])
        self.assertEqual(expected["viral"], self.scalar(
            "SELECT COUNT(*) FROM (SELECT CASE WHEN likes > 100 THEN 'viral' ELSE 'regular' END AS label "
            "FROM posts) t WHERE label = 'viral'"))

    def test_union_of_labels_of_different_lengths(self):
        self.assertEqual([("a",), ("abc",)], self.query("SELECT 'a' UNION ALL SELECT 'abc'"))


class ErrorTest(LiveTest):

    def assert_error(self, sql, error_class, sqlstate, parameters=None):
        with self.assertRaises(error_class) as raised:
            self.cursor.execute(sql, parameters)
        error = raised.exception
        self.assertEqual(sqlstate, error.sqlstate)
        self.assertTrue(error.message.strip())
        self.assertIsInstance(error.errorcode, int)
        self.assertIn(sqlstate, str(error))
        return error

    def test_unknown_column(self):
        error = self.assert_error("SELECT nope FROM posts", dbapi.ProgrammingError, "42703")
        self.assertIn("Column 'nope' not found", error.message)

    def test_unknown_column_in_a_prepared_statement(self):
        self.assert_error("SELECT nope FROM posts WHERE platform = ?", dbapi.ProgrammingError, "42703", ("x",))

    def test_unknown_table(self):
        error = self.assert_error("SELECT * FROM nope", dbapi.ProgrammingError, "42S02")
        self.assertIn("'nope' not found", error.message)

    def test_syntax(self):
        self.assert_error("SELEC 1", dbapi.ProgrammingError, "42000")

    def test_reserved_word_unquoted(self):
        error = self.assert_error("SELECT date FROM ad_spend", dbapi.ProgrammingError, "42000")
        self.assertIn('quote it: "date"', error.message)

    def test_keywords_are_column_names_unquoted(self):
        conversions = support.read_csv("conversions.csv")
        self.assertAlmostEqual(sum(float(row["value"]) for row in conversions),
                               self.scalar("SELECT SUM(value) FROM conversions"))

    def test_writes_are_refused(self):
        error = self.assert_error("INSERT INTO posts (post_id) VALUES ('x')", dbapi.ProgrammingError, "25006")
        self.assertIn("read-only", error.message)
        self.assert_error("DELETE FROM posts", dbapi.ProgrammingError, "25006")

    def test_data_errors(self):
        self.assert_error("SELECT 1 / 0 FROM posts", dbapi.DataError, "22012")
        self.assert_error("SELECT CAST('abc' AS INTEGER) FROM posts", dbapi.DataError, "22018")

    def test_the_cursor_works_after_an_error(self):
        self.assert_error("SELECT nope FROM posts", dbapi.ProgrammingError, "42703")
        self.assertEqual(812, self.scalar("SELECT COUNT(*) FROM posts"))

    def test_a_connection_the_server_dropped(self):
        self.connection._client.close()  # what the server does to a connection idle for 10 minutes
        with self.assertRaises(dbapi.OperationalError) as raised:
            self.cursor.execute("SELECT COUNT(*) FROM posts")
        self.assertEqual("08003", raised.exception.sqlstate)
        self.assertIn("open a new connection", raised.exception.message)

    def test_fetch_without_a_result(self):
        with self.assertRaises(dbapi.ProgrammingError):
            self.cursor.fetchone()

    def test_connection_refused_names_the_url(self):
        url = support.closed_port_url()
        with self.assertRaises(dbapi.OperationalError) as raised:
            dbapi.connect(url)
        self.assertEqual("08001", raised.exception.sqlstate)
        self.assertIn(url, raised.exception.message)

    def test_not_an_http_url(self):
        with self.assertRaises(dbapi.InterfaceError):
            dbapi.connect("jdbc:engagement:/tmp")


class AuthenticationTest(unittest.TestCase):

    def assert_refused(self, **credentials):
        with self.assertRaises(dbapi.OperationalError) as raised:
            dbapi.connect(support.AUTH_URL, **credentials)
        self.assertEqual("28000", raised.exception.sqlstate)
        self.assertIn("authentication failed", raised.exception.message)
        self.assertIn("HTTP 401", raised.exception.message)
        return raised.exception

    def test_without_credentials(self):
        self.assertIn("none was given", self.assert_refused().message)

    def test_wrong_password(self):
        error = self.assert_refused(user=support.USER, password=support.PASSWORD + "-wrong")
        self.assertIn(repr(support.USER), error.message)

    def test_right_password(self):
        with dbapi.connect(support.AUTH_URL, user=support.USER, password=support.PASSWORD) as connection:
            cursor = connection.cursor()
            cursor.execute("SELECT COUNT(*) FROM posts WHERE platform = ?", ("tiktok",))
            self.assertEqual([(167,)], cursor.fetchall())

    def test_credentials_in_the_url(self):
        scheme, _, rest = support.AUTH_URL.partition("://")
        quoted = [urllib.parse.quote(text, safe="") for text in (support.USER, support.PASSWORD)]
        url = "%s://%s:%s@%s" % (scheme, quoted[0], quoted[1], rest)
        with dbapi.connect(url) as connection:
            cursor = connection.cursor()
            cursor.execute("SELECT COUNT(*) FROM touches")
            self.assertEqual((5933,), cursor.fetchone())


class MetadataTest(LiveTest):

    def test_schemas_and_default_schema(self):
        self.assertEqual(["files", "sys"], [row["TABLE_SCHEM"] for row in self.connection.get_schemas()])
        self.assertEqual("files", self.connection.get_default_schema())

    def test_tables(self):
        names = [row["TABLE_NAME"] for row in self.connection.get_tables("files")]
        self.assertEqual(["ad_spend", "api_posts", "api_posts__insights_data", "brand_assessment", "campagne_fr",
                          "contacts", "conversions", "engagement_matrix", "posts", "touches"], names)
        self.assertEqual(["functions", "rejects", "skipped_lines", "source_columns", "sources"],
                         [row["TABLE_NAME"] for row in self.connection.get_tables("sys")])

    def test_a_name_is_not_a_pattern(self):
        # in a JDBC pattern "_" matches any character; the connection's methods take exact names
        self.assertEqual([], self.connection.get_tables("files", "ad%"))
        self.assertEqual(["api_posts"], [row["TABLE_NAME"] for row in self.connection.get_tables("files", "api_posts")])

    def test_columns(self):
        columns = self.connection.get_columns("files", "posts")
        self.assertEqual(list(support.posts()[0]), [column["COLUMN_NAME"] for column in columns])
        types = {column["COLUMN_NAME"]: column["TYPE_NAME"] for column in columns}
        self.assertEqual(("VARCHAR", "TIMESTAMP", "INTEGER"),
                         (types["platform"], types["published_at"], types["likes"]))

    def test_database_properties(self):
        properties = self.connection.get_database_properties()
        self.assertEqual("Engagement JDBC", properties["GET_DATABASE_PRODUCT_NAME"])


if __name__ == "__main__":
    unittest.main()
