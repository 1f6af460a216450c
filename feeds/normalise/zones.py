"""Which zone a stated time is in, for the date grammar (when.py): zone words and abbreviations the libraries do not
know or read otherwise, the USA's zones, places' and countries' zones (the zone database's cities, CLDR's local
names of cities and countries, read with Babel once per language), local times named after a place ("heure de
Paris", "(Kigoma time)", "по киевскому времени"), and each language's and region's usual zone, the last resort of a
time stated with no zone. Pure but for Babel's CLDR data.
"""
from __future__ import annotations

import os
import re
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

# Abbreviations the library does not know, or reads otherwise, with the zone they name.
ZONE_WORDS = {
    "mez": "+01:00", "mesz": "+02:00", "cet": "+01:00", "cest": "+02:00", "wib": "+07:00", "wita": "+08:00",
    "wit": "+09:00", "eat": "+03:00", "wat": "+01:00", "cat": "+02:00", "sast": "+02:00", "gmt": "+00:00",
    "utc": "+00:00", "bst": "+01:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "brt": "-03:00", "ict": "+07:00",
    "jst": "+09:00", "aest": "+10:00", "aedt": "+11:00", "ist": "+05:30", "hkt": "+08:00", "sgt": "+08:00",
    "eet": "+02:00", "eest": "+03:00", "wet": "+00:00", "west": "+01:00", "pht": "+08:00", "pst8": "+08:00",
    "pkt": "+05:00", "kst": "+09:00", "awst": "+08:00", "acst": "+09:30", "nzst": "+12:00", "nzdt": "+13:00",
    "msk": "+03:00", "npt": "+05:45", "bdt": "+06:00", "mmt": "+06:30",
    # the Pacific's: Fiji, Vanuatu, New Caledonia, Solomon Islands, Papua New Guinea, Tahiti, Chamorro
    "fjt": "+12:00", "vut": "+11:00", "nct": "+11:00", "sbt": "+11:00", "pgt": "+10:00",     # not Tonga's "tot" (Dutch)
    "taht": "-10:00", "chst": "+10:00", "acdt": "+10:30", "gst": "+04:00",    # gst: the Gulf's standard time
    "hec": "+01:00", "haec": "+02:00",       # French: heure (avancée) d'Europe centrale
    "hne": "-05:00", "hae": "-04:00", "hnc": "-06:00",   # Canadian French: heure normale/avancée de l'Est, du Centre
    "ast": "-04:00", "adt": "-03:00",        # Atlantic time (the zone database's AST: the Caribbean, Atlantic Canada)
    "мск": "+03:00", "по московскому времени": "+03:00", "московского времени": "+03:00",
    "время московское": "+03:00",            # Moscow time
}


# The USA's zones in words: "Eastern Time", "Pacific Standard Time"
_US_ZONE_NAME = r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+Time"


# "9:00 a.m. ET", "8:00 a.m. Central Time": the US zones named without standard or daylight time (written in
# capitals, after a time).
US_ZONE = re.compile(r"(?:\d|[aApP]\.?[mM]\.?)\s*\b(ET|CT|MT|PT|" + _US_ZONE_NAME + r")\b")


US_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}


# A time in a zone of the USA ("2:15 PM EDT", "9 a.m. ET"): the numeric date beside it is month-first.
US_TIME_ZONE = re.compile(r"(?:\d|[ap]\.?m\.?|[AP]\.?M\.?)\s*\b(?:(?:E|C|M|P)(?:S|D)?T|" + _US_ZONE_NAME + r")\b")


