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
from ..normalise.contacts import _JOB, EMAIL, PHONE, _person
from ..normalise.endmatter import heading
from ..normalise.preamble import EMBARGO, UPDATE_LINE, is_label, read_date_line, time_line

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


def _lines(element) -> list[str]:  # type: ignore[no-untyped-def]
    """The element's text as the lines its <br>s make (a contact block: name, role, number, address)."""
    parts = [element.text or ""]

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        if node.tag == "br":
            parts.append("")
        elif isinstance(node.tag, str):
            parts[-1] += node.text or ""
            for child in node:
                walk(child)
        parts[-1] += node.tail or ""

    for child in element:
        walk(child)
    return [line for line in (" ".join(p.split()) for p in parts) if line]


def _release_box(h1):  # type: ignore[no-untyped-def]
    """The <article> holding the headline (else its <main>): what it holds belongs to the release."""
    ancestors = list(h1.iterancestors())
    article = next((a for a in ancestors if a.tag == "article"), None)
    return article if article is not None else next((a for a in ancestors if a.tag == "main"), None)


def _in_furniture(element, box=None) -> bool:  # type: ignore[no-untyped-def]
    """Inside page furniture: nav, header, footer, aside, form, menus, sidebars. Within the release's own box
    (`box`, the article holding the headline) a header, footer or aside is the release's ("Press contact")."""
    ancestors = list(element.iterancestors())
    inside = box is not None and any(a is box for a in ancestors)
    for ancestor in ancestors:
        if ancestor is box:
            inside = False       # the box's ancestors (the page's layout) are the page's again
            continue
        if ancestor.tag in ("nav", "form") or (ancestor.tag in ("footer", "header", "aside") and not inside):
            return True
        furniture = _FURNITURE.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}")
        if furniture and not (inside and furniture.group(0).lower() in ("footer", "header")):
            return True          # within the box, <div class="article-footer"> is the release's, as <footer> is
    return False


