#!/usr/bin/env python3
"""Updates po/en.po from po/samenkaart.pot with the English texts below.

Dutch is the source language; this table is the English UI. Run
`ninja -C build samenkaart-pot` first, then this script (needs
python3-polib). tests/test-translations.sh fails when a string is missing.
"""
import pathlib
import polib

EN = {
    "er staat een teken dat niet in JSON hoort (op positie %lu)":
        "there is a character that does not belong in JSON (at position %lu)",
    "De sessie “%s” is alleen-lezen: Samenkaart mag dit bestand niet wijzigen. U kunt haar wel bekijken; om verder te werken, bewaar een kopie in een map waarin u mag schrijven.":
        "The session “%s” is read-only: Samenkaart may not change this file. You can still look at it; to go on working, save a copy in a folder you may write in.",
    "In de map “%s” mag Samenkaart niet schrijven, en naast de sessie “%s” moet een logboek komen. U kunt haar wel bekijken; om verder te werken, kopieer haar naar een map waarin u mag schrijven.":
        "Samenkaart may not write in the folder “%s”, and a log has to go next to the session “%s”. You can still look at it; to go on working, copy it to a folder you may write in.",
    "De rand van %s kruist zichzelf of omsluit niets: zet de hoeken rondom, in volgorde.":
        "The outline of %s crosses itself or encloses nothing: put the corners around it, in order.",
    "De getekende %s van %s is %.0f %s; dat moet tussen %.0f en %.0f %s liggen. Teken het opnieuw.":
        "The drawn %s of %s is %.0f %s; it must be between %.0f and %.0f %s. Draw it again.",
    "De afstanden worden berekend…":
        "Working out the distances…",
    "Uit “%s” is niets nieuws samengevoegd": "Nothing new was merged from “%s”",
    "De ideeën zijn in een ander programma veranderd; de kaart toont nu wat er in de sessie staat.":
        "The ideas were changed in another program; the map now shows what the session holds.",
    "…(ingekort)": "…(shortened)",
    "De sessie “%s” kon niet worden gelezen: %s. Er is niets veranderd; sluit de sessie en open haar opnieuw.":
        "The session “%s” could not be read: %s. Nothing was changed; close the session and open it again.",
    "De schijf is vol: de sessie “%s” kon niet worden gemaakt en er is niets geschreven. Maak ruimte vrij of kies een andere schijf.":
        "The disk is full: the session “%s” could not be made and nothing was written. Free up space or choose another disk.",
    "De sessie “%s” kon niet worden gemaakt; er is niets geschreven. Controleer of er ruimte vrij is en of u in die map mag schrijven.":
        "The session “%s” could not be made; nothing was written. Check that there is free space and that you may write in that folder.",
    "De geschiedenis kon niet worden gelezen: %s":
        "The history could not be read: %s",
    "Uit “%s” is niets nieuws samengevoegd: het ene onderdeel stond er al in.":
        ("Nothing new was merged from “%s”: its one item was already here.",
         "Nothing new was merged from “%s”: all %u items were already here."),
    "%u nieuw idee": ("%u new idea", "%u new ideas"),
    "%u opmerking": ("%u comment", "%u comments"),
    "%u stem": ("%u vote", "%u votes"),
    "%u toegevoegde voorziening": ("%u added facility", "%u added facilities"),
    " en ": " and ",
    " uit “%s” samengevoegd": " merged from “%s”",
    "; %u idee was daar later gewijzigd en is bijgewerkt":
        ("; %u idea was changed there later and has been updated",
         "; %u ideas were changed there later and have been updated"),
    "; %u stond er al in": ("; %u was already here", "; %u were already here"),
    "“%s” is deze sessie zelf; een sessie kan niet met zichzelf worden samengevoegd. Kies de bestanden van de andere gesprekken.":
        "“%s” is this session itself; a session cannot be merged with itself. Choose the files of the other conversations.",
    "De laatste stap is het samenvoegen van “%s”; dat kan niet ongedaan worden gemaakt, en wat daarvoor gebeurde blijft dus ook staan. Verwijder de ideeën die u niet wilt houden één voor één.":
        "The last step merged “%s”; that cannot be undone, so what happened before it stays as well. Delete the ideas you do not want to keep one by one.",
    "een andere sessie": "another session",
    "niet volledig bekend":
        "not completely known",
    "de status “%s” van “%s” moet “bekend”, “geen”, “onbekend” of “onvolledig” zijn":
        "the status “%s” of “%s” must be “bekend”, “geen”, “onbekend” or “onvolledig”",
    "“%s” staat op “%s”, maar er staat geen voorziening van die soort in deze kern":
        "“%s” is set to “%s”, but there is no facility of that kind in this village",
    "niet te toetsen: voorzieningen niet (volledig) bekend":
        "cannot be checked: facilities not (completely) known",
    "\nVoorzieningen per kern: wat de regio weet (tussen haakjes: hoeveel er in de data staan).\n":
        "\nFacilities per village: what the region knows (in brackets: how many are in the data).\n",
    "niet te toetsen: app hoger, maar de voorzieningen staan samen op het punt van de kern (adressen niet geplaatst)":
        "cannot be checked: the app is higher, but the facilities share the village's point (addresses not placed)",
    "De sessie “%s” is in gebruik door een ander programma. Probeer het zo opnieuw; er is niets veranderd.":
        "The session “%s” is in use by another program. Try again in a moment; nothing was changed.",
    "De sessie “%s” is niet beschadigd, maar het laatste werk staat nog in “%s” ernaast, en Samenkaart mag niet schrijven in de map “%s”. Kopieer beide bestanden naar een map waarin u mag schrijven (bijvoorbeeld Documenten) en open de sessie daar.":
        "The session “%s” is not damaged, but the latest work is still in “%s” next to it, and Samenkaart may not write in the folder “%s”. Copy both files to a folder you may write in (Documents, for example) and open the session there.",
    "“%s” kan niet worden geschreven: %s":
        "“%s” cannot be written: %s",
    "dat is een map. Kies een bestandsnaam in die map":
        "that is a folder. Choose a file name in that folder",
    "dat is een koppeling naar een ander bestand. Kies het bestand zelf of een andere naam":
        "that is a link to another file. Choose the file itself or another name",
    "dat is geen gewoon bestand (maar een apparaat of een pijp). Kies een andere naam":
        "that is not an ordinary file (but a device or a pipe). Choose another name",
    "“%s” kan niet worden geschreven: de map “%s” bestaat niet. Kies een map die er is.":
        "“%s” cannot be written: the folder “%s” does not exist. Choose a folder that does.",
    'Het regiobestand':
        'The region file',
    'Het toolboxbestand':
        'The toolbox file',
    'een tekst bij “%s” bevat een \\ die niet mag (op positie %lu); schrijf \\\\ voor een \\':
        'a text at “%s” holds a \\ that is not allowed (at position %lu); write \\\\ for a \\',
    '“kind” in de properties moet een tekst zijn, zoals "pluktuin"':
        '“kind” in the properties must be a text, such as "pluktuin"',
    'een tekst bij “%s” bevat \\u0000 (een NUL-teken); haal het weg':
        'a text at “%s” holds \\u0000 (a NUL character); take it out',
    'een tekst bij “%s” bevat een \\u zonder vier hexadecimale cijfers':
        'a text at “%s” holds a \\u without four hexadecimal digits',
    'een tekst bij “%s” bevat een half teken (\\u%.4s, een losse surrogaat); schrijf het teken zelf of het hele paar':
        'a text at “%s” holds half a character (\\u%.4s, a lone surrogate); write the character itself or the whole pair',
    'het getal %s bij “%s” is te groot om te lezen':
        'the number %s at “%s” is too large to read',
    'de tekst is leeg: er staat geen JSON in':
        'the text is empty: it holds no JSON',
    'de tekst is geen geldige UTF-8 (op positie %lu); bewaar het bestand als UTF-8':
        'the text is not valid UTF-8 (at position %lu); save the file as UTF-8',
    'een tekst (vanaf positie %lu) heeft geen afsluitend aanhalingsteken':
        'a text (from position %lu) has no closing quotation mark',
    'er staat geen JSON-waarde in de tekst':
        'the text holds no JSON value',
    'De sessie':
        'The session',
    'Het plan':
        'The plan',
    'punt':
        'point',
    'lijn':
        'line',
    'vlak':
        'area',
    'onbekende vorm':
        'unknown shape',
    'Ingreep %lld is een %s op de kaart; een nieuwe vorm moet dat ook zijn, geen %s.':
        'Intervention %lld is a %s on the map; a new shape must be one too, not a %s.',
    'De sessie “%s” is beschadigd: de vorm op de kaart van ingreep %lld (%s) klopt niet. Open een reservekopie; dit bestand is niet veranderd.':
        'The session “%s” is damaged: the shape on the map of intervention %lld (%s) is not valid. Open a backup; this file was not changed.',
    '%s is een lijn: geef een geometrie van type LineString met twee of meer punten [lon, lat]':
        '%s is a line: give a geometry of type LineString with two or more points [lon, lat]',
    '%s is een vlak: geef een geometrie van type Polygon met een ring van punten [lon, lat]':
        '%s is an area: give a geometry of type Polygon with a ring of points [lon, lat]',
    '%s is een punt: geef een geometrie van type Point met [lon, lat]':
        '%s is a point: give a geometry of type Point with [lon, lat]',
    'Het veld “%s” moet een geheel getal groter dan 0 zijn, zonder aanhalingstekens of komma, zoals 3.':
        'The field “%s” must be a whole number above 0, without quotation marks or a decimal point, such as 3.',
    'Het veld “%s” moet een tekst tussen aanhalingstekens zijn.':
        'The field “%s” must be a text in quotation marks.',
    'De waarden (params) kloppen niet: %s':
        'The values (params) are not right: %s',
    'Deze regel klopt niet: %s.':
        'This line is not right: %s.',
    '%s is %s, geen getal; kies een getal van %g tot %g':
        '%s is %s, not a number; choose a number from %g to %g',
    '%s “%s” kan niet worden geopend: de snelkoppelingen (symlinks) verwijzen in een kring naar elkaar. Kies het bestand zelf.':
        '%s “%s” cannot be opened: the symbolic links point to each other in a loop. Choose the file itself.',
    '%s “%s” mag u niet lezen. Vraag de eigenaar om leesrechten of kies een kopie.':
        '%s “%s” may not be read by you. Ask the owner for read permission or choose a copy.',
    '%s “%s” is een snelkoppeling naar een bestand dat niet (meer) bestaat. Kies het bestand zelf.':
        '%s “%s” is a symbolic link to a file that does not exist (any more). Choose the file itself.',
    '%s “%s” bestaat niet. Controleer de naam en de map.':
        '%s “%s” does not exist. Check the name and the folder.',
    '%s “%s” is een map, geen bestand. Kies een bestand in die map.':
        '%s “%s” is a folder, not a file. Choose a file in that folder.',
    '%s “%s” is geen gewoon bestand. Kies een bestand.':
        '%s “%s” is not a regular file. Choose a file.',
    'De map “%s” bestaat niet, dus “%s” kan daar niet worden geschreven. Maak de map eerst of kies een andere.':
        'The folder “%s” does not exist, so “%s” cannot be written there. Make the folder first or choose another.',
    '“%s” is geen map, dus “%s” kan daar niet worden geschreven. Kies een map.':
        '“%s” is not a folder, so “%s” cannot be written there. Choose a folder.',
    "er staat een NUL-teken in de tekst (op positie %lu)":
        "the text holds a NUL character (at position %lu)",
    "na de eerste JSON-waarde staat nog iets (op positie %lu); zet één waarde per regel of bestand":
        "there is more after the first JSON value (at position %lu); put one value on each line or in each file",
    "de tekst is te groot (%lu bytes; hoogstens %lu)":
        "the text is too large (%lu bytes; at most %lu)",
    "de JSON is dieper genest dan %d niveaus":
        "the JSON is nested deeper than %d levels",
    "reken een plan door: MKBA, bereikbaarheid, randvoorwaarden":
        "evaluate a plan: cost-benefit analysis, reachability, conditions",
    "onbekende naam":
        "unknown name",
    "dit onderdeel moet een lijst zijn":
        "this entry must be a list",
    "elk onderdeel moet “kind” en “benefit” hebben":
        "every entry must have “kind” and “benefit”",
    "het veld “new_trips” ontbreekt":
        "the field “new_trips” is missing",
    "%u ingrepen, prijzen van %d, discontovoet %.2f %%, %d jaar.\n":
        "%u interventions, prices of %d, discount rate %.2f %%, %d years.\n",
    "Saldo (netto contante waarde): € %.0f (van € %.0f tot € %.0f).\n":
        "Balance (net present value): € %.0f (from € %.0f to € %.0f).\n",
    "Baten gedeeld door kosten: %.2f.\n":
        "Benefits divided by costs: %.2f.\n",
    "Waarvan reistijdwinst: € %.0f.\n":
        "Of which travel time saved: € %.0f.\n",
    "Subsidie uit het gebiedsfonds (aanname %.0f %%): € %.0f.\n":
        "Subsidy from the area fund (assumption %.0f %%): € %.0f.\n",
    "Niet in euro’s (PM): %u posten.\n":
        "Not in euros (PM): %u items.\n",
    "De discontovoet moet tussen 0 en 20 procent liggen.":
        "The discount rate must be between 0 and 20 percent.",
    "De looptijd moet tussen 1 en 200 jaar liggen.":
        "The horizon must be between 1 and 200 years.",
    "De regio (anders die van de sessie, of reestdal)":
        "The region (otherwise the session's, or reestdal)",
    "Discontovoet in procent (2,25)":
        "Discount rate in percent (2.25)",
    "PROCENT":
        "PERCENT",
    "Looptijd in jaren (100; ook 30 of 50)":
        "Horizon in years (100; also 30 or 50)",
    "JAREN":
        "YEARS",
    "PLAN — reken een plan door":
        "PLAN — evaluate a plan",
    "PLAN is een sessiebestand (.samenkaart) of een GeoJSON FeatureCollection met de soort ingreep in properties.kind. Zie docs/evaluate.md.":
        "PLAN is a session file (.samenkaart) or a GeoJSON FeatureCollection with the kind of intervention in properties.kind. See docs/evaluate.md.",
    "Geef één plan op: een sessie of GeoJSON.":
        "Give one plan: a session or GeoJSON.",
    "Object %u in het plan klopt niet: %s":
        "Object %u in the plan is not right: %s",
    "%s is %g; kies een getal van %g tot %g":
        "%s is %g; choose a number from %g to %g",
    "het heeft geen “properties”":
        "it has no “properties”",
    "“kind” ontbreekt in de properties":
        "“kind” is missing from the properties",
    "de toolbox kent “%s” niet":
        "the toolbox does not know “%s”",
    "de geometrie moet een geldige %s zijn, zoals een %s nodig heeft":
        "the geometry must be a valid %s, as a %s needs",
    "“%s” is geen GeoJSON FeatureCollection.":
        "“%s” is not a GeoJSON FeatureCollection.",
    "Let op: %u ingrepen uit de sessie konden niet worden gelezen en tellen niet mee.\n":
        "Note: %u interventions in the session could not be read and do not count.\n",
    "Voorzieningen die pas met het plan bereikbaar worden (reistijd niet in euro’s)":
        "Facilities that only the plan brings within reach (travel time not in euros)",
    "Samenkaart": "Samenkaart",
    "Samen plannen op de kaart": "Plan together on the map",
    "Zet ideeën voor uw dorp op de kaart en zie meteen wat ze kosten en opleveren":
        "Put ideas for your village on the map and see at once what they cost and bring",
    "kaart;dorp;leefbaarheid;MKBA;participatie;bereikbaarheid;map;village;":
        "map;village;liveability;cost-benefit;participation;accessibility;kaart;dorp;",
    "Samen plannen op de kaart van uw dorp": "Plan together on the map of your village",
    "Samenkaart is de tafel waaraan bewoners, boeren, ondernemers en ambtenaren in Drenthe en Overijssel samen plannen maken voor hun dorpen. U zet ideeën uit een gereedschapskist op de kaart en ziet meteen wat ze doen voor de bereikbaarheid van voorzieningen en wat ze de samenleving kosten en opleveren.":
        "Samenkaart is the table where residents, farmers, entrepreneurs and officials in Drenthe and Overijssel make plans for their villages together. You put ideas from a toolbox on the map and see at once what they do for the reachability of facilities, and what they cost and bring to society.",
    "Samenkaart werkt zonder internet: de kaart van het Reestdal zit er al in.":
        "Samenkaart works without internet: the map of the Reest valley is built in.",
    "De makers van Samenkaart": "The Samenkaart developers",
    "Het Reestdal, zonder internet getekend uit de eigen gegevens van de regio":
        "The Reest valley, drawn without internet from the region's own data",
    "Eerste versie: het hoofdvenster met de kaart van het Reestdal zonder internet, achtergrondkaarten van PDOK en OpenStreetMap, en MBTiles-bestanden.":
        "First version: the main window with the offline map of the Reest valley, base maps from PDOK and OpenStreetMap, and MBTiles files.",
    "Breedte van het venster": "Window width",
    "Hoogte van het venster": "Window height",
    "Venster gemaximaliseerd": "Window maximized",
    "Achtergrondkaart": "Base map",
    "offline: getekend uit de eigen gegevens van de regio. pdok: PDOK BRT-Achtergrondkaart (internet). osm: OpenStreetMap (internet). mbtiles: het bestand in mbtiles-path.":
        "offline: drawn from the region's own data. pdok: PDOK BRT-Achtergrondkaart (internet). osm: OpenStreetMap (internet). mbtiles: the file in mbtiles-path.",
    "MBTiles-bestand als achtergrondkaart": "MBTiles file used as base map",
    "Pad van de laatst geopende sessie": "Path of the session opened last",
    "Regio die u ziet als er geen sessie open is": "Region shown when no session is open",
    "De naam van een ingebouwde regio of het pad van een regiobestand.":
        "The name of a built-in region or the path of a region file.",
    "Uitvoer als JSON": "Output as JSON",
    "REGIO — toon wat een regio bevat": "REGION — show what a region holds",
    "Geef één regio op: een bestand of een naam.": "Give one region: a file or a name.",
    "%zu kernen, %ld inwoners, %zu voorzieningen, %zu lijnen, %zu bronnen\n":
        "%zu villages and towns, %ld inhabitants, %zu facilities, %zu lines, %zu sources\n",
    "toon wat een regio bevat": "show what a region holds",
    "Gebruik: samenkaart-cli OPDRACHT [OPTIES…]": "Usage: samenkaart-cli COMMAND [OPTIONS…]",
    "Onbekende opdracht “%s”.\n": "Unknown command “%s”.\n",
    ("thousands separator", "."): ",",
    ("decimal separator", ","): ".",
    "Het regiobestand “%s” klopt niet: %s: %s": "The region file “%s” is not valid: %s: %s",
    "Het regiobestand “%s” klopt niet: %s": "The region file “%s” is not valid: %s",
    "het veld “%s” ontbreekt": "the field “%s” is missing",
    "het veld “%s” moet tekst zijn": "the field “%s” must be text",
    "het veld “%s” is leeg": "the field “%s” is empty",
    "het veld “%s” moet een getal zijn": "the field “%s” must be a number",
    "het veld “%s” is %g, maar moet tussen %g en %g liggen":
        "the field “%s” is %g, but must lie between %g and %g",
    "het veld “%s” moet een heel getal van 0 of meer zijn":
        "the field “%s” must be a whole number of 0 or more",
    "de bron “%s” staat niet in de lijst “sources”": "the source “%s” is not in the list “sources”",
    "het veld “%s” moet een lijst zijn": "the field “%s” must be a list",
    "dit onderdeel moet een object zijn": "this entry must be an object",
    "bron": "source",
    "de lijst “%s” is leeg": "the list “%s” is empty",
    "kern": "village",
    "de id “%s” komt twee keer voor": "the id “%s” is used twice",
    "voorziening": "facility",
    "“%s” is geen bekend soort voorziening": "“%s” is not a known kind of facility",
    "de kern “%s” bestaat niet": "the village “%s” does not exist",
    "het veld “%s” moet “exact” of “kern” zijn": "the field “%s” must be “exact” or “kern”",
    "een lijn heeft minstens twee punten nodig": "a line needs at least two points",
    "het veld “%s” moet “exact”, “postcode” of “kern” zijn":
        "the field “%s” must be “exact”, “postcode” or “kern”",
    "punt %u moet [lengtegraad, breedtegraad] zijn": "point %u must be [longitude, latitude]",
    "punt %u ligt niet op aarde": "point %u does not lie on the earth",
    "“%s” is geen bekend soort lijn": "“%s” is not a known kind of line",
    "het bestand moet één JSON-object bevatten": "the file must hold one JSON object",
    "het schema “%s” wordt niet ondersteund (verwacht: “%s”)":
        "the schema “%s” is not supported (expected: “%s”)",
    "waterloop": "waterway",
    "weg": "road",
    "Het regiobestand “%s” is beschadigd: %s": "The region file “%s” is damaged: %s",
    "Het regiobestand “%s” kan niet worden gelezen: %s": "The region file “%s” cannot be read: %s",
    "Er is geen regiobestand of ingebouwde regio met de naam “%s”":
        "There is no region file or built-in region called “%s”",
    "Het kaartbestand “%s” bestaat niet.": "The map file “%s” does not exist.",
    "Het kaartbestand “%s” kan niet worden geopend: %s": "The map file “%s” cannot be opened: %s",
    "“%s” is geen MBTiles-kaartbestand: er is geen tabel met tegels.":
        "“%s” is not an MBTiles map file: it has no table of tiles.",
    "Het kaartbestand kan niet worden gelezen: %s": "The map file cannot be read: %s",
    "pagina %d": "page %d",
    "Het verslag “%s” kan niet worden geschreven: %s": "The report “%s” cannot be written: %s",
    "aanname: %s": "assumption: %s",
    "bron: %s": "source: %s",
    "%s: %g %s (%g–%g); %s": "%s: %g %s (%g–%g); %s",
    "Snelheid (%s)": "Speed (%s)",
    "Omrijden (%s)": "Detour (%s)",
    "Norm (%s)": "Norm (%s)",
    "Waar de dorpen en voorzieningen vandaan komen, staat onder “Deze regio” → “Bronnen”.":
        "Where the villages and facilities come from is under “This region” → “Sources”.",
    "%.0f min": "%.0f min",
    "%.1f km": "%.1f km",
    "niet te bereiken": "cannot be reached",
    "%s: er is er geen in de regio.": "%s: there is none in the region.",
    "%s: %.0f %% van de inwoners is er binnen %.0f minuten.":
        "%s: %.0f %% of the inhabitants can get there within %.0f minutes.",
    "Gemiddeld %.0f minuten per inwoner.": "On average %.0f minutes per inhabitant.",
    "Geschat: de afstand in rechte lijn, met wat omrijden erbij. Er is voor deze regio nog geen wegennet ingelezen.":
        "Estimated: the straight-line distance, plus some detour. No road network has been imported for this region yet.",
    "Berekend over het wegennet.": "Computed over the road network.",
    "De afstanden kunnen niet worden berekend.": "The distances cannot be computed.",
    "Hoe ver is het?": "How far is it?",
    "Waar komen deze cijfers vandaan?": "Where do these figures come from?",
    "Naar welke voorziening?": "To which facility?",
    "Hoe reist u?": "How do you travel?",
    "Wat uw ideeën kosten en opleveren, ziet u hier zodra u iets op de kaart zet.":
        "What your ideas cost and bring shows here as soon as you put something on the map.",
    "%.1f km · was %.0f min": "%.1f km · was %.0f min",
    "Gemiddeld %.0f minuten per inwoner. Zonder het plan: %.0f %%.":
        "On average %.0f minutes per inhabitant. Without the plan: %.0f %%.",
    "Ongedaan maken (Ctrl+Z)": "Undo (Ctrl+Z)",
    "Opnieuw doen (Ctrl+Shift+Z)": "Redo (Ctrl+Shift+Z)",
    "Zoek een idee": "Search for an idea",
    "Sleep een idee naar de kaart, of tik erop en tik dan op de kaart.":
        "Drag an idea onto the map, or tap it and then tap the map.",
    "Verwijderd. Met Ongedaan maken komt het terug.": "Removed. Undo brings it back.",
    "_Verwijderen": "_Remove",
    "%s: tik op de kaart waar die moet komen (of Spatie: midden).":
        "%s: tap the map where it should go (or Space: the centre).",
    "%s: tik op de kaart voor elke hoek. Dubbeltik of Enter: klaar. Esc: stoppen.":
        "%s: tap the map for every corner. Double-tap or Enter: done. Esc: stop.",
    "Gemeten op de kaart": "Measured on the map",
    "Voorwaarden: %u van de %u": "Conditions: %u of %u",
    "Gemeten; gewoon is %s tot %s %s. Klopt de tekening?": "Measured; usual is %s to %s %s. Is the drawing right?",
    "%g tot %g %s": "%g to %g %s",
    "Naam": "Name",
    "Notitie": "Note",
    "Het plan heeft al een ingreep met nummer %s.": "The plan already has an intervention numbered %s.",
    "De gereedschapskist kent “%s” niet.": "The toolbox does not know “%s”.",
    "Niet bewaard: %s": "Not saved: %s",
    "%s Uw nieuwe werk komt in een nieuwe sessie.": "%s Your new work goes into a new session.",
    "Sessie van %s": "Session of %s",
    "Deze sessie is gemaakt op de regio “%s”, niet op %s.": "This session was made on the region “%s”, not on %s.",
    "De gegevens van deze regio zijn veranderd sinds de sessie. De afstanden kunnen anders zijn dan toen.":
        "The data of this region has changed since the session. Distances may differ from then.",
    "Ideeën op de kaart": "Ideas on the map",
    "Zetten in het midden van de kaart (of een hoek toevoegen)": "Place at the centre of the map (or add a corner)",
    "Lijn of vlak afmaken": "Finish a line or area",
    "Laatste hoek weghalen": "Remove the last corner",
    "Stoppen met tekenen": "Stop drawing",
    "Gekozen idee verschuiven": "Move the selected idea",
    "Gekozen idee verwijderen": "Remove the selected idea",
    "Ongedaan maken": "Undo",
    "Opnieuw doen": "Redo",
    "Baten per euro kosten: %s": "Benefits per euro of cost: %s",
    "Aanname: %.0f %% van de meerwaarde (de bron noemt geen percentage)":
        "Assumption: %.0f %% of the added value (the source gives no percentage)",
    "Kosten (contante waarde)": "Costs (present value)",
    "Baten (contante waarde)": "Benefits (present value)",
    "Subsidie uit het gebiedsfonds": "Subsidy from the area fund",
    "betaalt meer dan het krijgt": "pays more than it gets",
    "krijgt meer dan het betaalt": "gets more than it pays",
    "Ook belangrijk, maar niet in euro’s: ": "Also important, but not in euros: ",
    "Saldo: %s": "Net value: %s",
    "Tussen %s en %s, met de lage en de hoge kengetallen.": "Between %s and %s, with the low and the high figures.",
    "Voor de laatste wijziging: %s": "Before the last change: %s",
    "Maatschappelijke kosten-batenanalyse volgens de Algemene leidraad (CPB/PBL 2013): alle kosten en baten over %d jaar, teruggerekend naar nu met %g %% per jaar (de standaard sinds 2021). Investeringen worden aan het eind van hun levensduur opnieuw gedaan. Bij elk idee staat in de gereedschapskist waar een bedrag vandaan komt; de meeste zijn nog aannames.":
        "Social cost-benefit analysis following the Algemene leidraad (CPB/PBL 2013): all costs and benefits over %d years, discounted to today at %g %% a year (the standard since 2021). Investments are made again at the end of their lifetime. The toolbox shows for every idea where an amount comes from; most are still assumptions.",
    "Wat kost het, wat levert het op?": "What does it cost, what does it bring?",
    "Hoe wordt dit berekend?": "How is this computed?",
    "Zet een idee op de kaart. Dan ziet u hier wat het de samenleving kost en oplevert.":
        "Put an idea on the map. Then you see here what it costs and brings to society.",
    "Huisarts": "GP",
    "Apotheek": "Pharmacy",
    "Huisartsenpost": "Out-of-hours GP",
    "Ziekenhuis": "Hospital",
    "Basisschool": "Primary school",
    "Middelbare school": "Secondary school",
    "Kinderopvang": "Childcare",
    "Supermarkt": "Supermarket",
    "Treinstation": "Railway station",
    "Bushalte": "Bus stop",
    "Dorpshuis of ontmoetingsplek": "Village hall or meeting place",
    "Sport": "Sport",
    "Bibliotheek": "Library",
    "Groen en buiten": "Green space",
    "Werkplaats": "Workshop",
    "Zorg in het dorp": "Care in the village",
    "Mobiliteitshub": "Mobility hub",
    "Lopen": "Walking",
    "Fiets": "Bicycle",
    "E-bike": "E-bike",
    "Auto": "Car",
    "_Sluiten": "_Close",
    "De regio kan niet worden geopend": "The region cannot be opened",
    "%s\n\nU ziet nu de ingebouwde regio %s.": "%s\n\nYou now see the built-in region %s.",
    "Samen plannen op de kaart van uw dorp: zie meteen wat ideeën kosten en opleveren.":
        "Plan together on the map of your village: see at once what ideas cost and bring.",
    "translator-credits": "The Samenkaart developers",
    "De regio: een regiobestand of de naam van een ingebouwde regio":
        "The region: a region file or the name of a built-in region",
    "REGIO": "REGION",
    "Begin op dit zoomniveau (6 tot 18) in plaats van de hele regio":
        "Start at this zoom level (6 to 18) instead of the whole region",
    "NIVEAU": "LEVEL",
    "Toon de versie": "Show the version",
    "Eigen kaart (zonder internet)": "Built-in map (no internet)",
    "Kaart getekend uit de brongegevens van de regio, deels schematisch":
        "Map drawn from the region's source data, partly schematic",
    "PDOK Achtergrondkaart": "PDOK base map",
    "Kaartgegevens © Kadaster (BRT-Achtergrondkaart, CC BY 4.0)":
        "Map data © Kadaster (BRT-Achtergrondkaart, CC BY 4.0)",
    "OpenStreetMap": "OpenStreetMap",
    "© OpenStreetMap-bijdragers": "© OpenStreetMap contributors",
    "Er is nog geen MBTiles-kaartbestand gekozen.": "No MBTiles map file has been chosen yet.",
    "%s inwoners (%d)": "%s inhabitants (%d)",
    "%s inwoners": "%s inhabitants",
    "Aantal inwoners onbekend": "Number of inhabitants unknown",
    "Gemeente": "Municipality",
    "%u voorziening op de kaart": ("%u facility on the map", "%u facilities on the map"),
    "Bron: %s": "Source: %s",
    "Nog geen bestand gekozen": "No file chosen yet",
    "Kaartbestanden (MBTiles)": "Map files (MBTiles)",
    "Kaartbestand kiezen": "Choose a map file",
    "_Kiezen": "_Choose",
    "_Annuleren": "_Cancel",
    "Bronnen van %s": "Sources of %s",
    "Bronnen": "Sources",
    "Waar een ligging niet precies bekend is, staat een voorziening midden in het dorp. Beken en wegen zijn schematisch: een lijn door de plaatsen die de bron noemt.":
        "Where a position is not known exactly, a facility stands in the middle of its village. Streams and roads are schematic: a line through the places the source names.",
    "Het kaartbestand heeft hier geen kaart. Daar ziet u de eigen kaart.":
        "The map file has no map here. There you see the built-in map.",
    "De kaart van internet komt niet binnen. U ziet de eigen kaart, die zonder internet werkt.":
        "The map from the internet does not come in. You see the built-in map, which works without internet.",
    "%s U ziet de eigen kaart.": "%s You see the built-in map.",
    "Voorkeuren": "Preferences",
    "Kaart": "Map",
    "De eigen kaart werkt altijd, ook zonder internet. Een kaart van internet is mooier, maar heeft een verbinding nodig. Lukt het niet, dan ziet u de eigen kaart.":
        "The built-in map always works, also without internet. A map from the internet looks better, but needs a connection. If it fails, you see the built-in map.",
    "Achtergrond": "Background",
    "PDOK Achtergrondkaart (internet)": "PDOK base map (internet)",
    "OpenStreetMap (internet)": "OpenStreetMap (internet)",
    "Kaartbestand (MBTiles)": "Map file (MBTiles)",
    "Kaartbestand": "Map file",
    "_Kiezen…": "_Choose…",
    "Gereedschapskist tonen of verbergen (F9)": "Show or hide the toolbox (F9)",
    "Gereedschapskist": "Toolbox",
    "Hoofdmenu": "Main menu",
    "Uitkomsten tonen of verbergen (F10)": "Show or hide the results (F10)",
    "Uitkomsten": "Results",
    "Hier kiest u straks ideeën, zoals een pluktuin of een ommetje. U zet ze zelf op de kaart.":
        "Here you will soon choose ideas, such as a picking garden or a walking loop. You put them on the map yourself.",
    "Wat levert het op?": "What does it bring?",
    "Hier ziet u straks meteen wat uw ideeën kosten en opleveren. En hoe ver het is naar de huisarts, de school en de winkel.":
        "Here you will soon see at once what your ideas cost and bring. And how far it is to the GP, the school and the shop.",
    "Deze regio": "This region",
    "Dorpen en steden": "Villages and towns",
    "Inwoners": "Inhabitants",
    "Voorzieningen op de kaart": "Facilities on the map",
    "Waar de gegevens vandaan komen": "Where the data comes from",
    "Naar de hele regio": "Show the whole region",
    "_Voorkeuren": "_Preferences",
    "_Over Samenkaart": "_About Samenkaart",
    "_Sneltoetsen": "_Keyboard Shortcuts",
    "Sneltoetsen": "Keyboard shortcuts",
    "Inzoomen": "Zoom in",
    "Uitzoomen": "Zoom out",
    "Kaart verschuiven": "Move the map",
    "_Volledig scherm": "_Fullscreen",
    "Volledig scherm aan of uit": "Toggle fullscreen",
    "Panelen": "Panels",
    "Gereedschapskist tonen of verbergen": "Show or hide the toolbox",
    "Uitkomsten tonen of verbergen": "Show or hide the results",
    "Algemeen": "General",
    "Afsluiten": "Quit",
    # Session files (src/model/sk-store*.c, src/cli/sk-cli-session.c).
    "maak, wijzig, toon of voeg sessies samen": "create, change, show or merge sessions",
    "Titel van de sessie": "Title of the session",
    "TITEL": "TITLE",
    "Plaats van de sessie": "Place of the session",
    "PLAATS": "PLACE",
    "Datum (JJJJ-MM-DD), standaard vandaag": "Date (YYYY-MM-DD), today by default",
    "DATUM": "DATE",
    "keukentafelgesprek, atelier of presentatie": "keukentafelgesprek, atelier or presentatie",
    "VORM": "FORMAT",
    "Regio: een ingebouwde naam of een regiobestand": "Region: a built-in name or a region file",
    "BESTAND — maak een nieuwe sessie": "FILE — create a new session",
    "Geef één sessiebestand op.": "Give one session file.",
    "Het veld “%s” ontbreekt of is geen getal.": "The field “%s” is missing or not a number.",
    "Elke regel moet één JSON-object zijn.": "Every line must be one JSON object.",
    "Deze regel is geen geldige JSON (%s).": "This line is not valid JSON (%s).",
    "Gebruik: samenkaart-cli session apply BESTAND < stappen.jsonl":
        "Usage: samenkaart-cli session apply FILE < actions.jsonl",
    "BESTAND — toon een sessie": "FILE — show a session",
    "Gebruik: samenkaart-cli session merge DOEL BRON…": "Usage: samenkaart-cli session merge TARGET SOURCE…",
    "%d sessie samengevoegd in “%s”.\n":
        ("%d session merged into “%s”.\n", "%d sessions merged into “%s”.\n"),
    "Gebruik: samenkaart-cli session new|apply|show|merge BESTAND …":
        "Usage: samenkaart-cli session new|apply|show|merge FILE …",
    "De schijf is vol: “%s” kon niet worden bijgewerkt. Maak ruimte vrij en probeer het opnieuw; wat al bewaard was, blijft bewaard.":
        "The disk is full: “%s” could not be updated. Free some space and try again; what was already saved stays saved.",
    "Deze stap verwijst naar iets dat niet in de sessie staat (%s); er is niets veranderd.":
        "This action refers to something that is not in the session (%s); nothing was changed.",
    "De sessie “%s” is beschadigd (%s). Open een reservekopie van de sessie.":
        "The session “%s” is damaged (%s). Open a backup copy of the session.",
    "De sessie “%s” kon niet worden bijgewerkt: %s. Wat al bewaard was, blijft bewaard.":
        "The session “%s” could not be updated: %s. What was already saved stays saved.",
    "De sessie “%s” is alleen geopend om te lezen.": "The session “%s” is open for reading only.",
    "“%s” is geen Samenkaart-sessie. Kies een sessiebestand (.samenkaart) dat met Samenkaart is gemaakt; dit bestand is niet veranderd.":
        "“%s” is not a Samenkaart session. Choose a session file (.samenkaart) made with Samenkaart; this file has not been changed.",
    "De sessie “%s” is beschadigd of onvolledig (%s). Open een reservekopie; dit bestand is niet veranderd.":
        "The session “%s” is damaged or incomplete (%s). Open a backup copy; this file has not been changed.",
    "De sessie “%s” bestaat niet. Kies een ander bestand.": "The session “%s” does not exist. Choose another file.",
    "De sessie “%s” kan niet worden gelezen: %s": "The session “%s” cannot be read: %s",
    "de kop van het bestand is te kort": "the header of the file is too short",
    "De sessie “%s” is gemaakt met een nieuwere versie van Samenkaart (bestandsversie %d; deze versie kent tot en met %d). Werk Samenkaart bij om haar te openen; het bestand is niet veranderd.":
        "The session “%s” was made with a newer version of Samenkaart (file version %d; this version knows up to %d). Update Samenkaart to open it; the file has not been changed.",
    "de gegevens van de sessie ontbreken": "the details of the session are missing",
    "De sessie “%s” kan niet worden geopend om te schrijven: %s. Controleer of u het bestand mag wijzigen.":
        "The session “%s” cannot be opened for writing: %s. Check that you may change the file.",
    "“%s” bestaat al. Kies een andere naam voor de nieuwe sessie.":
        "“%s” already exists. Choose another name for the new session.",
    "Onbekende vorm “%s”: kies keukentafelgesprek, atelier of presentatie.":
        "Unknown format “%s”: choose keukentafelgesprek, atelier or presentatie.",
    "De sessie “%s” kan niet worden gemaakt: %s. Kies een map waarin u mag schrijven.":
        "The session “%s” cannot be created: %s. Choose a folder you may write to.",
    "De waarden van een ingreep moeten een JSON-object zijn, zoals {\"oppervlakte\": 400}.":
        "The values of an intervention must be a JSON object, such as {\"oppervlakte\": 400}.",
    "Ingreep %lld is verwijderd.": "Intervention %lld has been deleted.",
    "Zeg welke ingreep u wilt toevoegen: “kind” ontbreekt.": "Say which intervention to add: “kind” is missing.",
    "Een wijziging zonder “params”, “name” of “note” verandert niets.":
        "An edit without “params”, “name” or “note” changes nothing.",
    "Een opmerking zonder tekst kan niet worden bewaard.": "A comment without text cannot be saved.",
    "De plek van de opmerking klopt niet: breedtegraad tussen -90 en 90, lengtegraad tussen -180 en 180.":
        "The place of the comment is not valid: latitude between -90 and 90, longitude between -180 and 180.",
    "Zeg wie de stip geeft: “participant” ontbreekt.": "Say who gives the dot: “participant” is missing.",
    "Een deelnemer heeft een naam nodig.": "A participant needs a name.",
    "Er is niets om ongedaan te maken.": "There is nothing to undo.",
    "Stap %lld in “%s” kan niet ongedaan worden gemaakt: de geschiedenis is onvolledig.":
        "Step %lld in “%s” cannot be undone: the history is incomplete.",
    "Deelnemer %lld bestaat niet in deze sessie.": "Participant %lld does not exist in this session.",
    "De vorm op de kaart klopt niet: verwacht een punt, lijn of vlak met posities [lengtegraad, breedtegraad].":
        "The shape on the map is not valid: expected a point, line or area with positions [longitude, latitude].",
    "De plek %g, %g ligt niet op aarde: breedtegraad tussen -90 en 90, lengtegraad tussen -180 en 180.":
        "The place %g, %g is not on Earth: latitude between -90 and 90, longitude between -180 and 180.",
    "De sessie “%s” (%s) zit al in deze sessie; er is niets samengevoegd.":
        "The session “%s” (%s) is already in this session; nothing was merged.",
    "Ingreep %lld bestaat niet in deze sessie.": "Intervention %lld does not exist in this session.",
    "De datum “%s” klopt niet: schrijf haar als JJJJ-MM-DD, bijvoorbeeld 2026-03-14.":
        "The date “%s” is not valid: write it as YYYY-MM-DD, for example 2026-03-14.",
    # Reachability and OSM import (src/model/sk-kengetallen.c, sk-network-io.c, sk-osm-*.c,
    # src/cli/sk-cli-reach.c, sk-cli-import-osm.c).
    "reistijd naar de dichtstbijzijnde voorzieningen": "travel time to the nearest facilities",
    "maak een regio van een OpenStreetMap-uittreksel": "make a region from an OpenStreetMap extract",
    "Wegennet: %u knooppunten, %u verbindingen\n": "Road network: %u nodes, %u links\n",
    "Geen wegennet: reistijden zijn hemelsbreed geschat\n":
        "No road network: travel times are estimated as the crow flies\n",
    "Het kengetallenbestand “%s” klopt niet: %s: %s": "The figures file “%s” is not valid: %s: %s",
    "low ≤ central ≤ high geldt niet": "low ≤ central ≤ high does not hold",
    "een getal zonder “source” moet “assumption”: true en een “note” hebben":
        "a figure without “source” must have “assumption”: true and a “note”",
    "onbekende wegklasse": "unknown road class",
    "een snelheid moet groter dan 0 zijn": "a speed must be greater than 0",
    "het schema wordt niet ondersteund": "the schema is not supported",
    "een vervoerwijze ontbreekt": "a travel mode is missing",
    "Het kengetallenbestand “%s” is beschadigd: %s": "The figures file “%s” is damaged: %s",
    "Het kengetallenbestand “%s” kan niet worden gelezen": "The figures file “%s” cannot be read",
    "Het netwerkbestand “%s” kan niet worden geschreven: %s": "The network file “%s” cannot be written: %s",
    "Het netwerkbestand “%s” is beschadigd: %s": "The network file “%s” is damaged: %s",
    "het is geen Samenkaart-netwerk": "it is not a Samenkaart network",
    "Het netwerkbestand “%s” heeft versie %u; deze Samenkaart leest versie %u":
        "The network file “%s” has version %u; this Samenkaart reads version %u",
    "de lengte klopt niet": "the length is wrong",
    "de controlesom klopt niet": "the checksum is wrong",
    "een verbinding verwijst naar iets dat niet bestaat": "a link refers to something that does not exist",
    "Het netwerkbestand “%s” kan niet worden gelezen: %s": "The network file “%s” cannot be read: %s",
    "Het OSM-bestand “%s” kan niet worden geopend: het bestaat niet of eindigt niet op .osm of .osm.pbf":
        "The OSM file “%s” cannot be opened: it does not exist or does not end in .osm or .osm.pbf",
    "Het OSM-bestand “%s” is beschadigd of onvolledig (readosm-fout %d); er is niets geschreven":
        "The OSM file “%s” is damaged or incomplete (readosm error %d); nothing was written",
    "“%s” bestaat al en is geen regiomap; kies een nieuwe map":
        "“%s” already exists and is not a region folder; choose a new folder",
    "Het OSM-bestand “%s” kan niet worden geopend: %s": "The OSM file “%s” cannot be opened: %s",
    "Het OSM-bestand “%s” is beschadigd of onvolledig (afgebroken na blok %u); er is niets geschreven":
        "The OSM file “%s” is damaged or incomplete (cut off after block %u); nothing was written",
    "De regiomap “%s” kan niet worden geschreven: %s": "The region folder “%s” cannot be written: %s",
    "In “%s” staan geen plaatsen (place=town, village of hamlet met een naam); er is niets geschreven":
        "“%s” holds no places (place=town, village or hamlet with a name); nothing was written",
    "“%s” is geen geldige toevoeging; schrijf SOORT@BREEDTE,LENGTE, bijvoorbeeld huisarts@52.70,6.25":
        "“%s” is not a valid addition; write TYPE@LATITUDE,LONGITUDE, for example huisarts@52.70,6.25",
    "Methode: %s\n": "Method: %s\n",
    "over het wegennet": "over the road network",
    "hemelsbreed × omrijfactor": "as the crow flies × detour factor",
    "%s, %s: gemiddeld %.1f minuten\n": "%s, %s: %.1f minutes on average\n",
    "“%s” is geen vervoerwijze; kies lopen, fiets, efiets of auto":
        "“%s” is not a travel mode; choose lopen, fiets, efiets or auto",
    "Voeg een voorziening toe (plan)": "Add a facility (plan)",
    "SOORT@BREEDTE,LENGTE": "TYPE@LATITUDE,LONGITUDE",
    "Alleen deze vervoerwijze": "Only this travel mode",
    "WIJZE": "MODE",
    "REGIO — reistijd naar de dichtstbijzijnde voorzieningen": "REGION — travel time to the nearest facilities",
    "De regiomap die wordt geschreven": "The region folder to write",
    "MAP": "FOLDER",
    "Id van de regio (standaard: de naam van de map)": "Id of the region (default: the name of the folder)",
    "ID": "ID",
    "Naam van de regio": "Name of the region",
    "NAAM": "NAME",
    "Geen voortgang tonen": "Do not show progress",
    "UITTREKSEL.osm.pbf|UITTREKSEL.osm — maak een regio van OpenStreetMap-gegevens":
        "EXTRACT.osm.pbf|EXTRACT.osm — make a region from OpenStreetMap data",
    "Geef één OSM-bestand en --out MAP op.": "Give one OSM file and --out FOLDER.",
    "Klaar: %u knooppunten en %u verbindingen in het netwerk, %u kernen, %u voorzieningen, %u lijnen in “%s”.\n":
        "Done: %u nodes and %u links in the network, %u villages and towns, %u facilities, %u lines in “%s”.\n",
    "%llu knooppunten en %llu wegen gelezen…\n": "%llu nodes and %llu ways read…\n",
    "REGIO is een regiobestand, een regiomap of de naam van een ingebouwde regio. Met --add beschrijven “kernen” en “summary” de toestand na het plan; “before” en “after” geven beide samenvattingen.":
        "REGION is a region file, a region folder or the name of a built-in region. With --add, “kernen” and “summary” describe the situation after the plan; “before” and “after” give both summaries.",
    # samenkaart-cli toolbox (src/cli/sk-cli-toolbox.c)
    "toon de toolbox met alle kengetallen en bronnen": "show the toolbox with all figures and sources",
    "aanname": "assumption",
    "  Parameter %s: %g %s (van %g tot %g)\n": "  Parameter %s: %g %s (from %g to %g)\n",
    "    Kosten: %s, betaald door %s\n": "    Cost: %s, paid by %s\n",
    "bedrag": "amount",
    "levensduur": "lifetime",
    "    Baten: %s, voor %s\n": "    Benefit: %s, for %s\n",
    "bedrag per jaar": "amount per year",
    "    PM: %s\n": "    PM: %s\n",
    "Een ander toolboxbestand": "Another toolbox file",
    "BESTAND": "FILE",
    "— toon de toolbox met alle kengetallen": "— show the toolbox with all figures",
    "Deze opdracht neemt geen andere argumenten.": "This command takes no other arguments.",
    "Toolbox: %zu soorten, bedragen in euro’s van %d\n\n": "Toolbox: %zu kinds, amounts in euros of %d\n\n",
    # toolbox catalogue loader (src/model/sk-toolbox.c, sk-toolbox-kind.c)
    "Het toolboxbestand “%s” klopt niet: %s: %s": "The toolbox file “%s” is not valid: %s: %s",
    "Het toolboxbestand “%s” klopt niet: %s": "The toolbox file “%s” is not valid: %s",
    "het veld “%s” noemt “%s”, maar die staat niet in de lijst": "the field “%s” names “%s”, which is not in the list",
    "soort": "kind",
    "het veld “%s” is “%s”, maar moet “%s” zijn": "the field “%s” is “%s” but must be “%s”",
    "thema": "theme",
    "actor": "actor",
    "categorie": "category",
    "brede-welvaartthema": "broad-welfare theme",
    "randvoorwaarde": "condition",
    "Het toolboxbestand “%s” is geen geldige JSON: %s": "The toolbox file “%s” is not valid JSON: %s",
    "het bestand moet één JSON-object zijn": "the file must be one JSON object",
    "Het toolboxbestand “%s” kan niet worden gelezen: %s": "The toolbox file “%s” cannot be read: %s",
    "het veld “%s” noemt de bron “%s”, maar die staat niet in de lijst “sources”":
        "the field “%s” names the source “%s”, which is not in the list “sources”",
    "het veld “%s” noemt de bron “%s”, maar die staat niet in de “sources” van de soort":
        "the field “%s” names the source “%s”, which is not in the kind’s “sources”",
    "het veld “%s” moet een object zijn": "the field “%s” must be an object",
    "het veld “%s” is %g, maar mag niet negatief zijn": "the field “%s” is %g but must not be negative",
    "in het veld “%s” geldt low ≤ central ≤ high niet (%g, %g, %g)":
        "in the field “%s”, low ≤ central ≤ high does not hold (%g, %g, %g)",
    "het veld “%s” mag niet samen met “assumption” voorkomen": "the field “%s” must not be combined with “assumption”",
    "het veld “%s” ontbreekt; zonder bron horen “assumption”: true en een “note”":
        "the field “%s” is missing; without a source, “assumption”: true and a “note” are required",
    "het veld “%s” noemt de parameter “%s”, maar de soort heeft die niet":
        "the field “%s” names the parameter “%s”, which the kind does not have",
    "het veld “%s” is “%s”, maar dat past niet bij geometrie “%s”":
        "the field “%s” is “%s”, which does not fit geometry “%s”",
    "het veld “%s” (%g) is groter dan “%s” (%g)": "the field “%s” (%g) is larger than “%s” (%g)",
    "parameter": "parameter",
    "het veld “%s” is “%s”, maar moet “%s” of “%s” zijn": "the field “%s” is “%s” but must be “%s” or “%s”",
    "het veld “%s” moet groter dan nul zijn": "the field “%s” must be greater than zero",
    "kostenpost": "cost item",
    "baat": "benefit",
    "PM-post": "PM item",
    "de soort heeft geen baten en geen PM-posten": "the kind has no benefits and no PM items",
    "het veld “%s” moet een lijst met tekst zijn": "the field “%s” must be a list of text",
    "het veld “%s” noemt “%s”, maar dat is geen soort voorziening": "the field “%s” names “%s”, which is not a facility type",
    "het veld “%s” moet true of false zijn": "the field “%s” must be true or false",
    "het veld “%s” is “%s”, maar moet “point”, “line” of “area” zijn":
        "the field “%s” is “%s” but must be “point”, “line” or “area”",
    # the plan and its interventions (src/model/sk-intervention.c, sk-plan.c)
    "Een punt heeft precies één positie, niet %zu": "A point has exactly one position, not %zu",
    "Een lijn heeft minstens twee punten, niet %zu": "A line has at least two points, not %zu",
    "Een vlak heeft minstens drie punten, niet %zu": "An area has at least three points, not %zu",
    "Het plan heeft geen ingreep met nummer %lld": "The plan has no intervention number %lld",
    "Het plan heeft al een ingreep met nummer %lld": "The plan already has an intervention number %lld",
    "De toolbox heeft geen soort “%s”": "The toolbox has no kind “%s”",
    "De ingreep heeft geen hoekpunt %zu": "The intervention has no vertex %zu",
    "%s heeft geen parameter “%s”": "%s has no parameter “%s”",
    "%s volgt uit de getekende vorm; pas de vorm aan": "%s follows from the drawn shape; change the shape instead",
    "%s moet tussen %g en %g %s liggen": "%s must be between %g and %g %s",
    "%s geplaatst": "%s placed",
    "%s verplaatst": "%s moved",
    "%s: vorm aangepast": "%s: shape changed",
    "%s aangepast": "%s changed",
    "%s verwijderd": "%s removed",
    "Ongedaan gemaakt: %s": "Undone: %s",
    "Opnieuw gedaan: %s": "Redone: %s",
    # Which texts of the toolbox catalogue to show (sk_kind_get_display_name).
    ("language code of this translation", "nl"): "en",
    "Een opgeslagen bewerking klopt niet: het veld “%s” ontbreekt of is onjuist":
        "A stored edit is not valid: the field “%s” is missing or wrong",
    # MKBA panel: tables, sources, settings
    'Bron: <a href="%s">%s</a> (%s, %d)': 'Source: <a href="%s">%s</a> (%s, %d)',
    "Bron: %s (%s, %d)": "Source: %s (%s, %d)",
    "Bedragen per eenheid, met de lage en de hoge waarde. Wat een investering aan het eind van de looptijd nog waard is, telt als baat voor wie betaalde.":
        "Amounts per unit, with the low and the high value. What an investment is still worth at the end of the period counts as a benefit for whoever paid for it.",
    "kosten %s, baten %s": "costs %s, benefits %s",
    "Waar komen deze bedragen vandaan?": "Where do these amounts come from?",
    "Geen enkel idee voldoet hieraan": "No idea meets this",
    "%u van de %u ideeën voldoet hieraan": ("%u of the %u ideas meets this", "%u of the %u ideas meet this"),
    "Voorwaarden van de toolbox": "Toolbox conditions",
    "Het plan voldoet aan %u van de %zu": "The plan meets %u of the %zu",
    "Ook belangrijk, maar niet in euro’s": "Also important, but not in euros",
    "%u effect zonder prijs": ("%u effect without a price", "%u effects without a price"),
    "Baten per euro kosten: %s (was %s)": "Benefits per euro of cost: %s (was %s)",
    "Wie betaalt, wie krijgt": "Who pays, who gains",
    "Per partij: wat zij betaalt en wat zij terugkrijgt": "Per party: what it pays and what it gets back",
    "Per soort kosten en baten": "Per kind of cost and benefit",
    "Bouw, beheer, gezondheid, natuur …": "Building, upkeep, health, nature …",
    "Maatschappelijke kosten-batenanalyse volgens de Algemene leidraad (CPB/PBL 2013): alle kosten en baten over %d jaar, teruggerekend naar nu met %s %% per jaar. Investeringen worden aan het eind van hun levensduur opnieuw gedaan. Bedragen in euro’s van %d. Achter elke regel staat waar een bedrag vandaan komt; de meeste zijn nog aannames.":
        "Social cost-benefit analysis following the Dutch general guideline (CPB/PBL 2013): all costs and benefits over %d years, discounted to today at %s %% a year. Investments are made again at the end of their lifetime. Amounts in euros of %d. Each line shows where an amount comes from; most are still assumptions.",
    "Alle bedragen in euro’s van %d (prijspeil van de gereedschapskist).": "All amounts in euros of %d (the price level of the toolbox).",
    "Rekenregels": "Calculation rules",
    "Rekenregels van deze sessie": "Calculation rules of this session",
    "Rente per jaar (%)": "Discount rate per year (%)",
    "Standaard 2,25 %, de discontovoet sinds 2021": "Standard 2.25 %, the Dutch discount rate since 2021",
    "Over hoeveel jaar": "Over how many years",
    "100 jaar is de standaard; 30 en 50 laten zien hoeveel de verre toekomst telt": "100 years is the standard; 30 and 50 show how much the far future counts",
    "100 jaar": "100 years",
    "50 jaar": "50 years",
    "30 jaar": "30 years",
    "Subsidie (% van de meerwaarde)": "Subsidy (% of the added value)",
    "Aanname: de regio noemt nog geen percentage": "Assumption: the region names no percentage yet",
    "Terug naar de standaard": "Back to the standard",
    "Deze sessie kan niet worden geopend": "This session cannot be opened",
    "Aanname: geen bron gevonden": "Assumption: no source found",
    "Presenteren: Esc of F11 om te stoppen": "Presenting: Esc or F11 to stop",
    "Presenteren: groot op het hele scherm (F11)": "Present: large, on the whole screen (F11)",
    "Presenteren": "Present",
    "_Presenteren": "_Present",
    "Presenteren aan of uit": "Presenting on or off",
    "Stoppen met presenteren": "Stop presenting",
    "_Beginnen": "_Start",
    "_Volgende": "_Next",
    "_Uitleg": "_Introduction",
    "Welkom bij Samenkaart": "Welcome to Samenkaart",
    "Terug": "Back",
    "Wat kan uw dorp beter maken? Zet ideeën op de kaart: een pluktuin, een woonerf, een ommetje. U ziet meteen wat het kost, wat het oplevert en hoe ver mensen moeten reizen.":
        "What could make your village better? Put ideas on the map: a picking garden, a home zone, a walking loop. You see at once what it costs, what it brings and how far people have to travel.",
    "Een idee neerzetten": "Putting an idea on the map",
    "Kies links een idee uit de gereedschapskist. Tik dan op de kaart waar het moet komen. Een pad of een gebied tekent u punt voor punt; klaar is dubbel tikken of Enter.":
        "Choose an idea from the toolbox on the left. Then tap the map where it should go. A path or an area you draw point by point; double-tap or Enter when done.",
    "Niets gaat verloren": "Nothing gets lost",
    "Vergist? Met de pijl terug (Ctrl+Z) maakt u het ongedaan. Alles wordt meteen bewaard, ook als de stroom uitvalt. Rechts ziet u wat het plan kost en oplevert.":
        "A mistake? The back arrow (Ctrl+Z) undoes it. Everything is saved at once, even if the power fails. On the right you see what the plan costs and brings.",
    "De welkomstuitleg is getoond": "The welcome was shown",
    "Bij de eerste start legt Samenkaart in drie stappen uit hoe het werkt.": "At the first start Samenkaart explains in three steps how it works.",
    "%s zette een %s neer": "%s placed a %s",
    "%s verplaatste %s": "%s moved %s",
    "%s gaf %s een andere vorm": "%s reshaped %s",
    "%s paste %s aan": "%s changed %s",
    "%s haalde %s weg": "%s removed %s",
    "%s schreef een opmerking bij %s": "%s wrote a comment on %s",
    "%s gaf een stem op %s": "%s gave a vote to %s",
    "%s deed mee": "%s joined",
    "%s begon variant %s": "%s started variant %s",
    "%s maakte een kopie: variant %s": "%s made a copy: variant %s",
    "%s noemde een variant %s": "%s renamed a variant to %s",
    "%s veranderde de gegevens van de sessie": "%s changed the details of the session",
    "Een andere sessie is samengevoegd": "Another session was merged in",
    "Iemand": "Someone",
    "Er kon geen kopie worden bewaard als “%s”: %s. Kies een andere map; de sessie zelf is niet veranderd.":
        "No copy could be saved as “%s”: %s. Choose another folder; the session itself was not changed.",
    "Een kopie kan niet over de sessie zelf heen: kies een andere naam.":
        "A copy cannot replace the session itself: choose another name.",
    "Een variant heeft een naam nodig.": "A variant needs a name.",
    "Variant %lld bestaat niet in deze sessie.": "Variant %lld does not exist in this session.",
    "Zeg wat er verandert: “title”, “place”, “date” of “format”.":
        "Say what changes: “title”, “place”, “date” or “format”.",
    # Report and exports (src/report, samenkaart-cli export)
    "schrijf een verslag (PDF), GeoJSON, CSV of een kaart (PNG)":
        "write a report (PDF), GeoJSON, CSV or a map (PNG)",
    "januari": "January", "februari": "February", "maart": "March", "april": "April",
    "mei": "May", "juni": "June", "juli": "July", "augustus": "August",
    "september": "September", "oktober": "October", "november": "November",
    "december": "December",
    "streekatelier": "regional workshop",
    "presentatie": "presentation",
    "keukentafelgesprek": "kitchen-table talk",
    "Er zijn geen deelnemers vastgelegd.": "No participants were recorded.",
    "Verslag van een %s in %s, %s": "Report of a %s in %s, %s",
    "<b>Plaats:</b> %s\n<b>Datum:</b> %s\n<b>Vorm:</b> %s\n<b>Regio:</b> %s\n<b>Varianten:</b> %u\n<b>Ingrepen in “%s”:</b> %u":
        "<b>Place:</b> %s\n<b>Date:</b> %s\n<b>Format:</b> %s\n<b>Region:</b> %s\n<b>Variants:</b> %u\n<b>Interventions in “%s”:</b> %u",
    "In dit verslag staat wat de deelnemers samen op de kaart hebben gezet, wat dat naar schatting kost en oplevert voor de samenleving (een maatschappelijke kosten-batenanalyse, MKBA) en wat het doet voor de reistijd naar voorzieningen. Alle bedragen zijn contante waarden in prijzen van %d, berekend met een discontovoet van %s %% over %d jaar. Elk bedrag is een schatting met een bandbreedte; de bijlage noemt de bron of de aanname achter elk kengetal.":
        "This report shows what the participants put on the map together, what that is estimated to cost and bring to society (a social cost-benefit analysis, MKBA) and what it does for travel times to facilities. All amounts are present values in %d prices, computed with a discount rate of %s %% over %d years. Every amount is an estimate with a range; the annex names the source or the assumption behind every figure.",
    "Deelnemers": "Participants",
    "Over dit verslag": "About this report",
    "Gemaakt met Samenkaart. Het sessiebestand blijft de bron: dit verslag verandert er niets aan.":
        "Made with Samenkaart. The session file remains the source: this report changes nothing in it.",
    "Nr.": "No.",
    "Soort": "Kind",
    "Naam en toelichting": "Name and note",
    "Maat": "Size",
    "Ingebracht door": "Proposed by",
    "Het plan op de kaart: %s": "The plan on the map: %s",
    "De nummers op de kaart zijn de nummers in de tabel. Kaart: getekend uit de gegevens van de regio (zie de bijlage).":
        "The numbers on the map are the numbers in the table. Map: drawn from the region's data (see the annex).",
    "In deze variant staan nog geen ingrepen.": "This variant has no interventions yet.",
    "geen norm": "no norm",
    "norm: %s minuten (aanname)": "norm: %s minutes (assumption)",
    "norm: %s minuten": "norm: %s minutes",
    "Indicator": "Indicator",
    "Uitkomst": "Result",
    "Toelichting": "Explanation",
    "De belangrijkste uitkomsten": "The main results",
    "Saldo (NCW)": "Balance (NPV)",
    "baten min kosten; bandbreedte %s tot %s": "benefits minus costs; range %s to %s",
    "Kosten": "Costs",
    "contante waarde van investeringen en beheer": "present value of investments and management",
    "Baten": "Benefits",
    "contante waarde, met restwaarde": "present value, with residual value",
    "Baten per euro kosten (B/K)": "Benefits per euro of cost (B/C)",
    "boven 1: de baten zijn groter dan de kosten": "above 1: the benefits exceed the costs",
    "aanname: %.0f %% van een positief saldo (de visie noemt geen percentage)":
        "assumption: %.0f %% of a positive balance (the vision gives no percentage)",
    "Bereikbaarheid: het deel van de inwoners dat binnen de norm per fiets bij de dichtstbijzijnde voorziening is, voor → na het plan. Kernen waarvan niet bekend is of er een in of dichtbij is, tellen niet mee; hun aantal staat erbij.":
        "Reachability: the share of inhabitants who reach the nearest facility by bike within the norm, before → after the plan. Places where it is not known whether there is one in or near them are not counted; their number is given.",
    "Saldo": "Balance",
    "Wie": "Who",
    "Categorie": "Category",
    "Totaal": "Total",
    "Methode: Algemene leidraad voor MKBA (CPB/PBL 2013) en de Werkwijzer MKBA in het sociale domein (2016). Discontovoet %s %% reëel (Werkgroep discontovoet 2020), looptijd %d jaar, herinvestering aan het eind van elke levensduur, restwaarde aan het eind. Bedragen in prijzen van %d, centrale waarden.":
        "Method: General guidance for social cost-benefit analysis (CPB/PBL 2013) and the Werkwijzer MKBA for the social domain (2016). Discount rate %s %% real (Werkgroep discontovoet 2020), horizon %d years, reinvestment at the end of every lifetime, residual value at the end. Amounts in %d prices, central values.",
    "Kosten en baten per categorie": "Costs and benefits per category",
    "Wie betaalt, wie baat": "Who pays, who gains",
    "<b>PM-posten</b> (wel genoemd, niet in geld uitgedrukt):":
        "<b>PM items</b> (named, not expressed in money):",
    "%s — verslag gemaakt op %s": "%s — report made on %s",
    "De sessie heeft geen variant %lld.": "The session has no variant %lld.",
    "Het bestand “%s” kan niet worden geschreven: %s": "The file “%s” cannot be written: %s",
    "geen": "none",
    # Facility status per kern (branch facilities).
    "bekend": "known",
    "niet bekend": "not known",
    "niet vastgelegd": "not recorded",
    "de status van “%s” moet een object met “status” en “source” zijn":
        "the status of “%s” must be an object with “status” and “source”",
    "de status “%s” van “%s” moet “bekend”, “geen” of “onbekend” zijn":
        "the status “%s” of “%s” must be “bekend” (known), “geen” (none) or “onbekend” (not known)",
    "“%s” staat op “bekend”, maar er staat geen voorziening van die soort in deze kern":
        "“%s” is set to “bekend” (known), but there is no facility of that type in this kern",
    "“%s” staat op “%s”, maar er staat een voorziening van die soort in deze kern; zet de status op “bekend”":
        "“%s” is set to “%s”, but there is a facility of that type in this kern; set the status to “bekend” (known)",
    "%u kern niet meegeteld: niet bekend":
        ("%u place not counted: not known", "%u places not counted: not known"),
    "Niet bekend:": "Not known:",
    "Het bestand “%s” klopt niet: %s": "The file “%s” is not right: %s",
    "“radius_m” met een “central” ontbreekt": "“radius_m” with a “central” is missing",
    "“radius_m” moet tussen 0 en 20.000 meter liggen": "“radius_m” must be between 0 and 20,000 metres",
    "“expected” ontbreekt": "“expected” is missing",
    "bij “%s” ontbreekt “min_inhabitants”": "“min_inhabitants” is missing for “%s”",
    "“min_inhabitants” van “%s” moet 1 of meer zijn": "“min_inhabitants” of “%s” must be 1 or more",
    "Het bestand “%s” is beschadigd: %s": "The file “%s” is damaged: %s",
    "Het bestand “%s” kan niet worden gelezen": "The file “%s” cannot be read",
    "“niet bekend”: de gegevens zeggen niet of deze kern, of een kern die dichterbij ligt dan de dichtstbijzijnde bekende voorziening, er een heeft. Daar staat geen reistijd; die kernen tellen niet mee in het aandeel binnen de norm.":
        "“not known”: the data does not say whether this place, or a place nearer than the nearest known facility, has one. No travel time is given there; those places are not counted in the share within the norm.",
    "Kernen niet meegeteld (niet bekend), %s, voor het plan":
        "Places not counted (not known), %s, before the plan",
    "Kernen niet meegeteld (niet bekend), %s, na het plan":
        "Places not counted (not known), %s, after the plan",
    "kernen": "places",
    "%s — %s: niet bekend": "%s — %s: not known",
    "Niet bekend of hier een is; niet meegeteld":
        "Not known whether there is one here; not counted",
    "Niet bekend of %s er een heeft; niet meegeteld":
        "Not known whether %s has one; not counted",
    "De gegevens zeggen niet of alle voorzieningen van deze soort op de kaart staan. Mist er een, dan is de echte reistijd korter.":
        "The data does not say whether every facility of this kind is on the map. If one is missing, the real travel time is shorter.",
    "%s (%s inwoners). De gegevens zeggen niet of die kern of een kern dichterbij er een heeft.":
        "%s (%s inhabitants). The data does not say whether that place, or one nearer, has one.",
    "%s: %.0f %% van de inwoners van de meegetelde kernen is er binnen %.0f minuten.":
        "%s: %.0f %% of the inhabitants of the places counted are within %.0f minutes.",
    "Kern": "Village",
    "Bereikbaarheid per kern, op de fiets": "Reachability per village, by bike",
    "Hoeveel minuten fietsen het is van elke kern naar de dichtstbijzijnde voorziening. Waar het plan iets verandert, staat er “voor → na”.":
        "How many minutes it is by bike from every village to the nearest facility. Where the plan changes something, it says “before → after”.",
    "Berekend over het wegennet van de regio.": "Computed over the region's road network.",
    "De regio heeft geen ingelezen wegennet: de reistijd is de afstand in rechte lijn, met wat omrijden erbij, bij een gewone fietssnelheid (zie de bijlage). “geen”: geen voorziening van dit soort in de regio.":
        "The region has no imported road network: the travel time is the straight-line distance plus a little for detours, at an ordinary cycling speed (see the annex). “none”: no facility of this kind in the region.",
    "Ingreep": "Intervention",
    "ja": "yes",
    "Het plan (aantal ingrepen)": "The plan (number of interventions)",
    "De voorwaarden van de gereedschapskist": "The conditions of the toolbox",
    "Een coöperatief initiatief krijgt steun als het aan deze vijf voorwaarden voldoet. Dit is een gesprekshulp, geen rapportcijfer: de tabel zegt per soort ingreep wat de gereedschapskist ervan verwacht.":
        "A cooperative initiative gets support when it meets these five conditions. This is an aid to the conversation, not a grade: the table says per kind of intervention what the toolbox expects of it.",
    "Het plan als geheel voldoet aan %u van de %zu voorwaarden: bij die voorwaarde voldoet ten minste één ingreep.":
        ("The plan as a whole meets %u of the %zu conditions: at least one intervention meets that condition.",
         "The plan as a whole meets %u of the %zu conditions: at least one intervention meets each of them."),
    "Stippen": "Dots",
    "Stippen per ingreep": "Dots per intervention",
    "Elke deelnemer kon stippen zetten bij de ingrepen die hem of haar het meest aanspreken.":
        "Every participant could put dots on the interventions they liked most.",
    "Wanneer": "When",
    "Bij": "At",
    "Opmerking": "Comment",
    "Opmerkingen": "Comments",
    "Er zijn geen opmerkingen geplaatst.": "No comments were made.",
    "onbekend": "unknown",
    "nr. %u": "no. %u",
    "op de kaart": "on the map",
    "Wat de deelnemers vonden": "What the participants thought",
    "Variant": "Variant",
    "Ingrepen": "Interventions",
    "B/K": "B/C",
    "De varianten naast elkaar": "The variants side by side",
    "Dezelfde kaart voor elke variant, met dezelfde berekening.":
        "The same map for every variant, with the same calculation.",
    "Aanname: %s": "Assumption: %s",
    "Aanname": "Assumption",
    "Kengetal": "Figure",
    "Laag": "Low",
    "Midden": "Central",
    "Hoog": "High",
    "Eenheid": "Unit",
    "Bron of aanname": "Source or assumption",
    "Discontovoet (reëel)": "Discount rate (real)",
    "Werkgroep discontovoet 2020: standaard sinds 1 januari 2021":
        "Werkgroep discontovoet 2020: standard since 1 January 2021",
    "Looptijd": "Horizon",
    "jaar": "years",
    "Algemene leidraad voor MKBA, CPB/PBL 2013: “oneindig” als 100 jaar":
        "General guidance for social cost-benefit analysis, CPB/PBL 2013: “infinite” as 100 years",
    "% van een positief saldo": "% of a positive balance",
    "Aanname: de visie noemt geen percentage": "Assumption: the vision gives no percentage",
    "Fietssnelheid": "Cycling speed",
    "Omrijfactor fiets": "Detour factor, bike",
    "Norm %s": "Norm %s",
    "Methode en bereikbaarheid": "Method and reachability",
    "Kosten: %s": "Costs: %s",
    "Levensduur: %s": "Lifetime: %s",
    "Baten: %s": "Benefits: %s",
    "De kaart en de kernen, voorzieningen en inwonertallen van %s komen uit %zu bronnen. De volledige lijst toont “samenkaart-cli region-info %s”.":
        "The map and the villages, facilities and inhabitants of %s come from %zu sources. “samenkaart-cli region-info %s” shows the full list.",
    "Licentie": "Licence",
    "Bijvoorbeeld": "For example",
    "Gegevens van de regio": "Data of the region",
    "Bijlage: bronnen en aannames": "Annex: sources and assumptions",
    "Elk kengetal dat dit verslag gebruikt, met de lage, middelste en hoge waarde. Waar geen bron te vinden was, staat “aanname”: dat getal is een redelijke schatting, geen meting. De berekening gebruikt de middelste waarden; de bandbreedte van het saldo komt van alle lage en alle hoge waarden samen.":
        "Every figure this report uses, with its low, central and high value. Where no source could be found it says “assumption”: that number is a reasonable estimate, not a measurement. The calculation uses the central values; the range of the balance comes from all low and all high values together.",
    "MKBA volgens de Algemene leidraad (CPB/PBL 2013); discontovoet %.2f %%, %d jaar":
        "Social cost-benefit analysis after the General guidance (CPB/PBL 2013); discount rate %.2f %%, %d years",
    "aanname: %.0f %% van de positieve NCW": "assumption: %.0f %% of the positive NPV",
    "Aantal ingrepen": "Number of interventions",
    "Saldo: netto contante waarde (NCW)": "Balance: net present value (NPV)",
    "Saldo %s": "Balance %s",
    "fiets, over het wegennet": "bike, over the road network",
    "fiets, hemelsbreed × omrijfactor": "bike, straight line × detour factor",
    "Inwoners binnen de norm, %s, voor het plan": "Inhabitants within the norm, %s, before the plan",
    "Inwoners binnen de norm, %s, na het plan": "Inhabitants within the norm, %s, after the plan",
    "Gemiddelde reistijd, %s, voor het plan": "Mean travel time, %s, before the plan",
    "Gemiddelde reistijd, %s, na het plan": "Mean travel time, %s, after the plan",
    "Stippen (stemmen) op de ingrepen": "Dots (votes) on the interventions",
    "Let op: de sessie is gemaakt met andere gegevens van de regio “%s”.\n":
        "Note: the session was made with other data of the region “%s”.\n",
    "Schrijf het verslag als PDF": "Write the report as PDF",
    "Schrijf de ingrepen als GeoJSON (voor QGIS)": "Write the interventions as GeoJSON (for QGIS)",
    "Schrijf de uitkomsten als CSV (komma's, punt voor decimalen)":
        "Write the results as CSV (commas, point before decimals)",
    "Schrijf de kaart van het plan als PNG": "Write the map of the plan as PNG",
    "Breedte van de PNG in beeldpunten": "Width of the PNG in pixels",
    "N": "N",
    "Hoogte van de PNG in beeldpunten": "Height of the PNG in pixels",
    "Regio: een ingebouwde naam of een regiobestand (standaard die van de sessie)":
        "Region: a built-in name or a region file (default: the session's)",
    "Alleen deze variant (het nummer uit “session show --json”)":
        "Only this variant (the number from “session show --json”)",
    "SESSIE — exporteer een sessie": "SESSION — export a session",
    "Schrijft een verslag (PDF), de ingrepen (GeoJSON), de uitkomsten (CSV) en/of de kaart (PNG). Het sessiebestand verandert niet.":
        "Writes a report (PDF), the interventions (GeoJSON), the results (CSV) and/or the map (PNG). The session file does not change.",
    "Kies ten minste één uitvoer: --pdf, --geojson, --csv of --png.":
        "Choose at least one output: --pdf, --geojson, --csv or --png.",
    "De PNG moet tussen 16 en 10.000 beeldpunten breed en hoog zijn.":
        "The PNG must be between 16 and 10,000 pixels wide and high.",
    "<b>Kortere reistijd</b>\nInwoners zijn samen %s uur per jaar minder onderweg: %s per jaar. Regel: bespaarde tijd × ritten × waarde van tijd; nieuwe ritten tellen voor de helft.":
        "<b>Shorter travel time</b>\nInhabitants together spend %s hours a year less travelling: %s a year. Rule: time saved × trips × value of time; new trips count for half.",
    "Waarde van tijd, %s": "Value of time, %s",
    "Meer ritten als de reis korter wordt": "More trips when the journey gets shorter",
    "Brede welvaart": "Broad well-being",
    "Wat het plan brengt voor gezondheid, wonen, natuur …": "What the plan brings for health, housing, nature …",
    "en %u effect zonder prijs": ("and %u effect without a price", "and %u effects without a price"),
    "%s uur per jaar minder onderweg (zit in de baten)": "%s hours a year less travelling (part of the benefits)",
    "Kortere reistijd": "Shorter travel time",
    "%s uur per jaar minder onderweg (zit in de baten). Hoe vaak mensen gaan, is nog een aanname.":
        "%s hours a year less travelling (part of the benefits). How often people go is still an assumption.",
    # The start page and the new-session dialog.
    "Atelier": "Workshop",
    "Presentatie": "Presentation",
    "Keukentafelgesprek": "Kitchen-table talk",
    "%u idee, %u varianten": ("%u idea, %u variants", "%u ideas, %u variants"),
    "%u idee": ("%u idea", "%u ideas"),
    "Nog geen sessies": "No sessions yet",
    "Hier komen de sessies die u maakt. Begin met een nieuwe sessie: alles wat u op de kaart zet, wordt meteen bewaard.":
        "The sessions you make will show here. Start a new session: everything you put on the map is saved at once.",
    "_Nieuwe sessie": "_New session",
    "_Openen…": "_Open…",
    "Een sessiebestand van een USB-stick of uit een andere map openen":
        "Open a session file from a USB stick or another folder",
    "Eerdere sessies": "Earlier sessions",
    "Geef de sessie een naam, zodat u haar later terugvindt.":
        "Give the session a name, so you can find it again later.",
    "Er is geen gebied om op te plannen. Installeer Samenkaart opnieuw.":
        "There is no area to plan in. Install Samenkaart again.",
    "De map “%s” voor sessies kan niet worden gemaakt: %s":
        "The folder “%s” for sessions cannot be made: %s",
    "Nieuwe sessie": "New session",
    "Naam van de sessie": "Name of the session",
    "Plaats, bijvoorbeeld het dorpshuis": "Place, for example the village hall",
    "Wat voor bijeenkomst is het?": "What kind of meeting is it?",
    "2 tot 5 mensen aan tafel, één laptop": "2 to 5 people at a table, one laptop",
    "10 tot 40 mensen, projector of aanraaktafel": "10 to 40 people, projector or touch table",
    "een ontwerpteam laat zien wat er is bedacht": "a design team shows what has been thought up",
    "Gebied": "Area",
    "De kaart en de cijfers van dit gebied": "The map and the figures of this area",
    # The history view and the comparison of variants.
    "Wat er gebeurde":
        "What happened",
    "Er is nog niets gebeurd. Zet een idee op de kaart, dan komt het hier te staan.":
        "Nothing has happened yet. Put an idea on the map and it will show here.",
    "Stap %u van %u":
        "Step %u of %u",
    "Stap in de geschiedenis":
        "Step in the history",
    "Eén stap terug in de tijd":
        "One step back in time",
    "Vorige stap":
        "Previous step",
    "Eén stap verder in de tijd":
        "One step forward in time",
    "Volgende stap":
        "Next step",
    "Nu":
        "Now",
    "Terug naar nu: het plan zoals het nu is":
        "Back to now: the plan as it is now",
    "Varianten vergelijken":
        "Compare variants",
    "Bezig met rekenen":
        "Calculating",
    "Variant A":
        "Variant A",
    "Variant B":
        "Variant B",
    "Verschil (B − A)":
        "Difference (B − A)",
    "Wat de plannen doen":
        "What the plans do",
    "Saldo voor de samenleving":
        "Balance for society",
    "baten min kosten, met laag – hoog":
        "benefits minus costs, with low – high",
    "Baten per euro kosten":
        "Benefits per euro of cost",
    "Aantal ideeën":
        "Number of ideas",
    "inwoners binnen de norm, met de fiets":
        "inhabitants within the norm, by bike",
    "%s procentpunt": ("%s percentage point", "%s percentage points"),
    "gelijk":
        "the same",
    "beter":
        "better",
    "slechter":
        "worse",
    "%s · %u idee": ("%s · %u idea", "%s · %u ideas"),
    "Bedragen in euro’s van %d, opgeteld over %d jaar met %s %% rente per jaar. De subsidie is een aanname: %s %% van een positief saldo. Bereikbaarheid: het deel van de inwoners dat met de fiets binnen de norm bij de voorziening is, met het plan.":
        "Amounts in euros of %d, added up over %d years at %s %% interest a year. The subsidy is an assumption: %s %% of a positive balance. Reachability: the share of inhabitants who reach the facility by bike within the norm, with the plan.",
    "_Nieuwe sessie…": "_New Session…",
    "Alle _sessies": "All _Sessions",
    "_Kopie bewaren als…": "Save a _Copy As…",
    "Verslag maken (_pdf)…": "Make a Report (_PDF)…",
    "_Exporteren": "_Export",
    "Kaart als plaatje (png)…": "Map as a Picture (PNG)…",
    "Ideeën voor QGIS (GeoJSON)…": "Ideas for QGIS (GeoJSON)…",
    "Uitkomsten als tabel (csv)…": "Results as a Table (CSV)…",
    "De sessie is voor een andere regio gemaakt. Open haar opnieuw om die regio te zien.": "The session was made for another region. Open it again to see that region.",
    "Sessie openen": "Open a Session",
    "_Openen": "_Open",
    "Samenkaart-sessies": "Samenkaart sessions",
    "Er is nog niets om te bewaren: zet eerst een idee op de kaart.": "There is nothing to save yet: put an idea on the map first.",
    "Bewaard als “%s”.": "Saved as “%s”.",
    "Kopie van de sessie bewaren": "Save a Copy of the Session",
    "Verslag bewaren": "Save the Report",
    "Pdf-documenten": "PDF documents",
    "Kaart bewaren als plaatje": "Save the Map as a Picture",
    "Png-plaatjes": "PNG pictures",
    "Ideeën bewaren voor QGIS": "Save the Ideas for QGIS",
    "GeoJSON-bestanden": "GeoJSON files",
    "Uitkomsten bewaren als tabel": "Save the Results as a Table",
    "Csv-tabellen": "CSV tables",
    "_Bewaren": "_Save",
    "U kijkt terug: stap %u van %u. Kies “Nu” om verder te werken.": "You are looking back: step %u of %u. Choose “Now” to carry on working.",
    "Verloop": "History",
    "Nog niets gebeurd": "Nothing happened yet",
    "Zet een idee op de kaart. Hier ziet u daarna stap voor stap wat er is gedaan.": "Put an idea on the map. Here you then see step by step what was done.",
    "Bij presenteren: een stap terug of verder in het verloop": "When presenting: one step back or forward in the history",
    "Verslag maken (pdf)": "Make a report (PDF)",
    "%s schreef een opmerking op de kaart": "%s wrote a comment on the map",
    "een punt: geef lat en lon": "a point: give lat and lon",
    "een lijn: geef coordinates met twee of meer punten": "a line: give coordinates with two or more points",
    "een gebied: geef coordinates met de hoeken": "an area: give coordinates with its corners",
    "%s is %s.": "%s is %s.",
    "Wat u kunt doen:": "What you can do:",
    "Ideeën uit de gereedschapskist op de kaart zetten: een pluktuin, een woonerf, een ommetje.": "Put ideas from the toolbox on the map: a picking garden, a home zone, a walking loop.",
    "De maatschappelijke kosten en baten zien, met de bron van elk bedrag.": "See the social costs and benefits, with the source of every amount.",
    "Zien hoe ver het is naar de huisarts, de school of de winkel, voor en na het plan.": "See how far it is to the GP, the school or the shop, before and after the plan.",
    "Een verslag maken voor de gemeente.": "Make a report for the municipality.",
    "Eerste versie.": "First version.",
    "De kaart van het Reestdal, zonder internet getekend uit de eigen gegevens van de regio; PDOK, OpenStreetMap en MBTiles als u wilt.": "The map of the Reestdal, drawn without internet from the region's own data; PDOK, OpenStreetMap and MBTiles if you like.",
    "Een gereedschapskist met zestien ideeën, van woonerf tot buurtbus, met bedragen, bronnen en aannames.": "A toolbox of sixteen ideas, from home zone to community bus, with amounts, sources and assumptions.",
    "Meteen zien wat een plan kost en oplevert (MKBA), wie betaalt en wie baat heeft, en hoe ver mensen moeten reizen.": "See at once what a plan costs and brings (social cost-benefit analysis), who pays and who gains, and how far people have to travel.",
    "Alles wordt meteen bewaard; ongedaan maken, het verloop terugkijken en varianten naast elkaar zetten.": "Everything is saved at once; undo, look back through the history and put variants side by side.",
    "Een verslag als pdf, de kaart als plaatje, de ideeën voor QGIS en de uitkomsten als tabel.": "A report as PDF, the map as a picture, the ideas for QGIS and the results as a table.",
    "Presenteren op het hele scherm, met Page Up en Page Down door het verloop.": "Present on the whole screen, with Page Up and Page Down through the history.",
    "Ideeën op de kaart van het Reestdal, met wat ze kosten en opleveren": "Ideas on the map of the Reestdal, with what they cost and bring",
    "Eerdere sessies, elk met een kleine kaart": "Earlier sessions, each with a small map",
    "Presenteren: groot op het hele scherm, stap voor stap door het verloop": "Presenting: large on the whole screen, step by step through the history",
    "De uitkomsten van het plan kunnen niet worden berekend.": "The results of the plan cannot be calculated.",
    "Het plan voldoet aan %u van de %u": "The plan meets %u of the %u",
    "Bewoner": "Resident",
    "Boer": "Farmer",
    "Ondernemer": "Business owner",
    "Ontwerper": "Designer",
    "Anders": "Other",
    "Deze variant kan niet worden getoond: %s": "This variant cannot be shown: %s",
    "De deelnemers kunnen niet worden gelezen.": "The participants cannot be read.",
    "Aan de beurt": "At the map",
    "De varianten kunnen niet worden gelezen.": "The variants cannot be read.",
    "Op de kaart": "On the map",
    "Vul eerst een naam in": "Fill in a name first",
    "Deze deelnemer kan niet worden bewaard.": "This participant cannot be saved.",
    "Er kan geen kopie worden gemaakt.": "No copy can be made.",
    "%s (kopie)": "%s (copy)",
    "De kopie is gemaakt, maar kan niet worden getoond.": "The copy was made, but cannot be shown.",
    "De naam kan niet worden gewijzigd.": "The name cannot be changed.",
    "Nog niemand. Voeg hieronder toe wie er aan tafel zit.": "Nobody yet. Add who is at the table below.",
    "Wie doen er mee?": "Who Takes Part?",
    "Kies wie er aan de beurt is. Wat die persoon op de kaart zet, krijgt zijn of haar naam en kleur.":
        "Choose whose turn it is. What that person puts on the map gets their name and colour.",
    "Iemand toevoegen": "Add Someone",
    "Bijvoorbeeld Anne": "For example Anne",
    "Rol": "Role",
    "_Toevoegen": "_Add",
    "Varianten": "Variants",
    "De variant met het vinkje staat op de kaart. Kies een andere om die te tonen.":
        "The variant with the tick is on the map. Choose another one to show it.",
    "Een kopie van de variant op de kaart maken en die tonen, om verder te schetsen zonder het origineel te veranderen":
        "Make a copy of the variant on the map and show it, to go on sketching without changing the original",
    "_Kopie maken": "Make a _Copy",
    "De variant op de kaart een andere naam geven": "Give the variant on the map another name",
    "_Naam wijzigen": "_Rename",
    "Nieuwe naam voor deze variant": "New name for this variant",
    "Twee varianten naast elkaar zetten: kaart, kosten en baten": "Put two variants side by side: map, costs and benefits",
    "_Vergelijken…": "C_ompare…",
    "Stemmen: %u": "Votes: %u",
    "Kies eerst bij “Wie doen er mee?” wie er aan de kaart zit": "First choose under “Who Takes Part?” who is at the map",
    "Kies eerst wie er aan de beurt is; dan kan die persoon stemmen.": "First choose whose turn it is; then that person can vote.",
    "Een stip op dit idee geven": "Give this idea a dot",
    "U heeft al uw stippen gegeven.": "You have given all your dots.",
    "U heeft nog %u stip": ("You have %u dot left", "You have %u dots left"),
    "Geen stip meer over: iedereen heeft er %d per variant.": "No dots left: everybody has %d per variant.",
    "De stem kan niet worden bewaard.": "The vote cannot be saved.",
    "Onbekend": "Unknown",
    "De opmerkingen kunnen niet worden gelezen.": "The comments cannot be read.",
    "De opmerking kan niet worden bewaard.": "The comment cannot be saved.",
    "Nog geen opmerkingen.": "No comments yet.",
    "_Stem": "_Vote",
    "Wat vindt u van dit idee?": "What do you think of this idea?",
    "Nieuwe opmerking": "New comment",
    "_Plaatsen": "_Post",
    "Sessie": "Session",
    "Andere sessies _samenvoegen…": "_Merge Other Sessions…",
    "Sessies samenvoegen": "Merge Sessions",
    "_Samenvoegen": "_Merge",
    "%u sessie samengevoegd: haar ideeën, opmerkingen en stemmen staan nu hier.": ("%u session merged: its ideas, comments and votes are here now.", "%u sessions merged: their ideas, comments and votes are here now."),
    "Variant “%s” (%d van %u)": "Variant “%s” (%d of %u)",
    "De vorige of volgende variant op de kaart": "The previous or next variant on the map",
    # Issue 12: kom outlines, CBS check (derive-top10nl, region-check).
    'vergelijk de afstanden per gemeente met het CBS':
        'compare the distances per municipality with CBS',
    'maak kommen.json uit TOP10NL en de CBS-gemeentegrenzen':
        'make kommen.json from TOP10NL and the CBS municipal boundaries',
    'Het bestand met kommen “%s” kan niet worden gelezen: %s':
        'The file with village outlines “%s” cannot be read: %s',
    'bebouwde kom (TOP10NL/CBS, 1 juli 2025)':
        'built-up area (TOP10NL/CBS, 1 July 2025)',
    'buurtschap (TOP10NL/CBS, 1 juli 2025)':
        'hamlet (TOP10NL/CBS, 1 July 2025)',
    'woonplaats volgens de bron (meestal Wikipedia)':
        'place as given by the source (mostly Wikipedia)',
    'Het bestand met kommen “%s” klopt niet: %s: %s':
        'The file with village outlines “%s” is not right: %s: %s',
    'Het bestand met kommen “%s” klopt niet: %s':
        'The file with village outlines “%s” is not right: %s',
    'punt %u moet %u getallen hebben':
        'point %u must have %u numbers',
    'punt %u heeft een aantal inwoners onder nul':
        'point %u has fewer than zero inhabitants',
    'rand %u van de omtrek heeft minder dan drie punten':
        'ring %u of the outline has fewer than three points',
    'buurt %u moet een naam, niveau, inwoners en plek hebben':
        'neighbourhood %u must have a name, level, inhabitants and a place',
    '“%s” is geen bekende soort inwonertal':
        '“%s” is not a known kind of inhabitants figure',
    'bron %u moet een id en een titel hebben':
        'source %u must have an id and a title',
    'de kern “%s” bestaat niet in de regio':
        'the village “%s” does not exist in the region',
    'de kern “%s” komt twee keer voor':
        'the village “%s” appears twice',
    'kern %u (“%s”)':
        'village %u (“%s”)',
    'kern %u':
        'village %u',
    'Het bestand met kommen “%s” is beschadigd: %s':
        'The file with village outlines “%s” is damaged: %s',
    'Het bestand met CBS-cijfers “%s” klopt niet: %s':
        'The file with CBS figures “%s” is not right: %s',
    'een cijfer moet een object of null zijn':
        'a figure must be an object or null',
    'een cijfer heeft geen “km”, “km_min” of “km_max”':
        'a figure has no “km”, “km_min” or “km_max”',
    'een cijfer heeft geen bron of jaar':
        'a figure has no source or year',
    'een gemeente heeft geen naam of cijfers':
        'a municipality has no name or figures',
    'een bron heeft geen id of titel':
        'a source has no id or title',
    '“municipalities”, “sources” of “tolerance_km” ontbreekt':
        '“municipalities”, “sources” or “tolerance_km” is missing',
    '“tolerance_km” heeft geen waarde':
        '“tolerance_km” has no value',
    'een gemeente moet een object zijn':
        'a municipality must be an object',
    'Het bestand met CBS-cijfers “%s” is beschadigd: %s':
        'The file with CBS figures “%s” is damaged: %s',
    'klopt':
        'agrees',
    'app hoger':
        'app higher',
    'app lager':
        'app lower',
    'geen voorziening in de app':
        'no facility in the app',
    'geen inwoners bekend':
        'no inhabitants known',
    'geen CBS-cijfer gevonden':
        'no CBS figure found',
    'PROJ kent de omrekening RD New (EPSG:28992) → WGS84 niet: %s':
        'PROJ does not know the conversion RD New (EPSG:28992) → WGS84: %s',
    'de regio (naam of bestand)':
        'the region (name or file)',
    'schrijf naar BESTAND':
        'write to FILE',
    'PLAATS.gml.gz GEMEENTEN.geojson':
        'PLACES.gml.gz MUNICIPALITIES.geojson',
    'Maakt kommen.json voor een regio: omtrek en inwoners (CBS, 1 juli 2025) van elke kern uit TOP10NL Plaats, en de gemeente uit de CBS-gemeentegrenzen 2026. Beide in RD New.':
        'Makes kommen.json for a region: the outline and inhabitants (CBS, 1 July 2025) of every village from TOP10NL Plaats, and the municipality from the CBS municipal boundaries 2026. Both in RD New.',
    'Gebruik: samenkaart-cli derive-top10nl PLAATS.gml.gz GEMEENTEN.geojson --region REGIO --out BESTAND':
        'Usage: samenkaart-cli derive-top10nl PLACES.gml.gz MUNICIPALITIES.geojson --region REGION --out FILE',
    'Afleiden mislukt: %s\n':
        'Deriving failed: %s\n',
    '%u van de %zu kernen hebben een kom uit TOP10NL; geschreven naar %s\n':
        '%u of the %zu villages have a built-up area from TOP10NL; written to %s\n',
    'een coördinatenlijst (posList) is geen reeks van x y-paren':
        'a coordinate list (posList) is not a series of x y pairs',
    '“%s” bevat geen gemeenten (GeoJSON-features met statcode, statnaam en een vlak)':
        '“%s” contains no municipalities (GeoJSON features with statcode, statnaam and an area)',
    'Gemiddelde afstand met de auto in km, app tegenover CBS (Nabijheidsstatistiek).\n':
        'Mean distance by car in km, app against CBS (proximity statistics).\n',
    'De app rekent hemelsbreed × omrijfactor %.2f, vanaf waar de mensen van de kernen wonen.\n':
        'The app computes the straight-line distance × detour factor %.2f, from where the people of the villages live.\n',
    '\n%s (%s): %d kernen, %ld inwoners\n':
        '\n%s (%s): %d villages, %ld inhabitants\n',
    '  %-12s app %6s  CBS %s%*s %s\n':
        '  %-12s app %6s  CBS %s%*s %s\n',
    'REGIO — vergelijk de afstanden met het CBS':
        'REGION — compare the distances with CBS',
    'Per gemeente de gemiddelde afstand met de auto naar de dichtstbijzijnde huisarts, apotheek, supermarkt en basisschool volgens de app, naast het cijfer van het CBS.':
        'Per municipality the mean distance by car to the nearest GP, pharmacy, supermarket and primary school according to the app, next to the CBS figure.',
    'telt mee in de bebouwde kom van een andere kern (TOP10NL/CBS, 1 juli 2025)':
        'counted in the built-up area of another village (TOP10NL/CBS, 1 July 2025)',
    '“within” en “definition” gaan niet samen':
        '“within” and “definition” cannot be used together',
    'telt mee in de bebouwde kom van %s':
        'counted in the built-up area of %s',
    'de lijsten zijn te diep genest':
        'the lists are nested too deeply',
    '“%s” is geen leesbaar TOP10NL-bestand (GML): ':
        '“%s” is not a readable TOP10NL file (GML): ',
    # Facilities added during a session (issue 12: “Hier is ook een huisarts”).
    "Onbekende stap “%s”: kies add, move, reshape, edit, delete, comment, vote, undo, participant, variant-new, variant-duplicate, variant-rename, metadata, facility-add of facility-remove.":
        "Unknown action “%s”: choose add, move, reshape, edit, delete, comment, vote, undo, participant, variant-new, variant-duplicate, variant-rename, metadata, facility-add or facility-remove.",
    "%u ingrepen, %u deelnemers, %u opmerkingen, %u stippen, %u toegevoegde voorzieningen, %lld stappen\n":
        "%u interventions, %u participants, %u comments, %u dots, %u added facilities, %lld steps\n",
    "%s voegde een %s toe die nog niet op de kaart stond":
        "%s added a %s that was not on the map yet",
    "%s voegde een %s toe die nog niet op de kaart stond: %s":
        "%s added a %s that was not on the map yet: %s",
    "%s haalde de toegevoegde %s weg":
        "%s took away the added %s",
    "Voorziening":
        "Facility",
    "%s toegevoegd":
        "%s added",
    "Toegevoegde %s weggehaald":
        "Added %s taken away",
    "Onbekende soort voorziening “%s”. Kies een van deze: %s.":
        "Unknown kind of facility “%s”. Choose one of these: %s.",
    "De plek van de voorziening klopt niet: breedtegraad tussen -90 en 90, lengtegraad tussen -180 en 180.":
        "The place of the facility is not right: latitude between -90 and 90, longitude between -180 and 180.",
    "De naam van de voorziening is te lang: hooguit %d tekens.":
        "The name of the facility is too long: at most %d characters.",
    "Toegevoegde voorziening %lld bestaat niet in deze sessie.":
        "Added facility %lld does not exist in this session.",
    "Zeg welke toegevoegde voorziening weg moet: “id” ontbreekt.":
        "Say which added facility to take away: “id” is missing.",
    "Toegevoegde voorziening %lld staat al op de kaart.":
        "Added facility %lld is already on the map.",
    "Toegevoegde voorziening %lld is al weggehaald.":
        "Added facility %lld has already been taken away.",
    "%s N, %s O":
        "%s N, %s E",
    "bij %s (%s N, %s O)":
        "near %s (%s N, %s E)",
    "Wat":
        "What",
    "Waar":
        "Where",
    "Toegevoegd tijdens de sessie":
        "Added during the session",
    "Deze voorzieningen stonden niet in de gegevens van de regio. Deelnemers wisten dat ze er zijn en hebben ze op de kaart gezet. Ze tellen mee in de bereikbaarheid vóór en na het plan.":
        "These facilities were not in the region's data. Participants knew they are there and put them on the map. They count in the reachability before and after the plan.",
    "%s “%s”":
        "%s “%s”",
    "Toegevoegd tijdens de sessie door %s om %s":
        "Added during the session by %s at %s",
    "Toegevoegd tijdens de sessie om %s":
        "Added during the session at %s",
    "+ toegevoegd":
        "+ added",
    "Hier is ook een…":
        "There is also a…",
    "Staat een voorziening die u kent niet op de kaart? Kies wat het is. Ze telt mee vóór en na het plan.":
        "Is a facility you know missing from the map? Choose what it is. It counts before and after the plan.",
    "Naam (mag leeg blijven)":
        "Name (may stay empty)",
    "Naam van de voorziening":
        "Name of the facility",
    "_Weghalen":
        "_Take Away",
    "Op de kaart van het plan staan ze als een witte cirkel met een paarse stippelrand en een +.":
        "On the plan's map they are a white circle with a dashed purple edge and a +.",
    "Niet in de gegevens van de regio; telt mee vóór en na het plan.":
        "Not in the region's data; counts before and after the plan.",
    'Het inlezen van “%s” is afgebroken; er is niets geschreven': 'Reading “%s” was stopped; nothing was written',
    'Het OSM-bestand “%s” is beschadigd: punt %lld ligt op een onmogelijke plaats (breedte %g, lengte %g); er is niets geschreven': 'The OSM file “%s” is damaged: point %lld lies at an impossible place (latitude %g, longitude %g); nothing was written',
    'Het gebied (zuid %g, west %g, noord %g, oost %g) klopt niet: zuid moet kleiner zijn dan noord en west kleiner dan oost': 'The area (south %g, west %g, north %g, east %g) is wrong: south must be less than north and west less than east',
    '--bbox “%s” klopt niet: geef vier getallen zuid,west,noord,oost in graden, bijvoorbeeld 52.70,6.15,52.80,6.35': '--bbox “%s” is wrong: give four numbers south,west,north,east in degrees, for example 52.70,6.15,52.80,6.35',
    'Neem alleen het gebied zuid,west,noord,oost (graden) over': 'Import only the area south,west,north,east (degrees)',
    'Z,W,N,O': 'S,W,N,E',
    'De kaart “%s” kan niet worden geschreven: %s': 'The map “%s” cannot be written: %s',
    'Het schrijven van de kaart is afgebroken': 'Writing the map was stopped',
    'De kaart “%s” kan niet worden geopend: %s': 'The map “%s” cannot be opened: %s',
    'De kaart “%s” is beschadigd of van een andere versie; lees het OSM-bestand opnieuw in': 'The map “%s” is damaged or of another version; import the OSM file again',
    'De kaart kan niet worden gelezen: %s': 'The map cannot be read: %s',
    'In de kaart kan niet worden gezocht: %s': 'The map cannot be searched: %s',
    'Gebouw': 'Building',
    'Woonwijk of erf': 'Residential area or farmyard',
    'Bedrijventerrein': 'Industrial or commercial area',
    'Akker of boomgaard': 'Farmland or orchard',
    'Weiland en gras': 'Meadow and grass',
    'Bos': 'Forest',
    'Heide en struikgewas': 'Heath and scrub',
    'Moeras': 'Wetland',
    'Park, sportveld of begraafplaats': 'Park, sports field or cemetery',
    'Water': 'Water',
    'Rivier of kanaal': 'River or canal',
    'Beek of sloot': 'Stream or ditch',
    'Autosnelweg': 'Motorway',
    'Hoofdweg': 'Main road',
    'Verbindingsweg': 'Connecting road',
    'Straat': 'Street',
    'Erf- of dienstweg': 'Service road',
    'Zandweg of veldweg': 'Track',
    'Fietspad': 'Cycle path',
    'Voetpad': 'Footpath',
    'Spoorlijn': 'Railway',
    'Station': 'Station',
    'Kerk of gebedshuis': 'Church or place of worship',
    'School': 'School',
    'Gemeentehuis': 'Town hall',
    'teken de basiskaart van een regio als PNG': "draw a region's base map as PNG",
    'De kaart kan niet naar “%s” worden geschreven: %s\n': 'The map cannot be written to “%s”: %s\n',
    'De namen kunnen niet naar “%s” worden geschreven: %s\n': 'The names cannot be written to “%s”: %s\n',
    'Midden van de kaart': 'Centre of the map',
    'BREEDTE,LENGTE': 'LAT,LON',
    'Zoomniveau (5 tot 19)': 'Zoom level (5 to 19)',
    'Z': 'Z',
    'Grootte in pixels': 'Size in pixels',
    'BxH': 'WxH',
    'Het PNG-bestand dat wordt geschreven': 'The PNG file to write',
    'Schrijf alle geplaatste namen met hun plek als JSON': 'Write every placed name with its position as JSON',
    'REGIO — teken de basiskaart als PNG': 'REGION — draw the base map as PNG',
    'Geef een regio, --center BREEDTE,LENGTE, --zoom, --size BxH en --out op.': 'Give a region, --center LAT,LON, --zoom, --size WxH and --out.',
    '--center klopt niet: geef breedte,lengte in graden, bijvoorbeeld 52.72,6.30': '--center is wrong: give latitude,longitude in degrees, for example 52.72,6.30',
    '--size klopt niet: geef breedte x hoogte in pixels (1 tot 8192), bijvoorbeeld 800x600': '--size is wrong: give width x height in pixels (1 to 8192), for example 800x600',
    '--zoom klopt niet: kies een zoomniveau van 5 tot 19': '--zoom is wrong: choose a zoom level from 5 to 19',
    'Kaart getekend uit OpenStreetMap, © OpenStreetMap-bijdragers (ODbL)': 'Map drawn from OpenStreetMap, © OpenStreetMap contributors (ODbL)',
    # Atelier-proof (issue 13): verdict, our village, drawn shapes.
    "%s · ons dorp": "%s · our village",
    "Dit plan kost de samenleving meer dan het oplevert.": "This plan costs society more than it brings.",
    "Dit plan levert de samenleving meer op dan het kost.": "This plan brings society more than it costs.",
    "Dit plan kost ongeveer evenveel als het oplevert.":
        "This plan costs about as much as it brings.",
    "Het verschil is minder dan %s %% van de kosten. Die grens is een aanname.":
        "The difference is less than %s %% of the costs. That limit is an assumption.",
    "Dit plan kost niets en levert niets op dat in euro’s te zeggen is.":
        "This plan costs nothing and brings nothing that can be put in euros.",
    "Elke euro kost levert € %s op (baten gedeeld door kosten).": "Every euro of cost brings € %s (benefits divided by costs).",
    "Let op: gerekend met %s %% en %d jaar, niet met de standaard (%s %%, %d jaar). Andere regels geven een ander saldo.":
        "Note: computed with %s %% and %d years, not with the standard (%s %%, %d years). Other rules give another balance.",
    "%s m²": "%s m²",
    "%s ha": "%s ha",
    "De rand kruist zichzelf": "The outline crosses itself",
    "De hoeken zijn niet rondom getikt, zodat de rand zichzelf kruist. Tik de hoeken één voor één rondom aan en tik dubbel op de laatste.":
        "The corners were not tapped in order around the shape, so its outline crosses itself. Tap the corners one by one around it and double-tap the last one.",
    "_Opnieuw tekenen": "_Draw again",
    "Getekend: %s van %s": "Drawn: %s of %s",
    "Een %s is meestal %s tot %s. Klopt de tekening? Met de gewone maat (%s) houdt het dezelfde vorm op dezelfde plek.":
        "A %s is usually %s to %s. Is the drawing right? With the usual size (%s) it keeps the same shape in the same place.",
    "_Zo laten": "_Keep it",
    "_Gewone maat gebruiken": "_Use the usual size",
    "%s km · was %.0f min": "%s km · was %.0f min",
    "%s km": "%s km",
    "Zo zou de rand zichzelf kruisen. Zet de hoek ergens anders neer.":
        "Then the outline would cross itself. Put the corner somewhere else.",
    "U kijkt terug — stap %u van %u":
        "You are looking back — step %u of %u",
    "_Nu":
        "_Now",
    "Terug naar nu: verder werken":
        "Back to now: carry on working",
    "Klaar":
        "Done",
    "Laatste hoek weg":
        "Remove last corner",
    "Stoppen":
        "Stop",
    "Dichterbij: twee keer zo groot":
        "Closer: twice as large",
    "Verder weg: twee keer zo klein":
        "Further away: half as large",
    "%s: tik op de kaart voor elke hoek, dan op Klaar.":
        "%s: tap the map for each corner, then Done.",
    "Zoekresultaten":
        "Search Results",
    "Zetten in het midden (of een hoek erbij)":
        "Place in the middle (or add a corner)",
    "km/u":
        "km/h",
}


