"""A press release read to the newswire conventions, from its paragraphs (lines kept): preamble,
headline, standfirst, dateline, body, end matter, and the dates it states. A time stated with no zone is read
in the zone the release itself gives evidence of when the source names none: a US address or phone number,
its e-mail and web addresses' country, its dateline's place, a country or province its letterhead names,
its telephone numbers' country, the source's locale's country; only then the language's usual zone. Pure; used by
normalisation for every format and source kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .contacts import Contact, parse_contacts
from .endmatter import split_end_matter
from .dateline import split_dateline
from .preamble import split_preamble
from .text import clean_line
from .when import PUBLISHED_LABEL, Stated, find_stated, read_stated
from .zones import REGION_ZONES, country_names, place_zone_name, sole_zone

_BLANK = re.compile(r"\n[ \t\u00a0]*\n\s*")


@dataclass(frozen=True)
class Newswire:
    title: str | None
    standfirst: str | None
    paragraphs: list[str]            # the body, one line per paragraph
    dateline: str | None
    dateline_date: Stated | None
    date: Stated | None              # a date line above the headline
    embargo: Stated | None
    notes: str
    contacts: tuple[Contact, ...]


def blocks(text: str) -> list[str]:
    """Paragraphs separated by blank lines, their lines kept (CR/LF normalised, lines stripped)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    out = []
    for block in _BLANK.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            out.append("\n".join(lines))
    return out


def read_newswire(paragraphs: list[str], title: str | None, language: str | None = None,
                  locale: str | None = None, zone: str | None = None, url: str | None = None) -> Newswire:
    """The release in `paragraphs` (`title`: the headline its format already knows, if any); `zone` is the
    source's, else the one the release (and its own address, `url`) gives evidence of."""
    if (language or "").startswith("en") and not locale:
        locale, zone = _united_states(paragraphs, zone)
    zone = (zone or _country_zone(paragraphs + ([url] if url else [])) or _dateline_zone(paragraphs, language)
            or _letterhead_zone(paragraphs, language, title) or _phone_zone(paragraphs) or _locale_zone(locale))
    pre = split_preamble(paragraphs, title, language, locale, zone)
    closing = _closing_date(pre.body, language, locale, zone) if pre.date is None else None
    end = split_end_matter(pre.body[:-1] if closing is not None else pre.body)
    body = list(end.body)
    dateline = dateline_date = None
    if body:
        found = split_dateline(_flat(body[0]), language, locale, zone)
        if found is not None:
            dateline, dateline_date = found.place, found.date
            body[0] = found.rest
        elif pre.date_place and (rest := _after_place(_flat(body[0]), pre.date_place)) is not None:
            dateline, body[0] = pre.date_place, rest
        elif (placed := _letterhead_place_first(_flat(body[0]), paragraphs, pre.title)) is not None:
            dateline, body[0] = placed
    flat = [_flat(p) for p in body]
    flat = [p for p in flat if p]
    if dateline is None and pre.date_place:
        dateline = pre.date_place
    above = tuple(parse_contacts("\n".join(pre.contact_lines))) if pre.contact_lines else ()
    date = _disclosed_time(pre.date or closing, paragraphs, language, locale, zone)
    if date is None:
        dateline_date = _disclosed_time(dateline_date, paragraphs, language, locale, zone)
    return Newswire(pre.title, pre.standfirst, flat, dateline, dateline_date, date, pre.embargo,
                    end.notes, above + end.contacts)


def _after_place(first: str, place: str) -> str | None:
    """The first paragraph without the place of the date line above the headline when it opens with that place and
    a colon or a dash ("**Bengaluru:** The institute ...", "Bengaluru – The institute ..."): the dateline, written in
    title case (which alone would not tell it from a sentence's first words); None when it opens otherwise."""
    m = re.match(r"^[*_\s]*" + re.escape(place) + r"[*_]*\s*(?:[:：]|\s[–—]|\s-{1,2}\s)[*_]*\s*(?=\S)", first,
                 re.IGNORECASE)
    rest = first[m.end():] if m else ""
    return rest if rest and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“«") else None


