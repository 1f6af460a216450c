"""Listing pages: the article links on a page and the link to its next page.

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from lxml.html import HtmlElement

from .common import (_FILE_EXTENSIONS, _FURNITURE_WORDS, _NEXT_SYMBOLS, _NEXT_TEXTS, _NON_ARTICLE_DIRS,
                     _NON_ARTICLE_SEGMENTS, _PAGER_CLASS, _PAGER_TEXT, _absolute, _class_words, _furniture_ancestor,
                     _normal_url, _registrable_host, _text)

# --------------------------------------------------------------------------------------------
# Listing pages
# --------------------------------------------------------------------------------------------


def _link_target(anchor: HtmlElement, base: str | None) -> str | None:
    """A link's absolute http(s) target without its fragment, or None."""
    href = (anchor.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    link = _absolute(href, base)
    if link is None:
        return None
    parts = urlsplit(link)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def _listing_links(doc: HtmlElement, base: str, own: str) -> list[str]:
    """The article links of a listing page, found without a selector (see `find_links`)."""
    body = doc.find("body")
    if body is None:
        return []
    site = _registrable_host(urlsplit(base).hostname or "")
    candidates: list[tuple[str, HtmlElement]] = []
    for anchor in body.iter("a"):
        link = _link_target(anchor, base)
        if not link or _normal_url(link) == own or _in_listing_furniture(anchor):
            continue
        if _registrable_host(urlsplit(link).hostname or "") != site or not _article_like(link):
            continue
        if _is_pager_link(anchor):
            continue
        candidates.append((link, anchor))
    if not candidates:
        return []
    groups: dict[tuple, list[tuple[str, HtmlElement]]] = {}
    for link, anchor in candidates:
        groups.setdefault(_dom_signature(anchor), []).append((link, anchor))

    def weight(members: list[tuple[str, HtmlElement]]) -> float:
        unique = {link for link, _ in members}
        words = sum(len(_text(a).split()) for _, a in members) / len(members)
        return len(unique) * (1 + min(words, 12) / 4)

    best = max(groups.values(), key=weight)
    shapes = {_url_shape(link) for link, _ in best}
    chosen = {id(a) for _, a in best}
    found: list[str] = []
    for link, anchor in candidates:
        wanted = id(anchor) in chosen or (_url_shape(link) in shapes and len(_text(anchor).split()) >= 3)
        if wanted and link not in found:
            found.append(link)
    return found


def _in_listing_furniture(anchor: HtmlElement) -> bool:
    """Whether a link is in the page's furniture (nav, header, footer, menus, pager, share bars)."""
    return _furniture_ancestor(anchor, extra_words=_FURNITURE_WORDS)


def _article_like(link: str) -> bool:
    """Whether a URL may be an article: not the home page, a file, a tag/category/login page..."""
    parts = urlsplit(link)
    segments = [s for s in parts.path.lower().split("/") if s]
    if not segments:
        return False
    if _FILE_EXTENSIONS.search(parts.path):
        return False
    if any(s in _NON_ARTICLE_DIRS for s in segments[:-1]) or segments[-1] in _NON_ARTICLE_SEGMENTS:
        return False
    query = parts.query.lower()
    return not re.search(r"(?:^|&)(?:page|p|paged|start|offset|tag|category|cat|s|q)=", query)


def _is_pager_link(anchor: HtmlElement) -> bool:
    """Whether a link is part of a pager (rel=next/prev, page numbers, "Next", arrows)."""
    if re.search(r"\b(?:next|prev|previous|first|last)\b", (anchor.get("rel") or "").lower()):
        return True
    text = _text(anchor)
    if _PAGER_TEXT.match(text or "x") and not text.isalpha():
        return True
    return text.lower() in _NEXT_TEXTS | _NEXT_SYMBOLS or text.lower() in (
        "previous", "prev", "précédent", "load more")


def _dom_signature(anchor: HtmlElement) -> tuple:
    """The tag and first class of the anchor and its three nearest ancestors (digits ignored)."""
    parts = []
    for node in [anchor, *list(anchor.iterancestors())[:3]]:
        first_class = (node.get("class") or "").split()
        parts.append((node.tag, re.sub(r"\d+", "", first_class[0]) if first_class else ""))
    return tuple(parts)


def _url_shape(link: str) -> tuple[str, int]:
    """The first path segment and the path depth: /news/2024/x -> ("news", 3)."""
    segments = [s for s in urlsplit(link).path.split("/") if s]
    return (segments[0] if len(segments) > 1 else "", len(segments))


def _looks_like_next(anchor: HtmlElement) -> bool:
    """Whether a link reads as "next page" (text, aria-label, or a "next" class in a pager)."""
    text = _text(anchor).lower()
    label = (anchor.get("aria-label") or anchor.get("title") or "").strip().lower()
    if text in _NEXT_TEXTS or (text in _NEXT_SYMBOLS and _in_pager(anchor)):
        return True
    if re.match(r"^(?:next|suivant|page suivante|go to next page)\b", label):
        return True
    words = set(_class_words(anchor))
    if words & {"next", "nextpostslink", "suivant"} and _in_pager(anchor):
        return True
    parent = anchor.getparent()
    return parent is not None and parent.tag == "li" and "next" in _class_words(parent) and _in_pager(
        anchor)


def _in_pager(anchor: HtmlElement) -> bool:
    """Whether an element is inside a pagination element (class/id/aria-label with "pag")."""
    for node in anchor.iterancestors():
        if node.tag == "body":
            return False
        label = (node.get("aria-label") or "").lower()
        if _PAGER_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}") or "pag" in label:
            return True
    return False


def _after_current_page(doc: HtmlElement, usable) -> str | None:
    """In a numbered pager, the link that follows the current page."""
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        current = (element.get("aria-current") or "") == "page" or bool(
            {"current", "active", "is-active", "selected"} & set((element.get("class") or "").split()))
        if not current or not _in_pager(element):
            continue
        if not _text(element).isdigit():
            continue
        parent = element.getparent()
        item = parent if parent is not None and parent.tag == "li" else element
        for sibling in item.itersiblings():
            anchors = [sibling] if sibling.tag == "a" else list(sibling.iter("a"))
            for anchor in anchors:
                if _text(anchor).isdigit() and (link := usable(anchor)):
                    return link
            if anchors:
                break
    return None