# "Past het hier?": rules in data/fit/regels.json, derive-border and
# evaluate's fit lines (sk-fit*.c, sk-cli-fit.c, sk-cli-derive-border.c).
EN.update({
    "leid de loop van een grensbeek af uit de CBS-gemeentegrenzen":
        "derive the course of a border stream from the CBS municipal boundaries",
    "Een ander regelbestand voor ‘Past het hier?’": "Another rules file for ‘Does it fit here?’",
    "Tussen %s en %s ligt geen doorlopende grens van het ene punt naar het andere (afstand tot de grens: %.0f m en %.0f m). Kies punten op de grens.":
        "Between %s and %s there is no unbroken border from one point to the other (distance to the border: %.0f m and %.0f m). Choose points on the border.",
    "de bron van de beek": "the source of the stream",
    "LAT,LON": "LAT,LON",
    "de monding van de beek": "the mouth of the stream",
    "de ene provincie": "one province",
    "PROVINCIE": "PROVINCE",
    "de andere provincie": "the other province",
    "id van de beek": "id of the stream",
    "naam van de beek": "name of the stream",
    "ids van de bronnen in de regio, met komma’s ertussen": "ids of the sources in the region, separated by commas",
    "GEMEENTEN.geojson": "MUNICIPALITIES.geojson",
    "Leidt de loop van een beek af die de grens tussen twee provincies is, uit de CBS-gemeentegrenzen (RD New). De provincie van een gemeente is die van de kernen van de regio erin.":
        "Derives the course of a stream that is the border between two provinces from the CBS municipal boundaries (RD New). The province of a municipality is that of the region's villages in it.",
    "Gebruik: samenkaart-cli derive-border GEMEENTEN.geojson --region REGIO --between PROVINCIE --and PROVINCIE --from LAT,LON --to LAT,LON --id ID --name NAAM --source BRON --out BESTAND":
        "Usage: samenkaart-cli derive-border MUNICIPALITIES.geojson --region REGION --between PROVINCE --and PROVINCE --from LAT,LON --to LAT,LON --id ID --name NAME --source SOURCE --out FILE",
    "%s: %u punten, %.1f km lang; geschreven naar %s\n": "%s: %u points, %.1f km long; written to %s\n",
    "Past het hier? #%ld %s: %s\n": "Does it fit here? #%ld %s: %s\n",
    "Past goed": "Fits well",
    "Past": "Fits",
    "Nee, tenzij": "No, unless",
    "Past niet": "Does not fit",
    "Geen regel": "No rule",
    "Er zijn geen regels geladen.": "No rules are loaded.",
    "De regels voor ‘Past het hier?’ zijn niet geladen: %s Samenkaart werkt verder, maar zegt niet waar een idee past.":
        "The rules for ‘Does it fit here?’ are not loaded: %s Samenkaart carries on, but does not say where an idea fits.",
    "Geen regel zegt iets over deze plek.": "No rule says anything about this place.",
    "Geen regel zegt iets over deze soort.": "No rule says anything about this kind.",
    "Het regelbestand “%s” klopt niet: %s: %s": "The rules file “%s” is not right: %s: %s",
    "Het regelbestand “%s” klopt niet: %s": "The rules file “%s” is not right: %s",
    "het veld “%s” moet een tekst zijn": "the field “%s” must be a text",
    "er staat geen bron bij (“document” en “quote”) en het is ook geen aanname (“assumption”: true met een “note”)":
        "it has no source (“document” and “quote”) and is not an assumption either (“assumption”: true with a “note”)",
    "het document “%s” staat niet in “documents”": "the document “%s” is not in “documents”",
    "de lijst “documents” ontbreekt": "the list “documents” is missing",
    "document": "document",
    "dit moet een object zijn": "this must be an object",
    "het type “%s” bestaat niet; kies “beek”, “kom” of “buiten”":
        "the type “%s” does not exist; choose “beek”, “kom” or “buiten”",
    "het veld “%s” moet een getal (meters) zijn": "the field “%s” must be a number (metres)",
    "“%s” moet tussen 0 en 10000 m liggen, niet %g": "“%s” must lie between 0 and 10000 m, not %g",
    "de lijst “zones” ontbreekt": "the list “zones” is missing",
    "zone": "zone",
    "er is al een zone met deze id": "there already is a zone with this id",
    "de groep “%s” mag alleen namen van soorten bevatten": "the group “%s” may only contain names of kinds",
    "de soort “%s” staat niet in de toolbox en is geen groep": "the kind “%s” is not in the toolbox and is not a group",
    "de lijst “kinds” ontbreekt of is leeg": "the list “kinds” is missing or empty",
    "“kinds” mag alleen teksten bevatten": "“kinds” may only contain texts",
    "de zone “%s” staat niet in “zones”": "the zone “%s” is not in “zones”",
    "het oordeel “%s” bestaat niet; kies “past-goed”, “past”, “nee-tenzij” of “past-niet”":
        "the verdict “%s” does not exist; choose “past-goed”, “past”, “nee-tenzij” or “past-niet”",
    "bij “nee-tenzij” hoort een “condition”: wanneer het wel kan":
        "“nee-tenzij” needs a “condition”: when it can be done",
    "de lijst “rules” ontbreekt": "the list “rules” is missing",
    "regel": "rule",
    "er is al een regel met deze id": "there already is a rule with this id",
    "dit is geen regelbestand (“schema” moet “%s” zijn)": "this is not a rules file (“schema” must be “%s”)",
    "dit moet een object met “value” zijn": "this must be an object with “value”",
    "Het regelbestand “%s” is geen leesbare JSON (%s). Kijk op die plek of er een haakje, komma of aanhalingsteken ontbreekt.":
        "The rules file “%s” is not readable JSON (%s). Look at that place for a missing bracket, comma or quotation mark.",
    "het moet een JSON-object zijn": "it must be a JSON object",
    "De ingebouwde regels ontbreken: %s": "The built-in rules are missing: %s",
    "Het regelbestand “%s” kan niet gelezen worden: %s": "The rules file “%s” cannot be read: %s",
})

