"""The default vocabularies a county starts with (editable in the admin afterwards).

Each name is given per language code; missing languages fall back to German.
"""

from portal.i18n import localized_values

# slug: (names, [(sub slug, names), ...])
CATEGORIES = {
    "sprache": (
        {
            "de": "Sprache und Integration",
            "en": "Language and integration",
            "ar": "اللغة والاندماج",
            "uk": "Мова та інтеграція",
            "tr": "Dil ve uyum",
            "fa": "زبان و ادغام",
            "ru": "Язык и интеграция",
            "de-x-ls": "Deutsch lernen",
        },
        [
            (
                "integrationskurs",
                {
                    "de": "Integrationskurs",
                    "en": "Integration course",
                    "ar": "دورة الاندماج",
                    "uk": "Інтеграційний курс",
                    "tr": "Uyum kursu",
                    "fa": "دوره ادغام",
                    "ru": "Интеграционный курс",
                    "de-x-ls": "Integrations-Kurs",
                },
            ),
            (
                "deutschkurs",
                {
                    "de": "Deutschkurs",
                    "en": "German course",
                    "ar": "دورة اللغة الألمانية",
                    "uk": "Курс німецької мови",
                    "tr": "Almanca kursu",
                    "fa": "دوره زبان آلمانی",
                    "ru": "Курс немецкого языка",
                    "de-x-ls": "Deutsch-Kurs",
                },
            ),
            (
                "alphabetisierung",
                {
                    "de": "Alphabetisierung",
                    "en": "Literacy course",
                    "ar": "محو الأمية",
                    "uk": "Курс грамотності",
                    "tr": "Okuma yazma kursu",
                    "fa": "دوره سوادآموزی",
                    "ru": "Курс грамотности",
                    "de-x-ls": "Lesen und Schreiben lernen",
                },
            ),
            (
                "sprachcafe",
                {
                    "de": "Sprachcafé",
                    "en": "Language café",
                    "ar": "مقهى اللغة",
                    "uk": "Мовне кафе",
                    "tr": "Dil kafesi",
                    "fa": "کافه زبان",
                    "ru": "Языковое кафе",
                    "de-x-ls": "Sprach-Café",
                },
            ),
        ],
    ),
    "beratung": (
        {
            "de": "Beratung",
            "en": "Counselling",
            "ar": "الاستشارة",
            "uk": "Консультації",
            "tr": "Danışmanlık",
            "fa": "مشاوره",
            "ru": "Консультации",
            "de-x-ls": "Beratung",
        },
        [
            (
                "migrationsberatung",
                {
                    "de": "Migrationsberatung",
                    "en": "Migration counselling",
                    "ar": "استشارة الهجرة",
                    "uk": "Консультації з питань міграції",
                    "tr": "Göç danışmanlığı",
                    "fa": "مشاوره مهاجرت",
                    "ru": "Консультации по вопросам миграции",
                    "de-x-ls": "Beratung für Migranten",
                },
            ),
            (
                "asylberatung",
                {
                    "de": "Asylverfahrensberatung",
                    "en": "Asylum counselling",
                    "ar": "استشارة اللجوء",
                    "uk": "Консультації щодо притулку",
                    "tr": "İltica danışmanlığı",
                    "fa": "مشاوره پناهندگی",
                    "ru": "Консультации по вопросам убежища",
                    "de-x-ls": "Beratung zum Asyl",
                },
            ),
            (
                "familienberatung",
                {
                    "de": "Familienberatung",
                    "en": "Family counselling",
                    "ar": "الاستشارة الأسرية",
                    "uk": "Сімейні консультації",
                    "tr": "Aile danışmanlığı",
                    "fa": "مشاوره خانواده",
                    "ru": "Семейные консультации",
                    "de-x-ls": "Beratung für Familien",
                },
            ),
        ],
    ),
    "arbeit": (
        {
            "de": "Arbeit und Ausbildung",
            "en": "Work and training",
            "ar": "العمل والتدريب المهني",
            "uk": "Робота та навчання",
            "tr": "İş ve meslek eğitimi",
            "fa": "کار و آموزش حرفه‌ای",
            "ru": "Работа и обучение",
            "de-x-ls": "Arbeit",
        },
        [
            (
                "jobsuche",
                {
                    "de": "Arbeitssuche",
                    "en": "Job search",
                    "ar": "البحث عن عمل",
                    "uk": "Пошук роботи",
                    "tr": "İş arama",
                    "fa": "کاریابی",
                    "ru": "Поиск работы",
                    "de-x-ls": "Arbeit suchen",
                },
            ),
            (
                "ausbildung",
                {
                    "de": "Ausbildung",
                    "en": "Vocational training",
                    "ar": "التدريب المهني",
                    "uk": "Професійне навчання",
                    "tr": "Meslek eğitimi",
                    "fa": "آموزش حرفه‌ای",
                    "ru": "Профессиональное обучение",
                    "de-x-ls": "Ausbildung",
                },
            ),
            (
                "anerkennung",
                {
                    "de": "Anerkennung von Abschlüssen",
                    "en": "Recognition of qualifications",
                    "ar": "الاعتراف بالشهادات",
                    "uk": "Визнання кваліфікацій",
                    "tr": "Diploma denkliği",
                    "fa": "ارزشیابی مدارک",
                    "ru": "Признание квалификаций",
                    "de-x-ls": "Zeugnisse anerkennen",
                },
            ),
        ],
    ),
    "bildung": (
        {
            "de": "Bildung",
            "en": "Education",
            "ar": "التعليم",
            "uk": "Освіта",
            "tr": "Eğitim",
            "fa": "آموزش",
            "ru": "Образование",
            "de-x-ls": "Lernen und Schule",
        },
        [
            (
                "schule",
                {
                    "de": "Schule",
                    "en": "School",
                    "ar": "المدرسة",
                    "uk": "Школа",
                    "tr": "Okul",
                    "fa": "مدرسه",
                    "ru": "Школа",
                    "de-x-ls": "Schule",
                },
            ),
            (
                "hausaufgabenhilfe",
                {
                    "de": "Hausaufgabenhilfe",
                    "en": "Homework help",
                    "ar": "المساعدة في الواجبات",
                    "uk": "Допомога з домашніми завданнями",
                    "tr": "Ödev yardımı",
                    "fa": "کمک در تکالیف مدرسه",
                    "ru": "Помощь с домашними заданиями",
                    "de-x-ls": "Hilfe bei Haus-Aufgaben",
                },
            ),
        ],
    ),
    "gesundheit": (
        {
            "de": "Gesundheit",
            "en": "Health",
            "ar": "الصحة",
            "uk": "Здоров'я",
            "tr": "Sağlık",
            "fa": "سلامت",
            "ru": "Здоровье",
            "de-x-ls": "Gesundheit",
        },
        [
            (
                "psychosozial",
                {
                    "de": "Psychosoziale Beratung",
                    "en": "Psychosocial support",
                    "ar": "الدعم النفسي والاجتماعي",
                    "uk": "Психосоціальна підтримка",
                    "tr": "Psikososyal destek",
                    "fa": "حمایت روانی-اجتماعی",
                    "ru": "Психосоциальная поддержка",
                    "de-x-ls": "Hilfe für die Seele",
                },
            ),
        ],
    ),
    "wohnen": (
        {
            "de": "Wohnen",
            "en": "Housing",
            "ar": "السكن",
            "uk": "Житло",
            "tr": "Konut",
            "fa": "مسکن",
            "ru": "Жильё",
            "de-x-ls": "Wohnen",
        },
        [],
    ),
    "familie": (
        {
            "de": "Familie und Kinder",
            "en": "Family and children",
            "ar": "الأسرة والأطفال",
            "uk": "Сім'я та діти",
            "tr": "Aile ve çocuklar",
            "fa": "خانواده و کودکان",
            "ru": "Семья и дети",
            "de-x-ls": "Familie und Kinder",
        },
        [
            (
                "kita",
                {
                    "de": "Kinderbetreuung",
                    "en": "Childcare",
                    "ar": "رعاية الأطفال",
                    "uk": "Догляд за дітьми",
                    "tr": "Çocuk bakımı",
                    "fa": "مراقبت از کودکان",
                    "ru": "Присмотр за детьми",
                    "de-x-ls": "Betreuung für Kinder",
                },
            ),
            (
                "elterncafe",
                {
                    "de": "Elterncafé",
                    "en": "Parents' café",
                    "ar": "مقهى الأهالي",
                    "uk": "Кафе для батьків",
                    "tr": "Ebeveyn kafesi",
                    "fa": "کافه والدین",
                    "ru": "Кафе для родителей",
                    "de-x-ls": "Café für Eltern",
                },
            ),
        ],
    ),
    "freizeit": (
        {
            "de": "Freizeit",
            "en": "Leisure",
            "ar": "أوقات الفراغ",
            "uk": "Дозвілля",
            "tr": "Boş zaman",
            "fa": "اوقات فراغت",
            "ru": "Досуг",
            "de-x-ls": "Freizeit",
        },
        [
            (
                "sport",
                {
                    "de": "Sport",
                    "en": "Sport",
                    "ar": "الرياضة",
                    "uk": "Спорт",
                    "tr": "Spor",
                    "fa": "ورزش",
                    "ru": "Спорт",
                    "de-x-ls": "Sport",
                },
            ),
            (
                "kultur",
                {
                    "de": "Kultur",
                    "en": "Culture",
                    "ar": "الثقافة",
                    "uk": "Культура",
                    "tr": "Kültür",
                    "fa": "فرهنگ",
                    "ru": "Культура",
                    "de-x-ls": "Kultur",
                },
            ),
            (
                "hobby",
                {
                    "de": "Hobby",
                    "en": "Hobbies",
                    "ar": "الهوايات",
                    "uk": "Хобі",
                    "tr": "Hobiler",
                    "fa": "سرگرمی‌ها",
                    "ru": "Хобби",
                    "de-x-ls": "Hobby",
                },
            ),
            (
                "treffpunkt",
                {
                    "de": "Treffpunkt",
                    "en": "Meeting place",
                    "ar": "مكان للقاء",
                    "uk": "Місце зустрічей",
                    "tr": "Buluşma yeri",
                    "fa": "محل دیدار",
                    "ru": "Место встреч",
                    "de-x-ls": "Treff-Punkt",
                },
            ),
        ],
    ),
    "ehrenamt": (
        {
            "de": "Ehrenamt",
            "en": "Volunteering",
            "ar": "العمل التطوعي",
            "uk": "Волонтерство",
            "tr": "Gönüllülük",
            "fa": "کار داوطلبانه",
            "ru": "Волонтёрство",
            "de-x-ls": "Freiwillig helfen",
        },
        [],
    ),
}

