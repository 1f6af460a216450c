"""PDF and Word (.docx) releases: their text as paragraphs, and the headline their structure shows.

PDF: the text layer, read with pdfminer.six. The headline is the largest type on page one (lines of
that size next to each other, joined), not the metadata title (often a template's name). Lines
repeated at the top or bottom of every page (headers, footers) and page numbers are removed; a word
hyphenated at a line break is joined. A PDF with no text layer (a scan) is skipped with that reason.
Word: python-docx; the headline is the first paragraph in the Title or a Heading style, else the
first paragraph. Both give a RawRelease whose body text keeps its lines, so the same preamble,
embargo and end-matter rules apply as to a text file.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from datetime import datetime

from ..errors import SkipFile
from ..model import RawRelease
from ..normalise.contacts import EMAIL, PHONE, is_field_name
from ..normalise.newswire import blocks
from ..normalise.preamble import EMBARGO, headline, is_label, read_date_line

_PAGE_NUMBER = re.compile(r"^\s*(?:(?:page|seite|página|pagina|halaman|trang)\s*)?[-–]?\s*\d{1,3}\s*"
                          r"(?:(?:/|of|sur|von|de|di|dari|van)\s*\d{1,3})?\s*[-–]?\s*$",
                          re.IGNORECASE)
MAX_PAGES = 60


def _page_number(text: str, pages: int) -> bool:
    """A page number line ("Page 2 of 3", "- 2 -"); a bare number only up to the document's page count (a larger
    one is a line's end: "01632 960" / "774", a phone number a narrow cell broke)."""
    if not _PAGE_NUMBER.match(text):
        return False
    return bool(re.search(r"[^\W\d]", text)) or int(re.findall(r"\d+", text)[0]) <= pages


