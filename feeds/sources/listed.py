"""What a listing page says about a PDF or Word release it links: the item's title and date, and how they
weigh against what the file itself states. Pure: a listing page in, evidence out.

A listing item is the largest element around a link that holds no link elsewhere (an `<li>`, a table
row, a card). Its title is the link's text without a file note ("(PDF, 240 KB)", "[docx]"); its date a
`<time datetime>` in the item, else the first whole date printed in it outside the title.

The file states its own title and date; the listing's are evidence (`with_listing`):
- date: the listing's is the date of a file that states none (`date_hint`, source "listing"): a date the
  file prints wins, and `feeds extract` shows both;
- title: the listing's wins only when the file shows none, when the file's is a label or a template name
  ("Microsoft Word - pr_07.docx", "PRESS RELEASE"), or when the file prints the listing's title as a line
  of its own below the one taken as its title, which is shorter or in capitals (a letterhead above the
  headline). Otherwise the file's title stays, and the listing's is kept beside it (`listing_title`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import cast

from lxml import html as lxml_html

from ..model import RawRelease
from ..normalise.preamble import is_label
from ..normalise.when import find_stated
from .urls import canonical_url

_STOP = {"body", "main", "ul", "ol", "table", "tbody", "thead", "dl", "nav", "html"}
_FILE_NOTE = re.compile(
    r"\s*[\[(]?\s*(?:pdf|docx?|word)\b[^\])]{0,30}[\])]?\s*$"          # (PDF, 240 KB)  [docx]  PDF 1,2 Mo
    r"|\s*[\[(]\s*\d[\d.,]*\s*(?:[kmg]i?b|[kmg]o|bytes?)\s*[\])]\s*$", re.IGNORECASE)
_TEMPLATE = re.compile(r"^(?:microsoft word\s*-|untitled\b|document\s*\d*$|sans titre|ohne titel)"
                       r"|\.(?:docx?|pdf|dotx?)$", re.IGNORECASE)
MIN_TITLE_WORDS = 3


@dataclass(frozen=True)
class ListingItem:
    """What a listing shows about one link: its title, and its date as ISO 8601 (a bare day when the
    listing gives no time), each None when the item shows none."""

    title: str | None
    date: str | None


def parse_listing(html: str, base: str) -> lxml_html.HtmlElement | None:
    """A listing page parsed with its links made absolute against `base`; None when it cannot be parsed."""
    try:
        doc = cast(lxml_html.HtmlElement, lxml_html.fromstring(html, base_url=base))
        doc.make_links_absolute(base, handle_failures="discard")
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    return doc


def listing_items(html: str, base: str, locale: str | None = None) -> dict[str, ListingItem]:
    """Canonical URL -> what the listing's item around that link shows (its first link wins)."""
    doc = parse_listing(html, base)
    return {} if doc is None else items_of(doc, locale)


def items_of(doc: lxml_html.HtmlElement, locale: str | None = None) -> dict[str, ListingItem]:
    """`listing_items` of a listing already parsed by `parse_listing`."""
    language = (doc.get("lang") or "").split("-")[0].lower() or None
    out: dict[str, ListingItem] = {}
    for anchor in doc.iter("a"):
        href = anchor.get("href") or ""
        if href.startswith(("http://", "https://")):
            url = canonical_url(href)
            if url not in out:
                out[url] = _item_of(anchor, url, language, locale)
    return out


def _item_of(anchor: lxml_html.HtmlElement, url: str, language: str | None, locale: str | None) -> ListingItem:
    """What the item around one link shows: the largest element, up to four levels up, that links nowhere else."""
    item = anchor
    for _ in range(4):
        parent = item.getparent()
        if parent is None or parent.tag in _STOP or _links_elsewhere(parent, url):
            break
        item = parent
    title = _clean_title(_words(anchor))
    if title is None:
        heading = next((h for h in item.iter("h2", "h3", "h4", "h5", "strong") if _words(h)), None)
        title = _clean_title(_words(heading)) if heading is not None else None
    return ListingItem(title, _item_date(item, title, language, locale))


def _links_elsewhere(element: lxml_html.HtmlElement, url: str) -> bool:
    return any((a.get("href") or "").startswith(("http://", "https://")) and canonical_url(a.get("href")) != url
               for a in element.iter("a"))


def _words(element: lxml_html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _clean_title(text: str) -> str | None:
    """A link's text as a title: without a file note, and only when it reads like a headline."""
    text = _FILE_NOTE.sub("", text).strip(" -–—|:")
    if len(text.split()) < MIN_TITLE_WORDS or _TEMPLATE.search(text):
        return None
    return text


def _item_date(item: lxml_html.HtmlElement, title: str | None, language: str | None, locale: str | None
               ) -> str | None:
    """The item's date: a `<time datetime>` in it, else the first whole date it prints outside its title."""
    for time in item.iter("time"):
        value = (time.get("datetime") or "").strip() or _words(time)
        for _, stated in find_stated(value, language, locale):
            return stated.iso()
    text = " ".join(" ".join(item.itertext()).split())     # "<p>12 March 2025</p><a>" keeps a space
    if title:
        text = text.replace(title, " ")
    for _, stated in find_stated(text, language, locale):
        return stated.iso()
    return None


def with_listing(raw: RawRelease, item: ListingItem) -> RawRelease:
    """A release read from a file, with what its listing showed as evidence (see the module's docstring)."""
    title = raw.title
    if item.title and _listing_title_wins(raw.title, item.title, raw.body_text or ""):
        title = item.title
    raw = replace(raw, title=title, listing_title=item.title)
    return replace(raw, date_hint=item.date, date_hint_from="listing") if item.date else raw


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[*_#]", "", text).split()).casefold()


def _listing_title_wins(file_title: str | None, listing_title: str, text: str) -> bool:
    if not file_title or is_label(file_title) or _TEMPLATE.search(file_title.strip()):
        return True
    if _fold(file_title) == _fold(listing_title):
        return False
    lines = [_fold(line) for line in text.split("\n") if line.strip()][:40]
    listed_at = _line_at(lines, _fold(listing_title))
    if listed_at is None:
        return False
    file_at = _line_at(lines, _fold(file_title))
    letterhead = file_title.isupper() or len(file_title.split()) < len(listing_title.split())
    return letterhead and (file_at is None or file_at < listed_at)


def _line_at(lines: list[str], wanted: str) -> int | None:
    """Where the file prints `wanted` as a line of its own, or as up to three consecutive lines joined."""
    for k in range(len(lines)):
        for span in (1, 2, 3):
            if " ".join(lines[k:k + span]) == wanted:
                return k
    return None
