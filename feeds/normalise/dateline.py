"""The dateline opening a release's first paragraph ("GENEVA, 12 March 2025 –", "CHENNAI:", "МОСКВА, 12 марта
2025 г. —", "深圳，2026年5月20日——", "【臺北訊】"): its place, its date when stated, and the paragraph without it.
Pure functions over one paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .endmatter import heading
from .labels import _META, is_label
from .when import Stated, read_stated
from .zones import TIME_WORD, ZONE_WORDS

_DASH = r"(?:\s+[-–—]{1,2}\s*|\s*[-–—]{1,2}\s+|\s*\.\s*[-–—]\s*|\s*[–—]\s*)"
# "GENEVA, 12 March 2025 –", "Ciudad de México, a 5 de marzo de 2024.-", "BERLIN (dpa) –", "LEEDS –"
# Capital letters of the Latin, Cyrillic, Greek and Armenian scripts ("MOSKVA", "МОСКВА", "ΑΘΗΝΑ", "ԵՐԵՎԱՆ")
_UP = "A-ZÀ-ÖØ-ÞİЀ-ЯѠ-ӿΆ-ΫԱ-Ֆ"
# A place: capitalised words (particles between them), places joined by "/" ("BRUSSELS/GENEVA", "ZAGREB / LJUBLJANA")
# or by "and" in a language's word ("NEW YORK and OSLO", "MADRID y LISBOA", "BERLIN und WIEN"),
# its province in brackets before a comma ("Valdemora (Madrid), 9 de marzo"), and a US
# state or district written after a comma ("SAN JOSE, Calif.", "WASHINGTON, D.C.", "Austin, TX").
_PLACE_NAME = (r"[" + _UP + r"][\w'’.\-]*(?:(?:[ \-]|\s?/\s?(?=[" + _UP + r"])|"
               r"\s(?:and|et|y|e|und|og|och|ja|&)\s(?=[" + _UP + r"]))"     # "NEW YORK and OSLO", "PARIS et GENÈVE"
               r"(?:[" + _UP + r"][\w'’.\-]*|de|da|do|del|di|la|"
               r"le|am|an|sur|upon|on|en|i|im|aan|op|den|der|ter|bij|al|du|des)){0,4}"
               r"(?:\s\((?-i:[A-ZÀ-Þ][a-zà-ÿ][\w'’.\- ]{0,30})\)(?=,))?"    # "Valdemora (Madrid)," its province
               r"(?:,\s*(?:[A-Z][a-z]{1,6}\.|[A-Z]\.[A-Z]\.|[A-Z]{2,3}(?=\s*[-–—,(])|"
               r"[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?(?=\s[–—]|\s-{1,2}\s)))?")   # "COLUMBUS, Ohio —"
_DATELINE = re.compile(
    r"^(?P<place>" + _PLACE_NAME + r")"
    r"(?:\s*(?:,|\()\s*(?P<date>[^–—()]{4,70}?)\s*\)?(?=" + _DASH + r"|\.\s|:\s)(?P<sep>" + _DASH + r"|\.|:)"
    r"|\s*\((?P<agency>[^)]{1,30})\)" + _DASH + r"|" + _DASH + r")\s*")
# "CEBU CITY, Sept. 9 (PIA) --": an agency's dateline, the day without its year
_AGENCY_DATELINE = re.compile(r"^(?P<place>" + _PLACE_NAME + r"),\s*(?P<date>[^()]{3,20}?)\s*\((?P<agency>[^)]{1,30})\)"
                              + _DASH)
# Letters of scripts without capitals a place's name may open with (Georgian "თბილისი", Arabic, Hebrew, Indic,
# Thai, Lao, Myanmar, Ethiopic, Khmer, Japanese, Chinese, Korean)
_CASELESS_START = "\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10d0-\u10ff\u1200-\u137f\u1780-\u17ff" \
    "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"


@dataclass(frozen=True)
class Dateline:
    """A dateline read off a first paragraph: its place, its date when it states one, and the paragraph after it."""

    place: str
    date: Stated | None
    rest: str


_PLACE = re.compile(r"^(?P<place>" + _PLACE_NAME + r")\s*(?P<open>,|\()\s*")
# after the date: a dash, a full stop, a colon, or a slash between spaces (a wire's way without its name: "ABUJA,
# Nigeria, April 27, 2026 / The bank ...")
_SEPARATOR = re.compile(r"\)?\s*(?:" + _DASH + r"|\.(?=\s)|:(?=\s)|(?<=\s)/(?=\s))\s*")


# a newswire's name after the date ("/PRNewswire/", "(ots)", an office as its own wire: "/Parks Canada/"), not a
# zone's abbreviation in brackets ("10 h (HAE)")
_NEWSWIRE_NAME = re.compile(r"/[^/\d]{1,40}/|\s*\((?!(?i:" + "|".join(ZONE_WORDS) + r")\)?\s*$)(?!(?i:" + TIME_WORD
                            + r")\s)[^()\d]{2,30}\)?\s*$")     # nor a place's time ("(hora del centro de México)")


def _bare_place(place: str) -> str:
    """"SAN JERÓNIMO DEL VALLE" of "SAN JERÓNIMO DEL VALLE.–": a place whose last word, in capitals, has the full
    stop of its ".–" separator; an abbreviation's dot ("D.C.", "Calif.", "ST.") stays."""
    last = place.rsplit(" ", 1)[-1]
    bare = last[:-1]
    return place[:-1] if last.endswith(".") and len(bare) >= 4 and bare.isupper() and "." not in bare else place


