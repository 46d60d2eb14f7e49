"""An offer must name at least one way to reach someone before it is published: a contact point,
a phone number, an e-mail address or a booking link. Drafts may lack it."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

REACH_FIELDS = ("contact_point", "contact_phone", "contact_email", "booking_url")
# The editor's buttons that publish or ask for publication (Wagtail's action names).
PUBLISHING_ACTIONS = ("action-publish", "action-submit")


def reachable_values(values):
    """Whether ``values`` (a mapping of field names) hold at least one way to reach someone."""
    for name in REACH_FIELDS:
        value = values.get(name)
        if isinstance(value, str):
            value = value.strip()
        if value:
            return True
    return False


def is_reachable(offer):
    return reachable_values({name: getattr(offer, name, None) for name in REACH_FIELDS})


def is_publishing(data):
    return any(action in data for action in PUBLISHING_ACTIONS)


def field_names():
    from offers.models import OfferPage

    return [str(OfferPage._meta.get_field(name).verbose_name) for name in REACH_FIELDS]


def missing_message():
    return format_lazy(
        _("An offer can only be published with a way to reach someone. Fill in at least one of: {fields}."),
        fields=_LazyNames(),
    )


def field_hint():
    return _("Give at least one way to reach someone (contact point, phone, e-mail or booking link).")


class _LazyNames:
    """The fields' names, in the language active when the message is shown."""

    def __str__(self):
        return ", ".join(f"“{name}”" for name in field_names())
