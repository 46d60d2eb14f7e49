"""Demo county: Landkreis Hohenau (invented) with five member towns and their editors.

Texts are translated into English, Arabic and Leichte Sprache; Ukrainian and Turkish partly;
Farsi and Russian not at all, so that the German fallback with its note is visible.
"""

import itertools

from django.contrib.auth.models import Group
from django.db import transaction
from tqdm import tqdm

from portal import demo, tenancy
from portal.bulk_pages import is_translated
from portal.factories import UserFactory
from portal.i18n import localized_values

from .models import ContentPage, CountyHomePage, TownPage

DEMO_PASSWORD = "kreisnetz-demo"  # noqa: S105 - printed by make run; demo data only

COUNTY = {
    "title": {
        "de": "Landkreis Hohenau",
        "en": "Hohenau County",
        "ar": "مقاطعة هوهيناو",
        "uk": "Район Гогенау",
        "tr": "Hohenau İlçesi",
        "de-x-ls": "Landkreis Hohenau",
    },
    "intro": {
        "de": "Kreisnetz verbindet die Menschen, Gemeinden, Vereine und Beratungsstellen im "
        "Landkreis Hohenau. Hier finden Sie Angebote, Anlaufstellen und Termine – in Ihrer Sprache.",
        "en": "Kreisnetz connects the people, towns, associations and advice centres of Hohenau "
        "County. Find offers, contact points and events here – in your language.",
        "ar": "تربط منصة كرايس نتس بين السكان والبلديات والجمعيات ومراكز الاستشارة في مقاطعة "
        "هوهيناو. ستجد هنا العروض ونقاط الاتصال والمواعيد بلغتك.",
        "uk": "Kreisnetz об'єднує людей, громади, об'єднання та консультаційні центри району "
        "Гогенау. Тут ви знайдете пропозиції, контактні пункти та події — вашою мовою.",
        "tr": "Kreisnetz, Hohenau ilçesindeki insanları, belediyeleri, dernekleri ve danışma "
        "merkezlerini bir araya getirir. Teklifleri, başvuru noktalarını ve etkinlikleri "
        "burada kendi dilinizde bulabilirsiniz.",
        "de-x-ls": "Kreisnetz ist eine Internet-Seite. Sie ist für alle Menschen im Landkreis Hohenau. "
        "Hier finden Sie Hilfe und Angebote. Zum Beispiel: Deutsch-Kurse. Beratung. Sport.",
    },
}

TOWNS = [
    {
        "de": "Hohenau",
        "population": 24300,
        "website": "https://www.hohenau.example",
        "intro": {
            "de": "Die Kreisstadt Hohenau ist Sitz der Kreisverwaltung, der Ausländerbehörde und "
            "des Jobcenters. Viele Beratungsangebote finden Sie hier.",
            "en": "Hohenau is the county town: the county administration, the immigration office "
            "and the job centre are here, as are many advice services.",
            "ar": "هوهيناو هي عاصمة المقاطعة، وفيها إدارة المقاطعة ودائرة الأجانب ومركز العمل، "
            "وكذلك الكثير من خدمات الاستشارة.",
            "de-x-ls": "Hohenau ist die Kreis-Stadt. Dort ist das Amt vom Landkreis. "
            "Dort ist auch das Job-Center.",
        },
    },
    {
        "de": "Bergheim an der Aue",
        "population": 9800,
        "website": "https://www.bergheim-aue.example",
        "intro": {
            "de": "Bergheim an der Aue hat einen Bahnhof mit Anschluss nach Hohenau, zwei Grundschulen "
            "und ein aktives Vereinsleben.",
            "en": "Bergheim an der Aue has a railway station with trains to Hohenau, two primary "
            "schools and many active clubs.",
            "ar": "في بيرغهايم آن دير آوه محطة قطار تصلها بهوهيناو، ومدرستان ابتدائيتان، "
            "وحياة نشطة للجمعيات.",
            "uk": "Бергхайм-ан-дер-Ауе має залізничну станцію з сполученням до Гогенау, дві "
            "початкові школи та активне життя об'єднань.",
            "de-x-ls": "Bergheim an der Aue hat einen Bahnhof. Von dort fährt ein Zug nach Hohenau.",
        },
    },
    {
        "de": "Lindenfeld",
        "population": 6100,
        "website": "https://www.lindenfeld.example",
        "intro": {
            "de": "In Lindenfeld treffen sich Nachbarinnen und Nachbarn im Begegnungscafé am Marktplatz.",
            "en": "In Lindenfeld, neighbours meet at the community café on the market square.",
            "ar": "في ليندنفلد يلتقي الجيران في مقهى اللقاء في ساحة السوق.",
            "tr": "Lindenfeld'de komşular pazar meydanındaki buluşma kafesinde bir araya gelir.",
            "de-x-ls": "In Lindenfeld gibt es ein Café. Dort treffen sich Menschen aus der Nachbarschaft.",
        },
    },
    {
        "de": "Ostermoor",
        "population": 4200,
        "website": "https://www.ostermoor.example",
        "intro": {
            "de": "Ostermoor liegt im Norden des Landkreises. Der Sportverein bietet offene Trainings für alle an.",
            "en": "Ostermoor lies in the north of the county. Its sports club offers open training for everyone.",
            "ar": "تقع أوسترمور في شمال المقاطعة. ويقدم ناديها الرياضي تدريبات مفتوحة للجميع.",
            "de-x-ls": "Ostermoor liegt im Norden vom Landkreis. Im Sport-Verein können alle mit-machen.",
        },
    },
    {
        "de": "Kleinsassen",
        "population": 2700,
        "website": "https://www.kleinsassen.example",
        "approval": True,
        "intro": {
            "de": "Die kleinste Gemeinde des Landkreises. Der Bürgerbus fährt dienstags und freitags nach Hohenau.",
            "en": "The smallest town in the county. The community bus goes to Hohenau on Tuesdays and Fridays.",
            "ar": "أصغر بلدية في المقاطعة. تتجه حافلة المواطنين إلى هوهيناو يومي الثلاثاء والجمعة.",
            "de-x-ls": "Kleinsassen ist ein kleiner Ort. Dienstags und freitags fährt ein Bus nach Hohenau.",
        },
    },
]