def split_dateline(first: str, language: str | None = None, locale: str | None = None,
                   zone: str | None = None) -> Dateline | None:
    """The dateline opening the first paragraph: place, stated date, and the paragraph without it.
    "GENEVA, 12 March 2025 –", "SAN JOSE, Calif., Sept. 16, 2024 /PRNewswire/ --", "BERLIN (dpa) –",
    "Madrid, 26 de enero de 2022." (the first separator after which the text before it reads as a date)."""
    wired = _wire_in_dashes(first, language, locale, zone)
    if wired is not None:
        return wired
    m = _PLACE.match(first)
    if m:
        place = _bare_place(m.group("place").strip(" ,"))
        for sep in _SEPARATOR.finditer(first, m.end(), min(len(first), m.end() + 90)):
            # without a newswire's name: "/PRNewswire/", "(ots)"
            date_text = _NEWSWIRE_NAME.sub(" ", first[m.end():sep.start()])
            rest = first[sep.end():].strip()
            if not rest or not _opens_sentence(rest):
                continue
            stated = read_stated(date_text, language, locale, zone, place)
            country = _country(date_text) if stated is None else None
            if country is not None:
                stated = read_stated(date_text[len(country):], language, locale, zone, place)
                place = f"{place}, {country.strip(' ,')}" if stated is not None else place
            if stated is not None:
                return _timed_after(Dateline(place, stated, rest), date_text, language, locale, zone)
    found = _dateline_without_date(first, language, locale, zone)
    return _dated_after_dash(found, language, locale, zone) if found is not None else None


# "17h45 – " of "Lyon, le 3 avril 2025 – 17h45 – Rhodanie ...": the time of the dateline's day, after its dash
_TIME_AFTER = re.compile(r"^(?P<time>\d{1,2}\s?(?:[h:.]\s?\d{2}|h)(?:\s?[^\W\d]{1,4}\.?){0,2})\s*(?:[–—]|-{1,2})\s+")


def _timed_after(found: Dateline, date_text: str, language: str | None, locale: str | None, zone: str | None
                 ) -> Dateline:
    """A dated dateline whose paragraph goes on with a time of day and a dash ("Lyon, le 3 avril 2025 – 17h45 – ..."):
    the date at that time, and the paragraph after it; else the dateline as found."""
    m = _TIME_AFTER.match(found.rest) if found.date is not None and not found.date.has_time else None
    rest = found.rest[m.end():] if m else ""
    timed = read_stated(f"{date_text} {m.group('time')}", language, locale, zone, found.place) \
        if m and rest and _opens_sentence(rest) else None
    return Dateline(found.place, timed, rest) if timed is not None and timed.has_time else found


def _wire_in_dashes(first: str, language: str | None, locale: str | None, zone: str | None) -> Dateline | None:
    """The dateline of a wire's way of double hyphens round its name in brackets ("SAN JOSE, Calif.--(NEWSLINK
    WIRE)--Feb. 24, 2026 4:05 PM ET-- ...", "서울--(뉴스링크)-- ..."): the place, the date when one stands before a
    third double hyphen, the rest; None for any other paragraph, or when what stands there reads as no date."""
    m = _WIRE_IN_DASHES.match(first)
    rest = first[m.end():].strip() if m else ""
    if m is None or not rest:
        return None
    place = _bare_place(m.group("place").strip(" ,"))
    stated = read_stated(m.group("date"), language, locale, zone, place) if m.group("date") else None
    return Dateline(place, stated, rest) if stated is not None or not m.group("date") else None


