"""Demo round tables (county and Lindenfeld) with sessions, minutes and actions (some overdue), and
a twinning round with applications and three pairs at different stages (dates relative to today)."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from home.models import CountyHomePage, TownPage
from organisations.models import Organisation
from portal import demo
from portal.clock import BERLIN
from portal.i18n import localized_values

from . import builders
from .models import RoundTablePage, TwinningPair, TwinningRoundPage


def _org(name):
    return Organisation.objects.filter(name=name).first()


def _members(names):
    result = []
    for number, (name, role) in enumerate(names):
        organisation = _org(name)
        if organisation:
            result.append(
                (organisation, role, f"Delegierte {number + 1}", f"delegierte{number + 1}@example.org", "")
            )
    return result


def _round_table(parent, slug, title, topic, purpose, member_names, sessions, titles=None):
    if RoundTablePage.objects.filter(slug=slug).exists():
        return
    members = _members(member_names)
    page = builders.round_table(
        parent,
        title,
        slug=slug,
        topic=topic,
        purpose=purpose,
        chair=members[0][0] if members else None,
        members=members,
    )
    if titles:
        for name, value in localized_values("title", titles).items():
            setattr(page, name, value)
        page.save_revision().publish()
    organisations = [member[0] for member in members]
    today = timezone.localdate()
    for days, minutes, visibility, actions in sessions:
        session = builders.session(
            page,
            today + datetime.timedelta(days=days),
            minutes=minutes,
            decisions="<p>Beschlossen: gemeinsamer Flyer in fünf Sprachen.</p>" if minutes else "",
            visibility=visibility,
            attendance=organisations[:2],
            agenda=["Begrüßung und Protokoll", "Berichte aus den Organisationen", "Verschiedenes"],
        )
        for number, (what, due_in, status, public) in enumerate(actions):
            owner = organisations[number % len(organisations)]
            builders.action(
                session, what, owner, today + datetime.timedelta(days=due_in), status=status, public=public
            )


# Titles of the county's round table and Tandem round in the other languages (German is the source).
ROUND_TABLE_TITLES = {
    "en": "Round table on integration",
    "ar": "الطاولة المستديرة للاندماج",
    "uk": "Круглий стіл з інтеграції",
    "tr": "Entegrasyon yuvarlak masası",
    "fa": "میزگرد ادغام",
    "ru": "Круглый стол по интеграции",
    "de-x-ls": "Runder Tisch: Zusammen leben",
}
TWINNING_ROUND_TITLES = {
    "en": "Tandems: associations get to know each other",
    "ar": "ثنائيات: الجمعيات تتعارف",
    "uk": "Тандеми: об’єднання знайомляться",
    "tr": "Tandemler: dernekler tanışıyor",
    "fa": "تاندم\u200cها: انجمن\u200cها با هم آشنا می\u200cشوند",
    "ru": "Тандемы: объединения знакомятся",
    "de-x-ls": "Tandems: Vereine lernen sich kennen",
}


@demo.step(130, "round tables")
@transaction.atomic
def round_tables():
    county = CountyHomePage.objects.get()
    _round_table(
        county,
        "runder-tisch-integration",
        "Runder Tisch Integration im Landkreis",
        "Ankommen und Teilhabe",
        "Träger, Behörden und Migrantenorganisationen stimmen ihre Angebote im Landkreis ab.",
        [
            ("Kreisvolkshochschule Hohenau", "chair"),
            ("Caritasverband Hohenau e. V.", "member"),
            ("Deutsch-Syrischer Kulturverein Hohenau e. V.", "member"),
            ("Jobcenter Landkreis Hohenau", "guest"),
        ],
        [
            (
                -60,
                "<p>Die Sprachkurse sind ausgelastet; Wartelisten werden abgestimmt.</p>",
                "public",
                [
                    ("Übersicht der Sprachkurse aktualisieren", -20, "open", True),
                    ("Dolmetscherpool anfragen", -10, "in_progress", True),
                    ("Raum für Sprachcafé finden", 30, "done", True),
                ],
            ),
            (
                -20,
                "<p>Interne Abstimmung zur Finanzierung 2027.</p>",
                "members",
                [
                    ("Förderantrag vorbereiten", 25, "open", False),
                    ("Zahlen für den Kreistag", -2, "open", True),
                ],
            ),
            (21, "", "members", []),
        ],
        titles=ROUND_TABLE_TITLES,
    )
    lindenfeld = TownPage.objects.filter(title_de="Lindenfeld").first()
    if lindenfeld:
        _round_table(
            lindenfeld,
            "runder-tisch-lindenfeld",
            "Runder Tisch Lindenfeld",
            "Nachbarschaft",
            "Die Vereine in Lindenfeld planen gemeinsame Feste und Begegnungen.",
            [("Afghanischer Frauenverein Lindenfeld", "chair"), ("TSV Ostermoor 1911 e. V.", "guest")],
            [
                (
                    -30,
                    "<p>Sommerfest: Termin und Aufgaben verteilt.</p>",
                    "public",
                    [
                        ("Zelt ausleihen", -5, "open", True),
                        ("Plakate in drei Sprachen", 10, "in_progress", True),
                    ],
                ),
                (14, "", "members", []),
            ],
        )


@demo.step(140, "twinning round")
@transaction.atomic
def twinning_round():
    if TwinningRoundPage.objects.filter(slug="tandems").exists():
        return
    county = CountyHomePage.objects.get()
    towns = list(TownPage.objects.order_by("path"))
    if len(towns) < 2:
        return
    today = timezone.localdate()
    coordinator = get_user_model().objects.filter(username="kreisredaktion").first()
    round_page = builders.twinning_round(
        county,
        "Tandems: Vereine lernen sich kennen",
        slug="tandems",
        start=today - datetime.timedelta(days=120),
        end=today - datetime.timedelta(days=85),
        pairing=today - datetime.timedelta(days=80),
        coordinator=coordinator,
    )
    round_page.intro = "Zwei Gruppen aus verschiedenen Orten treffen sich sechs Monate lang."
    for name, value in localized_values("title", TWINNING_ROUND_TITLES).items():
        setattr(round_page, name, value)
    round_page.save_revision().publish()
    specs = [
        ("Chor Hohenau", "association", ["music", "culture"], ["de"]),
        ("Syrischer Frauentreff", "mso", ["cooking", "music"], ["ar", "de"]),
        ("Klasse 8a Oberschule", "school_class", ["sport", "youth"], ["de", "uk"]),
        ("Ukrainische Jugendgruppe", "mso", ["sport", "youth"], ["uk"]),
        ("Gartenfreunde Lindenfeld", "neighbourhood", ["gardening", "nature"], ["de"]),
        ("Afghanischer Frauenverein", "mso", ["gardening", "crafts"], ["fa", "de"]),
        ("TSV Jugend", "sports_club", ["sport"], ["de", "tr"]),
    ]
    applications = [
        builders.application(
            round_page,
            name,
            towns[number % len(towns)],
            kind=kind,
            interests=interests,
            languages=languages,
            consent=number != 6,
        )
        for number, (name, kind, interests, languages) in enumerate(specs)
    ]
    start = round_page.pairing_date
    # 1: finished (closing presentation held)
    closed = TwinningPair.objects.create(
        round=round_page,
        first=applications[0],
        second=applications[1],
        kickoff_date=start + datetime.timedelta(days=3),
        meeting_first_date=start + datetime.timedelta(days=20),
        meeting_second_date=start + datetime.timedelta(days=40),
        project_title="Lieder und Rezepte",
        project_description="Ein gemeinsames Liederbuch mit Rezepten.",
        project_result="Ein Abend mit 80 Gästen und ein gedrucktes Heft.",
    )
    calendar = builders.calendar_of(county)
    from events.models import EventKind, EventPage

    when = datetime.datetime.combine(today - datetime.timedelta(days=5), datetime.time(17), tzinfo=BERLIN)
    closing = EventPage(
        title="Abschluss: Lieder und Rezepte",
        slug="tandem-abschluss-lieder",
        start=when,
        end=when + datetime.timedelta(hours=2),
        kind=EventKind.CULTURE,
    )
    calendar.add_child(instance=closing)
    closing.save_revision().publish()
    closed.closing_event = closing
    closed.save()
    if coordinator is not None:  # the finished pair's good-practice story, published
        from .services.twinning import make_story

        make_story(coordinator, closed).save_revision(user=coordinator).publish()
    # 2: one meeting held, the second missing
    TwinningPair.objects.create(
        round=round_page,
        first=applications[2],
        second=applications[3],
        kickoff_date=start + datetime.timedelta(days=5),
        meeting_first_date=start + datetime.timedelta(days=30),
    )
    # 3: just paired
    TwinningPair.objects.create(round=round_page, first=applications[4], second=applications[5])