# "Dodoma. Mamlaka ya ...": a place of up to three capitalised words and a full stop opening the first paragraph
_PLACE_STOP = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-Þ][\w'’\-]{3,}(?: [A-ZÀ-ÖØ-Þa-z][\w'’\-]+){0,2})\.\s+"
                         r"(?=[A-ZÀ-ÖØ-Þ\"“«])")


def _letterhead_place_first(first: str, paragraphs: list[str], title: str | None) -> tuple[str, str] | None:
    """(place, the paragraph after it) when the first paragraph opens with a place and a full stop (East African
    papers' dateline, "Dodoma. Mamlaka ...") and the lines above the headline name that place as a word of their own
    (the letterhead's address, "S.L.P 1105, Dodoma"): alone, a word and a full stop are as likely a short
    sentence; None otherwise."""
    m = _PLACE_STOP.match(first)
    if m is None or not title or len(first) - m.end() < 60:
        return None
    above = next((paragraphs[:k] for k, para in enumerate(paragraphs) if title in _flat(para)), [])
    named = re.compile(r"(?<![\w'’\-])" + re.escape(m.group("place")) + r"(?![\w'’\-])")
    if not any(named.search(para) for para in above[:8]):
        return None
    return m.group("place"), first[m.end():]


# "The information was submitted for publication ... at 08:00 CET on 8 February 2027": the time a listed company's
# release states for its publication in its regulatory notice (the EU Market Abuse Regulation's sentence, written
# in each language of the Nordic exchanges' issuers)
_DISCLOSURE = re.compile(r"for publication|for offentliggørelse|för offentliggörande|for offentliggjøring|"
                         r"julkistettavaksi|julkaistavaksi|zur veröffentlichung|pour publication|para su publicación|"
                         r"para publicação|per la pubblicazione|voor publicatie|do publikacji", re.IGNORECASE)


def _disclosed_time(stated: Stated | None, paragraphs: list[str], language: str | None, locale: str | None,
                    zone: str | None) -> Stated | None:
    """A date stated without a time, with the time of the regulatory notice that states its publication on that
    same day; the date as it is otherwise."""
    if stated is None or stated.has_time:
        return stated
    for paragraph in paragraphs[-12:]:
        m = _DISCLOSURE.search(paragraph)
        if m is None or len(paragraph) > 600:
            continue
        for _, found in find_stated(paragraph[m.start():], language, locale, zone):
            if found.has_time and found.when.date() == stated.when.date():
                return found
    return stated


# "Published 2 Feb 2025 14:30 WAT", "Posted: 3 March 2025": a publication line closing a release (a wire's)
_CLOSING_LABEL = re.compile(r"^(?:" + PUBLISHED_LABEL.pattern + r")\s*:?\s+(?=\S)", re.IGNORECASE)


def _closing_date(body: list[str], language: str | None, locale: str | None, zone: str | None) -> Stated | None:
    """The date of a last paragraph that is only a publication label and a date (and time), when the
    first paragraph's dateline states no other day; else None (and the paragraph stays where it is)."""
    line = body[-1].strip(" *_") if len(body) > 1 else ""
    m = _CLOSING_LABEL.match(line)
    if "\n" in line or len(line) > 80 or m is None or len(re.findall(r"[^\W\d]{4,}", line[m.end():])) > 3:
        return None
    stated = read_stated(line[m.end():], language, locale, zone)
    lead = split_dateline(_flat(body[0]), language, locale, zone)
    if stated is None or (lead is not None and lead.date is not None and lead.date.when.date() != stated.when.date()):
        return None
    return stated


# A US postal address ("Port Ellery, OR 97365") or a US phone number written the US way ("(541) 555-0100",
# "541-555-0100", not after "+1": the Caribbean shares the code but writes dates day-first).
_US_ADDRESS = re.compile(r",\s+(?P<state>[A-Z]{2})\s+\d{5}(?:-\d{4})?\b")
_US_PHONE = re.compile(r"(?<!\+1 )(?<!\+1)(?:\(\d{3}\)\s?|\b\d{3}-)\d{3}-\d{4}\b")
_STATE_ZONES = {state: zone for zone, states in (
    ("America/New_York", "CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV"),
    ("America/Chicago", "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI"),
    ("America/Denver", "CO ID MT NM UT WY"), ("America/Phoenix", "AZ"), ("America/Los_Angeles", "CA NV OR WA"),
    ("America/Anchorage", "AK"), ("Pacific/Honolulu", "HI")) for state in states.split()}