# Named places whose local time a release may state ("heure de Paris", "Brasília time").
PLACE_ZONES = {
    "paris": "Europe/Paris", "bruxelles": "Europe/Brussels", "brussels": "Europe/Brussels", "genève": "Europe/Zurich",
    "geneva": "Europe/Zurich", "berlin": "Europe/Berlin", "madrid": "Europe/Madrid", "lisboa": "Europe/Lisbon",
    "lisbon": "Europe/Lisbon", "rome": "Europe/Rome", "roma": "Europe/Rome", "brasília": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo", "new york": "America/New_York", "london": "Europe/London",
    "londres": "Europe/London", "jakarta": "Asia/Jakarta", "nairobi": "Africa/Nairobi",
    "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "manila": "Asia/Manila",
    "uk": "Europe/London",
    # Pacific capitals the zone database names by their island or country ("heure de Port-Vila": Pacific/Efate)
    "port-vila": "Pacific/Efate", "port vila": "Pacific/Efate", "suva": "Pacific/Fiji",
    "honiara": "Pacific/Guadalcanal", "port moresby": "Pacific/Port_Moresby", "apia": "Pacific/Apia",
    "nuku'alofa": "Pacific/Tongatapu", "papeete": "Pacific/Tahiti", "avarua": "Pacific/Rarotonga",
}


# The zone a stated time with no zone is in, by the release's language, when the source names none.
# A language's usual zone: where most of its writers live. After the first nine (languages of several
# countries: their largest press's zone), languages written almost all in one zone (Korean: Seoul; Chinese:
# China's, Taiwan's, Hong Kong's and Singapore's clocks all read UTC+8; Swahili: Kenya's and Tanzania's
# UTC+3; Russian: Moscow's, the federal press's). Not Arabic (Morocco to the Gulf): none is usual.
LANGUAGE_ZONES = {"en": "Europe/London", "fr": "Europe/Paris", "de": "Europe/Berlin", "es": "Europe/Madrid",
                  "it": "Europe/Rome", "nl": "Europe/Amsterdam", "pt": "America/Sao_Paulo", "id": "Asia/Jakarta",
                  "vi": "Asia/Ho_Chi_Minh",
                  "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "zh": "Asia/Shanghai", "th": "Asia/Bangkok",
                  "ms": "Asia/Kuala_Lumpur", "hi": "Asia/Kolkata", "tr": "Europe/Istanbul", "ru": "Europe/Moscow",
                  "uk": "Europe/Kyiv", "pl": "Europe/Warsaw", "cs": "Europe/Prague", "sk": "Europe/Bratislava",
                  "hu": "Europe/Budapest", "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "el": "Europe/Athens",
                  "hr": "Europe/Zagreb", "sl": "Europe/Ljubljana", "sr": "Europe/Belgrade", "sv": "Europe/Stockholm",
                  "da": "Europe/Copenhagen", "fi": "Europe/Helsinki", "nb": "Europe/Oslo", "nn": "Europe/Oslo",
                  "no": "Europe/Oslo", "et": "Europe/Tallinn", "lv": "Europe/Riga", "lt": "Europe/Vilnius",
                  "he": "Asia/Jerusalem", "fa": "Asia/Tehran", "sw": "Africa/Nairobi",
                  # languages written almost all in one country (Spain's Galician, Catalan and Basque; Malta's ...)
                  "gl": "Europe/Madrid", "ca": "Europe/Madrid", "eu": "Europe/Madrid", "mt": "Europe/Malta",
                  "ka": "Asia/Tbilisi", "hy": "Asia/Yerevan", "az": "Asia/Baku", "be": "Europe/Minsk",
                  "kk": "Asia/Almaty", "uz": "Asia/Tashkent", "ky": "Asia/Bishkek", "tg": "Asia/Dushanbe",
                  "tk": "Asia/Ashgabat", "mn": "Asia/Ulaanbaatar", "km": "Asia/Phnom_Penh", "lo": "Asia/Vientiane",
                  "my": "Asia/Yangon", "tl": "Asia/Manila", "fil": "Asia/Manila", "sq": "Europe/Tirane",
                  "mk": "Europe/Skopje", "bs": "Europe/Sarajevo", "is": "Atlantic/Reykjavik", "ga": "Europe/Dublin",
                  "ne": "Asia/Kathmandu", "si": "Asia/Colombo", "bn": "Asia/Dhaka", "ur": "Asia/Karachi",
                  "am": "Africa/Addis_Ababa"}


