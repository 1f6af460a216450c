"""Extract a news or press-release article from one HTML document.

Used for `.html` release files found in folders and for web pages scraped from publishers' sites.
`extract_article` finds the title, the publication and modification dates (as raw text: parsing
happens elsewhere), the main content as an HTML fragment and as plain text, the canonical URL, the
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
"""
from __future__ import annotations

import copy
import difflib
import html as html_lib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from ..normalise.html import bounded_markup

__all__ = ["Article", "ArticleRules", "extract_article", "find_links", "find_next_page"]


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
    published: str | None       # raw date text/ISO string as found; parsing happens elsewhere
    modified: str | None
    body_html: str | None       # the main content as an HTML fragment; not sanitised
    body_text: str | None       # the same as plain text, paragraphs separated by one blank line
    url: str | None             # canonical URL if the page declares one, made absolute
    language: str | None        # <html lang> / og:locale / JSON-LD inLanguage
    author: str | None
    date_source: str | None     # "selector", "json-ld", "meta", "time", "text" or "url"


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
    "follow", "rating", "banner", "login", "caption", "credit", "credits", "copyright",
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

_MONTHS_EN = (r"january|february|march|april|may|june|july|august|september|october|november|december"
              r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_MONTHS_FR = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
              r"|d[ée]cembre|janv|f[ée]vr|avr|juil|d[ée]c")
_MONTH = rf"(?:{_MONTHS_EN}|{_MONTHS_FR})\.?"
_TIME = (r"(?:,?\s*(?:at\s+|à\s+|[-–—]\s*)?\d{1,2}(?::\d{2}|h\d{2}|\.\d{2}\s*[ap]\.?m)(?::\d{2})?"
         r"(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?-i:[A-Z]{2,5})\)?|\s*(?:GMT|UTC)[+-]\d{1,2})?)?")
_DATE_PATTERNS = (
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    rf"\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?\d{{4}}{_TIME}",
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_TIME}",
    r"\d{4}年\s*\d{1,2}月\s*\d{1,2}日(?:\s*\d{1,2}[:時]\d{2}分?)?",
    r"\d{4}[/.]\d{1,2}[/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?",
    r"\d{1,2}\.\d{1,2}\.\d{4}(?:\s+\d{1,2}[:.]\d{2})?",
)
_DATE_RE = re.compile(r"(?<![\w/.-])(?:" + "|".join(_DATE_PATTERNS) + r")(?![\w/-])", re.I)
_DATE_PREFIX_RE = re.compile(
    r"(?:published|posted|released|issued|dated|publié|publiée|mis en ligne|date de publication"
    r"|date)(?:\s+(?:on|le|at|:))?\s*[:\-–]?\s*(?:\w+day,?\s+|(?:lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche)\s+)?$",
    re.I,
)
_DATE_LABEL = re.compile(
    r"(?:date(?: of)?(?: publication| published| issued| released)?|published(?: on)?|publication"
    r"(?: date)?|release date|released(?: on)?|issued(?: on)?|posted(?: on)?|publié(?:e)?(?: le)?"
    r"|date de (?:publication|parution|diffusion)|mis en ligne(?: le)?|公開日|配信日|配信開始日|掲載日"
    r"|発表日|発行日|日付)",
    re.I,
)
_DATE_LINE_WORDS = frozenset({
    "published", "posted", "updated", "last", "modified", "released", "issued", "date", "dated", "on",
    "at", "publié", "publiée", "le", "mis", "à", "jour", "en", "ligne", "modifié", "am", "pm",
    "gmt", "utc", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
})
_UPDATED_PREFIX_RE = re.compile(r"(?:updated|modified|mis à jour|last edited)\W*(?:on|le)?\s*$", re.I)
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
        return Article(None, None, None, None, None, None, None, None, None)
    base = _base_url(doc, url)
    if rules.remove:
        doc = _without(doc, rules.remove)
    ld = _json_ld_objects(doc)
    article_ld = _primary_article(ld)
    meta = _meta_map(doc)
    site_names = _site_names(meta, ld, base)
    title = _title(doc, meta, article_ld, site_names, rules.title)
    published, date_source = _published(doc, meta, article_ld, title, rules.date, base)
    try:
        fragment = _body_fragment(doc, base, rules.body, title)
    except RecursionError:  # pathological nesting that the parser let through: no body
        fragment = None
    body_html = body_text = None
    if fragment is not None:
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
        language=_language(doc, meta, article_ld),
        author=_author(doc, meta, article_ld),
        date_source=date_source,
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


