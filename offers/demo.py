"""Demo vocabularies, finder pages, offers and contact points; bulk ones for benchmarks and tests."""

import datetime
import random
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from home.models import CountyHomePage, TownPage
from organisations.models import Organisation
from portal import bulk_pages, demo
from portal.i18n import localized_field, localized_values

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
from .models.contact_point import ContactPointKind

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


def demo_reach(spec):
    """A way to reach someone for every demo offer (an offer is published only with one): the
    spec's own phone, e-mail or booking link, else an office address of its provider or town."""
    reach = {name: spec[name] for name in ("contact_phone", "contact_email", "booking_url") if spec.get(name)}
    if not reach:
        owner = spec["provider"] or spec["town"] or "Landkreis Hohenau"
        reach["contact_email"] = f"kontakt@{slugify(owner)}.example"
    return reach


@demo.step(80, "offers")
def offers():
    providers = {o.name: o for o in Organisation.objects.all()}
    for number, spec in enumerate(OFFERS):
        spec = {**spec, **demo_reach(spec)}
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
                "booking_url": spec.get("booking_url", ""),
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


# Scale data (seed_demo --scale N, tests): N offers and N/20 contact points, a quarter of them in
# the first town's finder (Hohenau, the county town), the rest in turn over the county's and the
# other towns' finders; a fifth translated into every language (portal.bulk_pages).
OFFER_WORD = {
    "de": "Angebot",
    "en": "Offer",
    "ar": "عرض",
    "uk": "Пропозиція",
    "tr": "Teklif",
    "fa": "پیشنهاد",
    "ru": "Предложение",
    "de-x-ls": "Angebot",
}
OFFER_SLUG_WORD = {
    "en": "offer",
    "ar": "عرض",
    "uk": "пропозиція",
    "tr": "teklif",
    "fa": "پیشنهاد",
    "ru": "предложение",
}
OFFER_INTRO = {
    "de": "{what} für {whom}. Ein Angebot für alle, Nummer {number}.",
    "en": "{what} for {whom}. An offer for everyone, number {number}.",
    "ar": "{what} لفئة {whom}. عرض للجميع، رقم {number}.",
    "uk": "{what} для: {whom}. Пропозиція для всіх, номер {number}.",
    "tr": "{whom} için {what}. Herkese açık bir teklif, numara {number}.",
    "fa": "{what} برای {whom}. پیشنهادی برای همه، شماره {number}.",
    "ru": "{what} для: {whom}. Предложение для всех, номер {number}.",
    "de-x-ls": "{what} für {whom}. Das Angebot ist für alle. Nummer {number}.",
}
CONTACT_POINT_WORD = {
    "de": "Anlaufstelle",
    "en": "Contact point",
    "ar": "نقطة اتصال",
    "uk": "Контактний пункт",
    "tr": "Başvuru noktası",
    "fa": "مرکز مراجعه",
    "ru": "Контактный пункт",
    "de-x-ls": "Hilfe-Stelle",
}
CONTACT_POINT_SLUG_WORD = {
    "en": "contact-point",
    "ar": "نقطة-اتصال",
    "uk": "контактний-пункт",
    "tr": "basvuru-noktasi",
    "fa": "مرکز-مراجعه",
    "ru": "контактный-пункт",
}
CONTACT_POINT_INTRO = {
    "de": "Zuständig für {what}. Beratung nach Termin, Nummer {number}.",
    "en": "Responsible for {what}. Advice by appointment, number {number}.",
    "ar": "مسؤولة عن {what}. استشارة بموعد، رقم {number}.",
    "uk": "Відповідає за: {what}. Консультація за записом, номер {number}.",
    "tr": "{what} konusunda yetkili. Randevu ile danışmanlık, numara {number}.",
    "fa": "مسئول {what}. مشاوره با وقت قبلی، شماره {number}.",
    "ru": "Отвечает за: {what}. Консультация по записи, номер {number}.",
    "de-x-ls": "Hier bekommen Sie Hilfe bei: {what}. Sie brauchen einen Termin. Nummer {number}.",
}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _name(entry, code):
    return getattr(entry, localized_field("name", code), None) or entry.name_de


