"""What a press release page prints outside the article text that extraction keeps: the preamble above
the headline (a "Medienmitteilung" label, an embargo line, "Zürich, 3. Juni 2024") and end matter in its
own box after the article ("Contactos", "About us"). Both are added to the release's HTML body as
paragraphs, so normalisation reads them by the same newswire rules as in any other format.

Conservative: above the headline only lines that are labels, embargo or date lines are taken; after it
only sections under an end-matter heading, outside page furniture (nav, header, footer, aside, menus),
whose text the article does not already hold, and at most a few of them.
"""
from __future__ import annotations

import dataclasses
import re
from html import escape

from lxml import html as lxml_html

from ..model import RawRelease
from ..normalise.endmatter import heading
from ..normalise.preamble import EMBARGO, is_label, read_date_line

_TEXT_TAGS = {"p", "div", "span", "time", "strong", "small", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
              "address", "td", "th", "figcaption"}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "dt"}
_FURNITURE = re.compile(r"nav|menu|footer|header|sidebar|related|newsletter|breadcrumb|share|cookie|teaser",
                        re.IGNORECASE)
MAX_ABOVE = 8          # elements looked at above the headline
MAX_SECTIONS = 4       # end-matter sections taken after the article
MAX_LINES = 12         # lines of one section
MAX_LEAVES = 1_500     # text elements of a page searched outside the article, at most
MAX_ATTRIBUTES = 20_000   # pages with more "=" than this are not searched outside the article


def _text(element) -> str:  # type: ignore[no-untyped-def]
    return " ".join(element.text_content().split())


def _in_furniture(element) -> bool:  # type: ignore[no-untyped-def]
    for ancestor in element.iterancestors():
        if ancestor.tag in ("nav", "footer", "header", "aside", "form"):
            return True
        if _FURNITURE.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
    return False


def _leaves(doc) -> list:  # type: ignore[no-untyped-def]
    """Text elements with no text element inside, in document order (one pass over the tree)."""
    found = [e for e in doc.iter() if isinstance(e.tag, str) and (e.tag in _TEXT_TAGS or e.tag == "h1")]
    inner: set = set()
    for element in found:
        parent = element.getparent()
        while parent is not None and parent not in inner:
            inner.add(parent)
            parent = parent.getparent()
    return [e for e in found if e not in inner]


def preamble_lines(leaves: list, h1) -> list[str]:  # type: ignore[no-untyped-def]
    """Labels, embargo lines and date lines printed just above the headline, in their order."""
    index = leaves.index(h1)
    found = []
    for element in reversed(leaves[max(0, index - MAX_ABOVE):index]):
        text = _text(element)
        if not text or len(text) > 120 or _in_furniture(element):
            continue
        if EMBARGO.match(text) or is_label(text) or read_date_line(text, None, None, None):
            found.append(text)
    return found[::-1]


def end_sections(leaves: list, h1, body_text: str) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    """(heading, lines) of end-matter sections after the headline that the extracted body lacks."""
    index = leaves.index(h1)
    known = "".join(body_text.split())       # compared without any spacing (a <br> may leave none)
    sections: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for element in leaves[index + 1:]:
        text = _text(element)
        if not text or _in_furniture(element):
            current = None if current is not None and element.tag in ("h2", "h3") else current
            continue
        head = heading(text) if element.tag in _HEADINGS and len(text) <= 80 else None
        if head is not None:
            if len(sections) >= MAX_SECTIONS:
                current = None
                continue
            current = []
            sections.append((text, current))
        elif current is not None and _page_date(text):
            # "Published 3 July 2023", "Ultimo aggiornamento: 12/03/2025": the page's, not the release's
            current = None
        elif current is not None and len(current) < MAX_LINES and "".join(text.split()) not in known:
            current.append(text)
        elif current is not None and element.tag in ("h2", "h3"):
            current = None
    return [(head, lines) for head, lines in sections if lines]


def _page_date(text: str) -> bool:
    """A line that dates the page (a date, maybe after a few words such as "Last updated")."""
    if len(text) > 80:
        return False
    words = text.split()
    return any(read_date_line(" ".join(words[k:]).lstrip(": "), None, None, None) for k in range(min(4, len(words))))


def with_page_matter(raw: RawRelease, page: str) -> RawRelease:
    """`raw` (extracted from `page`) with the page's preamble and end matter added to its HTML body."""
    if raw.body_html is None or page.count("=") > MAX_ATTRIBUTES:
        return raw          # a page of that many attributes is no press office's: its tree costs too much to walk
    try:
        doc = lxml_html.fromstring(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return raw
    leaves = _leaves(doc)
    if len(leaves) > MAX_LEAVES:
        return raw          # no press release page has that many paragraphs: not worth the walk
    h1 = next((e for e in leaves if e.tag == "h1"), None)
    if h1 is None:
        return raw
    body_text = raw.body_text or "".join(str(t) for t in lxml_html.fromstring(f"<div>{raw.body_html}</div>").itertext())
    above = preamble_lines(leaves, h1)
    after = end_sections(leaves, h1, body_text)
    if not above and not after:
        return raw
    html = "".join(f"<p>{escape(line)}</p>" for line in above) + raw.body_html
    for head, lines in after:
        html += f"<p><strong>{escape(head)}</strong></p><p>" + "<br>".join(escape(x) for x in lines) + "</p>"
    return dataclasses.replace(raw, body_html=html)
