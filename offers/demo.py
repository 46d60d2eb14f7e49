"""Demo vocabularies, finder pages, offers and contact points; bulk offers for benchmarks."""

import datetime
import random
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from tqdm import tqdm
from wagtail.models import Locale, Page

from home.models import CountyHomePage, TownPage
from organisations.models import Organisation
from portal import demo
from portal.i18n import localized_values

from . import taxonomy_defaults
from .demo_content import CONTACT_POINTS, OFFERS, TOWN_CENTRES
from .models import (
    Category,
    ContactPointIndexPage,
    ContactPointPage,
    LanguageCode,
    MapPage,
    OfferIndexPage,
    OfferPage,
    OpenDataPage,
    TargetGroup,
    Topic,
)

FINDERS = {
    OfferIndexPage: {
        "slug": "angebote",
        "title": {
            "de": "Angebote",
            "en": "Offers",
            "ar": "العروض",
            "uk": "Пропозиції",
            "tr": "Teklifler",
            "fa": "پیشنهادها",
            "ru": "Предложения",
            "de-x-ls": "Angebote",
        },
    },
    ContactPointIndexPage: {
        "slug": "anlaufstellen",
        "title": {
            "de": "Anlaufstellen",
            "en": "Contact points",
            "ar": "نقاط الاتصال",
            "uk": "Контактні пункти",
            "tr": "Başvuru noktaları",
            "fa": "مراکز مراجعه",
            "ru": "Контактные пункты",
            "de-x-ls": "Hier bekommen Sie Hilfe",
        },
    },
}
COUNTY_PAGES = {
    MapPage: {
        "slug": "karte",
        "title": {
            "de": "Karte",
            "en": "Map",
            "ar": "الخريطة",
            "uk": "Мапа",
            "tr": "Harita",
            "fa": "نقشه",
            "ru": "Карта",
            "de-x-ls": "Karte",
        },
    },
    OpenDataPage: {
        "slug": "open-data",
        "title": {
            "de": "Offene Daten",
            "en": "Open data",
            "ar": "البيانات المفتوحة",
            "de-x-ls": "Offene Daten",
        },
        "intro": {
            "de": "Alle Angebote, Anlaufstellen und Organisationen als offene Daten zum Herunterladen.",
            "en": "All offers, contact points and organisations as open data to download.",
        },
    },
}


@demo.step(60, "vocabularies")
def vocabularies():
    taxonomy_defaults.load()


@demo.step(70, "finders")
def finders():
    county = CountyHomePage.objects.get()
    for parent in [county, *TownPage.objects.child_of(county)]:
        for model, spec in FINDERS.items():
            demo.ensure_child(parent, model, spec)
    for model, spec in COUNTY_PAGES.items():
        demo.ensure_child(county, model, spec)


def _index(model, town_name):
    county = CountyHomePage.objects.get()
    parent = TownPage.objects.get(title_de=town_name) if town_name else county
    return model.objects.child_of(parent).get()


def _position(town_name, index):
    lat, lon, postcode = TOWN_CENTRES[town_name or "Hohenau"]
    rng = random.Random(index)  # noqa: S311 - demo coordinates
    return (
        Decimal(f"{lat + rng.uniform(-0.006, 0.006):.5f}"),
        Decimal(f"{lon + rng.uniform(-0.008, 0.008):.5f}"),
        postcode,
    )


def _hours(items):
    return [{"weekday": day, "opens": opens, "closes": closes} for day, opens, closes in items]


@transaction.atomic
def _place(model, index_model, spec, number, extra):
    parent = _index(index_model, spec["town"])
    if model.objects.child_of(parent).filter(slug_de=spec["slug"]).exists():
        return
    latitude, longitude, postcode = _position(spec["town"], number)
    page = model(
        slug=spec["slug"],
        **localized_values("title", spec["title"]),
        **localized_values("intro", spec["intro"]),
        street=spec["street"],
        postcode=postcode,
        city=spec["town"] or "Hohenau",
        latitude=latitude,
        longitude=longitude,
        last_reviewed=datetime.date.today() - datetime.timedelta(days=40 * number),
        step_free=spec.get("step_free", False),
        contact_phone=spec.get("contact_phone", ""),
        contact_email=spec.get("contact_email", ""),
        **extra,
    )
    for hours in _hours(spec["hours"]):
        page.opening_hours.add(page.opening_hours.model(**hours))
    page.languages = list(LanguageCode.objects.filter(code__in=spec["languages"]))
    parent.add_child(instance=page)
    page.save_revision().publish()


