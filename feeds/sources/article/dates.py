"""Publication and modification dates as raw text: JSON-LD, meta, <time>, labelled or visible dates
near the title, the URL. Parsing happens elsewhere.

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .common import (_DATE_CLASS, _DATE_LABEL, _DATE_PREFIX_RE, _DATE_RE, _META_MODIFIED, _META_PUBLISHED, _SKIP_TAGS,
                     _UPDATED_PREFIX_RE, _URL_DATE_RE, _class_words, _clean, _is_furniture, _select, _text)
from .metadata import _ld_text, _similar, _site_key

# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def _published(doc: HtmlElement, meta: dict[str, str], article_ld: dict, title: str | None,
               selector: str | None, base: str | None) -> tuple[str | None, str | None]:
    """Selector; JSON-LD datePublished; meta elements; <time datetime>; visible text; the URL."""
    if selector:
        for element in _select(doc, selector):
            value = element.get("datetime") or element.get("content") or _text(element)
            if value and value.strip():
                return value.strip(), "selector"
    value = _ld_text(article_ld.get("datePublished")) or _ld_text(article_ld.get("dateCreated"))
    if _plausible_date(value):
        return value, "json-ld"
    for key in _META_PUBLISHED:
        if _plausible_date(meta.get(key)):
            return meta[key], "meta"
    if value := _itemprop_value(doc, "datepublished"):
        return value, "meta"
    if value := _time_element(doc):
        return value, "time"
    if value := _visible_date(doc, title):
        return value, "text"
    if value := _url_date(base):
        return value, "url"
    return None, None


def _is_time(element: HtmlElement) -> bool:
    """<time datetime> or a custom element like <relative-time datetime>."""
    tag = element.tag
    return (isinstance(tag, str) and (tag == "time" or (tag.endswith("-time") or tag.startswith("time-")))
            and _plausible_date(element.get("datetime")))


def _plausible_date(value: str | None) -> bool:
    """Whether a machine-readable date value looks like a date (a year, no run of many digits)."""
    return bool(value and len(value) < 80 and re.search(r"(?:19|20)\d{2}", value)
                and not re.search(r"\d{9,}", value))


def _modified(meta: dict[str, str], article_ld: dict) -> str | None:
    """The modification date: JSON-LD dateModified, else the meta elements."""
    value = _ld_text(article_ld.get("dateModified"))
    if _plausible_date(value):
        return value
    return next((meta[key] for key in _META_MODIFIED if _plausible_date(meta.get(key))), None)


def _itemprop_value(doc: HtmlElement, name: str) -> str | None:
    """A date given by microdata (itemprop=name): its content/datetime attribute or its text."""
    for element in doc.xpath("//*[@itemprop]"):
        if name in (element.get("itemprop") or "").lower().split():
            value = element.get("content") or element.get("datetime") or _text(element)
            if _plausible_date(value):
                return value.strip()
    return None


def _time_element(doc: HtmlElement) -> str | None:
    """`<time datetime>` of the article: inside <article>/<main> if any, publication date first."""
    scopes = list(doc.iter("article", "main"))
    times = [t for scope in scopes for t in scope.iter() if _is_time(t) and not _is_furniture(t)]
    if not times:
        times = [t for t in doc.iter() if _is_time(t) and not _is_furniture(t)]
    if not times:
        return None

    def rank(t: HtmlElement) -> int:
        words = " ".join(_class_words(t)) + " " + (t.get("itemprop") or "").lower()
        if t.get("pubdate") is not None or "publish" in words:
            return 0
        if re.search(r"update|modif", words):
            return 2
        return 1

    return min(times, key=rank).get("datetime").strip()


def _visible_date(doc: HtmlElement, title: str | None) -> str | None:
    """A date written near the title (before: 300 characters, after: 1000), else in a date element."""
    before, after = _text_around_title(doc, title)
    for text in (after, before[-300:]):
        if found := _find_date(text, prefixed=True):
            return found
    if found := _labelled_date(doc):
        return found
    for element in doc.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            continue
        words = " ".join(_class_words(element))
        if _DATE_CLASS.search(words) and not _is_furniture(element):
            text = _text(element)
            if len(text) < 200 and (found := _find_date(text, prefixed=False)):
                return found
    for text in (after, before[-300:]):
        if found := _find_date(text, prefixed=False):
            return found
    return None


def _labelled_date(doc: HtmlElement) -> str | None:
    """A date in a label/value pair: <dt>Published</dt><dd>10 April 2018</dd>, table rows alike."""
    for label in doc.iter("dt", "th", "label", "strong", "b"):
        text = _text(label).rstrip(":： ")
        if not text or len(text) > 40 or not _DATE_LABEL.fullmatch(text) or _is_furniture(label):
            continue
        value = label.getnext()
        candidates = [label.tail or ""] + ([_text(value)] if value is not None else [])
        for candidate in candidates:
            if candidate.strip() and (found := _find_date(_clean(candidate)[:100], prefixed=False)):
                return found
    return None


def _text_around_title(doc: HtmlElement, title: str | None) -> tuple[str, str]:
    """The visible text before and after the title (its heading, or where the page prints it)."""
    body = doc.find("body")
    if body is None:
        return "", ""
    anchor = None
    if title:
        anchor = next((h for h in body.iter("h1", "h2", "h3") if _similar(_text(h), title)), None)
    before: list[str] = []
    after: list[str] = []
    size = 0
    for chunk, inside in _text_chunks(body, anchor):
        if inside:
            before, after, size = after, [], 0
            continue
        after.append(chunk)
        size += len(chunk)
        if size > (1000 if anchor is not None and before else 30000):
            break
    if anchor is not None:
        return _clean(" ".join(before))[-300:], _clean(" ".join(after))[:1000]
    text = _clean(" ".join(after))
    position = _find_title(text, title) if title else None
    if position is None:
        return "", text[:1000]
    return text[max(0, position[0] - 300):position[0]], text[position[1]:position[1] + 1000]


def _find_title(text: str, title: str) -> tuple[int, int] | None:
    """Where the page's text prints the title (comparing letters and digits only), or None."""
    key = _site_key(re.sub(r"^\s*[\[(][^\])]{1,20}[\])]\s*", "", title))[:30]
    if len(key) < 8:
        return None
    letters: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        if char.isalnum() or char == "_":
            letters.append(char.lower())
            positions.append(index)
    found = "".join(letters).find(key)
    if found < 0:
        return None
    return positions[found], positions[found + len(key) - 1] + 1