# A language's zone in a region of its own ("en-US", "pt-PT", "es-MX"): the zone where most of the region's
# people live (New York for the USA, Toronto for Canada, Sydney for Australia). Only pairs of a language and a
# country that speaks it: a region not listed keeps the language's usual zone.
REGION_ZONES = {
    "en-us": "America/New_York", "es-us": "America/New_York", "en-ca": "America/Toronto",
    "fr-ca": "America/Toronto", "en-au": "Australia/Sydney", "en-nz": "Pacific/Auckland", "en-in": "Asia/Kolkata",
    "hi-in": "Asia/Kolkata", "en-sg": "Asia/Singapore", "en-ph": "Asia/Manila", "en-hk": "Asia/Hong_Kong",
    "zh-hk": "Asia/Hong_Kong", "en-za": "Africa/Johannesburg", "en-ng": "Africa/Lagos", "en-ke": "Africa/Nairobi",
    "sw-ke": "Africa/Nairobi", "sw-tz": "Africa/Dar_es_Salaam", "en-ie": "Europe/Dublin", "en-my": "Asia/Kuala_Lumpur",
    "ms-my": "Asia/Kuala_Lumpur", "en-pk": "Asia/Karachi", "en-gb": "Europe/London", "pt-pt": "Europe/Lisbon",
    "pt-br": "America/Sao_Paulo", "pt-ao": "Africa/Luanda", "pt-mz": "Africa/Maputo", "es-es": "Europe/Madrid",
    "es-mx": "America/Mexico_City", "es-ar": "America/Argentina/Buenos_Aires", "es-cl": "America/Santiago",
    "es-co": "America/Bogota", "es-pe": "America/Lima", "es-ve": "America/Caracas", "es-ec": "America/Guayaquil",
    "es-uy": "America/Montevideo", "es-py": "America/Asuncion", "es-bo": "America/La_Paz",
    "es-cr": "America/Costa_Rica", "es-gt": "America/Guatemala", "es-do": "America/Santo_Domingo",
    "fr-fr": "Europe/Paris", "fr-be": "Europe/Brussels", "nl-be": "Europe/Brussels", "fr-ch": "Europe/Zurich",
    "de-ch": "Europe/Zurich", "it-ch": "Europe/Zurich", "de-at": "Europe/Vienna", "de-de": "Europe/Berlin",
    "fr-lu": "Europe/Luxembourg", "de-lu": "Europe/Luxembourg", "fr-sn": "Africa/Dakar", "fr-ci": "Africa/Abidjan",
    "fr-ma": "Africa/Casablanca", "ar-ma": "Africa/Casablanca", "ar-eg": "Africa/Cairo", "ar-sa": "Asia/Riyadh",
    "ar-ae": "Asia/Dubai", "zh-cn": "Asia/Shanghai", "zh-tw": "Asia/Taipei", "zh-sg": "Asia/Singapore",
    "ja-jp": "Asia/Tokyo", "ko-kr": "Asia/Seoul", "th-th": "Asia/Bangkok", "tr-tr": "Europe/Istanbul",
    "pl-pl": "Europe/Warsaw", "cs-cz": "Europe/Prague", "sv-se": "Europe/Stockholm", "sv-fi": "Europe/Helsinki",
    "nl-nl": "Europe/Amsterdam", "it-it": "Europe/Rome", "id-id": "Asia/Jakarta", "vi-vn": "Asia/Ho_Chi_Minh",
    "ru-ru": "Europe/Moscow",
}


def usual_zone(language: str | None) -> str | None:
    """The zone a time stated with no zone is in, by the language tag: its region's zone when the pair of
    language and region is listed ("en-US": New York, "pt-PT": Lisbon), else the language's usual zone ("en":
    London), else None."""
    tag = (language or "").replace("_", "-").lower()
    parts = tag.split("-")
    region = next((part for part in parts[1:] if len(part) == 2 and part.isalpha()), None)
    listed = REGION_ZONES.get(f"{parts[0]}-{region}") if region else None
    return listed or LANGUAGE_ZONES.get(parts[0])