@demo.step(80, "offers")
def offers():
    providers = {o.name: o for o in Organisation.objects.all()}
    for number, spec in enumerate(OFFERS):
        _place(
            OfferPage,
            OfferIndexPage,
            spec,
            number,
            {
                "categories": list(Category.objects.filter(slug__in=spec["categories"])),
                "target_groups": list(TargetGroup.objects.filter(slug__in=spec["targets"])),
                "cost": spec["cost"],
                "fee_amount": Decimal(spec["fee"]) if spec.get("fee") else None,
                "provider": providers.get(spec["provider"]),
                "appointment_only": spec.get("appointment_only", False),
                "childcare": spec.get("childcare", False),
                "accessible_toilet": spec.get("accessible_toilet", False),
                "sign_language": spec.get("sign_language", False),
                **localized_values("contact_role", spec.get("contact_role", {})),
            },
        )


@demo.step(90, "contact points")
def contact_points():
    organisations = {o.name: o for o in Organisation.objects.all()}
    for number, spec in enumerate(CONTACT_POINTS):
        _place(
            ContactPointPage,
            ContactPointIndexPage,
            spec,
            number,
            {
                "kind": spec["kind"],
                "organisation": organisations.get(spec["organisation"]),
                "topics": list(Topic.objects.filter(slug__in=spec["topics"])),
                "booking_url": spec.get("booking_url", ""),
            },
        )


@demo.scale_step("offers")
def bulk_offers(count, progress=True):
    """N offers spread over the towns' finders, inserted in bulk (no revisions), for benchmarks."""
    indexes = list(OfferIndexPage.objects.filter(depth=4).order_by("path"))
    towns = {town.path: town.pk for town in TownPage.objects.all()}
    categories = list(Category.objects.filter(parent__isnull=False))
    languages = list(LanguageCode.objects.all())
    common = {
        "content_type": ContentType.objects.get_for_model(OfferPage),
        "locale": Locale.get_default(),
        "live": True,
        "first_published_at": timezone.now(),
        "last_published_at": timezone.now(),
        "last_reviewed": datetime.date.today(),
    }
    rng = random.Random(count)  # noqa: S311 - demo data
    with transaction.atomic():
        created = []
        for number in tqdm(range(count), desc="Bulk offers", disable=not progress):
            parent = Page.objects.get(pk=indexes[number % len(indexes)].pk)
            town_id = towns.get(parent.path[: -parent.steplen])
            created.append(_bulk_offer(parent, number, rng, town_id, common))
        through = OfferPage.categories.through
        through.objects.bulk_create(
            through(offerpage_id=pk, category_id=rng.choice(categories).pk) for pk in created
        )
        through = OfferPage.languages.through
        through.objects.bulk_create(
            through(offerpage_id=pk, languagecode_id=language.pk)
            for pk in created
            for language in rng.sample(languages, 3)
        )


def _bulk_offer(parent, number, rng, town_id, common):
    """One offer page: its Page row, its OfferPage row and one opening-hours range."""
    title = f"Angebot {number + 1:05d}"
    slug = slugify(title)
    url_path = f"{parent.url_path}{slug}/"
    latitude, longitude, postcode = _position(None, number)
    cost = rng.choice(["free", "free", "fee", "reduced"])
    page = OfferPage(
        **common,
        path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + 1),
        depth=parent.depth + 1,
        numchild=0,
        title=title,
        draft_title=title,
        slug=slug,
        url_path=url_path,
        title_de=title,
        slug_de=slug,
        url_path_de=url_path,
        intro_de=f"Ein Angebot für alle, Nummer {number + 1}.",
        town_id=town_id,
        cost=cost,
        fee_amount=None if cost == "free" else Decimal("5.00"),
        latitude=latitude,
        longitude=longitude,
        postcode=postcode,
        city="Hohenau",
    )
    page.review_due_on = page.compute_review_due()
    page_row = Page(**{field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields})
    Page.objects.bulk_create([page_row])
    page.page_ptr_id = page.id = Page.objects.only("pk").get(path=page.path).pk
    page.save_base(raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    page.opening_hours.model.objects.create(
        page_id=page.pk, weekday=number % 7, opens="09:00", closes="12:00"
    )
    return page.pk
