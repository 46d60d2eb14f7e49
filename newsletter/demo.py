"""Demo newsletter: one confirmed reader (an example.org address), so send_digest has someone."""

from django.utils import timezone

from portal import demo

from .models import Subscription

DEMO_READER = "leserin@example.org"


@demo.step(200, "newsletter subscription")
def subscriptions():
    Subscription.objects.get_or_create(
        email=DEMO_READER,
        defaults={"language": "de", "status": Subscription.Status.CONFIRMED, "confirmed_at": timezone.now()},
    )
