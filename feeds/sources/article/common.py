"""Shared ground of article extraction: the result types, the word lists and patterns, and small
helpers over lxml trees and URLs.

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import copy
import html as html_lib
import re
from collections.abc import Iterable, Iterator
from typing import Any, cast
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from ...normalise.html import bounded_markup
from ...normalise.when import DATE_TEXT, PUBLISHED_LABEL, UPDATED_LABEL


@dataclass(frozen=True)
class ArticleRules:
    """Optional CSS selectors given by the user for one source; each one wins over the heuristics."""

    title: str | None = None
    date: str | None = None
    body: str | None = None
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """What one HTML page says about the article it carries. Every field may be missing."""

    title: str | None           # site-name suffix removed ("Release title | Org" -> "Release title")
    published: str | None       # metadata's value as written, or ISO 8601 read from the page's text
    modified: str | None
    body_html: str | None       # the main content as an HTML fragment; not sanitised
    body_text: str | None       # the same as plain text, paragraphs separated by one blank line
    url: str | None             # canonical URL if the page declares one, made absolute
    language: str | None        # <html lang> / og:locale / JSON-LD inLanguage
    author: str | None
    date_source: str | None     # "selector", "json-ld", "meta", "time", "text", "htmldate", "url" or "updated" (the
    #                             only day the page gives is its last change's)
    summary: str | None = None  # the standfirst printed under the headline outside the body (not body text)


# --------------------------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------------------------

_XML_DECL = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>)?", re.I)
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")

# Elements that never hold article text.
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "video",
    "audio", "canvas", "img", "picture", "source", "track", "input", "button", "select", "textarea",
    "option", "form", "map", "area", "head", "title", "meta", "link", "base", "dialog", "label",
})
# Page furniture: removed before looking for the main content.
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
_BLOCK_LEAVES = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "dt", "dd",
                           "figcaption", "caption"})
_BLOCK_TAGS = _BLOCK_LEAVES | frozenset({
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "body", "html", "center",
    "figure", "details", "summary", "hgroup", "fieldset", "ul", "ol", "dl", "li", "blockquote",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "form", "hr",
})
_INLINE_RENAME = MappingProxyType({"b": "strong", "strong": "strong", "i": "em", "em": "em",
                                   "code": "code", "sub": "sub", "sup": "sup", "q": "q", "mark": "mark",
                                   "s": "s", "u": "u"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Class or id words that mark boilerplate blocks (cookie banners, share bars, related links...).
_BOILER_WORDS = frozenset({
    "cookie", "cookies", "consent", "gdpr", "cmp", "share", "shares", "sharing", "sharebar",
    "social", "socials", "related", "recommended", "recommendations", "newsletter", "subscribe",
    "subscription", "signup", "promo", "advert", "advertisement", "ads", "ad", "adslot", "sponsor",
    "sponsored", "comment", "comments", "disqus", "breadcrumb", "breadcrumbs", "sidebar", "widget",
    "widgets", "popup", "modal", "overlay", "paywall", "toolbar", "pagination", "pager", "print",
    "tags", "taglist", "tagcloud", "outbrain", "taboola", "footer", "masthead", "menu", "navbar",
    "navigation", "nav", "skip", "sr", "visually", "offscreen", "byline", "bylines",
    "dateline-meta", "author", "authors", "bio", "timestamp", "more", "trending", "popular",
    "follow", "rating", "banner", "login", "caption", "credit", "credits", "copyright", "feedback",
    "boilerplate", "tip",
})
# Words that, within the same class/id, mean "this is the content": never removed for a boilerplate word.
_CONTENT_WORDS = frozenset({
    "article", "body", "content", "entry", "main", "post", "story", "text", "release", "news",
    "page", "wrapper", "container", "layout", "site", "document",
})
_SPLIT_WORDS = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")

_CMS_BODY = re.compile(
    r"(?:^|[\s_-])(?:entry[-_]?content|post[-_]?content|post[-_]?body|post[-_]?entry|article[-_]{0,2}body"
    r"|article[-_]{0,2}content|article[-_]{0,2}text|articletext|story[-_]?body|story[-_]?content"
    r"|story[-_]?text|field--name-body|field-name-body|field-body|body[-_]?copy|body[-_]?text"
    r"|print[-_]?(?:body|text|content)"
    r"|td-post-content|news[-_]?content|news[-_]?body|news[-_]?text|news[-_]?article"
    r"|release[-_]?body|press[-_]?release[-_]?body|pr[-_]?body|content[-_]?body|rich[-_]?text"
    r"|text[-_]?content|main[-_]?text|article[-_]?main|blog[-_]?post[-_]?content|single[-_]?content"
    r"|page[-_]?content|c-entry-content|entry[-_]?body)(?:$|[\s_-])",
    re.I,
)

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "pressrelease", "blogposting", "reportagenewsarticle",
    "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
    "askpublicnewsarticle", "satiricalarticle", "scholarlyarticle", "techarticle", "report",
    "liveblogposting", "socialmediaposting", "discussionforumposting", "medicalscholarlyarticle",
    "advertisercontentarticle",
})
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization", "corporation",
                         "governmentorganization", "ngo"})


_META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "article:published", "datepublished", "date_published", "publishdate", "publish-date",
    "publish_date", "pubdate", "publication_date", "publication-date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
    "originalpublicationdate", "original-publish-date", "cxenseparse:recs:publishtime",
    "citation_publication_date", "citation_date", "citation_online_date", "bt:pubdate", "displaydate",
    "release_date", "date.release", "rnews:datepublished", "og:pubdate", "date",
)
_META_MODIFIED = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified",
    "datemodified", "date_modified", "dc.date.modified", "dcterms.modified", "last-modified",
    "lastmod", "modified_time", "parsely-updated-date", "sailthru.lastmodified",
)
_META_TITLE = ("parsely-title", "sailthru.title", "cxenseparse:iid-article-title")
_META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "dcterms.creator", "byl", "citation_author", "og:article:author", "cxenseparse:author")

# Dates in text and the words that announce them come from the project's one date grammar (normalise/when.py).
_DATE_RE = DATE_TEXT
# A weekday's name (or its short form) between a label and its date: a word of letters and the vowel signs and
# other marks that Indic and Thai scripts write inside words ("Mittwoch,", "बुध,": the sign "ु" is no letter to re).
_WEEKDAY = r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0eff])*,?\s+"
# "Published on", "Veröffentlicht am", "Data publikacji:" right before a date (a weekday may come between).
_DATE_PREFIX_RE = re.compile(r"(?<!\w)(?:" + PUBLISHED_LABEL.pattern + r")\s*[:：\-–|]?\s*(?:" + _WEEKDAY + r")?$",
                             re.I)
# A whole label ("Published", "Date de publication") before its value (<dt>, <th>, <strong>).
_DATE_LABEL = PUBLISHED_LABEL
_DATE_LINE_WORDS = frozenset({
    "published", "posted", "updated", "last", "modified", "released", "issued", "date", "dated", "on",
    "at", "publié", "publiée", "le", "mis", "à", "jour", "en", "ligne", "modifié", "am", "pm",
    "gmt", "utc", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
})
_UPDATED_PREFIX_RE = re.compile(r"(?<!\w)(?:" + UPDATED_LABEL.pattern + r")\W*(?:" + _WEEKDAY + r")?$", re.I)
_URL_DATE_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_DATE_CLASS = re.compile(r"date|time|publish|posted|byline|meta|dateline|stamp", re.I)

# Path segments of listing or utility pages: anywhere in the path (first set), or as its last segment.
_NON_ARTICLE_DIRS = frozenset({
    "tag", "tags", "category", "categories", "topic", "topics", "author", "authors", "page", "search",
    "feed", "feeds", "rss", "login", "user", "users", "profile", "account", "auteur", "categorie",
    "etiquette", "recherche", "wp-admin", "cart",
})
_NON_ARTICLE_SEGMENTS = _NON_ARTICLE_DIRS | frozenset({
    "logout", "signin", "sign-in", "signup", "sign-up", "register", "atom", "contact", "contact-us",
    "about", "about-us", "privacy", "terms", "cookies", "cookie-policy", "legal", "sitemap",
    "subscribe", "newsletter", "wp-login.php", "share", "print", "archive", "archives", "section",
    "sections", "mentions-legales", "connexion", "plan-du-site", "news", "press", "media", "actualites",
})
_FILE_EXTENSIONS = re.compile(
    r"\.(?:pdf|jpe?g|png|gif|webp|svg|bmp|tiff?|mp[34]|m4a|wav|avi|mov|zip|gz|tgz|rar|7z|docx?|xlsx?"
    r"|pptx?|odt|ods|csv|txt|xml|rss|atom|json|ics|exe|dmg|css|js)$", re.I)
# Link texts of a "next page" link: anywhere, and (the second set) inside a pagination element.
_NEXT_TEXTS = frozenset({
    "next", "next page", "next »", "next ›", "next >", "next>", "next →", "› next", "suivant",
    "suivante", "page suivante", "suivant »", "suivant ›", "older posts", "older entries",
    "articles plus anciens", "page suivante »",
})
_NEXT_SYMBOLS = frozenset({"›", "»", ">", ">>", "→", "older", "plus anciens", "suiv."})
_PAGER_CLASS = re.compile(r"pag(?:e|ing|ination|er)|pages", re.I)
_PAGER_TEXT = re.compile(r"^(?:\d+|next|previous|prev|first|last|suivant|précédent|[‹›«»<>←→]+|\W+)$", re.I)

# Class/id words of furniture blocks on listing pages, unless the same block also says it is the list.
_FURNITURE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "header", "sidebar",
    "pagination", "pager", "share", "social", "cookie", "consent", "skip",
})
_LISTING_WORDS = frozenset({"content", "main", "list", "results"})
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob",
                           "gouv", "govt", "nic", "mil", "ltd", "plc", "sch", "nhs", "police"})


# --------------------------------------------------------------------------------------------
# Parsing and small helpers
# --------------------------------------------------------------------------------------------


def _parse(html: str) -> HtmlElement | None:
    """Parse a document; None when there is nothing to parse."""
    if not html or not html.strip():
        return None
    text = bounded_markup(_BAD_CHARS.sub("", _XML_DECL.sub("", html, count=1)))
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                  default_doctype=False)  # type: ignore[call-arg]  # lxml-stubs lack it
    try:
        doc = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return doc if isinstance(doc, HtmlElement) else None


def _clean(text: str | None) -> str:
    """Collapse whitespace, undo stray HTML entities, remove invisible characters (soft hyphens, zero-width
    spaces, word joiners, byte-order marks, direction marks)."""
    if not text:
        return ""
    if "&" in text:
        text = html_lib.unescape(text)
    return _WS.sub(" ", _INVISIBLE.sub("", text)).strip()


_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u2060\u2061-\u2064\ufeff]")
_UNSEEN = ("style", "script", "template")     # elements whose text is never shown


def _text(element: etree._Element) -> str:
    """All the visible text of an element (not the text of <style>, <script>), white space collapsed; a
    line break (<br>) is a space (a headline printed on two lines is one line of text)."""
    if next(element.iterdescendants(*_UNSEEN, "br"), None) is None:
        return _clean("".join(_itertext(element)))
    return _clean("".join(_seen_text(element)))


def _seen_text(element: etree._Element) -> Iterator[str]:
    if element.text and element.tag not in _UNSEEN:
        yield element.text
    for child in element:
        if child.tag == "br":
            yield " "
        elif isinstance(child.tag, str) and child.tag not in _UNSEEN:
            yield from _seen_text(child)
        if child.tail:
            yield child.tail


_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")   # CJK, kana, Hangul


def _heading_length(text: str) -> int:
    """A heading's length in characters, a wide (CJK, kana, Hangul) character counted twice: it says as much as
    a few letters of a word."""
    return len(text) + len(_WIDE.findall(text))


def _itertext(element: etree._Element) -> Iterator[str]:
    """The element's text nodes (lxml yields str for parsed HTML; its stubs allow bytes)."""
    return cast(Iterator[str], element.itertext())


