"""Public requests run under PostgreSQL's statement timeout; admin users do not; a cancelled query
gives a short 503 page, never a traceback."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from portal.factories import UserFactory

# PostgreSQL only: the SQLite run checks instead that other databases get no limit (CI runs both).
ON_POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def test_urls(settings, db):
    settings.ROOT_URLCONF = "tests.portal.statement_timeout_urls"
    settings.PUBLIC_STATEMENT_TIMEOUT_MS = 200


if ON_POSTGRES:

    def show_timeout():
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            return cursor.fetchone()[0]

    def test_public_requests_run_under_the_timeout_and_admin_users_do_not(test_urls, client, users):
        default = show_timeout()
        assert client.get("/show/").content.decode() == "200ms"
        assert show_timeout() == default  # the connection is reset for whatever comes next
        client.force_login(UserFactory(username="reader"))  # logged in, but no admin access: public
        assert client.get("/show/").content.decode() == "200ms"
        for role in ("mso_member", "editor_a"):  # both use the admin
            client.force_login(users[role])
            assert client.get("/show/").content.decode() == default

    def test_a_cancelled_query_gives_a_clean_page(test_urls, client):
        response = client.get("/slow/", HTTP_ACCEPT_LANGUAGE="de")
        assert response.status_code == 503
        assert response["Retry-After"]
        with translation.override("de"):
            assert gettext("This page took too long") in response.content.decode()
        assert b"Traceback" not in response.content

    def test_the_portal_pages_set_and_reset_the_timeout(client, county, settings):
        settings.PUBLIC_STATEMENT_TIMEOUT_MS = 5000
        with CaptureQueriesContext(connection) as context:
            client.get("/")
        statements = [query["sql"] for query in context.captured_queries]
        first = next(n for n, sql in enumerate(statements) if "set_config('statement_timeout'" in sql)
        assert any("wagtailcore_page" in sql for sql in statements[first:])  # the page is read under it
        assert statements[-1] == "RESET statement_timeout"

else:

    def test_other_databases_get_no_statement_timeout(client, county, settings):
        settings.PUBLIC_STATEMENT_TIMEOUT_MS = 5000
        with CaptureQueriesContext(connection) as context:
            assert client.get("/").status_code == 200
        assert context.captured_queries
        assert not any("statement_timeout" in query["sql"] for query in context.captured_queries)
