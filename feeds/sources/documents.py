"""PDF and Word (.docx) releases: their text as paragraphs, and the headline their structure shows.

PDF: the text layer, read with pdfminer.six. The headline is the largest type on page one (lines of
that size next to each other, joined), not the metadata title (often a template's name). Lines
repeated at the top or bottom of every page (headers, footers) and page numbers are removed; a word
hyphenated at a line break is joined. A PDF with no text layer (a scan) is skipped with that reason. How a page's
characters become lines in reading order (tables, text columns, right-to-left lines) is pdflayout.py's.
Word: python-docx; the headline is the first paragraph in the Title or a Heading style, else the
first paragraph. Both give a RawRelease whose body text keeps its lines, so the same preamble,
embargo and end-matter rules apply as to a text file.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from datetime import datetime

from ..errors import SkipFile
from ..model import RawRelease
from ..normalise.contacts import EMAIL, PHONE, is_field_name
from ..normalise.newswire import blocks
from ..normalise.preamble import EMBARGO, headline, is_label, read_date_line
from .pdflayout import ADDRESS_END, CUT_ADDRESS, Line, digitless, pdf_lines, repeated_lines, running_size

_PAGE_NUMBER = re.compile(r"^\s*(?:(?:page|seite|página|pagina|halaman|trang)\s*)?[-–]?\s*\d{1,3}\s*"
                          r"(?:(?:/|of|sur|von|de|di|dari|van)\s*\d{1,3})?\s*[-–]?\s*$",
                          re.IGNORECASE)


def _page_number(text: str, pages: int) -> bool:
    """A page number line ("Page 2 of 3", "- 2 -"); a bare number only up to the document's page count (a larger
    one is a line's end: "01632 960" / "774", a phone number a narrow cell broke)."""
    if not _PAGE_NUMBER.match(text):
        return False
    return bool(re.search(r"[^\W\d]", text)) or int(re.findall(r"\d+", text)[0]) <= pages


def release_from_pdf(data: bytes, origin: str, modified: datetime | None) -> RawRelease:
    pages = pdf_lines(data)
    if not any(pages):
        raise SkipFile("PDF without a text layer (a scan?): no text to read")
    repeated = repeated_lines(pages)
    kept = [[ln for ln in _without_print_stamp(lines) if digitless(ln[0]) not in repeated
             and not _page_number(ln[0], len(pages)) and not _SHARE_BAR.match(ln[0])] for lines in pages]
    first = kept[0] if kept and kept[0] else next((p for p in kept if p), [])
    labelled = [k for k, ln in enumerate(first[:20]) if is_label(ln[0]) or EMBARGO.match(ln[0])]
    every = [ln for lines in kept for ln in lines]
    below = first[labelled[-1] + 1:] if labelled else _without_letterhead(first, every)
    title = _largest(below) or _largest(first)
    paragraphs: list[list[str]] = []
    breaks: list[list[bool]] = []     # of each paragraph's lines: whether the line above ended short of it
    widths: list[int] = []            # of each paragraph: the document's full line, in characters
    spacing = _wide_spacing(kept, every)
    for lines in kept:
        previous: Line | None = None
        for line in lines:
            text, size, top = line[:3]
            gap = (previous[3] - top) if previous else 0
            height = max(previous[2] - previous[3], 1) if previous else 1
            within = max(0.6 * height, 1.3 * spacing.get(size, 0.0))    # the gap between a paragraph's lines
            new = previous is None or gap > within or abs(size - previous[1]) > 0.6
            if new or not paragraphs:
                paragraphs.append([text])
                breaks.append([False])
                widths.append(_full_line(every, size))
            else:
                paragraphs[-1].append(text)
                breaks[-1].append(previous is not None and _ended_short(previous, line))
            previous = line
    text = "\n\n".join(_join_lines(p, width, hard) for p, width, hard in zip(paragraphs, widths, breaks,
                                                                                strict=True))
    return RawRelease(origin=origin, title=title or _headline(text), body_text=text, modified=modified)


# "Share this release: Facebook X WhatsApp LinkedIn E-mail Print": a printed web page's share bar, no text
_SHARE_BAR = re.compile(r"^(?:share(?: this)?(?: page| release| article| story)?|compartir|compartilhar|partager|"
                        r"teilen|condividi|bagikan|delen|chia sẻ)\s*:?\s*(?:(?:facebook|x|twitter|whatsapp|"
                        r"linkedin|e-?mail|print|telegram|imprimir|imprimer|drucken|stampa|cetak)\b[\s·|,]*){2,}$",
                        re.IGNORECASE)


# "12/7/26, 3:34 PM": the date and time a browser prints a page at, in its header (the page's title beside it)
_PRINT_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?$", re.IGNORECASE)


