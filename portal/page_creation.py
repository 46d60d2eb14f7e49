"""A new page's form creates one page, however often it is sent.

Wagtail's autosave creates the page from the "new page" form and then points the form at the
page's edit URL. A publish pressed while that first request still runs posts the same form to
the create URL again: without this, a second page (a slug clash, or a hidden duplicate without a
revision). Each create form carries a token; the requests of one token run one after another
(a lock in this process, the token's unique row across processes), each in one transaction, and
every request after the one that created the page edits that page instead.
"""

import threading
import uuid
from contextlib import contextmanager
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import PageCreation

TOKEN_FIELD = "kn_creation_token"  # noqa: S105 (a form field name)
KEEP = timedelta(days=2)

_locks_guard = threading.Lock()
_locks: dict[uuid.UUID, list] = {}


def new_token():
    return uuid.uuid4()


def token_from(data):
    try:
        return uuid.UUID(data.get(TOKEN_FIELD, ""))
    except ValueError:
        return None


@contextmanager
def _token_lock(token):
    with _locks_guard:
        entry = _locks.setdefault(token, [threading.Lock(), 0])
        entry[1] += 1
    try:
        with entry[0]:
            yield
    finally:
        with _locks_guard:
            entry[1] -= 1
            if not entry[1]:
                _locks.pop(token, None)


@contextmanager
def claimed(token, user):
    """The token's claim, held until the block ends; ``claim.page_id``: the page already created.

    The block runs in a transaction: a request that fails leaves neither page nor claim behind.
    """
    with _token_lock(token), transaction.atomic():
        try:
            # The insert comes first: it waits for another request's claim of the same token.
            with transaction.atomic():
                claim = PageCreation.objects.create(token=token, user=user)
        except IntegrityError:
            claim = PageCreation.objects.select_for_update().get(token=token)
        yield claim


def record(claim, page):
    claim.page_id = page.pk
    claim.save(update_fields=["page"])
    PageCreation.objects.filter(created_at__lt=timezone.now() - KEEP).delete()
