"""The SQLAlchemy dialect against a live server: engine from the URL, reflection, Core queries as Superset builds
them, bound parameters, errors and authentication."""

import collections
import datetime
import unittest

import sqlalchemy
from sqlalchemy import (Boolean, DateTime, Integer, MetaData, String, Table, column, create_engine, exc, false,
                        func, inspect, literal_column, select, table, text, true)
from sqlalchemy.dialects import registry

import engagement_jdbc  # noqa: F401 - registers the dialect, as an application does
from engagement_jdbc.sqlalchemy_dialect import EngagementDialect
from engagement_jdbc.superset import TIME_GRAIN_EXPRESSIONS

from . import support

SAMPLE_TABLES = {"posts", "touches", "conversions", "contacts", "ad_spend"}


def authenticating_engine(user=None, password=None):
    """An engine on the server that requires authentication; URL.create escapes the password for the URL."""
    host, _, port = support.host_port(support.AUTH_URL).rpartition(":")
    return create_engine(sqlalchemy.engine.URL.create("engagement", username=user, password=password, host=host,
                                                      port=int(port)))


class DialectTest(unittest.TestCase):
    """What needs no server: registration, URL, compilation."""

    def setUp(self):
        self.dialect = EngagementDialect()

    def compile(self, statement, **kw):
        return str(statement.compile(dialect=self.dialect, **kw))

    def test_importing_the_package_registers_the_dialect(self):
        self.assertIs(EngagementDialect, registry.load("engagement"))
        self.assertIs(EngagementDialect, registry.load("engagement.engagement_jdbc"))

    def test_url_to_connect_arguments(self):
        url = sqlalchemy.engine.make_url("engagement://ana:p%40ss@example.com:9000/?protocol=https&timeout=5")
        self.assertEqual(([], {"url": "https://example.com:9000/", "user": "ana", "password": "p@ss",
                               "timeout": 5.0}), self.dialect.create_connect_args(url))
        self.assertEqual(([], {"url": "http://127.0.0.1:8765/", "user": None, "password": None}),
                         self.dialect.create_connect_args(sqlalchemy.engine.make_url("engagement://")))
        with self.assertRaises(ValueError):
            self.dialect.create_connect_args(sqlalchemy.engine.make_url("engagement://h/?schema=sys"))

    def test_reserved_words_are_quoted(self):
        conversions = table("conversions", column("value"), column("date"), column("position"), column("type"),
                            column("Mixed"))
        self.assertEqual('SELECT conversions."value", conversions."date", conversions."position", conversions.type, '
                         'conversions."Mixed" \nFROM conversions', self.compile(select(conversions)))

    def test_limit_and_offset(self):
        posts = table("posts", column("post_id"))
        query = select(posts).order_by(posts.c.post_id)
        self.assertTrue(self.compile(query.limit(5).offset(10), compile_kwargs={"literal_binds": True})
                        .endswith("LIMIT 5\n OFFSET 10"))
        offset_only = self.compile(query.offset(10), compile_kwargs={"literal_binds": True})
        self.assertTrue(offset_only.endswith("ORDER BY posts.post_id\n OFFSET 10"), offset_only)

    def test_boolean_literals_and_casts(self):
        contacts = table("contacts", column("opted_in"), column("signed_up_on"), column("email"))
        either = (contacts.c.opted_in == true()) | (contacts.c.opted_in == false())
        self.assertEqual("SELECT contacts.email \nFROM contacts \nWHERE contacts.opted_in = TRUE OR "
                         "contacts.opted_in = FALSE", self.compile(select(contacts.c.email).where(either)))
        self.assertEqual("CAST(contacts.signed_up_on AS TIMESTAMP)",
                         self.compile(sqlalchemy.cast(contacts.c.signed_up_on, DateTime)))
        self.assertEqual("CAST(contacts.email AS VARCHAR)", self.compile(sqlalchemy.cast(contacts.c.email,
                                                                                         sqlalchemy.Text)))


class LiveTest(unittest.TestCase):

    def setUp(self):
        self.engine = create_engine("engagement://%s/" % support.host_port(support.URL))
        self.addCleanup(self.engine.dispose)


