"""Demo calendars and events: recurring, single, cancelled, trainings (dates relative to today);
bulk events for benchmarks and tests."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import translation

from home.models import CountyHomePage, TownPage
from offers.models import ContactPointPage, LanguageCode, TargetGroup
from organisations.models import Organisation
from portal import bulk_pages, demo
from portal.clock import BERLIN
from portal.i18n import localized_values

from .models import EventIndexPage, EventPage, TrainingCalendarPage
from .models.event import EventKind, EventStatus, TrainingAudience
from .services import occurrences

CALENDAR = {
    "slug": "termine",
    "title": {
        "de": "Termine",
        "en": "Events",
        "ar": "المواعيد",
        "uk": "Події",
        "tr": "Etkinlikler",
        "fa": "رویدادها",
        "ru": "События",
        "de-x-ls": "Termine",
    },
}


def _next(weekday, hour, minute=0, weeks=0):
    today = datetime.datetime.now(tz=BERLIN).date()
    day = today + datetime.timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def _events():
    return [
        {
            "slug": "sprachcafe-mittwochs",
            "town": "Lindenfeld",
            "kind": "meeting_place",
            "start": _next(2, 16),
            "hours": 2,
            "recurrence": "FREQ=WEEKLY;BYDAY=WE",
            "languages": ["de", "ar", "fa", "uk"],
            "street": "Marktplatz 1",
            "title": {
                "de": "Sprachcafé am Mittwoch",
                "en": "Language café on Wednesdays",
                "ar": "مقهى اللغة يوم الأربعاء",
                "de-x-ls": "Sprach-Café am Mittwoch",
            },
            "intro": {
                "de": "Jeden Mittwoch Deutsch sprechen bei Kaffee und Kuchen.",
                "en": "Speak German every Wednesday over coffee and cake.",
                "ar": "تحدّث الألمانية كل أربعاء مع القهوة والكعك.",
            },
        },
        {
            "slug": "fussball-samstags",
            "town": "Ostermoor",
            "kind": "sport",
            "start": _next(5, 10),
            "hours": 2,
            "recurrence": "FREQ=WEEKLY;BYDAY=SA",
            "languages": ["de", "en"],
            "organiser": "TSV Ostermoor 1911 e. V.",
            "street": "Sportplatzweg 2",
            "title": {
                "de": "Offenes Fußballtraining",
                "en": "Open football training",
                "ar": "تدريب كرة القدم المفتوح",
            },
            "intro": {"de": "Jeden Samstag, alle können mitspielen."},
        },
        {
            "slug": "kulturabend-monatlich",
            "town": "Hohenau",
            "kind": "culture",
            "start": _next(4, 18),
            "hours": 3,
            "recurrence": "FREQ=MONTHLY;BYDAY=1FR",
            "languages": ["de", "ar"],
            "organiser": "Deutsch-Syrischer Kulturverein Hohenau e. V.",
            "street": "Lindenallee 19",
            "title": {"de": "Kulturabend", "en": "Cultural evening", "ar": "أمسية ثقافية"},
            "intro": {"de": "Am ersten Freitag im Monat: Musik, Lesungen und Essen."},
        },
        {
            "slug": "infoabend-anerkennung",
            "town": "Hohenau",
            "kind": "information",
            "start": _next(1, 18, weeks=2),
            "hours": 2,
            "languages": ["de", "ar", "uk", "ru"],
            "venue": "jobcenter",
            "title": {
                "de": "Infoabend: Berufsabschlüsse anerkennen lassen",
                "en": "Information evening: getting qualifications recognised",
                "ar": "أمسية معلومات: الاعتراف بالشهادات المهنية",
                "uk": "Інформаційний вечір: визнання професійних дипломів",
            },
            "intro": {"de": "Wie läuft die Anerkennung ab, was kostet sie, wer hilft?"},
        },
        {
            "slug": "elterncafe-ausflug",
            "town": "Kleinsassen",
            "kind": "meeting_place",
            "start": _next(5, 9, weeks=1),
            "hours": 5,
            "status": "cancelled",
            "languages": ["de", "tr"],
            "street": "Dorfstraße 5",
            "title": {
                "de": "Ausflug des Elterncafés",
                "en": "Parents' café outing",
                "ar": "رحلة مقهى الأهالي",
            },
            "intro": {"de": "Fällt wegen Krankheit aus. Ein neuer Termin folgt."},
        },
        {
            "slug": "schulung-interkulturelle-kompetenz",
            "town": None,
            "kind": "training",
            "audience": "staff",
            "start": _next(3, 9, weeks=3),
            "hours": 7,
            "languages": ["de"],
            "street": "Kreishausplatz 1",
            "title": {
                "de": "Schulung: Interkulturelle Kompetenz in der Verwaltung",
                "en": "Training: intercultural competence in public administration",
            },
            "intro": {"de": "Ganztägige Schulung für Mitarbeitende der Gemeinden und des Landkreises."},
        },
        {
            "slug": "erste-hilfe-fuer-alle",
            "town": "Lindenfeld",
            "kind": "training",
            "audience": "everyone",
            "start": _next(5, 10, weeks=2),
            "hours": 4,
            "languages": ["de", "ar"],
            "street": "Marktplatz 1",
            "title": {
                "de": "Erste-Hilfe-Kurs für alle",
                "en": "First aid course for everyone",
                "ar": "دورة الإسعافات الأولية للجميع",
            },
            "intro": {"de": "Helfen im Notfall: ein Kurs auf Deutsch mit Übersetzung ins Arabische."},
        },
        {
            "slug": "schulung-sprachmittlung-online",
            "town": None,
            "kind": "training",
            "audience": "volunteers",
            "start": _next(0, 18, weeks=1),
            "hours": 2,
            "languages": ["de"],
            "online_url": "https://video.landkreis-hohenau.example/sprachmittlung",
            "title": {
                "de": "Online-Schulung für Ehrenamtliche: Sprachmittlung",
                "en": "Online training for volunteers: language mediation",
            },
            "intro": {"de": "Wie übersetze ich gut und neutral? Mit Übungen aus der Praxis."},
        },
        {
            "slug": "deutschkurs-eltern",
            "town": "Hohenau",
            "kind": "course",
            "start": _next(1, 9, weeks=1),
            "hours": 2,
            "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=8",
            "languages": ["de", "ar", "uk"],
            "street": "Schulstraße 4",
            "capacity": 12,
            "title": {
                "de": "Deutschkurs für Eltern (8 Termine)",
                "en": "German course for parents (8 sessions)",
                "ar": "دورة اللغة الألمانية للأهالي (8 مواعيد)",
                "uk": "Курс німецької мови для батьків (8 занять)",
            },
            "intro": {
                "de": "Dienstags vormittags, mit Kinderbetreuung. Anmeldung nötig, eine Anmeldung gilt für alle Termine.",
                "en": "Tuesday mornings, with childcare. Registration needed; one registration covers all sessions.",
            },
        },
        {
            "slug": "fahrradkurs-frauen",
            "town": "Lindenfeld",
            "kind": "sport",
            "start": _next(5, 14, weeks=2),
            "hours": 2,
            "recurrence": "FREQ=WEEKLY;BYDAY=SA;COUNT=4",
            "languages": ["de", "fa", "ar"],
            "street": "Am Sportplatz 1",
            "capacity": 10,
            "title": {
                "de": "Fahrradkurs für Frauen",
                "en": "Cycling course for women",
                "ar": "دورة ركوب الدراجات للنساء",
                "fa": "دوره دوچرخه‌سواری برای زنان",
            },
            "intro": {"de": "Radfahren lernen in vier Samstagen. Fahrräder und Helme sind da."},
        },
    ]


# Fake but realistic registrations: the parents' course is full with a waiting list.
REGISTRATIONS = {
    "deutschkurs-eltern": [
        ("Amal Haddad", 2, "confirmed", "ar", ""),
        ("Olena Kovalenko", 1, "confirmed", "uk", ""),
        ("Mehmet Yılmaz", 2, "confirmed", "tr", ""),
        ("Fatemeh Rahimi", 1, "confirmed", "fa", "Platz nahe der Tür, ich gehe mit Krücken."),
        ("Iryna Bondarenko", 2, "confirmed", "uk", ""),
        ("Samir Al-Khatib", 1, "confirmed", "ar", ""),
        ("Natalia Ivanova", 1, "confirmed", "ru", ""),
        ("Aylin Kaya", 2, "confirmed", "de", ""),
        ("Yusuf Ahmadi", 1, "waiting", "fa", ""),
        ("Daria Melnyk", 2, "waiting", "uk", ""),
        ("Layla Mansour", 1, "waiting", "ar", ""),
    ],
    "fahrradkurs-frauen": [
        ("Zahra Hosseini", 1, "confirmed", "fa", ""),
        ("Rania Saleh", 2, "confirmed", "ar", ""),
        ("Sabine Krüger", 1, "confirmed", "de", "Ich höre schlecht, bitte langsam sprechen."),
    ],
}


@demo.step(100, "event calendars")
def calendars():
    county = CountyHomePage.objects.get()
    for parent in [county, *TownPage.objects.child_of(county)]:
        demo.ensure_child(parent, EventIndexPage, CALENDAR)


@demo.step(110, "events")
@transaction.atomic
def events():
    county = CountyHomePage.objects.get()
    organisations = {o.name: o for o in Organisation.objects.all()}
    for spec in _events():
        parent_page = TownPage.objects.get(title_de=spec["town"]) if spec["town"] else county
        calendar = EventIndexPage.objects.child_of(parent_page).get()
        if EventPage.objects.child_of(calendar).filter(slug_de=spec["slug"]).exists():
            continue
        event = EventPage(
            slug=spec["slug"],
            **localized_values("title", spec["title"]),
            **localized_values("intro", spec["intro"]),
            start=spec["start"],
            end=spec["start"] + datetime.timedelta(hours=spec["hours"]),
            recurrence=spec.get("recurrence", ""),
            kind=spec["kind"],
            training_audience=spec.get("audience", ""),
            status=spec.get("status", "scheduled"),
            organiser=organisations.get(spec.get("organiser")),
            venue=ContactPointPage.objects.filter(slug_de=spec["venue"]).first()
            if spec.get("venue")
            else None,
            online_url=spec.get("online_url", ""),
            street=spec.get("street", ""),
            city=spec["town"] or "Hohenau",
            registration_required="capacity" in spec,
            capacity=spec.get("capacity"),
        )
        event.languages = list(LanguageCode.objects.filter(code__in=spec["languages"]))
        calendar.add_child(instance=event)
        event.save_revision().publish()


@demo.step(125, "event submitted by an MSO, waiting for moderation")
def submitted_event():
    """The Afghan women's association of Lindenfeld has submitted an open sewing evening."""
    from .models import EventSubmission
    from .submissions import services as submission

    organisation = Organisation.objects.get(name="Afghanischer Frauenverein Lindenfeld")
    if EventSubmission.objects.filter(organisation=organisation).exists():
        return
    member = organisation.members.first()
    town = TownPage.objects.get(title_de="Lindenfeld")
    calendar = EventIndexPage.objects.child_of(town).get()
    day = _next(3, 18, weeks=2)
    submission.submit_event(
        member,
        {
            "organisation": organisation,
            "calendar": (town, calendar),
            "title": "Offene Nähwerkstatt für Frauen",
            "description": "Wir nähen gemeinsam Kleidung und Taschen. Nähmaschinen sind da, Kinder sind willkommen.",
            "kind": "meeting_place",
            "date": day.date(),
            "start_time": datetime.time(18),
            "end_time": datetime.time(20, 30),
            "street": "Kirchgasse 3",
            "postcode": "",
            "city": "Lindenfeld",
            "online_url": "",
            "languages": list(LanguageCode.objects.filter(code__in=["de", "prs", "ps"])),
            "cost": "free",
            "fee_amount": None,
        },
        "de",
    )