def _without_print_stamp(lines: list[Line]) -> list[Line]:
    """A page without the header a browser prints above it (the date and time of printing, the page's title, on
    one baseline in small type): page furniture, never the release's date or headline."""
    stamp = next((ln for ln in lines[:2] if _PRINT_STAMP.match(ln[0].strip())), None)
    if stamp is None:
        return lines
    return [ln for ln in lines if abs(ln[2] - stamp[2]) > 1 or ln[1] != stamp[1]]


def _wide_spacing(pages: list[list[Line]], every: list[Line]
                  ) -> dict[float, float]:
    """The gap between a paragraph's lines for each type size a document sets wide apart (1.5 or double line
    spacing, where that gap exceeds the usual 0.6 of a line's height): the most common gap under a full line
    (one the next line continues), when most full lines of that size have it. Sizes set as usual are not listed."""
    gaps: dict[float, list[float]] = {}
    full = {size: _full_line(every, size) for size in {line[1] for line in every}}     # once per type size
    for lines in pages:
        for above, below in zip(lines, lines[1:], strict=False):
            if above[1] == below[1] and len(above[0]) >= 0.85 * full[above[1]] > 0:
                gaps.setdefault(above[1], []).append(round(above[3] - below[2], 1))
    wide = {}
    for size, found in gaps.items():
        gap, count = Counter(found).most_common(1)[0]
        if count >= 3 and count * 2 > len(found) and gap > 0.6 * size:
            wide[size] = gap
    return wide


def _headline(text: str) -> str | None:
    """The headline of a document whose structure shows none: as in a text file, the first line after
    the newswire preamble."""
    return headline(blocks(text))


LETTERHEAD_WORDS = 6


def _without_letterhead(first: list[Line], every: list[Line]
                        ) -> list[Line]:
    """Page one's lines below its letterhead, when it has one: its top lines in the largest type are a name
    (a few words, no digits, no sentence) that the document prints again (its "About" section, a footer) or
    writes in capitals, and a headline follows in type larger than the running text (four words or more).
    Otherwise all of page one's lines."""
    if not first:
        return first
    size = first[0][1]
    end = next((k for k, ln in enumerate(first) if ln[1] != size), len(first))
    name = " ".join(ln[0] for ln in first[:end])
    if size < max(ln[1] for ln in first) or len(name.split()) > LETTERHEAD_WORDS or re.search(r"\d|[.!?:]$", name):
        return first
    text = " ".join(ln[0] for ln in every).casefold()
    if not (name.isupper() or text.count(name.casefold()) >= 2):
        return first
    body = running_size(every)
    follows = any(s >= 1.15 * body and len(line.split()) >= 4 for line, s, *_ in first[end:end + 8])
    return first[end:] if follows else first


def _largest(lines: list[Line]) -> str | None:
    """The headline: the largest type on the page, lines of that size next to each other joined."""
    if not lines:
        return None
    size = max(s for _, s, *_ in lines)
    if sum(1 for _, s, *_ in lines if s == size) > 6:
        return None    # one size all over: no headline by type
    start = next(k for k, ln in enumerate(lines) if ln[1] == size)
    picked = [lines[start][0]]
    for text, s, *_ in lines[start + 1:]:
        if s != size:
            break
        picked.append(text)
    return _dehyphenate(_headline_lines(picked))


def _headline_lines(lines: list[str]) -> str:
    """A headline's lines joined with spaces; a hyphen of its own at a line break before a capital or a digit
    joins without one ("Sahel-" / "Atlantique"), as in running text, and so does a compound's before a lower-case
    word ("five-" / "year", as `_compound` tells)."""
    out = lines[0]
    for line in lines[1:]:
        own = out.endswith("-") and out[-2:-1].isalnum() and line[:1].isalnum() \
            and (not line[:1].islower() or _compound(out, line))
        out += line if own else " " + line
    return out


def _dehyphenate(text: str) -> str:
    return re.sub(r"(\w)- (?=[a-zà-öø-ÿ])", r"\1", text)


def _full_line(lines: list[Line], size: float) -> int:
    """How many characters a full line of the document's text in type of `size` holds (its longest lines but
    outliers): a headline's lines are measured against the headline's, running text against running text."""
    lengths = sorted(len(ln[0]) for ln in lines if abs(ln[1] - size) <= 0.6)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _ended_short(above: Line, line: Line) -> bool:
    """Whether `above` ended where its author ended it: `line`'s first word would have fitted in the room left
    after it, with an em to spare ("EMBARGOED UNTIL 00:01 BST, Wednesday 19 June 2024" above "MEDIA RELEASE":
    no wrap, however long the line)."""
    return above[4] > line[5] + line[1]


