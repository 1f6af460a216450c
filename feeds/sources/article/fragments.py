"""Building the body fragment from the content found: blocks, lists, tables, inline markup, and its
plain text.

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import copy
import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from ...normalise.when import PUBLISHED_LABEL, UPDATED_LABEL
from .common import (_BLOCK_LEAVES, _BLOCK_TAGS, _DATE_LINE_WORDS, _DATE_RE, _HEADINGS, _INLINE_RENAME, _SKIP_TAGS,
                     _WORD, _WS, _absolute, _clean, _itertext, _text)
from .sitename import _site_key

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
    if include_self and _block_itself(node, out, base):
        return
    state = _Paragraphs(out, base)
    state.text(node.text)
    for child in node:
        if not isinstance(child.tag, str) or child.tag in _SKIP_TAGS:
            state.text(child.tail)
            continue
        if child.tag == "br":
            state.br()
        elif child.tag == "hr":
            state.close()
        elif _is_block(child):
            state.close()
            _child_block(child, out, base)
        else:
            state.inline(child)
            continue  # the tail was copied with the inline element
        state.text(child.tail)
    state.close()


def _block_itself(node: HtmlElement, out: etree._Element, base: str | None) -> bool:
    """Convert `node` itself when it is a block of its own kind; False when only its content counts."""
    tag = node.tag
    if tag == "p":
        _blocks(node, out, base)
    elif tag in _BLOCK_LEAVES:
        element = etree.SubElement(out, tag)
        _inline(node, element, base)
        _drop_if_empty(element)
    elif tag in ("ul", "ol", "dl", "blockquote", "table", "li"):
        holder = etree.Element("div")
        holder.append(copy.copy(node))
        holder[0].tail = None
        _blocks(holder, out, base)
    else:
        return False
    return True


def _is_block(child: HtmlElement) -> bool:
    return child.tag in ("p", "ul", "ol", "dl", "blockquote", "table") or child.tag in _BLOCK_LEAVES \
        or child.tag in _BLOCK_TAGS or _has_block(child)


def _child_block(child: HtmlElement, out: etree._Element, base: str | None) -> None:
    """One block-level child, converted (the paragraph before it is already closed)."""
    child_tag = child.tag
    if child_tag == "p":
        _blocks(child, out, base)  # a paragraph with <br><br> inside is several paragraphs
    elif child_tag in _BLOCK_LEAVES:
        element = etree.SubElement(out, child_tag)
        _inline(child, element, base)
        _drop_if_empty(element)
    elif child_tag in ("ul", "ol"):
        _list(child, out, base)
    elif child_tag == "blockquote":
        quote = etree.SubElement(out, "blockquote")
        _blocks(child, quote, base)
        _drop_if_empty(quote)
    elif child_tag == "table":
        _table(child, out, base)
    else:   # dl, other block containers, and inline elements holding blocks
        _blocks(child, out, base)


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
        if not _clean("".join(_itertext(out_row))):
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
        if not _clean("".join(_itertext(element))):
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
    return bool(_clean("".join(_itertext(element))))


def _drop_if_empty(element: etree._Element) -> None:
    parent = element.getparent()
    if not _has_content(element) and parent is not None:
        parent.remove(element)


def _drop_leading_furniture(fragment: HtmlElement, title: str | None) -> None:
    """The body holds no "read also" paragraph (`_is_read_also`), must not start with the title again, nor
    with a lone "Published on <date>" line or a line of the article's particulars ("Diposting: 17/01/2022 |
    Oleh: Diskominfo | Dibaca: 532 kali"); nor end with such lines, a dated update notice ("Mis à jour le 12
    mai 2021 : le calendrier a été précisé."), a credit line ("(Editor: Hendra Wijaya)", "Source: ..."), a
    list of other items by date (the date before or after each) or a comment thread. Nor does it hold a pull
    quote (`_is_pull_quote`)."""
    for block in [b for b in fragment if _is_read_also(b)] + _inner_date_lines(fragment):
        fragment.remove(block)
    _drop_pull_quotes(fragment)
    key = _site_key(title or "")
    while len(fragment):
        first = fragment[0]
        text = _text(first)
        if not (_repeats_title(first, key) or _is_date_line(text) or _is_particulars_line(text)
                or _is_label_line(text) or _is_byline(text)):
            break
        fragment.remove(first)
    # the headline printed after a short box the layout let in: the lines of particulars under it go too
    at = next((i for i, block in enumerate(list(fragment)[:3]) if _repeats_title(block, key)), None)
    while at is not None and len(fragment) > at + 2 and (
            _is_date_line(below := _text(fragment[at + 1])) or _is_particulars_line(below)):
        fragment.remove(fragment[at + 1])
    while _drop_trailing_furniture(fragment) or _drop_comment_thread(fragment):
        pass


def _drop_trailing_furniture(fragment: HtmlElement) -> bool:
    """Drop the lines of particulars, update notices, credit lines and lists of other items by date (with the
    list's title) that end the fragment; whether anything went."""
    listed = dropped = _drop_closing_credits(fragment)
    while len(fragment) > 1 and (_is_date_line(last := _text(fragment[-1])) or _is_particulars_line(last)
                                 or _is_update_notice(last) or _is_credit_line(last)
                                 or _is_dated_link(fragment[-1]) or _is_link_lines(fragment[-1])):
        listed = listed or _is_dated_link(fragment[-1]) or _is_link_lines(fragment[-1])
        fragment.remove(fragment[-1])
        dropped = True
    if listed and len(fragment) > 1 and _is_box_title(_text(fragment[-1])):
        fragment.remove(fragment[-1])     # the list's own title ("Latest news")
    if len(fragment) > 1 and _is_closing_caption(fragment[-1]):
        fragment.remove(fragment[-1])     # a box's title whose box is gone, a promo line
        dropped = True
    return dropped


def _is_closing_caption(block: HtmlElement) -> bool:
    """A last block that is a heading, or a paragraph all in bold, of ten words at most and no sentence (no
    closing full stop, question or exclamation mark): a box's title whose box was dropped ("Other recent
    releases"), a promo line ("Veja mais notícias da região"). Nothing follows it, so it heads nothing of the
    article; a closing sentence in bold ends with its stop and stays."""
    text = _text(block)
    if not text or len(text.split()) > 10 or _is_sentence(text):
        return False
    if block.tag in _HEADINGS:
        return True
    bold = "".join(_text(b) for b in block if b.tag in ("strong", "b"))
    return block.tag == "p" and not (block.text or "").strip() and _site_key(bold) == _site_key(text)


_COUNTED_TITLE = re.compile(r"^[^\W\d_][\w .'’-]{0,30}\s*\(\d+\)$")


def _drop_comment_thread(fragment: HtmlElement) -> bool:
    """Drop a comment thread that ends the fragment: a heading with a count ("Yorumlar (2)", "Comments (14)")
    followed only by short blocks (names, comments), at least one a date line (each comment's time); whether
    it went."""
    blocks = list(fragment)
    for at in range(len(blocks) - 2, 0, -1):
        if blocks[at].tag in _HEADINGS and _COUNTED_TITLE.match(_text(blocks[at])):
            after = [_text(block) for block in blocks[at + 1:]]
            if all(len(text) <= 400 for text in after) and any(_is_date_line(text) for text in after):
                for block in blocks[at:]:
                    fragment.remove(block)
                return True
            return False
    return False


_READ_ALSO_LABEL = re.compile(r"[^\W\d_][^\d:：]{0,30}[:：]\s*")


def _is_read_also(block: HtmlElement) -> bool:
    """A paragraph that is only a short label and a link to another item ("Baca Juga: <a>Headline of another
    story</a>", "Read also: ...", "Lesen Sie auch: ..."): an insert pointing elsewhere, not body text. The
    link's text (four words at least, no address) is all the paragraph says after a label of four words at
    most that ends with a colon."""
    links = list(block.iter("a"))
    if block.tag != "p" or len(links) != 1 or (links[0].get("href") or "").startswith(("mailto:", "tel:")):
        return False
    link, whole = _text(links[0]), _text(block)
    if len(link.split()) < 4 or not whole.endswith(link):
        return False
    label = whole[:len(whole) - len(link)]
    return len(label.split()) <= 4 and _READ_ALSO_LABEL.fullmatch(label) is not None


def _drop_pull_quotes(fragment: HtmlElement) -> None:
    """Drop the pull quotes: a short <blockquote> (three to 30 words) whose words a longer block of the body says
    in the same order, within twice their number ("« Nous préférons un calendrier réaliste »" beside "« Nous
    préférons annoncer un calendrier réaliste plutôt que... »"). The page prints them large between paragraphs to
    catch the eye; their words are the body's already, so the body loses nothing. A quotation of its own stays."""
    quotes = [block for block in fragment if block.tag == "blockquote"]
    if not quotes:
        return
    said = [[w.casefold() for w in _WORD.findall(_text(block))] for block in fragment if block.tag != "blockquote"]
    for quote in quotes:
        words = [w.casefold() for w in _WORD.findall(_text(quote))]
        if 3 <= len(words) <= 30 and any(len(other) > len(words) and _said_in_order(words, other) for other in said):
            fragment.remove(quote)


def _said_in_order(words: list[str], other: list[str]) -> bool:
    """Whether all the words occur in `other` in their order, within a run of at most twice their number."""
    reach = 2 * len(words)
    for start in (i for i, word in enumerate(other) if word == words[0]):
        found = 1
        for word in other[start + 1:start + reach]:
            if found < len(words) and word == words[found]:
                found += 1
        if found == len(words):
            return True
    return False


def _repeats_title(block: HtmlElement, key: str) -> bool:
    """Whether a block prints the title again (a heading may print it with a kicker or subtitle)."""
    block_key = _site_key(_text(block))
    return bool(key and block_key) and (block_key == key or (
        block.tag in _HEADINGS and (block_key in key or key in block_key)))


def _is_box_title(text: str) -> bool:
    return 0 < len(text.split()) <= 5 and not re.search(r"[.!?。:]$", text)


def _is_dated_link(block: HtmlElement) -> bool:
    """A block that only lists other items by date (a "latest news" list that a table layout let into the
    body): a paragraph that is a date and a link ("18.08.2023 <a>Other headline</a>") or a date on a line of
    its own above a few words, or a table or list whose every row or item is a date and a few words (but a first
    row of a short title with no link, the list's own)."""
    rows = list(block.iter("tr")) or list(block.iter("li"))
    if block.tag in ("table", "ul", "ol") and rows:
        texts = [_clean(" ".join(_itertext(row))) for row in rows]
        if len(rows) > 2 and rows[0].find(".//a") is None and _is_box_title(texts[0]):
            rows, texts = rows[1:], texts[1:]       # the list's own title in its first row ("Latest news")
        return all(_dated_line(text, 15) for text in texts) or (
            all(_dated_at_end(text, 15) for text in texts) and all(row.find(".//a") is not None for row in rows))
    first_line = _clean(block.text) if len(block) and block[0].tag == "br" else ""
    if first_line and _DATE_RE.fullmatch(first_line):      # "18.08.2023<br>Other headline"
        return _dated_line(_clean(" ".join(_itertext(block))), 15)
    links = [_text(a) for a in block.iter("a")]
    rest = _clean(" ".join(_itertext(block)))
    for link in filter(None, links):
        rest = rest.replace(link, " ")
    return any(links) and bool(_DATE_RE.fullmatch(_clean(rest)))


def _is_link_lines(block: HtmlElement) -> bool:
    """A paragraph of two lines or more, each of them one link and nothing else (an old layout's list of other
    items, "<a>Other headline</a><br><a>Another</a>", under the article's text): a list pointing elsewhere, not
    body text. Only at the article's end; a line with a word outside its link (a sentence citing a link) keeps it."""
    if block.tag != "p" or block.find("br") is None:
        return False
    lines = [line for line in _inline_text(block).split("\n") if line.strip()]
    links = [_clean(_text(a)) for a in block.iter("a")]
    return len(lines) >= 2 and len(links) == len(lines) \
        and all(_clean(line) == link for line, link in zip(lines, links, strict=True))


def _dated_at_end(text: str, words: int) -> bool:
    """A few words, then a date ("Other headline 18.04.2023"; in a list only when each item is a link: a
    list of key dates, "Applications close 30 April 2024", is the article's)."""
    match = next((m for m in _DATE_RE.finditer(text) if m.end() == len(text)), None)
    return match is not None and 0 < len(text[:match.start()].split()) <= words


def _dated_line(text: str, words: int) -> bool:
    match = _DATE_RE.match(text)
    return match is not None and 0 < len(text[match.end():].split()) <= words


def _is_date_line(text: str) -> bool:
    """A short block that only says when the page was published or updated (in any language the date
    grammar reads: "Publié le 3 mars 2021", "Ostatnia modyfikacja: 18.09.2023 09:14")."""
    if len(text) > 80 or not _DATE_RE.search(text):
        return False
    rest = _ROLE_LABEL.sub(" ", _DATE_RE.sub(" ", text))
    return all(word in _DATE_LINE_WORDS for word in _WORD.findall(rest.lower()))


# a publication or update label as words of their own ("updated" holds no "dated")
_ROLE_LABEL = re.compile(r"(?<!\w)(?:" + PUBLISHED_LABEL.pattern + "|" + UPDATED_LABEL.pattern + r")(?!\w)",
                         re.IGNORECASE)


def _inner_date_lines(fragment: HtmlElement) -> list[HtmlElement]:
    """The labelled date lines (`_is_labelled_date_line`) after the article's first block of text: a metadata row
    between the text and the contacts. Those above the text stay for the date line's reader (the normaliser)."""
    blocks = list(fragment)
    start = next((i for i, b in enumerate(blocks) if _is_sentence(_text(b))), len(blocks))
    return [b for b in blocks[start + 1:] if _is_labelled_date_line(_text(b))]


def _is_sentence(text: str) -> bool:
    """A block of text that ends a sentence (with its full stop, question or exclamation mark), or is long."""
    return len(text) >= 80 or re.search(r"[.!?。！？।]\W{0,2}$", text) is not None


def _is_labelled_date_line(text: str) -> bool:
    """A date line (`_is_date_line`) with a publication or update label ("Last updated 09/03/2026",
    "公開日：令和8年4月1日"): what the page says about the article, not article text, wherever it stands (a
    metadata row between the text and the contacts). A date alone (a live blog's entry, a chronology) stays."""
    return _is_date_line(text) and _ROLE_LABEL.search(text) is not None


def _is_label_line(text: str) -> bool:
    """A short line that holds a publication or update label and three words at most besides, no date and no
    sentence ("Publicado em · Atualizado há 3 horas": the particulars whose date an element of its own held,
    dropped with it)."""
    if len(text) > 60 or re.search(r"[.!?。]$", text):
        return False
    rest = _ROLE_LABEL.sub(" ", text)
    return rest != text and len(_WORD.findall(rest)) <= 3


_SEGMENTS = re.compile(r"\s*[|·•]\s*")
_LABEL_VALUE = re.compile(r"^[^\W\d_][\w .'’-]{0,24}\s*[:：]\s*\S")
_BYLINE = re.compile(r"^(?:by|par|von|por|oleh|door|di|da|przez|av|af|от|tác giả)\s+\S", re.IGNORECASE)


def _is_particulars_line(text: str) -> bool:
    """A line of the article's particulars split by "|", "·" or "•": a date (labelled or not) and short
    "Label: value" or "By Name" segments ("Diposting: 17/01/2022 | Oleh: Diskominfo | Dibaca: 532 kali").
    Not a sentence: no segment over six words besides its date or ending a sentence."""
    segments = [part for part in _SEGMENTS.split(text) if part]
    if len(text) > 160 or len(segments) < 2 or not any(_DATE_RE.search(part) for part in segments):
        return False
    return all(len(_DATE_RE.sub(" ", part).split()) <= 6 and not re.search(r"[.!?。]$", part)
               and (bool(_DATE_RE.search(part)) or bool(_LABEL_VALUE.match(part)) or bool(_BYLINE.match(part)))
               for part in segments)


# Who edited, wrote, photographed or sourced the text, as a closing line "Label: name" (in brackets or not): the
# labels in the languages the date grammar reads.
def _is_byline(text: str) -> bool:
    """A line that only names the author ("Por Redação G5 PE", "By Ana Ruiz"): six words at most after "By" in
    the page's language, no sentence. Only at the body's start, above the text."""
    return _BYLINE.match(text) is not None and len(text.split()) <= 7 and not re.search(r"[.!?。,:]$", text) \
        and "," not in text


_CREDIT_LABELS = (
    r"editor|edited by|source|sources|photo|photos|photograph|image|images|text|reporter|reporting|writer|author|"
    r"rédaction|crédit photo|crédits photo|redaktion|quelle|bild|fotos?|fonte|fuente|redacción|edição|redactie|bron|"
    r"źródło|fot\.?|zdjęcie|redakcja|redaktur|penulis|pewarta|sumber|kaynak|editör|muhabir|fotoğraf|chanzo|picha|"
    r"mhariri|nguồn|ảnh|biên tập|出典|写真|文|사진|출처|기자|责任编辑|编辑|来源|记者|图|ที่มา|ภาพ|ข่าว|المصدر|تحرير|صورة")
_CREDIT_LINE = re.compile(r"^[(（\[]?\s*(?:" + _CREDIT_LABELS + r")\s*[:：]\s*(?P<name>[^.!?。:：]{1,60}?)[)）\]]?$",
                          re.IGNORECASE)


def _is_credit_line(text: str) -> bool:
    """A closing line that names who edited, wrote, photographed or sourced the text ("(Editor: Hendra Wijaya)",
    "（责任编辑：王丽）", "Source: Office of the Spokesperson"): about the article, not of it. Eight words at the
    most after the label, no sentence in it; only at the article's end."""
    match = _CREDIT_LINE.match(text)
    return match is not None and len(match.group("name").split()) <= 8


_CREDIT = (r"(?:" + _CREDIT_LABELS + r"|redactor|redaktor|editing|writing)(?:\s*[:：]|\s+by)\s*"
           r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,4}")     # a label, a name of five words at most
_CLOSING_CREDITS = re.compile(r"(?<=[.!?。»”\"])\s*[(（\[]\s*" + _CREDIT + r"(?:\s*[,;，]\s*" + _CREDIT
                              + r"){0,3}\s*[)）\]]\s*$", re.IGNORECASE)


def _drop_closing_credits(fragment: HtmlElement) -> bool:
    """Drop the credits in brackets that close the article's last paragraph after its last sentence ("... of 6
    million tonnes. (Editor: Elena Munteanu; photo: Mihai Pop)", "(Reporting by Ana Ruiz; Editing by Tom Hale)"):
    who wrote, edited or photographed it, a news agency's closing mark, not the article's text; whether they went.
    Labels as `_is_credit_line`'s, each followed by a colon or "by" and a name of five words at most."""
    if not len(fragment):
        return False
    last = fragment[-1]
    holder = last[-1] if len(last) else last
    text = (holder.tail if len(last) else holder.text) or ""
    match = _CLOSING_CREDITS.search(text)
    if match is None or not text[:match.start()].strip():
        return False
    if len(last):
        holder.tail = text[:match.start()]
    else:
        holder.text = text[:match.start()]
    return True


_UPDATE_NOTICE = re.compile(r"^\W{0,3}(?:" + UPDATED_LABEL.pattern + r")\s*[:：,-]?\s*", re.IGNORECASE)


def _is_update_notice(text: str) -> bool:
    """A short notice that opens with an update label and its date ("Mis à jour le 12 mai 2021 : le calendrier
    de la phase 2 a été précisé.", "Updated 3 March 2023: adds the mayor's reply."): about the article, not of it.
    Only at the article's end."""
    label = _UPDATE_NOTICE.match(text)
    if label is None:
        return False
    date = _DATE_RE.match(text, label.end())
    return date is not None and len(text[date.end():].split()) <= 25


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