# "10 November 2026: " of "Nairobi, Kenya – 10 November 2026: The company ...": a date after the place's dash
_DATE_AFTER = re.compile(r"^(?P<date>\d[^:–—]{3,40}?|[^\W\d][^:–—]{3,40}?\d{4})\s*(?::|[–—]|\s-{1,2})\s+")


def _dated_after_dash(found: Dateline, language: str | None, locale: str | None, zone: str | None) -> Dateline:
    """A dateline without a date whose paragraph goes on with a date and a colon or a dash ("Nairobi, Kenya – 10
    November 2026: ..."): that date is the dateline's, and the paragraph starts after it; else the dateline as found."""
    m = _DATE_AFTER.match(found.rest) if found.date is None else None
    rest = found.rest[m.end():] if m else ""
    stated = read_stated(m.group("date"), language, locale, zone, found.place) if m and rest \
        and _opens_sentence(rest) else None
    return Dateline(found.place, stated, rest) if stated is not None else found


def _country(date_text: str) -> str | None:
    """"Kenya, " of "Kenya, 3 March 2025": a capitalised name and a comma before the date (the place's
    country or state, part of the place as written: "NAIROBI, Kenya")."""
    m = re.match(r"^[A-ZÀ-ÖØ-Þ][\w'’\-]+(?: [A-ZÀ-ÖØ-Þ][\w'’\-]+){0,2},\s*(?=\S)", date_text)
    return m.group(0) if m else None


def _opens_sentence(rest: str) -> bool:
    return rest[0].isupper() or rest[0].isdigit() or rest[0] in "«\"“'‘¿¡"


def _dateline_without_date(first: str, language: str | None, locale: str | None, zone: str | None
                           ) -> Dateline | None:
    dated = _AGENCY_DATELINE.match(first)
    if dated and _yearless_day(dated.group("date"), language, locale):
        rest = first[dated.end():].strip()
        return Dateline(dated.group("place").strip(" ,"), None, rest) if rest and _opens_sentence(rest) else None
    m = _DATELINE.match(first)
    if not m:
        return _colon_or_caseless_dateline(first) or _caseless_dated(first, language, locale, zone)
    agency = m.group("agency")
    if m.group("date") is not None:
        rest = first[m.end():].strip()
        sep = m.group("sep") or ""
        yearless_sep = bool(re.search(r"[–—]", sep)) or (sep == ":" and _capitals_place(m.group("place")))
        if yearless_sep and rest and _opens_sentence(rest) and _yearless_day(m.group("date"), language, locale):
            return Dateline(_bare_place(m.group("place").strip(" ,")), None, rest)   # "Астана, 17 сәуір — ..."
        if re.search(r"\d", m.group("date")) or not first[len(m.group("place")):].lstrip().startswith("("):
            return _colon_or_caseless_dateline(first) if m.group("sep") == ":" else None   # "DOHA, Qatar: ..."
        agency = m.group("date")       # "Jakarta (ANTARA) -": an agency in brackets, no date
    place = _bare_place(m.group("place").strip(" ,"))
    rest = first[m.end():].strip()
    if not rest or not _opens_sentence(rest) or place.lower() in _NOT_PLACES:
        return None
    if agency is None and not (place.isupper() and len(place) >= 3) \
            and not _titled_place(place, first[len(m.group("place")):m.end()]):
        return None      # "Title Case -" without a date or an agency is as likely the start of a sentence
    if agency is None and _JOINED.search(place) and not all(w.isupper() for w in _JOINED.sub(" ", place).split()):
        return None      # "Smith and Jones –" without a date: names in a sentence; "OSLO and BERGEN –" places
    return Dateline(place, None, rest)


# "CHENNAI: The institute ...", "LAHORE: ...": a place in capitals and a colon (South Asia's and Nigeria's press)
# "DOHA, Qatar: ...", "KARACHI, PAKISTAN: ...": its country after a comma (capitalised words, or an abbreviation)
_COLON_DATELINE = re.compile(r"^(?P<place>[" + _UP + r"][" + _UP + r"'’.\-]+"
                             r"(?:[ \-/][" + _UP + r"][" + _UP + r"'’.\-]+){0,3}"
                             r"(?:,\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2,}(?: [A-Z]+)?))?)"
                             r"\s*:\s+")