def _join_lines(lines: list[str], full: int = 0, hard: list[bool] | None = None) -> str:
    """A paragraph's lines as the PDF sets them. Lines that wrap running text are joined (a hyphen at a
    line break between letters and a lower-case letter joined into one word; one after a digit or before a
    capital or a digit kept, without a space: "15-year", "Saint-Hyacinthe", "604-555-0177"); short lines that
    end where the author ended them stay lines: a line
    wraps when it is long (45 characters) and near the page's full line (60% of it), so the lines of a
    contact block ("Name, role" / "Department" / number) stay lines; so do lines after one that ended short of
    them (`hard`, from the page's geometry: see `_ended_short`)."""
    out: list[str] = []
    for k, line in enumerate(lines):
        if out and ((CUT_ADDRESS.search(out[-1]) and ADDRESS_END.fullmatch(line))
                    or (_CUT_AT_DOT.search(out[-1]) and re.fullmatch(r"[a-z]{2,6}", line))):
            out[-1] += line          # "elena.ruiz@miva" / "u.gob.es", "pr@moe.gov." / "zm": an address a cell broke
        elif out and _wraps(out[-1], line, full) and len(out[-1]) >= 0.6 * full \
                and not _place_date_below(out[-1], line) and not (hard and hard[k]):
            if out[-1].endswith("-") and _SUSPENDED.match(line):
                out[-1] = out[-1] + " " + line       # "kust-" / "en zeeroeien": a suspended hyphen, then "and"
            elif out[-1].endswith("-") and line[:1].islower() and out[-1][-2:-1].isalpha() \
                    and not _compound(out[-1], line) and "@" not in out[-1].rsplit(" ", 1)[-1]:
                out[-1] = out[-1][:-1] + line        # "docu-" / "ment": a word hyphenated at the break
                # (not in an e-mail address: "c.aubry@solidarites-" / "sahel.org" keeps its hyphen, below)
            elif out[-1].endswith("-") and out[-1][-2:-1].isalnum() and line[:1].isalnum():
                out[-1] = out[-1] + line             # "Saint-" / "Hyacinthe", "15-" / "year": a hyphen of its own
            else:
                out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _place_date_below(previous: str, line: str) -> bool:
    """"EMBARGO: hasta las 12:00 horas del martes 7 de noviembre de 2023 (hora peninsular)" / "Huesca, 6 de
    noviembre de 2023": a place's date line under an embargo or label line is a line of its own, not its wrap."""
    found = read_date_line(line, None, None, None) if len(line) <= 60 else None
    return found is not None and found[0] is not None and bool(EMBARGO.match(previous) or is_label(previous))


_CUT_AT_DOT = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.$")     # "mhamoonga@moe.gov." before its country