def _united_states(paragraphs: list[str], zone: str | None) -> tuple[str | None, str | None]:
    """(locale, zone) of an English release with no locale configured: "en-US" when it prints a US address
    or phone number (its numeric dates are then month-first), and the zone of the state of its address
    when the source names none; else (None, zone) unchanged."""
    text = "\n".join(paragraphs)
    address = next((m for m in _US_ADDRESS.finditer(text) if m.group("state") in _STATE_ZONES), None)
    if address is None and not _US_PHONE.search(text):
        return None, zone
    return "en-US", zone or (_STATE_ZONES[address.group("state")] if address else None)


# The zone of a country whose press offices' e-mail and web domains end with its code ("prensa@hospital.gob.ar"),
# for a country of one UTC offset (generic-looking codes such as .co, .io, .me, .tv left out).
_COUNTRY_ZONES = {
    "ar": "America/Argentina/Buenos_Aires", "cl": "America/Santiago", "pe": "America/Lima",
    "uy": "America/Montevideo", "py": "America/Asuncion", "bo": "America/La_Paz", "ve": "America/Caracas",
    "cr": "America/Costa_Rica", "gt": "America/Guatemala", "pa": "America/Panama", "do": "America/Santo_Domingo",
    "cu": "America/Havana", "pt": "Europe/Lisbon", "es": "Europe/Madrid", "fr": "Europe/Paris",
    "be": "Europe/Brussels", "ch": "Europe/Zurich", "at": "Europe/Vienna", "de": "Europe/Berlin", "it": "Europe/Rome",
    "nl": "Europe/Amsterdam", "lu": "Europe/Luxembourg", "ie": "Europe/Dublin", "uk": "Europe/London",
    "pl": "Europe/Warsaw", "mz": "Africa/Maputo", "ao": "Africa/Luanda", "sn": "Africa/Dakar", "ci": "Africa/Abidjan",
    "cm": "Africa/Douala", "gh": "Africa/Accra", "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "ug": "Africa/Kampala",
    "tz": "Africa/Dar_es_Salaam", "rw": "Africa/Kigali", "et": "Africa/Addis_Ababa", "za": "Africa/Johannesburg",
    "ma": "Africa/Casablanca", "tn": "Africa/Tunis", "eg": "Africa/Cairo", "in": "Asia/Kolkata", "pk": "Asia/Karachi",
    "bd": "Asia/Dhaka", "ph": "Asia/Manila", "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "nz": "Pacific/Auckland",
}
_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://)[\w\-]+(?:\.[\w\-]+)*\.(?P<code>[a-z]{2})\b(?![.\w-])", re.IGNORECASE)


def _country_zone(paragraphs: list[str]) -> str | None:
    """The zone of the one country the release's e-mail and web addresses name by their country code, when
    the source names no zone: a stated time with no zone is that country's local time, not the language's
    (Spanish is spoken from Madrid to Buenos Aires). None when they name no such country, or several."""
    codes = {m.group("code").lower() for p in paragraphs for m in _DOMAIN.finditer(p)}
    zones = {_COUNTRY_ZONES[code] for code in codes if code in _COUNTRY_ZONES}
    return zones.pop() if len(zones) == 1 else None