# "เชียงใหม่ – ...": a place in a script without capitals (Thai, Lao, Khmer, Arabic, Hebrew, Devanagari, CJK), at
# most three words, before a dash
_NOT_CASELESS = r"\s\d\x00-\x7f.,;:!?()\[\]\"'“”«»–—\-"     # spaces, digits, ASCII, punctuation and dashes
# "पुणे : ...", "लखनऊ। ...": or, in an Indic script, before a colon or a full stop (danda), as South Asian papers write
# it (in Arabic and other scripts a colon after the first words is as often a label's: "المتحدث الرسمي: ...")
# "አዲስ አበባ፡- ...": in Ethiopic, before the wordspace and a dash Amharic papers write after a dateline's place
_CASELESS_WORD = r"[^" + _NOT_CASELESS + r"।፡]{2,30}"
_WIRE_IN_DASHES = re.compile(r"^(?P<place>(?:" + _PLACE_NAME + r")(?:,\s*[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)?|"
                             + _CASELESS_WORD + r"(?: " + _CASELESS_WORD
                             + r"){0,2})\s*--\s*\((?P<wire>[^()]{2,40})\)\s*--\s*(?:(?P<date>[^–—\-]{4,50}?)\s*--\s*)?")
_CASELESS_DATELINE = re.compile(r"^(?P<place>" + _CASELESS_WORD + r"(?: " + _CASELESS_WORD + r"){0,2})"
                                r"\s*(?P<sep>[–—]|:(?=\s)|।|፡\s?[-–—])\s*")


def _colon_or_caseless_dateline(first: str) -> Dateline | None:
    """A dateline of a place in capitals before a colon, or of a place in a script that has no capitals before a
    dash: the place (no date), when a sentence follows; a label ("PRESS RELEASE:"), a metadata or end-matter word
    ("CONTACT:", "NOTE:") is none."""
    m = _COLON_DATELINE.match(first)
    if m:
        place = m.group("place")
        head = place.split(",")[0].strip()      # "DOHA" of "DOHA, Qatar"
        if any(word.lower() in _NOT_PLACES or is_label(word) or _heading_word(word) for word in {place, head}) \
                or _META.match(first) or _META.match(f"{head}: {first[m.end():]}") or len(place) < 3 \
                or not _opens_sentence(first[m.end():] or " "):
            return None
        return Dateline(place, None, first[m.end():].strip())
    m = _CASELESS_DATELINE.match(first)
    place = m.group("place") if m else ""
    letters = [c for c in place if c.isalpha()]
    if not m or not letters or any(c.isupper() or c.islower() for c in letters) or not first[m.end():].strip():
        return None
    if m.group("sep") in (":", "।") and (not all("\u0900" <= c <= "\u0dff" for c in letters) or is_label(place)
                                         or _heading_word(place) or _META.match(first)):
        return None   # the colon's dateline is South Asian papers' (Indic scripts); "संपर्क: ...": a heading, no place
    return Dateline(place, None, first[m.end():].strip())


# a letter of a caseless script: no CJK, Arabic or Ethiopic stop or comma
_CASELESS = r"[^" + _NOT_CASELESS + r"，、。：【】（）،؛፣።]"
# "深圳，2026年5月20日——", "नई दिल्ली, 12 मार्च 2025 –", "القاهرة، 12 مارس 2025 –": a place in a caseless script (up to
# three words), a comma (Latin, Chinese or Arabic), its date, then a dash; "ភ្នំពេញ ថ្ងៃទី២៥ ខែតុលា ឆ្នាំ២០២៥ –": one word
# and a space before the date
_CASELESS_PLACE_DATE = re.compile(r"^(?P<place>" + _CASELESS + r"{2,20}(?: " + _CASELESS + r"{2,20}){0,2})\s*[，,،፣]\s*"
                                  r"(?P<date>[^–—]{4,60}?)\s*(?P<sep>——|--|[–—]|(?<=\d)\s-(?=\s)|:(?=\s)|।)\s*"
                                  r"|^(?P<word>" + _CASELESS + r"{2,20})\s+(?P<after>[^–—]{4,60}?)\s*(?:——|[–—])\s*")
# "2026年4月9日，中国上海——": the date first, then the place
_DATE_PLACE = re.compile(r"^(?P<date>[^，,–—]{4,40}?)\s*[，,]\s*(?P<place>" + _CASELESS + r"{2,20})\s*(?:——|[–—])\s*")
# "【臺北訊】", "（本报北京电）": a Chinese paper's or agency's place, "news from" or "cable from" it
_NEWS_FROM = re.compile(r"^[【（(](?P<place>" + _CASELESS + r"{2,10}?)(?:訊|讯|電|电)[】）)]\s*")