# Regions from an OpenStreetMap extract, the region manager, the place
# search and the legend (sk-region-*.c, sk-place-search.c, sk-legend.c).
EN.update({
    "De regio “%s” is niet (meer) geïnstalleerd.": "The region “%s” is not installed (any more).",
    "Geef de regio een naam.": "Give the region a name.",
    "“%s” kan niet worden verwijderd: %s": "“%s” cannot be removed: %s",
    "De ingebouwde regio “%s” kan niet worden verwijderd.": "The built-in region “%s” cannot be removed.",
    "De map “%s” voor regio's kan niet worden gemaakt: %s":
        "The folder “%s” for regions cannot be created: %s",
    "Nieuwe _regio uit OpenStreetMap-bestand…": "New _region from OpenStreetMap file…",
    "Regio's _beheren…": "_Manage regions…",
    "Deze regio kan niet worden geladen. Kies een andere, of lees haar opnieuw in via het hoofdmenu.":
        "This region cannot be loaded. Choose another one, or read it in again from the main menu.",
    "Dorp of stad (bebouwd gebied, ongeveer)": "Village or town (built-up area, approximately)",
    "Zorg: huisarts, apotheek, ziekenhuis": "Care: GP, pharmacy, hospital",
    "School, kinderopvang, bibliotheek": "School, childcare, library",
    "Winkel en groen": "Shop and green space",
    "Station, bushalte, mobiliteitshub": "Station, bus stop, mobility hub",
    "Ontmoeten en sport": "Meeting places and sport",
    "Andere voorziening": "Other facility",
    "Binnen de norm": "Within the norm",
    "Tot anderhalf keer de norm": "Up to one and a half times the norm",
    "Verder dan anderhalf keer de norm": "More than one and a half times the norm",
    "Niet berekend": "Not calculated",
    "Niet bekend of het dorp er een heeft": "Not known whether the village has one",
    "Een idee uit de gereedschapskist, met zijn teken": "An idea from the toolbox, with its symbol",
    "Gekleurde ring: wie het idee neerzette": "Coloured ring: who placed the idea",
    "Een route, zoals een ommetje of fietspad": "A route, such as a walking loop or cycle path",
    "Een gebied, zoals een woonerf of pluktuin": "An area, such as a home zone or picking garden",
    "Ideeën": "Ideas",
    "De stip van elk dorp toont de reistijd naar de voorziening die onder „Hoe ver is het?” gekozen is.":
        "The dot of each village shows the travel time to the facility chosen under “How far is it?”.",
    "Dorpen en voorzieningen": "Villages and facilities",
    "Gebieden op de kaart": "Areas on the map",
    "Lijnen en tekens op de kaart": "Lines and symbols on the map",
    "Legenda: wat de kleuren en tekens op de kaart betekenen":
        "Legend: what the colours and symbols on the map mean",
    "Legenda": "Legend",
    "weg of straat": "road or street",
    "water": "water",
    "plaats": "place",
    "Niets gevonden. Probeer het begin van de naam.": "Nothing found. Try the start of the name.",
    "Zoek een plaats of straat": "Find a place or street",
    "Zoek een plaats of straat (Ctrl+L)": "Find a place or street (Ctrl+L)",
    "Kies een OpenStreetMap-bestand": "Choose an OpenStreetMap file",
    "OpenStreetMap-bestanden (.osm.pbf, .osm)": "OpenStreetMap files (.osm.pbf, .osm)",
    "Zonder rechthoek: het hele bestand": "Without a rectangle: the whole file",
    "Gebied van %s × %s km": "Area of %s × %s km",
    "%s punten en %s wegen gelezen": "%s points and %s ways read",
    "Het inlezen is gestopt. Er is niets bewaard.": "Reading was stopped. Nothing was kept.",
    "Dit bestand kan niet worden ingelezen: %s\nKies een ander .osm.pbf-bestand, of download het opnieuw.":
        "This file cannot be read: %s\nChoose another .osm.pbf file, or download it again.",
    "Stoppen…": "Stopping…",
    "Nieuwe regio uit OpenStreetMap-bestand": "New region from OpenStreetMap file",
    "_Inlezen": "_Read",
    "Bestand": "File",
    "Een .osm.pbf-bestand, bijvoorbeeld van download.geofabrik.de":
        "An .osm.pbf file, for example from download.geofabrik.de",
    "Welk gebied?": "Which area?",
    "Een bestand van een hele provincie is veel groter dan het gebied van een gesprek. Zet „Gebied tekenen” aan en trek een rechthoek over de kaart. Zonder rechthoek wordt het hele bestand ingelezen.":
        "A file of a whole province is much larger than the area of a conversation. Turn on "
        "“Draw area” and drag a rectangle over the map. Without a rectangle the whole file is read.",
    "Gebied _tekenen": "_Draw area",
    "Rechthoek _weghalen": "_Remove rectangle",
    "Het bestand wordt ingelezen": "Reading the file",
    "De regio kan niet worden verwijderd": "The region cannot be removed",
    "“%s” verwijderen?": "Remove “%s”?",
    "De regio gaat van deze computer af. Sessies op deze regio blijven bewaard, maar tonen haar kaart pas weer als u de regio opnieuw inleest.":
        "The region is removed from this computer. Sessions on this region are kept, but show "
        "its map again only when you read the region in again.",
    "De naam kan niet worden veranderd": "The name cannot be changed",
    "Andere naam voor de regio": "Another name for the region",
    "Zo heet de regio bij een nieuwe sessie.": "This is the region's name when you start a new session.",
    "_Hernoemen": "_Rename",
    "Andere naam geven": "Rename",
    "Verwijderen": "Remove",
    "Ingebouwd: blijft altijd": "Built in: always stays",
    "Ingelezen uit een OpenStreetMap-bestand": "Read from an OpenStreetMap file",
    "_Nieuwe regio…": "_New region…",
    "Regio's": "Regions",
    "Een regio inlezen uit een OpenStreetMap-bestand": "Read a region from an OpenStreetMap file",
    "De regio's op deze computer. Bij een nieuwe sessie kiest u er een.":
        "The regions on this computer. You choose one when you start a new session.",
    "In de rechthoek ligt geen dorp of stad uit dit bestand. Teken de rechthoek over het gebied dat in het bestand staat, of haal hem weg.":
        "There is no village or town from this file in the rectangle. Draw the rectangle over "
        "the area the file covers, or remove it.",
    "De regio “%s” staat klaar. U kiest haar bij Nieuwe sessie.":
        "The region “%s” is ready. Choose it under New session.",

    # Public transport (issue #15): samenkaart-cli ov, import-gtfs, the GTFS reader.
    "reistijd met bus en trein naar Zwolle, Emmen en andere centra":
        "travel time by bus and train to Zwolle, Emmen and other centres",
    "bewaar een GTFS-dienstregeling bij een regio": "keep a GTFS timetable with a region",
    "“%s” is geen datum; schrijf JJJJ-MM-DD, zoals 2026-03-10":
        "“%s” is not a date; write YYYY-MM-DD, such as 2026-03-10",
    "--access is “lopen” of “fiets”, niet “%s”": "--access is “lopen” (walk) or “fiets” (bike), not “%s”",
    "Reistijd met bus en trein, deur tot deur, in minuten: mediaan / 80e percentiel / snelste":
        "Travel time by bus and train, door to door, in minutes: median / 80th percentile / fastest",
    "Binnen een uur in een centrum: niet bekend (geen inwonertallen)":
        "Within an hour of a centre: not known (no numbers of inhabitants)",
    "Binnen een uur in een centrum (mediaan ≤ 60 minuten): %.0f%% van de inwoners\n":
        "Within an hour of a centre (median ≤ 60 minutes): %.0f%% of the inhabitants\n",
    "De dienstregeling: een GTFS-bestand (.zip) of map; zonder: die van de regio":
        "The timetable: a GTFS file (.zip) or folder; without: the region’s own",
    "FEED": "FEED",
    "De dag (standaard vandaag)": "The day (default today)",
    "JJJJ-MM-DD": "YYYY-MM-DD",
    "Vertrekken tussen (standaard 07:00-09:00)": "Departures between (default 07:00-09:00)",
    "UU:MM-UU:MM": "HH:MM-HH:MM",
    "Bestemmingen (standaard Zwolle, Emmen, Assen, Groningen, Meppel)":
        "Destinations (default Zwolle, Emmen, Assen, Groningen, Meppel)",
    "NAAM[@BREEDTE,LENGTE],…": "NAME[@LATITUDE,LONGITUDE],…",
    "Naar de halte: lopen of fiets (standaard lopen)":
        "To the stop: lopen (walk) or fiets (bike) (default lopen)",
    "REGIO — reistijd met bus en trein naar regionale centra":
        "REGION — travel time by bus and train to regional centres",
    "REGIO FEED — bewaar een GTFS-dienstregeling bij een regio":
        "REGION FEED — keep a GTFS timetable with a region",
    "Geef een regio en een GTFS-bestand op.": "Give a region and a GTFS file.",
    "De dienstregeling is bewaard in %s\n": "The timetable was saved in %s\n",
    "Voor de regio “%s” is nog geen dienstregeling ingelezen. Lees een GTFS-bestand in met “samenkaart-cli import-gtfs”.":
        "No timetable has been read for the region “%s” yet. Read a GTFS file with “samenkaart-cli import-gtfs”.",
    "De dienstregeling “%s” bestaat niet. Geef een GTFS-bestand (.zip) of een map met de .txt-bestanden.":
        "The timetable “%s” does not exist. Give a GTFS file (.zip) or a folder with the .txt files.",
    "“%s” is geen leesbaar zip-bestand (%s). Een GTFS-dienstregeling is een .zip met onder meer stops.txt en stop_times.txt.":
        "“%s” is not a readable zip file (%s). A GTFS timetable is a .zip holding stops.txt and stop_times.txt among others.",
    "%s kan niet worden gelezen uit “%s”": "%s cannot be read from “%s”",
    "%s, regel %u: het bestand kan niet verder worden gelezen (beschadigd?)":
        "%s, line %u: the file cannot be read any further (damaged?)",
    "een veld tussen aanhalingstekens dat op regel %u begint, wordt nooit afgesloten":
        "a field in quotes that starts on line %u is never closed",
    "na een veld tussen aanhalingstekens staat nog tekst (een aanhalingsteken in een veld moet dubbel: \"\")":
        "there is more text after a field in quotes (a quote inside a field must be doubled: \"\")",
    "In de dienstregeling “%s” ontbreekt %s; een GTFS-feed moet dit bestand hebben.":
        "The timetable “%s” lacks %s; a GTFS feed must have this file.",
    "%s is leeg: de eerste regel moet de kolomnamen geven":
        "%s is empty: the first line must give the column names",
    "deze regel heeft %u velden, de kopregel maar %u": "this line has %u fields, the header only %u",
    "%s, regel 1: de kolom “%s” ontbreekt": "%s, line 1: the column “%s” is missing",
    "%s, regel %u: %s": "%s, line %u: %s",
    "stop_id is leeg": "stop_id is empty",
    "halte “%s” staat er twee keer in": "stop “%s” is in it twice",
    "halte “%s” heeft geen geldige stop_lat/stop_lon": "stop “%s” has no valid stop_lat/stop_lon",
    "route_id “%s” is leeg of staat er twee keer in": "route_id “%s” is empty or in it twice",
    "start_date of end_date is geen datum als 20260131": "start_date or end_date is not a date like 20260131",
    "date moet een datum als 20260131 zijn en exception_type 1 of 2":
        "date must be a date like 20260131 and exception_type 1 or 2",
    "route_id “%s” staat niet in routes.txt": "route_id “%s” is not in routes.txt",
    "service_id “%s” staat niet in calendar.txt of calendar_dates.txt":
        "service_id “%s” is not in calendar.txt or calendar_dates.txt",
    "trip_id “%s” is leeg of staat er twee keer in": "trip_id “%s” is empty or in it twice",
    "trip_id “%s” staat niet in trips.txt": "trip_id “%s” is not in trips.txt",
    "stop_id “%s” staat niet in stops.txt": "stop_id “%s” is not in stops.txt",
    "stop_sequence “%s” is geen geheel getal": "stop_sequence “%s” is not a whole number",
    "“%s” is geen tijd als 08:15:00 (na middernacht mag 25:10:00)":
        "“%s” is not a time like 08:15:00 (after midnight 25:10:00 is allowed)",
    "Rijtijden lezen": "Reading stop times",
    "stop_times.txt, regel %u: de tijd van rit “%s” loopt terug":
        "stop_times.txt, line %u: the time of trip “%s” goes backwards",
    "stop_times.txt: rit “%s” heeft geen tijd bij zijn eerste of laatste halte":
        "stop_times.txt: trip “%s” has no time at its first or last stop",
    "In de dienstregeling ontbreken calendar.txt en calendar_dates.txt; zonder een van beide is niet bekend op welke dagen ritten rijden.":
        "The timetable lacks calendar.txt and calendar_dates.txt; without one of them it is not known on which days trips run.",
    "Haltes lezen": "Reading stops",
    "Ritten lezen": "Reading trips",
    "Dienstregeling opbouwen": "Building the timetable",
    "Geen enkele rit in “%s” stopt in de regio of bij de bestemmingen.":
        "Not one trip in “%s” stops in the region or at the destinations.",
    "De dienstregeling “%s” kan niet worden gelezen of geschreven: %s":
        "The timetable “%s” cannot be read or written: %s",
    "De map “%s” kan niet worden gemaakt: %s": "The folder “%s” cannot be made: %s",
    "De dienstregeling kan niet worden opgeslagen als “%s”: %s":
        "The timetable cannot be saved as “%s”: %s",
    "“%s” is geen dienstregeling van deze versie van Samenkaart. Lees het GTFS-bestand opnieuw in.":
        "“%s” is not a timetable of this version of Samenkaart. Read the GTFS file again.",
    "De dienstregeling “%s” is beschadigd. Lees het GTFS-bestand opnieuw in.":
        "The timetable “%s” is damaged. Read the GTFS file again.",
    "Het gegevensbestand “%s” kan niet worden gelezen": "The data file “%s” cannot be read",
    "De bestemming “%s” is onbekend: geen regionaal centrum (Zwolle, Emmen, Assen, Groningen, Meppel) en geen kern van de regio. Geef een plek als NAAM@52.5,6.1.":
        "The destination “%s” is unknown: not a regional centre (Zwolle, Emmen, Assen, Groningen, Meppel) and not a village of the region. Give a place as NAME@52.5,6.1.",
    "Een bestemming zonder naam in “%s”": "A destination without a name in “%s”",
    "“%s” is geen plek: schrijf NAAM@BREEDTE,LENGTE, zoals Zwolle@52.505,6.090":
        "“%s” is not a place: write NAME@LATITUDE,LONGITUDE, such as Zwolle@52.505,6.090",
    "In ov/ov-kengetallen.json ontbreekt “%s”": "ov/ov-kengetallen.json lacks “%s”",
    "“%s” is geen tijdvak: schrijf BEGIN-EINDE, zoals 07:00-09:00 (het einde na het begin)":
        "“%s” is not a time window: write START-END, such as 07:00-09:00 (the end after the start)",
    "Een nieuwe halte (%.5f, %.5f) ligt niet binnen %.0f m van een bus- of treinlijn en verandert niets.":
        "A new stop (%.5f, %.5f) is not within %.0f m of a bus or train line and changes nothing.",
    "Een mobiliteitshub (%.5f, %.5f) ligt niet binnen %.0f m van een halte en verandert niets.":
        "A mobility hub (%.5f, %.5f) is not within %.0f m of a stop and changes nothing.",
    "Op %s rijdt volgens de dienstregeling geen enkele rit; de kalender noemt geen enkele dag.":
        "According to the timetable not one trip runs on %s; the calendar names no day at all.",
    "Op %s rijdt volgens de dienstregeling geen enkele rit. De kalender loopt van %s tot en met %s: kies met --date een dag daarbinnen.":
        "According to the timetable not one trip runs on %s. The calendar runs from %s to %s: choose a day within it with --date.",
    "Loop- en fietstijden van en naar haltes zijn geschat: de afstand in rechte lijn, met wat omrijden erbij. De regio heeft geen wegennet.":
        "Walking and cycling times to and from stops are estimated: the straight-line distance, plus some detour. The region has no road network.",
    "Loop- en fietstijden van en naar haltes volgen het wegennet van de regio; haltes en plekken verder dan 300 m van een weg, en lopen of fietsen naar de bestemming zelf, zijn geschat: de afstand in rechte lijn, met wat omrijden erbij.":
        "Walking and cycling times to and from stops follow the region’s road network; stops and places more than 300 m from a road, and walking or cycling to the destination itself, are estimated: the straight-line distance, plus some detour.",
    "Een buurtbus heeft minstens twee haltes nodig, een rit om de minuut of minder vaak, een eerste vertrek vóór het laatste en een snelheid.":
        "A community bus needs at least two stops, a trip every minute or less often, a first departure before the last and a speed.",
    "De rijtijd tussen halte %lu en %lu van de buurtbus is geen geldig aantal seconden.":
        "The running time between stop %lu and %lu of the community bus is not a valid number of seconds.",
    "Kies een geldige dag, een tijdvak van minstens een minuut, ten minste één bestemming en lopen of fiets naar de halte.":
        "Choose a valid day, a time window of at least a minute, at least one destination and walking or cycling to the stop.",
})


