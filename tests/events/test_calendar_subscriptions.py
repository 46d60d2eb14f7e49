"""Calendar subscriptions fetched from a real local HTTP server; admin access per town."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.translation import gettext

from events.calendar_io import subscriptions as subscription_service
from events.calendar_io.subscriptions import FetchError, fetch, normalise_url, sync
from events.models import CalendarSubscription, EventPage

from .test_ics_import import GOOD, ics

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def server(settings):
    """A local HTTP server; ``files`` maps paths to the bytes served (others answer 404)."""
    settings.EVENTS_FETCH_ALLOW_PRIVATE_ADDRESSES = True
    files = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path in redirects:
                self.send_response(302)
                self.send_header("Location", redirects[self.path])
                self.end_headers()
                return
            body = files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/calendar")
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    redirects = {}
    httpd.files = files
    httpd.redirects = redirects
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def report_text(created=0, updated=0, unchanged=0):
    return gettext("%(created)s new, %(updated)s updated, %(unchanged)s unchanged (all as drafts)") % {
        "created": created,
        "updated": updated,
        "unchanged": unchanged,
    }


def subscribe(calendar, url):
    return CalendarSubscription.objects.create(calendar=calendar, url=url)


def test_webcal_becomes_https_and_other_schemes_are_refused():
    assert normalise_url(" webcal://example.org/a.ics ") == "https://example.org/a.ics"
    assert normalise_url("http://example.org/a.ics") == "http://example.org/a.ics"
    for url in ("ftp://example.org/a.ics", "file:///etc/passwd", "javascript:alert(1)", "example.org"):
        with pytest.raises(FetchError):
            normalise_url(url)


def test_sync_calendars_imports_and_one_failure_does_not_stop_the_others(server, closed_port, calendars):
    server.files["/outlook.ics"] = (FIXTURES / "outlook.ics").read_bytes()
    server.files["/broken.ics"] = b"<html>Wartungsarbeiten</html>"
    unreachable = subscribe(calendars["a"], f"http://127.0.0.1:{closed_port}/weg.ics")
    missing = subscribe(calendars["a"], f"{server.base}/gibt-es-nicht.ics")
    broken = subscribe(calendars["a"], f"{server.base}/broken.ics")
    good = subscribe(calendars["b"], f"{server.base}/outlook.ics")
    paused = subscribe(calendars["county"], f"{server.base}/outlook.ics")
    paused.active = False
    paused.save()
    out, err = StringIO(), StringIO()

    call_command("sync_calendars", stdout=out, stderr=err)

    assert EventPage.objects.child_of(calendars["b"]).filter(import_source=good).count() == 2
    assert not EventPage.objects.child_of(calendars["a"]).exists()
    assert not EventPage.objects.child_of(calendars["county"]).exists()
    for subscription in (unreachable, missing, broken, good):
        subscription.refresh_from_db()
        assert subscription.last_synced_at is not None
    assert unreachable.last_error == gettext("The address cannot be reached (%(error)s).") % {
        "error": "ConnectionError"
    }
    assert missing.last_error == gettext("The address answered with HTTP status %(status)s.") % {
        "status": 404
    }
    not_icalendar = gettext("This is not an iCalendar file: it must begin with “BEGIN:VCALENDAR”.")
    assert not_icalendar in broken.last_error.splitlines()
    assert good.last_error == ""
    assert good.last_result == report_text(created=2)
    assert f"{good.url}: {report_text(created=2)}" in out.getvalue()
    assert "3 subscription(s) failed" in err.getvalue()
    paused.refresh_from_db()
    assert paused.last_synced_at is None


def test_addresses_in_the_local_network_are_refused_by_default(calendars, server, settings):
    settings.EVENTS_FETCH_ALLOW_PRIVATE_ADDRESSES = False
    local_network = gettext("Addresses inside the local network cannot be imported.")
    server.files["/a.ics"] = ics(*GOOD)
    for url in (
        f"{server.base}/a.ics",
        "http://10.0.0.1/a.ics",
        "http://[::1]/a.ics",
        "http://localhost/a.ics",
    ):
        with pytest.raises(FetchError) as caught:
            fetch(url)
        assert str(caught.value) == local_network
    subscription = subscribe(calendars["a"], f"{server.base}/a.ics")
    assert sync(subscription) is None
    assert subscription.last_error == local_network
    assert not EventPage.objects.child_of(calendars["a"]).exists()


def test_redirects_are_followed_and_each_target_is_checked(server, monkeypatch):
    server.files["/neu.ics"] = ics(GOOD[0])
    server.redirects["/alt.ics"] = "/neu.ics"
    assert fetch(f"{server.base}/alt.ics") == ics(GOOD[0])
    checked = []

    def check(url):
        checked.append(url)
        if "10.0.0.1" in url:
            raise FetchError("local network")

    monkeypatch.setattr(subscription_service, "_check_host", check)
    server.redirects["/intern.ics"] = "http://10.0.0.1/geheim.ics"
    with pytest.raises(FetchError):
        fetch(f"{server.base}/intern.ics")
    assert checked == [f"{server.base}/intern.ics", "http://10.0.0.1/geheim.ics"]


def test_a_second_sync_updates_instead_of_duplicating(server, calendars):
    server.files["/a.ics"] = ics(*GOOD)
    subscription = subscribe(calendars["a"], f"{server.base}/a.ics")
    assert sync(subscription).created == 3
    server.files["/a.ics"] = ics(GOOD[0].replace("Treffen 1", "Treffen eins"), *GOOD[1:])
    report = sync(subscription)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    assert EventPage.objects.child_of(calendars["a"]).count() == 3
    assert not EventPage.objects.child_of(calendars["a"]).live().exists()


def test_a_too_large_answer_is_refused(server, calendars, settings):
    settings.EVENTS_IMPORT_MAX_BYTES = 2000
    server.files["/gross.ics"] = ics(*[GOOD[0].replace("good-1", f"n{n}") for n in range(100)])
    subscription = subscribe(calendars["a"], f"{server.base}/gross.ics")
    assert sync(subscription) is None
    assert subscription.last_error == gettext(
        "The calendar at this address is larger than %(limit).1f MB."
    ) % {"limit": 2000 / (1024 * 1024)}
    assert not EventPage.objects.child_of(calendars["a"]).exists()


def test_import_view_fetches_an_address_once(server, client_for, calendars):
    server.files["/google.ics"] = (FIXTURES / "google.ics").read_bytes()
    response = client_for("editor_a").post(
        reverse("events_import"), {"calendar": calendars["a"].pk, "url": f"{server.base}/google.ics"}
    )
    assert response.status_code == 302
    assert EventPage.objects.child_of(calendars["a"]).count() == 4
    assert not CalendarSubscription.objects.exists()


# --- admin ----------------------------------------------------------------------------------------

INDEX = reverse("calendar_subscriptions:index")
ADD = reverse("calendar_subscriptions:add")


def edit_url(subscription):
    return reverse("calendar_subscriptions:edit", args=[subscription.pk])


def sync_url(subscription):
    return reverse("calendar_subscription_sync", args=[subscription.pk])


@pytest.fixture
def subscriptions(calendars):
    return {
        "a": subscribe(calendars["a"], "https://altdorf.example/termine.ics"),
        "b": subscribe(calendars["b"], "https://neudorf.example/termine.ics"),
    }


def test_town_editors_see_only_their_towns_subscriptions(client_for, subscriptions):
    html = client_for("editor_a").get(INDEX).content.decode()
    assert "altdorf.example" in html
    assert "neudorf.example" not in html


def test_county_editor_sees_all(client_for, subscriptions):
    html = client_for("county_editor").get(INDEX).content.decode()
    assert "altdorf.example" in html and "neudorf.example" in html


def test_editor_adds_a_subscription_for_own_town_only(client_for, calendars):
    client = client_for("editor_b")
    mine = {"calendar": calendars["b"].pk, "url": "webcal://neudorf.example/x.ics", "active": "on"}
    mine = client.post(ADD, mine)
    assert mine.status_code == 302
    assert CalendarSubscription.objects.get().url == "https://neudorf.example/x.ics"
    theirs = {"calendar": calendars["a"].pk, "url": "https://x.example/a.ics", "active": "on"}
    theirs = client.post(ADD, theirs)
    assert theirs.status_code == 200
    assert not CalendarSubscription.objects.filter(calendar=calendars["a"]).exists()


def test_editor_b_cannot_edit_or_sync_town_as_subscription(client_for, subscriptions, server):
    client = client_for("editor_b")
    target = subscriptions["a"]
    assert client.get(edit_url(target)).status_code == 404
    client.post(edit_url(target), {"calendar": target.calendar_id, "url": "https://evil.example/x.ics"})
    assert client.post(sync_url(target)).status_code == 404
    target.refresh_from_db()
    assert target.url == "https://altdorf.example/termine.ics"
    assert target.last_synced_at is None


def test_sync_now_from_the_admin(client_for, subscriptions, server, calendars):
    server.files["/a.ics"] = ics(*GOOD)
    subscription = subscriptions["a"]
    subscription.url = f"{server.base}/a.ics"
    subscription.save()
    client = client_for("editor_a")
    assert sync_url(subscription) in client.get(edit_url(subscription)).content.decode()
    assert client.get(sync_url(subscription)).status_code == 200
    response = client.post(sync_url(subscription))
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.last_result == report_text(created=3)
    assert EventPage.objects.child_of(calendars["a"]).count() == 3


@pytest.mark.parametrize("role", ["anonymous", "mso_member"])
def test_others_cannot_manage_subscriptions(client_for, subscriptions, calendars, role):
    client = client_for(role)
    target = subscriptions["a"]
    assert client.get(INDEX).status_code in (302, 403)
    client.post(ADD, {"calendar": calendars["a"].pk, "url": "https://x.example/a.ics", "active": "on"})
    client.post(edit_url(target), {"calendar": target.calendar_id, "url": "https://evil.example/x.ics"})
    client.post(sync_url(target))
    assert CalendarSubscription.objects.count() == 2
    target.refresh_from_db()
    assert target.url == "https://altdorf.example/termine.ics"
    assert target.last_synced_at is None