class ReflectionTest(LiveTest):

    def setUp(self):
        super().setUp()
        self.inspector = inspect(self.engine)

    def test_schemas_and_default_schema(self):
        self.assertEqual(["files", "sys"], self.inspector.get_schema_names())
        self.assertEqual("files", self.inspector.default_schema_name)
        self.assertEqual((0, 1, 0), self.engine.dialect.server_version_info)

    def test_tables_and_views(self):
        self.assertTrue(SAMPLE_TABLES <= set(self.inspector.get_table_names()))
        self.assertEqual(self.inspector.get_table_names(), self.inspector.get_table_names(schema="files"))
        self.assertIn("sources", self.inspector.get_table_names(schema="sys"))
        self.assertEqual([], self.inspector.get_view_names())
        self.assertTrue(self.inspector.has_table("posts"))
        self.assertFalse(self.inspector.has_table("nope"))

    def test_columns_of_posts(self):
        columns = {c["name"]: c for c in self.inspector.get_columns("posts")}
        self.assertEqual(list(support.posts()[0]), list(columns))
        self.assertIsInstance(columns["platform"]["type"], String)
        self.assertIsInstance(columns["published_at"]["type"], DateTime)
        self.assertIsInstance(columns["likes"]["type"], Integer)
        self.assertTrue(columns["saves"]["nullable"])

    def test_column_types_of_the_other_files(self):
        conversions = {c["name"]: type(c["type"]) for c in self.inspector.get_columns("conversions")}
        self.assertEqual(sqlalchemy.Float, conversions["value"])
        ad_spend = {c["name"]: type(c["type"]) for c in self.inspector.get_columns("ad_spend")}
        self.assertEqual(sqlalchemy.Date, ad_spend["date"])
        contacts = {c["name"]: c["type"] for c in self.inspector.get_columns("contacts")}
        self.assertIsInstance(contacts["opted_in"], Boolean)

    def test_unknown_table(self):
        with self.assertRaises(exc.NoSuchTableError):
            Table("nope", MetaData(), autoload_with=self.engine)

    def test_files_have_no_keys_or_indexes(self):
        self.assertEqual([], self.inspector.get_pk_constraint("posts")["constrained_columns"])
        self.assertEqual([], self.inspector.get_foreign_keys("posts"))
        self.assertEqual([], self.inspector.get_indexes("posts"))


