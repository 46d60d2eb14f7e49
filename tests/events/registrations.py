"""Registration factory (the ``course`` fixture is in conftest.py)."""

import datetime

import factory
from factory.django import DjangoModelFactory

from events.models import Registration, RegistrationStatus


class RegistrationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    people = 1
    status = RegistrationStatus.CONFIRMED
    confirmed_at = factory.LazyFunction(lambda: datetime.datetime.now(tz=datetime.UTC))

    class Meta:
        model = Registration
