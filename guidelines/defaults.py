# ruff: noqa: E501 (data: rule texts and expressions read better unbroken)
"""The county's default German rule set, loaded once by a data migration and editable afterwards.

Sources cited in the reasons:
- NdM-Glossar: Neue deutsche Medienmacher*innen, „Glossar: Formulierungshilfen für die
  Berichterstattung im Einwanderungsland“, https://glossar.neuemedienmacher.de
- Netzwerk Leichte Sprache, „Die Regeln für Leichte Sprache“; BMAS, „Leichte Sprache – Ein
  Ratgeber“ (2014); DIN SPEC 33429 (2023) „Empfehlungen für Deutsche Leichte Sprache“
- Leidmedien.de (Sozialhelden e. V.), „Begriffe über Behinderung von A bis Z“
- Duden, „Richtig gendern“ (2020/2022); Genderleicht.de (Journalistinnenbund)
- BITV 2.0 / WCAG 2.1: 1.1.1 Nicht-Text-Inhalt, 2.4.4 Linkzweck (im Kontext), 3.1.5 Leseniveau
- Bundesverwaltungsamt, „Bürgernahe Verwaltungssprache“ (Arbeitshandbuch, 4. Aufl.)
- Unwort des Jahres (sprachkritische Aktion, unwortdesjahres.net)
"""

NDM = "Quelle: NdM-Glossar der Neuen deutschen Medienmacher*innen (glossar.neuemedienmacher.de)."
LS = "Quelle: Regeln des Netzwerks Leichte Sprache; BMAS-Ratgeber Leichte Sprache (2014); DIN SPEC 33429."
LEID = "Quelle: Leidmedien.de, „Begriffe über Behinderung von A bis Z“."
GENDER = "Quelle: Duden, „Richtig gendern“; Genderleicht.de (Journalistinnenbund)."
BVA = "Quelle: Bundesverwaltungsamt, Arbeitshandbuch „Bürgernahe Verwaltungssprache“."

DE = "de"
DE_ALL = "de, de-x-ls"
LEICHT = "de-x-ls"