class QueryTest(LiveTest):

    def test_autoloaded_table(self):
        posts = Table("posts", MetaData(), autoload_with=self.engine)
        query = (select(posts.c.platform, func.count().label("posts"), func.sum(posts.c.likes).label("likes"))
                 .where(posts.c.published_at >= datetime.datetime(2026, 4, 1))
                 .group_by(posts.c.platform).order_by(posts.c.platform))
        expected = collections.defaultdict(lambda: [0, 0])
        for row in support.posts():
            if support.published_at(row) >= datetime.datetime(2026, 4, 1):
                expected[row["platform"]][0] += 1
                expected[row["platform"]][1] += int(row["likes"])
        with self.engine.connect() as connection:
            rows = connection.execute(query).fetchall()
        self.assertEqual(sorted((platform, n, likes) for platform, (n, likes) in expected.items()),
                         [tuple(row) for row in rows])

    def test_superset_style_query_on_a_virtual_table(self):
        grain = TIME_GRAIN_EXPRESSIONS["P1M"].format(col="published_at")
        virtual_table = text("SELECT * FROM posts").columns(column("published_at"), column("likes")) \
            .subquery("virtual_table")
        query = (select(literal_column(grain).label("__timestamp"), func.sum(literal_column("likes")).label("likes"),
                        func.count().label("count"))
                 .select_from(virtual_table)
                 .group_by(literal_column(grain))
                 .order_by(literal_column("likes").desc())
                 .limit(4))
        sql = str(query.compile(self.engine, compile_kwargs={"literal_binds": True}))
        self.assertIn("FROM (SELECT * FROM posts) AS virtual_table", sql)
        self.assertIn("DATE_TRUNC('month', published_at) AS __timestamp", sql)
        self.assertTrue(sql.endswith("LIMIT 4"), sql)

        months = collections.defaultdict(lambda: [0, 0])
        for row in support.posts():
            month = months[support.truncate(support.published_at(row), "P1M")]
            month[0] += int(row["likes"])
            month[1] += 1
        expected = sorted(((month, likes, n) for month, (likes, n) in months.items()), key=lambda r: -r[1])[:4]
        self.assertEqual([(datetime.datetime(2026, 5, 1), 130012, 114), (datetime.datetime(2026, 6, 1), 121206, 144),
                          (datetime.datetime(2026, 3, 1), 109124, 132), (datetime.datetime(2026, 1, 1), 99242, 166)],
                         expected)
        with self.engine.connect() as connection:
            self.assertEqual(expected, [tuple(row) for row in connection.execute(query)])
            self.assertEqual(expected, [tuple(row) for row in connection.execute(text(sql))])

    def test_bound_parameters(self):
        expected = sum(1 for row in support.posts() if row["platform"] == "tiktok")
        with self.engine.connect() as connection:
            count = connection.execute(text("SELECT COUNT(*) FROM posts WHERE platform = :p"), {"p": "tiktok"})
            self.assertEqual(expected, count.scalar())
            rows = connection.execute(text("SELECT post_id FROM posts WHERE platform = :p AND published_at < :t "
                                           "ORDER BY post_id"),
                                      {"p": "x", "t": datetime.datetime(2026, 1, 2)}).fetchall()
        self.assertEqual([row["post_id"] for row in support.posts()
                          if row["platform"] == "x" and support.published_at(row) < datetime.datetime(2026, 1, 2)],
                         [row[0] for row in rows])

    def test_offset_without_limit(self):
        posts = table("posts", column("post_id"))
        with self.engine.connect() as connection:
            rows = connection.execute(select(posts).order_by(posts.c.post_id).offset(810)).fetchall()
        self.assertEqual([("P000811",), ("P000812",)], [tuple(row) for row in rows])

    def test_reserved_word_column(self):
        conversions = Table("conversions", MetaData(), autoload_with=self.engine)
        expected = sum(float(row["value"]) for row in support.read_csv("conversions.csv"))
        with self.engine.connect() as connection:
            total = connection.execute(select(func.sum(conversions.c.value))).scalar()
        self.assertAlmostEqual(expected, total, places=6)

    def test_error_keeps_its_sqlstate(self):
        with self.engine.connect() as connection:
            with self.assertRaises(exc.ProgrammingError) as raised:
                connection.execute(text("SELECT nope FROM posts"))
        self.assertEqual("42703", raised.exception.orig.sqlstate)
        self.assertIn("Column 'nope' not found", str(raised.exception))


class PoolTest(unittest.TestCase):

    def test_pre_ping_replaces_a_connection_the_server_dropped(self):
        engine = create_engine("engagement://%s/" % support.host_port(support.URL), pool_size=1, pool_pre_ping=True)
        self.addCleanup(engine.dispose)
        with engine.connect() as connection:
            dropped = connection.connection.dbapi_connection
            dropped._client.close()  # what the server does to a connection idle for 10 minutes
        with engine.connect() as connection:
            self.assertIsNot(dropped, connection.connection.dbapi_connection)
            self.assertEqual(812, connection.execute(text("SELECT COUNT(*) FROM posts")).scalar())


class AuthenticationTest(unittest.TestCase):

    def assert_refused(self, user=None, password=None):
        engine = authenticating_engine(user, password)
        self.addCleanup(engine.dispose)
        with self.assertRaises(exc.OperationalError) as raised:
            engine.connect()
        self.assertEqual("28000", raised.exception.orig.sqlstate)
        self.assertIn("authentication failed", str(raised.exception))

    def test_without_credentials(self):
        self.assert_refused()

    def test_wrong_password(self):
        self.assert_refused(support.USER, support.PASSWORD + "-wrong")

    def test_right_password(self):
        engine = authenticating_engine(support.USER, support.PASSWORD)
        self.addCleanup(engine.dispose)
        with engine.connect() as connection:
            self.assertEqual(1108, connection.execute(text("SELECT COUNT(*) FROM ad_spend")).scalar())
        self.assertIn("posts", inspect(engine).get_table_names())


if __name__ == "__main__":
    unittest.main()