def _caseless_dated(first: str, language: str | None, locale: str | None, zone: str | None) -> Dateline | None:
    """The dateline of a place in a script without capitals with its date, before or after it, and a dash; or a
    Chinese "【Place訊】": (place, date or None, the rest), when the rest is text."""
    m = _NEWS_FROM.match(first)
    if m and first[m.end():].strip():
        return Dateline(m.group("place"), None, first[m.end():].strip())
    for pattern in (_CASELESS_PLACE_DATE, _DATE_PLACE):
        m = pattern.match(first)
        place = m and (m.groupdict().get("word") or m.group("place"))
        if m is None or not place or not first[m.end():].strip() or any(c.isupper() or c.islower() for c in place):
            continue
        date_text = _NEWSWIRE_NAME.sub(" ", m.groupdict().get("after") or m.group("date"))   # "2025年11月13日 /JBN/"
        stated = read_stated(date_text, language, locale, zone, place)
        if stated is not None:
            return Dateline(place, stated, first[m.end():].strip())
        if _day_sep(m.groupdict().get("sep"), place) and _yearless_day(date_text, language, locale):
            return Dateline(place, None, first[m.end():].strip())    # "চট্টগ্রাম, ২৩ এপ্রিল — ...": no year
    return None


def _day_sep(sep: str | None, place: str) -> bool:
    """Whether a day without its year may stand before `sep` after a caseless place: a dash ("চট্টগ্রাম, ২৩ এপ্রিল —"),
    or, after a place in an Indic script, a colon or a danda, as South Asian papers write it ("চট্টগ্রাম, ১০ অক্টোবর:
    ...", "नई दिल्ली, 5 नवंबर। ...")."""
    return sep in ("——", "--", "–", "—") or (sep in (":", "।") and _indic(place))


def _indic(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all("\u0900" <= c <= "\u0dff" for c in letters)


def _capitals_place(place: str) -> bool:
    """A place in capitals ("PUNE", "NEW DELHI"): before a colon, with a day without its year ("PUNE, April 18:
    ..."), the dateline South Asian papers write."""
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _heading_word(place: str) -> bool:
    return heading(place) is not None


def _yearless_day(text: str, language: str | None, locale: str | None) -> bool:
    """"Sept. 9", "9 sept.": a day of a month without its year (an agency's dateline, "CEBU CITY, Sept. 9 (PIA)
    --"): the place is the dateline's, the release states no whole date there."""
    if _EAST_ASIAN_YEARLESS.fullmatch(text.strip()):
        return True         # "青岛，8月21日——": Chinese, Japanese, Korean
    return not re.search(r"\d{3}", text) and len(text.split()) <= 3 and \
        read_stated(f"{text.strip(' ,')} 2000", language, locale) is not None


_EAST_ASIAN_YEARLESS = re.compile(r"\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]")


_JOINED = re.compile(r"\s(?:and|et|y|e|und|og|och|ja|&)\s")
# Words that open a lead before a dash without being its place ("Update – The council ...").
_NOT_PLACES = {"update", "correction", "breaking", "today", "tonight", "yesterday", "note", "photo", "video",
               "heute", "gestern", "aujourd'hui", "hier", "hoy", "ayer", "oggi", "ieri", "hoje", "ontem", "vandaag",
               "gisteren", "hari ini", "kemarin", "warning", "attention", "notice", "reminder", "important",
               "editor's note",
               "advisory", "alert", "exclusive", "opinion", "analysis", "q", "a", "faq", "re", "subject", "fyi", "n.b",
               # a media advisory's and a summary's field names ("WHAT: ...", "WHEN: ...", "HIGHLIGHTS: ...")
               "what", "when", "where", "who", "why", "how", "abstract", "summary", "highlights", "key points",
               "headline", "title", "source", "quote", "caption", "audio", "details", "venue", "time", "date"}


def _titled_place(place: str, separator: str) -> bool:
    """"Bielefeld – Die ...", "Castel San Vito – La ...": a place in title case opens the first paragraph when
    an en or em dash follows it (a hyphen is too often a sentence's own), in at most four words, and it is
    no word that opens leads ("Update –", "Heute –")."""
    return bool(re.search(r"[–—]", separator)) and len(place.split()) <= 4 and place.lower() not in _NOT_PLACES \
        and all(w[:1].isupper() for w in place.split()[:1])
