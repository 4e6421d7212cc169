#!/usr/bin/env python3
"""Updates po/en.po from po/samenkaart.pot with the English texts below.

Dutch is the source language; this table is the English UI. Run
`ninja -C build samenkaart-pot` first, then this script (needs
python3-polib). tests/test-translations.sh fails when a string is missing.
"""
import pathlib
import polib

EN = {
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
}

top = pathlib.Path(__file__).resolve().parent
pot = polib.pofile(str(top / "samenkaart.pot"))
po = polib.POFile()
po.metadata = {
    "Project-Id-Version": "samenkaart",
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