# "Past het hier?" in the window and the report (issue 16).
EN.update({
    "%s · %s": "%s · %s",
    "Waar past wat?": "What fits where?",
    "Waar past wat? Kies eerst een idee in de gereedschapskist.":
        "What fits where? First choose an idea in the toolbox.",
    "Kleur de kaart naar waar het gekozen idee past. De legenda zegt wat de kleuren en strepen betekenen.":
        "Colour the map by where the chosen idea fits. The legend says what the colours and stripes mean.",
    "Past het hier?": "Does it fit here?",
    "%u idee: %s": ("%u idea: %s", "%u ideas: %s"),
    "Waarom": "Why",
    "Waar een idee ligt, telt mee: water en bodem sturen, in een beekdal wordt niet gebouwd tenzij het water en natuur helpt, en nieuwe woningen horen bij het dorp. Zo oordelen de regels over de ideeën van dit plan.":
        "Where an idea lies matters: water and soil lead, nothing is built in a stream valley unless it helps water and nature, and new homes belong with the village. This is how the rules judge the ideas of this plan.",
    "Het plan heeft nog geen ideeën.": "The plan has no ideas yet.",
    "De ideeën die hier niet zomaar passen, en waarom:":
        "The ideas that do not simply fit where they are, and why:",
    "En nog %u idee dat hier niet zomaar past.":
        ("And %u more idea that does not simply fit where it is.",
         "And %u more ideas that do not simply fit where they are."),
    "Past goed: hier hoort het thuis (stippen)": "Fits well: this is where it belongs (dots)",
    "Past (effen)": "Fits (plain)",
    "Nee, tenzij: alleen als het aan een voorwaarde voldoet (strepen)":
        "No, unless: only if it meets a condition (stripes)",
    "Past niet (ruitjes)": "Does not fit (cross-hatched)",
    "Waar past wat: %s (geen regels)": "What fits where: %s (no rules)",
    "Waar past wat: %s": "What fits where: %s",
    "De afstanden achter deze oordelen:": "The distances behind these verdicts:",
    "%s: %s m (aanname)": "%s: %s m (assumption)",
    "%s: %s m (bron: %s)": "%s: %s m (source: %s)",
    "Als de laag aan staat, en onder de muis bij het neerzetten: waar het gekozen idee past volgens de regels voor water, beekdal en dorp.":
        "When the layer is on, and under the pointer while placing: where the chosen idea fits by the rules for water, stream valley and village.",
})

