# ruff: noqa: E501 (data: rule texts and expressions read better unbroken)
"""Default rules for Leichte Sprache (``de-x-ls``) and English (``en``), loaded once by a data
migration (0003) and editable afterwards, like the German set in ``defaults.py``.

Leichte Sprache: heuristics for the rules of the Netzwerk Leichte Sprache that the German set
does not cover yet (genitive, avoidable negation, several statements in one sentence, difficult
words, medium-long compounds, passive with separable or unstressed prefixes, „sollte“, larger
number words). They complement the ``ls-*`` rules of ``defaults.py`` without finding the same
words twice, and never block publication (suggestion or warning).

English: the concepts of the German set for English translations (stigmatising terms, disaster
metaphors for migration, deficit framing, othering, gendered job titles).

Sources cited in the reasons:
- Netzwerk Leichte Sprache, „Die Regeln für Leichte Sprache“; BMAS, „Leichte Sprache – Ein
  Ratgeber“ (2014); DIN SPEC 33429 (2023)
- Associated Press Stylebook (2013: “illegal immigrant” no longer used); IOM, “Glossary on
  Migration” (2019); PICUM, “Words matter” (#WordsMatter campaign)
- National Center on Disability and Journalism (NCDJ), “Disability Language Style Guide”;
  UK Government (Office for Disability Issues), “Inclusive language: words to use and avoid”
- Ethical Journalism Network / Article 19, “Media and migration” glossaries; NdM-Glossar
"""

LS_SOURCE = (
    "Quelle: Regeln des Netzwerks Leichte Sprache; BMAS-Ratgeber Leichte Sprache (2014); DIN SPEC 33429."
)
AP = "Quelle: AP Stylebook (seit 2013); IOM, „Glossary on Migration“ (2019); PICUM, „Words matter“."
NCDJ = (
    "Quelle: NCDJ, „Disability Language Style Guide“; UK Office for Disability Issues, „Inclusive language“."
)
EJN = "Quelle: Ethical Journalism Network, „Media and migration“; NdM-Glossar (glossar.neuemedienmacher.de)."

LEICHT = "de-x-ls"
EN = "en"

# Auxiliaries of the passive (werden), followed by up to four words and a participle.
_PASSIVE_START = r"\b(?:wird|werden|wurde|wurden)\b(?:\s+\w+){0,4}?\s+"

