"""What every test needs: the servers to talk to, and the sample data read independently of the server.

The servers are named by environment variables (the driver's ``PythonClientIT`` starts two and sets them):
``ENGAGEMENT_TEST_URL`` (no authentication), ``ENGAGEMENT_TEST_AUTH_URL`` (HTTP Basic), ``ENGAGEMENT_TEST_USER`` and
``ENGAGEMENT_TEST_PASSWORD``. Both serve the bundled sample data, whose CSV files are read here with the ``csv``
module, so that every expected value is computed without the server.
"""

import csv
import datetime
import os
import socket
import urllib.parse

URL = os.environ.get("ENGAGEMENT_TEST_URL", "http://127.0.0.1:8765/")
AUTH_URL = os.environ.get("ENGAGEMENT_TEST_AUTH_URL", "http://127.0.0.1:8766/")
USER = os.environ.get("ENGAGEMENT_TEST_USER", "analyst")
PASSWORD = os.environ.get("ENGAGEMENT_TEST_PASSWORD", "s3cret")

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "driver", "src", "main",
                      "resources", "com", "engagementjdbc", "sample")


def host_port(url):
    """The ``host:port`` of a server URL, for an ``engagement://`` SQLAlchemy URL."""
    return urllib.parse.urlsplit(url).netloc


def closed_port_url():
    """The URL of a loopback port nobody listens on: a port the system just gave and took back."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return "http://127.0.0.1:%d/" % port


def read_csv(name):
    """The rows of a sample CSV file as dictionaries of strings ('' for an empty cell)."""
    with open(os.path.join(SAMPLE, name), newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def posts():
    return read_csv("posts.csv")


def published_at(row):
    """A post's publication time as the naive UTC datetime the server returns (the CSV writes 2026-01-01T07:20:00Z)."""
    return datetime.datetime.strptime(row["published_at"], "%Y-%m-%dT%H:%M:%SZ")


def integer_or_none(text):
    return int(text) if text else None


def truncate(value, grain):
    """``value`` (a datetime) truncated to a Superset time grain, computed in Python: the expected time grains."""
    if grain is None:
        return value
    if grain == "PT1S":
        return value.replace(microsecond=0)
    if grain == "PT1M":
        return value.replace(second=0, microsecond=0)
    if grain == "PT1H":
        return value.replace(minute=0, second=0, microsecond=0)
    day = value.replace(hour=0, minute=0, second=0, microsecond=0)
    if grain == "P1D":
        return day
    if grain == "P1W":
        return day - datetime.timedelta(days=day.weekday())
    if grain == "P1M":
        return day.replace(day=1)
    if grain == "P3M":
        return day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)
    if grain == "P1Y":
        return day.replace(month=1, day=1)
    raise ValueError("unknown time grain %r" % grain)