TARGET_GROUPS = {
    "erwachsene": {
        "de": "Erwachsene",
        "en": "Adults",
        "ar": "البالغون",
        "uk": "Дорослі",
        "tr": "Yetişkinler",
        "fa": "بزرگسالان",
        "ru": "Взрослые",
        "de-x-ls": "Erwachsene",
    },
    "jugendliche": {
        "de": "Jugendliche",
        "en": "Young people",
        "ar": "الشباب",
        "uk": "Молодь",
        "tr": "Gençler",
        "fa": "نوجوانان",
        "ru": "Молодёжь",
        "de-x-ls": "Jugendliche",
    },
    "kinder": {
        "de": "Kinder",
        "en": "Children",
        "ar": "الأطفال",
        "uk": "Діти",
        "tr": "Çocuklar",
        "fa": "کودکان",
        "ru": "Дети",
        "de-x-ls": "Kinder",
    },
    "frauen": {
        "de": "Frauen",
        "en": "Women",
        "ar": "النساء",
        "uk": "Жінки",
        "tr": "Kadınlar",
        "fa": "زنان",
        "ru": "Женщины",
        "de-x-ls": "Frauen",
    },
    "familien": {
        "de": "Familien",
        "en": "Families",
        "ar": "العائلات",
        "uk": "Сім'ї",
        "tr": "Aileler",
        "fa": "خانواده‌ها",
        "ru": "Семьи",
        "de-x-ls": "Familien",
    },
    "neu-zugewanderte": {
        "de": "Neu Zugewanderte",
        "en": "Newcomers",
        "ar": "القادمون الجدد",
        "uk": "Новоприбулі",
        "tr": "Yeni gelenler",
        "fa": "تازه‌واردان",
        "ru": "Недавно прибывшие",
        "de-x-ls": "Menschen, die neu hier sind",
    },
    "ehrenamtliche": {
        "de": "Ehrenamtliche",
        "en": "Volunteers",
        "ar": "المتطوعون",
        "uk": "Волонтери",
        "tr": "Gönüllüler",
        "fa": "داوطلبان",
        "ru": "Волонтёры",
        "de-x-ls": "Freiwillige Helfer",
    },
}