@demo.scale_step(20, "finders")
def bulk_finders(count, progress=True):
    """Both finders below every town (towns made by the scale step have none yet)."""
    county = CountyHomePage.objects.get()
    towns = list(TownPage.objects.child_of(county).order_by("path"))
    for model, spec in FINDERS.items():
        bulk_pages.ensure_children(towns, model, spec)


def _scale_numbers(model, word, count):
    """The running numbers of the scale items still missing for ``count`` (slug ``word-00001``)."""
    existing = model.objects.filter(slug_de__regex=rf"^{word}-[0-9]{{5,}}$").count()
    return range(existing, count)


@demo.scale_step(30, "contact points")
def scale_contact_points(count, progress=True):
    """One contact point per 20 offers."""
    bulk_contact_points(count // 20, progress=progress)


def bulk_contact_points(count, parents=None, progress=False):
    """Contact points numbered 1..``count`` (slug ``anlaufstelle-00001``), made where missing.

    For tests too: ``bulk_contact_points(30, parents=[finder_a, finder_b])`` puts them in turn in
    these ContactPointIndexPages (default: every finder, a quarter in the first town's). Each has a
    kind, an organisation (every third), two topics, three languages, opening hours on two days,
    coordinates and, for a fifth, title, introduction and slug in every language. Not indexed
    for search (run ``rebuild_search``). Returns the new pages.
    """
    parents = parents or bulk_pages.scale_parents(ContactPointIndexPage)
    numbers = _scale_numbers(ContactPointPage, "anlaufstelle", count)
    topics = list(Topic.objects.order_by("sort_order", "pk"))
    languages = list(LanguageCode.objects.order_by("pk"))
    organisations = list(Organisation.objects.order_by("pk"))
    kinds = [kind for kind, _label in ContactPointKind.choices]
    kind_labels = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            kind_labels[code] = {kind: str(label) for kind, label in ContactPointKind.choices}
    items = []
    for number in numbers:
        parent = bulk_pages.spread(parents, number)
        kind = kinds[number % len(kinds)]
        chosen = [topics[(number + step) % len(topics)] for step in (0, 3)] if topics else []
        texts = {
            code: (
                f"{CONTACT_POINT_WORD[code]} {number + 1:05d}: {kind_labels[code][kind]}",
                CONTACT_POINT_INTRO[code].format(
                    what=", ".join(_name(topic, code) for topic in chosen) or kind_labels[code][kind],
                    number=number + 1,
                ),
            )
            for code in LANGUAGE_CODES
        }
        latitude, longitude, postcode = _position(None, number)
        page = ContactPointPage(
            slug_de=f"anlaufstelle-{number + 1:05d}",
            **bulk_pages.translated_values(number, texts, CONTACT_POINT_SLUG_WORD),
            kind=kind,
            organisation=organisations[number % len(organisations)]
            if organisations and number % 3 == 0
            else None,
            street=f"Hauptstraße {number % 120 + 1}",
            postcode=postcode,
            city="Hohenau",
            latitude=latitude,
            longitude=longitude,
            contact_phone=f"06641 {number:05d}",
            contact_email=f"anlaufstelle-{number + 1}@hohenau.example",
            step_free=number % 2 == 0,
            last_reviewed=datetime.date.today() - datetime.timedelta(days=number % 400),
        )
        page._scale = (
            chosen,
            [languages[(number + step) % len(languages)] for step in range(3)] if languages else [],
        )
        items.append((parent, page))
    with transaction.atomic():
        pages = bulk_pages.add_pages(
            items, progress=bulk_pages.progress_bar(progress, "Contact points", len(items))
        )
        bulk_pages.add_relations(ContactPointPage, pages, ("topics", "languages"))
        _bulk_hours(ContactPointPage.opening_hours.rel.related_model, pages, "08:00", "12:00")
    return pages


@demo.scale_step(40, "offers")
def scale_offers(count, progress=True):
    bulk_offers(count, progress=progress)


def bulk_offers(count, parents=None, progress=False):
    """Offers numbered 1..``count`` (slug ``angebot-00001``, title "Angebot 00001: <category>"),
    made where missing.

    For tests too: ``bulk_offers(30, parents=[finder_a, finder_b])`` puts them in turn in these
    OfferIndexPages (default: every finder, a quarter in the first town's). Each has a category,
    a target group, three languages, a cost (a fee for half), a provider (every third), opening
    hours on two days, a closure (every tenth), coordinates and, for a fifth, title,
    introduction and slug in every language. Not indexed for search (run ``rebuild_search``).
    Returns the new pages.
    """
    parents = parents or bulk_pages.scale_parents(OfferIndexPage)
    numbers = _scale_numbers(OfferPage, "angebot", count)
    categories = list(Category.objects.filter(parent__isnull=False).order_by("pk"))
    target_groups = list(TargetGroup.objects.order_by("pk"))
    languages = list(LanguageCode.objects.order_by("pk"))
    providers = list(Organisation.objects.order_by("pk"))
    items = []
    for number in numbers:
        parent = bulk_pages.spread(parents, number)
        category = categories[number % len(categories)] if categories else None
        target = target_groups[number % len(target_groups)] if target_groups else None
        texts = {
            code: (
                f"{OFFER_WORD[code]} {number + 1:05d}" + (f": {_name(category, code)}" if category else ""),
                OFFER_INTRO[code].format(
                    what=_name(category, code) if category else OFFER_WORD[code],
                    whom=_name(target, code) if target else "",
                    number=number + 1,
                ),
            )
            for code in LANGUAGE_CODES
        }
        latitude, longitude, postcode = _position(None, number)
        cost = ["free", "free", "fee", "reduced"][number % 4]
        page = OfferPage(
            slug_de=f"angebot-{number + 1:05d}",
            **bulk_pages.translated_values(number, texts, OFFER_SLUG_WORD),
            cost=cost,
            fee_amount=None if cost == "free" else Decimal(5 + number % 20),
            provider=providers[number % len(providers)] if providers and number % 3 == 0 else None,
            contact_phone=f"06641 900-{number % 1000:03d}",  # a way to reach someone (a published offer needs one)
            street=f"Marktplatz {number % 60 + 1}",
            postcode=postcode,
            city="Hohenau",
            latitude=latitude,
            longitude=longitude,
            step_free=number % 2 == 0,
            accessible_toilet=number % 3 == 0,
            childcare=number % 5 == 0,
            appointment_only=number % 7 == 0,
            last_reviewed=datetime.date.today() - datetime.timedelta(days=number % 400),
        )
        page._scale = (
            [category] if category else [],
            [target] if target else [],
            [languages[(number + step * 7) % len(languages)] for step in range(3)] if languages else [],
        )
        items.append((parent, page))
    with transaction.atomic():
        pages = bulk_pages.add_pages(items, progress=bulk_pages.progress_bar(progress, "Offers", len(items)))
        bulk_pages.add_relations(OfferPage, pages, ("categories", "target_groups", "languages"))
        _bulk_hours(OfferPage.opening_hours.rel.related_model, pages, "09:00", "12:00")
        closure = OfferPage.closures.rel.related_model
        start = datetime.date.today() + datetime.timedelta(days=30)
        closure.objects.bulk_create(
            [
                closure(
                    page_id=page.pk,
                    date_from=start,
                    date_until=start + datetime.timedelta(days=6),
                    note="Urlaub",
                )
                for number, page in zip(numbers, pages, strict=True)
                if number % 10 == 0
            ],
            batch_size=bulk_pages.CHUNK,
        )
    return pages


def _bulk_hours(model, pages, opens, closes):
    """Opening hours on two weekdays of each page (one in the afternoon)."""
    if not pages:
        return
    rows = []
    for number, page in enumerate(pages):
        rows.append(model(page_id=page.pk, weekday=number % 5, opens=opens, closes=closes, sort_order=0))
        rows.append(
            model(page_id=page.pk, weekday=(number + 2) % 6, opens="14:00", closes="17:00", sort_order=1)
        )
    model.objects.bulk_create(rows, batch_size=bulk_pages.CHUNK)
