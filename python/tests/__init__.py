"""Tests of the Python client; run from the repository root: python3 -m unittest discover -s python/tests -t python."""
