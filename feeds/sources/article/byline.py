"""What a page says about itself besides its title: the author, the declared language and the canonical URL
(from JSON-LD, the meta elements and the page's markup).

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import re

from lxml.html import HtmlElement

from .common import _META_AUTHOR, _absolute, _clean, _text
from .jsonld import _ld_text


# --------------------------------------------------------------------------------------------
# Author, language, canonical URL
# --------------------------------------------------------------------------------------------


def _author(doc: HtmlElement, meta: dict[str, str], article_ld: dict) -> str | None:
    """JSON-LD author; meta author tags (not URLs); itemprop=author; a link with rel=author."""
    names = _ld_authors(article_ld.get("author"))
    if names:
        return ", ".join(names)
    for key in _META_AUTHOR:
        value = meta.get(key, "")
        if value and not re.match(r"https?://", value):
            return _strip_by(value)
    for element in doc.xpath("//*[@itemprop]"):
        if "author" in (element.get("itemprop") or "").lower().split():
            name = element.get("content") or _text(element)
            if name and len(name) < 120:
                return _strip_by(name)
    for element in doc.iter("a"):
        if "author" in (element.get("rel") or "").lower().split() and _text(element):
            return _strip_by(_text(element))
    return None


def _ld_authors(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _ld_text(item)
        if name and not re.match(r"https?://", name) and name not in names:
            names.append(name)
    return names


def _strip_by(name: str) -> str:
    return re.sub(r"^(?:by|par|von)\s+", "", _clean(name), flags=re.I)


def _language(doc: HtmlElement, meta: dict[str, str], article_ld: dict) -> str | None:
    """The declared language: <html lang>, og:locale, JSON-LD inLanguage, meta; "_" made "-"."""
    for value in (doc.get("lang"), doc.get("xml:lang"), meta.get("og:locale"),
                  _ld_text(article_ld.get("inLanguage")), meta.get("content-language"),
                  meta.get("language"), meta.get("dc.language")):
        value = (value or "").strip()
        if value and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", value):
            return value.replace("_", "-")
    return None


def _canonical(doc: HtmlElement, meta: dict[str, str], base: str | None) -> str | None:
    """The canonical URL: <link rel=canonical>, else og:url, made absolute (None if it cannot be)."""
    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and (value := _absolute(link.get("href"), base)):
            return value
    return _absolute(meta.get("og:url"), base)