# --------------------------------------------------------------------------------------------
# Parsing and small helpers
# --------------------------------------------------------------------------------------------


def _parse(html: str) -> HtmlElement | None:
    """Parse a document; None when there is nothing to parse."""
    if not html or not html.strip():
        return None
    text = bounded_markup(_BAD_CHARS.sub("", _XML_DECL.sub("", html, count=1)))
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                  default_doctype=False)
    try:
        doc = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return doc if isinstance(doc, HtmlElement) else None


def _clean(text: str | None) -> str:
    """Collapse whitespace and undo stray HTML entities."""
    if not text:
        return ""
    if "&" in text:
        text = html_lib.unescape(text)
    return _WS.sub(" ", text).strip()


def _text(element: etree._Element) -> str:
    """All the text of an element, white space collapsed."""
    return _clean("".join(element.itertext()))


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
        return [e for e in CSSSelector(selector)(doc) if isinstance(e, HtmlElement)]
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


def _is_furniture(element: HtmlElement) -> bool:
    """Whether an element is inside page furniture: nav, aside, menus, and the page's header and
    footer (a <header> or <footer> inside an <article> or <main> belongs to the content)."""
    return _furniture_ancestor(element, extra_words=frozenset())


def _furniture_ancestor(element: HtmlElement, extra_words: frozenset[str]) -> bool:
    ancestors = list(element.iterancestors())
    in_content = any(a.tag in ("article", "main") for a in ancestors)
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


# --------------------------------------------------------------------------------------------
# Structured data: JSON-LD and meta elements
# --------------------------------------------------------------------------------------------


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


def _meta_map(doc: HtmlElement) -> dict[str, str]:
    """`<meta>` contents by lowercased property/name/itemprop/http-equiv; the first one wins."""
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = meta.get("content") or meta.get("value")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            for key in (meta.get(attr) or "").lower().split():
                found.setdefault(key, _clean(content))
    return found


def _site_names(meta: dict[str, str], objects: list[dict], base: str | None) -> list[str]:
    """Names the site goes by: og:site_name and alike, JSON-LD publisher/WebSite, the host's name."""
    names = [meta.get(k, "") for k in ("og:site_name", "application-name", "twitter:site",
                                         "apple-mobile-web-app-title", "publisher", "dc.publisher")]
    for obj in objects:
        if _ld_types(obj) & _SITE_TYPES:
            names.append(_ld_text(obj.get("name")))
        if _ld_types(obj) & _ARTICLE_TYPES:
            names.append(_ld_text(obj.get("publisher")))
    if base:
        host = (urlsplit(base).hostname or "").lower()
        names.append(_registrable_host(host).split(".")[0])
    return [n.lstrip("@") for n in names if n]


# --------------------------------------------------------------------------------------------
# Title
# --------------------------------------------------------------------------------------------


def _title(doc: HtmlElement, meta: dict[str, str], article_ld: dict, site_names: list[str],
           selector: str | None) -> str | None:
    """The article's title.

    Selector; JSON-LD headline/name; og:title; the main <h1>; <title>; a site name before or after a
    separator removed. Measured on real pages (bench/extraction), the visible <h1> is the better
    evidence where it is the article's heading: it wins when it agrees with any of the metadata
    titles (its printed form, no site suffix, no truncation), and over og:title when there is no
    JSON-LD (social titles are often rewritten for sharing). A title that extends another one
    ("Title: subtitle") wins over it; a title from metadata takes the printed form of a heading
    that says the same.
    """
    if selector:
        for element in _select(doc, selector):
            if text := _text(element):
                return text
    title_tag = _head_title(doc)
    structured = _ld_text(article_ld.get("headline")) or _ld_text(article_ld.get("name"))
    analytics = next((meta[k] for k in _META_TITLE if meta.get(k)), "")
    social = meta.get("og:title", "") or meta.get("twitter:title", "")
    references = [t for t in (structured, analytics, social, title_tag) if t]
    h1 = _main_h1(doc, site_names, references)
    heading = _text(h1) if h1 is not None else ""
    if heading:
        longer = next((_strip_site_name(t, site_names) for t in (structured, social)
                       if t and _has_subtitle(t, heading)), None)
        if longer or any(_similar(heading, r) for r in references):
            return longer or heading
    if structured:
        chosen = _strip_site_name(structured, site_names)
    elif heading:
        return heading
    elif analytics or social:
        chosen = _strip_site_name(analytics or social, site_names)
    elif title_tag:
        chosen = _strip_site_name(title_tag, site_names, loose=True)
    else:
        return None
    return _printed_heading(doc, chosen) or chosen