LEICHTE_SPRACHE = [
    {
        "code": "ls-compounds",
        "name": "Leichte Sprache: zusammengesetzte Wörter trennen",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "case_sensitive": True,
        "message": "Zusammengesetztes Wort: mit Mediopunkt oder Bindestrich trennen.",
        "reason": "Leichte Sprache trennt zusammengesetzte Wörter, damit man die Teile erkennt: "
        "„Gesundheits·amt“ oder „Gesundheits-Amt“. Kurze, sehr bekannte Wörter wie „Rathaus“ "
        "bleiben zusammen. Diese Regel findet Nomen mit 13 bis 15 Buchstaben; noch längere findet "
        "die Regel „lange Wörter trennen“. " + LS_SOURCE,
        "suggestions": "Gesundheits·amt\nKinder-Betreuung",
        "pattern": r"(?<![\w·\-])[A-ZÄÖÜ][a-zäöüß]{12,14}(?![\w·\-])",
        "good_examples": "Das Gesundheits·amt hilft Ihnen.\nDie Kinder-Betreuung ist kostenlos.\nDas Rathaus ist am Markt·platz.",
        "bad_examples": "Das Gesundheitsamt hilft Ihnen.\nDie Kinderbetreuung ist kostenlos.",
    },
    {
        "code": "ls-passive-prefix",
        "name": "Leichte Sprache: kein Passiv (Verben mit Vorsilbe)",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "message": "Passiv: Sagen Sie, wer etwas tut.",
        "reason": "Leichte Sprache benutzt aktive Sätze: „Wir schicken Ihnen die Papiere“ statt „Die "
        "Papiere werden Ihnen zugeschickt“. Diese Regel ergänzt die Passiv-Regel um Verben mit "
        "Vorsilbe („abgesagt“, „zugeschickt“, „kontrolliert“, „bezahlt“). " + LS_SOURCE,
        "suggestions": "Wir schicken Ihnen die Papiere.\nDas Fest fällt aus.",
        "pattern": _PASSIVE_START
        + r"(?:(?:ab|an|auf|aus|bei|durch|ein|fest|frei|mit|nach|vor|weg|zu|zurück|zusammen)ge\w+(?:t|en)"
        r"|\w+iert|(?:be|ver|er|zer|ent|emp|über|unter)\w+t)\b",
        "good_examples": "Wir schicken Ihnen die Papiere.\nDas Fest fällt aus.\nWir werden Sie beraten.",
        "bad_examples": "Die Papiere werden Ihnen zugeschickt.\nDas Fest wurde abgesagt.\nDer Antrag wird kontrolliert.",
    },
    {
        "code": "ls-genitive",
        "name": "Leichte Sprache: kein Genitiv",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "case_sensitive": True,
        "message": "Genitiv: Schreiben Sie „von dem“ oder „vom“.",
        "reason": "Den Genitiv verstehen viele Menschen schwer. Leichte Sprache schreibt „das Büro "
        "vom Bürgermeister“ statt „das Büro des Bürgermeisters“ und „wegen dem Regen“ statt "
        "„wegen des Regens“. " + LS_SOURCE,
        "suggestions": "vom Amt\nvon dem Kurs\nwegen dem Regen",
        "pattern": r"\b(?:[Dd]es|[Ee]ines|[Mm]eines|[Dd]eines|[Ss]eines|[Ii]hres|[Uu]nseres|[Ee]ures)\s+(?:[a-zäöü]\w*\s+)?[A-ZÄÖÜ][\w·\-]*?(?:s|es)\b",
        "good_examples": "Die Adresse vom Amt steht unten.\nAm Ende vom Kurs gibt es ein Fest.",
        "bad_examples": "Die Adresse des Amtes steht unten.\nWegen des Regens fällt das Fest aus.\nDas ist das Büro des Bürgermeisters.",
    },
    {
        "code": "ls-negation",
        "name": "Leichte Sprache: Verneinung vermeiden",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "message": "Verneinung: Sagen Sie es positiv, wenn es geht.",
        "reason": "Verneinungen werden leicht überlesen; dann versteht man das Gegenteil. Leichte "
        "Sprache sagt es positiv, wo es geht: „Der Kurs ist billig“ statt „Der Kurs ist nicht teuer“, "
        "„Denken Sie an Ihren Pass“ statt „Vergessen Sie nicht Ihren Pass“. " + LS_SOURCE,
        "suggestions": "Der Kurs ist billig.\nDenken Sie an Ihren Pass.",
        "pattern": r"\b(?:nicht|niemals|nie|kein|keine|keinen|keinem|keiner|keines)\b",
        "good_examples": "Denken Sie an Ihren Pass.\nDer Kurs ist billig.",
        "bad_examples": "Der Kurs ist nicht teuer.\nVergessen Sie nicht Ihren Pass.\nKein Kind darf allein ins Schwimm·bad.",
    },
    {
        "code": "ls-should",
        "name": "Leichte Sprache: „sollte“ vermeiden",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "message": "Möglichkeitsform „sollte“: Sagen Sie direkt, was zu tun ist.",
        "reason": "„Sie sollten …“ ist Konjunktiv und lässt offen, ob man etwas tun muss. Leichte "
        "Sprache sagt es direkt: „Bitte machen Sie einen Termin.“ oder „Sie müssen …“. " + LS_SOURCE,
        "suggestions": "Bitte machen Sie einen Termin.\nSie müssen einen Termin machen.",
        "pattern": r"\b(?:sollte|sollten|solltest|solltet)\b",
        "good_examples": "Bitte machen Sie einen Termin.",
        "bad_examples": "Sie sollten einen Termin machen.",
    },
    {
        "code": "ls-several-statements",
        "name": "Leichte Sprache: eine Aussage pro Satz",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "message": "Zwei Aussagen in einem Satz: Machen Sie zwei Sätze.",
        "reason": "In Leichter Sprache hat jeder Satz nur eine Aussage. Nebensätze mit „weil“, "
        "„damit“, „obwohl“, „dass“ oder zwei Hauptsätze mit „und“ oder „aber“ trennen Sie in zwei "
        "Sätze: „Das Fest ist im Park. Bei Regen ist das Fest in der Halle.“ " + LS_SOURCE,
        "suggestions": "Das Fest ist im Park. Bei Regen ist das Fest in der Halle.",
        "pattern": r",\s*(?:aber|denn|doch|sondern|weil|damit|obwohl|dass|sodass|nachdem|bevor|während|falls|ob)\b"
        r"|\b(?:und|aber|oder)\s+(?:Sie|wir|ich|er|es|man|du|ihr)\s+(?:müssen|muss|können|kann|dürfen|darf|sollen|soll|haben|hat|sind|ist|bekommen|bekommt|brauchen|braucht|gehen|geht|kommen|kommt)\b",
        "good_examples": "Das Fest ist im Park.\nBei Regen ist das Fest in der Halle.\nWir sprechen Arabisch und Türkisch.",
        "bad_examples": "Das Fest ist im Park, aber bei Regen ist es in der Halle.\n"
        "Der Kurs ist am Montag und Sie müssen einen Stift mitbringen.\nGehen Sie zum Amt, damit Sie die Papiere bekommen.",
    },
    {
        "code": "ls-number-words-large",
        "name": "Leichte Sprache: große Zahlen als Ziffern",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "message": "Schreiben Sie Zahlen als Ziffern.",
        "reason": "In Leichter Sprache stehen Zahlen als Ziffern: „15 Plätze“ statt „fünfzehn "
        "Plätze“. Diese Regel ergänzt die Regel „Zahlen als Ziffern“ um 13 bis 99 und um Hunderter "
        "und Tausender. " + LS_SOURCE,
        "suggestions": "15 statt fünfzehn\n40 statt vierzig",
        "pattern": r"\b(?:(?:drei|vier|fünf|sech|sieb|acht|neun)zehn"
        r"|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
        r"|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
        r"|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|fünfzig)(?:hundert|tausend)\w*)\b",
        "good_examples": "Die Gruppe hat 15 Plätze.\nIm Jahr·hundert davor.",
        "bad_examples": "Die Gruppe hat fünfzehn Plätze.\nIm Dorf wohnen dreihundert Menschen.",
    },
    {
        "code": "ls-difficult-words",
        "name": "Leichte Sprache: schwere Wörter erklären",
        "kind": "pattern",
        "severity": "warning",
        "languages": LEICHT,
        "allow_if_explained": True,
        "message": "Schweres Wort: Nehmen Sie ein einfaches Wort oder erklären Sie es.",
        "reason": "Leichte Sprache benutzt einfache, bekannte Wörter. Ein schweres Wort, das man "
        "braucht, wird gleich erklärt: „Der Bescheid ist ein Brief vom Amt.“ Fachwörter und "
        "Fremdwörter ohne Erklärung schließen Leserinnen und Leser aus. " + LS_SOURCE,
        "suggestions": "Amt statt Behörde\nBrief vom Amt statt Bescheid\nDer Bescheid ist ein Brief vom Amt.",
        "pattern": r"\b(?:Behörde|Bescheid|Frist|barrierefrei|Integration|interkulturell|kostenpflichtig|Kommune|Inklusion|Partizipation"
        r"|Teilhabe|Zuständigkeit|Sachbearbeit|Antragstell|Aufenthaltstitel|Leistungsbezug|Gebühr|Verfahren|Nachweis"
        r"|Formular|Dokument|Bescheinigung|Vorsprache|Rechtsbehelf|Widerspruch|Meldebehörde|Modalitäten|Kapazität)\w*+"
        r"(?!\s+(?:ist|sind|heißt|bedeutet|bedeuten)\b)",
        "good_examples": "Der Bescheid ist ein Brief vom Amt.\nEine Behörde ist ein Amt.\nSie bekommen einen Brief vom Amt.",
        "bad_examples": "Der Bescheid kommt mit der Post.\nSie müssen zur Behörde gehen.\nDas Haus ist barrierefrei.",
    },
]