top = pathlib.Path(__file__).resolve().parent
pot = polib.pofile(str(top / "samenkaart.pot"))

# Bus and train in the window, the evaluator and the report (issue #15).
EN.update({
    "reistijd met bus en trein naar Zwolle, Emmen en andere centra":
        "travel time by bus and train to Zwolle, Emmen and other centres",
    "bewaar een GTFS-dienstregeling bij een regio": "keep a GTFS timetable with a region",
    "het veld “%s” moet tussen %g en %g liggen": "the field “%s” must be between %g and %g",
    "%s — met bus en trein: niet binnen 3 uur": "%s — by bus and train: not within 3 hours",
    "%s — met bus en trein: %.0f min naar een centrum": "%s — by bus and train: %.0f min to a centre",
    "Dienstregeling inlezen (GTFS)…": "Read a timetable (GTFS)…",
    "In deze dienstregeling rijdt op geen enkele dag een bus of trein.":
        "In this timetable no bus or train runs on any day.",
    " of ": " or ",
    "Kernen die pas met het plan met bus of trein een centrum bereiken (reistijd niet in euro’s)":
        "Villages that reach a centre by bus or train only with the plan (travel time not in euros)",
    "Deze buurtbus staat als punt op de kaart, uit een oudere versie van Samenkaart. Hij heeft geen route, dus telt niet mee voor bus en trein; zijn kosten en baten tellen wel. Teken hem opnieuw als lijn om hem mee te laten tellen.":
        "This community bus is a point on the map, from an older version of Samenkaart. It has no route, so it does not count for bus and train; its costs and benefits do. Draw it again as a line to make it count.",
    "Geen centrum gekozen": "No centre chosen",
    "De stip van elk dorp toont de reistijd naar de voorziening die onder „Hoe ver is het?” gekozen is. Met „Op de kaart: reistijd met bus en trein” aan: binnen een uur in een gekozen centrum, tot anderhalf uur, of langer.":
        "The dot of each village shows the travel time to the facility chosen under “How far is it?”. With “On the map: travel time by bus and train” on: within an hour of a chosen centre, up to an hour and a half, or longer.",
    "%s; meestal %g (%g – %g), %s": "%s; usually %g (%g – %g), %s",
    "bron: %s %d": "source: %s %d",
    "Waarde van reistijd, bus en trein": "Value of travel time, bus and train",
    "Reizen naar een centrum per inwoner per jaar": "Trips to a centre per inhabitant per year",
    "Snelheid buurtbus": "Community bus speed",
    "Kies een of meer centra om de reistijd te zien.": "Choose one or more centres to see the travel time.",
    "niet binnen 3 uur": "not within 3 hours",
    "%s min": "%s min",
    "%s → %s min": "%s → %s min",
    "Binnen een uur in %s: %s van de inwoners": "Within an hour of %s: %s of the inhabitants",
    "Binnen een uur in %s: %s → %s van de inwoners": "Within an hour of %s: %s → %s of the inhabitants",
    "Tijdwinst met bus en trein: € %s per jaar (€ %s – € %s), met de halveringsregel; aantal reizen en waarde van de tijd zijn een aanname.":
        "Time saved by bus and train: € %s a year (€ %s – € %s), by the rule of half; the number of trips and the value of time are assumptions.",
    "Buurtbus en mobiliteitshub staan hier in minuten; in euro’s zitten ze al elders in de MKBA (de reizigersbaat van de buurtbus, de reistijd naar de hub).":
        "Community bus and mobility hub are shown here in minutes; in euros they are already elsewhere in the MKBA (the community bus's user benefit, the travel time to the hub).",
    "Een buurtbus zonder route (een punt uit een oudere versie) telt hier niet mee: teken hem opnieuw als lijn.":
        "A community bus without a route (a point from an older version) does not count here: draw it again as a line.",
    "De mediaan over elke vertrekminuut in het venster, van deur tot deur: lopen of fietsen naar de halte, wachten, overstappen.":
        "The median over every departure minute in the window, door to door: walking or cycling to the stop, waiting, changing.",
    "Er is nog geen dienstregeling ingelezen voor deze regio. Lees een GTFS-bestand in om te zien hoe lang de reis met bus en trein duurt.":
        "No timetable has been read for this region yet. Read a GTFS file to see how long the journey by bus and train takes.",
    "De reistijden met bus en trein worden berekend…": "Working out the travel times by bus and train…",
    "Vertrek %d–%d uur": "Leaving %d–%d h",
    "Lopend naar de halte": "Walking to the stop",
    "Met de fiets naar de halte": "Cycling to the stop",
    "Met bus en trein": "By bus and train",
    "Op welke dag?": "On which day?",
    "Hoe laat vertrekt u?": "What time do you leave?",
    "Hoe komt u bij de halte?": "How do you get to the stop?",
    "Naar welke centra?": "To which centres?",
    "Op de kaart: reistijd met bus en trein": "On the map: travel time by bus and train",
    "De dienstregeling is niet ingelezen": "The timetable was not read",
    "%s\n\nEr is niets veranderd aan de regio.": "%s\n\nNothing in the region was changed.",
    "Inlezen gestopt; er is niets veranderd.": "Reading stopped; nothing was changed.",
    "Dienstregeling ingelezen: %s haltes, %s ritten.": "Timetable read: %s stops, %s trips.",
    "Dienstregeling inlezen": "Reading the timetable",
    "Alleen wat in de regio en naar de centra rijdt, wordt bewaard. Een groot bestand duurt even.":
        "Only what runs in the region and to the centres is kept. A large file takes a while.",
    "Bestand openen": "Opening the file",
    "Map met de GTFS-bestanden kiezen": "Choose the folder with the GTFS files",
    "GTFS-bestand (.zip) kiezen": "Choose a GTFS file (.zip)",
    "GTFS-dienstregeling (.zip)": "GTFS timetable (.zip)",
    "Dienstregeling inlezen (GTFS)": "Read a timetable (GTFS)",
    "Kies het GTFS-bestand van de vervoerder (een .zip, bijvoorbeeld gtfs-nl van OVapi) of een map met de uitgepakte .txt-bestanden. Samenkaart bewaart alleen wat in deze regio en naar Zwolle, Emmen, Assen, Groningen en Meppel rijdt.":
        "Choose the operator's GTFS file (a .zip, for example gtfs-nl from OVapi) or a folder with the unpacked .txt files. Samenkaart keeps only what runs in this region and to Zwolle, Emmen, Assen, Groningen and Meppel.",
    "_Map…": "_Folder…",
    "_Zip-bestand…": "_Zip file…",
    "Minuten (mediaan)": "Minutes (median)",
    "De mediaan van de reistijd van deur tot deur naar %s, over elke vertrekminuut van %02d:%02d tot %02d:%02d op %s, %s naar de halte. Waar het plan iets verandert, staat er “voor → na”.":
        "The median door-to-door travel time to %s, over every departure minute from %02d:%02d to %02d:%02d on %s, %s to the stop. Where the plan changes something, it says “before → after”.",
    "met de fiets": "cycling",
    "lopend": "walking",
    "Binnen een uur in %s: %s van de inwoners.": "Within an hour of %s: %s of the inhabitants.",
    "Binnen een uur in %s: %s → %s van de inwoners.": "Within an hour of %s: %s → %s of the inhabitants.",
    "Tijdwinst met bus en trein: € %s per jaar (€ %s – € %s), met de halveringsregel; het aantal reizen naar een centrum en de waarde van de reistijd zijn aannames (zie de bijlage).":
        "Time saved by bus and train: € %s a year (€ %s – € %s), by the rule of half; the number of trips to a centre and the value of travel time are assumptions (see the annex).",
    "Een buurtbus zonder route (een punt uit een oudere versie) telt hier niet mee.":
        "A community bus without a route (a point from an older version) does not count here.",
    "Voor deze regio is geen dienstregeling ingelezen, dus staat hier niets over bus en trein. In Samenkaart: Hoofdmenu → Dienstregeling inlezen (GTFS)…":
        "No timetable has been read for this region, so there is nothing here about bus and train. In Samenkaart: Main menu → Read a timetable (GTFS)…",
})