RULES = [
    # --- Refugees and migration: water, disaster and military metaphors ---------------------
    {
        "code": "water-metaphors",
        "name": "Wasser-Metaphern für Flucht und Migration",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "Wasser- und Naturkatastrophen-Bild für Menschen auf der Flucht.",
        "reason": "Wörter wie „Welle“, „Flut“, „Strom“ oder „Schwemme“ machen aus Menschen eine "
        "Naturgewalt, gegen die man sich schützen muss. Sie entmenschlichen und schüren Angst. "
        "Das NdM-Glossar rät, stattdessen Zahlen und Menschen zu nennen. " + NDM,
        "suggestions": "Zuzug von Geflüchteten\nAnkunft vieler Schutzsuchender\nsteigende Zahl von Asylsuchenden",
        "terms": "Flüchtlingswelle\nFlüchtlingsflut\nFlüchtlingsstrom\nFlüchtlingsströme\nFlüchtlingsschwemme\n"
        "Flüchtlingstsunami\nAsylflut\nAsylwelle\nAsylantenflut\nAsylantenschwemme\nAsylbewerberflut\n"
        "Migrationswelle\nMigrationsflut\nMigrationsstrom\nMigrationsströme\nMigrantenstrom\nMigrantenströme\n"
        "Zuwanderungswelle\nZuwanderungsflut\nEinwanderungswelle\nEinwanderungsflut\nFlüchtlingsandrang\n"
        "Migrantenflut\nMigrantenwelle\nAsylantenwelle\nAsylbewerberwelle\nAsylbewerberstrom\nZuwandererstrom\n"
        "Zuwandererflut\nEinwandererstrom\nEinwandererflut\nAusländerflut\nFlüchtlingszustrom\nMigrantenzustrom\n"
        "Asylantenstrom\nFlüchtlingsüberflutung\nAsylantenflut",
        "good_examples": "Im Herbst kamen 120 Geflüchtete in den Landkreis.\nDie Zahl der Asylsuchenden ist gestiegen.",
        "bad_examples": "Die Flüchtlingswelle erreicht den Landkreis.\nFLÜCHTLINGSWELLEN gab es früher auch.\n"
        "Wegen der Flüchtlingsströme braucht es mehr Wohnungen.\nDie neue Migrationswelle beschäftigt die Stadt.",
    },
    {
        "code": "disaster-metaphors",
        "name": "Katastrophen- und Kriegsbilder für Migration",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "Kriegs- oder Katastrophenbild für Menschen, die Schutz suchen.",
        "reason": "„Ansturm“, „Invasion“ oder „Lawine“ stellen Schutzsuchende als Angreifer oder "
        "Katastrophe dar. Solche Bilder erzeugen Bedrohungsgefühle und rechtfertigen Abwehr. " + NDM,
        "suggestions": "Ankunft vieler Geflüchteter\nhohe Zahl von Asylanträgen",
        "terms": "Flüchtlingsansturm\nAsylansturm\nMigrantenansturm\nFlüchtlingsinvasion\nAsylinvasion\n"
        "Flüchtlingslawine\nAsyllawine\nMigrationslawine\nMigranteninvasion\nAsylantenansturm\nFlüchtlingsmassen\n"
        "Migrantenmassen\nFlüchtlingsheer\nFlüchtlingshorde\nMigrantenhorde\nAsylantenheer\nFlüchtlingsabwehr\nMigrationsabwehr\n"
        "Masseneinwanderung\nMassenzuwanderung\nMassenmigration",
        "good_examples": "Viele Menschen stellten im Oktober einen Asylantrag.",
        "bad_examples": "Das Amt rechnet mit einem Flüchtlingsansturm.\nVon einer Asyllawine war die Rede.",
    },
    {
        "code": "asylant",
        "name": "„Asylant“",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "„Asylant“ ist ein abwertendes Wort.",
        "reason": "„Asylant“ wurde in den 1980er-Jahren zum Kampfbegriff; die Endung „-ant“ klingt "
        "wie bei „Querulant“ oder „Simulant“. Das NdM-Glossar empfiehlt neutrale Begriffe. " + NDM,
        "suggestions": "Asylsuchende\nGeflüchtete\nSchutzsuchende",
        "terms": "Asylant\nScheinasylant",
        "good_examples": "Asylsuchende erhalten im Rathaus Beratung.\nDas Asylrecht steht im Grundgesetz.",
        "bad_examples": "Asylanten erhalten Beratung.\nDem Asylanten wurde geholfen.\nEr nannte sie Scheinasylanten.",
    },
    {
        "code": "asylum-tourism",
        "name": "„Asyltourismus“ und „Sozialtourismus“",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "Das Wort unterstellt Flucht oder Zuwanderung aus Bequemlichkeit.",
        "reason": "Wer flieht, macht keinen Urlaub. „Sozialtourismus“ wurde zum Unwort des Jahres "
        "2013 gewählt, weil es Zugewanderte pauschal des Missbrauchs verdächtigt. "
        "Quelle: Unwort des Jahres 2013 (unwortdesjahres.net); " + NDM,
        "suggestions": "Weiterwanderung\nZuwanderung aus der EU\nSekundärmigration",
        "terms": "Asyltourismus\nAsyltourist\nSozialtourismus\nSozialtourist",
        "good_examples": "Einige Familien ziehen nach der Anerkennung in andere Bundesländer.",
        "bad_examples": "Das sei Asyltourismus, sagte er.\nSozialtouristen gibt es nicht.",
    },
    {
        "code": "economic-refugee",
        "name": "„Wirtschaftsflüchtling“",
        "kind": "term",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "„Wirtschaftsflüchtling“ unterstellt, Flucht sei unberechtigt.",
        "reason": "Der Begriff wertet Menschen ab, die vor Armut fliehen, und unterstellt Missbrauch "
        "des Asylrechts. Genauer ist, die Gründe zu beschreiben. " + NDM,
        "suggestions": "Menschen, die vor Armut fliehen\nArbeitsmigrantinnen und Arbeitsmigranten",
        "terms": "Wirtschaftsflüchtling",
        "good_examples": "Viele Menschen verlassen ihr Land wegen Armut und Hunger.",
        "bad_examples": "Es seien nur Wirtschaftsflüchtlinge.\nJeder Wirtschaftsflüchtling wird geprüft.",
    },
    {
        "code": "migration-metaphor-phrases",
        "name": "Wasser-, Katastrophen- und Kriegsbilder als Wortgruppe",
        "kind": "phrase",
        "severity": "error",
        "languages": DE_ALL,
        "words_between": 2,
        "message": "Naturgewalt- oder Kriegsbild für Menschen, die Schutz suchen.",
        "reason": "„Welle von Geflüchteten“, „Ansturm der Migranten“ oder „Migranten überschwemmen das "
        "Land“ machen aus Menschen eine Naturgewalt oder ein angreifendes Heer. Solche Bilder "
        "entmenschlichen und schüren Angst. Das NdM-Glossar rät, Zahlen und Menschen zu nennen. " + NDM,
        "suggestions": "Zuzug von Geflüchteten\nAnkunft vieler Schutzsuchender\nsteigende Zahl von Asylanträgen",
        "terms": "Welle/Flut/Fluten/Ansturm/Strom/Ströme/Zustrom/Lawine/Schwemme/Tsunami/Invasion/Heer/Horde/Horden/Massen/Andrang/Überflutung/Überschwemmung [von/an/aus/der/des] "
        "*flüchtling/*flüchtete/*flüchteter/Migrant/Migranten/Migrantinnen/Asylbewerber/Asylsuchende/Asylant/Asylanten/Asylanträge/Asylanträgen/Zuwanderer/Einwanderer/Ausländer/Schutzsuchende/Zuwanderung/Einwanderung/Migration\n"
        "*flüchtling/*flüchtete/Migrant/Migranten/Asylbewerber/Asylsuchende/Asylanten/Zuwanderer/Einwanderer/Ausländer/Schutzsuchende "
        "ström*/strömt/überflut*/überschwemm*/überroll*/überrenn*/überrann*/fluten/flutet/fluteten/stürm*/einfall*\n"
        "Boot ist/sei/wäre/war voll",
        "good_examples": "Die Zahl der Geflüchteten ist im Herbst gestiegen.\nEine Welle der Hilfsbereitschaft für Geflüchtete erfasste den Ort.\n"
        "Der Strom für die Unterkunft der Asylsuchenden kommt von der Solaranlage.\nTausende Besucher strömten zum Stadtfest.",
        "bad_examples": "Eine Welle von Geflüchteten erreichte den Kreis.\nDie Flut an Asylanträgen überfordert das Amt.\n"
        "Der Ansturm der Migranten hält an.\nMigranten überschwemmen das Land.\nEin Strom von syrischen Flüchtlingen kam an.",
    },
    {
        "code": "illegal-migrants",
        "name": "„Illegale“ Menschen",
        "kind": "phrase",
        "severity": "error",
        "languages": DE_ALL,
        "words_between": 2,
        "message": "Menschen sind nicht illegal: kriminalisierende Bezeichnung.",
        "reason": "Ein Aufenthalt kann gegen Regeln verstoßen, ein Mensch ist nicht „illegal“. Das "
        "NdM-Glossar empfiehlt „irregulär“ oder „ohne Papiere“; auch UN-Gremien raten davon ab. "
        "Gemeint sind nur Menschen: „illegale Müllentsorgung“ bleibt richtig. " + NDM,
        "suggestions": "Menschen ohne Papiere\nMenschen ohne Aufenthaltsstatus\nirregulär eingereiste Menschen",
        "terms": "illegal {Person}\n=Illegale/=Illegalen/=Illegaler",
        "good_examples": "Menschen ohne Papiere finden bei der Beratungsstelle Hilfe.\nIllegal ist der Handel mit Waffen.\n"
        "Illegale Müllentsorgung wird mit einem Bußgeld bestraft.\nDer Zoll prüft illegale Beschäftigung auf Baustellen.\n"
        "Die illegalen Müllablagerungen am Waldrand wurden entfernt.",
        "bad_examples": "Die Illegalen wurden festgenommen.\nIllegale Einwanderer haben es schwer.\n"
        "Sie sprach über illegale Migranten.\nIllegale werden oft ausgebeutet.\n"
        "Die Polizei griff drei illegal eingereiste Syrer auf.",
    },
    {
        "code": "illegal-migration",
        "name": "„Illegale Migration“",
        "kind": "pattern",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "„Illegale Migration“ kriminalisiert die Flucht.",
        "reason": "Viele Schutzsuchende haben keinen legalen Weg nach Europa; ihr späterer Asylantrag "
        "ist rechtmäßig. „Irreguläre Migration“ beschreibt den Weg, ohne Menschen zu kriminalisieren. " + NDM,
        "suggestions": "irreguläre Migration\nunerlaubte Einreise",
        "pattern": r"\billegal(?:e|en|er)?\s+(?:Migration|Einwanderung|Zuwanderung|Einreise)\b",
        "good_examples": "Irreguläre Migration war Thema der Konferenz.",
        "bad_examples": "Die illegale Migration nimmt ab.\nGegen illegale Einwanderung.",
    },
    {
        "code": "extremist-terms",
        "name": "Begriffe der extremen Rechten",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "Begriff aus der Sprache der extremen Rechten.",
        "reason": "„Überfremdung“, „Umvolkung“ und „Bevölkerungsaustausch“ stammen aus "
        "völkisch-rassistischer Propaganda und behaupten eine gesteuerte Verdrängung der "
        "„einheimischen“ Bevölkerung. Sie gehören nicht in eine Veröffentlichung des Kreises. " + NDM,
        "suggestions": "Einwanderung\nVielfalt der Bevölkerung",
        "terms": "Überfremdung\nUmvolkung\nBevölkerungsaustausch\nvolksfremd",
        "good_examples": "Im Landkreis leben Menschen aus 90 Ländern.",
        "bad_examples": "Sie warnten vor Überfremdung.\nDie Angst vor dem Bevölkerungsaustausch.",
    },
    {
        "code": "refusal-labels",
        "name": "Abwertende Etiketten für Zugewanderte",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "Abwertendes Etikett für eine ganze Gruppe.",
        "reason": "Wörter wie „Integrationsverweigerer“, „Kopftuchmädchen“ oder „Messermigrant“ "
        "unterstellen einer Gruppe pauschal ein Verhalten und stammen aus der Hetze gegen "
        "Zugewanderte. Beschreiben Sie konkretes Handeln einzelner Menschen. " + NDM,
        "suggestions": "konkretes Verhalten beschreiben\nMenschen, die den Kurs abgebrochen haben",
        "terms": "Integrationsverweigerer\nKopftuchmädchen\nMessermigrant\nPassdeutsche\nBiodeutsche",
        "good_examples": "Zwölf Teilnehmende haben den Kurs abgebrochen.",
        "bad_examples": "Integrationsverweigerern soll das Geld gekürzt werden.\nKopftuchmädchen war das Wort.",
    },
    {
        "code": "refugee-crisis",
        "name": "„Flüchtlingskrise“",
        "kind": "term",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "„Flüchtlingskrise“ macht die Geflüchteten zum Problem.",
        "reason": "Die Krise erleben vor allem die Menschen, die fliehen. Das Wort verschiebt den "
        "Blick auf die Aufnahmeländer und stellt Geflüchtete als Last dar. Genauer ist es, das "
        "Ereignis zu benennen. " + NDM,
        "suggestions": "Fluchtbewegung 2015/16\nAufnahme vieler Geflüchteter\nAsylpolitik",
        "terms": "Flüchtlingskrise\nMigrationskrise\nAsylkrise",
        "good_examples": "Seit 2015 hat der Kreis viele Geflüchtete aufgenommen.",
        "bad_examples": "Während der Flüchtlingskrise halfen viele.\nDie Migrationskrise wurde diskutiert.",
    },
    {
        "code": "refugee-diminutive",
        "name": "„Flüchtling“",
        "kind": "term",
        "severity": "suggestion",
        "languages": DE_ALL,
        "message": "„Geflüchtete“ ist oft die bessere Wahl.",
        "reason": "Die Endung „-ling“ klingt für viele verkleinernd (wie „Eindringling“). „Flüchtling“ "
        "ist dennoch ein Rechtsbegriff der Genfer Flüchtlingskonvention; in Namen und Rechtstexten "
        "bleibt er richtig. " + NDM,
        "suggestions": "Geflüchtete\nSchutzsuchende\nMenschen mit Fluchterfahrung",
        "terms": "Flüchtling",
        "in_compounds": False,
        "exceptions": "Flüchtlingsrat\nFlüchtlingskonvention\nFlüchtlingshilfe\nFlüchtlingsschutz\n"
        "Flüchtlingseigenschaft\nFlüchtlingsanerkennung\nFlüchtlingshilfswerk",
        "good_examples": "Der Flüchtlingsrat berät kostenlos.\nDie Genfer Flüchtlingskonvention gilt seit 1951.",
        "bad_examples": "Die Flüchtlinge wohnen im Ortsteil.\nFlüchtlingen wird geholfen.",
    },
    {
        "code": "foreigners",
        "name": "„Ausländer“ für Einwohnerinnen und Einwohner",
        "kind": "term",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "„Ausländer“ nur für Menschen ohne deutsche Staatsangehörigkeit, und nur wo das zählt.",
        "reason": "„Ausländer“ ist ein Rechtsbegriff (Aufenthaltsgesetz). Oft sind aber Menschen "
        "gemeint, die hier leben oder deutsche Staatsangehörige sind; dann grenzt das Wort aus. "
        "Amtliche Namen wie „Ausländerbehörde“ bleiben erlaubt. " + NDM,
        "suggestions": "Einwohnerinnen und Einwohner\nMenschen ohne deutschen Pass\nZugewanderte",
        "terms": "Ausländer",
        "exceptions": "Ausländerbehörde\nAusländeramt\nAusländerbeirat\nAusländerbeauftragte\n"
        "Ausländerzentralregister\nAusländerrecht",
        "good_examples": "Die Ausländerbehörde hat dienstags geöffnet.\nDer Ausländerbeirat tagt im Rathaus.",
        "bad_examples": "Viele Ausländer kommen zum Fest.\nDie Ausländerkriminalität wurde erwähnt.",
    },
    {
        "code": "fellow-citizens",
        "name": "„ausländische Mitbürger“",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "words_between": 1,
        "message": "„Mitbürger“ mit Herkunftszusatz grenzt aus: Wer hier lebt, ist Bürgerin oder Bürger.",
        "reason": "„Ausländische Mitbürger“, „Mitbürger ausländischer Herkunft“ oder „Mitbürger mit "
        "Migrationshintergrund“ klingen gönnerhaft und trennen „uns“ von „ihnen“. Das NdM-Glossar "
        "empfiehlt, einfach von Einwohnerinnen und Einwohnern zu sprechen. " + NDM,
        "suggestions": "Einwohnerinnen und Einwohner\nMenschen aus Einwandererfamilien\nNachbarinnen und Nachbarn",
        "terms": "ausländisch/türkisch/muslimisch/zugewandert/eingewandert/migrantisch/nichtdeutsch/nicht-deutsch/fremdländisch/arabisch/afrikanisch/russlanddeutsch/ausländerisch *mitbürger\n"
        "*mitbürger mit Migrationshintergrund/Migrationsgeschichte/Zuwanderungsgeschichte/Einwanderungsgeschichte/Fluchthintergrund/Fluchtgeschichte/Wurzeln\n"
        "*mitbürger ausländischer/fremder/anderer/nichtdeutscher/nicht-deutscher/türkischer/arabischer/ausländischen Herkunft/Abstammung/Nationalität/Wurzeln\n"
        "*mitbürger aus dem/anderen Ausland/Ländern/Kulturen/Kulturkreisen",
        "good_examples": "Alle Einwohnerinnen und Einwohner sind eingeladen.\nLiebe Mitbürgerinnen und Mitbürger, wir laden Sie ein.",
        "bad_examples": "Unsere ausländischen Mitbürger sind eingeladen.\n"
        "Mitbürgerinnen mit Migrationshintergrund erzählen.\nAuch Mitbürger ausländischer Herkunft sind eingeladen.",
    },
    {
        "code": "migration-background",
        "name": "„Migrationshintergrund“",
        "severity": "suggestion",
        "languages": DE_ALL,
        "message": "„mit Migrationshintergrund“ ist sperrig und wird oft als Stempel empfunden.",
        "reason": "Der statistische Begriff umfasst sehr verschiedene Menschen und wird im Alltag "
        "oft als Etikett für Menschen gebraucht. Das NdM-Glossar schlägt „Menschen aus "
        "Einwandererfamilien“ vor; wo es um Statistik geht („28 Prozent haben einen "
        "Migrationshintergrund“), ist der Begriff korrekt. " + NDM,
        "suggestions": "Menschen aus Einwandererfamilien\nMenschen mit Migrationsgeschichte\nEingewanderte",
        "kind": "phrase",
        "words_between": 1,
        "terms": "{Person} mit Migrationshintergrund/Migrationshintergründen\nMigrationshintergründler",
        "good_examples": "Menschen aus Einwandererfamilien gründen viele Vereine.\n"
        "Laut Mikrozensus haben 28 Prozent der Menschen im Kreis einen Migrationshintergrund.\n"
        "Das Angebot richtet sich an Jugendliche mit und ohne Migrationshintergrund.",
        "bad_examples": "Jugendliche mit Migrationshintergrund sind willkommen.",
    },
    {
        "code": "southerner",
        "name": "Herkunft nach dem Aussehen („südländisch“)",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "words_between": 1,
        "message": "Pauschale Herkunftszuschreibung nach dem Aussehen.",
        "reason": "„Südländisch“ oder „ausländisch aussehend“ schließt vom Aussehen auf eine Herkunft "
        "und bedient Klischees, besonders in Polizei- und Kriminalitätsmeldungen. Die Herkunft eines "
        "Menschen ist nur zu nennen, wenn sie für das Verständnis nötig ist. „Südländische Küche“ ist "
        "gemeint, wo es um Dinge geht, und bleibt erlaubt. " + NDM,
        "suggestions": "(Aussehen weglassen oder konkret beschreiben: Größe, Kleidung)",
        "terms": "{Person} mit südländisch/orientalisch/fremdländisch/ausländisch/nichtdeutsch/nicht-deutsch/arabisch/nordafrikanisch/osteuropäisch/südosteuropäisch/dunkl/dunkel Aussehen/Äußeren/Erscheinungsbild/Teint/Hautfarbe\n"
        "südländisch/orientalisch/fremdländisch/ausländisch/nichtdeutsch/nicht-deutsch/arabisch/nordafrikanisch/osteuropäisch/südosteuropäisch Aussehen/Äußere/Äußeres/Erscheinungsbild/Typ/Typen/Teint/aussehend\n"
        "südländisch {Person}\n"
        "Südländer",
        "good_examples": "Der Mann war etwa 30 Jahre alt und trug eine blaue Jacke.\nDas Restaurant bietet südländische Küche an.\n"
        "Im Garten wachsen südländische Pflanzen.",
        "bad_examples": "Ein südländisch aussehender Mann.\nGesucht wird ein Südländer.\nSüdländische Typen.\n"
        "Gesucht wird ein Mann mit südländischem Aussehen.\nZwei südländische Jugendliche wurden befragt.",
    },
    {
        "code": "racist-terms",
        "name": "Rassistische Fremdbezeichnungen",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "Rassistische Fremdbezeichnung.",
        "reason": "„Zigeuner“, „Mischling“, „Schwarzafrikaner“ und ähnliche Wörter sind "
        "Fremdbezeichnungen aus Kolonialismus und NS-Zeit. Die Betroffenen lehnen sie ab; "
        "verwenden Sie die Selbstbezeichnungen. Quelle: Zentralrat Deutscher Sinti und Roma; " + NDM,
        "suggestions": "Sinti und Roma\nSchwarze Menschen\nMenschen afrikanischer Herkunft",
        "terms": "Zigeuner\nMischling\nSchwarzafrikaner\nMulatte\nEingeborene\nNeger\nKanake\nNafri\nSchlitzauge\n"
        "Kümmeltürke\nKameltreiber\nPolacke\nRapefugee\nBimbo",
        "exceptions": "Mischlingshund\nMischlingskatze",
        "good_examples": "Der Verband deutscher Sinti und Roma lädt ein.\nSchwarze Menschen berichten.",
        "bad_examples": "Die Zigeuner kamen ins Dorf.\nSchwarzafrikaner wurden befragt.",
    },
    {
        "code": "coloured",
        "name": "„Farbige“",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "„Farbige“ ist eine koloniale Bezeichnung.",
        "reason": "„Farbig“ stammt aus der Kolonialzeit und der Apartheid. Selbstbezeichnungen sind "
        "„Schwarze Menschen“ (Schwarz großgeschrieben) oder „People of Color“. " + NDM,
        "suggestions": "Schwarze Menschen\nPeople of Color",
        "terms": "=Farbige/=Farbigen/=Farbiger\nfarbig {Person}",
        "good_examples": "Die farbigen Stifte liegen im Regal.\nSchwarze Menschen sind oft von Rassismus betroffen.\n"
        "Farbige Plakate hängen im Flur.",
        "bad_examples": "Ein Farbiger hat gewonnen.\nEine farbige Frau wurde beleidigt.\nFarbige werden oft benachteiligt.",
    },
    {
        "code": "race",
        "name": "„Rasse“ für Menschen",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "words_between": 1,
        "message": "Es gibt keine menschlichen „Rassen“.",
        "reason": "Die Biologie kennt keine menschlichen Rassen; das Wort transportiert die "
        "Rassenlehre. Gemeint ist meist rassistische Zuschreibung. Sprechen Sie von Rassismus "
        "oder rassistischer Diskriminierung. Quelle: Jenaer Erklärung (2019); " + NDM,
        "suggestions": "rassistische Zuschreibung\nrassistische Diskriminierung",
        "terms": "{Person} jeder/aller/anderer/verschiedener/fremder/unterschiedlicher/gleicher/einer Rasse/Rassen\n"
        "ihrer/deren Rasse\n"
        "menschlich/schwarz/weiß/gelb/arisch/nordisch/fremd/minderwertig Rasse/Rassen\n"
        "Rasse/Rassen [der/des] Mensch/Menschen/Menschheit/Völker\n"
        "aufgrund/wegen [der/ihrer/seiner] Rasse/Rassenzugehörigkeit",
        "good_examples": "Wir treffen uns auf der Terrasse.\nDas Netzwerk berät bei rassistischer Diskriminierung.\n"
        "Beim Hundetag sind Hunde aller Rassen willkommen.\nDie Ausstellung zeigt 40 Rassen von Kaninchen.",
        "bad_examples": "Menschen jeder Rasse sind willkommen.\nUnabhängig von ihrer Rasse.",
    },
    {
        "code": "guest-worker",
        "name": "„Gastarbeiter“",
        "kind": "term",
        "severity": "suggestion",
        "languages": DE_ALL,
        "message": "„Gastarbeiter“ ist ein historischer Begriff.",
        "reason": "Die Menschen, die ab 1955 angeworben wurden, blieben oft ihr Leben lang; „Gast“ "
        "verschweigt das. Für die Geschichte ist „sogenannte Gastarbeiter“ üblich, heute "
        "„Arbeitsmigrantinnen und Arbeitsmigranten“. " + NDM,
        "suggestions": "Arbeitsmigrantinnen und Arbeitsmigranten\nangeworbene Arbeitskräfte",
        "terms": "Gastarbeiter",
        "good_examples": "Ihr Vater kam 1964 als angeworbene Arbeitskraft aus der Türkei.",
        "bad_examples": "Die Gastarbeiter der ersten Generation erzählen.",
    },
    {
        "code": "parallel-society",
        "name": "„Parallelgesellschaft“",
        "kind": "term",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "Pauschaler Vorwurf an eine ganze Gruppe.",
        "reason": "Das Wort unterstellt Zugewanderten, sich absichtlich abzuschotten, und wird kaum "
        "belegt. Beschreiben Sie konkret, was fehlt (Kontakte, Sprachkurse, Wohnungen). " + NDM,
        "suggestions": "wenig Kontakt zwischen Nachbarschaften\nsoziale Trennung im Wohnviertel",
        "terms": "Parallelgesellschaft",
        "good_examples": "Im Viertel gibt es wenig Kontakt zwischen alten und neuen Nachbarn.",
        "bad_examples": "Es droht eine Parallelgesellschaft.",
    },
    # --- Deficit-oriented and othering phrasing ------------------------------------------------
    {
        "code": "deficit-phrasing",
        "name": "Defizitorientierte Formulierungen",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": DE_ALL,
        "message": "Die Formulierung beschreibt Menschen über einen Mangel.",
        "reason": "„Bildungsfern“, „integrationsunwillig“ oder „sozial schwach“ beschreiben Menschen "
        "über Defizite und Schuld. Nennen Sie stattdessen die Lage oder das Angebot. " + NDM,
        "suggestions": "Menschen mit wenig Einkommen\nMenschen, die noch Deutsch lernen",
        "pattern": r"\b(?:bildungsfern\w*|integrationsunwillig\w*|integrationsresistent\w*|sozial\s+schwach\w*"
        r"|kulturfremd\w*|nicht\s+integrierbar\w*|integrationsunfähig\w*|integrationsunwillig\w*|bildungsschwach\w*"
        r"|unterprivilegiert\w*|kulturfern\w*|integrationsfern\w*)",
        "good_examples": "Das Angebot richtet sich an Familien mit wenig Einkommen.",
        "bad_examples": "Für bildungsferne Familien.\nSozial schwache Haushalte bekommen Hilfe.",
    },
    {
        "code": "othering",
        "name": "Ausgrenzende Herkunftszuschreibung",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "words_between": 1,
        "message": "Die Formulierung macht Menschen zu „den Anderen“.",
        "reason": "„Menschen fremder Herkunft“, „aus einem anderen Kulturkreis“ oder „Ausländerkinder“ "
        "trennen „uns“ von „ihnen“, auch wenn die Menschen hier geboren sind. Das NdM-Glossar "
        "empfiehlt, die Menschen so zu nennen, wie es für die Sache nötig ist: als Einwohnerinnen, "
        "Eltern, Kinder – und eine Herkunft nur, wenn sie etwas erklärt. " + NDM,
        "suggestions": "Menschen aus Einwandererfamilien\nEinwohnerinnen und Einwohner\nFamilien aus Syrien (konkret)",
        "terms": "Mensch/Menschen/Person/Personen/Familie/Familien/Kinder/Kind/Jugendliche/Jugendlichen/Frauen/Männer/Eltern/Schüler/Schülerinnen/Nachbarn/Bewohner/Einwohner "
        "ausländischer/fremder/anderer/nichtdeutscher/nicht-deutscher/fremdländischer Herkunft/Abstammung/Kultur/Kulturen/Hautfarbe\n"
        "{Person} aus fremden/exotischen Kulturen/Kulturkreisen/Ländern\n"
        "=Fremden\n"
        "exotisch Land/Länder/Ländern/Herkunft/Aussehen/Name/Namen/Kultur/Kulturen/{Person}\n"
        "aus [einem/einer/anderen/fremden] anderen/fremden Kulturkreis/Kulturkreisen/Kulturkreises/Kulturraum\n"
        "*kulturkreis\n"
        "Ausländerkind/Ausländerkinder/Ausländerkindern/Migrantenkind/Migrantenkinder/Migrantenkindern/Ausländerfamilie/Ausländerfamilien\n"
        "ausländisch/fremdländisch aussehend/aussehende/aussehender/aussehenden\n"
        "wir/uns Deutschen/Deutsche und die/den Ausländer/Ausländern/Migranten/Fremden/Zugewanderten",
        "good_examples": "Familien aus Syrien und der Ukraine treffen sich im Sprachcafé.\nKinder aus Einwandererfamilien lernen im Kurs.\n"
        "Im Kurs lernen Sie die deutsche Kultur und Sprache kennen.",
        "bad_examples": "Menschen fremder Herkunft sind willkommen.\nSie stammen aus einem anderen Kulturkreis.\n"
        "Die Ausländerkinder spielen im Hof.\nWir Deutschen und die Ausländer feiern zusammen.",
    },
    {
        "code": "deficit-despite",
        "name": "„trotz Migrationshintergrund“",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "words_between": 1,
        "message": "„Trotz“ macht Herkunft, Religion oder Behinderung zum Hindernis.",
        "reason": "„Trotz ihres Migrationshintergrunds hat sie studiert“ unterstellt, Herkunft sei ein "
        "Mangel, den man überwinden muss. Ebenso „trotz seiner Behinderung“ (Leidmedien). Erzählen "
        "Sie die Leistung ohne den Vorbehalt. " + NDM + " " + LEID,
        "suggestions": "Sie hat Medizin studiert.\n(Herkunft weglassen oder neutral nennen)",
        "terms": "trotz [ihres/seines/ihrer/seiner/deren/dessen/des/der/eines/einer/ihren/seinen] "
        "Migrationshintergrund/Migrationshintergrunds/Migrationshintergrundes/Migrationsgeschichte/Fluchtgeschichte/Fluchterfahrung/Herkunft/"
        "Kopftuch/Kopftuchs/Kopftuches/Behinderung/Hautfarbe/Akzent/Akzents/Akzentes/Nationalität/Religion/Einwanderungsgeschichte/Wurzeln/Rollstuhl/Rollstuhls\n"
        "obwohl sie/er Migrantin/Migrant/Ausländerin/Ausländer/Muslimin/Muslim/Flüchtling/Geflüchtete/Geflüchteter ist\n"
        "obwohl sie/er/ihre/seine [Eltern/Familie] aus [dem/der] {Wort} kommt/kommen/stammt/stammen/geflohen\n"
        "spricht/sprechen/spreche aber/trotzdem/dennoch/erstaunlich/überraschend/sogar akzentfrei/perfekt/fehlerfrei/einwandfrei/erstaunlich",
        "good_examples": "Trotz des Regens kamen viele Gäste.\nSie hat in Aleppo Medizin studiert.\nTrotz ihrer Erkältung kam sie zum Kurs.",
        "bad_examples": "Trotz ihres Migrationshintergrunds hat sie studiert.\nTrotz seiner Behinderung arbeitet er.\n"
        "Trotz ihrer ausländischen Herkunft spricht sie gut Deutsch.\nObwohl er Migrant ist, engagiert er sich.",
    },
    {
        "code": "deficit-language",
        "name": "„mangelnde Deutschkenntnisse“",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "words_between": 1,
        "message": "Die Formulierung beschreibt Menschen über einen Mangel an Sprache oder Bildung.",
        "reason": "„Mangelnde Deutschkenntnisse“ oder „fehlende Integrationsbereitschaft“ stellen "
        "Menschen als defizitär dar und überhören, was sie können (oft mehrere Sprachen). Sagen Sie, "
        "was ein Angebot bietet: „für Menschen, die Deutsch lernen“. " + NDM,
        "suggestions": "für Menschen, die Deutsch lernen\nmit ersten Deutschkenntnissen\nDeutsch als Zweitsprache",
        "terms": "mangelnd/fehlend/unzureichend/ungenügend/schlecht/mangelhaft/dürftig/defizitär "
        "Deutschkenntnisse/Deutschkenntnissen/Sprachkenntnisse/Sprachkenntnissen/Sprachkompetenz/Deutsch/Integrationsbereitschaft/Integrationswille/Integrationswillen/Integrationsfähigkeit/Anpassung/Anpassungsbereitschaft\n"
        "Sprachdefizit/Sprachdefizite/Sprachdefiziten/Integrationsdefizit/Integrationsdefizite/Integrationsdefiziten/Bildungsdefizit/Bildungsdefizite\n"
        "deutschen Sprache nicht mächtig",
        "good_examples": "Der Kurs ist für Menschen, die Deutsch lernen.\nFür den Kurs brauchen Sie keine Deutschkenntnisse.\n"
        "Die Heizung ist in einem schlechten Zustand.",
        "bad_examples": "Wegen mangelnder Deutschkenntnisse finden viele keine Arbeit.\nFehlende Sprachkenntnisse sind das Problem.\n"
        "Viele Eltern sind der deutschen Sprache nicht mächtig.\nKinder mit Sprachdefiziten bekommen Förderung.",
    },
    {
        "code": "deficit-labels",
        "name": "Abwertende Etiketten für Familien und Gruppen",
        "kind": "term",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "Etikett, das Familien, Viertel oder Gruppen als Problem abstempelt.",
        "reason": "„Problemfamilie“, „Brennpunktviertel“ oder „Clanfamilie“ machen Menschen pauschal "
        "zum Problem oder zu Verdächtigen; „asozial“ stammt aus der NS-Verfolgung. Beschreiben Sie "
        "die Lage oder das Angebot: „Familien, die Unterstützung brauchen“. " + NDM,
        "suggestions": "Familien, die Unterstützung brauchen\nStadtteil mit viel Förderbedarf\nFamilien mit wenig Einkommen",
        "terms": "Problemfamilie\nProblemviertel\nProblemkiez\nProblembezirk\nProblemstadtteil\nProblemschüler\nProblemjugendliche\n"
        "Brennpunktschule\nProblemschule\nRestschule\n"
        "Brennpunktfamilie\nBrennpunktviertel\nBrennpunktstadtteil\nClanfamilie\nClankriminalität\nClanmitglied\nAsoziale\nasozial\n"
        "Hartz-IV-Familie\nHartz-IV-Empfänger\nUnterschichtfamilie\nMigrantenkriminalität\nFlüchtlingskriminalität\nAusländerkriminalität\n"
        "Armutsmigration\nArmutszuwanderung\nArmutszuwanderer\nIntegrationsverlierer",
        "good_examples": "Familien, die Unterstützung brauchen, erhalten Beratung.\nDer Stadtteil bekommt Geld aus dem Förderprogramm.",
        "bad_examples": "Die Problemfamilien im Viertel werden betreut.\nDas Angebot richtet sich an Brennpunktviertel.\n"
        "Die Zeitung schrieb über Clankriminalität.\nSie sprachen über Armutszuwanderung aus Rumänien.",
    },
    {
        "code": "social-systems",
        "name": "„Zuwanderung in die Sozialsysteme“",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "words_between": 1,
        "message": "Die Formulierung unterstellt, Menschen kämen wegen der Sozialleistungen.",
        "reason": "„Zuwanderung in die Sozialsysteme“ oder „Einwanderung in den Sozialstaat“ stellt "
        "Zugewanderte pauschal als Kostenfaktor und Missbrauchsverdacht dar; die meisten arbeiten und "
        "zahlen Beiträge. Nennen Sie Zahlen und Gründe. " + NDM,
        "suggestions": "Zuwanderung\nBezug von Sozialleistungen (mit Zahlen)",
        "terms": "Zuwanderung/Einwanderung/Migration/Flucht/Zuzug/Zuwanderer/Einwanderer/Migranten in [die/den/das/unsere/unser] "
        "Sozialsystem/Sozialsysteme/Sozialstaat/Sozialkassen/Sozialhilfe/Sozialleistungen",
        "good_examples": "Wer arbeitet, zahlt in die Sozialsysteme ein.",
        "bad_examples": "Die Zuwanderung in die Sozialsysteme müsse begrenzt werden.\nSie warnte vor Einwanderung in den Sozialstaat.",
    },
    {
        "code": "asylum-home",
        "name": "„Asylheim“",
        "kind": "term",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "„Asylheim“ klingt nach Anstalt und wird abwertend gebraucht.",
        "reason": "„Asylheim“, „Asylantenheim“ oder „Ausländerheim“ wurden in den 1990er-Jahren zu "
        "Zielen von Anschlägen und stehen für Ausgrenzung. Amtlich und neutral ist "
        "„Gemeinschaftsunterkunft“ oder „Unterkunft für Geflüchtete“. " + NDM,
        "suggestions": "Gemeinschaftsunterkunft\nUnterkunft für Geflüchtete",
        "terms": "Asylheim\nAsylbewerberheim\nAusländerheim\nFlüchtlingsheim\nAsylunterkunft\nAsylbewerberunterkunft",
        "good_examples": "Die Gemeinschaftsunterkunft am Stadtrand hat 80 Plätze.",
        "bad_examples": "Die Kleiderkammer beliefert das Asylheim.\nIm Asylbewerberheim wohnen 80 Menschen.",
    },
    {
        "code": "freeloader-terms",
        "name": "Missbrauchsverdacht als Etikett",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "Das Wort unterstellt einer ganzen Gruppe Betrug oder Ausnutzung.",
        "reason": "„Sozialschmarotzer“, „Asylbetrüger“ oder „Ankerkind“ verdächtigen Menschen pauschal, "
        "Sozialleistungen oder das Asylrecht zu missbrauchen. Sie stammen aus Hetzkampagnen und "
        "gehören nicht in Texte des Kreises. " + NDM,
        "suggestions": "Menschen, die Leistungen beziehen\nAsylsuchende\nnachziehende Kinder",
        "terms": "Sozialschmarotzer\nAsylschmarotzer\nAsylbetrüger\nAsylbetrug\nAsylmissbrauch\nSozialbetrüger\nAnkerkind\nSozialparasit",
        "good_examples": "Asylsuchende erhalten Leistungen nach dem Gesetz.",
        "bad_examples": "Das seien Sozialschmarotzer.\nVon Asylmissbrauch war die Rede.\nSie nannten ihn ein Ankerkind.",
    },
    {
        "code": "exonyms",
        "name": "Koloniale Fremdbezeichnungen für Völker",
        "kind": "term",
        "severity": "warning",
        "languages": DE_ALL,
        "in_compounds": False,
        "message": "Fremdbezeichnung: Nennen Sie die Menschen so, wie sie sich selbst nennen.",
        "reason": "„Indianer“ und „Eskimo“ sind Fremdbezeichnungen aus der Kolonialzeit, die viele der "
        "Gemeinten ablehnen. Üblich sind „Indigene“, „First Nations“, „Inuit“ oder der Name der "
        "Nation. " + NDM,
        "suggestions": "Indigene\nFirst Nations\nInuit",
        "terms": "Indianer\nIndianerin\nEskimo",
        "good_examples": "Eine Ausstellung über indigene Kunst aus Kanada.",
        "bad_examples": "Die Kinder spielen Indianer.\nDer Film zeigt Eskimos in Grönland.",
    },
    # --- Disability (Leidmedien) ----------------------------------------------------------------
    {
        "code": "wheelchair-bound",
        "name": "„an den Rollstuhl gefesselt“",
        "kind": "pattern",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "Ein Rollstuhl fesselt nicht, er macht mobil.",
        "reason": "„An den Rollstuhl gefesselt“ oder „rollstuhlgebunden“ stellen das Hilfsmittel als "
        "Gefängnis dar. Leidmedien empfiehlt sachliche Beschreibungen. " + LEID,
        "suggestions": "nutzt einen Rollstuhl\nRollstuhlfahrerin / Rollstuhlfahrer",
        "pattern": r"\ban\s+den\s+Rollstuhl\s+(?:gefesselt|gebunden)\b|\brollstuhlgebunden\w*|\bim\s+Rollstuhl\s+gefangen\b",
        "good_examples": "Sie nutzt einen Rollstuhl und leitet den Verein.",
        "bad_examples": "Seit dem Unfall ist er an den Rollstuhl gefesselt.\nRollstuhlgebundene Gäste.",
    },
    {
        "code": "suffers-from",
        "name": "„leidet an“ einer Behinderung",
        "kind": "pattern",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "Nicht jede Behinderung ist ein Leiden.",
        "reason": "„Leidet an Autismus“ unterstellt Leid, das die Person vielleicht nicht empfindet. "
        "Neutral ist „hat“ oder „lebt mit“. " + LEID,
        "suggestions": "hat\nlebt mit",
        "pattern": r"\bleide[tn]?\s+(?:(?:er|sie|es)\s+)?(?:an|unter)\s+(?:(?:einer|einem|der|dem)\s+)?(?:[a-zäöüA-ZÄÖÜ]\w*e[rnms]?\s+)?"
        r"(?:(?:Behinderung|Autismus|Down-Syndrom|Trisomie|Spastik|Lähmung|Blindheit|Gehörlosigkeit|Querschnitt"
        r"|Sklerose|Epilepsie|Demenz|Alzheimer|Parkinson|Legasthenie|Taubheit|Kleinwuchs|Zerebralparese|Muskeldystrophie"
        r"|Contergan|Glasknochen)\w*|\w*(?:lähmung|behinderung))"
        r"|\b(?:an|unter)\s+(?:(?:einer|einem|der|dem)\s+)?(?:Behinderung|Autismus|Down-Syndrom|Trisomie|Spastik|\w*[Ll]ähmung"
        r"|Sklerose|Epilepsie|Demenz|Blindheit|Gehörlosigkeit|Querschnitt\w*)\s+[Ll]eidende?[nrs]?\b",
        "good_examples": "Ihr Sohn hat das Down-Syndrom.\nEr lebt mit Autismus.",
        "bad_examples": "Er leidet an Autismus.\nSie leidet unter einer Behinderung.",
    },
    {
        "code": "disability-terms",
        "name": "Veraltete Begriffe über Behinderung",
        "kind": "term",
        "severity": "error",
        "languages": DE_ALL,
        "message": "Veralteter oder verletzender Begriff über Behinderung.",
        "reason": "„Mongoloid“, „taubstumm“, „Krüppel“ oder „Invalide“ sind abwertend oder falsch: "
        "Gehörlose Menschen sind nicht stumm, sie sprechen Gebärdensprache. " + LEID,
        "suggestions": "Menschen mit Down-Syndrom\ngehörlos\nMenschen mit Behinderung",
        "terms": "mongoloid\ntaubstumm\nKrüppel\nInvalide",
        "good_examples": "Gehörlose Menschen nutzen die Deutsche Gebärdensprache.",
        "bad_examples": "Ein taubstummes Kind.\nDas mongoloide Mädchen.\nKrüppel wurden früher versteckt.",
    },
    {
        "code": "the-disabled",
        "name": "„die Behinderten“",
        "kind": "phrase",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "Menschen zuerst: nicht „die Behinderten“.",
        "reason": "Die Behinderung ist ein Merkmal, nicht der ganze Mensch. Leidmedien und die "
        "Selbstvertretung „Mensch zuerst“ empfehlen „behinderte Menschen“ oder „Menschen mit "
        "Behinderung“. " + LEID,
        "suggestions": "behinderte Menschen\nMenschen mit Behinderung",
        "terms": "=Behinderte/=Behinderten/=Behinderter",
        "good_examples": "Für behinderte Menschen gibt es Fahrdienste.\nDie behinderten Kinder spielen.\n"
        "Behinderte Menschen haben ein Recht auf Teilhabe.\nDie Behindertenbeauftragte berät.",
        "bad_examples": "Für Behinderte gibt es Fahrdienste.\nDie Behinderten wurden befragt.\nBehinderte haben es oft schwer.",
    },
    {
        "code": "mental-disability",
        "name": "„geistig behindert“",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": DE_ALL,
        "message": "Selbstbezeichnung: „Menschen mit Lernschwierigkeiten“.",
        "reason": "Die Selbstvertretung „Mensch zuerst – Netzwerk People First“ lehnt „geistig "
        "behindert“ ab und wünscht „Menschen mit Lernschwierigkeiten“. " + LEID,
        "suggestions": "Menschen mit Lernschwierigkeiten",
        "pattern": r"\bgeistig\s+(?:behindert|Behindert)\w*",
        "good_examples": "Menschen mit Lernschwierigkeiten arbeiten in der Werkstatt.",
        "bad_examples": "Geistig behinderte Menschen arbeiten dort.",
    },
    {
        "code": "disability-labels",
        "name": "Etiketten über Behinderung",
        "kind": "term",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "Das Wort beschreibt Menschen abwertend oder als Last.",
        "reason": "„Spastiker“ wird als Schimpfwort gebraucht, „Liliputaner“ stammt aus dem "
        "Schaustellergewerbe, „Pflegefall“ macht Menschen zur Last. Leidmedien empfiehlt "
        "sachliche Beschreibungen: „Menschen mit Spastik“, „kleinwüchsige Menschen“, „Menschen, die "
        "Pflege brauchen“. " + LEID,
        "suggestions": "Menschen mit Spastik\nkleinwüchsige Menschen\nMenschen, die Pflege brauchen",
        "terms": "Spastiker\nLiliputaner\nZwergwüchsig\nPflegefall\nSorgenkind\nBehindertentoilette\nBehindertenklo",
        "good_examples": "Menschen, die Pflege brauchen, bekommen Beratung.\nDie barrierefreie Toilette ist im Erdgeschoss.",
        "bad_examples": "Er ist seit dem Unfall ein Pflegefall.\nDie Behindertentoilette ist im Keller.",
    },
    # --- Gender-fair language -------------------------------------------------------------------
    {
        "code": "generic-masculine",
        "name": "Generisches Maskulinum",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": DE,
        "case_sensitive": True,
        "message": "Nur die männliche Form: Frauen und nicht-binäre Menschen fühlen sich nicht gemeint.",
        "reason": "Studien zeigen, dass bei „Teilnehmer“ oder „Mitarbeiter“ vor allem an Männer "
        "gedacht wird. Nutzen Sie neutrale Formen (Teilnehmende), Paarformen oder den Genderstern "
        "nach dem Leitfaden des Kreises. Zusammensetzungen wie „Bürgerbüro“ oder „Teilnehmerliste“ "
        "und Amtsbezeichnungen eines genannten Mannes („Herr Yilmaz ist unser Berater“) bleiben. " + GENDER,
        "suggestions": "Teilnehmende\nMitarbeiterinnen und Mitarbeiter\nAnsprechperson\nLehrkräfte\n"
        "Bürgerinnen und Bürger\nDolmetschende\nBeratende\nAntragstellende",
        # A person noun in the masculine form, also as the end of a compound (Kursteilnehmer),
        # not in a pair form (Bürgerinnen und Bürger, Mitarbeiter und Mitarbeiterinnen), not
        # gendered (Teilnehmer*innen, Mitarbeiter/-innen, LehrerInnen), not about a named man.
        "pattern": r"(?:\b[Jj]ede[rn]\s+[A-ZÄÖÜ]\w*+(?<=(?:Ehrenamtliche|Freiwillige|Jugendliche|Angehörige|Beschäftigte"
        r"|Auszubildende|Teilnehmende|Studierende|Geflüchtete|Asylsuchende|Lernende|Deutsche)n?)"
        # a person noun in the masculine form, also as the end of a compound (Kursteilnehmer)
        r"|\b[A-ZÄÖÜ]\w*+(?<=(?:[Tt]eilnehmer|[Mm]itarbeiter|[Aa]rbeiter|[Bb]erater|[Bb]etreuer|[Ll]ehrer"
        r"|[Dd]olmetscher|[Üü]bersetzer|[Aa]ntragsteller|[Bb]ewerber|[Bb]esucher|[Nn]utzer|[Hh]elfer"
        r"|[Uu]nterstützer|[Bb]ürger|[Ee]inwohner|[Bb]ewohner|[Aa]nwohner|[Aa]rbeitnehmer|[Mm]ieter"
        r"|[Ee]rzieher|[Tt]rainer|[Ss]chüler|[Ee]mpfänger|[Zz]uschauer|[Ff]ahrer|[Vv]erbraucher|[Ww]ähler"
        r"|[Ee]igentümer|[Zz]uwanderer|[Ee]inwanderer|[Aa]ussiedler|[Aa]nsprechpartner|[Gg]esprächspartner"
        r"|[Kk]ursleiter|[Üü]bungsleiter|[Pp]rojektleiter|[Ss]chulleiter|[Ee]hrenamtlicher|[Vv]ertreter|[Zz]ahler"
        r"|[Vv]ermieter|[Aa]rbeitsuchender|[Ee]rwerbsloser|[Aa]rbeitsloser)[ns]?"
        r"|(?:[Mm]igrant|[Ss]tudent|[Rr]eferent|[Ii]nteressent|[Pp]atient|[Pp]raktikant|[Aa]bsolvent|[Dd]ozent)(?:en)?"
        r"|(?:\b|\w\w)(?:[Kk]olleg|[Ee]xpert|[Ll]ots|[Pp]at)(?:e|en)|(?:[Ää]rzte|[Aa]rzt)(?:n|es)?"
        r"|\b(?:Senioren|Kunden|Spender|Leser|Nachbarn)))"
        # not in a pair form (Bürgerinnen und Bürger, Ihrer Vermieterin oder Ihrem Vermieter) ...
        r"(?<!(?:innen|\win|frauen)\s*(?:,|und|oder|sowie|bzw\.)\s*(?:(?:[Ii]hre[mnrs]?|de[mnrs]|die|eine[mnrs]?"
        r"|jede[mnrs]?|unsere[mnrs]?)\s+)?[\w-]+)"
        # ... nor gendered (Teilnehmer*innen, Mitarbeiter/-innen, Mitarbeiter und Mitarbeiterinnen) ...
        r"(?![*:_/·’'-]|\s*\((?:innen|in)\)|\s+(?:und|oder|sowie|bzw\.)\s+(?:\w+\s+)?[A-ZÄÖÜ]\w*in(?:nen)?\b)"
        # ... nor about a named man (Herr Yilmaz ist unser Berater)
        r"(?<!\bHerrn?\b[^.!?\n]*)(?![^.!?\n]*\bHerrn?\s+[A-ZÄÖÜ])",
        "good_examples": "Alle Teilnehmenden erhalten eine Urkunde.\nTeilnehmer*innen melden sich im Rathaus.\n"
        "Ärztinnen und Ärzte beraten.\nDie Ansprechperson ist Frau Yilmaz.\nLehrerinnen und Lehrer sind eingeladen.\n"
        "Liebe Bürgerinnen und Bürger, das Bürgerbüro ist geöffnet.\nBürgermeister Hans Becker eröffnet das Fest.\n"
        "Die Teilnehmerliste liegt aus.\nMitarbeiter und Mitarbeiterinnen der Tafel helfen.\n"
        "Herr Okafor ist unser Berater für Fragen zur Arbeit.\nDie Sekunden zählen.",
        "bad_examples": "Alle Teilnehmer erhalten eine Urkunde.\nDer Ansprechpartner ist im Büro.\n"
        "Die Lehrer unterrichten.\nFür Migranten gibt es Beratung.\nDie Kursteilnehmer treffen sich.\n"
        "Bürger können Fragen stellen.\nWir suchen ehrenamtliche Dolmetscher.\nJeder Antragsteller braucht einen Termin.",
    },
    {
        "code": "contact-person",
        "name": "„jeder“ / „man“ als Standard",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": DE,
        "case_sensitive": True,
        "message": "„jeder, der …“ meint meist alle Menschen.",
        "reason": "„Jeder, der …“ ist männlich; „alle, die …“ oder die direkte Anrede schließen "
        "alle ein und sind oft kürzer. " + GENDER,
        "suggestions": "alle, die\nwer\nSie",
        "pattern": r"\b[Jj]eder,\s+der\b",
        "good_examples": "Alle, die Hilfe brauchen, können kommen.\nWer Hilfe braucht, kann kommen.",
        "bad_examples": "Jeder, der Hilfe braucht, kann kommen.",
    },
    # --- Clear administrative language ----------------------------------------------------------
    {
        "code": "abbreviations",
        "name": "Unerklärte Abkürzungen",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": DE_ALL,
        "case_sensitive": True,
        "allow_if_explained": True,
        "message": "Abkürzung ohne Erklärung.",
        "reason": "Abkürzungen wie „BAMF“ oder „SGB“ kennen viele nicht, besonders Menschen, die "
        "Deutsch lernen. Schreiben Sie beim ersten Mal das ganze Wort und die Abkürzung in "
        "Klammern: „Bundesamt für Migration und Flüchtlinge (BAMF)“. " + BVA + " " + LS,
        "suggestions": "Beim ersten Vorkommen ausschreiben: Wort (ABK)",
        # Not when part of a name (“FC Hohenau”, “SV Lindenfeld”) or of a compound (“Theater-AG”).
        "pattern": r"(?<![\w(\-])[A-ZÄÖÜ]{2,6}(?![\w)\-])(?!\s+[A-ZÄÖÜ][a-zäöüß])",
        "exceptions": "EU\nUSA\nPDF\nUN\nDDR\nTV\nWC\nOK\nWLAN\nUSB\nSMS\nPIN\nLKW\nPKW\nKFZ\nCD\nDVD\nFAQ\nARD\nZDF\nDRK\nADAC",
        "good_examples": "Das Bundesamt für Migration und Flüchtlinge (BAMF) entscheidet. Das BAMF antwortet schnell.\n"
        "Die EU fördert das Projekt.",
        "bad_examples": "Das BAMF entscheidet über den Antrag.\nLeistungen nach dem SGB II.",
    },
    {
        "code": "jargon-terms",
        "name": "Fachwörter der Verwaltung ohne Erklärung",
        "kind": "term",
        "severity": "suggestion",
        "languages": DE_ALL,
        "allow_if_explained": True,
        "message": "Fachwort: Erklären Sie es beim ersten Vorkommen in Klammern.",
        "reason": "Wörter wie „Aufenthaltstitel“, „Fiktionsbescheinigung“ oder „Bedarfsgemeinschaft“ "
        "kennen viele nicht, gerade Menschen, die sie betreffen und Deutsch lernen. Erklären Sie das "
        "Wort beim ersten Vorkommen in Klammern: „Fiktionsbescheinigung (ein Papier, das Ihren "
        "Aufenthalt bis zur Entscheidung erlaubt)“. " + BVA + " " + LS,
        "suggestions": "Fachwort (kurze Erklärung in Klammern)\nErlaubnis, in Deutschland zu leben",
        "terms": "Aufenthaltstitel\nFiktionsbescheinigung\nAufenthaltsgestattung\nNiederlassungserlaubnis\nDuldung\n"
        "Ankunftsnachweis\nWohnsitzauflage\nWohnsitzregelung\nResidenzpflicht\nBedarfsgemeinschaft\nEingliederungsvereinbarung\n"
        "Verpflichtungserklärung\nAbschiebungsverbot\nAbschiebungsandrohung\nsubsidiär\nRechtsbehelfsbelehrung\nMitwirkungspflicht\n"
        "Folgeantrag\nDublin-Verfahren\nDublinverfahren\nVorrangprüfung\nLeistungsbescheid\nBewilligungsbescheid\nWiderspruchsfrist\n"
        "Anerkennungsbescheid\nZuweisungsentscheidung\nGestattung\nKönigsteiner Schlüssel\nTitelerteilung\n"
        "Grenzübertrittsbescheinigung\nErstbefragung\nPassbeschaffung\nUmverteilungsantrag\nBeschäftigungserlaubnis\n"
        "Zustimmungserfordernis\nVorabzustimmung\nWohnungsgeberbestätigung\nBerechtigungsschein\nAnhörungsbogen",
        "good_examples": "Sie brauchen eine Fiktionsbescheinigung (ein Papier, das Ihren Aufenthalt bis zur Entscheidung erlaubt). "
        "Die Fiktionsbescheinigung bekommen Sie bei der Ausländerbehörde.\nBringen Sie Ihren Ausweis mit.",
        "bad_examples": "Bringen Sie Ihren Aufenthaltstitel mit.\nMit einer Fiktionsbescheinigung dürfen Sie arbeiten.\n"
        "Die Bedarfsgemeinschaft bekommt den Leistungsbescheid per Post.",
    },
    {
        "code": "jargon-abbreviations",
        "name": "Gesetzesabkürzungen ohne Erklärung",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": DE_ALL,
        "case_sensitive": True,
        "allow_if_explained": True,
        "message": "Gesetzesabkürzung: Schreiben Sie den Namen aus oder erklären Sie ihn.",
        "reason": "„AsylbLG“, „AufenthG“ oder „BüMA“ verstehen nur Fachleute. Schreiben Sie beim ersten "
        "Mal den Namen aus und die Abkürzung in Klammern: „Asylbewerberleistungsgesetz (AsylbLG)“, "
        "oder erklären Sie, was gemeint ist. " + BVA + " " + LS,
        "suggestions": "Asylbewerberleistungsgesetz (AsylbLG)\nAufenthaltsgesetz (AufenthG)",
        "pattern": r"\b(?:AsylbLG|AufenthG|AufenthV|AsylG|AsylVfG|BüMA|BeschV|StAG|IntV|FreizügG|DeuFöV|BAföG|BVFG|BuT|eAT|BQFG"
        r"|AsylbLG|EinglV|AufnG|FlüAG)\b",
        "good_examples": "Sie bekommen Geld nach dem Asylbewerberleistungsgesetz (AsylbLG). Das AsylbLG regelt auch Arztbesuche.\n"
        "Das Bundesamt für Migration und Flüchtlinge (BAMF) entscheidet.",
        "bad_examples": "Sie bekommen Leistungen nach dem AsylbLG.\nDas steht in § 60a AufenthG.\nDie BüMA gilt sechs Monate.",
    },
    {
        "code": "administrative-abbreviations",
        "name": "Abkürzungen mit Punkt",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": DE_ALL,
        "message": "Abkürzung: besser ausschreiben.",
        "reason": "„z. B.“, „ggf.“, „bzw.“ oder „u. a.“ erschweren das Lesen, besonders mit "
        "Vorlesefunktion und beim Deutschlernen. In Leichter Sprache sind Abkürzungen nicht erlaubt. " + LS,
        "suggestions": "zum Beispiel\ngegebenenfalls / wenn nötig\nbeziehungsweise / oder\nunter anderem",
        "pattern": r"\b(?:z\.\s?B\.|ggf\.|bzw\.|u\.\s?a\.|usw\.|evtl\.|d\.\s?h\.|inkl\.|ca\.|vgl\.)",
        "good_examples": "Bringen Sie zum Beispiel Ihren Ausweis mit.",
        "bad_examples": "Bringen Sie z. B. Ihren Ausweis mit.\nGgf. brauchen Sie einen Termin.",
    },
    {
        "code": "vague-dates",
        "name": "Ungenaue Zeitangaben",
        "kind": "pattern",
        "severity": "warning",
        "languages": DE_ALL,
        "message": "Ungenaue Zeitangabe: Webseiten werden später gelesen.",
        "reason": "„Demnächst“, „nächste Woche“ oder „heute“ stimmen nur am Tag des Schreibens. "
        "Nennen Sie das Datum (z. B. „am 3. März 2027“), damit die Angabe auch später stimmt. " + BVA,
        "suggestions": "am 3. März 2027\nab dem 1. April 2027\nbis zum 30. Juni 2027",
        "pattern": r"\b(?:demnächst|in\s+Kürze|zeitnah|in\s+den\s+nächsten\s+(?:Tagen|Wochen|Monaten)"
        r"|(?:nächste|kommende|diese)\s+Woche|(?:nächsten|kommenden)\s+(?:Monat|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
        r"|übermorgen|gestern|vorgestern)\b",
        "good_examples": "Die Beratung beginnt am 3. März 2027.",
        "bad_examples": "Die Beratung beginnt demnächst.\nNächste Woche ist das Büro geschlossen.\n"
        "Die Antwort kommt in Kürze.",
    },
    {
        "code": "sentence-length",
        "name": "Lange Sätze",
        "kind": "sentence_length",
        "severity": "suggestion",
        "languages": DE,
        "threshold": 25,
        "message": "Der Satz hat mehr als 25 Wörter.",
        "reason": "Lange Sätze sind schwer zu verstehen, besonders für Menschen, die Deutsch lernen. "
        "Das Arbeitshandbuch „Bürgernahe Verwaltungssprache“ empfiehlt kurze Sätze mit einer "
        "Aussage; ab etwa 20 bis 25 Wörtern sinkt das Verständnis deutlich. " + BVA,
        "suggestions": "Teilen Sie den Satz in zwei oder drei Sätze.",
        "good_examples": "Die Beratung ist kostenlos. Sie findet dienstags im Rathaus statt.",
        "bad_examples": "Die Beratung, die vom Landkreis in Zusammenarbeit mit den Wohlfahrtsverbänden und "
        "den Kommunen angeboten wird, findet jeden Dienstag im Rathaus statt, wobei eine Anmeldung "
        "vorher nicht nötig ist und Dolmetschende angefragt werden können.",
    },
    {
        "code": "readability-flesch",
        "name": "Lesbarkeit (Flesch-Amstad)",
        "kind": "readability",
        "severity": "suggestion",
        "languages": DE,
        "metric": "flesch_amstad",
        "threshold": 30,
        "message": "Der Text ist schwer zu lesen (Flesch-Amstad unter 30).",
        "reason": "Der Lesbarkeitsindex nach Flesch, für Deutsch angepasst von Toni Amstad (1978), "
        "misst Satz- und Wortlänge: unter 30 gilt ein Text als sehr schwer (akademisch). WCAG 2.1 "
        "(3.1.5 Leseniveau) empfiehlt, Texte einfacher zu fassen oder eine einfachere Fassung "
        "anzubieten. Quelle: Amstad (1978); BITV 2.0 / WCAG 2.1 3.1.5.",
        "suggestions": "Kürzere Sätze und kürzere Wörter verwenden.\nZusammengesetzte Wörter auflösen.",
        "good_examples": "Wir helfen Ihnen bei Fragen zur Arbeit. Die Beratung ist kostenlos. Sie können "
        "ohne Termin kommen. Wir sprechen Deutsch, Arabisch und Englisch. Bringen Sie Ihre Briefe mit.",
        "bad_examples": "Die Inanspruchnahme aufenthaltsrechtlicher Beratungsdienstleistungen erfordert "
        "grundsätzlich die vorherige Terminvereinbarung sowie die Vorlage sämtlicher "
        "entscheidungserheblicher Unterlagen einschließlich behördlicher Bescheinigungen und "
        "Identitätsnachweise entsprechend der Verwaltungsvorschriften.",
    },
    {
        "code": "readability-wiener",
        "name": "Lesbarkeit (Wiener Sachtextformel)",
        "kind": "readability",
        "severity": "suggestion",
        "languages": DE,
        "metric": "wiener_sachtextformel",
        "threshold": 12,
        "message": "Der Text entspricht etwa der Schulstufe 12 oder höher (Wiener Sachtextformel).",
        "reason": "Die Wiener Sachtextformel (Bamberger und Vanecek, 1984) schätzt die Schulstufe, "
        "ab der ein Sachtext verständlich ist (4 = sehr leicht, 15 = sehr schwer). Öffentliche Texte "
        "sollten möglichst darunter bleiben. Quelle: Bamberger/Vanecek (1984); WCAG 2.1 3.1.5.",
        "suggestions": "Lange Wörter mit vielen Silben ersetzen.\nSätze kürzen.",
        "good_examples": "Wir helfen Ihnen bei Fragen zur Arbeit. Die Beratung ist kostenlos. Sie können "
        "ohne Termin kommen. Wir sprechen Deutsch, Arabisch und Englisch. Bringen Sie Ihre Briefe mit.",
        "bad_examples": "Die Inanspruchnahme aufenthaltsrechtlicher Beratungsdienstleistungen erfordert "
        "grundsätzlich die vorherige Terminvereinbarung sowie die Vorlage sämtlicher "
        "entscheidungserheblicher Unterlagen einschließlich behördlicher Bescheinigungen und "
        "Identitätsnachweise entsprechend der Verwaltungsvorschriften.",
    },
    # --- Accessibility (BITV / WCAG) ------------------------------------------------------------
    {
        "code": "alt-text",
        "name": "Alternativtext fehlt oder sagt nichts",
        "kind": "alt_text",
        "severity": "warning",
        "message": "Das Bild braucht einen Alternativtext, der beschreibt, was es zeigt.",
        "reason": "Blinde Menschen hören mit dem Screenreader nur den Alternativtext. Ein "
        "Dateiname oder „Bild“ sagt nichts. Rein dekorative Bilder markieren Sie als dekorativ. "
        "Quelle: BITV 2.0 / WCAG 2.1, Erfolgskriterium 1.1.1 Nicht-Text-Inhalt.",
        "suggestions": "Beschreiben Sie in einem Satz, was das Bild zeigt.",
        "terms": "Bild\nFoto\nGrafik\nImage\nPicture\nPhoto\nAbbildung\nLogo",
        "good_examples": "Drei Frauen lernen gemeinsam Deutsch im Gemeindehaus.",
        "bad_examples": "Bild\nIMG_2041.jpg\nFoto\nDSC01234",
    },
    {
        "code": "link-text",
        "name": "Linktext „hier“ oder „mehr“",
        "kind": "link_text",
        "severity": "warning",
        "message": "Der Linktext sagt nicht, wohin der Link führt.",
        "reason": "Screenreader-Nutzende springen von Link zu Link; „hier“ oder „mehr“ sind dann "
        "ohne Sinn. Der Linktext soll das Ziel nennen, z. B. „Anmeldung zum Sprachkurs“. "
        "Quelle: BITV 2.0 / WCAG 2.1, Erfolgskriterium 2.4.4 Linkzweck.",
        "suggestions": "Anmeldung zum Sprachkurs\nProgramm der Beratungsstelle (PDF)",
        "terms": "hier\nmehr\nweiter\nhier klicken\nklicken Sie hier\nmehr erfahren\nweiterlesen\nLink\nmehr lesen",
        "good_examples": "Anmeldung zum Sprachkurs\nÖffnungszeiten der Ausländerbehörde",
        "bad_examples": "hier\nMehr\nKlicken Sie hier\nweiterlesen …",
    },
    # --- Freshness and required content ---------------------------------------------------------
    {
        "code": "offer-freshness",
        "name": "Angebot lange nicht geprüft",
        "kind": "freshness",
        "severity": "warning",
        "page_types": "offers.offerpage, offers.contactpointpage",
        "threshold": 12,
        "message": "Das Angebot wurde seit mehr als 12 Monaten nicht geprüft.",
        "reason": "Veraltete Zeiten, Adressen oder Ansprechpersonen schicken Ratsuchende ins Leere "
        "und kosten Vertrauen. Prüfen Sie die Angaben und setzen Sie das Prüfdatum neu. " + BVA,
        "suggestions": "Angaben prüfen und „zuletzt geprüft“ auf heute setzen.",
    },
    {
        "code": "offer-required",
        "name": "Angebot nennt Sprachen und Kontakt",
        "kind": "required_content",
        "severity": "warning",
        "page_types": "offers.offerpage",
        "terms": "languages\ncontact_role|contact_phone|contact_email",
        "message": "Das Angebot nennt keine Sprachen oder keinen Kontakt.",
        "reason": "Menschen, die wenig Deutsch sprechen, müssen sehen, in welchen Sprachen ein Angebot "
        "möglich ist, und wen sie fragen können. Ohne diese Angaben bleibt ein Angebot für viele "
        "unerreichbar. Quelle: Leitlinien des Kreises für kultursensible Kommunikation.",
        "suggestions": "Sprachen auswählen\nStelle, Telefon oder E-Mail angeben",
    },
    # --- Leichte Sprache ------------------------------------------------------------------------
    {
        "code": "ls-sentence-length",
        "name": "Leichte Sprache: kurze Sätze",
        "kind": "sentence_length",
        "severity": "warning",
        "languages": LEICHT,
        "threshold": 12,
        "message": "In Leichter Sprache: höchstens 12 Wörter in einem Satz.",
        "reason": "Leichte Sprache hat kurze Sätze. Jeder Satz hat nur eine Aussage. " + LS,
        "suggestions": "Machen Sie aus einem langen Satz mehrere kurze Sätze.",
        "good_examples": "Die Beratung ist kostenlos. Sie ist am Dienstag.",
        "bad_examples": "Die Beratung ist kostenlos und sie findet jeden Dienstag im Rathaus statt, "
        "wenn Sie vorher anrufen.",
    },
    {
        "code": "ls-passive",
        "name": "Leichte Sprache: kein Passiv",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "message": "Passiv: Sagen Sie, wer etwas tut.",
        "reason": "Leichte Sprache benutzt aktive Wörter: „Wir prüfen Ihren Antrag“ statt „Ihr "
        "Antrag wird geprüft“. Dann weiß man, wer handelt. " + LS,
        "suggestions": "Wir prüfen Ihren Antrag.",
        "pattern": r"\b(?:wird|werden|wurde|wurden|worden)\b(?:\s+\w+){0,4}?\s+ge\w+(?:t|en)\b",
        "good_examples": "Wir prüfen Ihren Antrag.",
        "bad_examples": "Ihr Antrag wird geprüft.\nDie Briefe werden von uns geschickt.",
    },
    {
        "code": "ls-negations",
        "name": "Leichte Sprache: keine doppelte Verneinung",
        "kind": "pattern",
        "severity": "warning",
        "languages": LEICHT,
        "message": "Zwei Verneinungen in einem Satz sind schwer zu verstehen.",
        "reason": "Leichte Sprache vermeidet Verneinungen; zwei in einem Satz („nicht ohne“, „nie "
        "keine“) sind sehr schwer. Sagen Sie es positiv. " + LS,
        "suggestions": "Sagen Sie es positiv: „Bringen Sie Ihren Ausweis mit.“",
        "pattern": r"\b(?:nicht|kein\w*|nie|niemand|nichts|ohne)\b[^.!?\n]*?\b(?:nicht|kein\w*|nie|niemand|nichts|ohne)\b",
        "good_examples": "Bringen Sie Ihren Ausweis mit.",
        "bad_examples": "Kommen Sie nicht ohne Ausweis.\nNiemand muss nichts bezahlen.",
    },
    {
        "code": "ls-number-words",
        "name": "Leichte Sprache: Zahlen als Ziffern",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "message": "Schreiben Sie Zahlen als Ziffern.",
        "reason": "In Leichter Sprache stehen Zahlen als Ziffern: „3 Kinder“ statt „drei Kinder“. "
        "Ziffern sind schneller zu erfassen. " + LS,
        "suggestions": "3 statt drei\n12 statt zwölf",
        "pattern": r"\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend)\b",
        "good_examples": "Der Kurs dauert 3 Wochen.",
        "bad_examples": "Der Kurs dauert drei Wochen.\nZwölf Menschen sind gekommen.",
    },
    {
        "code": "ls-subjunctive",
        "name": "Leichte Sprache: kein Konjunktiv",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "message": "Möglichkeitsform: Sagen Sie es direkt.",
        "reason": "Leichte Sprache vermeidet den Konjunktiv („würde“, „könnte“, „hätte“). Schreiben "
        "Sie, was ist oder was man tun kann. " + LS,
        "suggestions": "Sie können …\nWir helfen Ihnen.",
        "pattern": r"\b(?:würde|würden|würdest|könnte|könnten|hätte|hätten|wäre|wären|möchten\s+wir\s+Sie)\b",
        "good_examples": "Sie können am Montag kommen.",
        "bad_examples": "Sie könnten am Montag kommen.\nWir würden Ihnen helfen.",
    },
    {
        "code": "ls-long-words",
        "name": "Leichte Sprache: lange Wörter trennen",
        "kind": "pattern",
        "severity": "suggestion",
        "languages": LEICHT,
        "case_sensitive": True,
        "message": "Lange Wörter mit Bindestrich oder Mediopunkt trennen.",
        "reason": "Lange zusammengesetzte Wörter trennt Leichte Sprache: „Bundes-Amt“ oder "
        "„Bundes·amt“. So kann man sie besser lesen. " + LS,
        "suggestions": "Bundes-Amt\nArbeits·agentur",
        "pattern": r"\b[A-ZÄÖÜ][a-zäöüß]{15,}\b",
        "good_examples": "Das Bundes-Amt hilft Ihnen.\nDie Arbeits·agentur hilft.",
        "bad_examples": "Die Ausländerbehördenmitarbeiterin hilft.",
    },
]