WELCOME_PAGE = {
    "slug": "ankommen",
    "title": {
        "de": "Ankommen im Landkreis",
        "en": "Arriving in the county",
        "ar": "الوصول إلى المقاطعة",
        "de-x-ls": "Neu im Landkreis",
        "uk": "Прибуття до району",
    },
    "intro": {
        "de": "Die ersten Schritte nach dem Umzug: Anmeldung, Beratung, Sprachkurs.",
        "en": "The first steps after moving here: registration, advice, language course.",
        "ar": "الخطوات الأولى بعد الانتقال: التسجيل، الاستشارة، دورة اللغة.",
        "de-x-ls": "Sie sind neu hier? Das sind die ersten Schritte.",
    },
    "body": {
        "de": "<p>Melden Sie Ihre Wohnung innerhalb von zwei Wochen im Bürgerbüro Ihrer Gemeinde an. "
        "Die Migrationsberatung hilft kostenlos bei Fragen zu Aufenthalt, Arbeit und Familie.</p>",
        "en": "<p>Register your flat at your town's citizens' office within two weeks. The migration "
        "advice service helps free of charge with questions on residence, work and family.</p>",
        "ar": "<p>سجّل سكنك في مكتب المواطنين في بلديتك خلال أسبوعين. تساعدك استشارة الهجرة مجاناً "
        "في أسئلة الإقامة والعمل والعائلة.</p>",
        "de-x-ls": "<p>Sie wohnen neu hier. Dann müssen Sie zum Bürger-Büro gehen. "
        "Das müssen Sie in 2 Wochen machen.</p><p>Haben Sie Fragen? "
        "Die Migrations-Beratung hilft Ihnen. Die Beratung kostet nichts.</p>",
    },
}


def _rich_text(values):
    return {code: [{"type": "paragraph", "value": html}] for code, html in values.items()}


@demo.step(10, "county")
@transaction.atomic
def county():
    page = tenancy.setup_county(COUNTY["title"]["de"])
    for name, value in {
        **localized_values("title", COUNTY["title"]),
        **localized_values("intro", COUNTY["intro"]),
    }.items():
        setattr(page, name, value)
    page.save_revision().publish()


@demo.step(20, "towns")
def towns():
    for data in TOWNS:
        town = TownPage.objects.filter(title_de=data["de"]).first()
        if town is None:
            town = tenancy.create_town(data["de"], approval_required=data.get("approval", False)).page
            for name, value in localized_values("intro", data["intro"]).items():
                setattr(town, name, value)
            town.population = data["population"]
            town.website = data["website"]
            town.save_revision().publish()


@demo.step(30, "pages")
def pages():
    county = CountyHomePage.objects.get()
    if ContentPage.objects.child_of(county).filter(slug=WELCOME_PAGE["slug"]).exists():
        return
    fields = {
        **localized_values("title", WELCOME_PAGE["title"]),
        **localized_values("intro", WELCOME_PAGE["intro"]),
        **localized_values("body", _rich_text(WELCOME_PAGE["body"])),
    }
    page = ContentPage(slug=WELCOME_PAGE["slug"], **fields)
    county.add_child(instance=page)
    page.save_revision().publish()