EN.update({
    # The review of 6 December: a region without facilities, the note that
    # names only what the plan has, the day named in the UI's language.
    "Deze regio heeft nog geen huisarts, school, winkel of andere voorziening om de afstand naar te meten.":
        "This region has no GP, school, shop or other facility yet to measure the distance to.",
    "De buurtbus staat hier in minuten; in euro’s zit hij al elders in de MKBA (de reizigersbaat van de buurtbus).":
        "The community bus is shown here in minutes; in euros it is already elsewhere in the MKBA (the community bus's user benefit).",
    "De mobiliteitshub staat hier in minuten; in euro’s zit hij al elders in de MKBA (de reistijd naar de hub).":
        "The mobility hub is shown here in minutes; in euros it is already elsewhere in the MKBA (the travel time to the hub).",
    "Wat dit plan aan bus en trein verandert, staat hier in minuten; in euro’s zit het al elders in de MKBA.":
        "What this plan changes for bus and train is shown here in minutes; in euros it is already elsewhere in the MKBA.",
    ("short weekday", "ma"): "Mon", ("short weekday", "di"): "Tue", ("short weekday", "wo"): "Wed",
    ("short weekday", "do"): "Thu", ("short weekday", "vr"): "Fri", ("short weekday", "za"): "Sat",
    ("short weekday", "zo"): "Sun",
    ("short month", "jan"): "Jan", ("short month", "feb"): "Feb", ("short month", "mrt"): "Mar",
    ("short month", "apr"): "Apr", ("short month", "mei"): "May", ("short month", "jun"): "Jun",
    ("short month", "jul"): "Jul", ("short month", "aug"): "Aug", ("short month", "sep"): "Sep",
    ("short month", "okt"): "Oct", ("short month", "nov"): "Nov", ("short month", "dec"): "Dec",
})

po = polib.POFile()
po.metadata = {
    "Project-Id-Version": "samenkaart",
    "PO-Revision-Date": "2026-11-23 00:00+0000",
    "Last-Translator": "The Samenkaart developers",
    "Language-Team": "English",
    "Language": "en",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}
missing = []
for e in pot:
    key = (e.msgctxt, e.msgid) if e.msgctxt else e.msgid
    if key not in EN:
        missing.append(e.msgid)
        continue
    entry = polib.POEntry(msgid=e.msgid, msgctxt=e.msgctxt, occurrences=e.occurrences,
                          comment=e.comment)
    value = EN[key]
    if e.msgid_plural:
        entry.msgid_plural = e.msgid_plural
        entry.msgstr_plural = {0: value[0], 1: value[1]}
    else:
        entry.msgstr = value
    po.append(entry)
po.save(str(top / "en.po"))
for m in missing:
    print("untranslated:", repr(m))
