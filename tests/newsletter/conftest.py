import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from newsletter.models import Subscription


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """The rate limit counts in the cache; every test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def subscriber(db):
    def make(email="leser@example.org", language="de", towns=(), **fields):
        values = {"status": Subscription.Status.CONFIRMED, "confirmed_at": timezone.now(), **fields}
        subscription = Subscription.objects.create(email=email, language=language, **values)
        subscription.towns.set(towns)
        return subscription

    return make


def link_in(message, name):
    """The first link to /…newsletter/<name>/<token>/ in a mail's text."""
    match = re.search(rf"https?://\S+/newsletter/{name}/[^/\s]+/", message.body)
    assert match, f"no {name} link in: {message.body}"
    return match.group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def last_mail():
    assert mail.outbox, "no mail was sent"
    return mail.outbox[-1]
