"""Personal data of the newsletter: the subscriber's address, language and towns."""

from django.utils.translation import gettext_lazy as _

from portal.personal_data import Source, register


def _subscriptions(email):
    from .models import Subscription

    return Subscription.objects.filter(email__iexact=email).prefetch_related("towns")


def export_subscriptions(email):
    return [
        {
            "email": item.email,
            "language": item.language,
            "towns": [town.title for town in item.towns.all()],
            "status": item.status,
            "subscribed_at": item.created_at.isoformat(),
            "confirmed_at": item.confirmed_at.isoformat() if item.confirmed_at else None,
        }
        for item in _subscriptions(email)
    ]


def delete_subscriptions(email):
    deleted, _rows = _subscriptions(email).delete()
    return sum(count for label, count in _rows.items() if label.endswith(".Subscription"))


register(
    Source(
        key="newsletter_subscriptions",
        name=_("Newsletter subscriptions"),
        what=_("E-mail address, language, towns of interest, dates of subscription and confirmation"),
        why=_("To send the newsletter the reader asked for"),
        retention=_("Until the reader unsubscribes; unconfirmed requests 7 days"),
        export=export_subscriptions,
        delete=delete_subscriptions,
    )
)
