"""The SQL of the Superset engine spec, run on a live server and compared with the grains computed in Python."""

import collections
import datetime
import importlib.util
import unittest

from engagement_jdbc import dbapi, superset

from . import support

GRAINS = [None, "PT1S", "PT1M", "PT1H", "P1D", "P1W", "P1M", "P3M", "P1Y"]


class TimeGrainTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.connection = dbapi.connect(support.URL)

    @classmethod
    def tearDownClass(cls):
        cls.connection.close()

    def grouped(self, grain, column, table):
        expression = superset.TIME_GRAIN_EXPRESSIONS[grain].format(col=column)
        cursor = self.connection.cursor()
        cursor.execute("SELECT %s AS __timestamp, COUNT(*) FROM %s GROUP BY %s ORDER BY 1"
                       % (expression, table, expression))
        return cursor.fetchall()

    def test_the_spec_has_every_grain(self):
        self.assertEqual(GRAINS, list(superset.TIME_GRAIN_EXPRESSIONS))

    def test_grains_of_a_timestamp_column(self):
        times = [support.published_at(row) for row in support.posts()]
        for grain in GRAINS:
            with self.subTest(grain=grain):
                expected = sorted(collections.Counter(support.truncate(t, grain) for t in times).items())
                self.assertEqual(expected, self.grouped(grain, "published_at", "posts"))

    def test_grains_of_a_date_column(self):
        days = [datetime.date.fromisoformat(row["date"]) for row in support.read_csv("ad_spend.csv")]
        for grain in GRAINS:
            with self.subTest(grain=grain):
                if grain is None:  # the column itself: dates
                    expected = sorted(collections.Counter(days).items())
                else:  # DATE_TRUNC of a DATE is a TIMESTAMP
                    midnights = (datetime.datetime.combine(day, datetime.time()) for day in days)
                    expected = sorted(collections.Counter(support.truncate(t, grain) for t in midnights).items())
                self.assertEqual(expected, self.grouped(grain, '"date"', "ad_spend"))

    def test_weeks_start_on_monday(self):
        (row,) = self.grouped("P1W", "published_at", "posts")[:1]
        self.assertEqual((datetime.datetime(2025, 12, 29), 21), row)
        self.assertEqual(0, row[0].weekday())

    def test_epoch_seconds_to_timestamp(self):
        cursor = self.connection.cursor()
        cursor.execute("SELECT %s FROM (VALUES (1767225600)) AS t(seconds)"
                       % superset.EPOCH_TO_TIMESTAMP.format(col="seconds"))
        self.assertEqual([(datetime.datetime(2026, 1, 1),)], cursor.fetchall())


class DatetimeLiteralTest(unittest.TestCase):

    def test_literals(self):
        moment = datetime.datetime(2026, 3, 1, 12, 30, 45, 123456)
        self.assertEqual("TIMESTAMP '2026-03-01 12:30:45'", superset.datetime_literal("TIMESTAMP", moment))
        self.assertEqual("TIMESTAMP '2026-03-01 12:30:45'", superset.datetime_literal("timestamp(3)", moment))
        self.assertEqual("DATE '2026-03-01'", superset.datetime_literal("DATE", moment))
        self.assertIsNone(superset.datetime_literal("VARCHAR", moment))

    def test_literals_filter_on_the_server(self):
        start, end = datetime.datetime(2026, 3, 1), datetime.datetime(2026, 4, 1)
        posts = sum(1 for row in support.posts() if start <= support.published_at(row) < end)
        days = sum(1 for row in support.read_csv("ad_spend.csv") if "2026-03-01" <= row["date"] < "2026-04-01")
        with dbapi.connect(support.URL) as connection:
            cursor = connection.cursor()
            cursor.execute("SELECT COUNT(*) FROM posts WHERE published_at >= %s AND published_at < %s"
                           % (superset.datetime_literal("TIMESTAMP", start),
                              superset.datetime_literal("TIMESTAMP", end)))
            self.assertEqual([(posts,)], cursor.fetchall())
            cursor.execute('SELECT COUNT(*) FROM ad_spend WHERE "date" >= %s AND "date" < %s'
                           % (superset.datetime_literal("DATE", start), superset.datetime_literal("DATE", end)))
            self.assertEqual([(days,)], cursor.fetchall())


class EngineSpecTest(unittest.TestCase):

    def test_the_class_exists_only_with_superset(self):
        if importlib.util.find_spec("superset") is None:
            self.assertFalse(hasattr(superset, "EngagementEngineSpec"))
        else:
            spec = superset.EngagementEngineSpec
            self.assertEqual(("engagement", "Engagement JDBC"), (spec.engine, spec.engine_name))
            self.assertEqual("DATE '2026-01-01'", spec.convert_dttm("DATE", datetime.datetime(2026, 1, 1)))


if __name__ == "__main__":
    unittest.main()
