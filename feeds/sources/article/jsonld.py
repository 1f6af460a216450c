"""JSON-LD: every object of a page (`@graph` members and lists flattened), the primary article among them, and
a value as text.

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import json
import re

from lxml.html import HtmlElement

from .common import _ARTICLE_TYPES, _SITE_TYPES, _clean


def _json_ld_objects(doc: HtmlElement) -> list[dict]:
    """Every JSON-LD object of the page, `@graph` members and lists flattened, in document order."""
    objects: list[dict] = []
    for script in doc.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        for value in _load_json_values(script.text or ""):
            objects.extend(_flatten_ld(value, depth=0))
    return objects


def _load_json_values(text: str) -> list[object]:
    """Parse JSON leniently: comments, CDATA, trailing commas, several values in a row."""
    text = text.strip()
    text = re.sub(r"^(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>$|^<!--|-->$", "", text).strip()
    for attempt in (text, re.sub(r",\s*([}\]])", r"\1", text), text.replace("\n", " ")):
        values = _decode_all(attempt)
        if values:
            return values
    return []


def _decode_all(text: str) -> list[object]:
    """The JSON values written one after the other in a text, up to the first broken one."""
    decoder = json.JSONDecoder(strict=False)
    values: list[object] = []
    position = 0
    while position < len(text):
        while position < len(text) and text[position] in " \t\r\n;,":
            position += 1
        if position >= len(text):
            break
        try:
            value, position = decoder.raw_decode(text, position)
        except ValueError:
            break
        values.append(value)
    return values


def _flatten_ld(value: object, depth: int) -> list[dict]:
    """JSON-LD objects with the members of `@graph`, lists and `mainEntity`."""
    if depth > 4:
        return []
    if isinstance(value, list):
        return [o for item in value for o in _flatten_ld(item, depth + 1)]
    if not isinstance(value, dict):
        return []
    found = [value]
    for key in ("@graph", "mainEntity"):
        if key in value:
            found.extend(_flatten_ld(value[key], depth + 1))
    return found


def _ld_types(obj: dict) -> set[str]:
    """The lowercased local names of an object's @type ("http://schema.org/NewsArticle" -> newsarticle)."""
    types = obj.get("@type")
    if isinstance(types, str):
        types = [types]
    if not isinstance(types, list):
        return set()
    return {re.split(r"[/:#]", t)[-1].lower() for t in types if isinstance(t, str)}


def _primary_article(objects: list[dict]) -> dict:
    """The JSON-LD object that describes the article: the best-filled article-typed object."""
    def filled(obj: dict) -> int:
        return sum(1 for key in ("headline", "datePublished", "articleBody", "author") if obj.get(key))

    articles = [o for o in objects if _ld_types(o) & _ARTICLE_TYPES and not _ld_types(o) & _SITE_TYPES]
    if not articles:
        articles = [o for o in objects if o.get("headline")]
    if not articles:
        return {}
    return max(articles, key=filled)  # max keeps the first of equals: document order wins


def _ld_text(value: object) -> str:
    """A JSON-LD value as text: strings, the first of a list, or the name of a nested object."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return _clean(value) if isinstance(value, str) else ""