# International calling codes and their countries (ITU-T E.164), for the zone of a press office's telephone numbers;
# "+1" (North America and the Caribbean) and "+7" (Russia and Kazakhstan) name several countries and are left out
_CALLING_PAIRS = (
    "20=EG 211=SS 212=MA 213=DZ 216=TN 218=LY 220=GM 221=SN 222=MR 223=ML 224=GN 225=CI 226=BF 227=NE 228=TG 229=BJ "
    "230=MU 231=LR 232=SL 233=GH 234=NG 235=TD 236=CF 237=CM 238=CV 239=ST 240=GQ 241=GA 242=CG 244=AO 245=GW "
    "248=SC 249=SD 250=RW 251=ET 252=SO 253=DJ 254=KE 255=TZ 256=UG 257=BI 258=MZ 260=ZM 261=MG 263=ZW 264=NA "
    "265=MW 266=LS 267=BW 268=SZ 269=KM 27=ZA 30=GR 31=NL 32=BE 33=FR 34=ES 351=PT 352=LU 353=IE 354=IS 355=AL "
    "356=MT 357=CY 358=FI 359=BG 36=HU 370=LT 371=LV 372=EE 373=MD 374=AM 375=BY 376=AD 377=MC 378=SM 380=UA "
    "381=RS 382=ME 383=XK 385=HR 386=SI 387=BA 389=MK 39=IT 40=RO 41=CH 420=CZ 421=SK 423=LI 43=AT 44=GB 45=DK "
    "46=SE 47=NO 48=PL 49=DE 501=BZ 502=GT 503=SV 504=HN 505=NI 506=CR 507=PA 509=HT 51=PE 52=MX 53=CU 54=AR "
    "55=BR 56=CL 57=CO 58=VE 591=BO 593=EC 595=PY 598=UY 60=MY 62=ID 63=PH 64=NZ 65=SG 66=TH 81=JP 82=KR 84=VN "
    "86=CN 852=HK 853=MO 855=KH 856=LA 880=BD 886=TW 90=TR 91=IN 92=PK 93=AF 94=LK 95=MM 960=MV 961=LB 962=JO "
    "963=SY 964=IQ 965=KW 966=SA 967=YE 968=OM 970=PS 971=AE 972=IL 973=BH 974=QA 975=BT 976=MN 977=NP 98=IR "
    "992=TJ 993=TM 994=AZ 995=GE 996=KG 998=UZ")
