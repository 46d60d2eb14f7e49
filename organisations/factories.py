import factory
from factory.django import DjangoModelFactory

from .models import Organisation


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Verein {n}")
    kind = Organisation.Kind.ASSOCIATION
    description = factory.Faker("paragraph", locale="de_DE")

    class Meta:
        model = Organisation
        django_get_or_create = ("name",)