@demo.step(120, "event registrations")
@transaction.atomic
def registrations():
    from django.utils import timezone

    from .models import Registration

    for slug, rows in REGISTRATIONS.items():
        event = EventPage.objects.filter(slug_de=slug).first()
        if event is None or Registration.objects.filter(event=event).exists():
            continue
        now = timezone.now()
        for minutes, (name, people, status, language, needs) in enumerate(rows):
            local = name.lower().replace(" ", ".").replace("ı", "i").replace("ü", "ue").replace("-", "")
            Registration.objects.create(
                event=event,
                name=name,
                email=f"{local}@example.org",
                people=people,
                status=status,
                language=language,
                accessibility_needs=needs,
                accessibility_consent=bool(needs),
                confirmed_at=now - datetime.timedelta(hours=len(rows) - minutes),
            )


def _import_demo_calendar():
    """An .ics file as a town's family centre might export it from Outlook: a series and a single date."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Familienzentrum Lindenfeld//Outlook//DE")
    calendar.add("version", "2.0")
    series = Event()
    series.add("uid", "familienzentrum-krabbelgruppe@lindenfeld.example")
    series.add("summary", "Krabbelgruppe im Familienzentrum")
    series.add("description", "Für Eltern mit Kindern bis drei Jahre, in vielen Sprachen.")
    series.add("dtstart", _next(0, 9, 30))
    series.add("dtend", _next(0, 11))
    series.add("rrule", {"freq": "weekly", "byday": "MO"})
    series.add("location", "Familienzentrum, Schulstraße 4, 34567 Lindenfeld")
    single = Event()
    single.add("uid", "familienzentrum-elternabend@lindenfeld.example")
    single.add("summary", "Elternabend online")
    single.add("dtstart", _next(3, 19, weeks=2))
    single.add("dtend", _next(3, 20, 30, weeks=2))
    single.add("url", "https://meet.jit.si/familienzentrum-lindenfeld")
    calendar.add_component(series)
    calendar.add_component(single)
    calendar.add_missing_timezones()
    return calendar.to_ical()


@demo.step(115, "imported calendar (drafts) and a calendar subscription")
def imported_calendar():
    from django.conf import settings

    from .calendar_io.ics_import import import_calendar
    from .models import CalendarSubscription

    town = TownPage.objects.get(title_de="Lindenfeld")
    calendar = EventIndexPage.objects.child_of(town).get()
    if not EventPage.objects.child_of(calendar).exclude(import_uid="").exists():
        import_calendar(_import_demo_calendar(), calendar)
    # Inactive: it fetches this site's own Hohenau feed, which answers only while the site runs.
    hohenau = TownPage.objects.get(title_de="Hohenau")
    CalendarSubscription.objects.get_or_create(
        calendar=calendar,
        url=f"{settings.WAGTAILADMIN_BASE_URL}/calendar/town/{hohenau.slug_de}.ics",
        defaults={"active": False},
    )


TRAINING_CALENDAR = {
    "slug": "fortbildungen",
    "title": {
        "de": "Fortbildungen",
        "en": "Trainings",
        "ar": "الدورات التدريبية",
        "uk": "Навчання",
        "tr": "Eğitimler",
        "fa": "دوره‌های آموزشی",
        "ru": "Обучение",
        "de-x-ls": "Fortbildungen",
    },
    "intro": {
        "de": "Schulungen für Mitarbeitende der Gemeinden und des Landkreises, für Ehrenamtliche und für alle.",
        "en": "Trainings for town and county staff, for volunteers and for everyone.",
        "ar": "دورات تدريبية لموظفي البلديات والمقاطعة وللمتطوعين وللجميع.",
    },
}


@demo.step(105, "training calendar")
def training_calendar():
    demo.ensure_child(CountyHomePage.objects.get(), TrainingCalendarPage, TRAINING_CALENDAR)


# Scale data (seed_demo --scale N, tests): N/5 events over the next six months, a quarter in the
# first town's calendar (Hohenau), the rest in turn over the county's and the other towns'; a
# fifth recurring (weekly or monthly, some with extra and exception dates), a fifth translated.
EVENT_WORD = {
    "de": "Termin",
    "en": "Event",
    "ar": "موعد",
    "uk": "Подія",
    "tr": "Etkinlik",
    "fa": "رویداد",
    "ru": "Событие",
    "de-x-ls": "Termin",
}
EVENT_SLUG_WORD = {
    "en": "event",
    "ar": "موعد",
    "uk": "подія",
    "tr": "etkinlik",
    "fa": "رویداد",
    "ru": "событие",
}
EVENT_INTRO = {
    "de": "{what}: offen für alle, Termin Nummer {number}.",
    "en": "{what}: open to everyone, event number {number}.",
    "ar": "{what}: مفتوح للجميع، موعد رقم {number}.",
    "uk": "{what}: відкрито для всіх, подія номер {number}.",
    "tr": "{what}: herkese açık, etkinlik numarası {number}.",
    "fa": "{what}: برای همه آزاد است، رویداد شماره {number}.",
    "ru": "{what}: открыто для всех, событие номер {number}.",
    "de-x-ls": "{what}. Alle können kommen. Termin Nummer {number}.",
}
RULES = [
    "FREQ=WEEKLY;BYDAY={day}",
    "FREQ=MONTHLY;BYDAY=1{day}",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY={day}",
    "FREQ=MONTHLY;BYDAY=-1{day}",
    "FREQ=WEEKLY;BYDAY={day};COUNT=10",
]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@demo.scale_step(20, "calendars")
def bulk_calendars(count, progress=True):
    """A calendar below every town (towns made by the scale step have none yet)."""
    county = CountyHomePage.objects.get()
    bulk_pages.ensure_children(
        list(TownPage.objects.child_of(county).order_by("path")), EventIndexPage, CALENDAR
    )


@demo.scale_step(50, "events")
def scale_events(count, progress=True):
    """One event per five offers."""
    bulk_events(count // 5, progress=progress)


def _scale_start(number):
    """Within the next 180 days, between 9 and 19 o'clock Berlin time, on the rule's weekday."""
    today = datetime.datetime.now(tz=BERLIN).date()
    day = today + datetime.timedelta(days=1 + (number * 37) % 180)
    return datetime.datetime.combine(day, datetime.time(9 + number % 11), tzinfo=BERLIN)


def _recurrence(number, start):
    """Every fifth event repeats; every third of those has an extra date and an exception."""
    if number % 5 != 1:
        return "", "", ""
    rule = RULES[(number // 5) % len(RULES)].format(day=DAYS[start.weekday()])
    if (number // 5) % 3:
        return rule, "", ""
    extra = (start + datetime.timedelta(days=10)).date().isoformat()
    exception = (start + datetime.timedelta(days=28)).date().isoformat()
    return rule, extra, exception


def bulk_events(count, parents=None, progress=False):
    """Events numbered 1..``count`` (slug ``termin-00001``, title "Termin 00001: <kind>"), made
    where missing.

    For tests too: ``bulk_events(30, parents=[calendar_a, calendar_b])`` puts them in turn in these
    EventIndexPages (default: every calendar, a quarter in the first town's). They start within
    the next 180 days; every fifth repeats (weekly, fortnightly, monthly, some ending after ten
    dates; every third of these with an extra and an exception date), every 50th is cancelled,
    every fourth takes place at a contact point, every tenth needs registration. Each has a kind
    (trainings with their audience), three languages, a target group and, for a fifth, title,
    introduction and slug in every language. Not indexed for search (run ``rebuild_search``).
    Returns the new pages.
    """
    parents = parents or bulk_pages.scale_parents(EventIndexPage)
    existing = EventPage.objects.filter(slug_de__regex=r"^termin-[0-9]{5,}$").count()
    numbers = range(existing, count)
    languages = list(LanguageCode.objects.order_by("pk"))
    target_groups = list(TargetGroup.objects.order_by("pk"))
    organisations = list(Organisation.objects.order_by("pk"))
    venues = list(ContactPointPage.objects.live().order_by("path")[:200])
    kinds = [kind for kind, _label in EventKind.choices]
    audiences = [audience for audience, _label in TrainingAudience.choices]
    codes = [code for code, _name in settings.LANGUAGES]
    labels = {}
    for code in codes:
        with translation.override(code):
            labels[code] = {kind: str(label) for kind, label in EventKind.choices}
    items = []
    for number in numbers:
        kind = kinds[number % len(kinds)]
        start = _scale_start(number)
        recurrence, extra, exception = _recurrence(number, start)
        texts = {
            code: (
                f"{EVENT_WORD[code]} {number + 1:05d}: {labels[code][kind]}",
                EVENT_INTRO[code].format(what=labels[code][kind], number=number + 1),
            )
            for code in codes
        }
        venue = venues[number % len(venues)] if venues and number % 4 == 0 else None
        fee = number % 6 == 0
        event = EventPage(
            slug_de=f"termin-{number + 1:05d}",
            **bulk_pages.translated_values(number, texts, EVENT_SLUG_WORD),
            start=start,
            end=start + datetime.timedelta(hours=1 + number % 3),
            recurrence=recurrence,
            extra_dates=extra,
            exception_dates=exception,
            kind=kind,
            training_audience=audiences[number % len(audiences)] if kind == EventKind.TRAINING else "",
            status=EventStatus.CANCELLED if number % 50 == 7 else EventStatus.SCHEDULED,
            venue=venue,
            street="" if venue else f"Kirchplatz {number % 40 + 1}",
            postcode="" if venue else "36341",
            city="" if venue else "Hohenau",
            organiser=organisations[number % len(organisations)]
            if organisations and number % 3 == 0
            else None,
            cost="fee" if fee else "free",
            fee_amount=Decimal(3 + number % 10) if fee else None,
            step_free=number % 2 == 0,
            registration_required=number % 10 == 3,
            capacity=20 if number % 10 == 3 else None,
        )
        event._scale = (
            [languages[(number + step * 5) % len(languages)] for step in range(3)] if languages else [],
            [target_groups[number % len(target_groups)]] if target_groups else [],
        )
        items.append((bulk_pages.spread(parents, number), event))
    with transaction.atomic():
        pages = bulk_pages.add_pages(items, progress=bulk_pages.progress_bar(progress, "Events", len(items)))
        bulk_pages.add_relations(EventPage, pages, ("languages", "target_groups"))
        occurrences.refresh_many(pages)
    return pages