def _has_subtitle(title: str, heading: str) -> bool:
    """Whether a title is the heading followed by a subtitle ("Heading: subtitle")."""
    title, heading = _clean(title), _clean(heading)
    return (len(title) > len(heading) + 2 and title.startswith(heading)
            and title[len(heading):].lstrip().startswith(":"))


def _printed_heading(doc: HtmlElement, title: str) -> str | None:
    """A heading (h1-h3, not in the furniture) that prints the same title, or extends it."""
    key = _site_key(title)
    if not key:
        return None
    for heading in doc.iter("h1", "h2", "h3"):
        text = _text(heading)
        other = _site_key(text)
        if not other or _is_furniture(heading):
            continue
        if other == key or (other in key and len(other) >= 0.75 * len(key)) or (
                other.startswith(key) and len(key) >= 0.5 * len(other)):
            return text
    return None


def _head_title(doc: HtmlElement) -> str:
    """The document's <title> (not the <title> of an inline SVG)."""
    for element in doc.iter("title"):
        if not any(a.tag == "svg" for a in element.iterancestors()):
            return _text(element)
    return ""


def _main_h1(doc: HtmlElement, site_names: list[str], references: list[str]) -> HtmlElement | None:
    """The <h1> that carries the article's title.

    Not a logo, not the site's name; the one most like a metadata title if one is; else the first
    inside <article>/<main> and outside the furniture. An <h1> unlike every metadata title and
    shorter than 20 characters (a section name, a widget's heading) is not trusted.
    """
    names = site_names + _title_suffix(references[-1] if references else "")
    headings = []
    for h in doc.iter("h1"):
        text = _text(h)
        if not text or (_matches_site(text, names)
                        and not any(_similar(text, r) for r in references[:-1])):
            continue
        if any("logo" in _class_words(e) for e in [h, *h.iterdescendants()] if isinstance(e.tag, str)):
            continue
        headings.append(h)

    def rank(h: HtmlElement) -> int:
        inside = 0 if any(a.tag in ("article", "main") for a in h.iterancestors()) else 1
        return inside + (2 if _is_furniture(h) else 0)

    similar = [h for h in headings if any(_similar(_text(h), r) for r in references)]
    if similar:
        return min(similar, key=rank)
    if references:
        headings = [h for h in headings if len(_text(h)) >= 20]
    return min(headings, key=rank) if headings else None


_SEPARATOR = re.compile(r"\s+(?:[|–—\-:·•»/]|::)\s+|\s*[|｜_:：]\s*")
_SPACED = re.compile(r"\s+(?:[|–—\-·•»/]|::)\s+|\s*[|｜_]\s*")


def _title_suffix(title: str) -> list[str]:
    """The last part of a title after a separator ("Release | Org" -> ["Org"]), if any."""
    parts = _SEPARATOR.split(title)
    return [parts[-1].strip()] if len(parts) > 1 and parts[-1].strip() else []


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
                               and len(key) <= 2 * len(name_key) + 4):
            return True
    return False


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


# --------------------------------------------------------------------------------------------
# Dates, author, language, canonical URL
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


def _author(doc: HtmlElement, meta: dict[str, str], article_ld: dict) -> str | None:
    """JSON-LD author; meta author tags (not URLs); itemprop=author; rel=author; a byline."""
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


# --------------------------------------------------------------------------------------------
# Body: choosing the main content
# --------------------------------------------------------------------------------------------