def _furniture_itself(element) -> bool:  # type: ignore[no-untyped-def]
    """After the article: a leaf whose own class names furniture (<div class="share">Share: ...</div>)."""
    return bool(_FURNITURE.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _leaves(doc) -> list:  # type: ignore[no-untyped-def]
    """Text elements with no text element inside, in document order (one pass over the tree)."""
    found = [e for e in doc.iter() if isinstance(e.tag, str) and (e.tag in _TEXT_TAGS or e.tag == "h1")]
    inner: set = set()
    for element in found:
        parent = element.getparent()
        while parent is not None and parent not in inner:
            inner.add(parent)
            parent = parent.getparent()
    leaves = [e for e in found if e not in inner]
    return _with_loose_links(doc, leaves) if len(leaves) <= MAX_LEAVES else leaves


def _with_loose_links(doc, leaves: list) -> list:  # type: ignore[no-untyped-def]
    """The leaves and the links that stand in no leaf (a vCard's <a class="email"> beside its <span>s), in
    document order: their text is a line of the page too."""
    kept = set(leaves)
    loose = {a for a in doc.iter("a") if (a.text_content() or "").strip()
             and not any(ancestor in kept for ancestor in a.iterancestors())
             and not any(isinstance(e.tag, str) and e.tag in _TEXT_TAGS for e in a.iterdescendants())}
    if not loose:
        return leaves
    return [e for e in doc.iter() if e in kept or e in loose]


def preamble_lines(leaves: list, h1, language: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Labels, embargo lines and date lines printed just above the headline, in their order; of the date lines
    only the nearest to the headline (one further up is a top bar's date of the day: "Thứ hai, 4/3/2024"), and
    above it, within the release's own box, one that names a place ("Orléans, le 22 janvier 2025"). Dates are
    read in the page's `language` first ("Warszawa, 17 marca 2026 r." on a page in Polish)."""
    index = leaves.index(h1)
    box = _release_box(h1)
    found: list[str] = []
    dated = placed = False
    below = ""                   # the text of the element below, nearer the headline
    for element in reversed(leaves[max(0, index - MAX_ABOVE):index]):
        if _in_furniture(element, box):
            continue
        for text in _readings(element):
            if text in found or not text or len(text) > 120:
                continue
            if EMBARGO.match(text) or is_label(text):
                found.append(text)
                break
            if not dated and read_date_line(text, language, None, None):
                if below and time_line(below, language):
                    found.append(below)     # "2025年8月14日（星期四）" above "香港時間下午4時30分": its time
                found.append(text)
                dated = True
                break
            if dated and not placed and box is not None and any(a is box for a in element.iterancestors()) \
                    and (reading := read_date_line(text, language, None, None)) and reading[0]:
                found.append(text)       # "Orléans, le 22 janvier 2025" above "Publié le ... à 14h00", in the
                placed = True            # release's own box: the place of the date line
                break
        below = _text(element)
    return found[::-1]


_INLINE = {"time", "span", "strong", "small", "b", "em", "a"}


def _readings(element) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts a line above the headline may be read as: for an inline element (a <time>) the whole line
    it stands in first ("Zürich, <time>3. Juni 2024</time>": place and date), then its own text."""
    parent = element.getparent()
    if element.tag in _INLINE and parent is not None and parent.tag in ("p", "div") and len(parent) <= 3:
        return [_text(parent), _text(element)]
    return [_text(element)]


# contact headings that name no press office: a site's general contact box
_GENERIC_CONTACT = {"contact", "contacts", "contact us", "kontakt", "contacto", "contactos", "contato", "contatti",
                    "contatto", "information", "informations", "info", "enquiries", "inquiries", "renseignements",
                    "informasi", "kontak", "liên hệ", "hubungi kami", "nous contacter", "contáctenos"}


def _sidebar_of(element, box, headed: bool = False):  # type: ignore[no-untyped-def]
    """The <aside> beside the release's box that holds `element` (None otherwise): in the same <main>, or next
    to the main column (the <main>, else the release's <article>, with the same parent) when a class names a
    contact box there (<aside class="media-contact">, <div class="contact-box">) or `headed` (the element is a
    heading element, h2-h6, of a media contact, "Media contacts", in a plain <div class="box">, or is read under
    one): the page's
    sidebar, where a press office may print its media contact next to the release. Only a box under a media
    contact heading is read from it (see `_sidebar_contact`)."""
    if box is None:
        return None
    aside = next((a for a in element.iterancestors() if a.tag == "aside"), None)
    if aside is None or any(a is box for a in aside.iterancestors()):
        return None
    main = next((a for a in box.iterancestors() if a.tag == "main"), box if box.tag == "main" else None)
    column = main if main is not None else box
    if not (any(a is column for a in aside.iterancestors())
            or (aside.getparent() is column.getparent() and (headed or _contact_box(element, aside)))):
        return None              # in the <main>, or beside the main column and named a contact box
    return aside if not any(a.tag in ("nav", "header", "footer", "form") for a in element.iterancestors()) else None


_CONTACT_BOX = re.compile(r"contact|kontakt|contatti|contato", re.IGNORECASE)


def _contact_box(element, aside) -> bool:  # type: ignore[no-untyped-def]
    """Whether the aside, or a box in it that holds `element`, has a class or id naming a contact box."""
    for node in (element, *element.iterancestors()):
        if _CONTACT_BOX.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        if node is aside:
            return False
    return False


def _sidebar_contact(element, box, text: str):  # type: ignore[no-untyped-def]
    """The sidebar holding `element` when `element` heads a media contact there ("Media contact", "Contact
    presse", "Rückfragehinweis"; a plain "Contact" is the site's, not the release's, unless its box is named a
    contact box: then it is read when it names a person, see `end_sections`)."""
    if element.tag not in _HEADINGS or len(text) > 80:
        return None
    sidebar = _sidebar_of(element, box, headed=element.tag in ("h2", "h3", "h4", "h5", "h6"))
    if sidebar is None:
        return None
    found = heading(text)
    generic = _generic(text) and not _contact_box(element, sidebar)
    return sidebar if found is not None and found[0] == "contact" and not generic else None


BOX_HEADING = "Media contact"   # the heading given to a sidebar box a class names a contact box, printed without one
_BOX_TAGS = {"div", "p", "address", "td", "dd", "li", "section"}


def _sidebar_box(element, side, lines: list[str]):  # type: ignore[no-untyped-def]
    """The sidebar holding `element` when `element` is a box of lines (<div class="contact-box">Media
    enquiries<br>Ana Ruiz<br>...</div>) that is a media contact: its first line a contact heading that names
    the press ("Media enquiries"; a plain "Contact" only in a box a class names a contact box), or the box named
    a contact box by its class; and it holds an e-mail address or a number. Read in a sidebar in the release's
    <main>, and beside the main column only when a class names a contact box (see `_sidebar_of`). None otherwise."""
    if element.tag not in _BOX_TAGS or len(lines) < 2 or not _reachable(lines):
        return None
    first = heading(lines[0]) if len(lines[0]) <= 80 else None
    headed = first is not None and first[0] == "contact" and first[1] is None and not _generic(lines[0])
    sidebar = _sidebar_of(element, side)         # beside the main column only when a class names a contact box
    if sidebar is None or not (headed or _contact_box(element, sidebar)):
        return None
    return sidebar


def _inline_contact(element, lines: list[str]) -> tuple[str, list[str]] | None:  # type: ignore[no-untyped-def]
    """(heading, lines) of a block whose text opens with a contact heading and a colon, then an e-mail address
    or a number ("CONTACT: Tanya Greer, ..., 410-555-0135", "Voor vragen van de pers: Linda Bakker ..."): the
    release's contact, as an end section of its own; a plain "Contact:" only before a person and a job (a site's
    "Contact: info@..." or "Contact: Town Hall, ..." is no press contact). None otherwise."""
    if element.tag not in _BOX_TAGS or not lines or len(lines[0]) > 400:
        return None
    found = heading(lines[0])
    if found is None or found[0] != "contact" or not found[1] or not lines[0].endswith(found[1]):
        return None
    label = lines[0][:len(lines[0]) - len(found[1])].rstrip()
    rest = [found[1], *lines[1:MAX_LINES]]
    if not label.endswith((":", "：")) or not _reachable(rest):
        return None
    return (label, rest) if not _generic(label) or _names_spokesperson(rest) else None


def _block_section(element, box, side, lines: list[str],  # type: ignore[no-untyped-def]
                   in_box: bool) -> tuple[str, list[str], bool] | None:
    """(heading, lines, whether the next blocks may continue it) of a block that is an end section of its own:
    "<p><strong>Contatti per la stampa:</strong><br>Federica Colombo<br>...", a heading and its lines (in the
    sidebar, a media contact box's), or, when no sidebar box is being read (`in_box`), a contact block (see
    `_contact_block`)."""
    if len(lines) > 1 and len(lines[0]) <= 80 and (first := heading(lines[0])) is not None and first[1] is None \
            and (not _in_furniture(element, box) or _sidebar_contact(element, side, lines[0]) is not None
                 or _sidebar_box(element, side, lines) is not None):
        return lines[0], lines[1:MAX_LINES + 1], True
    own = None if in_box else _contact_block(element, box, side, lines)
    return None if own is None else (*own, False)


def _contact_block(element, box, side, lines: list[str]) -> tuple[str, list[str]] | None:  # type: ignore[no-untyped-def]
    """A block that is a contact section of its own: "CONTACT: ..." in the article (see `_inline_contact`), or a
    sidebar box of lines with no heading line whose class names a contact box (given the heading `BOX_HEADING`;
    read only when it names its press officer, see `_press_box`)."""
    if not _in_furniture(element, box):
        return None if _furniture_itself(element) else _inline_contact(element, lines)
    if _sidebar_box(element, side, lines) is None:
        return None
    return BOX_HEADING, lines[:MAX_LINES]


def _generic(text: str) -> bool:
    return text.strip(" :*_").lower() in _GENERIC_CONTACT


def _column(h1):  # type: ignore[no-untyped-def]
    """A page with no <article> or <main>: the block holding the headline beside an <aside> (a grid's main column,
    `<div class="col-main">`), to find the sidebar beside it; None when there is none."""
    for ancestor in h1.iterancestors():
        parent = ancestor.getparent()
        if parent is not None and any(child.tag == "aside" for child in parent if child is not ancestor):
            return ancestor
    return None


def end_sections(leaves: list, h1, body_text: str) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    """(heading, lines) of end-matter sections after the headline that the extracted body lacks; in the
    sidebar beside the release (an <aside> in the same <main>), only a media contact box, up to its next
    heading, with an e-mail address or a number."""
    index = leaves.index(h1)
    box = _release_box(h1)
    side = box if box is not None else _column(h1)     # what the sidebar stands beside
    # the leaves after the headline, then those of a sidebar that comes before the release in the page's source
    # (laid out beside it): only a media contact box of it is read
    before = [e for e in leaves[:index] if any(a.tag == "aside" for a in e.iterancestors())]
    after = _units(leaves[index + 1:] + before)
    known = "".join(body_text.split())       # compared without any spacing (a <br> may leave none)
    sections: list[tuple[str, list[str]]] = []
    beside: dict[int, bool] = {}             # which sections are sidebar contact boxes: whether read for their
    #                                          heading alone (beside the main column, no class naming a contact box)
    unheaded: set[int] = set()              # sidebar boxes a class names a contact box, with no heading line
    current: list[str] | None = None
    sidebar = None                           # the sidebar whose media contact box is being read
    for element in after:
        text = _text(element)
        head = heading(text) if element.tag in _HEADINGS and len(text) <= 80 else None
        lines = _lines(element)
        if head is None and len(sections) < MAX_SECTIONS and "".join(text.split()) not in known \
                and (own := _block_section(element, box, side, lines, sidebar is not None)) is not None:
            if _in_furniture(element, box):
                beside[len(sections)] = False
            unheaded.update({len(sections)} if own[0] is BOX_HEADING else ())
            current = own[1] if own[2] else None
            sections.append(own[:2])
            continue
        if sidebar is not None and (_sidebar_of(element, side, headed=True) is not sidebar
                                    or (head is not None and head[1] is None) or element.tag in ("h2", "h3", "h4")):
            current = sidebar = None         # the contact box ends at the sidebar's next heading (a line "Media:
            #                                  Ana Ruiz, ..." is one of its contacts)
        if text and sidebar is None and len(sections) < MAX_SECTIONS and (
                found := _sidebar_contact(element, side, text)) is not None:
            sidebar, current = found, []
            beside[len(sections)] = _sidebar_of(element, side) is None
            sections.append((text, current))
            continue
        if not text or (sidebar is None and (_in_furniture(element, box) or _furniture_itself(element))):
            current = None if current is not None and element.tag in ("h2", "h3") else current
            continue
        if head is not None and (sidebar is None or head[1] is None):
            if len(sections) >= MAX_SECTIONS:
                current = None
                continue
            current = []
            sections.append((text, current))
        elif current is not None and _page_date(text):
            # "Published 3 July 2023", "Ultimo aggiornamento: 12/03/2025": the page's, not the release's
            current = None
        elif current is not None and len(current) < MAX_LINES and "".join(text.split()) not in known:
            current.extend(_lines(element)[:MAX_LINES - len(current)])
        elif current is not None and element.tag in ("h2", "h3"):
            current = None
    return _wanted(sections, beside, unheaded)


def _wanted(sections: list[tuple[str, list[str]]], beside: dict[int, bool],
            unheaded: set[int]) -> list[tuple[str, list[str]]]:
    """The sections kept (see `_kept`): of sidebar boxes, not a plain "Contacts" box that names no spokesperson,
    nor a box printed without a heading that is no press contact (see `_press_box`)."""
    return [(head, lines) for k, (head, lines) in enumerate(sections)
            if _kept(lines, k in beside, beside.get(k, False))
            and not (k in beside and _generic(head) and not _names_spokesperson(lines))   # a plain "Contacts" box
            and not (k in unheaded and not _press_box(lines))]


def _press_box(lines: list[str]) -> bool:
    """Whether a sidebar box a class names a contact box, printed without a heading, is the release's press
    contact: it names a person and a job, or a person with both an e-mail address and a number ("الناطق الإعلامي:
    م. سهى القضاة" / "هاتف: ..." / "البريد: ..."); a site's "Town Hall, Market Square 1" / "Tel ..." is not."""
    return _names_spokesperson(lines) or (_names_person(lines) and any(EMAIL.search(line) for line in lines)
                                           and any(PHONE.search(line) for line in lines))


def _names_spokesperson(lines: list[str]) -> bool:
    """Whether a box under a plain "Contacts" heading names a person and a job ("Ana Ruiz, Press Officer"): the
    release's press officer, not a site's address and switchboard ("Town Hall" / "Market Square 1")."""
    return _names_person(lines) and any(_JOB.search(line) for line in lines)


def _kept(lines: list[str], beside: bool, by_heading: bool) -> bool:
    """Whether an end-matter section is kept: it has lines; a sidebar's contact box an address or a number, and,
    when read for its heading alone, a person's name."""
    return bool(lines) and (not beside or _reachable(lines)) and (not by_heading or _names_person(lines))


def _names_person(lines: list[str]) -> bool:
    """Whether a contact box names a person (a line, or one of its first parts between commas or colons, reads
    as a name): a sidebar box
    read for its heading alone is the release's when it names its press officer, the site's when only an office
    or a switchboard."""
    return any(_person(part.strip(" *_")) for line in lines for part in re.split(r"[,:|]", line)[:3])


_BLOCK_PARENTS = {"p", "div", "li", "dd", "td", "address"}


def _units(leaves: list) -> list:  # type: ignore[no-untyped-def]
    """The leaves as the blocks a reader sees: an inline leaf (a <strong> name, an <a> address) whose block
    holds text of its own too ("<p><strong>Julien Ferrand</strong><br>Attaché de presse<br>02 ...</p>") stands
    for that block, once; other leaves (a vCard's <span>s in a <div>) for themselves."""
    units: list = []
    for leaf in leaves:
        parent = leaf.getparent()
        unit = leaf
        if leaf.tag in _INLINE and parent is not None and parent.tag in _BLOCK_PARENTS and _loose_text(parent):
            unit = parent
        if not units or units[-1] is not unit:
            units.append(unit)
    return units


def _loose_text(element) -> bool:  # type: ignore[no-untyped-def]
    """Whether an element holds text of its own, outside its children (between its <br>s)."""
    return bool((element.text or "").strip() or any((child.tail or "").strip() for child in element))


def _reachable(lines: list[str]) -> bool:
    return any(EMAIL.search(line) or PHONE.search(line) for line in lines)


def _page_date(text: str) -> bool:
    """A line that dates the page (a date, maybe after a few words such as "Last updated")."""
    if len(text) > 80:
        return False
    label = UPDATE_LINE.match(text)      # "最終更新日：令和7年4月3日": the date after the label
    words = text[label.end():].split() if label else text.split()
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
    body = lxml_html.fromstring(f"<div>{raw.body_html}</div>")
    body_text = raw.body_text or "".join(str(t) for t in body.itertext())
    held = {_text(e) for e in body.iter() if isinstance(e.tag, str) and e.tag in _TEXT_TAGS}
    above = [line for line in preamble_lines(leaves, h1, raw.language) if line not in held]   # not twice
    after = end_sections(leaves, h1, body_text)
    if not above and not after:
        return raw
    html = "".join(f"<p>{escape(line)}</p>" for line in above) + raw.body_html
    for head, lines in after:
        html += f"<p><strong>{escape(head)}</strong></p><p>" + "<br>".join(escape(x) for x in lines) + "</p>"
    return dataclasses.replace(raw, body_html=html)
