"""One registration per person and event: the unique constraint (after 0006 resolved duplicates).

A separate migration so that PostgreSQL adds the index in a transaction of its own, after the
rows were updated. Cancelled registrations do not count: a person who cancelled may register again.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_registration_email_key"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status", "cancelled"), _negated=True),
                fields=("event", "email_key"),
                name="registration_one_per_person",
                violation_error_message="You are already registered for this event.",
            ),
        ),
    ]
