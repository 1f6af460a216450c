#!/usr/bin/env python3
"""Write the demo's PDF and Word releases (sources/mekong-council/press/) from the text below.

The PDF is written by hand (Helvetica, WinAnsi text, one or more pages, a small footer with the page
number on each), so no PDF-writing library is needed; the Word file with python-docx. Run with the
project's Python after changing the text: `.venv/bin/python scripts/demo-documents.py`.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sources" / "mekong-council" / "press"

PDF_BLOCKS = [
    (22, ["MRBC"]),
    (8, ["Mekong River Basin Council - Secretariat, Vientiane"]),
    (12, ["PRESS RELEASE"]),
    (9.5, ["No. MRBC/PR/2025/07"]),
    (17, ["Sediment reaching the delta has fallen by half since 2010,", "basin-wide survey finds"]),
    (10.5, ["VIENTIANE, 12 March 2025 - The amount of sediment carried by the Mekong to its delta has fallen by about "
            "half since 2010, according to the first basin-wide sediment survey published today by the Mekong "
            "River Basin Council."]),
    (10.5, ["The survey measured suspended sediment at 38 stations in four countries over three flood seasons. "
            "Dams on the main stream and its tributaries trap most of the sand and silt that once rebuilt the "
            "delta's river banks and coastline. Climate change is shifting river flows as well, and the "
            "environment of the delta's mangroves and fisheries depends on both."]),
    (10.5, ["\"The delta is sinking and shrinking at the same time,\" said Dr. Somchai Vongsa, head of the "
            "Council's environment programme. \"Managing sediment has to become part of how reservoirs are "
            "operated.\""]),
    (10.5, ["The Council will present options for sediment flushing and sand mining limits to member "
            "governments in June."]),
    (10.5, ["###"]),
    (10.5, ["About the Mekong River Basin Council"]),
    (10.5, ["The Mekong River Basin Council is an invented intergovernmental body written for the demo of the "
            "feeds service; the survey and the people named here are fictional."]),
    (10.5, ["Media contact", "Malee Chanthavong, Communications Officer", "Tel: +856 21 555 019",
            "Email: media@mekong-council.example.org"]),
]


def _escape(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_streams(blocks: list[tuple[float, list[str]]], leading: float = 1.35) -> list[bytes]:
    pages: list[list[bytes]] = [[]]
    y = 800.0
    for size, lines in blocks:
        wrapped = [w for line in lines for w in (textwrap.wrap(line, int(980 / size)) if size < 12 else [line])]
        for line in wrapped:
            if y < 90:
                pages.append([])
                y = 800.0
            pages[-1].append(b"BT /F1 %.1f Tf 56 %.1f Td (%s) Tj ET" % (size, y, _escape(line)))
            y -= size * leading
        y -= size * 1.1
    for n, ops in enumerate(pages, 1):
        ops.append(b"BT /F1 8 Tf 280 40 Td (%s) Tj ET" % _escape(f"Page {n} / {len(pages)}"))
    return [b"\n".join(ops) for ops in pages]


def pdf_bytes(blocks: list[tuple[float, list[str]]], leading: float = 1.35) -> bytes:
    """A PDF of `blocks` (type size, lines), top to bottom, lines `leading` sizes apart (tests write their PDFs
    with it too)."""
    streams = _page_streams(blocks, leading)
    count = len(streams)
    font = 3 + 2 * count
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count)),
                                                            count)]
    for i, stream in enumerate(streams):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def write_pdf(path: Path, blocks: list[tuple[float, list[str]]]) -> None:
    path.write_bytes(pdf_bytes(blocks))


def write_docx(path: Path) -> None:
    import docx
    document = docx.Document()
    document.add_paragraph("COMMUNIQUÉ DE PRESSE")
    document.add_paragraph("Vientiane, le 4 février 2025")
    document.add_heading("Les bateliers du Mékong formés à la navigation par temps de crue", level=1)
    for text in (
        "VIENTIANE, 4 février 2025 – Cent vingt bateliers du Laos et du Cambodge ont suivi cette semaine une "
        "formation à la navigation par temps de crue organisée par le Conseil du bassin du Mékong.",
        "La formation porte sur la lecture des bulletins de crue, les signaux d'alerte et les gestes de "
        "premiers secours en cas de chavirage.",
        "« Les bateliers sont les premiers à voir monter l'eau ; ils doivent aussi être les premiers "
        "prévenus », a déclaré Mme Khamla Sisouphanh, responsable du programme.",
        "Fin",
        "À propos du Conseil",
        "Le Conseil du bassin du Mékong est une organisation inventée pour la démonstration du service feeds ; "
        "la formation et les personnes citées sont fictives.",
        "Contact presse",
        "Malee Chanthavong, chargée de communication\nTél. : +856 21 555 019\nmedia@mekong-council.example.org",
    ):
        document.add_paragraph(text)
    document.core_properties.title = "Modèle de communiqué"     # a template's name, not the headline
    document.save(str(path))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf(OUT / "MRBC_PR_2025_07.pdf", PDF_BLOCKS)
    write_docx(OUT / "CP-2025-02-bateliers.docx")


if __name__ == "__main__":
    main()