TOPICS = {
    "aufenthalt": {
        "de": "Aufenthalt",
        "en": "Residence",
        "ar": "الإقامة",
        "uk": "Перебування",
        "tr": "Oturum",
        "fa": "اقامت",
        "ru": "Пребывание",
        "de-x-ls": "Aufenthalt",
    },
    "sprachkurse": {
        "de": "Sprachkurse",
        "en": "Language courses",
        "ar": "دورات اللغة",
        "uk": "Мовні курси",
        "tr": "Dil kursları",
        "fa": "دوره‌های زبان",
        "ru": "Языковые курсы",
        "de-x-ls": "Deutsch-Kurse",
    },
    "arbeit": {
        "de": "Arbeit",
        "en": "Work",
        "ar": "العمل",
        "uk": "Робота",
        "tr": "Çalışma",
        "fa": "کار",
        "ru": "Работа",
        "de-x-ls": "Arbeit",
    },
    "schule": {
        "de": "Schule",
        "en": "School",
        "ar": "المدرسة",
        "uk": "Школа",
        "tr": "Okul",
        "fa": "مدرسه",
        "ru": "Школа",
        "de-x-ls": "Schule",
    },
    "wohnen": {
        "de": "Wohnen",
        "en": "Housing",
        "ar": "السكن",
        "uk": "Житло",
        "tr": "Konut",
        "fa": "مسکن",
        "ru": "Жильё",
        "de-x-ls": "Wohnen",
    },
    "gesundheit": {
        "de": "Gesundheit",
        "en": "Health",
        "ar": "الصحة",
        "uk": "Здоров'я",
        "tr": "Sağlık",
        "fa": "سلامت",
        "ru": "Здоровье",
        "de-x-ls": "Gesundheit",
    },
    "anerkennung": {
        "de": "Anerkennung",
        "en": "Recognition of qualifications",
        "ar": "الاعتراف بالشهادات",
        "uk": "Визнання кваліфікацій",
        "tr": "Denklik",
        "fa": "ارزشیابی مدارک",
        "ru": "Признание квалификаций",
        "de-x-ls": "Zeugnisse anerkennen",
    },
}