def _body_fragment(doc: HtmlElement, base: str | None, selector: str | None,
                   title: str | None) -> HtmlElement | None:
    """The main content as a clean fragment (a <div> of blocks), or None.

    The selector's elements when it matches any (a selector that matches nothing on a page falls
    back to the heuristics, as for the title and the date).
    """
    nodes = _outermost(_select(doc, selector)) if selector else []
    fragment = _build_fragment(nodes, base) if nodes else _auto_fragment(doc, base)
    if fragment is None:
        return None
    _drop_leading_furniture(fragment, title)
    return fragment if _fragment_text(fragment) else None


def _auto_fragment(doc: HtmlElement, base: str | None) -> HtmlElement | None:
    """Main-content extraction: our container finder localises, trafilatura cleans.

    When a well-known article container is found (itemprop=articleBody, a CMS body class),
    trafilatura runs on that container alone, which keeps it from wandering into teasers and
    comments; otherwise it runs on the whole page. Our own fragment is the fallback when trafilatura
    finds nothing or clearly too little. (bench/extraction measures each variant.)
    """
    page = _with_absolute_links(doc, base)
    content = _main_content(copy.deepcopy(page))
    extracted = None
    if content.specific:
        extracted = _trafilatura_fragment(_as_document(content.nodes), base)
    if extracted is None:
        extracted = _trafilatura_fragment(page, base)
    if extracted is not None and not content.specific:
        return extracted
    own = _build_fragment(content.nodes, base) if content.nodes else None
    if extracted is None or (own is not None and
                             _text_size(extracted) < _RECALL_FLOOR * _text_size(own)):
        return own
    return extracted


@dataclass(frozen=True)
class _Content:
    """What our own heuristic found: the nodes, and whether they come from a specific container."""

    nodes: list[HtmlElement]
    specific: bool  # itemprop=articleBody or a CMS body class (not <article>, <main> or scoring)


_RECALL_FLOOR = 0.5  # trafilatura output under this share of our container's text: keep ours


def _trafilatura_fragment(document: HtmlElement, base: str | None) -> HtmlElement | None:
    """trafilatura's main content (precision mode, links kept) as one of our fragments."""
    import trafilatura  # imported here: a heavy import that only body extraction needs

    result = trafilatura.extract(
        document, url=base, output_format="html", include_links=True, include_formatting=True,
        include_tables=True, include_comments=False, include_images=False, favor_precision=True,
        with_metadata=False, deduplicate=False)
    if not result:
        return None
    parsed = _parse(result)
    body = parsed.find("body") if parsed is not None else None
    if body is None:
        return None
    fragment = _build_fragment([body], base)
    return fragment if len(fragment) else None


def _with_absolute_links(doc: HtmlElement, base: str | None) -> HtmlElement:
    """A copy of the document whose links are absolute (trafilatura resolves them from the host)."""
    doc = copy.deepcopy(doc)
    if base:
        for anchor in doc.iter("a"):
            href = (anchor.get("href") or "").strip()
            if href.startswith(("#", "http://", "https://")):
                continue
            if absolute := _absolute(href, base):
                anchor.set("href", absolute)
    return doc


def _as_document(nodes: list[HtmlElement]) -> HtmlElement:
    """A new document whose body holds copies of the nodes."""
    document = lxml.html.document_fromstring("<html><head></head><body></body></html>")
    body = document.find("body")
    for node in nodes:
        clone = copy.deepcopy(node)
        clone.tail = None
        body.append(clone)
    return document


def _text_size(fragment: HtmlElement) -> int:
    return len(_fragment_text(fragment))


def _outermost(nodes: list[HtmlElement]) -> list[HtmlElement]:
    """The nodes that are not inside another of the nodes, in document order."""
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


def _distinct(nodes: list[HtmlElement]) -> list[HtmlElement]:
    """The nodes without those repeating an earlier node's text (pages that print the body twice)."""
    seen: set[str] = set()
    kept = []
    for node in nodes:
        key = _text(node)
        if key not in seen:
            seen.add(key)
            kept.append(node)
    return kept


