"""Demo data of the search: default synonym groups, then the index built from the demo content."""

from portal import demo

from . import indexing
from .models import Synonym

# The starter alias vocabulary of the demo county: German official terms with colloquial German,
# Leichte Sprache and the names that readers of the seven other languages use for them. Every
# group applies to the search in every language (search.synonyms).
OFFICIAL_TERMS = "Ausländerbehörde, Ausländeramt, Zuwanderungsbehörde"
COURSES = "Deutschkurs, Sprachkurs, Integrationskurs"
SYNONYMS = {
    "de": [
        COURSES,
        "Kita, Kindertagesstätte, Kindergarten",
        OFFICIAL_TERMS,
        "Jobcenter, Arbeitsamt, Agentur für Arbeit",
        "Anmeldung, Wohnsitzanmeldung, Meldebehörde",
    ],
    "de-x-ls": ["Ausländer-Behörde, Ausländerbehörde"],
    "en": [
        f"German course, language course, integration course, {COURSES}",
        "immigration office, foreigners office, foreigners authority, Ausländerbehörde",
        "job centre, job center, employment office, Jobcenter",
        "residence registration, register my address, Anmeldung",
    ],
    "ar": [
        "دائرة الأجانب, مكتب الأجانب, دائرة شؤون الأجانب, Ausländerbehörde, Ausländeramt",
        f"دورة لغة ألمانية, دورة اللغة الألمانية, كورس ألماني, {COURSES}",
        "دورة الاندماج, Integrationskurs",
        "مركز العمل, جوب سنتر, Jobcenter",
        "تسجيل السكن, Anmeldung",
    ],
    "uk": [
        "відомство у справах іноземців, відомство для іноземців, Ausländerbehörde, Ausländeramt",
        f"курс німецької мови, курси німецької, мовний курс, {COURSES}",
        "інтеграційний курс, Integrationskurs",
        "джобцентр, центр зайнятості, Jobcenter",
        "реєстрація місця проживання, Anmeldung",
    ],
    "tr": [
        "yabancılar dairesi, yabancılar şubesi, Ausländerbehörde, Ausländeramt",
        f"Almanca kursu, dil kursu, {COURSES}",
        "uyum kursu, Integrationskurs",
        "iş ajansı, Jobcenter",
        "ikamet kaydı, Anmeldung",
    ],
    "fa": [
        "اداره اتباع خارجی, اداره خارجی ها, Ausländerbehörde, Ausländeramt",
        f"کلاس زبان آلمانی, دوره زبان آلمانی, {COURSES}",
        "دوره ادغام, Integrationskurs",
        "جاب سنتر, Jobcenter",
        "ثبت محل سکونت, Anmeldung",
    ],
    "ru": [
        "ведомство по делам иностранцев, служба по делам иностранцев, Ausländerbehörde, Ausländeramt",
        f"курс немецкого языка, курсы немецкого, языковой курс, {COURSES}",
        "интеграционный курс, Integrationskurs",
        "джобцентр, центр занятости, Jobcenter",
        "регистрация по месту жительства, Anmeldung",
    ],
}
# One alias per language that the tests search for (tests/search/test_migrants.py).
ALIASES = {
    "de": ("Ausländeramt", "Ausländerbehörde"),
    "de-x-ls": ("Ausländer-Behörde", "Ausländerbehörde"),
    "en": ("immigration office", "Ausländerbehörde"),
    "ar": ("دائرة الأجانب", "Ausländerbehörde"),
    "uk": ("відомство у справах іноземців", "Ausländerbehörde"),
    "tr": ("yabancılar dairesi", "Ausländerbehörde"),
    "fa": ("اداره اتباع خارجی", "Ausländerbehörde"),
    "ru": ("ведомство по делам иностранцев", "Ausländerbehörde"),
}


@demo.step(900, "search synonyms and index")
def search_index():
    for language, groups in SYNONYMS.items():
        for terms in groups:
            Synonym.objects.get_or_create(language=language, terms=terms)
    indexing.rebuild()


@demo.scale_step(900, "search index")
def bulk_search_index(count, progress=True):
    """Bulk-created content has no publish signals: index everything again."""
    from django.core.management import call_command

    call_command("rebuild_search", verbosity=1 if progress else 0)