def _words(value: str) -> list[str]:
    """Words of a class or id value: split at punctuation and camelCase."""
    return [w for w in _SPLIT_WORDS.split(value) if w]


def _class_words(element: HtmlElement) -> list[str]:
    """The lowercased words of an element's class and id."""
    value = f"{element.get('class') or ''} {element.get('id') or ''}"
    return [w.lower() for w in _words(value)]


def _select(doc: HtmlElement, selector: str) -> list[HtmlElement]:
    """Elements matching a CSS selector (lxml's cssselect); an invalid selector matches nothing."""
    from lxml.cssselect import CSSSelector  # needs the cssselect package; imported only when used
    from cssselect import SelectorError

    try:
        return [e for e in cast(list[Any], CSSSelector(selector)(doc)) if isinstance(e, HtmlElement)]
    except (SelectorError, etree.XPathError):
        return []


def _without(doc: HtmlElement, selectors: Iterable[str]) -> HtmlElement:
    """A copy of the document without the elements matching any of the selectors."""
    doc = copy.deepcopy(doc)
    for selector in selectors:
        for element in _select(doc, selector):
            _drop(element)
    return doc


def _drop(element: HtmlElement) -> None:
    """Remove an element but keep its tail text."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _base_url(doc: HtmlElement, url: str | None) -> str | None:
    """The base for relative URLs: <base href> resolved against the page URL, else the page URL."""
    for base in doc.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            joined = urljoin(url, href) if url else href
            if urlsplit(joined).scheme in ("http", "https"):
                return joined
    return url


def _absolute(value: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL for a link value, or None."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        joined = urljoin(base, value) if base else value
        parts = urlsplit(joined)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return joined


def _normal_url(url: str | None) -> str:
    """A URL without fragment, default port, trailing slash or case in the host: for comparisons."""
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, ""))


def _registrable_host(host: str) -> str:
    """example.com for news.example.com, example.co.uk for www.example.co.uk (heuristic, no list)."""
    labels = [x for x in host.lower().strip(".").split(".") if x]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _in_content(element: HtmlElement) -> bool:
    """Whether an element stands inside an <article> or <main> (a header or footer there is the content's own)."""
    return any(a.tag in ("article", "main") for a in element.iterancestors())


def _is_furniture(element: HtmlElement) -> bool:
    """Whether an element is inside page furniture: nav, aside, menus, and the page's header and
    footer (a <header> or <footer> inside an <article> or <main> belongs to the content)."""
    return _furniture_ancestor(element, extra_words=frozenset())


def _furniture_ancestor(element: HtmlElement, extra_words: frozenset[str]) -> bool:
    ancestors = list(element.iterancestors())
    in_content = any(a.tag in ("article", "main") for a in ancestors)     # (`_in_content`, on the list at hand)
    if in_content:
        extra_words = extra_words - {"header", "footer"}
    for node in ancestors:
        if node.tag in ("article", "main", "body"):
            return False
        role = (node.get("role") or "").lower()
        if node.tag in ("nav", "aside", "menu") or role in ("navigation", "complementary"):
            return True
        if (node.tag in ("header", "footer") or role in ("banner", "contentinfo")) and not in_content:
            return True
        words = set(_class_words(node)) if extra_words else set()
        if words & extra_words and not words & _LISTING_WORDS:
            return True
    return False