# --- Word lists: person nouns (context of {Person} in phrase rules) and official names ----------

PERSON_NOUNS = """
# Menschen allgemein
Mensch
Person
Mann/Männer
Frau
Kind/Kinder
Leute
Jugendliche
Erwachsene
Baby/Babys
Säugling
Mädchen
Junge/Jungen
Senior
Seniorin
Rentner
Eltern
Mutter/Mütter
Vater/Väter
Tochter/Töchter
Sohn/Söhne
Bruder/Brüder
Schwester
Oma
Opa
Großmutter/Großmütter
Großvater/Großväter
Enkel
Familie
Angehörige
Verwandte
Bekannte
Freund
Nachbar
Partner
Ehemann/Ehemänner
Ehefrau
Witwe
Witwer
Waise
Gast/Gäste
Fremde
Einzelne
Betroffene
Beteiligte
Bedürftige
Alleinerziehende
Alleinstehende
Hinterbliebene
Minderjährige
Volljährige
# Migration und Flucht
Flüchtling
Geflüchtete
Vertriebene
Asylbewerber
Asylsuchende
Schutzsuchende
Asylberechtigte
Asylant
Migrant
Emigrant
Immigrant
Einwanderer
Zuwanderer
Auswanderer
Zugewanderte
Eingewanderte
Zugezogene
Aussiedler
Spätaussiedler
Umsiedler
Übersiedler
Heimatvertriebene
Ausländer
Inländer
Einheimische
Staatenlose
Geduldete
Eingebürgerte
Grenzgänger
Pendler
Saisonarbeiter
Gastarbeiter
Arbeitsmigrant
Sans-Papiers
Papierlose
Illegalisierte
Schleuser
Schlepper
# Herkunft und Nationalität
Deutsche
Europäer
Afrikaner
Nordafrikaner
Asiate
Araber
Orientale
Südländer
Osteuropäer
Südosteuropäer
Amerikaner
Syrer
Iraker
Iraner
Afghane
Türke
Kurde
Jeside
Eritreer
Somalier
Äthiopier
Sudanese
Nigerianer
Ghanaer
Gambier
Guineer
Senegalese
Kameruner
Kongolese
Marokkaner
Algerier
Tunesier
Libyer
Ägypter
Libanese
Palästinenser
Jordanier
Jemenit
Pakistaner
Inder
Bangladescher
Chinese
Vietnamese
Russe
Russlanddeutsche
Ukrainer
Weißrusse
Belarusse
Moldauer
Georgier
Armenier
Aserbaidschaner
Tschetschene
Pole
Tscheche
Slowake
Ungar
Rumäne
Bulgare
Serbe
Kroate
Bosnier
Albaner
Kosovare
Mazedonier
Montenegriner
Grieche
Italiener
Spanier
Portugiese
Franzose
Niederländer
Brite
Engländer
Schwede
Roma
Sinto
Sintiza
Jude
Muslim/Muslime
Moslem
Christ
Hindu
Buddhist
Atheist
# Arbeit, Ausbildung, Ämter
Arbeiter
Mitarbeiter
Angestellte
Beschäftigte
Beamte/Beamtin
Arbeitnehmer
Arbeitgeber
Arbeitskraft/Arbeitskräfte
Fachkraft/Fachkräfte
Lehrkraft/Lehrkräfte
Pflegekraft/Pflegekräfte
Hilfskraft/Hilfskräfte
Führungskraft/Führungskräfte
Reinigungskraft/Reinigungskräfte
Einsatzkraft/Einsatzkräfte
Erntehelfer
Helfer
Arbeitslose
Erwerbslose
Arbeitssuchende
Obdachlose
Wohnungslose
Selbstständige
Selbständige
Unternehmer
Händler
Verkäufer
Kaufmann/Kaufleute
Kauffrau
Handwerker
Bauer/Bauern
Landwirt
Gärtner
Bäcker
Metzger
Fleischer
Koch/Köche
Kellner
Friseur
Fahrer
Kraftfahrer
Busfahrer
Taxifahrer
Lieferant
Kurier
Monteur
Elektriker
Installateur
Maler
Maurer
Schreiner
Tischler
Schlosser
Mechaniker
Mechatroniker
Techniker
Ingenieur
Architekt
Informatiker
Programmierer
Entwickler
Wissenschaftler
Forscher
Professor
Dozent
Lehrer
Lehrende
Erzieher
Pädagoge
Sozialpädagoge
Sozialarbeiter
Streetworker
Betreuer
Berater
Coach
Trainer
Übungsleiter
Kursleiter
Leiter
Chef
Manager
Direktor
Präsident
Vorsitzende
Vorstand
Sprecher
Vertreter
Beauftragte
Bürgermeister
Landrat/Landräte
Minister
Abgeordnete
Politiker
Richter
Anwalt/Anwälte
Rechtsanwalt/Rechtsanwälte
Notar
Jurist
Polizist
Beamter
Soldat
Feuerwehrmann/Feuerwehrleute
Sanitäter
Arzt/Ärzte/Ärztin
Zahnarzt/Zahnärzte
Hausarzt/Hausärzte
Kinderarzt/Kinderärzte
Pfleger
Krankenpfleger
Altenpfleger
Hebamme
Apotheker
Therapeut
Psychologe
Psychotherapeut
Dolmetscher
Übersetzer
Sprachmittler
Kulturmittler
Integrationslotse
Lotse
Journalist
Redakteur
Reporter
Fotograf
Künstler
Musiker
Sänger
Schauspieler
Autor
Schriftsteller
Sportler
Spieler
Azubi
Auszubildende
Lehrling
Praktikant
Student
Studierende
Schüler
Absolvent
Abiturient
Doktorand
Teilnehmer
Teilnehmende
Lernende
Kursteilnehmer
Bewerber
Antragsteller
Kunde
Klient
Patient
Besucher
Nutzer
Benutzer
Verbraucher
Mieter
Vermieter
Eigentümer
Bewohner
Einwohner
Anwohner
Bürger
Mitbürger
Wähler
Steuerzahler
Empfänger
Leistungsempfänger
Leistungsberechtigte
Berechtigte
Versicherte
Ehrenamtliche
Freiwillige
Engagierte
Unterstützer
Spender
Pate
Mentor
Ansprechpartner
Ansprechperson
Interessent
Zuschauer
Zuhörer
Leser
Gründer
Mitglied/Mitglieder
Kollege
Experte
Fachmann/Fachleute
Laie
Anfänger
Fortgeschrittene
Einsteiger
Neuling
Tourist
Reisende
Urlauber
Pilger
# Recht, Strafe, Polizeimeldungen
Täter
Tatverdächtige
Verdächtige
Beschuldigte
Angeklagte
Verurteilte
Straftäter
Gefangene
Häftling
Insasse
Opfer
Zeuge
Kriminelle
Dieb
Räuber
Einbrecher
Betrüger
Schmarotzer
Extremist
Terrorist
Islamist
Gefährder
Aktivist
Rassist
Faschist
Populist
Lobbyist
Sozialist
Kommunist
Spezialist
Pianist
Gitarrist
Solist
Florist
Artist
Statist
Analyst
Zivilist
Minimalist
Demonstrant
Typ/Typen
Kerl
# Endungen, die (fast) immer Menschen bezeichnen
*erin
*erinnen
*ling
*eur
*ologe
*ierende
*suchende
*nehmende
*lernende
*reisende
*erziehende
*pflegende
*flüchtete
*wanderte
*siedelte
*triebene
*gehörige
*berechtigte
*beschäftigte
*angestellte
# Keine Menschen, obwohl die Endung passt
!Frühling
!Schmetterling
!Sperling
!Engerling
!Setzling
!Steckling
!Findling
!Pfifferling
!Schilling
!Keimling
!Sämling
!Rohling
!Bratling
!Gründling
!Stichling
!Bückling
!Frischling
!Erstling
!Schössling
!Messing
!Malheur
!Interieur
!Prolog
!Epilog
!Monolog
!Katalog
!Glyzerin
!Glycerin
!Vitrine
!Terrine
!Kabine
!Typologe
!Dialog
!Urkunde
!Sekunde
!Metropole
!Schenkel
!Europa
!Zylinder
!Fahrzeug
!Werkzeug
!Flugzeug
!Spielzeug
!Feuerzeug
!Schlagzeug
!Angebot
"""