def _main_content(doc: HtmlElement) -> _Content:
    """The elements holding the article text, found by our own heuristic (modifies `doc`)."""
    body = doc.find("body")
    if body is None:
        return _Content([], False)
    _remove_boilerplate(body)
    best = _scored_candidate(body)
    best_size = _paragraph_chars(best) if best is not None else 0
    for rank, level in enumerate(_container_levels(body)):
        nodes = _distinct([n for n in _outermost(level) if _paragraph_chars(n) >= _MIN_CONTAINER])
        if not nodes:
            continue
        size = sum(_paragraph_chars(n) for n in nodes)
        if size >= _MIN_SHARE * best_size:
            for node in nodes:
                _remove_inner_boilerplate(node)
            return _Content(nodes, rank < 2)
    if best is None:
        return _Content([], False)
    nodes = _with_siblings(best)
    for node in nodes:
        _remove_inner_boilerplate(node)
    return _Content(nodes, False)


_MIN_CONTAINER = 150  # characters of prose for a container to count
_MIN_SHARE = 0.4      # a container must hold this share of the best-scored block's prose


def _container_levels(body: HtmlElement) -> Iterator[list[HtmlElement]]:
    """Well-known article containers, most specific first."""
    yield [e for e in body.iter() if isinstance(e.tag, str)
           and "articlebody" in (e.get("itemprop") or "").lower().split()]
    yield [e for e in body.iter() if isinstance(e.tag, str) and e.tag not in ("body", "html")
           and (_CMS_BODY.search(e.get("class") or "") or _CMS_BODY.search(e.get("id") or ""))]
    articles = list(body.iter("article"))
    if articles:
        yield [max(articles, key=_paragraph_chars)]
    mains = [e for e in body.iter() if isinstance(e.tag, str)
             and (e.tag == "main" or (e.get("role") or "").lower() == "main")]
    if mains:
        yield [max(mains, key=_paragraph_chars)]


def _is_boilerplate(element: HtmlElement) -> bool:
    """Furniture, hidden elements and blocks whose class/id says boilerplate (cookie, share, related...)."""
    if element.tag in _FURNITURE_TAGS:
        return True
    if element.get("hidden") is not None or (element.get("aria-hidden") or "") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if (element.get("role") or "").lower() in ("navigation", "banner", "contentinfo",
                                               "complementary", "dialog", "alertdialog"):
        return True
    words = set(_class_words(element))
    return bool(words & _BOILER_WORDS) and not words & _CONTENT_WORDS


def _remove_boilerplate(root: HtmlElement) -> None:
    """Drop scripts, furniture and boilerplate blocks, unless they hold the article."""
    body_chars = max(1, _paragraph_chars(root))
    doomed = []
    for element in root.iter():
        if (not isinstance(element.tag, str) or element.tag in _SKIP_TAGS
                or (_is_boilerplate(element) and not _holds_article(element, body_chars))):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            _drop(element)


def _holds_article(element: HtmlElement, body_chars: int) -> bool:
    """Whether an element is too big to be boilerplate: it holds <article>/<main>/most text."""
    if element.tag in ("html", "body", "article", "main"):
        return True
    for node in element.iter("article", "main", "h1"):
        if node is not element:
            return True
    if element.xpath(".//*[contains(@itemprop, 'articleBody')]"):
        return True
    return _paragraph_chars(element) > 0.5 * body_chars


def _remove_inner_boilerplate(node: HtmlElement) -> None:
    """Inside the chosen content: drop link lists and headings that repeat the page's furniture."""
    doomed = []
    for element in node.iter("div", "ul", "ol", "section", "table", "p", "span", "dl"):
        if element is node:
            continue
        text = _text(element)
        if not text:
            continue
        links = sum(len(_text(a)) for a in element.iter("a"))
        density = links / max(1, len(text))
        if density > 0.6 and (len(text) < 400 or element.tag in ("ul", "ol", "div", "section")):
            if element.tag == "p" and len(text) > 150:
                continue
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            _drop(element)


def _paragraph_chars(element: HtmlElement | None) -> int:
    """Characters of text not inside links, a proxy for the amount of prose."""
    if element is None:
        return 0
    total = len(_WS.sub(" ", element.text_content()))
    links = sum(len(_WS.sub(" ", a.text_content())) for a in element.iter("a"))
    return max(0, total - links)


