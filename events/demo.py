"""Demo calendars and events: recurring, single, cancelled, trainings (dates relative to today)."""

import datetime

from django.db import transaction

from home.models import CountyHomePage, TownPage
from offers.models import ContactPointPage, LanguageCode
from organisations.models import Organisation
from portal import demo
from portal.clock import BERLIN
from portal.i18n import localized_values

from .models import EventIndexPage, EventPage, TrainingCalendarPage

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
