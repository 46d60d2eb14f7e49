"""Freshness: which offers and contact points are past their review date, and who is told."""

import datetime
from itertools import groupby

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.template.loader import render_to_string
from django.utils import translation

from portal import tenancy
from portal.places import place_models


def due_pages(today=None):
    today = today or datetime.date.today()
    pages = []
    for model in place_models():
        pages += list(model.objects.filter(review_due_on__lt=today).select_related("town"))
    return sorted(pages, key=lambda page: (page.town.title_de if page.town else "", page.title_de))


def recipients_for(town):
    """The town's editors, or the county editors for county-wide pages (groups found by key)."""
    group = tenancy.editor_group(town)
    if group is None:
        return []
    users = get_user_model().objects.filter(groups=group, is_active=True).exclude(email="")
    return sorted({user.email for user in users})


def notify_review_due(send=True, today=None):
    messages = []
    result = []
    for _key, group in groupby(due_pages(today), key=lambda page: page.town_id):
        pages = list(group)
        town = pages[0].town
        recipients = recipients_for(town)
        result.append((town, pages, recipients))
        if recipients:
            with translation.override(settings.LANGUAGE_CODE):
                body = render_to_string(
                    "offers/email/review_due.txt",
                    {"town": town, "pages": pages, "base_url": settings.WAGTAILADMIN_BASE_URL},
                )
                subject = render_to_string(
                    "offers/email/review_due_subject.txt", {"count": len(pages)}
                ).strip()
            messages.append((subject, body, settings.DEFAULT_FROM_EMAIL, recipients))
    if send and messages:
        send_mass_mail(messages, fail_silently=False)
    return result
