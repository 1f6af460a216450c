"""Extract a news or press-release article from one HTML document.

Used for `.html` release files found in folders and for web pages scraped from publishers' sites.
`extract_article` finds the title, the publication and modification dates (metadata values as written,
dates read from the page's text as ISO 8601 by the one date grammar; with which evidence won, see
dates.py), the main content as an HTML fragment and as plain text, the canonical URL, the
language and the author. `find_links` and `find_next_page` read listing pages: the links to the
articles on them and the next page of the listing.

Every function here is pure: a string of HTML (and a base URL) in, values out. No I/O, no network,
no logging, no module-level mutable state. Optional CSS selectors (`ArticleRules`, the `selector`
arguments) take precedence over the heuristics; they need the `cssselect` package. The heuristics
follow an order of evidence documented on each helper: structured data (JSON-LD), then metadata
(meta elements), then the visible page.

Main-content extraction combines a DOM heuristic of our own (boilerplate removal, well-known content
containers, paragraph scoring) with trafilatura, which cleans the container we found;
`bench/extraction` measures the result on real pages. Press-release furniture (datelines, "Source:"
lines, "About us" paragraphs) is left in the body for the normaliser.

Rooms: common (types, word lists, tree and URL helpers), jsonld (structured data), metadata (meta elements,
title), sitename (the site's names in logos, copyright lines and titles), byline (author, language, canonical),
dates (with shortyears: two-digit years written whole), content (finding the main content), fragments (building
the body), listing (links and next pages). Imports: lxml,
trafilatura, htmldate, normalise.html, normalise.when (the one date grammar).
"""
from __future__ import annotations

from lxml.html import HtmlElement

from .common import Article, ArticleRules, _base_url, _normal_url, _parse, _select, _without
from .content import _body_fragment, _standfirst
from .dates import _modified, _published
from .fragments import _fragment_text, _serialise
from .listing import _after_current_page, _link_target, _listing_links, _looks_like_next
from .byline import _author, _canonical, _language
from .jsonld import _json_ld_objects, _primary_article
from .metadata import _meta_map, _site_names, _title

__all__ = ["Article", "ArticleRules", "extract_article", "find_links", "find_next_page"]

# --------------------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------------------


def extract_article(html: str, url: str | None = None, rules: ArticleRules | None = None) -> Article:
    """Extract the article carried by one HTML page.

    `url` is the page's address (the base for relative links); `rules` are optional CSS selectors that
    take precedence. Never raises on bad HTML: a page that cannot be read gives an empty `Article`.
    """
    rules = rules or ArticleRules()
    doc = _parse(html)
    if doc is None:
        return Article(None, None, None, None, None, None, None, None, None, None)
    base = _base_url(doc, url)
    if rules.remove:
        doc = _without(doc, rules.remove)
    ld = _json_ld_objects(doc)
    article_ld = _primary_article(ld)
    meta = _meta_map(doc)
    site_names = _site_names(meta, ld, base)
    title = _title(doc, meta, article_ld, site_names, rules.title, base)
    language = _language(doc, meta, article_ld)
    published, date_source = _published(doc, meta, article_ld, title, rules.date, base, language)
    try:
        fragment = _body_fragment(doc, base, rules.body, title)
    except RecursionError:  # pathological nesting that the parser let through: no body
        fragment = None
    body_html = body_text = summary = None
    if fragment is not None:
        summary = None if rules.body else _standfirst(fragment, doc, title)
        body_html = _serialise(fragment)
        body_text = _fragment_text(fragment) or None
        if body_text is None:
            body_html = None
    return Article(
        title=title,
        published=published,
        modified=_modified(meta, article_ld),
        body_html=body_html,
        body_text=body_text,
        url=_canonical(doc, meta, base),
        language=language,
        author=_author(doc, meta, article_ld),
        date_source=date_source,
        summary=summary,
    )


def find_links(html: str, url: str, selector: str | None = None) -> list[str]:
    """Article links on a listing page: absolute URLs in document order, de-duplicated.

    With `selector`, the links are those of the matching elements (an `a` itself or the links inside
    it), on any site. Without, the links come from the main content (not nav, header, footer, aside,
    not pager links), on the same registrable host, not the listing itself and not obvious
    non-article URLs (tags, categories, login, files...); of these, the largest group of links that
    share a DOM pattern (for example `li > h3 > a` in repeated items) wins, together with the other
    links whose URL has the same shape.
    """
    doc = _parse(html)
    if doc is None:
        return []
    base = _base_url(doc, url) or url
    own = _normal_url(url)
    if selector:
        found: list[str] = []
        for element in _select(doc, selector):
            anchors = [element] if element.tag == "a" else list(element.iter("a"))
            for anchor in anchors:
                link = _link_target(anchor, base)
                if link and _normal_url(link) != own and link not in found:
                    found.append(link)
        return found
    return _listing_links(doc, base, own)


def find_next_page(html: str, url: str, selector: str | None = None) -> str | None:
    """The URL of the listing's next page, or None.

    Evidence in order: the selector; `<link rel=next>` / `<a rel=next>`; a pager link labelled
    "Next", "›", "»", "Suivant"... or with aria-label "next" or a class containing "next" inside a
    pagination element; the link after the current page in a numbered pager.
    """
    doc = _parse(html)
    if doc is None:
        return None
    base = _base_url(doc, url) or url
    own = _normal_url(url)

    def usable(anchor: HtmlElement) -> str | None:
        link = _link_target(anchor, base)
        return link if link and _normal_url(link) != own else None

    if selector:
        for element in _select(doc, selector):
            for anchor in [element] if element.tag in ("a", "link") else element.iter("a"):
                if link := usable(anchor):
                    return link
        return None
    for element in doc.iter("link", "a"):
        if "next" in (element.get("rel") or "").lower().split() and (link := usable(element)):
            return link
    for anchor in doc.iter("a"):
        if _looks_like_next(anchor) and (link := usable(anchor)):
            return link
    return _after_current_page(doc, usable)