ENGLISH = [
    {
        "code": "en-illegal-people",
        "name": "English: “illegal immigrants”, “illegals”",
        "kind": "pattern",
        "severity": "error",
        "languages": EN,
        "message": "No person is illegal: name the status, not the person.",
        "reason": "“Illegal” describes acts, not people; “illegals” and “illegal immigrants” criminalise "
        "people who may have a right to protection. Since 2013 the AP Stylebook no longer uses "
        "“illegal immigrant”; the IOM and PICUM recommend “undocumented” or “irregular” migrants. " + AP,
        "suggestions": "undocumented migrants\npeople without papers\nmigrants in an irregular situation",
        "pattern": r"\billegals\b|\billegal\s+(?:immigrants?|migrants?|aliens?|refugees?|foreigners?|asylum[\s-]seekers?|entrants?)\b"
        r"|\b(?:illegal|criminal)\s+aliens?\b",
        "good_examples": "The county offers advice to undocumented migrants.\nIllegal dumping of rubbish is fined.",
        "bad_examples": "Illegal immigrants can see a doctor.\nPolice detained six illegals.\nIllegal aliens have no right to a course.",
    },
    {
        "code": "en-disaster-metaphors",
        "name": "English: flood, wave, influx of refugees",
        "kind": "pattern",
        "severity": "error",
        "languages": EN,
        "message": "Natural-disaster or war image for people seeking protection.",
        "reason": "“Flood”, “wave”, “influx”, “swarm” or “invasion” of refugees turn people into a "
        "natural disaster or an attack; they dehumanise and spread fear. Name the number of people "
        "instead. " + EJN,
        "suggestions": "the arrival of many refugees\na rising number of asylum applications\n1,200 people arrived",
        "pattern": r"\b(?:floods?|waves?|influx(?:es)?|streams?|tides?|swarms?|invasions?|avalanches?|tsunamis?|surges?|hordes?|masses)\s+of\s+"
        r"(?:\w+\s+)?(?:refugees|migrants|immigrants|asylum[\s-]seekers|foreigners|people\s+seeking\s+(?:asylum|protection))\b"
        r"|\b(?:refugees|migrants|immigrants|asylum[\s-]seekers|foreigners)\s+(?:are\s+|were\s+)?(?:flooding|pouring|swarming|streaming|flocking)\b",
        "good_examples": "The flood of 2021 damaged many houses.\nThe influx of visitors was larger than expected.",
        "bad_examples": "A new wave of refugees is expected.\nThe influx of asylum seekers strains the budget.\nAsylum seekers are flooding into the county.",
    },
    {
        "code": "en-refugee-crisis",
        "name": "English: “refugee crisis”",
        "kind": "pattern",
        "severity": "warning",
        "languages": EN,
        "message": "“Crisis” makes the people the problem.",
        "reason": "“Refugee crisis” or “migrant crisis” frames people as the crisis rather than the war, "
        "the persecution or the lack of housing. Name what happened. " + EJN,
        "suggestions": "the arrival of many refugees in 2015\nthe shortage of housing",
        "pattern": r"\b(?:refugee|migrant|migration|asylum|immigration)\s+crisis\b",
        "good_examples": "The energy crisis hit the sports clubs too.",
        "bad_examples": "The refugee crisis changed the county.",
    },
    {
        "code": "en-disability",
        "name": "English: “the disabled”, “wheelchair-bound”",
        "kind": "pattern",
        "severity": "warning",
        "languages": EN,
        "message": "Name the people, not the impairment; a wheelchair gives mobility.",
        "reason": "“The disabled” or “the handicapped” reduce people to one feature; “wheelchair-bound” "
        "or “confined to a wheelchair” describe a wheelchair as a prison, though it gives mobility. "
        "Use “disabled people”, “people with disabilities”, “wheelchair user”. " + NCDJ,
        "suggestions": "disabled people\npeople with disabilities\nwheelchair user\nuses a wheelchair",
        "pattern": r"\bwheelchair[\s-]bound\b|\b(?:confined|bound|restricted)\s+to\s+(?:a|his|her|their)\s+wheelchairs?\b"
        r"|\bthe\s+(?:disabled|handicapped)\b(?!\s+(?:people|persons|person|visitors|children|adults|community|residents))"
        r"|\bhandicapped\b",
        "good_examples": "Disabled people get reduced admission.\nMr Becker has used a wheelchair since his accident.\n"
        "Players with a handicap of up to 36 can take part.",
        "bad_examples": "The sports club welcomes the disabled.\nShe is confined to a wheelchair.\nHandicapped visitors can park here.",
    },
    {
        "code": "en-slurs",
        "name": "English: slurs for disability, Roma and people of colour",
        "kind": "pattern",
        "severity": "error",
        "languages": EN,
        "message": "Offensive term: use the name the group uses itself.",
        "reason": "Words like “retarded”, “deaf and dumb”, “gypsies”, “half-caste” or “coloured people” "
        "are offensive. Use “people with learning disabilities”, “deaf people”, “Sinti and Roma”, "
        "“of mixed heritage”, “Black people / people of colour”. " + NCDJ + " " + EJN,
        "suggestions": "people with learning disabilities\ndeaf people\nSinti and Roma\nof mixed heritage\npeople of colour",
        "pattern": r"\b(?:(?:mentally\s+)?retard(?:ed|s)?|half[\s-]castes?|deaf[\s-]and[\s-]dumb|deaf[\s-]mutes?|gyps(?:y|ies)|gips(?:y|ies)"
        r"|cripples?|crippled|mongoloids?|spastics?|midgets?"
        r"|colou?red\s+(?:people|persons?|men|women|man|woman|children|families|folk))\b",
        "good_examples": "Sinti and Roma have lived in Germany for 600 years.\nDeaf people can follow the event.",
        "bad_examples": "The workshop employs mentally retarded adults.\nGypsies parked their caravans.\nColoured people and whites dance together.",
    },
    {
        "code": "en-suffers-from",
        "name": "English: “suffers from” a disability",
        "kind": "pattern",
        "severity": "warning",
        "languages": EN,
        "message": "Not every disability means suffering: say “has” or “lives with”.",
        "reason": "“Suffers from autism” assumes suffering the person may not feel and makes the "
        "disability the headline. Write “is autistic”, “has multiple sclerosis”. " + NCDJ,
        "suggestions": "has\nlives with\nis autistic",
        "pattern": r"\b(?:suffer(?:s|ed|ing)?|afflicted|stricken)\s+(?:from|with|by)\s+(?:autism|epilepsy|down'?s\s+syndrome|trisomy\s+21"
        r"|dementia|cerebral\s+palsy|multiple\s+sclerosis|(?:a\s+)?disabilit(?:y|ies)|blindness|deafness|paraplegia|spina\s+bifida"
        r"|schizophrenia|a\s+learning\s+disability|dwarfism)\b",
        "good_examples": "Farmers are suffering from the drought.\nHe is autistic and loves painting.",
        "bad_examples": "He suffers from autism.\nShe has suffered from multiple sclerosis for years.",
    },
    {
        "code": "en-asylum-framing",
        "name": "English: “bogus asylum seekers”, “benefit tourism”",
        "kind": "pattern",
        "severity": "warning",
        "languages": EN,
        "message": "This framing casts doubt on people's right to protection.",
        "reason": "“Bogus” or “so-called asylum seekers”, “benefit tourism” and “the asylum problem” "
        "suggest that people seeking protection are cheats or a problem. Everyone has the right to "
        "apply for asylum; describe the procedure and its outcome. " + EJN + " " + AP,
        "suggestions": "asylum seekers\npeople whose application was refused",
        "pattern": r"\b(?:bogus|so[\s-]called|fake|false)\s+(?:asylum[\s-]seekers?|refugees?)\b"
        r"|\b(?:benefits?|welfare|asylum|social)\s+tourism\b"
        r"|\b(?:asylum[\s-]seekers?|refugee|migrant|immigrant|asylum|foreigner)\s+problem\b",
        "good_examples": "Asylum seekers can get advice on Mondays.",
        "bad_examples": "Bogus asylum seekers will be deported.\nThe council debated benefit tourism.\n"
        "The county must deal with the asylum seeker problem.",
    },
    {
        "code": "en-deficit",
        "name": "English: deficit framing",
        "kind": "pattern",
        "severity": "warning",
        "languages": EN,
        "message": "Deficit framing: describe what people can do, not what they lack.",
        "reason": "“Despite her migration background” implies that origin is a handicap; “poor German "
        "skills” judges instead of describing. Say what someone has achieved and which language "
        "level a course needs. " + EJN,
        "suggestions": "She passed her exams with top marks.\nfor people learning German",
        "pattern": r"\b(?:despite|in\s+spite\s+of)\s+(?:his|her|their|a|the)\s+(?:migration|migrant|immigrant|refugee|foreign|ethnic)\s+(?:background|origins?|roots)\b"
        r"|\b(?:despite|in\s+spite\s+of)\s+(?:his|her|their)\s+disabilit(?:y|ies)\b"
        r"|\b(?:poor|lacking|insufficient|inadequate|bad|deficient)\s+(?:German|English|language)\s+(?:skills|knowledge|proficiency)\b",
        "good_examples": "In spite of the rain, over 2,000 people came.\nThe course is for people learning German.",
        "bad_examples": "Despite her migration background, she passed.\nMigrants with poor German skills struggle.",
    },
    {
        "code": "en-othering",
        "name": "English: othering (“foreign fellow citizens”, “southern appearance”)",
        "kind": "pattern",
        "severity": "warning",
        "languages": EN,
        "message": "This sets people apart by origin or looks.",
        "reason": "“Our foreign fellow citizens” mark neighbours as outsiders; descriptions such as "
        "“of Mediterranean appearance” rest on stereotypes and say nothing verifiable. Name people "
        "as residents or by what matters. " + EJN,
        "suggestions": "residents\nneighbours\npeople from 40 countries",
        "pattern": r"\bforeign\s+(?:fellow\s+)?(?:citizens|co-citizens|residents|fellow\s+residents)\b"
        r"|\b(?:Mediterranean|southern|southern\s+European|Middle\s+Eastern|oriental|exotic|foreign|ethnic|Arab|African|North\s+African)"
        r"[\s-](?:appearance|looking)\b",
        "good_examples": "Residents from 40 countries live in the town.",
        "bad_examples": "Our foreign fellow citizens are welcome.\nA man of Mediterranean appearance.",
    },
    {
        "code": "en-gendered-titles",
        "name": "English: gendered job titles",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": EN,
        "message": "Gendered title: use the neutral form.",
        "reason": "Titles like “chairman”, “spokesman” or “firemen” suggest that only men hold the "
        "role. Neutral forms are standard in public-service English. Source: UK Government, "
        "“Inclusive language”; Associated Press Stylebook.",
        "suggestions": "chair\nchairperson\nspokesperson\nfirefighters\npolice officer",
        "pattern": r"\b(?:chair|spokes|fire|police|lay|camera|work|sales|fisher)(?:man|men)\b|\bmanpower\b",
        "good_examples": "The chairperson opens the meeting.\nFirefighters showed the children their truck.",
        "bad_examples": "Please contact the chairman.\nA spokesman confirmed the date.\nThe firemen showed their truck.",
    },
]

RULES = LEICHTE_SPRACHE + ENGLISH
