"""Page factories for finders, offers and contact points.

Opening hours, closures and many-to-many values are attached before ``add_child`` (as the demo
data does), then the page is published so that it has a live revision like an edited page.
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils.text import slugify

from offers.models import (
    Category,
    ContactPointIndexPage,
    ContactPointPage,
    LanguageCode,
    OfferIndexPage,
    OfferPage,
    TargetGroup,
    Topic,
)

LOOKUPS = {
    "categories": (Category, "slug"),
    "target_groups": (TargetGroup, "slug"),
    "topics": (Topic, "slug"),
    "languages": (LanguageCode, "code"),
}


def _time(value):
    return value if isinstance(value, datetime.time) else datetime.time.fromisoformat(value)


def _date(value):
    return value if value is None or isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def _resolve(name, values):
    """Model instances for ``values``, which may be instances or slugs/codes."""
    model, key = LOOKUPS[name]
    keys = [value for value in values if isinstance(value, str)]
    found = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": keys})}
    missing = set(keys) - set(found)
    if missing:
        raise LookupError(f"{model.__name__} {sorted(missing)} does not exist")
    return [found[value] if isinstance(value, str) else value for value in values]


class FinderPageFactory(wagtail_factories.PageFactory):
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        page.save_revision().publish()
        return page


class OfferIndexPageFactory(FinderPageFactory):
    title = "Angebote"

    class Meta:
        model = OfferIndexPage


class ContactPointIndexPageFactory(FinderPageFactory):
    title = "Anlaufstellen"

    class Meta:
        model = ContactPointIndexPage


class PlacePageFactory(wagtail_factories.PageFactory):
    """Extra keyword arguments: ``hours`` [(weekday, "09:00", "12:00"), ...], ``closures``
    [(date_from, date_until or None), ...] and the many-to-many fields as instances or slugs.
    ``live=False`` leaves the page unpublished."""

    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    street = factory.Sequence(lambda n: f"Hauptstraße {n + 1}")
    postcode = "12345"
    city = "Altdorf"
    latitude = factory.Sequence(lambda n: Decimal("50.10000") + Decimal(n % 500) / 10000)
    longitude = factory.Sequence(lambda n: Decimal("9.20000") + Decimal(n % 500) / 10000)
    hours = ()
    closures = ()

    _m2m_fields = ()

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.pop("parent")
        hours = kwargs.pop("hours")
        closures = kwargs.pop("closures")
        related = {name: _resolve(name, kwargs.pop(name)) for name in cls._m2m_fields if name in kwargs}
        page = model_class(**kwargs)
        for name, values in related.items():
            setattr(page, name, values)
        for weekday, opens, closes in hours:
            page.opening_hours.add(
                page.opening_hours.model(weekday=weekday, opens=_time(opens), closes=_time(closes))
            )
        for date_from, date_until in closures:
            page.closures.add(page.closures.model(date_from=_date(date_from), date_until=_date(date_until)))
        parent.add_child(instance=page)
        if page.live:
            page.save_revision().publish()
        else:
            page.save_revision()
        return page


class OfferPageFactory(PlacePageFactory):
    title = factory.Sequence(lambda n: f"Angebot {n:03d}")
    intro = "Ein Angebot im Landkreis."
    cost = "free"
    contact_phone = "06000 54321"  # a way to reach someone: published offers need one

    _m2m_fields = ("categories", "target_groups", "languages")

    class Meta:
        model = OfferPage


class ContactPointPageFactory(PlacePageFactory):
    title = factory.Sequence(lambda n: f"Anlaufstelle {n:03d}")
    intro = "Eine Anlaufstelle im Landkreis."
    kind = "migration_counselling"
    contact_phone = "06000 12345"
    contact_email = factory.Sequence(lambda n: f"stelle{n}@landkreis.example")

    _m2m_fields = ("languages", "topics")

    class Meta:
        model = ContactPointPage