def fixed_zone(offset: str) -> timezone:
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = offset[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


# "10 h 00 HEC (heure de Genève)": a place's local time in brackets beside an abbreviation restates its zone
RESTATED = re.compile(r"\((?:heure|hora|horário|horario|time|zeit|ora|waktu)\b[^()]{1,40}\)"
                       r"|\([^()\d]{2,40}\s(?:local\s)?(?:time|zeit)\)", re.IGNORECASE)     # "(London time)" too


# "Astana time", "(Tashkent time, GMT+5)": a place's time beside the offset or abbreviation that states it
PLACE_TIME = re.compile(r"\b(?-i:[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){0,2})\s+(?:local\s+)?time\b", re.IGNORECASE)


# "(Singapore time)", "hora argentina", "heure de Montréal", "tiempo del centro": a place's (or a country's)
# local time, named with a time word; the place is looked up in the IANA zone database (its cities and regions)
TIME_WORD = r"(?:heure|horário|horario|hora|tiempo|time|zeit|ora|waktu|بتوقيت|توقيت)"      # "local time" in words


NAMED_TIME = re.compile(
    r"\(?\b(?:" + TIME_WORD + r"\s+(?:(?:del|de|of|di|do|da)\s+|d')?"
    r"(?P<after>[^\W\d][\w'’\- ]{2,30}?)|(?P<before>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){0,2})\s+(?:local\s+)?"
    r"(?:time|vaxtı|saati))"          # "(Bakı vaxtı)", "(İstanbul saati)": Azerbaijani's and Turkish's "time" after
    r"\s*(?=\)|,|$|\s[-–—]|\.\s)\)?", re.IGNORECASE)


# Names of local time that are no place in the database
_TIME_NAMES = {"centro": "America/Mexico_City",      # "tiempo del centro": Mexico's central time
               "centro de méxico": "America/Mexico_City", "centro de mexico": "America/Mexico_City",
               "canaria": "Atlantic/Canary", "canarias": "Atlantic/Canary",    # "hora canaria"
               "peninsular": "Europe/Madrid",            # "hora peninsular": Spain's mainland time
               "cabo verde": "Atlantic/Cape_Verde",      # "hora de Cabo Verde" (the database: "Cape Verde")
               # Arabic short names of a country's time ("بتوقيت الإمارات": CLDR names the Emirates in full)
               "الإمارات": "Asia/Dubai", "السعودية": "Asia/Riyadh", "مكة المكرمة": "Asia/Riyadh",
               "غرينتش": "Etc/UTC", "غرينيتش": "Etc/UTC", "جرينتش": "Etc/UTC"}


@lru_cache(maxsize=1)
def _iana_places() -> dict[str, str]:
    """Every IANA zone's city and region names, lower case with spaces ("buenos aires", "argentina",
    "singapore"), each with the first zone (sorted) named so."""
    from zoneinfo import available_timezones
    places: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        parts = zone.split("/")
        if len(parts) < 2 or parts[0] in ("Etc", "SystemV", "US", "Canada", "Brazil", "Mexico", "Chile"):
            continue
        for part in parts[1:]:
            places.setdefault(part.replace("_", " ").lower(), zone)
    return places


@lru_cache(maxsize=64)
def _local_places(language: str) -> dict[str, str]:
    """The zone database's cities as `language` writes them, where that differs from its English names (CLDR's
    exemplar cities, read with Babel: "lisboa" in Portuguese, "wien" in German), each with its zone; read once per
    language, on the first name the English ones miss."""
    from babel import Locale, UnknownLocaleError
    try:
        zones = Locale.parse(language.split("-")[0]).time_zones
    except (UnknownLocaleError, ValueError):
        return {}
    places: dict[str, str] = {}
    for zone, names in sorted(zones.items()):
        city = names.get("city") if hasattr(names, "get") else None
        if city and "/" in zone and not zone.startswith("Etc/"):
            places.setdefault(" ".join(city.lower().split()), zone)
    return places


def place_zone_name(name: str, language: str | None = None) -> str | None:
    """The zone of a city or region the zone database names ("buenos aires"), or that it names in English and
    the release's language writes otherwise ("lisboa" in Portuguese): lower case, spaces between words."""
    return _iana_places().get(name) or (_local_places(language).get(name) if language else None)


@lru_cache(maxsize=64)
def _country_zones(language: str) -> dict[str, str]:
    """The countries of one zone as `language` and English name them ("colombia", "timor-leste": "hora de
    Colombia"), each with its zone (CLDR's territory names and zones, read with Babel once per language, on the
    first local time that names no city). A country of several zones names none."""
    return {name: zone for name, territory in country_names(language).items() if (zone := sole_zone(territory))}


def sole_zone(territory: str) -> str | None:
    """A country's only zone ("SN": Africa/Dakar), CLDR's, read with Babel; None for a country of several zones
    ("CL": Chile has two) or none."""
    from babel.core import get_global
    listed = get_global("territory_zones").get(territory, ())
    return listed[0] if len(listed) == 1 else None


@lru_cache(maxsize=64)
def country_names(language: str) -> dict[str, str]:
    """The countries as `language` and then English name them, lower case, each with its code ("chile": "CL"):
    CLDR's territory names, read with Babel; the language's name first when both name a country alike."""
    from babel import Locale, UnknownLocaleError
    names: dict[str, str] = {}
    for code in (language.split("-")[0], "en"):
        try:
            territories = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError):
            continue
        for territory, name in sorted(territories.items()):
            if len(territory) == 2 and territory.isalpha():
                names.setdefault(" ".join(name.lower().split()), territory)
    return names