# Words written with a hyphen of their own before a lower-case word: "quinta-feira", "self-employed", "e-mail"
_COMPOUND_FIRST = {"self", "non", "e", "ex", "co", "well", "long", "short", "high", "low", "full", "part", "half",
                   "multi", "cross", "anti", "x", "vice", "sub", "inter", "extra", "semi", "pós", "pré", "auto",
                   # a number before a unit: "five-year", "two-day", "three-month"
                   "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                   "fifteen", "twenty", "thirty", "fifty", "hundred", "thousand", "million", "billion"}
_COMPOUND_NEXT = {"feira", "feiras"}


_SUSPENDED = re.compile(r"(?:en|und|and|et|e|y|of|oder|ou|o|or|og|och|i|ve)\s")   # "Kust- en zeeroeien", "Ein- und"


def _compound(previous: str, line: str) -> bool:
    """Whether the hyphen ending `previous` is the word's own (a compound broken after its hyphen), not one a
    hyphenation added: its first part is a common prefix or its second a common ending ("quinta-" / "feira")."""
    first = re.findall(r"[^\W\d_]+(?=-$)", previous)
    second = re.match(r"[^\W\d_]+", line)
    if re.search(r"(?-i:[A-ZÀ-Þ])[^\W\d_]*-[^\W\d_]+-$", previous):
        return True              # "Saint-Aubin-" / "des-Prés": a capitalised name's compound, broken at its hyphen
    if re.match(r"[^\W\d_]+-[^\W\d_]", line):
        return True              # "moderate-" / "to-severe": a compound of three parts or more, broken at a hyphen
    return bool(first and first[0].lower() in _COMPOUND_FIRST) or bool(second and second.group(0).lower()
                                                                       in _COMPOUND_NEXT)


def _wraps(previous: str, line: str, full: int = 0) -> bool:
    """Whether `line` continues `previous`: a long line (45 characters, or 85% of a narrow column's full
    line), not ending with an address or a number (a contact line ends there, however long: "Name, role –
    +39 02 ... – name@office.example")."""
    least = min(45, 0.85 * full if full >= 35 else 45)
    return len(previous) >= least and not re.search(r"[@]|\d{3}\s?\d{2}", previous[-12:]) \
        and not re.search(r"(?:" + EMAIL.pattern + r"|" + PHONE.pattern + r")[.)]?$", previous)


def release_from_docx(data: bytes, origin: str, modified: datetime | None) -> RawRelease:
    try:
        import docx
        document = docx.Document(io.BytesIO(data))
    except Exception as e:   # python-docx raises many kinds on a damaged file
        raise SkipFile(f"unreadable Word file: {e.__class__.__name__}") from e
    title = None
    paragraphs: list[str] = []
    sized: list[tuple[str, float]] = []      # the first paragraphs with the type size their runs set
    for kind, item in _docx_blocks(document):
        if kind == "table":
            paragraphs.extend(_table_blocks(item))
            continue
        text = item.text.replace("\r", "\n").replace("\v", "\n").strip()
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        if title is None and (style == "Title" or style.startswith("Heading 1") or style == "Heading1"):
            title = " ".join(text.split())
        if len(sized) < 15:
            sizes = [run.font.size.pt for run in item.runs if run.font.size is not None and run.text.strip()]
            sized.append((" ".join(text.split()), max(sizes) if sizes else 0.0))
        paragraphs.append(text)
    if not paragraphs:
        raise SkipFile("Word file without text")
    text = "\n\n".join(paragraphs)
    return RawRelease(origin=origin, title=title or _largest_run(sized, _normal_size(document)) or _headline(text),
                      body_text=text, modified=modified)


def _normal_size(document) -> float:  # type: ignore[no-untyped-def]
    """The type size of the document's running text (its Normal style; Word's default 11 pt)."""
    try:
        size = document.styles["Normal"].font.size
    except KeyError:
        size = None
    return size.pt if size is not None else 11.0


def _largest_run(sized: list[tuple[str, float]], normal: float) -> str | None:
    """A Word headline set by hand: among the first paragraphs, the one in the largest type, when that type
    is larger than the running text's (bold 14 pt over 11 pt), is no label, embargo or number line, and reads
    as a headline (no longer than 300 characters). Several paragraphs in that type: none is. Below a release's
    label or embargo line, only the paragraphs below it are looked at when those above it in large type are names
    of a few words (as in a PDF: the organisation's name above the label may be set larger than the headline)."""
    labelled = [k for k, (t, _) in enumerate(sized) if is_label(t) or EMBARGO.match(t)]
    below = sized[labelled[-1] + 1:] if labelled else []
    above = sized[:labelled[-1]] if labelled else []
    if any(size > normal + 1 and len(t) <= 300 for t, size in below) \
            and all(len(t.split()) <= 6 for t, size in above if size > normal + 1):
        sized = below       # above the label, in large type, only a name (a letterhead), no headline
    candidates = [(t, size) for t, size in sized if size > normal + 1 and len(t) <= 300
                  and not (is_label(t) or EMBARGO.match(t))]
    if not candidates:
        return None
    largest = max(size for _, size in candidates)
    picked = [t for t, size in candidates if size == largest]
    return picked[0] if len(picked) == 1 else None


def _docx_blocks(document):
    """The document's paragraphs and tables in their order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "paragraph", Paragraph(child, document)
        elif tag == "tbl":
            yield "table", Table(child, document)


def _table_blocks(table) -> list[str]:
    """A table's text: a block per row when its rows are records (one contact a row: a column of e-mail
    addresses or numbers, a first row of field names such as "Name | Role | Email" left out, or kept as a block
    of its own when every row fills every cell), else a block
    per column when it has several (contacts side by side), else per row."""
    rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    heads: list[str] = []
    if rows and len(rows[0]) >= 2 and all(is_field_name(c) for c in rows[0] if c):
        heads, rows = rows[0], rows[1:]
    width = max((len(r) for r in rows), default=0)
    if width >= 2 and not _records(rows):
        columns = ["\n".join(r[c] for r in rows if c < len(r) and r[c]) for c in range(width)]
        return [c for c in dict.fromkeys(columns) if c]
    blocks = [block for block in ("\n".join(dict.fromkeys(c for c in r if c)) for r in rows) if block]
    if heads and all(heads) and all(len(r) == len(heads) and all(r) and len(set(r)) == len(r) for r in rows):
        return ["\n".join(heads), *blocks]   # every cell filled: the heads kept, to read each cell by its column
    return blocks


def _records(rows: list[list[str]]) -> bool:
    """Whether a table's rows are records: one column holds the addresses (or numbers) of several rows,
    and no row holds two."""
    for pattern in (EMAIL, PHONE):
        marks = [[bool(pattern.fullmatch(c)) for c in r] for r in rows]
        if any(sum(r) > 1 for r in marks):
            return False
        if any(sum(r[c] for r in marks if c < len(r)) >= 2 for c in range(max(map(len, marks), default=0))):
            return True
    return False


BINARY_PARSERS = {".pdf": release_from_pdf, ".docx": release_from_docx}