OFFICIAL_NAMES = """
# Bundes- und Landesbehörden, Ämter
Bundesamt für Migration und Flüchtlinge
Bundesagentur für Arbeit
Agentur für Arbeit
Ausländerbehörde
Ausländeramt
Ausländerzentralregister
Zentrale Ausländerbehörde
Landesaufnahmebehörde
Landesamt für Flüchtlingsangelegenheiten
Landesamt für Einwanderung
Landesamt für Migration und Flüchtlinge
Bundesamt für Auswärtige Angelegenheiten
Auswärtiges Amt
Jobcenter
Bürgerbüro
Bürgeramt
Bürgerservice
Sozialamt
Jugendamt
Ausländerbeirat
Ausländerbeauftragte
Migrationsbeirat
Integrationsbeirat
Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration
Bundesbeauftragte für Migration, Flüchtlinge und Integration
Landesbeauftragte für Migration und Integration
Behindertenbeauftragte
Behindertenbeirat
Schwerbehindertenvertretung
Schwerbehindertenausweis
Bürgermeisteramt
Bürgerstiftung
Bürgerverein
Bürgerinitiative
Bürgerhaus
Bürgerzentrum
Bürgersprechstunde
Bürgergeld
Bürgerentscheid
Bürgerbegehren
Arbeiter-Samariter-Bund
Arbeiterwohlfahrt
# Gesetze und Verordnungen
Asylbewerberleistungsgesetz
Aufenthaltsgesetz
Asylgesetz
Asylverfahrensgesetz
Staatsangehörigkeitsgesetz
Freizügigkeitsgesetz
Beschäftigungsverordnung
Integrationskursverordnung
Fachkräfteeinwanderungsgesetz
Chancen-Aufenthaltsrecht
Bundesvertriebenengesetz
Ausländerrecht
Ausländergesetz
Genfer Flüchtlingskonvention
Flüchtlingskonvention
Behindertengleichstellungsgesetz
Behindertenrechtskonvention
UN-Behindertenrechtskonvention
Sozialgesetzbuch
# Organisationen und Programme
Flüchtlingsrat
Flüchtlingshilfe
Flüchtlingshilfswerk
UNO-Flüchtlingshilfe
UN-Flüchtlingshilfswerk
Hoher Flüchtlingskommissar der Vereinten Nationen
Hohes Flüchtlingskommissariat der Vereinten Nationen
Flüchtlingskommissariat
Malteser Migranten Medizin
Initiative Schwarze Menschen in Deutschland
Flüchtlingsschutz
Flüchtlingseigenschaft
Flüchtlingsanerkennung
Flüchtlingsausweis
Flüchtlingsberatung
Flüchtlingssozialarbeit
Flüchtlingsunterkunft
Flüchtlingsaufnahme
Flüchtlingsaufnahmegesetz
Weltflüchtlingstag
Tag des Flüchtlings
Pro Asyl
Jugendmigrationsdienst
Migrationsberatung für erwachsene Zuwanderer
Migrationsdienst
Integrationskurs
Integrationskurs für Zuwanderer
Berufssprachkurs
Bundesprogramm
Ausländerbehörden
Mitarbeitervertretung
Lebenshilfe
Aktion Mensch
Caritas
Diakonie
Der Paritätische
Deutsches Rotes Kreuz
Zentralrat Deutscher Sinti und Roma
Verband Deutscher Sinti und Roma
Neue deutsche Medienmacher
Interkulturelle Woche
Woche gegen Rassismus
Internationale Wochen gegen Rassismus
Haus der Kulturen
Bündnis für Demokratie und Toleranz
Mohren-Apotheke
"""

WORD_LISTS = [
    {
        "name": "Personenbezeichnungen (Grundbestand)",
        "purpose": "person_nouns",
        "entries": PERSON_NOUNS.strip(),
    },
    {
        "name": "Amtliche Namen (Grundbestand)",
        "purpose": "official_names",
        "entries": OFFICIAL_NAMES.strip(),
    },
]