def _scored_candidate(body: HtmlElement) -> HtmlElement | None:
    """Paragraph scoring (readability-style): the element whose paragraphs weigh most."""
    scores: dict[HtmlElement, float] = {}
    for element in body.iter("p", "pre", "td", "blockquote", "li", "div"):
        if element.tag == "div" and any(c.tag in _BLOCK_TAGS for c in element):
            continue
        text = _text(element)
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + text.count("،") + min(len(text) // 100, 3)
        parent = element.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + score / 2
    if not scores:
        return None

    def final(element: HtmlElement) -> float:
        text = max(1, len(_text(element)))
        links = sum(len(_text(a)) for a in element.iter("a"))
        return scores[element] * (1 - min(1.0, links / text))

    return max(scores, key=final)


def _with_siblings(best: HtmlElement) -> list[HtmlElement]:
    """The best element plus the siblings that look like more of the same prose."""
    parent = best.getparent()
    if parent is None:
        return [best]
    nodes = []
    for sibling in parent:
        if sibling is best:
            nodes.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        text = _text(sibling)
        links = sum(len(_text(a)) for a in sibling.iter("a"))
        if sibling.tag == "p" and len(text) > 80 and links / max(1, len(text)) < 0.25:
            nodes.append(sibling)
    return nodes


# --------------------------------------------------------------------------------------------
# Body: building a clean fragment and its text
# --------------------------------------------------------------------------------------------


def _build_fragment(nodes: list[HtmlElement], base: str | None) -> HtmlElement:
    """A <div> with the blocks (p, h2, ul, blockquote, table...) of the given nodes."""
    root = etree.Element("div")
    for node in nodes:
        if node.tag in _BLOCK_TAGS or node.tag in ("html", "body"):
            _blocks(node, root, base, include_self=True)
        else:
            paragraph = etree.SubElement(root, "p")
            _inline(node, paragraph, base)
            _drop_if_empty(paragraph)
    for element in list(root.iter()):
        if element.tag in _BLOCK_LEAVES or element.tag in ("li", "td", "th"):
            _trim(element)
            _drop_if_empty(element)
    for element in list(root.iter("ul", "ol", "blockquote", "table", "tr")):
        _drop_if_empty(element)
    return lxml.html.fromstring(etree.tostring(root, encoding="unicode", method="html"))


def _trim(element: etree._Element) -> None:
    """Remove leading and trailing white space and line breaks inside a block."""
    while len(element) and element[0].tag == "br" and not (element.text or "").strip():
        first = element[0]
        element.text = first.tail
        element.remove(first)
    element.text = (element.text or "").lstrip() or None
    if element.text is None and len(element) and element[0].tag != "br":
        element[0].text = (element[0].text or "").lstrip() or None
    while len(element) and element[-1].tag == "br" and not (element[-1].tail or "").strip():
        element.remove(element[-1])
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "").rstrip() or None
        if last.tail is None and len(last) == 0:
            last.text = (last.text or "").rstrip() or None
    else:
        element.text = (element.text or "").rstrip() or None


def _blocks(node: HtmlElement, out: etree._Element, base: str | None, include_self: bool = False
            ) -> None:
    """Convert the content of a block-level element into blocks appended to `out`."""
    tag = node.tag
    if include_self and tag == "p":
        _blocks(node, out, base)
        return
    if include_self and tag in _BLOCK_LEAVES:
        element = etree.SubElement(out, tag)
        _inline(node, element, base)
        _drop_if_empty(element)
        return
    if include_self and tag in ("ul", "ol", "dl", "blockquote", "table", "li"):
        holder = etree.Element("div")
        holder.append(copy.copy(node))
        holder[0].tail = None
        _blocks(holder, out, base)
        return
    state = _Paragraphs(out, base)
    state.text(node.text)
    for child in node:
        if not isinstance(child.tag, str) or child.tag in _SKIP_TAGS:
            state.text(child.tail)
            continue
        child_tag = child.tag
        if child_tag == "br":
            state.br()
        elif child_tag == "hr":
            state.close()
        elif child_tag == "p":
            state.close()
            _blocks(child, out, base)  # a paragraph with <br><br> inside is several paragraphs
        elif child_tag in _BLOCK_LEAVES:
            state.close()
            element = etree.SubElement(out, child_tag)
            _inline(child, element, base)
            _drop_if_empty(element)
        elif child_tag in ("ul", "ol"):
            state.close()
            _list(child, out, base)
        elif child_tag == "dl":
            state.close()
            _blocks(child, out, base)
        elif child_tag == "blockquote":
            state.close()
            quote = etree.SubElement(out, "blockquote")
            _blocks(child, quote, base)
            _drop_if_empty(quote)
        elif child_tag == "table":
            state.close()
            _table(child, out, base)
        elif child_tag in _BLOCK_TAGS or _has_block(child):
            state.close()
            _blocks(child, out, base)
        else:
            state.inline(child)
            continue  # the tail was copied with the inline element
        state.text(child.tail)
    state.close()