_CALLING_CODES = {code: country for code, _, country in (pair.partition("=") for pair in _CALLING_PAIRS.split())}
# A country of several zones whose press writes, almost all, in one of them: its capital's (or largest city's)
_MAIN_ZONES = {"MX": "America/Mexico_City", "BR": "America/Sao_Paulo", "CN": "Asia/Shanghai", "UZ": "Asia/Tashkent",
               "ID": "Asia/Jakarta", "MY": "Asia/Kuala_Lumpur", "MN": "Asia/Ulaanbaatar", "EC": "America/Guayaquil",
               "CL": "America/Santiago", "AR": "America/Argentina/Buenos_Aires", "ES": "Europe/Madrid",
               "PT": "Europe/Lisbon"}
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\s?(\d{1,3})[\s.\-(]")


def _phone_zone(paragraphs: list[str]) -> str | None:
    """The zone of the one country whose calling code the release's international telephone numbers carry
    ("+229 01 21 55 50 17": Benin's), when nothing else named a zone: its only zone (CLDR's, read with Babel), or
    the one its press writes in; None when the numbers name no such country, or several."""
    found = set()
    for m in (m for p in paragraphs for m in _INTERNATIONAL.finditer(p)):
        digits = m.group(1)
        country = next((_CALLING_CODES[digits[:n]] for n in (1, 2, 3) if digits[:n] in _CALLING_CODES), None)
        zone = _territory_zone(country) if country else None
        if zone:
            found.add(zone)
    return found.pop() if len(found) == 1 else None


def _territory_zone(country: str) -> str | None:
    """The zone its press writes in, of a country of several ("MX": Mexico City's), else its only one."""
    return _MAIN_ZONES.get(country) or sole_zone(country)


def _locale_zone(locale: str | None) -> str | None:
    """The zone of the source's locale's country ("es-MX": Mexico City's, "es-SV": El Salvador's), when the
    release itself names no place: the country's zone for its language where one is listed (REGION_ZONES: "en-US"
    New York's), else its only or main one. None for a locale without a country ("es")."""
    parts = (locale or "").replace("_", "-").split("-")
    region = next((part.upper() for part in parts[1:] if len(part) == 2 and part.isalpha()), None)
    if region is None:
        return None
    return REGION_ZONES.get(f"{parts[0].lower()}-{region.lower()}") or _territory_zone(region)


# A letterhead's parts: its lines, cut at the separators that set an office's name apart from its country or
# province ("MUNICIPALIDAD DE X · Provincia de Córdoba", "Gobierno de Chile | Ministerio de Salud")
_LETTERHEAD_PARTS = re.compile(r"\s*(?:\n|[·|•,;/–—]|\s-\s)\s*")
# The words before a country's or a province's name in a letterhead ("Gobierno de Chile", "Provincia de Córdoba",
# "República Argentina", "Government of Ghana", "Estado de México" is left out: a state and its country share names)
_COUNTRY_WORDS = re.compile(
    r"^(?:(?:gobierno|rep[uú]blica|provincia|regi[oó]n|governo|gouvernement|r[ée]publique|government|republic|"
    r"province|region|embajada|embaixada|ambassade|embassy)(?:\s+(?:de\s+la|del|de|da|do|du|de\s+l[a']|of(?:\s+the)?"
    r"|d['’]))?\s+)?(?P<name>.+)$", re.IGNORECASE)


def _letterhead_zone(paragraphs: list[str], language: str | None, title: str | None = None) -> str | None:
    """The zone of the one country or place the letterhead names as a part of its own ("Gobierno de Chile",
    "X · Provincia de Córdoba", "République du Sénégal", "..., Nairobi, Kenya"): in the first short paragraphs
    (not the headline), a country CLDR names in the release's language or in English as a whole line or as its
    last part of words (what a separator sets apart; a web address or a number may follow), or after a
    government's, republic's or province's word anywhere in the line; a place the zone database knows only after
    such a word. A stated time with no zone is the office's local time, not the language's usual one. None when
    the letterhead names no such country or place, or several zones."""
    countries = country_names(language or "en")
    found = set()
    lines = [line for p in paragraphs[:3] if len(p) <= 200 for line in p.split("\n") if line != title]
    for line in lines:
        parts = _LETTERHEAD_PARTS.split(line)
        # the last part that is words (an address's country before its web address or telephone number)
        last = max((i for i, part in enumerate(parts) if not re.search(r"[\d@.]", part)), default=-1)
        for index, part in enumerate(parts):
            clean = " ".join(part.strip(" *_#").split())
            m = _COUNTRY_WORDS.match(clean)
            if m is None or not clean[:1].isalpha():
                continue
            name = m.group("name").lower()
            worded = m.group("name") != clean           # after a government's, republic's or province's word
            country = countries.get(name) if worded or index == last else None
            zone = _territory_zone(country) if country else place_zone_name(name, language) if worded else None
            if zone:
                found.add(zone)
    return found.pop() if len(found) == 1 else None


# "Luanda, 2 de Outubro de 2023 –", "**Lisboa, 27 de janeiro –**": a place opening a paragraph, then a comma
_OPENING_PLACE = re.compile(r"^[*_\s]*(?P<place>[A-ZÀ-Þ][^\W\d_]+(?:[ '’\-][A-ZÀ-Þ][^\W\d_]+){0,2})[*_\s]*,")


def _dateline_zone(paragraphs: list[str], language: str | None = None) -> str | None:
    """The zone of the first place that opens one of the first paragraphs (the dateline, or a date line's place)
    when the zone database names a city so ("Luanda"), or names it in English and CLDR in the release's language
    ("Lisboa" in Portuguese, "Wien" in German): a stated time with no zone is that place's local time, not the
    language's usual one (Portuguese from Lisbon to Luanda)."""
    for paragraph in paragraphs[:10]:
        m = _OPENING_PLACE.match(paragraph)
        if m and (zone := place_zone_name(m.group("place").lower(), language)):
            return zone
    return None


def _flat(paragraph: str) -> str:
    """A paragraph's lines as one line. A hyphen at a hard line break after a letter or digit is kept, and
    the lines joined without a space ("pallet-" / "moving": editors break lines after a word's hyphen)."""
    return clean_line(_HYPHEN_BREAK.sub("-", "\n".join(line.strip() for line in paragraph.split("\n"))))


_HYPHEN_BREAK = re.compile(r"(?<=[^\W_])-\n(?=[^\W_])")
