"""HTML in and out of releases: sanitising (nh3), absolute URLs, HTML <-> paragraphs. Pure.

Every HTML string that reaches a feed or page passes `sanitise`: no script, style, iframe, form,
event handler or non-http(s)/mailto URL survives, and every href/src is absolute.
"""
from __future__ import annotations

import html as htmllib
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
    """Sanitised HTML with absolute URLs; idempotent (sanitising twice changes nothing)."""
    cleaned = nh3.clean(
        xml_safe(fragment),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_absolute(base_url),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return cleaned.strip()


def html_from_paragraphs(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{htmllib.escape(p, quote=False)}</p>" for p in paragraphs)


def parse_fragment(fragment: str) -> BeautifulSoup:
    return BeautifulSoup(fragment, "lxml")


def paragraphs_from_html(fragment: str) -> list[str]:
    """Readable paragraphs of an HTML fragment: one per block element, inline text joined."""
    soup = parse_fragment(xml_safe(fragment))
    for tag in soup(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
                     "form", "button", "select", "textarea", "input"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    text = soup.get_text()
    return [line for line in (clean_line(p) for p in text.split("\n\n")) if line]


def text_of(fragment: str) -> str:
    """Plain text of a title-like fragment: no markup survives, entities are decoded."""
    if "<" not in fragment and "&" not in fragment:
        return clean_line(fragment)
    soup = parse_fragment(xml_safe(fragment))
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    return clean_line(soup.get_text(" "))