class _Paragraphs:
    """Groups loose text and inline elements of a container into <p> blocks (one call's state)."""

    def __init__(self, out: etree._Element, base: str | None) -> None:
        self.out = out
        self.base = base
        self.current: etree._Element | None = None
        self.breaks = 0

    def _paragraph(self) -> etree._Element:
        if self.current is None:
            self.current = etree.SubElement(self.out, "p")
        elif self.breaks >= 2:
            self.close()
            self.current = etree.SubElement(self.out, "p")
        elif self.breaks == 1:
            etree.SubElement(self.current, "br")
        self.breaks = 0
        return self.current

    def text(self, value: str | None) -> None:
        if value and value.strip():
            _append_text(self._paragraph(), _WS.sub(" ", value))
        elif value and self.current is not None and self.breaks == 0:
            _append_text(self.current, " ")

    def inline(self, element: HtmlElement) -> None:
        _inline_child(element, self._paragraph(), self.base)

    def br(self) -> None:
        if self.current is not None:
            self.breaks += 1

    def close(self) -> None:
        if self.current is not None:
            _drop_if_empty(self.current)
        self.current = None
        self.breaks = 0


def _has_block(element: HtmlElement) -> bool:
    return any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in element.iterdescendants())


def _list(node: HtmlElement, out: etree._Element, base: str | None) -> None:
    """A list with one inline item per child."""
    listing = etree.SubElement(out, node.tag)
    for child in node:
        if not isinstance(child.tag, str) or child.tag in _SKIP_TAGS:
            continue
        item = etree.SubElement(listing, "li")
        _inline(child, item, base)
        _drop_if_empty(item)
    _drop_if_empty(listing)