def _pdf_lines(data: bytes) -> list[list[Line]]:
    """Per page: (text, font size, top, bottom) of each text line, top to bottom."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[list[Line]] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(line_margin=0.3), maxpages=MAX_PAGES):
            found: list[tuple[Placed, list[Glyph]]] = []
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                for line in element:
                    if not isinstance(line, LTTextLine):
                        continue
                    text = line.get_text().strip()
                    sizes = [c.size for c in line if isinstance(c, LTChar) and c.get_text().strip()]
                    if text:
                        glyphs = [(c.get_text(), c.x0, c.x1, c.size) if isinstance(c, LTChar)
                                  else (c.get_text(), -1.0, -1.0, 0.0) for c in line]
                        found.append(((" ".join(text.split()), round(max(sizes) if sizes else 0, 1), line.y1, line.y0,
                                       line.x0, line.x1), glyphs))
            placed = _in_logical_order(_split_cells(_ligatures_turned(found)))
            placed.sort(key=lambda item: (-round(item[2]), item[4]))
            lines = _with_room(_columns_in_order(_text_columns(placed, page.width)))
            pages.append(_without_edges(lines, page.height, first=not pages))
    except Exception as e:   # pdfminer raises many kinds on a damaged file
        raise SkipFile(f"unreadable PDF: {e.__class__.__name__}") from e
    return pages


# Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, their presentation forms)
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Letters that only end a word in logical order: Hebrew final forms, Arabic tāʾ marbūṭa and alif maqṣūra
_WORD_FINAL = frozenset("ךםןףץةى")
# A run of left-to-right characters within a reversed right-to-left line: a number ("1.5", "+971" as "179+", "70%"
# as "%07"), an address, Latin words (spaces between letters belong to the run: "Abu Dhabi"; between numbers they
# do not)
_LTR_RUN = re.compile(r"%?[A-Za-z0-9](?:(?:[A-Za-z0-9@._%:/\-]|(?<=[A-Za-z]) (?=[A-Za-z]))*[A-Za-z0-9%])?")
# Compatibility forms PDF producers write: Latin ligatures ("ﬁ"), Hebrew and Arabic presentation forms
_PRESENTATION_FORM = re.compile(r"[\ufb00-\ufdff\ufe70-\ufeff]")


def _in_logical_order(placed: list[Placed]) -> list[Placed]:
    """A page's lines in the order of reading: a producer that sets right-to-left text with no bidirectional
    support (reportlab, fpdf2) writes its lines in visual order, Hebrew and Arabic words and letters left to
    right; pdfminer reads them so ("םילשורי" for "ירושלים"). When the page's right-to-left words are in visual order
    (more of them open with a letter that only ends words, or with an Arabic final form, than end with one), each
    line holding right-to-left letters is reversed, its numbers and Latin words kept left to right. Presentation
    forms and ligatures become their letters ("ﻰﻬﺘﻧا" as "انتهى", "ﬁ" as "fi") on every page."""
    words = [w for line in placed for w in line[0].split() if _RTL.search(w)]
    visual = _visual_order(words)
    if visual:
        placed = _runs_joined(placed)
    elif len(words) * 2 > sum(len(line[0].split()) for line in placed):
        placed = _runs_joined(placed, right_to_left=True)    # logical order, lines split at a number: "... 420"
    out: list[Placed] = []
    for text, size, top, bottom, left, right in placed:
        if visual and _RTL.search(text):
            text = _mirrored(_LTR_RUN.sub(lambda m: m.group(0)[::-1], text[::-1]))
        text = _PRESENTATION_FORM.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
        out.append((text, size, top, bottom, left, right))
    return out


def _runs_joined(placed: list[Placed], right_to_left: bool = False) -> list[Placed]:
    """A right-to-left page's lines with the runs of one line joined: a producer that writes each run of one
    direction apart ("2025", "רבמבונב", "9", ",ו"פשת ...") has them read as lines of their own; runs side by side in
    one row (their tops or bottoms within `ROW`: a vowel sign raises a run's top; less than half the type's size
    apart, the same size) are one line, a space
    between them (none after a hyphen: "-כב" and "900"): left to right on a page in visual order (reversed after),
    right to left on a page in logical order (LibreOffice: "... في المحافظة 420" then "كيلومتراً ...")."""
    out: list[Placed] = []
    for line in sorted(placed, key=lambda item: (-round(item[2]), item[4])):
        last = out[-1] if out else None
        if last is not None and min(abs(last[2] - line[2]), abs(last[3] - line[3])) < ROW \
                and abs(last[1] - line[1]) < 0.6 \
                and -1.0 <= line[4] - last[5] < 0.5 * max(line[1], 1.0):
            first, then = (line[0], last[0]) if right_to_left else (last[0], line[0])
            space = "" if first.endswith("-") or then.startswith("-") else " "
            out[-1] = (first + space + then, max(last[1], line[1]), max(last[2], line[2]),
                       min(last[3], line[3]), last[4], line[5])
        else:
            out.append(line)
    return out


_BRACKETS = str.maketrans("()[]{}", ")(][}{")
_FIRST_BRACKET = re.compile(r"[()\[\]{}]")
# An Arabic vowel sign set apart from its letter by a space (a producer's glyph of its own): "سنويا ً"
_APART_MARK = re.compile(r"\s+(?=[\u064b-\u065f\u0670])")


# A sentence's stop a producer kept in the number run closing the line (visual "70%." reversed as " .70%")
_RUN_STOP = re.compile(r"(\s)([.,;:!?])(\d[\d.,%]*[\d%])$")


def _mirrored(line: str) -> str:
    """A reversed line whose producer had drawn its brackets mirrored (")ش.م.ع(" for "(ش.م.ع)"): its first bracket
    closes, so each is turned; a vowel sign set apart by a space joined to its letter again; a stop before the number
    closing the line put after it ("הוא .70%" as "הוא 70%.")."""
    first = _FIRST_BRACKET.search(line)
    if first is not None and first.group(0) in ")]}":
        line = line.translate(_BRACKETS)
    return _RUN_STOP.sub(r"\1\3\2", _APART_MARK.sub("", line))


def _visual_order(words: list[str]) -> bool:
    """Whether a page's right-to-left words are in visual order: more of them open with a letter that only ends
    words than end with one (three at least)."""
    return sum(_opens_with_an_end(w) for w in words) > max(2, sum(_opens_with_an_end(w[::-1]) for w in words))


def _ligatures_turned(found: list[tuple[Placed, list[Glyph]]]) -> list[tuple[Placed, list[Glyph]]]:
    """A visual-order page's lines with each right-to-left glyph of two letters turned: a producer maps Arabic's
    lam-alef ligature to its letters in logical order ("لا") though it sets the glyph among others in visual order,
    so the line's reversal would swap them ("اآلن" for "الآن"); turned here, the reversal sets them right."""
    words = [w for (placed, _) in found for w in placed[0].split() if _RTL.search(w)]
    if not any(len(g[0]) > 1 for _, glyphs in found for g in glyphs) or not _visual_order(words):
        return found
    out: list[tuple[Placed, list[Glyph]]] = []
    for placed, glyphs in found:
        turned = [(g[0][::-1], *g[1:]) if len(g[0]) > 1 and _RTL.search(g[0]) else g for g in glyphs]
        text = " ".join("".join(g[0] for g in turned).split())
        out.append(((text, *placed[1:]), turned) if turned != glyphs else (placed, glyphs))
    return out


def _opens_with_an_end(word: str) -> bool:
    """Whether a word's first letter is one that only ends words (a final form), or an Arabic final form."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    first = letters[0]
    return first in _WORD_FINAL or (_PRESENTATION_FORM.match(first) is not None
                                    and unicodedata.name(first, "").endswith("FINAL FORM"))


ROW = 2.0      # points: lines whose tops are this close stand in one row
Glyph = tuple[str, float, float, float]      # a character (left and right -1 for a space the reader inserted), size


def _split_cells(found: list[tuple[Placed, list[Glyph]]]) -> list[Placed]:
    """The page's lines, where a contact table's row set two or more cells close together on one line ("Élodie
    Marchand Responsable des relations médias" under "Nom | Fonction") cut at the columns its heads start (a row of
    three heads or more that `is_field_name` knows): only lines of the table (below its heads, down to the first gap
    of more than two lines' height, starting at a column), only where a character starts a column after a gap
    wider than a space."""
    lines = [line for line, _ in found]
    starts, top, bottom = _table_columns(lines)
    if not starts:
        return lines
    out: list[Placed] = []
    for line, glyphs in found:
        inside = bottom <= line[2] < top - ROW and any(abs(line[4] - start) <= 3 for start in starts)
        crossed = [start for start in starts if line[4] + 3 < start < line[5] - 1] if inside else []
        out.extend(_cut(line, glyphs, crossed) if crossed else [line])
    return out


def _table_columns(lines: list[Placed]) -> tuple[list[float], float, float]:
    """(the heads' left edges, the heads' top, the table's bottom) of the first row of three column heads or more;
    ([], 0, 0) without one."""
    ordered = sorted(lines, key=lambda line: -line[2])
    for line in ordered:
        row = [other for other in ordered if abs(other[2] - line[2]) <= ROW]
        if len(row) >= 3 and all(is_field_name(other[0]) for other in row):
            bottom = min(other[3] for other in row)
            for below in (other for other in ordered if other[2] < line[2] - ROW):
                if bottom - below[2] > 2.5 * max(below[2] - below[3], 1):
                    break
                bottom = min(bottom, below[3])
            return sorted(other[4] for other in row), line[2], bottom
    return [], 0.0, 0.0


def _cut(line: Placed, glyphs: list[Glyph], starts: list[float]) -> list[Placed]:
    """A line cut before each character that starts at one of `starts` (within 1.5 points) after a gap of 0.4 of
    the type size or more (two cells' texts); the line as it is when none does."""
    parts: list[list[Glyph]] = [[]]
    pending = sorted(starts)
    end = None
    for glyph in glyphs:
        text, left, right, size = glyph
        if left >= 0:
            while pending and left > pending[0] + 1.5:
                pending.pop(0)
            if pending and abs(left - pending[0]) <= 1.5 and end is not None and left - end >= 0.4 * size:
                parts.append([])
                pending.pop(0)
            end = right
        parts[-1].append(glyph)
    if len(parts) == 1:
        return [line]
    out: list[Placed] = []
    for part in parts:
        chars = [glyph for glyph in part if glyph[1] >= 0 and glyph[0].strip()]
        text = " ".join("".join(glyph[0] for glyph in part).split())
        if text and chars:
            out.append((text, round(max(glyph[3] for glyph in chars), 1), line[2], line[3], chars[0][1], chars[-1][2]))
    return out
Placed = tuple[str, float, float, float, float, float]     # text, size, top, bottom, left, right
# text, size, top, bottom; room: the points left between the line's end and the right edge of the text it stands
# in (0 when unknown); first: the width of the line's first word and a space
Line = tuple[str, float, float, float, float, float]


def _with_room(placed: list[Placed]) -> list[Line]:
    """A page's lines with the room each leaves at its right: the right edge of lines starting where it starts
    is the median right end of the long ones (45 characters, three or more: running text), which in ragged
    text lies left of the margin, so a line a word wrapped never seems to leave room for that word."""
    ends: dict[int, list[float]] = {}
    for text, _, _, _, left, right in placed:
        if len(text) >= 45:
            ends.setdefault(round(left / 3), []).append(right)
    out: list[Line] = []
    for text, size, top, bottom, left, right in placed:
        found = ends.get(round(left / 3), [])
        room = max(0.0, _median(found) - right) if len(found) >= 3 else 0.0
        first = len(text.split(" ", 1)[0]) + 1
        out.append((text, size, top, bottom, room, (right - left) * first / max(len(text), 1)))
    return out


def _text_columns(placed: list[Placed], width: float) -> list[Placed]:
    """Lines top to bottom, where the body is set in two columns (a gutter no line crosses, three lines or
    more on each side) read column by column: the left column's lines, then the right's. Lines whose
    baselines do not line up across the gutter (a browser's CSS columns) are read so too."""
    starts: dict[int, int] = {}
    for line in placed:
        if line[4] > width * 0.35:
            starts[round(line[4])] = starts.get(round(line[4]), 0) + 1
    if not starts or max(starts.values()) < 3:
        return placed
    common = max(starts, key=lambda x: (starts[x], -x))           # the right column's usual left edge
    # a sidebar's box or heading set a little left of its list ("Contacto de prensa" above "Últimos comunicados")
    edge = min(x for x in starts if common - 40 <= x <= common and (starts[x] >= 2 or x == common))
    gutter = edge - 5
    out: list[Placed] = []
    run: list[Placed] = []
    for line in placed:
        if not line[4] < gutter < line[5]:
            run.append(line)                # a line on one side of the gutter
            continue
        out.extend(_run_in_columns(run, gutter))
        run = []
        out.append(line)                    # a line across the gutter: a headline, a full-width paragraph
    return out + _run_in_columns(run, gutter)


def _run_in_columns(run: list[Placed], gutter: float) -> list[Placed]:
    """Lines between two lines across the gutter: the band where both columns stand, column by column (the
    left column reaching one or two lines below the right at line spacing too); lines above or below it stay."""
    rights = [line for line in run if line[4] >= gutter]
    lefts = [line for line in run if line[4] < gutter]
    if len(rights) < 3 or len(lefts) < 3 or not (_aligned(lefts) and _aligned(rights)):
        return run
    if _median([ln[5] - ln[4] for ln in rights]) < 0.5 * _median([ln[5] - ln[4] for ln in lefts]):
        top = lefts[0][2] + ROW             # a narrow sidebar beside the text (a printed page's): after all of it
        return [ln for ln in rights if ln[2] > top] + lefts + [ln for ln in rights if ln[2] <= top]
    gaps = sorted(a[2] - b[2] for a, b in zip(rights, rights[1:], strict=False) if a[2] - b[2] > ROW)
    pitch = gaps[len(gaps) // 2] if gaps else 14.0
    top, bottom = max(line[2] for line in rights) + ROW, min(line[3] for line in rights)
    band = [line for line in lefts if bottom <= line[2] <= top]
    if len(band) < 3:
        return run
    for line in lefts[lefts.index(band[-1]) + 1:]:
        if band[-1][2] - line[2] > pitch * 1.3:
            break
        band.append(line)                   # the left column's last lines, below the right's, at its spacing
    if len(band) < 3:
        return run
    inside = {id(line) for line in band} | {id(line) for line in rights}
    above = [line for line in run if id(line) not in inside and line[2] > top]
    below = [line for line in run if id(line) not in inside and line[2] <= top]
    return above + band + rights + below


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _aligned(lines: list[Placed]) -> bool:
    """Whether lines are a column of text: four in five start within 32 points of its usual left edge (a bullet's
    indent), not at a table's several cell edges."""
    edges = Counter(round(line[4]) for line in lines)
    edge = max(edges, key=lambda x: (edges[x], -x))        # the column's usual left edge
    return sum(1 for line in lines if abs(line[4] - edge) <= 32) >= 0.8 * len(lines)


def _columns_in_order(placed: list[Placed]) -> list[Placed]:
    """Lines (text, size, top, bottom, left) top to bottom, where side-by-side columns (two or more rows in a
    row of lines side by side: contacts set in a table, "Name / Role / Tel." beside another) are read column
    by column, as in a Word table's reading."""
    rows: list[list[Placed]] = []
    for line in placed:
        if rows and abs(rows[-1][0][2] - line[2]) <= ROW:
            rows[-1].append(line)
        else:
            rows.append([line])
    out: list[Placed] = []
    k = 0
    while k < len(rows):
        end = k
        while end < len(rows) and (len(rows[end]) > 1 or (end > k and end + 1 < len(rows) and len(rows[end + 1]) > 1)):
            end += 1             # a cell's wrapped line alone in its row, between rows of several cells, is in too
        if end - k >= 2 and end < len(rows) and _last_cell_line(rows[end - 1], rows[end]):
            end += 1             # ... and the last cell's wrapped line below the last row ("...@vientos" / ... "le")
        if end - k >= 2 and all(is_field_name(line[0]) for line in rows[k]):
            out.extend(_record_rows(rows[k:end]))     # a table with column heads: one record a row
            k = end
        elif end - k >= 2:
            region = [line for row in rows[k:end] for line in row]
            lefts = sorted({round(line[4]) for line in region})
            out.extend(sorted(region, key=lambda line: (_column(lefts, line[4]), -line[2])))
            k = end
        else:
            out.extend(rows[k])
            k += 1
    return out


def _record_rows(rows: list[list[Placed]]) -> list[Placed]:
    """A table whose first row holds column heads ("Nome | Ruolo | E-mail | Telefono"), read row by row, left
    to right: its rows are records (one contact a row). A row with nothing in the first column holds cells'
    wrapped lines, each joined to the cell above it in its column ("Capo Ufficio" / "Stampa", "01603 555" /
    "214"; an e-mail address without a space: "m.nowak@ziel" / "onka.pl")."""
    out: list[list[Placed]] = []
    for row in _sorted_rows(rows):
        above = [next((k for k, cell in enumerate(out[-1]) if abs(cell[4] - line[4]) < 5), None) for line in row] \
            if out else [None] * len(row)
        joins = [(line, k) for line, k in zip(row, above, strict=True) if k is not None]
        if len(joins) == len(row) and row[0][4] > out[-1][0][4] + 5 and (len(out) > 1 or all(
                is_field_name(f"{out[-1][k][0]} {line[0]}") for line, k in joins)):
            for line, k in joins:                             # (under the heads: a head's wrapped line, "electrónico")
                cell = out[-1][k]
                space = "" if _CUT_ADDRESS.search(cell[0]) and (_ADDRESS_END.fullmatch(line[0])
                                                                 or _TLD_END.fullmatch(line[0])) else " "
                out[-1][k] = (f"{cell[0]}{space}{line[0]}", *cell[1:])
        else:
            out.append(row)
    return [cell for row in out for cell in row]


_TLD_END = re.compile(r"[a-z]{1,5}")       # "...@vientospatagonicos.examp" / "le": the end of a domain a cell broke


def _last_cell_line(row: list[Placed], below: list[Placed]) -> bool:
    """Whether `below`, one line alone, is the wrapped line of a cell of the table's last `row` other than its first:
    it starts at that cell's left edge, right below it (a line's height or less between them)."""
    if len(below) != 1 or len(row) < 2:
        return False
    line = below[0]
    return any(abs(cell[4] - line[4]) < 2 for cell in row[1:]) and row[0][4] < line[4] - 5 \
        and min(cell[3] for cell in row) - line[2] < (row[0][2] - row[0][3])


def _sorted_rows(rows: list[list[Placed]]) -> list[list[Placed]]:
    return [sorted(row, key=lambda line: line[4]) for row in rows]


def _column(lefts: list[int], left: float) -> int:
    """The column a line's left edge puts it in: the number of column starts more than 15 points left of it."""
    return sum(1 for start in lefts if start < left - 15)


def _without_edges(lines: list[Line], height: float, first: bool
                   ) -> list[Line]:
    """Without running headers and footers: lines in smaller type than the text at the page's top edge
    (page one's top is its letterhead, kept) or bottom edge."""
    if not lines:
        return lines
    body = _running_size(lines)
    edge = 0.08 * height
    kept = [ln for ln in lines if not ((ln[1] < body - 0.5 or _footer_line(ln[0]))
                                       and (ln[3] < edge or (not first and ln[2] > height - edge)))]
    return kept[:len(kept) - _set_apart_footer(kept, edge)]


def _set_apart_footer(lines: list[Line], edge: float) -> int:
    """How many last lines of a page are its footer set apart at the foot: one or two lines in the bottom
    edge, more than four line heights below the text above them (a Word footer: "Kilimo House, Cathedral
    Road, Nairobi"); 0 when the page's text simply runs to its foot."""
    foot = [k for k in range(max(0, len(lines) - 2), len(lines)) if lines[k][3] < edge]
    if not foot or len(lines) <= len(foot):
        return 0
    first, above = lines[foot[0]], lines[foot[0] - 1]
    height = max(above[2] - above[3], 1)
    return len(lines) - foot[0] if above[3] - first[2] > 4 * height else 0


_SEGMENTS = re.compile(r"\s+[·|•]\s+")
_PAGE_AT_END = re.compile(r"(?:^|[·|•–—-]\s*)(?:page|seite|página|pagina|halaman|trang)\s*\d{1,3}"
                          r"(?:\s*(?:/|of|sur|von|de|di|dari|van)\s*\d{1,3})?\s*$", re.IGNORECASE)


def _footer_line(text: str) -> bool:
    """A running footer in the running text's type: an address line of segments ("Kantonspolizei Obertal ·
    Poststrasse 8 · 6460 Obertal · www.kapo-obertal.ch"), or a line ending with its page's number ("Corporate
    Communications · Page 1"). Only lines at a page's edge are asked."""
    if _PAGE_AT_END.search(text):
        return True
    segments = _SEGMENTS.split(text)
    return len(segments) >= 3 and any(re.search(r"www\.|https?://|@|\d{4}", segment) for segment in segments)


def _running_size(lines: list[Line]) -> float:
    """The type size of the running text: the size most characters are set in."""
    sizes: Counter[float] = Counter()
    for text, size, *_ in lines:
        sizes[size] += len(text)
    return sizes.most_common(1)[0][0]


def _repeated(pages: list[list[Line]]) -> set[str]:
    """Lines at the top or bottom of every page (two pages or more): headers and footers. The two lines
    nearest each edge count wherever they stand; a letterhead of more lines repeated on every page counts
    up to its fifth line from the edge when each of them stands at the same height on every page."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    placed: Counter[tuple[str, int]] = Counter()
    for lines in pages:
        counts.update({_digitless(t) for t, *_ in lines[:2] + lines[-2:]})
        placed.update({(_digitless(t), round(top)) for t, _, top, *_ in lines[2:5] + lines[-5:-2]})
    return {text for text, n in counts.items() if n >= len(pages)} | \
        {text for (text, _), n in placed.items() if n >= len(pages)}


def _digitless(text: str) -> str:
    """A line as headers and footers are compared: its numbers as one mark ("Page 1" and "Page 2" repeat), but a
    line with a phone number or an address as it is (two contacts' "Tel: +39 ..." and "Tel: +254 ..." closing two
    pages are no footer)."""
    if EMAIL.search(text) or re.search(r"\+\d|\b(?:tel|tél|phone|telefon|teléfono|telefone|mobile|fax)\b", text,
                                       re.IGNORECASE):
        return text
    return re.sub(r"\d+", "#", text)


def release_from_pdf(data: bytes, origin: str, modified: datetime | None) -> RawRelease:
    pages = _pdf_lines(data)
    if not any(pages):
        raise SkipFile("PDF without a text layer (a scan?): no text to read")
    repeated = _repeated(pages)
    kept = [[ln for ln in _without_print_stamp(lines) if _digitless(ln[0]) not in repeated
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
    body = _running_size(every)
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
        if out and ((_CUT_ADDRESS.search(out[-1]) and _ADDRESS_END.fullmatch(line))
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


_CUT_ADDRESS = re.compile(r"[\w.+\-]+@[\w.\-]+$")
_CUT_AT_DOT = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.$")     # "mhamoonga@moe.gov." before its country
_ADDRESS_END = re.compile(r"[\w\-]*(?:\.[\w\-]+)*\.[a-z]{2,13}")      # the rest of an address: "u.gob.es", "dego.pt"


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