# a local time in brackets named after a place ("(heure de Cotonou)", "(Kigoma time)"): when the place is unknown,
# (a name: capitalised) the words are left out and the time is in the zone the release's other evidence gives (its
# dateline, its source, its press office's country, its language)
UNKNOWN_PLACE_TIME = re.compile(r"\((?:" + TIME_WORD + r"\s+"
                                 r"(?:(?:del|de|of|di|do|da)\s+|d['’])?(?-i:[A-ZÀ-ÞЀ-Я])[^()]{1,30}"
                                 r"|(?-i:[A-ZÀ-ÞЀ-Я])[^()\d]{1,30}\s(?:local\s)?(?:time|aikaa|aeg|tid|tijd|laiks|laiku|vaxtı|saati))\)",
                                 re.IGNORECASE)     # "(Suomen aikaa)": Finland's time, a country in the genitive;
#                                                     "(Latvijas laiks)", "(Lietuvos laiku)": Latvia's, Lithuania's


# "за київським часом", "по московскому времени", "по ташкентскому времени": a city's time named by its adjective
# (Russian, Ukrainian, Belarusian); the city is CLDR's in the language sharing the most first letters (four at least)
_ADJECTIVAL_TIME = re.compile(r"\(?\b(?:по|за)\s+(?P<adjective>[а-яёіїєґ\-]{4,}?)(?:ськ|ск|цьк|цк)(?:ому|им|ім|ом)\s+"
                              r"(?:времени|часом|часу|часам)\)?", re.IGNORECASE)


def adjectival_time(text: str, language: str | None) -> tuple[tzinfo, str] | None:
    m = _ADJECTIVAL_TIME.search(text)
    if m is None:
        return None
    stem = m.group("adjective").lower()
    shared = {(len(os.path.commonprefix([stem, city])), zone) for code in ((language or "ru").split("-")[0], "ru", "uk")
              for city, zone in _local_places(code).items()}
    longest = max((n for n, _ in shared), default=0)
    zones = {zone for n, zone in shared if n == longest}
    if longest < 4 or len(zones) != 1:
        return None
    return ZoneInfo(zones.pop()), text[:m.start()] + " " + text[m.end():]


def named_local_time(text: str, language: str | None = None) -> tuple[tzinfo, str] | None:
    """(zone, text without its words) for a local time named after a place the zone database knows, or None."""
    for m in NAMED_TIME.finditer(text):
        name = " ".join((m.group("after") or m.group("before") or "").lower().split())
        zone = _TIME_NAMES.get(name) or place_zone_name(name, language) or _country_zones(language or "en").get(name)
        if zone is not None:
            return ZoneInfo(zone), text[:m.start()] + " " + text[m.end():]
    return None