def _table(node: HtmlElement, out: etree._Element, base: str | None) -> None:
    """A data table as rows of cells; a layout table (blocks in its cells) as the blocks of its cells."""
    rows = [r for r in node.iter("tr") if _nearest_table(r) is node]
    cells = [c for r in rows for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")]
    layout = len(cells) <= 2 or any(
        isinstance(d.tag, str) and d.tag in ("p", "div", "table", "ul", "ol", "h1", "h2", "h3")
        for c in cells for d in c.iterdescendants())
    if layout:
        for cell in cells or [node]:
            _blocks(cell, out, base)
        return
    table = etree.SubElement(out, "table")
    for row in rows:
        out_row = etree.SubElement(table, "tr")
        for cell in row:
            if isinstance(cell.tag, str) and cell.tag in ("td", "th"):
                out_cell = etree.SubElement(out_row, cell.tag)
                _inline(cell, out_cell, base)
        if not _clean("".join(out_row.itertext())):
            table.remove(out_row)
    _drop_if_empty(table)


def _nearest_table(row: HtmlElement) -> HtmlElement | None:
    return next(row.iterancestors("table"), None)


def _inline(node: HtmlElement, out: etree._Element, base: str | None) -> None:
    """Copy the inline content of `node` (text, links, emphasis, breaks) into `out`."""
    _append_text(out, _WS.sub(" ", node.text or ""))
    for child in node:
        if not isinstance(child.tag, str) or child.tag in _SKIP_TAGS:
            _append_text(out, _WS.sub(" ", child.tail or ""))
            continue
        if child.tag in _BLOCK_TAGS:
            if _has_content(child) and _has_content(out):
                etree.SubElement(out, "br")
            _inline(child, out, base)
            _append_text(out, _WS.sub(" ", child.tail or ""))
            continue
        _inline_child(child, out, base)


def _inline_child(child: HtmlElement, out: etree._Element, base: str | None) -> None:
    """Copy one inline element (and its tail) into `out`, keeping links and emphasis."""
    tag = child.tag
    if tag == "br":
        etree.SubElement(out, "br")
    elif tag == "a":
        href = _absolute(child.get("href"), base) if not (child.get("href") or "").startswith(
            "#") else None
        if href:
            link = etree.SubElement(out, "a", href=href)
            _inline(child, link, base)
        else:
            _inline(child, out, base)
    elif tag in _INLINE_RENAME:
        element = etree.SubElement(out, _INLINE_RENAME[tag])
        _inline(child, element, base)
        if not _clean("".join(element.itertext())):
            _unwrap(element)
    else:
        _inline(child, out, base)
    _append_text(out, _WS.sub(" ", child.tail or ""))


def _unwrap(element: etree._Element) -> None:
    """Replace an element by its content (text, children, tail)."""
    parent = element.getparent()
    if parent is None:
        return
    position = parent.index(element)
    children = list(element)
    leading, tail = element.text or "", element.tail or ""
    parent.remove(element)
    _insert_text(parent, position, leading)
    for offset, child in enumerate(children):
        parent.insert(position + offset, child)
    _insert_text(parent, position + len(children), tail)


def _insert_text(parent: etree._Element, position: int, text: str) -> None:
    """Add text at a child position: to the tail of the child before it, or to the parent's text."""
    if not text:
        return
    if position == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[position - 1]
        before.tail = (before.tail or "") + text


def _append_text(element: etree._Element, text: str) -> None:
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def _has_content(element: etree._Element) -> bool:
    return bool(_clean("".join(element.itertext())))


def _drop_if_empty(element: etree._Element) -> None:
    if not _has_content(element) and element.getparent() is not None:
        element.getparent().remove(element)


def _drop_leading_furniture(fragment: HtmlElement, title: str | None) -> None:
    """The body must not start with the title again, nor with a lone "Published on <date>" line."""
    key = _site_key(title or "")
    while len(fragment):
        first = fragment[0]
        text = _text(first)
        first_key = _site_key(text)
        repeats_title = bool(key and first_key) and (first_key == key or (
            first.tag in _HEADINGS and (first_key in key or key in first_key)))
        if not (repeats_title or _is_date_line(text)):
            return
        fragment.remove(first)


def _is_date_line(text: str) -> bool:
    """A short block that only says when the page was published or updated."""
    if len(text) > 80 or not _DATE_RE.search(text):
        return False
    rest = _DATE_RE.sub(" ", text).lower()
    return all(word in _DATE_LINE_WORDS for word in _WORD.findall(rest))


def _serialise(fragment: HtmlElement) -> str:
    """The fragment's blocks as HTML, one block a line."""
    return "\n".join(etree.tostring(child, encoding="unicode", method="html", with_tail=False).strip()
                     for child in fragment)


def _fragment_text(fragment: HtmlElement) -> str:
    """Plain text of a fragment: one paragraph per block, separated by one blank line."""
    paragraphs: list[str] = []
    for block in fragment:
        _block_text(block, paragraphs)
    return "\n\n".join(p for p in paragraphs if p)


def _block_text(block: HtmlElement, paragraphs: list[str]) -> None:
    """Append the paragraphs of one block: list items each with a marker, table rows as lines."""
    tag = block.tag
    if tag in ("ul", "ol"):
        for number, item in enumerate(block.iter("li"), start=1):
            marker = f"{number}. " if tag == "ol" else "• "
            text = _inline_text(item)
            if text:
                paragraphs.append(marker + text)
    elif tag in ("blockquote", "div"):
        for child in block:
            _block_text(child, paragraphs)
    elif tag == "table":
        rows = [" | ".join(_inline_text(c) for c in row) for row in block.iter("tr")]
        paragraphs.append("\n".join(r for r in rows if r.strip(" |")))
    else:
        paragraphs.append(_inline_text(block))


def _inline_text(element: HtmlElement) -> str:
    """Text of an inline run, <br> as a line break."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag == "br":
                parts.append("\n")
            elif isinstance(child.tag, str) and child.tag not in ("ul", "ol", "table"):
                walk(child)
            parts.append(child.tail or "")

    walk(element)
    lines = [_WS.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


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
