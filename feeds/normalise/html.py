"""HTML in and out of releases: sanitising (nh3), absolute URLs, HTML <-> paragraphs. Pure.

Every HTML string that reaches a feed or page passes `sanitise`: no script, style, iframe, form,
event handler or non-http(s)/mailto URL survives, and every href/src is absolute.
"""
from __future__ import annotations

import html as htmllib
import re
from urllib.parse import urljoin, urlsplit

import nh3
from bs4 import BeautifulSoup

from .text import clean_line, xml_safe

ALLOWED_TAGS = {
    "p", "br", "hr", "a", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark", "abbr", "cite",
    "q", "code", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "figcaption", "img",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
_URL_ATTRIBUTES = {"href", "src"}
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th", "dt", "dd",
           "figcaption", "caption", "div", "section", "article", "main", "header", "footer", "tr", "table",
           "ul", "ol", "dl", "figure", "br", "hr")


def _absolute(base: str | None):
    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in _URL_ATTRIBUTES:
            return value
        value = "".join(value.split())   # "java\nscript:" tricks become plain, and are then refused
        url = urljoin(base, value) if base else value
        scheme = urlsplit(url).scheme.lower()
        if scheme not in URL_SCHEMES:
            return None
        return url
    return attribute_filter


def sanitise(fragment: str, base_url: str | None = None) -> str:
    """Sanitised HTML with absolute URLs; idempotent (sanitising twice changes nothing).

    One pass is not always a fixed point: removing a tag can leave markup that parses differently when
    read again ("<p><object></p>" becomes "<p><p></p></p>", which re-reads as three paragraphs). So the
    result is cleaned again until it stops changing (the battery found this; two passes settle it).
    """
    def clean(text: str) -> str:
        return xml_safe(nh3.clean(
            text,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=URL_SCHEMES,
            attribute_filter=_absolute(base_url),
            link_rel="noopener noreferrer nofollow",
            strip_comments=True,
        )).strip()    # xml_safe again: "&#14;" decodes to a control character XML forbids
    cleaned = clean(xml_safe(fragment))
    for _ in range(4):
        again = clean(cleaned)
        if again == cleaned:
            break
        cleaned = again
    return cleaned


def html_from_paragraphs(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{htmllib.escape(p, quote=False)}</p>" for p in paragraphs)


MAX_TAG_CHARS = 4096    # one start tag longer than this is an attack on the parser, not markup
MAX_BLOCKS = 4000       # block elements kept: a press release has dozens (bodies are capped anyway)
_LONG_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]{0,20})\b[^<>]{" + str(MAX_TAG_CHARS) + r",}>")
_BLOCK_START = re.compile(r"<(?:p|li|div|tr|td|h[1-6]|br|dd|dt|blockquote|section|article)\b", re.IGNORECASE)


def bounded_markup(html: str) -> str:
    """HTML the parsers can handle in bounded time: giant start tags (thousands of attributes, which
    libxml2 checks quadratically) lose their attributes, and a document is cut after MAX_BLOCKS blocks
    (text past that point would be cut from the body anyway)."""
    html = _LONG_TAG.sub(lambda m: f"<{m.group(1)}>", html)
    for i, m in enumerate(_BLOCK_START.finditer(html)):
        if i == MAX_BLOCKS:
            return html[: m.start()]
    return html


def parse_fragment(fragment: str) -> BeautifulSoup:
    return BeautifulSoup(bounded_markup(fragment), "lxml")


def paragraphs_from_html(fragment: str, keep_lines: bool = False) -> list[str]:
    """Readable paragraphs of an HTML fragment: one per block element, inline text joined. With
    `keep_lines`, a <br> is a line break inside its paragraph instead of a paragraph break."""
    soup = parse_fragment(xml_safe(fragment))
    for tag in soup(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
                     "form", "button", "select", "textarea", "input"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\u2028" if keep_lines else "\n\n")
    for block in soup.find_all(_BLOCKS):
        # Boundaries go inside the block, first and last: the same text order as before and after it, but
        # without bs4's insert_before/insert_after, which search the parent's children (quadratic).
        block.insert(0, "\n\n")
        block.append("\n\n")
    text = soup.get_text()
    paragraphs = ("\n".join(c for c in (clean_line(x) for x in p.split("\u2028")) if c) for p in text.split("\n\n"))
    return [p for p in paragraphs if p]


_LINE_BREAK = re.compile(r"</?\s*br\b", re.IGNORECASE)


def plain_paragraphs(fragment: str, lines_kept: list[str]) -> list[str]:
    """`paragraphs_from_html(fragment)`, given `lines_kept`, its reading with `keep_lines=True`: the two
    differ only where the fragment has a <br>, so without one the fragment is not parsed again (on a long
    page the parse is the larger part of normalising)."""
    return paragraphs_from_html(fragment) if _LINE_BREAK.search(fragment) else lines_kept


def text_of(fragment: str) -> str:
    """Plain text of a title-like fragment: no markup survives, entities are decoded.

    Repeated until nothing changes: "&lt;script&gt;" decodes to "<script>", which is markup again for any
    reader that shows titles as HTML (RSS titles often are), so it is stripped too. The result is a fixed
    point: text_of(text_of(x)) == text_of(x).
    """
    text = fragment
    for _ in range(8):            # each round removes a layer of escaping; real titles need one or two
        if "<" not in text and "&" not in text:
            return clean_line(text)
        soup = parse_fragment(xml_safe(text))
        for tag in soup(["script", "style", "noscript", "template"]):
            tag.decompose()
        cleaned = clean_line(soup.get_text(" "))
        if cleaned == text:
            return cleaned
        text = cleaned
    return clean_line(text.replace("<", " ").replace("&", " and "))