def _text_chunks(root: HtmlElement, anchor: HtmlElement | None) -> Iterator[tuple[str, bool]]:
    """Visible text chunks in document order; (text, True) for the anchor's own text."""
    for element in root:
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS or element.tag in (
                "nav", "footer"):
            if element.tail:
                yield element.tail, False
            continue
        if element is anchor:
            yield "", True
        else:
            if element.text:
                yield element.text, False
            yield from _text_chunks(element, anchor)
        if element.tail:
            yield element.tail, False


def _find_date(text: str, prefixed: bool) -> str | None:
    """The first date written in a text (with `prefixed`, only one after "Published", "Publié le"...),
    skipping dates announced as updates."""
    for match in _DATE_RE.finditer(text):
        preceding = text[max(0, match.start() - 40):match.start()]
        if _UPDATED_PREFIX_RE.search(preceding):
            continue
        if not prefixed or _DATE_PREFIX_RE.search(preceding):
            return match.group(0).strip(" ,")
    return None


def _url_date(url: str | None) -> str | None:
    """A date in the URL's path (/2018/04/10/, 2018-04-10, 20180410) as YYYY-MM-DD."""
    if not url:
        return None
    match = _URL_DATE_RE.search(urlsplit(url).path)
    return "-".join(match.groups()) if match else None