@demo.step(40, "users")
def users():
    admin = UserFactory(username="admin", email="admin@hohenau.example", first_name="Ada", last_name="Admin")
    if not admin.is_superuser:
        admin.is_superuser = admin.is_staff = True
        admin.save()
    UserFactory(
        username="kreisredaktion",
        groups=[tenancy.editor_group(None)],
    )
    UserFactory(username="moderation", groups=[Group.objects.get(name=tenancy.group_name("moderators"))])
    for data in TOWNS:
        town = TownPage.objects.get(title_de=data["de"])
        UserFactory(
            username=f"redaktion-{town.slug}",
            groups=[tenancy.get_town(town).group],
        )


# The county's sections in its main menu (portal.navigation): the pages below the county home
# with these slugs get "Show in menus", in this order. Editors change both in the admin.
MAIN_MENU = [
    "ankommen",
    "angebote",
    "anlaufstellen",
    "termine",
    "karte",
    "wer-macht-was",
    "fortbildungen",
    "runder-tisch-integration",
    "tandems",
    "organisationen",
    "geschichten",
]


@demo.step(950, "main menu")
def main_menu():
    county = CountyHomePage.objects.get()
    sections = {page.slug_de: page for page in county.get_children().filter(slug_de__in=MAIN_MENU).specific()}
    previous = None
    for slug in MAIN_MENU:
        page = sections.get(slug)
        if page is None:
            continue
        if previous is not None:
            previous.refresh_from_db()
            page.refresh_from_db()
            if page.path < previous.path:
                page.move(previous, pos="right")
                page.refresh_from_db()
        if not page.show_in_menus:
            page.show_in_menus = True
            page.save_revision().publish()
        previous = page


# Scale data (seed_demo --scale N): more member towns with invented names, one town per 200 offers.
TOWN_NAME_STARTS = ["Ober", "Nieder", "Alt", "Neu", "Mittel", "Klein", "Hohen", "Lauter", "Stein", "Wald"]
TOWN_NAME_ENDS = ["bach", "dorf", "feld", "hausen", "heim", "rode", "stedt", "berg", "au", "kirchen"]
TOWN_INTRO = {
    "de": "{name} ist eine Gemeinde im Landkreis Hohenau mit {population} Einwohnerinnen und Einwohnern.",
    "en": "{name} is a town in Hohenau County with {population} inhabitants.",
    "ar": "{name} بلدية في مقاطعة هوهيناو يسكنها {population} نسمة.",
    "uk": "{name} — громада в районі Гогенау, де живе {population} мешканців.",
    "tr": "{name}, Hohenau ilçesinde {population} nüfuslu bir belediyedir.",
    "fa": "{name} شهرکی در شهرستان هوهناو با {population} نفر جمعیت است.",
    "ru": "{name} — община в районе Гогенау с населением {population} человек.",
    "de-x-ls": "{name} ist ein Ort im Landkreis Hohenau. Dort wohnen {population} Menschen.",
}


def scale_town_count(count):
    """Towns at scale N: the demo towns, or one per 200 offers if that is more (50 at 10,000)."""
    return max(len(TOWNS), count // 200)


def scale_town_names():
    """Invented town names, never one of the demo towns, in a fixed order (then numbered)."""
    for number in itertools.count():
        for end in TOWN_NAME_ENDS:
            for start in TOWN_NAME_STARTS:
                yield f"{start}{end}" if number == 0 else f"{start}{end} {number + 1}"


@demo.scale_step(10, "towns")
def bulk_towns(count, progress=True):
    """Member towns up to ``scale_town_count(count)``, each made as an editor makes one
    (``tenancy.create_town``: page, editor group, media collection, workflow); their finders and
    calendars come from the offers' and events' scale steps."""
    county = CountyHomePage.objects.get()
    existing = TownPage.objects.child_of(county)
    missing = scale_town_count(count) - existing.count()
    taken = {name.lower() for name in existing.values_list("title_de", flat=True)}
    names = (name for name in scale_town_names() if name.lower() not in taken)
    for number in tqdm(range(max(missing, 0)), desc="Towns", disable=not progress):
        name = next(names)
        page = tenancy.create_town(name).page
        population = 1500 + (number * 7919) % 18000
        translated = is_translated(number)
        intro = {
            code: text.format(name=name, population=population)
            for code, text in TOWN_INTRO.items()
            if translated or code == "de"
        }
        TownPage.objects.filter(pk=page.pk).update(
            population=population,
            website=f"https://www.{page.slug}.example",
            **localized_values("intro", intro),
        )
        # The published revision gets the same content (the editor opens the town as it is).
        page.refresh_from_db()
        revision = page.live_revision
        revision.content = page.serializable_data()
        revision.save(update_fields=["content"])