def _names(names):
    return localized_values("name", names)


def _get_or_fill(model, slug, names, **defaults):
    """The entry ``slug``, created with ``names``; an existing entry (maybe edited) keeps its names
    and only gets the languages it has none in yet (a county that loaded an older, shorter list of
    names gets the later translations instead of German fallbacks)."""
    values = _names(names)
    entry, created = model.objects.get_or_create(slug=slug, defaults={**values, **defaults})
    if not created:
        blank = {field: value for field, value in values.items() if not getattr(entry, field)}
        if blank:
            model.objects.filter(pk=entry.pk).update(**blank)
    return entry


def load():
    """Create the default vocabularies once; existing entries (maybe edited) stay as they are,
    except that languages without a name are filled in."""
    from .models import Category, TargetGroup, Topic

    for order, (slug, (names, children)) in enumerate(CATEGORIES.items()):
        main = _get_or_fill(Category, slug, names, sort_order=order)
        for sub_order, (sub_slug, sub_names) in enumerate(children):
            _get_or_fill(Category, sub_slug, sub_names, parent=main, sort_order=sub_order)
    for model, data in ((TargetGroup, TARGET_GROUPS), (Topic, TOPICS)):
        for order, (slug, names) in enumerate(data.items()):
            _get_or_fill(model, slug, names, sort_order=order)
