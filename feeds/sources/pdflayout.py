"""How a PDF page's text layer becomes lines in reading order (pdfminer.six's characters, placed): cells of a
table cut apart and read by rows or columns, text columns read one after the other, right-to-left lines a producer
wrote in visual order (reportlab, fpdf2) read in logical order with numbers and Latin words left to right, ligatures
and presentation forms as their letters, lines of a page's top and bottom edges set apart, and the lines repeated on
every page (headers, footers) found. What the lines say (headline, paragraphs) is documents.py's.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter

from ..errors import SkipFile
from ..normalise.contacts import EMAIL, is_field_name

MAX_PAGES = 60
CUT_ADDRESS = re.compile(r"[\w.+\-]+@[\w.\-]+$")
ADDRESS_END = re.compile(r"[\w\-]*(?:\.[\w\-]+)*\.[a-z]{2,13}")      # the rest of an address: "u.gob.es", "dego.pt"


def pdf_lines(data: bytes) -> list[list[Line]]:
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
    gaps = sorted(a[2] - b[2] for a, b in zip(rights, rights[1:], strict=False) if a[2] - b[2] > ROW)
    pitch = gaps[len(gaps) // 2] if gaps else 14.0
    top, bottom = max(line[2] for line in rights) + ROW, min(line[3] for line in rights)
    band = [line for line in lefts if bottom <= line[2] <= top]
    beyond = [line for line in lefts if line[2] < bottom - ROW]
    if _median([ln[5] - ln[4] for ln in rights]) < 0.5 * _median([ln[5] - ln[4] for ln in lefts]) \
            or len(beyond) >= max(6, 2 * len(band)):
        # a narrow sidebar beside the text (a printed page's), or one beside the headline only, the text going on
        # far below it (twice the lines beside it): after all of the text
        top = lefts[0][2] + ROW
        return [ln for ln in rights if ln[2] > top] + lefts + [ln for ln in rights if ln[2] <= top]
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
                space = "" if CUT_ADDRESS.search(cell[0]) and (ADDRESS_END.fullmatch(line[0])
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
    body = running_size(lines)
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


def running_size(lines: list[Line]) -> float:
    """The type size of the running text: the size most characters are set in."""
    sizes: Counter[float] = Counter()
    for text, size, *_ in lines:
        sizes[size] += len(text)
    return sizes.most_common(1)[0][0]


def repeated_lines(pages: list[list[Line]]) -> set[str]:
    """Lines at the top or bottom of every page (two pages or more): headers and footers. The two lines
    nearest each edge count wherever they stand; a letterhead of more lines repeated on every page counts
    up to its fifth line from the edge when each of them stands at the same height on every page."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    placed: Counter[tuple[str, int]] = Counter()
    for lines in pages:
        counts.update({digitless(t) for t, *_ in lines[:2] + lines[-2:]})
        placed.update({(digitless(t), round(top)) for t, _, top, *_ in lines[2:5] + lines[-5:-2]})
    return {text for text, n in counts.items() if n >= len(pages)} | \
        {text for (text, _), n in placed.items() if n >= len(pages)}


def digitless(text: str) -> str:
    """A line as headers and footers are compared: its numbers as one mark ("Page 1" and "Page 2" repeat), but a
    line with a phone number or an address as it is (two contacts' "Tel: +39 ..." and "Tel: +254 ..." closing two
    pages are no footer)."""
    if EMAIL.search(text) or re.search(r"\+\d|\b(?:tel|tél|phone|telefon|teléfono|telefone|mobile|fax)\b", text,
                                       re.IGNORECASE):
        return text
    return re.sub(r"\d+", "#", text)
