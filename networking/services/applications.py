"""The coordinator's list of a twinning round's applications: partner status and the CSV export.

The export holds what describes a group (name, kind, town, size, interests, languages, when it has
time, its partner); never the contact person or the e-mail address (personal data, see
networking/personal_data.py): the coordinator reads those on the application itself.
"""

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from networking.models import TwinningApplication, TwinningPair

PAIRED, UNPAIRED = "paired", "unpaired"
STATUS_CHOICES = [(PAIRED, gettext_lazy("with a partner")), (UNPAIRED, gettext_lazy("without a partner"))]

# (key, heading) of the export's columns, in order.
EXPORT_COLUMNS = [
    ("group", gettext_lazy("Group")),
    ("kind", gettext_lazy("Kind of group")),
    ("town", gettext_lazy("Town")),
    ("size", gettext_lazy("Number of people")),
    ("interests", gettext_lazy("Interests")),
    ("languages", gettext_lazy("Languages")),
    ("availability", gettext_lazy("When the group has time")),
    ("status", gettext_lazy("Status")),
    ("partner", gettext_lazy("Partner")),
    ("applied_on", gettext_lazy("Applied on")),
    ("name_public", gettext_lazy("Name may be shown publicly")),
]


def with_partner(queryset):
    """Annotate ``partner``: the group name of the application's partner, or None."""
    as_first = TwinningPair.objects.filter(first=OuterRef("pk")).values("second__group_name")[:1]
    as_second = TwinningPair.objects.filter(second=OuterRef("pk")).values("first__group_name")[:1]
    return queryset.annotate(partner=Coalesce(Subquery(as_first), Subquery(as_second)))


def listing(queryset=None):
    queryset = TwinningApplication.objects.all() if queryset is None else queryset
    return with_partner(queryset.select_related("round", "town").prefetch_related("languages"))


def filter_status(queryset, status):
    if status == PAIRED:
        return queryset.filter(partner__isnull=False)
    if status == UNPAIRED:
        return queryset.filter(partner__isnull=True)
    return queryset


def status_label(application):
    return dict(STATUS_CHOICES)[PAIRED if getattr(application, "partner", None) else UNPAIRED]


def yes_no(value):
    return _("Yes") if value else _("No")  # Django's own catalogue translates these


def export_row(application):
    """One application as the export's row (strings only, keyed as ``EXPORT_COLUMNS``)."""
    return {
        "group": application.group_name,
        "kind": application.get_group_kind_display(),
        "town": application.town.title if application.town else "",
        "size": str(application.size),
        "interests": ", ".join(str(label) for label in application.interest_labels()),
        "languages": ", ".join(str(language) for language in application.languages.all()),
        "availability": application.availability,
        "status": str(status_label(application)),
        "partner": application.partner or "",
        "applied_on": timezone.localtime(application.created_at).date().isoformat(),
        "name_public": str(yes_no(application.show_name_publicly)),
    }
