"""Who the site is, as a page shows it: the names its logo and copyright lines give, and a site's name told
apart from a headline in titles ("Release title | Org" -> "Release title"), letters and digits compared.

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .common import _WORD


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                        r"(?P<name>[^|·•©\d]{3,80}?)\s*(?:\d{4}\s*)?(?:[|·•.]|$)", re.IGNORECASE)


def _copyright_holders(doc: HtmlElement) -> set[str]:
    """The names the page's copyright lines give (letters and digits compared): the site's own name, which a
    banner prints in bold like a headline."""
    holders = set()
    for text in doc.xpath("//body//text()[contains(., '©') or contains(., '(c)') or contains(., 'opyright')]"):
        for match in _COPYRIGHT.finditer(str(text)):
            if key := _site_key(match.group("name")):
                holders.add(key)
    return holders


def _logo_names(doc: HtmlElement) -> set[str]:
    """The names the site's logo gives (letters and digits compared): the text replacing an image (`alt`) whose
    address, class or id calls it a logo, or that links to the site's home page. A banner prints the same name in
    bold like a headline; an article's photo, whose `alt` may repeat the headline, is neither."""
    names = set()
    for image in doc.iter("img"):
        marks = " ".join(image.get(a) or "" for a in ("src", "class", "id")).lower()
        link = next(image.iterancestors("a"), None)
        home = link is not None and urlsplit((link.get("href") or "").strip()).path in ("", "/") \
            and (link.get("href") or "").strip() not in ("", "#")
        if (key := _site_key(image.get("alt") or "")) and ("logo" in marks or home):
            names.add(key)
    return names


# ／: Japanese sites' "Headline／Site"; "--" unspaced: Chinese portals' "标题--人民网"
_SEPARATOR = re.compile(r"\s+(?:[|–—\-:·•»/]|::)\s+|\s*(?:[|｜_:：／]|-{2,})\s*")
_SPACED = re.compile(r"\s+(?:[|–—\-·•»/]|::)\s+|\s*(?:[|｜_／]|-{2,})\s*")


def _title_remainder(title_tag: str, others: list[str]) -> list[str]:
    """What <title> adds before or after a separator to another metadata title ("Blog name: Post title" beside
    og:title "Post title"; the caller passes only titles that a heading prints and that are no site name): the
    site's name (so an <h1> printing it is the site's heading, not the article's)."""
    separators = list(_SEPARATOR.finditer(title_tag))
    if not separators:
        return []
    keys = {_site_key(other) for other in others if other}
    first, last = separators[0], separators[-1]
    lead, rest = title_tag[:first.start()].strip(), title_tag[first.end():].strip()
    head, tail = title_tag[:last.start()].strip(), title_tag[last.end():].strip()
    return [part for part, other in ((lead, rest), (tail, head)) if part and _site_key(other) in keys]


def _title_suffix(title: str) -> list[str]:
    """The last part of a title after a separator when it is the shorter side ("Release | Org" -> ["Org"]), if
    any: in "Site name - Headline" the last part is the headline, not a name of the site."""
    parts = _SEPARATOR.split(title)
    last = parts[-1].strip() if len(parts) > 1 else ""
    return [last] if last and len(last) < len(title) - len(last) else []


def _similar(text: str, other: str) -> bool:
    """Whether a heading is (nearly) the same text as another title, or a large part of it."""
    a, b = _site_key(text), _site_key(other)
    if not a or not b:
        return False
    if a in b or b in a:
        return min(len(a), len(b)) >= 0.3 * max(len(a), len(b))
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.7


def _site_key(text: str) -> str:
    return "".join(_WORD.findall(text.lower()))


def _matches_site(part: str, site_names: list[str]) -> bool:
    """Whether a part of a title is one of the site's names (letters and digits compared)."""
    key = _site_key(part)
    if not key:
        return False
    for name in site_names:
        name_key = _site_key(name)
        if not name_key:
            continue
        if key == name_key or (len(name_key) >= 3 and (name_key in key or key in name_key)
                               and len(key) <= 2 * len(name_key) + 4) or _spelt_as_host(key, name_key):
            return True
    return False


_PLAIN_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})


def _spelt_as_host(key: str, name_key: str) -> bool:
    """Whether a name printed with its accents and endings is the one an address spells in plain letters
    ("Obecní noviny Vysočiny" and obecni-noviny-vysocina.example): ten letters at least, the same letters but
    for one in ten once the accents are dropped."""
    if len(name_key) < 10 or not name_key.isascii() or key.isascii() or abs(len(key) - len(name_key)) > 2:
        return False
    plain = "".join(c for c in unicodedata.normalize("NFKD", key.translate(_PLAIN_LETTERS))
                    if not unicodedata.combining(c))
    return difflib.SequenceMatcher(None, plain, name_key, autojunk=False).ratio() >= 0.9


def _strip_site_name(title: str, site_names: list[str], loose: bool = False) -> str:
    """Remove a site name before or after a separator ("Release title | Org" -> "Release title").

    Always where that part matches a site name; with `loose` (the <title> element) also a last part
    that is the shorter side and short (at most five words); "_" chains ("title_section_site") are
    peeled part by part.
    """
    title = title.strip()
    separators = list(_SEPARATOR.finditer(title))
    if not separators:
        return title
    last, first = separators[-1], separators[0]
    head, tail = title[:last.start()].strip(), title[last.end():].strip()
    if head and tail and _matches_site(tail, site_names):
        return _strip_site_name(head, site_names, loose)
    lead, rest = title[:first.start()].strip(), title[first.end():].strip()
    if lead and rest and _matches_site(lead, site_names):
        return _strip_site_name(rest, site_names, loose)
    if (loose and head and tail and _SPACED.fullmatch(last.group(0))
            and len(tail.split()) <= 5 and len(tail) < len(head)):
        return _strip_site_name(head, site_names, loose) if "_" in last.group(0) else head
    return title
