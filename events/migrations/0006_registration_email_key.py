"""One registration per person and event (issue 17, finding 9): the normalised e-mail address.

Adds ``Registration.email_key`` (see ``events.models.registration.normalise_email``: stripped,
Unicode NFKC, the whole address casefolded) and fills it for every existing row. Existing
duplicates (same event, same normalised address, not cancelled) are resolved here, before
0007 adds the unique constraint, and nothing is deleted:

- the registration kept is the one that counts most for the person: the earliest that holds
  places (confirmed), else the earliest on the waiting list, else the earliest unconfirmed one;
- every other duplicate is marked ``cancelled``. The row stays with all its data, organisers see
  it as cancelled in the registration list and the registrant's manage link still shows it.

Places freed by cancelling a duplicate that held places are not handed to the waiting list
here (a migration sends no mails): the next cancellation or capacity change of the event moves
people up as usual. The migration runs on an empty database too (nothing to do). Reversing it
removes the field; the cancelled duplicates stay cancelled.
"""

import unicodedata
from itertools import groupby

from django.db import migrations, models

KEEP_FIRST = {"confirmed": 0, "waiting": 1, "pending": 2}


def normalise_email(address):
    """A frozen copy of events.models.registration.normalise_email."""
    folded = unicodedata.normalize("NFKC", (address or "").strip()).casefold()
    return unicodedata.normalize("NFKC", folded)


def fill_keys_and_cancel_duplicates(apps, schema_editor):
    Registration = apps.get_model("events", "Registration")
    rows = list(Registration.objects.order_by("event_id", "created_at", "pk"))
    for row in rows:
        row.email_key = normalise_email(row.email)
    Registration.objects.bulk_update(rows, ["email_key"], batch_size=500)
    active = sorted(
        (row for row in rows if row.status != "cancelled"),
        key=lambda row: (row.event_id, row.email_key, KEEP_FIRST.get(row.status, 3), row.created_at, row.pk),
    )
    duplicates = []
    for _key, group in groupby(active, key=lambda row: (row.event_id, row.email_key)):
        duplicates += [row.pk for row in list(group)[1:]]
    Registration.objects.filter(pk__in=duplicates).update(status="cancelled")


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0005_training_calendar"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="email_key",
            field=models.CharField(
                default="", editable=False, max_length=254, verbose_name="e-mail address (normalised)"
            ),
        ),
        migrations.RunPython(fill_keys_and_cancel_duplicates, migrations.RunPython.noop),
    ]
