"""A lost database: every request gets the clean 503 page, and the next one after it is back works.

This module has no database fixture of its own: the default connection is pointed at a server
that is not there (SQLite: a file in a missing directory; PostgreSQL: a closed port) and its
state is restored afterwards, so no transaction of another test is involved.
"""

import socket

import pytest
from django.db import connections
from django.test import Client


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def database_down(django_db_blocker):
    """The default connection points at a server that is not there (and is restored after)."""
    connection = connections["default"]
    state, settings_dict = dict(vars(connection)), dict(connection.settings_dict)
    if connection.vendor == "sqlite":
        broken = {"NAME": "/nonexistent-directory/kreisnetz.sqlite3"}
    else:
        broken = {"HOST": "127.0.0.1", "PORT": _closed_port()}
    with django_db_blocker.unblock():
        connection.connection = None
        connection.settings_dict.update(broken)
        yield
        connection.settings_dict.clear()
        connection.settings_dict.update(settings_dict)
        vars(connection).clear()
        vars(connection).update(state)


@pytest.mark.parametrize(
    ("path", "text"),
    [("/", "Datenbank"), ("/en/termine/", "database"), ("/ar/", "قاعدة البيانات")],
)
def test_a_lost_database_gets_a_clean_503_page(database_down, path, text):
    response = Client(raise_request_exception=False).get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert text in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_other_errors_still_get_the_500_page(rf, db):
    from portal.unavailable import server_error

    try:
        raise ValueError("not a database error")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500


def test_an_error_raised_while_handling_a_database_error_gets_the_503_page(rf):
    from django.db import OperationalError

    from portal.unavailable import server_error

    try:
        try:
            raise OperationalError("terminating connection due to administrator command")
        except OperationalError:
            raise AttributeError("'SessionStore' object has no attribute '_session_cache'") from None
    except AttributeError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
