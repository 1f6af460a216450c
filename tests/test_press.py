"""Real press releases: the newswire preamble, dates in many languages, embargoes, end matter and contacts,
PDF and Word files, and an embargoed release kept out of every feed, page and search until its instant."""
from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest

from feeds.cli import _raw_from_file, stated_published
from feeds.config import SourceConfig
from feeds.errors import SkipFile
from feeds.normalise import normalise
from feeds.normalise.classifier import Classifier
from feeds.normalise.contacts import parse_contacts
from feeds.normalise.endmatter import read_end_matter, split_end_matter
from feeds.normalise.preamble import split_dateline, split_preamble
from feeds.normalise.when import dateparser_day, english_day, read_stated
from feeds.sources.documents import release_from_pdf
from feeds.web import create_app

from .conftest import Env

DEV = Path(__file__).parent / "data" / "press" / "dev"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, language, locale, expected", [
    ("12 March 2025", "en", None, "2025-03-12"),
    ("March 12, 2025", "en", None, "2025-03-12"),
    ("12/03/2025", "en", None, "2025-03-12"),
    ("03/12/2025", "en", "en-US", "2025-03-12"),
    ("26.01.2022", "de", None, "2022-01-26"),
    ("26. Januar 2022", "de", None, "2022-01-26"),
    ("26 de enero de 2022", "es", None, "2022-01-26"),
    ("26 de janeiro de 2022", "pt", None, "2022-01-26"),
    ("26 januari 2022", "nl", None, "2022-01-26"),
    ("26 gennaio 2022", "it", None, "2022-01-26"),
    ("3 Mei 2024", "id", None, "2024-05-03"),
    ("26 tháng 1 năm 2022", "vi", None, "2022-01-26"),
    ("2022年1月26日", None, None, "2022-01-26"),
    ("Thursday 6 June 2024", "en", None, "2024-06-06"),
    ("EMBARGOED UNTIL 00:01 GMT 12 March 2025", "en", None, "2025-03-12T00:01:00+00:00"),
    ("Sperrfrist: 14. März 2025, 10:00 Uhr MEZ", "de", None, "2025-03-14T10:00:00+01:00"),
    ("EMBARGO: 12 mars 2025 à 9 h (heure de Paris)", "fr", None, "2025-03-12T09:00:00+01:00"),
    ("EMBARGO: 12 juin 2025 à 9 h (heure de Paris)", "fr", None, "2025-06-12T09:00:00+02:00"),
    ("Embargoed until 9 a.m. EST, January 9, 2025", "en", None, "2025-01-09T09:00:00-05:00"),
    ("10:00 EAT (GMT+3), 22 May 2024", "en", None, "2024-05-22T10:00:00+03:00"),
    ("8 de maio de 2025, 10h (horário de Brasília)", "pt", None, "2025-05-08T10:00:00-03:00"),
    ("2025-03-12T09:30:00+07:00", None, None, "2025-03-12T09:30:00+07:00"),   # ISO 8601 keeps its offset
    ("17 July 2024, 10:30 AM PHT", "en", None, "2024-07-17T10:30:00+08:00"),
    ("03/11/2025 2:15 PM EDT", "en", None, "2025-03-11T14:15:00-04:00"),     # a US zone: month first
    ("Strictly embargoed until 0001 GMT Monday 3 March 2025", "en", None, "2025-03-03T00:01:00+00:00"),
    ("EMBARGO: 1400 hrs CET, 5 March 2025", "en", None, "2025-03-05T14:00:00+01:00"),
    ("EMBARGOED UNTIL 00:01 (UK time) Wednesday 5 March 2025", "en", None, "2025-03-05T00:01:00+00:00"),
    ("EMBARGO fino alle ore 11:00 del 5 marzo 2025", "it", None, "2025-03-05T11:00:00+01:00"),
    ("03/11/2025 2:15 PM EDT", "en", "en", "2025-03-11T14:15:00-04:00"),     # a page in lang="en" too
    ("03/11/2025 14:15 CET", "en", None, "2025-11-03T14:15:00+01:00"),
    ("martes 14 de abril de 2026 – 10:00 hs.", "es", None, "2026-04-14T10:00:00+02:00"),   # "hs.": horas
    ("2025-03-12T09:30Z", "en", None, "2025-03-12T09:30:00+00:00"),
])
def test_one_date_grammar_for_many_languages_and_zones(text: str, language: str | None, locale: str | None,
                                                       expected: str) -> None:
    stated = read_stated(text, language, locale)
    assert stated is not None and stated.iso() == expected


@pytest.mark.parametrize("text", ["10 April", "next Tuesday", "Room 2025", ""])
def test_no_whole_date_is_no_date(text: str) -> None:
    assert read_stated(text, "en") is None


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def test_english_dates_are_read_without_dateparser_exactly_as_dateparser_reads_them() -> None:
    """The fast path for "17 Sep 2019" (the commonest date line) agrees with dateparser on every month
    name and abbreviation, in any case, either day order, on real and impossible days; other shapes are
    left to dateparser."""
    cases = []
    for i, month in enumerate(MONTHS):
        for j, name in enumerate((month, month[:3])):
            spelled = (name, name.lower(), name.upper())[(i + j) % 3]
            day = (1, 9, 28, 30, 31)[(2 * i + j) % 5]
            cases.append((f"{day} {spelled} {1999 + 7 * i + j}", bool(j)))
    cases += [("29 Feb 2024", False), ("29 Feb 2023", True), ("0 May 2020", False), ("32 Jan 2020", False)]
    read = 0
    for text, mdy in cases:
        fast = english_day(text)
        assert fast == dateparser_day(text, "en", mdy), text
        read += fast is not None
    assert read >= 20                    # impossible days ("30 FEB 2007") are left to dateparser, which finds none
    assert english_day("30 FEB 2007") is None and english_day("29 Feb 2023") is None
    for other in ("17 Sept 2019", "Sep 17, 2019", "17 Sep 2019 10:00", "17 Sep 19", "17  Sep 2019", "17 Mai 2019"):
        assert english_day(other) is None


def test_preamble_labels_embargo_and_date_lines_stay_out_of_title_and_body() -> None:
    paragraphs = ["PRESS RELEASE\nNo. 2025/114", "EMBARGOED UNTIL 00:01 GMT 12 March 2025",
                  "Global soil survey finds one third of farmland losing organic carbon\nfaster than expected",
                  "GENEVA, 12 March 2025 – One third of the world's cropland is losing soil carbon.",
                  "The assessment is based on 48,200 samples."]
    pre = split_preamble(paragraphs, None, "en")
    assert pre.title == "Global soil survey finds one third of farmland losing organic carbon faster than expected"
    assert pre.labels == ("PRESS RELEASE", "No. 2025/114")
    assert pre.embargo is not None and pre.embargo.iso() == "2025-03-12T00:01:00+00:00"
    assert pre.body[0].startswith("GENEVA, 12 March 2025")
    line = split_dateline(pre.body[0], "en")
    assert line is not None and line.place == "GENEVA" and line.date is not None
    assert line.rest.startswith("One third")


def test_a_letterhead_above_a_date_line_is_not_the_headline() -> None:
    pre = split_preamble(["Polizeipräsidium Nordhafen\n26.01.2022 – 11:42",
                          "Zeugen gesucht: Einbruch in Baumarkt",
                          "Nordhafen (ots) – In der Nacht zu Mittwoch brachen Unbekannte ein."], None, "de")
    assert pre.title == "Zeugen gesucht: Einbruch in Baumarkt"
    assert pre.date is not None and pre.date.iso() == "2022-01-26T11:42:00+01:00"


def test_end_matter_is_cut_at_the_marker_and_kept_as_notes_and_contacts() -> None:
    end = split_end_matter([
        "The mill opens on Monday.", "Visits can be arranged.", "###",
        "About Brackenloom\nBrackenloom Ltd was founded in 2022.",
        "Media contacts\nTom Galloway, Media Officer\n0412 555 318 | t.galloway@example.org",
        "Ngaire Whitfield, Associate Professor\n03 5022 9917"])
    assert end.body == ["The mill opens on Monday.", "Visits can be arranged."]
    assert end.marker == "###"
    assert end.notes == "Brackenloom Ltd was founded in 2022."
    assert [(c.name, c.role, c.email, c.phone) for c in end.contacts] == [
        ("Tom Galloway", "Media Officer", "t.galloway@example.org", "0412 555 318"),
        ("Ngaire Whitfield", "Associate Professor", None, "03 5022 9917")]
    assert end.contacts[0].text == "Tom Galloway, Media Officer\n0412 555 318 | t.galloway@example.org"


def test_an_about_sentence_in_the_body_is_not_end_matter() -> None:
    paragraphs = ["Farms get broadband.", "About 9,000 farms in the most remote parts of the country will be "
                  "connected under the scheme, which opens in May.", "Farmers can check eligibility online."]
    assert split_end_matter(paragraphs).body == paragraphs


def test_contacts_with_an_organisation_line_name_the_person() -> None:
    [contact] = parse_contacts("Polizeipräsidium Nordhafen\nPressestelle\nJan Brockmann, Pressesprecher\n"
                               "Telefon: 0421 555-1040\nE-Mail: pressestelle@polizei-nordhafen.de")
    assert (contact.name, contact.role, contact.phone, contact.email) == (
        "Jan Brockmann", "Pressesprecher", "0421 555-1040", "pressestelle@polizei-nordhafen.de")
    assert parse_contacts("Registered in England No 04711930") == []


def _read(name: str) -> dict:
    source = SourceConfig(id="press", name="Press", kind="folder", path=str(DEV))
    release = normalise(_raw_from_file(DEV / name, None), source, Classifier(()), NOW)
    return {"title": release.title, "published": stated_published(release), "dateline": release.dateline,
            "embargo": release.embargo_until, "body": release.body_text, "notes": release.notes,
            "contacts": release.contacts, "topics_text": release.body_text}


def test_a_pdf_release_reads_like_a_text_release() -> None:
    r = _read("CP_2025_27_embargo.pdf")
    assert r["title"] == ("La déforestation tropicale a reculé de 18 % en 2024, mais les incendies atteignent "
                          "un niveau record")           # the largest type below the labels, two lines joined
    assert r["dateline"] == "PARIS"
    assert r["embargo"] == datetime(2025, 6, 12, 7, 0, tzinfo=timezone.utc)
    assert r["published"] == "2025-06-12T09:00:00+02:00"
    assert r["body"].startswith("La perte de forêts tropicales primaires a diminué")
    assert "Page 2" not in r["body"] and "Sous embargo" not in r["notes"]     # running footer removed
    assert [c["name"] for c in r["contacts"]] == ["Camille Rousseau", "Ousmane Diallo"]
    assert "Camille Rousseau" not in r["body"]


def test_a_word_release_takes_its_headline_from_the_heading_style() -> None:
    r = _read("communique-laiterie-beaupre.docx")
    assert r["title"].startswith("Laiterie Beaupré investit 62 millions de dollars")
    assert r["dateline"] == "MONTRÉAL" and r["published"] == "2024-04-03"
    assert r["body"].startswith("Laiterie Beaupré inc. annonce un investissement")
    assert "Fondée en 1958" in r["notes"] and "Fondée en 1958" not in r["body"]


def test_a_scanned_pdf_without_text_is_skipped_with_that_reason() -> None:
    with pytest.raises(SkipFile, match="without a text layer"):
        release_from_pdf(_blank_pdf(), "scan.pdf", None)


def _blank_pdf() -> bytes:
    """A valid one-page PDF with no text on it (what a scan without OCR looks like to a text reader)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
               b"<< /Length 0 >>\nstream\n\nendstream"]
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


def test_an_unreadable_pdf_is_skipped() -> None:
    with pytest.raises(SkipFile, match="unreadable PDF"):
        release_from_pdf(b"%PDF-1.4 this is not a PDF", "broken.pdf", None)


def test_end_matter_stays_out_of_topics(env: Env) -> None:
    (env.releases / "water.txt").write_text(
        "FOR IMMEDIATE RELEASE\n\nMinisters agree new tariff schedule\n\nJAKARTA, 3 May 2024 – Trade ministers "
        "agreed a tariff schedule today.\n\n###\n\nAbout the Coastal Water Authority\nThe authority runs water "
        "and sanitation, water supply, water quality and drinking water for the coast.\n\n"
        "Media contact: Jane Okafor, Press Officer, jane@example.org\n", encoding="utf-8")
    env.ingest()
    [item] = [i for i in env.store.releases(__import__("feeds.store", fromlist=["Query"]).Query())
              if i.release.origin == "water.txt"]
    assert item.release.title == "Ministers agree new tariff schedule"
    assert "water" not in item.release.body_text.lower()
    assert "water" in item.release.notes
    assert item.release.contacts[0]["email"] == "jane@example.org"


def test_an_embargoed_release_appears_at_its_instant_without_another_ingestion(env: Env) -> None:
    # 8 s ahead: ingestion and the first requests must finish before the instant even on a loaded machine
    until = (datetime.now(timezone.utc) + timedelta(seconds=8)).replace(microsecond=0)
    (env.releases / "embargoed.txt").write_text(
        f"PRESS RELEASE\n\nEMBARGOED UNTIL {until.isoformat()}\n\nSecret trade agreement signed by ministers\n\n"
        "JAKARTA – Ministers signed a trade agreement on tariffs for cooperation partners.\n\n"
        "The trade agreement enters into force next year.\n", encoding="utf-8")
    env.ingest()
    client = create_app(env.config, env.store).test_client()
    paths = ["/feeds/all.atom", "/feeds/all.rss", "/feeds/all.json", "/feeds/trade.atom", "/", "/topics/trade",
             "/search?q=secret"]
    before = {p: client.get(p) for p in paths}
    for path, resp in before.items():
        assert resp.status_code == 200, path
        assert b"Secret trade agreement" not in resp.data, path
    stored = env.store.embargoed()
    assert stored == 1 and json.loads(client.get("/health").data)["database"]["embargoed"] == 1
    uuid = _uuid_of(env, "embargoed.txt")
    assert client.get(f"/releases/{uuid}").status_code == 404
    time.sleep(max(0.0, (until - datetime.now(timezone.utc)).total_seconds()) + 1.1)
    for path in paths:
        resp = client.get(path, headers={"If-None-Match": before[path].headers.get("ETag", '"none"')})
        assert resp.status_code == 200 and b"Secret trade agreement" in resp.data, path
    feed = feedparser.parse(client.get("/feeds/all.atom").data)
    entry = next(e for e in feed.entries if e.title == "Secret trade agreement signed by ministers")
    assert entry.published.startswith(until.strftime("%Y-%m-%dT%H:%M:%S"))
    assert client.get(f"/releases/{uuid}").status_code == 200
    assert json.loads(client.get("/health").data)["database"]["embargoed"] == 0


def _uuid_of(env: Env, origin: str) -> str:
    with env.store.engine.connect() as conn:
        from feeds.store.schema import releases
        from sqlalchemy import select
        entry = conn.execute(select(releases.c.entry_id).where(releases.c.origin == origin)).scalar_one()
    return entry.rsplit(":", 1)[-1]


WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class DocumentSite:
    """A press office whose listing (/press) links its releases as PDF and Word files."""

    def __init__(self, listing: str, files: dict[str, tuple[bytes, str]]) -> None:
        self.listing = listing
        self.files = files
        self.port = 0

    def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
        from werkzeug.wrappers import Response
        path = environ["PATH_INFO"]
        if path == "/press":
            response = Response(self.listing, mimetype="text/html")
        elif path in self.files:
            data, kind = self.files[path]
            response = Response(data, mimetype=kind)
        else:
            response = Response("not found", status=404, mimetype="text/plain")
        return response(environ, start_response)


def _document_config(tmp_path: Path, port: int) -> Path:
    """The config a user writes for a press office's listing page (`feeds discover` proposes the same)."""
    config_path = tmp_path / "config.toml"
    config_path.write_text(f"""[service]
base_url = "http://127.0.0.1:8000"
database = "sqlite:///{tmp_path / 'feeds.db'}"
host_delay = 0

[[sources]]
id = "office"
name = "Press office"
kind = "page"
url = "http://127.0.0.1:{port}/press"
allow_private_network = true
""", encoding="utf-8")
    return config_path


def _ingest_documents(tmp_path: Path, site: DocumentSite) -> dict:
    from feeds.config import load_config
    from feeds.ingest import run_ingest
    from feeds.store import Query, Store
    config = load_config(str(_document_config(tmp_path, site.port)), env={})
    store = Store.open(config.service.database)
    try:
        [report] = run_ingest(config, store)
        assert report.ok and report.new == len(site.files), report.summary()
        return {i.release.link.rsplit("/", 1)[-1]: i.release for i in store.releases(Query())}
    finally:
        store.close()


def test_a_listing_of_pdf_and_word_files_gives_releases_read_from_them(tmp_path: Path) -> None:
    from .sites import serve
    root = Path(__file__).resolve().parent.parent / "sources" / "mekong-council" / "press"
    listing = ("<html><body><main><h1>Press releases</h1><ul>"
               "<li><a href='/files/MRBC_PR_2025_07.pdf'>Sediment reaching the delta has fallen by half</a> "
               "12 March 2025</li><li><a href='/files/bateliers.docx'>Les bateliers du Mékong formés à la "
               "navigation</a> 4 février 2025</li>"
               "</ul></main></body></html>")
    files = {"/files/MRBC_PR_2025_07.pdf": ((root / "MRBC_PR_2025_07.pdf").read_bytes(), "application/pdf"),
             "/files/bateliers.docx": ((root / "CP-2025-02-bateliers.docx").read_bytes(), WORD)}
    with serve(DocumentSite(listing, files)) as site:
        items = {r.title: r for r in _ingest_documents(tmp_path, site).values()}
    # the files state their headlines in full (the listing's are shortened forms, not printed in them): the files' win
    pdf = items["Sediment reaching the delta has fallen by half since 2010, basin-wide survey finds"]
    assert pdf.dateline == "VIENTIANE" and pdf.link == f"http://127.0.0.1:{site.port}/files/MRBC_PR_2025_07.pdf"
    assert [c["name"] for c in pdf.contacts] == ["Malee Chanthavong"] and "###" not in pdf.body_text
    word = items["Les bateliers du Mékong formés à la navigation par temps de crue"]
    assert word.published == datetime(2025, 2, 4, tzinfo=timezone.utc) and word.language == "fr"


def _pdf(blocks: list[tuple[float, list[str]]], leading: float = 1.35) -> bytes:
    """A PDF written by the demo's writer (scripts/demo-documents.py): (type size, lines) top to bottom."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("demo_documents", Path(__file__).resolve().parent.parent
                                                  / "scripts" / "demo-documents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pdf_bytes(blocks, leading)


def _docx(heading: str, paragraphs: list[str]) -> bytes:
    import io

    import docx
    document = docx.Document()
    document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


LETTERHEAD_PDF = [
    (22, ["Coastal Water Authority"]),         # the largest type: a letterhead the file alone does not show as one
    (15, ["New desalination plant opens at Port Ellery harbour"]),
    (10.5, ["PORT ELLERY – The authority opened its first desalination plant at the harbour today, "
            "supplying drinking water to twelve thousand homes on the coast."]),
    (10.5, ["The plant draws half of its power from the sun and was built in eighteen months."]),
    (10.5, ["Media contact", "Jane Okafor, Press Officer", "jane.okafor@coastal-water.example.org"]),
]
TARIFF_DOCX = ("Tariff review concludes with lower rates for households", [
    "PORT ELLERY, 14 March 2025 – The Coastal Water Authority will lower its household rates by four per cent "
    "from July, at the end of its yearly tariff review.",
    "Business rates stay as they are."])
LETTERHEAD_LISTING = (
    "<html lang='en'><body><main><h1>News</h1><ul>"
    "<li><time datetime='2025-03-12'>12 March 2025</time> <a href='/files/plant.pdf'>New desalination plant opens "
    "at Port Ellery harbour</a> (PDF, 120 KB)</li>"
    "<li>13.03.2025 <a href='/files/tariffs.docx'>Tariff review: what changes for you [docx]</a></li>"
    "</ul></main></body></html>")


def test_a_listed_file_takes_the_listings_title_and_date_as_evidence(tmp_path: Path, capsys) -> None:
    from feeds.cli import main
    from .sites import serve
    files = {"/files/plant.pdf": (_pdf(LETTERHEAD_PDF), "application/pdf"),
             "/files/tariffs.docx": (_docx(*TARIFF_DOCX), WORD)}
    with serve(DocumentSite(LETTERHEAD_LISTING, files)) as site:
        items = _ingest_documents(tmp_path, site)
        config = str(tmp_path / "config.toml")
        assert main(["--config", config, "extract", f"http://127.0.0.1:{site.port}/files/plant.pdf",
                     f"http://127.0.0.1:{site.port}/files/tariffs.docx", "--source", "office"]) == 0
    pdf, word = items["plant.pdf"], items["tariffs.docx"]
    # the PDF's largest type is its letterhead, and it prints the listing's title below it; it states no date
    assert pdf.title == "New desalination plant opens at Port Ellery harbour"
    assert pdf.published == datetime(2025, 3, 12, tzinfo=timezone.utc) and not pdf.published_estimated
    assert "Coastal Water Authority" not in pdf.body_text and pdf.dateline == "PORT ELLERY"
    assert pdf.body_text.startswith("The authority opened") and pdf.contacts[0]["name"] == "Jane Okafor"
    # the Word file states its own headline and date, which the listing contradicts: the file's are kept
    assert word.title == "Tariff review concludes with lower rates for households"
    assert word.published == datetime(2025, 3, 14, tzinfo=timezone.utc)
    shown = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(s["title"], s["published_stated"], s["date_source"]) for s in shown] == [
        ("New desalination plant opens at Port Ellery harbour", "2025-03-12", "listing"),
        ("Tariff review concludes with lower rates for households", "2025-03-14", "dateline")]
    assert [s["listing"] for s in shown] == [   # what the listing said, beside what the file states
        {"title": "New desalination plant opens at Port Ellery harbour", "date": "2025-03-12"},
        {"title": "Tariff review: what changes for you", "date": "2025-03-13"}]


@pytest.mark.parametrize("listing, expected", [
    ("<table><tr><td>12.03.2025</td><td><a href='/f/a.pdf'>Ministers sign the river accord</a></td>"
     "<td>PDF 240 KB</td></tr></table>", ("Ministers sign the river accord", "2025-03-12")),
    ("<div class='card'><h3>Ministers sign the river accord</h3><p>Published 12 March 2025</p>"
     "<a href='/f/a.pdf'>Download (PDF)</a></div>", ("Ministers sign the river accord", "2025-03-12")),
    ("<ul><li><a href='/f/a.pdf'>Ministers sign the river accord on 2 April 2025 [pdf]</a></li></ul>",
     ("Ministers sign the river accord on 2 April 2025", None)),    # a date in the title is no listing date
    ("<ul><li><a href='/f/a.pdf'>MRBC_PR_2025_07.pdf</a> <time datetime='2025-03-12T09:30:00+07:00'>12 Mar</time></li>"
     "</ul>", (None, "2025-03-12T09:30:00+07:00")),                 # a file name is no title
])
def test_a_listing_item_gives_a_title_and_a_date(listing: str, expected: tuple) -> None:
    from feeds.sources.listed import listing_items
    items = listing_items(f"<html lang='en'><body><main>{listing}</main></body></html>", "http://127.0.0.1/news")
    item = items["http://127.0.0.1/f/a.pdf"]
    assert (item.title, item.date) == expected


@pytest.mark.parametrize("file_title, text, wins", [
    (None, "Ministers sign the river accord", True),                       # the file shows no title
    ("PRESS RELEASE", "PRESS RELEASE\nMinisters sign the river accord", True),   # a label
    ("Microsoft Word - pr_07.docx", "Ministers sign the river accord", True),      # a template's name
    ("MINISTRY OF RIVERS", "MINISTRY OF RIVERS\nMinisters sign the river accord", True),   # a letterhead above it
    ("Ministers sign the river accord at Pakse after two years of talks",
     "Ministers sign the river accord at Pakse after two years of talks\nPAKSE – ...", False),  # not printed
    ("Ministers sign accord", "Ministers sign the river accord\nMinisters sign accord", False),  # below it
])
def test_a_listings_title_replaces_the_files_only_when_the_file_shows_no_better(file_title: str | None, text: str,
                                                                                  wins: bool) -> None:
    from feeds.model import RawRelease
    from feeds.sources.listed import ListingItem, with_listing
    raw = with_listing(RawRelease(origin="a.pdf", title=file_title, body_text=text),
                       ListingItem("Ministers sign the river accord", None))
    assert raw.title == ("Ministers sign the river accord" if wins else file_title)
    assert raw.listing_title == "Ministers sign the river accord" and raw.date_hint is None


def test_a_page_prints_its_label_date_and_contacts_outside_the_article() -> None:
    r = _read("resultados-1s2025.html")      # label and date above the h1, contacts in a box after the article
    assert r["published"] == "2025-07-28T08:00:00+02:00" and r["dateline"] == "Madrid"
    assert "NOTA DE PRENSA" not in r["body"]
    assert [(c["name"], c["email"]) for c in r["contacts"]] == [("Marta Iglesias Ruano", "miglesias@lumenta.es"),
                                                               ("Pablo Cendán", "inversores@lumenta.es")]
    assert "Descargar" not in json.dumps(r["contacts"])     # a download link after the contacts is no contact
    page = _read("mm-mehrweg-glas.html")     # "Zürich, 3. Juni 2024" above the h1; h2 "Über ...", "Medienkontakt"
    assert page["dateline"] == "Zürich" and page["notes"].startswith("Die Alpenquell Getränke AG")
    assert len(page["contacts"]) == 1 and "Alpenquell Getränke AG mit Sitz" not in page["body"]


def _page(html: str) -> dict:
    from feeds.sources.formats import release_from_html
    source = SourceConfig(id="press", name="Press", kind="page", url="http://127.0.0.1/")
    release = normalise(release_from_html(html, "page.html", None), source, Classifier(()), NOW)
    return {"body": release.body_text, "notes": release.notes, "contacts": release.contacts}


_BODY = ("<p>The Harbour Board approved a new dredging plan for the inner port on Monday, after a year of study.</p>"
         "<p>Work starts in April and should end before the summer season; the channel will be closed at night.</p>"
         "<p>The plan costs 4 million euros, paid by the board and the region in equal parts.</p>")


def test_a_contact_box_inside_the_release_is_read_line_by_line_and_a_sidebar_is_not() -> None:
    # An <aside> within the <article> that holds the headline is the release's own box; its <br>s end lines.
    # An <aside> outside the article (the site's sidebar) stays furniture, even under a contact heading.
    page = ("<html><body><main><article><h1>Harbour Board approves the inner port dredging plan</h1>"
            f"<div class='body'>{_BODY}</div>"
            "<aside class='box'><h2>Information for the press</h2>"
            "<p>Ana Ribeiro, Press Officer<br>Tel: +351 21 555 0101<br>"
            "<a href='mailto:ana.ribeiro@harbour.example'>ana.ribeiro@harbour.example</a></p>"
            "<p>Tom Weller<br>Spokesperson<br>+351 21 555 0102<br>tom.weller@harbour.example</p></aside>"
            "</article></main><aside class='col'><h2>Contact</h2><p>Switchboard<br>+351 21 555 0000<br>"
            "info@harbour.example</p></aside></body></html>")
    r = _page(page)
    assert [(c["name"], c["role"], c["phone"], c["email"]) for c in r["contacts"]] == [
        ("Ana Ribeiro", "Press Officer", "+351 21 555 0101", "ana.ribeiro@harbour.example"),
        ("Tom Weller", "Spokesperson", "+351 21 555 0102", "tom.weller@harbour.example")]
    assert "Switchboard" not in json.dumps(r["contacts"]) + r["notes"] + r["body"]
    assert r["body"].endswith("in equal parts.")


def _text_release(text: str, name: str = "release.txt") -> dict:
    from feeds.sources.formats import release_from_text
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    release = normalise(release_from_text(text, name, None), source, Classifier(()), NOW)
    return {"title": release.title, "published": stated_published(release), "dateline": release.dateline,
            "embargo": release.embargo_until, "body": release.body_text}


_LEAD_SENTENCE = "The council approved the new bus lanes on Monday, after two years of consultation with residents."


@pytest.mark.parametrize("first, dateline", [
    ("Bielefeld – ", "Bielefeld"), ("Castel San Vito — ", "Castel San Vito"),
    ("Update – ", None), ("Heute – ", None),             # words that open leads are no places
])
def test_a_title_case_place_before_an_en_dash_is_the_dateline(first: str, dateline: str | None) -> None:
    r = _text_release(f"New bus lanes approved for the city centre\n\n{first}{_LEAD_SENTENCE}\n\n"
                      "Work starts in spring and ends before the autumn term begins.\n")
    assert r["dateline"] == dateline
    assert r["body"].startswith(_LEAD_SENTENCE if dateline else first.strip())


def test_a_hyphen_after_a_title_case_word_is_no_dateline() -> None:
    r = _text_release(f"New bus lanes approved\n\nResidents - {_LEAD_SENTENCE}\n\n"
                      "Work starts in spring, it ends in May.\n")
    assert r["dateline"] is None and r["body"].startswith("Residents - The council")


@pytest.mark.parametrize("line, published", [
    ("MEDIA RELEASE | 12/02/2025", "2025-02-12"),
    ("Persbericht | 27-01-2025 | 10:15", "2025-01-27T10:15:00+01:00"),
    ("**COMUNICADO DE IMPRENSA** · 18/03/2025", "2025-03-18"),
])
def test_a_line_of_label_and_date_segments_dates_the_release(line: str, published: str) -> None:
    language_body = {"Persbericht": "Het kabinet investeert de komende tien jaar extra in de dijken langs de kust. "
                                    "Dat heeft de minister vandaag bekendgemaakt in Den Haag.",
                     "**COMUNICADO": "A comissão abriu hoje um aviso de candidaturas para projetos de eficiência "
                                     "hídrica nas explorações agrícolas da região."}
    body = next((v for k, v in language_body.items() if line.startswith(k)), _LEAD_SENTENCE)
    r = _text_release(f"{line}\n\nA headline for the release\n\n{body}\n")
    assert r["published"] == published and r["title"] == "A headline for the release"


@pytest.mark.parametrize("line, language, instant", [
    ("EMBARGADO HASTA LAS 10:00 HORAS (UTC-5) DEL 15 DE MAYO DE 2024", "es", "2024-05-15T15:00:00+00:00"),
    ("EMBARGO: Senin, 3 Juni 2024, pukul 10.00 WIB (UTC+7)", "id", "2024-06-03T03:00:00+00:00"),
    ("Embargo tot 12 maart 2025 om 10.00 uur", "nl", "2025-03-12T09:00:00+00:00"),
])
def test_embargo_words_and_dotted_times_of_more_languages(line: str, language: str, instant: str) -> None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo(line, language, None, None)
    assert stated is not None and stated.utc.isoformat() == instant


def test_a_us_address_or_phone_reads_numeric_dates_month_first_in_the_state_zone() -> None:
    head = "PORT ELLERY POLICE DEPARTMENT\n410 Harbor Street, Port Ellery, OR 97365\n\nNEWS RELEASE\n"
    body = f"\n\nArrest made in string of thefts\n\n{_LEAD_SENTENCE}\n\nCall (541) 555-0100 with any tips.\n"
    assert _text_release(head + "Date: 03/04/2025\nTime: 2:45 p.m." + body)["published"] == "2025-03-04T14:45:00-08:00"
    phone_only = "NEWS RELEASE\nDate: 04/09/2025" + body
    assert _text_release(phone_only)["published"] == "2025-04-09"
    caribbean = "NEWS RELEASE\nDate: 04/09/2025" + body.replace("(541) 555-0100", "+1 (758) 555-0133")
    assert _text_release(caribbean)["published"] == "2025-09-04"     # day-first where the US way is not shown


def test_a_place_before_a_time_element_above_the_headline_is_the_dateline() -> None:
    page = ("<html><body><article><p class='label'>Medienmitteilung</p>"
            "<p class='place-date'>Zürich, <time datetime='2024-09-19'>19. September 2024</time></p>"
            f"<h1>Harbour Board approves the inner port dredging plan</h1>{_BODY}</article></body></html>")
    from feeds.sources.formats import release_from_html
    source = SourceConfig(id="press", name="Press", kind="page", url="http://127.0.0.1/")
    release = normalise(release_from_html(page, "page.html", None), source, Classifier(()), NOW)
    assert release.dateline == "Zürich" and stated_published(release) == "2024-09-19"
    assert release.body_text.startswith("The Harbour Board approved")


@pytest.mark.parametrize("line, kind", [
    ("Noot voor de redactie, niet voor publicatie", "notes"), ("Notes to editors (not for publication)", "notes"),
    ("Profilo di Officine Meccaniche Castellani", "about"), ("Informações para a imprensa", "contact"),
    ("Contacto para a comunicação social", "contact"), ("Informationen für die Medien", "contact"),
    ("Profile of a winner.", None), ("Information about the programme", None),
    ("Hintergrund", "notes"), ("Contexte", "notes"), ("Antecedentes:", "notes"), ("Achtergrond", "notes"),
    ("Latar belakang", "notes"), ("Hintergrund der Reform ist ein Urteil.", None),
])
def test_more_end_matter_headings(line: str, kind: str | None) -> None:
    from feeds.normalise.endmatter import heading
    found = heading(line)
    assert (found[0] if found else None) == kind


def test_contacts_written_name_and_role_before_a_colon_or_below_an_office_line() -> None:
    a, b = parse_contacts("Fiona MacAulay, Head of Media Relations: +44 131 555 0462, fiona@bank.example\n"
                          "Euan Strachan, Senior Press Officer: +44 131 555 0478, euan@bank.example")
    assert (a.name, a.role, a.phone, a.email) == ("Fiona MacAulay", "Head of Media Relations", "+44 131 555 0462",
                                                  "fiona@bank.example")
    assert (b.name, b.role) == ("Euan Strachan", "Senior Press Officer")
    [c] = parse_contacts("Staatskanzlei Nordmark – Pressestelle\nJana Thiesen, stellv. Regierungssprecherin\n"
                         "Telefon: 0431 555-1402\nE-Mail: pressestelle@stk.example")
    assert (c.name, c.role, c.phone) == ("Jana Thiesen", "stellv. Regierungssprecherin", "0431 555-1402")
    [office] = parse_contacts("Pressestelle: 0431 555-1400, presse@stk.example")   # no person: the office stays
    assert office.name == "Pressestelle" and office.phone == "0431 555-1400"


def test_a_markdown_headline_below_preamble_lines_is_the_title() -> None:
    from feeds.sources.formats import release_from_markdown
    raw = release_from_markdown("---\ntitle: \"Template title\"\n---\n\n**NEWS RELEASE**  \nRef: MPC/2024/09  \n"
                                "Release time: 12:00 GMT, 7 November 2024\n\n# Bank Rate held at 4.75%\n\n"
                                f"{_LEAD_SENTENCE}\n", "r.md", None)
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    release = normalise(raw, source, Classifier(()), NOW)
    assert release.title == "Bank Rate held at 4.75%" and stated_published(release) == "2024-11-07T12:00:00+00:00"
    assert release.body_text == _LEAD_SENTENCE


_ANA = ("Ana Ribeiro", "Press Officer", "+351 21 555 0101", "ana@harbour.example")
_TOM = ("Tom Weller", "Spokesperson", "+351 21 555 0102", "tom@harbour.example")


@pytest.mark.parametrize("box, expected", [
    ("<h2>Media contacts</h2><table><tr><th>Name</th><th>Role</th><th>Phone</th><th>Email</th></tr>"
     "<tr><td>Ana Ribeiro</td><td>Press Officer</td><td>+351 21 555 0101</td><td>ana@harbour.example</td></tr>"
     "<tr><td>Tom Weller</td><td>Spokesperson</td><td>+351 21 555 0102</td><td>tom@harbour.example</td></tr></table>",
     [_ANA, _TOM]),
    ("<section><h3>Press contact</h3><dl><dt>Ana Ribeiro</dt><dd>Press Officer</dd><dd>+351 21 555 0101</dd>"
     "<dd><a href='mailto:ana@harbour.example'>ana@harbour.example</a></dd></dl></section>", [_ANA]),
    ("<div><h2>Media contact</h2><div class='vcard'><span class='fn'>Ana Ribeiro</span><span class='title'>Press "
     "Officer</span><span class='tel'>+351 21 555 0101</span><a class='email' href='mailto:ana@harbour.example'>"
     "ana@harbour.example</a></div></div>", [_ANA]),
    ("<p><strong>Media contact:</strong><br>Ana Ribeiro, Press Officer<br>Tel: +351 21 555 0101<br>"
     "ana@harbour.example</p>", [_ANA]),
    ("<h2>Contacts</h2><div class='row'><div><p><strong>Ana Ribeiro</strong><br>Press Officer<br>+351 21 555 0101"
     "<br>ana@harbour.example</p></div><div><p><strong>Tom Weller</strong><br>Spokesperson<br>+351 21 555 0102<br>"
     "tom@harbour.example</p></div></div>", [_ANA, _TOM]),
])
def test_contacts_in_the_html_structures_press_offices_use(box: str, expected: list) -> None:
    # a table, a definition list, a vCard of spans and a link, a <br>-separated paragraph, two side by side
    r = _page(f"<html><body><main><article><h1>Harbour Board approves the dredging plan</h1>{_BODY}{box}"
              "</article></main></body></html>")
    assert [(c["name"], c["role"], c["phone"], c["email"]) for c in r["contacts"]] == expected
    assert r["body"].endswith("in equal parts.") and r["notes"] == ""


@pytest.mark.parametrize("first, place, day", [
    ("WASHINGTON, D.C. – The alliance said so.", "WASHINGTON, D.C.", None),
    ("Washington, D.C., March 3, 2025 – The alliance said so.", "Washington, D.C.", "2025-03-03"),
    ("BRUSSELS/GENEVA – The agencies said so.", "BRUSSELS/GENEVA", None),
    ("Nairobi, Kenya, 3 March 2025 – The agency said so.", "Nairobi, Kenya", "2025-03-03"),   # as written
    ("AUSTIN, Texas, March 4, 2025 /PRNewswire/ -- The company said so.", "AUSTIN, Texas", "2025-03-04"),
    ("COLUMBUS, Ohio — The company said so.", "COLUMBUS, Ohio", None),
    ("Veldhoven aan Zee, 26 januari 2022 - The council said so.", "Veldhoven aan Zee", "2022-01-26"),
    ("CEBU CITY, Sept. 9 (PIA) -- The city said so.", "CEBU CITY", None),     # an agency's day without its year
    ("BERLIN, 26. Januar 2022 (ots) – The city said so.", "BERLIN", "2022-01-26"),   # an agency after the date
    ("Jakarta (ANTARA) - The city said so.", "Jakarta", None),
])
def test_datelines_with_a_state_two_places_or_a_country(first: str, place: str, day: str | None) -> None:
    found = split_dateline(first, "en")
    assert found is not None and found.place == place and found.rest.startswith("The ")
    assert (found.date.iso() if found.date else None) == day


@pytest.mark.parametrize("line, language, stated", [
    ("For Immediate Release: March 12, 2025", "en", "2025-03-12"),
    ("FOR IMMEDIATE RELEASE — 12 March 2025", "en", "2025-03-12"),
    ("For release: 3 March 2025", "en", "2025-03-03"),
    ("Date de publication : 3 mars 2025", "fr", "2025-03-03"),
    ("March 12, 2025 — 9:00 a.m. ET", "en", "2025-03-12T09:00:00-04:00"),      # US Eastern, daylight time
    ("Release time: 12:00 GMT, 7 November 2024", "en", "2024-11-07T12:00:00+00:00"),
    ("Minister visits Leeds — 12 March 2025", "en", None),                      # a headline, not a date line
])
def test_date_lines_after_a_label_or_with_a_us_zone(line: str, language: str, stated: str | None) -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line(line, language, None, None)
    assert (found[1].iso() if found else None) == stated


@pytest.mark.parametrize("line, label", [
    ("COMUNICATO STAMPA n. 45/2024", True), ("Comunicado 018/2024", True), ("Boletín 214/2024", True),
    ("Gemeinsame Pressemitteilung", True), ("Déclaration commune", True), ("TUYÊN BỐ CHUNG", True),
    ("Pressemeldung", True), ("Statement on the 2025 budget", False), ("News 2024: a record year", False),
    ("Untuk segera disiarkan", True), ("UNTUK DISIARKAN SEGERA", True), ("Per la diffusione immediata", True),
    ("Voor onmiddellijke publicatie", True), ("Untuk segera disiarkan kepada petani kopi", False),
])
def test_release_labels_and_numbers_of_more_offices(line: str, label: bool) -> None:
    from feeds.normalise.preamble import is_label
    assert is_label(line) is label


def test_a_headline_between_a_label_and_a_reference_line_is_the_title() -> None:
    r = _text_release(f"PRESS RELEASE\n\nNew bus lanes approved\n\nRef: PR-77/25\n12 March 2025\n\n{_LEAD_SENTENCE}\n\n"
                      "Work starts in spring.\n")
    assert r["title"] == "New bus lanes approved" and r["published"] == "2025-03-12"
    assert r["body"].startswith(_LEAD_SENTENCE)


def test_contacts_with_a_role_in_brackets_or_one_letter_labels() -> None:
    [a] = parse_contacts("Jane Okafor (Press Officer) – +44 113 555 0100 – jane@leeds.example")
    [b] = parse_contacts("Jane Okafor, Press Officer\nT: +44 113 555 0100\nE: jane@leeds.example")
    for c in (a, b):
        assert (c.name, c.role, c.phone, c.email) == ("Jane Okafor", "Press Officer", "+44 113 555 0100",
                                                      "jane@leeds.example")
    [office] = parse_contacts("Press Office (Leeds) +44 113 555 0100")      # no person: the words stay the name
    assert office.name == "Press Office (Leeds)" and office.role is None


def test_a_pdf_letterhead_in_the_largest_type_is_no_headline() -> None:
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    lead = ("PORT ELLERY, 12 March 2025 – The Coastal Water Authority opened its first desalination plant at the "
            "harbour today, supplying drinking water to twelve thousand homes.")
    blocks = [(18, ["Coastal Water Authority"]), (8, ["12 Harbour Road, Port Ellery"]),
              (15, ["New desalination plant opens at Port Ellery harbour"]), (10.5, [lead]),
              (10.5, ["The plant was built in eighteen months and runs on solar power for half of its needs."])]
    release = normalise(release_from_pdf(_pdf(blocks), "plant.pdf", None), source, Classifier(()), NOW)
    assert release.title == "New desalination plant opens at Port Ellery harbour"    # the name is printed again
    assert release.body_text.startswith("The Coastal Water Authority opened") and release.dateline == "PORT ELLERY"
    # a short headline above a standfirst in large type: the headline is not printed again, so it stays the headline
    blocks = [(18, ["Harbour plant opens"]), (13, ["Twelve thousand homes on the coast get their water from the sea"]),
              (10.5, [lead]), (10.5, ["The plant was built in eighteen months and runs on solar power."])]
    release = normalise(release_from_pdf(_pdf(blocks), "plant.pdf", None), source, Classifier(()), NOW)
    assert release.title == "Harbour plant opens"


CONTACT_ROWS = [("Anna Meier", "Communications Officer", "meier@wna.example.org", "+41 22 555 0101"),
                ("Paul Osei", "Media Relations", "osei@wna.example.org", "")]
LEAD = ("GENEVA, 12 March 2025 – Child stunting has fallen in 40 of the 55 countries surveyed, according to a "
        "report published today by the World Nutrition Agency.")


@pytest.mark.parametrize("header", [True, False])
def test_a_word_table_of_one_contact_a_row_is_read_row_by_row(header: bool) -> None:
    import io

    import docx
    from feeds.sources.documents import release_from_docx
    document = docx.Document()
    document.add_heading("Child stunting falls in 40 countries, new report shows", level=1)
    document.add_paragraph(LEAD)
    document.add_paragraph().add_run("Media contacts").bold = True
    table = document.add_table(rows=0, cols=4)
    for row in ([("Name", "Role", "Email", "Phone")] if header else []) + CONTACT_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    release = normalise(release_from_docx(out.getvalue(), "wna.docx", None), source, Classifier(()), NOW)
    assert [(c["name"], c["role"], c["email"], c["phone"]) for c in release.contacts] == [
        ("Anna Meier", "Communications Officer", "meier@wna.example.org", "+41 22 555 0101"),
        ("Paul Osei", "Media Relations", "osei@wna.example.org", None)]


def test_an_html_contact_table_with_column_heads() -> None:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in CONTACT_ROWS)
    page = _page("<html><body><main><article><h1>Child stunting falls in 40 countries, new report shows</h1>"
                 f"<p>{LEAD}</p><p>###</p><section><h2>Media contacts</h2><table><tr><th>Name</th><th>Role</th>"
                 f"<th>Email</th><th>Phone</th></tr>{rows}</table></section></article></main></body></html>")
    # "Media Relations" under a name with no address yet is that name's role, not a new "media relations" heading
    assert [(c["name"], c["role"], c["email"], c["phone"]) for c in page["contacts"]] == [
        ("Anna Meier", "Communications Officer", "meier@wna.example.org", "+41 22 555 0101"),
        ("Paul Osei", "Media Relations", "osei@wna.example.org", None)]


def test_a_media_contact_box_in_the_sidebar_beside_the_release_is_read() -> None:
    sidebar = ("<aside class='sidebar'><div class='contact-box'><h2>Media contact</h2><p>Lena Vos, Director<br>"
               "+32 2 555 0101<br>vos@rfo.example.eu</p></div><div class='related'><h3>Related news</h3><ul><li>"
               "<a href='/a'>Annual report 2023, call +32 2 555 0100</a></li></ul></div></aside>")
    page = _page(f"<html><body><main><article><h1>Rail freight volumes rise</h1><p>{LEAD}</p></article>{sidebar}"
                 "</main><aside><h2>Press contacts</h2><p>Switchboard<br>+32 2 555 0000</p></aside></body></html>")
    assert [(c["name"], c["role"], c["phone"]) for c in page["contacts"]] == [("Lena Vos", "Director", "+32 2 555 0101")]
    assert "Annual report" not in json.dumps(page) and "Switchboard" not in json.dumps(page)
    page = _page(f"<html><body><main><article><h1>Gletscher verlieren ein Zehntel</h1><p>{LEAD}</p></article><aside>"
                 "<h2>Rückfragehinweis</h2><p>Mag. Stefan Gruber<br>Pressebüro<br>T +43 1 4277 555 21</p></aside>"
                 "</main></body></html>")
    assert [(c["name"], c["phone"]) for c in page["contacts"]] == [("Mag. Stefan Gruber", "+43 1 4277 555 21")]
    # a site's general contact box in the sidebar ("Contact us") is the site's, not the release's
    page = _page(f"<html><body><main><article><h1>Rail freight volumes rise</h1><p>{LEAD}</p></article><aside>"
                 "<h2>Contact</h2><p>Rue de la Loi 1<br>+32 2 555 0000</p></aside></main></body></html>")
    assert page["contacts"] == () and "Rue de la Loi" not in page["body"]


def test_a_contact_box_in_a_sidebar_beside_the_main_column_is_read() -> None:
    # The sidebar is the <main>'s sibling (or the <article>'s, on a page with no <main>): its box is read when a
    # class names it a contact box and a media contact heading opens it, as a heading or its paragraph's first line.
    box = ("<div class='contact-box'><h3>Pressekontakt</h3><p><strong>Eva Lind</strong><br>Pressestelle<br>"
           "<a href='mailto:presse@stadtwerk.example'>presse@stadtwerk.example</a><br>Tel. 030 555-1020</p></div>")
    page = _page(f"<html><body><main><article><h1>Stadtwerk senkt den Strompreis</h1><p>{LEAD}</p></article></main>"
                 f"<aside class='sidebar'>{box}<h3>Weitere Meldungen</h3><ul><li>Tel. 030 555-0000</li></ul></aside>"
                 "</body></html>")
    assert [(c["name"], c["role"], c["email"], c["phone"]) for c in page["contacts"]] == [
        ("Eva Lind", "Pressestelle", "presse@stadtwerk.example", "030 555-1020")]
    page = _page(f"<html><body><article><h1>Stad plant nieuwe bomen</h1><p>{LEAD}</p></article><aside>"
                 "<div class='box media-contact'><p><strong>Perscontact</strong><br>Jan Peeters<br>Woordvoerder<br>"
                 "Tel. 09 555 12 10<br>pers@stad.example</p></div></aside></body></html>")
    assert [(c["name"], c["role"], c["phone"]) for c in page["contacts"]] == [
        ("Jan Peeters", "Woordvoerder", "09 555 12 10")]
    # the same box in an aside whose class names no contact box stays the site's furniture
    page = _page(f"<html><body><article><h1>Stad plant nieuwe bomen</h1><p>{LEAD}</p></article><aside><div class='box'>"
                 "<p><strong>Perscontact</strong><br>Jan Peeters<br>Tel. 09 555 12 10</p></div></aside></body></html>")
    assert page["contacts"] == () and "Peeters" not in page["body"] + page["notes"]


def test_a_date_line_naming_who_issued_it_is_in_their_places_time() -> None:
    from feeds.normalise.preamble import read_date_line
    place, stated = read_date_line("18 JUN 2024 4:45PM by PIB Delhi", "en", None, None)  # type: ignore[misc]
    assert place is None and stated.iso() == "2024-06-18T16:45:00+05:30"     # Delhi's time; no dateline
    text = ("Press Information Bureau\nGovernment of India\nMinistry of Rural Water Supply\n\n"
            "18 JUN 2024 4:45PM by PIB Delhi\n\nOver 14.9 crore rural households now have tap water\n\n"
            "The Ministry of Rural Water Supply today informed that more households receive tap water.\n\n"
            "*****\n\nSK/RT/JS\n")
    r = _txt(text)
    assert r.title == "Over 14.9 crore rural households now have tap water" and r.dateline is None
    assert stated_published(r) == "2024-06-18T16:45:00+05:30"
    assert r.notes == "" and "SK/RT/JS" not in r.body_text        # the staff's initials are no note


def test_a_release_number_in_other_languages_and_an_agency_sign_off() -> None:
    r = _txt("SIARAN PERS\nKementerian Pariwisata dan Ekonomi Kreatif\nNomor: SP.112/HM.01.02/2024\n\n"
             "Kemenparekraf Tetapkan 50 Desa Wisata Terbaik\n\nJakarta (12/5/2024) - Kementerian Pariwisata dan "
             "Ekonomi Kreatif menetapkan 50 desa wisata terbaik dalam ajang Anugerah Desa Wisata Indonesia 2024.\n\n"
             "Sebanyak 6.016 desa wisata dari 34 provinsi mendaftar. (PIA-7/JRD)\n\nInformasi lebih lanjut:\n"
             "Biro Komunikasi Kemenparekraf\nEmail: humas@kemenparekraf.go.id\nTelp: (021) 3838 167\n")
    assert r.title == "Kemenparekraf Tetapkan 50 Desa Wisata Terbaik"       # "Nomor: ..." is a release number
    assert r.dateline == "Jakarta" and stated_published(r) == "2024-05-12"
    assert r.body_text.endswith("34 provinsi mendaftar.")                # the agency's sign-off is no sentence
    assert [(c["name"], c["email"], c["phone"]) for c in r.contacts] == [
        ("Biro Komunikasi Kemenparekraf", "humas@kemenparekraf.go.id", "(021) 3838 167")]     # "Telp" labels a phone


def _txt(text: str):  # type: ignore[no-untyped-def]
    """The Release a text file of `text` gives."""
    from feeds.sources.formats import release_from_text
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    return normalise(release_from_text(text, "release.txt", None), source, Classifier(()), NOW)


@pytest.mark.parametrize("block, expected", [
    ("Laura Méndez\nDirectora de Comunicación Social\nlaura@sedema.example\n55 5345 8000 ext. 1203",
     ("Laura Méndez", "Directora de Comunicación Social", "55 5345 8000 ext. 1203")),   # an extension is the number's
    ("Relations avec les médias\nMinistère des Forêts\n418 555-8888, poste 4321",
     ("Relations avec les médias", "Ministère des Forêts", "418 555-8888, poste 4321")),
    ("Aoife Brennan, Brennan Kelly Communications\n+353 1 555 0193 / +353 87 555 2210\naoife@bk.example",
     ("Aoife Brennan", "Brennan Kelly Communications", "+353 1 555 0193 / +353 87 555 2210")),   # two numbers
    ("Public Information Officer Lt. James Carter\n(555) 204-3300\npio@rhpd.example",
     ("Lt. James Carter", "Public Information Officer", "(555) 204-3300")),      # the role before a rank and name
    ("Phòng Truyền thông, Sở Giao thông Vận tải Hà Nội\nĐiện thoại: 024 3825 4999",
     ("Phòng Truyền thông, Sở Giao thông Vận tải Hà Nội", None, "024 3825 4999")),   # an office's name, whole
    ("Stadtwerke Lindenau GmbH\nUnternehmenskommunikation\nMarkus Feldmann\nTelefon: 0341 555 2210",
     ("Markus Feldmann", "Unternehmenskommunikation", "0341 555 2210")),       # the department above the name
    ("Ramon Cruz | Public Affairs Officer\nTel. (02) 8555 0101 local 3310",
     ("Ramon Cruz", "Public Affairs Officer", "(02) 8555 0101 local 3310")),   # a PBX's "local" extension
    ("Service de la Communication – Fatou Diop,\nattachée de presse – Tél. : +221 33 555 10 20 –\ndiop@port.example",
     ("Fatou Diop", "attachée de presse", "+221 33 555 10 20")),   # an office before the name; a label after the role
])
def test_contact_numbers_as_written_and_a_role_before_the_name(block: str, expected: tuple) -> None:
    [c] = parse_contacts(block)
    assert (c.name, c.role, c.phone) == expected


@pytest.mark.parametrize("line, expected", [
    ("For more information, please contact Jane Okafor, Press Officer, at jane@x.example or +44 20 7946 0000.",
     ("Jane Okafor", "Press Officer", "jane@x.example", "+44 20 7946 0000")),
    ("Pour plus d’informations, contactez Marie Dupont au 01 23 45 67 89 ou marie@ville.example",
     ("Marie Dupont", None, "marie@ville.example", "01 23 45 67 89")),
])
def test_a_contact_written_as_a_sentence(line: str, expected: tuple) -> None:
    r = _txt("Harbour Board approves the dredging plan\n\nLONDON, 3 March 2025 – The Harbour Board approved a new "
             f"dredging plan on Monday after a year of study.\n\nWork starts in April.\n\n###\n\n{line}\n")
    assert [(c["name"], c["role"], c["email"], c["phone"]) for c in r.contacts] == [expected]


@pytest.mark.parametrize("heading_line", ["For media queries", "Rückfragehinweis", "Contato para a imprensa",
                                          "Persverantwoordelijke", "Source :"])
def test_contact_headings_of_more_conventions(heading_line: str) -> None:
    r = _txt("Harbour Board approves the dredging plan\n\nThe Harbour Board approved a new dredging plan on Monday "
             "after a year of study.\n\nWork starts in April.\n\n---o0o---\n\nAbout the Harbour Board\n"
             f"The board runs the port.\n\n{heading_line}\nAnna Meier, Press Officer\n+41 22 555 0101\n")
    assert r.body_text.endswith("Work starts in April.") and r.notes == "The board runs the port."
    assert [(c["name"], c["phone"]) for c in r.contacts] == [("Anna Meier", "+41 22 555 0101")]


def test_closing_contact_paragraphs_without_a_heading_keep_the_name_above_them() -> None:
    r = _txt("Musei statali, record di visitatori\n\nI musei statali hanno registrato oltre 18 milioni di ingressi "
             "tra giugno e settembre 2024.\n\nIl Colosseo si conferma il sito più visitato.\n\nUfficio Stampa MiC\n\n"
             "ufficiostampa@cultura.example\n\ntel. 06 6723 2261\n")
    assert r.body_text.endswith("il sito più visitato.") and r.notes == ""
    assert [(c["name"], c["email"], c["phone"]) for c in r.contacts] == [
        ("Ufficio Stampa MiC", "ufficiostampa@cultura.example", "06 6723 2261")]


def test_a_label_line_in_the_end_matter_is_not_the_preamble() -> None:
    r = _txt("*** FOR IMMEDIATE RELEASE ***\n\nMinisters agree new tariff schedule\n\nLONDON, March 3, 2025 "
             "/PRNewswire/ -- Ministers agreed a schedule today after long talks.\n\nIt takes effect in May.\n\n# # #\n\n"
             "Contact: Jane Okafor, jane@x.example\n")
    assert r.title == "Ministers agree new tariff schedule"      # "Contact:" below the lead is no preamble label
    assert r.body_text.endswith("It takes effect in May.") and r.contacts[0]["name"] == "Jane Okafor"   # "# # #"


def test_a_closing_signature_is_no_sentence_of_the_body() -> None:
    r = _txt("Incendie d'un entrepôt : ouverture d'une information judiciaire\n\nUn incendie a détruit un entrepôt "
             "dans la nuit du 9 au 10 juin.\n\nAucune autre information ne sera communiquée.\n\n"
             "Le procureur de la République,\nBertrand Maillol\n")
    assert r.body_text.endswith("Aucune autre information ne sera communiquée.") and "Maillol" not in r.notes
    r = _txt("Incendie d'un entrepôt\n\nUn incendie a détruit un entrepôt dans la nuit.\n\nLes enquêteurs,\n"
             "quarante au total, sont sur place.\n")
    assert r.body_text.endswith("quarante au total, sont sur place.")      # a sentence broken over lines stays


def test_a_word_headline_set_by_hand_in_large_bold_type() -> None:
    import io

    import docx
    from docx.shared import Pt
    from feeds.sources.documents import release_from_docx
    document = docx.Document()
    document.add_paragraph().add_run("PRESS STATEMENT").bold = True
    run = document.add_paragraph().add_run("E-JUSTICE SYSTEM TO BE EXTENDED TO ALL HIGH COURTS")
    run.bold, run.font.size = True, Pt(14)
    document.add_paragraph("The Judicial Service wishes to inform the general public that the e-Justice system will "
                           "be extended to all High Courts.")
    document.add_paragraph("Over 96,000 cases have been filed electronically since the system was introduced.")
    out = io.BytesIO()
    document.save(out)
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    release = normalise(release_from_docx(out.getvalue(), "e-justice.docx", None), source, Classifier(()), NOW)
    assert release.title == "E-JUSTICE SYSTEM TO BE EXTENDED TO ALL HIGH COURTS"   # capitals, yet the headline
    assert release.body_text.startswith("The Judicial Service wishes")


def test_pdf_lines_short_of_the_full_line_stay_lines() -> None:
    # A contact block's lines (46 to 50 characters) on a page whose running text is 110 characters wide stay
    # lines; running text that fills the line is joined, as is a headline measured against its own type.
    from feeds.sources.documents import _full_line, _join_lines
    contact = ["Sandrine Oliveira, chargée des relations presse", "Direction de la communication du CHU",
               "04 67 55 33 21 – sandrine.oliveira@chu.example"]
    running = ["Le don d'organes du vivant est encadré par la loi de bioéthique, et le donneur doit être majeur et",
               "avoir un lien étroit et stable avec le receveur."]
    title_line = ("La déforestation tropicale a reculé en 2024, mais", 16.0, 0.0, 0.0)
    page = [(line, 9.2, 0.0, 0.0) for line in running * 5] + [title_line]
    assert _full_line(page, 9.6) == len(running[0]) and _full_line(page, 16.0) == 49
    assert _join_lines(contact, _full_line(page, 9.6)) == "\n".join(contact)
    assert _join_lines(running, _full_line(page, 9.2)) == " ".join(running)
    headline = ["La déforestation tropicale a reculé en 2024, mais", "les incendies atteignent un niveau record"]
    assert _join_lines(headline, _full_line(page, 16.0)) == " ".join(headline)


def test_a_pdf_headline_wrapped_over_lines_below_a_letterhead_and_labels() -> None:
    # A letterhead line, a label and an embargo above a headline the PDF's largest type sets over two lines
    # (the second line starting in lower or upper case): the headline is the title, the body starts after it.
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    lead = ("MARLOW, 4 June 2025 – The river trust counted twice as many otters this spring as five years ago, "
            "its volunteers said on Wednesday.")
    for second in ("along the upper Thames valley", "Along The Upper Thames Valley"):
        blocks = [(8, ["Press Office · 3 Mill Lane · Marlow · press@trust.example"]), (10, ["PRESS RELEASE"]),
                  (10, ["EMBARGOED UNTIL 00:01 BST 4 June 2025"]),
                  (18, ["Otter numbers double in five years", second]), (10.5, [lead]),
                  (10.5, ["The survey covered forty kilometres of riverbank between Henley and Oxford."])]
        release = normalise(release_from_pdf(_pdf(blocks), "otters.pdf", None), source, Classifier(()), NOW)
        assert release.title == f"Otter numbers double in five years {second}"
        assert release.body_text.startswith("The river trust counted") and release.dateline == "MARLOW"
        assert "Press Office" not in release.body_text and release.embargo_until is not None
    # lines that only begin the headline are not it: they stay (here as the standfirst above the dateline)
    pre = split_preamble(["Otter numbers double\nin the valley", lead], "Otter numbers double in five years")
    assert pre.standfirst == "Otter numbers double\nin the valley" and pre.body[0] == lead


@pytest.mark.parametrize("text, language, stated", [
    ("9 April 2026, 7.30 p.m. (Auckland time)", "en", "2026-04-09T19:30:00+12:00"),   # a dotted 12-hour time, a city
    ("Friday 10 April 2026, 8.15am HKT", "en", "2026-04-10T08:15:00+08:00"),
    ("2 de marzo de 2026, 9:00 horas (hora de Lima)", "es", "2026-03-02T09:00:00-05:00"),
    ("2 de marzo de 2026, 18:00 h (hora argentina)", "es", "2026-03-02T18:00:00-03:00"),   # a country's time
    ("2 de marzo de 2026, 10:00 horas (tiempo del centro)", "es", "2026-03-02T10:00:00-06:00"),   # Mexico's
    ("3 March 2026, 10:00 Nairobi time", "en", "2026-03-03T10:00:00+03:00"),
    ("3 March 2026, 10:00 (heure de Paris)", "fr", "2026-03-03T10:00:00+01:00"),
    ("3 March 2026, 10:00 (hora de verano)", "es", None),          # no place: no zone invented, no date read
])
def test_a_local_time_named_after_a_place_and_dotted_twelve_hour_times(text: str, language: str,
                                                                     stated: str | None) -> None:
    found = read_stated(text, language)
    assert (found.iso() if found else None) == stated


def test_a_dateline_place_in_the_zone_database_gives_the_time_of_a_date_line() -> None:
    r = _text_release("PRESS RELEASE\nMontevideo, 4 de marzo de 2025 – 11:30 h\n\nNuevo puerto pesquero en el este\n\n"
                      "La intendencia inauguró hoy el nuevo puerto pesquero, que dará trabajo a 300 familias.\n\n"
                      "Las obras costaron 12 millones de dólares.\n")
    assert r["published"] == "2025-03-04T11:30:00-03:00" and r["dateline"] == "Montevideo"


@pytest.mark.parametrize("text, found", [
    ("Published 09:05 14 May 2026", "2026-05-14T09:05:00+01:00"),     # a time before the date
    ("14/05/2026 · 09:05 h", "2026-05-14T09:05:00+01:00"),             # date and time segments
    ("Posted 14 May 2026 | 09:05", "2026-05-14T09:05:00+01:00"),
    ("Prices rose 12.50 14 May 2026", "2026-05-14"),                   # a decimal number is no time
])
def test_dates_in_running_text_with_a_time_before_them_or_beside_them(text: str, found: str) -> None:
    from feeds.normalise.when import find_stated
    [(_, stated)] = list(find_stated(text, "en"))
    assert stated.iso() == found


def test_a_day_stated_on_the_embargos_own_day_is_published_at_the_embargo_instant() -> None:
    text = ("PRESS RELEASE\n{date}\nEMBARGOED UNTIL 09:30 CET, 12 March 2025\n\nNew bus lanes approved\n\n"
            f"{_LEAD_SENTENCE}\n\nWork starts in spring.\n")
    same_day = _text_release(text.format(date="12 March 2025"))
    assert same_day["published"] == "2025-03-12T09:30:00+01:00"
    assert same_day["embargo"] == datetime(2025, 3, 12, 8, 30, tzinfo=timezone.utc)
    day_before = _text_release(text.format(date="11 March 2025"))     # printed the day before: that date is stated
    assert day_before["published"] == "2025-03-11"


def test_a_date_and_a_time_labelled_on_one_line_above_the_headline() -> None:
    r = _text_release("CITY POLICE\nNEWS RELEASE\nDate: 11/04/2025   Time: 3:40 p.m. MST\n\nTwo arrested after bank robbery\n\n"
                      "Officers arrested two men on Tuesday afternoon, less than an hour after a bank was robbed.\n\n"
                      "No one was hurt.\n")
    assert r["published"] == "2025-11-04T15:40:00-07:00" and r["title"] == "Two arrested after bank robbery"


def test_a_wires_closing_publication_line_dates_it_and_its_credit_line_is_no_sentence() -> None:
    story = ("Harbour fees cut for fishing boats\n\nACCRA (Gulf Wire) – The port authority cut harbour fees for small "
             "fishing boats by a third on Monday.\n\nThe cut takes effect next month.\n\n"
             "(Reporting by Kofi Mensah; Editing by Ruth Adler)\n\n{closing}\n")
    r = _txt(story.format(closing="Published 3 Mar 2025 16:10 GMT"))
    assert stated_published(r) == "2025-03-03T16:10:00+00:00" and r.body_text.endswith("next month.")
    assert "Published" not in r.body_text and "Reporting by" not in r.body_text
    # a closing line that is no date stays in the body, as does any paragraph after which more text follows
    r = _txt(story.format(closing="Published with the support of the port workers' union."))
    assert stated_published(r) is None and r.body_text.endswith("port workers' union.")


def test_a_pdf_letterhead_of_three_lines_repeated_on_every_page_is_removed() -> None:
    from feeds.sources.pdflayout import repeated_lines
    head = [("Harbour Trust", 13.0, 788.0, 775.0), ("1 Quay Street · Port Ellery", 8.5, 771.0, 763.0),
            ("Press Office · www.trust.example", 8.5, 758.0, 750.0)]
    page_one = head + [("Otters return to the harbour", 16.0, 700.0, 684.0),
                       ("The trust counted forty otters this spring.", 9.5, 650.0, 640.0)]
    page_two = head + [("Notes to editors", 10.0, 700.0, 690.0), ("The survey ran from March to May.", 9.5, 680.0, 670.0),
                       ("Media contact: Ana Ruiz, ana@trust.example", 9.5, 660.0, 650.0)]
    assert repeated_lines([page_one, page_two]) == {"Harbour Trust", "# Quay Street · Port Ellery",
                                               "Press Office · www.trust.example"}
    # the same words lower on one page than on the other are text, not a running header
    moved = head[:2] + [("Press Office · www.trust.example", 8.5, 600.0, 592.0)]
    assert "Press Office · www.trust.example" not in repeated_lines([page_one, moved + page_two[3:]])


def test_pdf_contact_lines_ending_with_an_address_or_number_stay_lines() -> None:
    from feeds.sources.documents import _join_lines
    lines = ["Giulia Conti, responsabile ufficio stampa – 02 5555 1234 – giulia.conti@ospedale.example",
             "Paolo Neri, addetto stampa – 335 555 9876 – paolo.neri@ospedale.example"]
    assert _join_lines(lines, 90) == "\n".join(lines)
    running = ["Il nuovo reparto di cardiologia sarà aperto a giugno e conterà quaranta posti letto per i",
               "pazienti della provincia."]
    assert _join_lines(running, 90) == " ".join(running)


@pytest.mark.parametrize("line, kind", [
    ("For media and analyst enquiries:", "contact"), ("For enquiries, please contact:", "contact"),
    ("Mayor información:", "contact"), ("Meer informatie", "contact"), ("Issued by:", "contact"),
    ("Untuk maklumat lanjut, sila hubungi:", "contact"), ("Informazioni sull'Azienda Ospedaliera", "about"),
    ("Ufficio Stampa e Comunicazione", "contact"), ("Press and Communications", "contact"),
    ("Über Grüne Küste e. V.", "about"), ("About Northwind Inc.", "about"), ("Auskunft", "contact"),
    ("About 300 people attended the opening.", None),          # a sentence, not a heading
])
def test_end_matter_headings_of_more_offices(line: str, kind: str | None) -> None:
    from feeds.normalise.endmatter import heading
    found = heading(line)
    assert (found[0] if found else None) == kind


def test_spaced_asterisks_and_tamat_end_the_body() -> None:
    for marker in ("* * *", "-TAMAT-"):
        end = split_end_matter(["The bridge reopens on Monday.", "Traffic will be one lane at first.", marker,
                                "Ana Ruiz, Press Officer, ana@bridge.example"])
        assert end.body == ["The bridge reopens on Monday.", "Traffic will be one lane at first."]
        assert end.marker == marker and end.contacts[0].email == "ana@bridge.example"


def test_the_issuers_name_in_capitals_closing_the_body_is_no_text_of_it() -> None:
    end = split_end_matter(["Police arrested two men on Tuesday.", "Anyone with information should call 999.",
                            "PUBLIC AFFAIRS DEPARTMENT", "EASTPORT POLICE FORCE"])
    assert end.body == ["Police arrested two men on Tuesday.", "Anyone with information should call 999."]
    # capitals that name no office stay: they may be the release's own words
    end = split_end_matter(["The festival opens on Friday.", "SEE YOU THERE"])
    assert end.body == ["The festival opens on Friday.", "SEE YOU THERE"]


def test_a_short_line_above_the_closing_contact_names_the_section_and_is_no_note() -> None:
    notes, contacts = read_end_matter(["The survey covered 1,200 farms.", "Prensa INSA",
                                       "Martín López, jefe de prensa\nprensa@insa.example · (011) 5555-1234"])
    assert notes == "The survey covered 1,200 farms." and [c.name for c in contacts] == ["Martín López"]


def test_a_press_office_named_with_its_organisation_heads_contacts_after_an_about_section() -> None:
    notes, contacts = read_end_matter(["Informazioni sull'Ospedale Nord", "L'ospedale ha 900 posti letto.",
                                       "Ufficio Stampa Ospedale Nord\nGiulia Conti, responsabile – 02 5555 1234 – "
                                       "giulia.conti@ospedale.example"])
    assert notes == "L'ospedale ha 900 posti letto."
    assert [(c.name, c.role) for c in contacts] == [("Giulia Conti", "responsabile")]
    # in the body, such a line ends nothing
    end = split_end_matter(["The ward opens in June.", "Press Office Harbour Trust", "It has forty beds."])
    assert end.body == ["The ward opens in June.", "Press Office Harbour Trust", "It has forty beds."]


def test_short_markdown_lines_keep_their_breaks_and_wrapped_running_text_is_joined() -> None:
    from feeds.sources.formats import release_from_markdown
    text = ("# Otters return to the harbour\n\nPORT ELLERY, 4 June 2025 – The harbour trust counted forty otters this "
            "spring,\nthe most since its survey began, its volunteers said on Wednesday.\n\n"
            "The survey ran from March to May.\n\n## Media contacts\n\n- Ana Ruiz\n  Press Officer\n"
            "  ana@trust.example\n  +44 20 5555 0101\n")
    raw = release_from_markdown(text, "otters.md", None)
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    release = normalise(raw, source, Classifier(()), NOW)
    assert [(c["name"], c["role"], c["phone"]) for c in release.contacts] == [("Ana Ruiz", "Press Officer",
                                                                               "+44 20 5555 0101")]
    assert "spring,\nthe most" in (raw.body_html or "") and "spring, the most since" in release.body_text


def test_a_markdown_contact_table_keeps_its_rows_under_a_press_office_heading() -> None:
    from feeds.sources.formats import release_from_markdown
    text = ("# Otters return to the harbour\n\nThe harbour trust counted forty otters this spring.\n\n"
            "The survey ran from March to May.\n\n## Sobre o Trust\n\nO Trust cuida do porto desde 1990.\n\n"
            "**Assessoria de Imprensa – Trust**\n\n| Nome | Cargo | E-mail | Telefone |\n|---|---|---|---|\n"
            "| Ana Ruiz Ferreira da Silva | Jornalista | ana@trust.example | (21) 5555-0101 |\n"
            "| Rui Costa | Assessor de Comunicação | rui@trust.example | (21) 5555-0102 |\n")
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    release = normalise(release_from_markdown(text, "otters.md", None), source, Classifier(()), NOW)
    assert release.notes == "O Trust cuida do porto desde 1990."          # the office's name heads the contacts
    assert [(c["name"], c["role"], c["phone"]) for c in release.contacts] == [
        ("Ana Ruiz Ferreira da Silva", "Jornalista", "(21) 5555-0101"),
        ("Rui Costa", "Assessor de Comunicação", "(21) 5555-0102")]        # one contact a row


@pytest.mark.parametrize("about", ["L'Associazione in breve", "Die Stiftung in Kürze", "Về Quỹ Nước Sạch"])
def test_about_headings_of_an_organisation_in_brief(about: str) -> None:
    end = split_end_matter(["The ward opens in June.", "It has forty beds.", about, "It was founded in 1990.",
                            "*Per ulteriori informazioni:*\nAnna Conti, tel. +41 91 555 47 10, anna@ward.example"])
    assert end.body == ["The ward opens in June.", "It has forty beds."] and end.notes == "It was founded in 1990."
    assert [(c.name, c.phone) for c in end.contacts] == [("Anna Conti", "+41 91 555 47 10")]
    # a Vietnamese body line opening with "về" before a lower-case word ("regarding businesses") is no heading
    end = split_end_matter(["Dự án mở rộng năm nay.", "Về phía doanh nghiệp", "Họ sẽ đóng góp thêm."])
    assert len(end.body) == 3 and end.notes == ""
    # a section of the body "in brief" is no organisation's
    end = split_end_matter(["The ward opens in June.", "The plan in brief", "It has forty beds."])
    assert len(end.body) == 3 and end.notes == ""
    # a sentence saying "in brief" in the body is no heading
    end = split_end_matter(["The ward opens in June.", "Il progetto in breve si articola in tre fasi.",
                            "Le visite iniziano a luglio."])
    assert len(end.body) == 3 and end.notes == ""


def test_html_contact_cards_whose_name_is_bold_and_a_heading_inside_the_paragraph() -> None:
    # "<p><strong>Name</strong><br>role<br>address<br>number</p>": the paragraph's lines, not only its bold name;
    # a share bar after the cards is furniture
    cards = ("<h2>Contacts presse</h2><div class='cards'><div class='card'><p><strong>Ana Ribeiro</strong><br>Press "
             "Officer<br><a href='mailto:ana@harbour.example'>ana@harbour.example</a><br>+351 21 555 0101</p></div>"
             "<div class='card'><p><strong>Tom Weller</strong><br>Spokesperson<br>"
             "<a href='mailto:tom@harbour.example'>tom@harbour.example</a><br>+351 21 555 0102</p></div></div>"
             "<div class='share'>Share: <a href='#'>X</a> <a href='#'>LinkedIn</a></div>")
    page = _page(f"<html><body><main><article><h1>Dredging plan approved</h1>{_BODY}{cards}</article></main>"
                 "</body></html>")
    assert [(c["name"], c["role"], c["phone"]) for c in page["contacts"]] == [
        ("Ana Ribeiro", "Press Officer", "+351 21 555 0101"), ("Tom Weller", "Spokesperson", "+351 21 555 0102")]
    assert "LinkedIn" not in json.dumps(page)
    heading_inside = ("<p><strong>Contatti per la stampa:</strong><br>Ana Ribeiro<br>Ufficio Stampa Porto<br>"
                      "ana@harbour.example<br>+351 21 555 0101</p>")
    page = _page(f"<html><body><main><article><h1>Dredging plan approved</h1>{_BODY}{heading_inside}</article>"
                 "</main></body></html>")
    assert [(c["name"], c["role"]) for c in page["contacts"]] == [("Ana Ribeiro", "Ufficio Stampa Porto")]


def test_a_media_contact_aside_beside_the_main_column_is_read() -> None:
    aside = ("<aside class='media-contact'><h2>Gabinete de Comunicación</h2><dl><dt>Ana Ribeiro</dt><dd>jefa de "
             "prensa</dd><dd>Tel. 961 55 40 00 (ext. 4412)</dd><dd>ana@harbour.example</dd></dl></aside>")
    page = _page(f"<html><body><div class='layout'><main><article><h1>Dredging plan approved</h1>{_BODY}</article>"
                 f"</main>{aside}</div></body></html>")
    assert [(c["name"], c["role"], c["phone"]) for c in page["contacts"]] == [
        ("Ana Ribeiro", "jefa de prensa", "961 55 40 00 (ext. 4412)")]


@pytest.mark.parametrize("block, expected", [
    ("Tola Adeyemi (Mrs)\nHead, Media and Communications\n+234 803 555 0101 | media@club.example",
     ("Tola Adeyemi (Mrs)", "Head, Media and Communications")),          # how to address her is her name's
    ("Persvoorlichting rechtbank Oostland\nmr. Els de Wit, persrechter\n050 555 1234",
     ("mr. Els de Wit", "persrechter")),                                  # Dutch titles are written lower case
])
def test_contact_names_with_an_honorific_or_a_lower_case_title(block: str, expected: tuple) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role) == expected


def test_an_agency_that_issued_the_release_opens_its_contacts() -> None:
    # "Issued by <agency> on behalf of <client>." below the About section is the contacts' first line, no note;
    # "For media enquiries, please contact:" heads them too
    notes, contacts = read_end_matter(["About Harbour Foods Bhd", "Harbour Foods makes canned fish in Penang.",
                                       "Issued by Tide PR Sdn Bhd on behalf of Harbour Foods Bhd.",
                                       "For media enquiries, please contact:",
                                       "Lim Wei Ling\nAccount Manager\nMobile: +60 12 555 0101\nEmail: lim@tide.example"])
    assert notes == "Harbour Foods makes canned fish in Penang."
    assert [(c.name, c.role, c.phone) for c in contacts] == [("Lim Wei Ling", "Account Manager", "+60 12 555 0101")]
    assert "Issued by" in contacts[0].text or "Tide PR" in contacts[0].text      # kept as the contact's text
    # a sentence of the body that begins so is no heading
    from feeds.normalise.endmatter import heading
    assert heading("Issued by the ministry on Monday, the guidance covers all schools.") is None


def test_a_stated_time_without_a_zone_is_in_the_country_of_the_press_offices_address() -> None:
    # Spanish is spoken from Madrid to Buenos Aires: the e-mail's country code (.ar) says whose local time it is
    text = ("Hospital del Sur inaugura un quirófano\n\nBahía Blanca, 14 de abril de 2026, 10:00 h. El hospital "
            "inauguró hoy un quirófano nuevo.\n\nCostó 40 millones de pesos.\n\nContacto de prensa\n"
            "Ana Gómez\nprensa@hospitalsur.gob.ar\n")
    assert _text_release(text)["published"] == "2026-04-14T10:00:00-03:00"
    # without such an address, or with two countries' addresses, the language's usual zone, not Argentina's
    assert not _text_release(text.replace(".gob.ar", ".org"))["published"].endswith("-03:00")
    two = text + "Luis Paz\nluis@agencia.example.pt\n"
    assert not _text_release(two)["published"].endswith("-03:00")


def test_a_long_line_of_a_contact_heading_and_its_contact_ends_the_body() -> None:
    line = ("Contacto de prensa: Marta Villanueva Echeverría – Departamento de Comunicación Institucional del Hospital – "
            "prensa@hospitalsur.example – (0291) 555-2318")
    end = split_end_matter(["El hospital abrió un quirófano.", "Costó 40 millones de pesos.", line])
    assert end.body == ["El hospital abrió un quirófano.", "Costó 40 millones de pesos."]
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [
        ("Marta Villanueva Echeverría", "Departamento de Comunicación Institucional del Hospital", "(0291) 555-2318")]
    # a long sentence of the body after a word that could head contacts, with no address or number, stays
    long_sentence = ("Prensa: la cobertura del acto fue amplia y los medios locales, regionales y nacionales destacaron "
                     "la inversión del municipio en el nuevo quirófano del hospital.")
    assert split_end_matter(["El hospital abrió un quirófano.", long_sentence]).body[-1] == long_sentence


def test_an_out_of_hours_number_is_no_contact_of_its_own() -> None:
    notes, contacts = read_end_matter(["For further information, please contact the Harbour Trust press office:",
                                       "Ana Ruiz, Media Manager – 020 5555 0381 – ana@trust.example",
                                       "Out of hours: 07700 900999"])
    assert notes == "" and [(c.name, c.phone) for c in contacts] == [("Ana Ruiz", "020 5555 0381")]


def test_a_contact_above_the_headline_is_read_as_a_contact() -> None:
    r = _txt("FOR IMMEDIATE RELEASE\nMarch 3, 2025\n\nContact: Jane Roe, Communications Director\n"
             "(503) 555-0148 | jroe@library.example\n\nLibrary opens on Sundays\n\n"
             "PORTLAND, Ore. — The city library will open on Sundays from April, its board decided on Monday.\n\n"
             "Hours will be noon to five.\n")
    assert r.title == "Library opens on Sundays" and r.body_text.startswith("The city library")
    assert [(c["name"], c["role"], c["phone"]) for c in r.contacts] == [
        ("Jane Roe", "Communications Director", "(503) 555-0148")]


def test_an_office_line_under_the_organisations_name_in_capitals_is_the_letterhead() -> None:
    body = ("Madrid, 3 de marzo de 2025. La Policía Municipal ha detenido a dos hombres por robos en coches.\n\n"
            "Los detenidos han pasado a disposición judicial.\n")
    r = _text_release("POLICÍA MUNICIPAL DE MADRID\nGabinete de Prensa\n\nDos detenidos por robos en coches\n\n" + body)
    assert r["title"] == "Dos detenidos por robos en coches" and r["dateline"] == "Madrid"
    # a headline in the letterhead's paragraph, with wrapped running text below it, stays the headline
    r = _text_release("CITY COUNCIL\nNew bus lanes approved\n\nThe council approved the new bus lanes on Monday,\n"
                      "after two years of consultation with residents.\n\nWork starts in spring.\n")
    assert r["title"] == "New bus lanes approved"


def test_a_dutch_municipalitys_short_number_is_a_phone_number() -> None:
    [contact] = parse_contacts("Persteam gemeente Zandvoort-Oost, 14 0231, pers@zandvoort-oost.example")
    assert contact.phone == "14 0231"
    [other] = parse_contacts("Persteam, pers@zandvoort-oost.example, kamer 12 0231")   # not "14 0...": no number
    assert other.phone is None


def test_pdf_contacts_set_side_by_side_are_read_column_by_column() -> None:
    from feeds.sources.pdflayout import _columns_in_order
    placed = [("Media contacts", 11.0, 320.0, 309.0, 90.0),
              ("Ana Ruiz", 11.0, 296.0, 285.0, 90.0), ("Tom Reed", 11.0, 296.0, 285.0, 306.0),
              ("Press Officer", 11.0, 272.0, 261.0, 90.0), ("Head of Communications and", 11.0, 272.0, 261.0, 306.0),
              ("Public Affairs", 11.0, 258.0, 247.0, 306.0),              # a cell's wrapped line, alone in its row
              ("+34 91 555 0101", 11.0, 244.0, 233.0, 90.0), ("+34 91 555 0102", 11.0, 244.0, 233.0, 306.0)]
    assert [line[0] for line in _columns_in_order(placed)] == [
        "Media contacts", "Ana Ruiz", "Press Officer", "+34 91 555 0101",
        "Tom Reed", "Head of Communications and", "Public Affairs", "+34 91 555 0102"]
    # one row of a label and a date side by side is no table: read left to right
    row = [("PRESS RELEASE", 10.0, 700.0, 690.0, 90.0), ("12 March 2025", 10.0, 700.0, 690.0, 420.0),
           ("Otters return to the harbour", 16.0, 670.0, 654.0, 90.0)]
    assert [line[0] for line in _columns_in_order(row)] == ["PRESS RELEASE", "12 March 2025",
                                                           "Otters return to the harbour"]


def test_a_pdf_body_set_in_two_columns_is_read_column_by_column() -> None:
    from feeds.sources.documents import _join_lines
    from feeds.sources.pdflayout import _text_columns
    head = [("Otters return to the harbour after forty years", 16.0, 700.0, 684.0, 60.0, 480.0)]   # across the gutter
    left = ["PORT ELLERY, 4 June 2025 – The trust", "counted forty otters this spring, the", "most since 1985.",
            "Volunteers walked the shore at dawn."]
    right = ["The survey ran from March to May and", "will run again next year.", "###"]
    placed = head + [(text, 10.0, 660.0 - 14 * k, 650.0 - 14 * k, 60.0, 250.0) for k, text in enumerate(left)]
    placed += [(text, 10.0, 666.0 - 14 * k, 656.0 - 14 * k, 310.0, 520.0) for k, text in enumerate(right)]
    placed.append(("About the trust", 10.0, 580.0, 570.0, 60.0, 140.0))   # below both columns, after a gap
    placed.sort(key=lambda line: (-round(line[2]), line[4]))             # the baselines do not line up
    assert [line[0] for line in _text_columns(placed, 595.0)] == [head[0][0], *left, *right, "About the trust"]
    # lines side by side that are not two columns of three lines each are read as they stand
    two = [("PRESS RELEASE", 10.0, 700.0, 690.0, 60.0, 160.0), ("12 March 2025", 10.0, 700.0, 690.0, 420.0, 500.0)]
    assert _text_columns(two, 595.0) == two
    # a word hyphenated at a narrow column's line break is joined (the column's full line is short)
    assert _join_lines(["La liste des communes concernées est dispo-", "nible sur le site."], 44) == \
        "La liste des communes concernées est disponible sur le site."
    [contact] = parse_contacts("Julien Marchal, porte-parole\njulien.marchal@awer.example\nGSM : +32 475 55 34 56")
    assert (contact.name, contact.phone) == ("Julien Marchal", "+32 475 55 34 56")      # "GSM": a phone label


def test_a_pdf_contact_table_with_column_heads_is_read_row_by_row() -> None:
    from feeds.sources.pdflayout import _columns_in_order, _text_columns
    cells = [[("Nome", 90.0), ("Ruolo", 180.0), ("E-mail", 270.0), ("Telefono", 450.0)],
             [("Anna Conti", 90.0), ("Capo Ufficio", 180.0), ("anna@borghi.example", 270.0), ("06 5555 2261", 450.0)],
             [("Stampa", 180.0)],                                   # the cell above's wrapped line
             [("Luca Neri", 90.0), ("Addetto stampa", 180.0), ("luca@borghi.example", 270.0), ("06 5555 2890", 450.0)]]
    placed = [(text, 9.5, 320.0 - 11 * k, 310.0 - 11 * k, left, left + 60) for k, row in enumerate(cells)
              for text, left in row]
    lines = [line[0] for line in _columns_in_order(_text_columns(placed, 595.0))]   # a table is no text column
    assert lines == ["Nome", "Ruolo", "E-mail", "Telefono", "Anna Conti", "Capo Ufficio Stampa",
                     "anna@borghi.example", "06 5555 2261", "Luca Neri", "Addetto stampa", "luca@borghi.example",
                     "06 5555 2890"]
    assert [(c.name, c.role, c.phone) for c in parse_contacts("\n".join(lines))] == [
        ("Anna Conti", "Capo Ufficio Stampa", "06 5555 2261"), ("Luca Neri", "Addetto stampa", "06 5555 2890")]


def test_pdf_lines_broken_after_a_hyphen_of_their_own_in_a_headline_an_address_or_table_cells() -> None:
    from feeds.sources.documents import _join_lines, _largest
    from feeds.sources.pdflayout import _columns_in_order
    headline = [("Children at risk this season, warns Sahel-", 16.0, 700.0, 684.0),
                ("Atlantique", 16.0, 682.0, 666.0), ("The NGO calls for funds.", 10.0, 650.0, 640.0)]
    assert _largest(headline) == "Children at risk this season, warns Sahel-Atlantique"
    assert _join_lines(["Clémence Aubry, responsable des relations presse, c.aubry@solidarites-",
                        "sahel.example, +33 6 55 48 90 37"], 60) == \
        "Clémence Aubry, responsable des relations presse, c.aubry@solidarites-sahel.example, +33 6 55 48 90 37"
    cells = [[("Name", 71.0), ("Role", 161.0), ("E-mail", 258.0), ("Phone", 450.0)],
             [("Imogen Hart", 71.0), ("Communications", 161.0), ("press@foods.example", 258.0), ("01603 555", 450.0)],
             [("Lead", 161.0), ("214", 450.0)]]           # wrapped lines of two cells, nothing in the first column
    placed = [(text, 9.5, 255.0 - 11 * k, 245.0 - 11 * k, left, left + 80) for k, row in enumerate(cells)
              for text, left in row]
    assert [line[0] for line in _columns_in_order(placed)][4:] == [
        "Imogen Hart", "Communications Lead", "press@foods.example", "01603 555 214"]


def test_a_pdf_footer_set_apart_at_the_foot_of_the_page_is_removed() -> None:
    from feeds.sources.pdflayout import _without_edges
    text = [(f"Line {k} of the release text runs on here.", 11.0, 700.0 - 15 * k, 689.0 - 15 * k) for k in range(20)]
    footer = [("Harbour Trust, 1 Quay Street, Port Ellery", 11.0, 50.0, 39.0)]
    assert _without_edges(text + footer, 842.0, first=True) == text
    # text that runs to the foot of a full page stays, and so does a line with the page's number only when
    # it stands at an edge
    full = [(f"Line {k} of the release text runs on here.", 11.0, 800.0 - 15 * k, 789.0 - 15 * k) for k in range(52)]
    assert _without_edges(full, 842.0, first=True) == full
    numbered = text + [("Harbour Trust Communications · Page 1", 11.0, 660.0 - 15 * 20, 649.0 - 15 * 20)]
    assert _without_edges(numbered, 842.0, first=True) == numbered
    assert _without_edges(text + [("Harbour Trust Communications · Page 1", 11.0, 50.0, 39.0)], 842.0,
                          first=True) == text


@pytest.mark.parametrize("lines, joined", [
    (["The dairy company will expand its cheese plant in Saint-", "Hyacinthe next year."], "Saint-Hyacinthe next"),
    (["After long talks the heat network operator signed a 15-", "year agreement on Monday."], "a 15-year agreement"),
    (["The study was published by the university team on quinta-", "feira in the journal."], "quinta-feira in"),
    (["The results were published by the statistics office in the docu-", "ment released on Monday."],
     "the document released"),          # a word the hyphenation split is one word again
    (["De bond is de sportbond voor alle verenigingen in het kust- en binnenwater, voor wedstrijd-",
      "en recreatieroeien in Nederland."], "wedstrijd- en recreatieroeien"),   # a suspended hyphen stays
])
def test_pdf_hyphens_at_line_breaks(lines: list[str], joined: str) -> None:
    from feeds.sources.documents import _join_lines
    assert joined in _join_lines(lines, 60)


def test_a_pdf_address_a_narrow_cell_broke_is_joined() -> None:
    from feeds.sources.documents import _join_lines
    assert _join_lines(["Ana Ruiz", "ana.ruiz@minis", "terio.gob.es", "91 555 01 01"]) == \
        "Ana Ruiz\nana.ruiz@ministerio.gob.es\n91 555 01 01"
    assert _join_lines(["Ada Phiri", "+260 211 555 337 aphiri@moe.gov.", "zm"]) == \
        "Ada Phiri\n+260 211 555 337 aphiri@moe.gov.zm"           # broken after a dot, before its country


def test_a_hard_wrapped_headline_whose_next_line_starts_with_a_capital_is_joined() -> None:
    body = ("GENEVA, 4 March 2025 - The agency said on Tuesday that the number of people\n"
            "who fled their homes because of floods rose by a third last year, to the\n"
            "highest level since its records began.\n\n"
            "The report covers 142 countries and territories and will be presented to\n"
            "member states in May.\n")                         # wrapped at 76 characters
    r = _text_release("PRESS RELEASE\n\nFlood displacement reached a record in 2024 across South and Southeast\n"
                      "Asia, agency report finds\n\n" + body)
    assert r["title"] == ("Flood displacement reached a record in 2024 across South and Southeast Asia, agency "
                          "report finds")
    # a standfirst under a headline that was not wrapped (its next word would have fitted) stays out of it
    r = _text_release("PRESS RELEASE\n\nFlood displacement reached a record in 2024\nAgency report covers 142 "
                      "countries\n\n" + body)
    assert r["title"] == "Flood displacement reached a record in 2024"


def test_hard_wrapped_text_joins_after_a_words_hyphen_and_a_wrapped_last_sentence_stays_in_the_body() -> None:
    r = _txt("New cold-store robot launched\n\nThe company today introduced a pallet-\n"
             "moving robot that works inside freezers at minus 30 degrees.\n\nThe related patent case continues "
             "before the federal court under the reference\nnumber 1004567-21.2023.4.07.3600 at the federal court.\n")
    assert "a pallet-moving robot" in r.body_text
    assert r.body_text.endswith("number 1004567-21.2023.4.07.3600 at the federal court.") and r.contacts == ()
    # a dash after a space is a separator, not a word's hyphen: the lines keep their space
    r = _txt("New cold-store robot launched\n\nThe company today introduced a robot for freezers -\n"
             "it works at minus 30 degrees.\n\nIt costs 148,000 dollars.\n")
    assert "for freezers - it works" in r.body_text


def test_a_rank_before_a_name_is_the_role_and_a_courtesy_title_stays_in_the_name() -> None:
    [a] = parse_contacts("Rückfragen bei der Polizei Talheim\nHauptkommissarin Petra Vogl\nTel. +43 5412 555 10\n"
                         "presse@polizei-talheim.example")
    assert (a.name, a.role) == ("Petra Vogl", "Hauptkommissarin")
    [b] = parse_contacts("Deputy Superintendent of Police Ravi Menon\nSpokesperson, City Police\nTel: 0471-555 120")
    assert (b.name, b.role) == ("Ravi Menon", "Spokesperson, City Police")
    [c] = parse_contacts("AKP Dewi Lestari\nHP 0812 5550 1234")
    assert (c.name, c.role) == ("Dewi Lestari", "AKP")
    [d] = parse_contacts("Dr. Marta Lenz\nPressesprecherin\nTel. 0761 555 200")       # an academic title: the name
    assert (d.name, d.role) == ("Dr. Marta Lenz", "Pressesprecherin")


@pytest.mark.parametrize("line, name, role", [
    ("Para entrevistas pueden comunicarse con Rosa Díaz, vocera de la cooperativa, al celular 311 555 0101.",
     "Rosa Díaz", "vocera de la cooperativa"),
    ("Voor vragen kunt u contact opnemen met Pieter de Vries, woordvoerder, via 06 5555 1234 of pers@stad.example.",
     "Pieter de Vries", "woordvoerder"),
    ("Journalists may contact Amina Yusuf, Press Officer, at amina@ngo.example.", "Amina Yusuf", "Press Officer"),
    ("Ravi Nair, Head of Contact Centre, +91 80 5555 1234", "Ravi Nair", "Head of Contact Centre"),   # no lead-in
])
def test_a_sentence_leading_to_a_contacts_name_is_no_part_of_it(line: str, name: str, role: str) -> None:
    [c] = parse_contacts(line)
    assert (c.name, c.role) == (name, role)


def test_name_and_role_lines_above_a_closing_contact_line_leave_the_body() -> None:
    body = ["Das Gericht hat am Montag ein Urteil gesprochen.", "Das Urteil ist nicht rechtskräftig."]
    end = split_end_matter(body + ["Dr. Jana Roth", "Richterin am Amtsgericht", "Pressesprecherin",
                                   "Telefon 0711 555 210 · presse@ag.example"])
    assert end.body == body
    assert [(c.name, c.role) for c in end.contacts] == [("Dr. Jana Roth", "Richterin am Amtsgericht")]
    # a job line above a ranked name: the job is the role, the rank is no part of the name
    end = split_end_matter(body + ["Kepala Seksi Humas Polres Sungai Biru", "AKP Rudi Hartono", "HP 0812 5550 7788"])
    assert end.body == body and [(c.name, c.role) for c in end.contacts] == \
        [("Rudi Hartono", "Kepala Seksi Humas Polres Sungai Biru")]
    # short lines with no person's name above an address: only the nearest (the office) leaves the body
    end = split_end_matter(body + ["Next steps", "Ufficio Stampa Nord", "presse@nord.example"])
    assert end.body == body + ["Next steps"]


def test_a_closing_sentence_asking_to_contact_a_named_person_is_the_contact() -> None:
    body = ["The tournament runs from 15 to 29 September.", "Tickets for the final are free."]
    end = split_end_matter(body + ["For all details please contact Ms Lan Pham, Head of Media, on 0912 555 100 "
                                   "or lan@club.example."])
    assert end.body == body
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [("Ms Lan Pham", "Head of Media", "0912 555 100")]
    # a closing sentence naming nobody to contact stays in the body
    closing = "Residents can call the hotline on 0800 555 123 for help."
    assert split_end_matter(body + [closing]).body == body + [closing]


def test_an_office_word_before_the_person_on_a_contact_line_and_a_french_heading() -> None:
    [c] = parse_contacts("Humas UNKA, Siti Rahma (Kepala Humas), humas@unka.example, 0370 555 221")
    assert (c.name, c.role) == ("Siti Rahma", "Kepala Humas")
    notes, contacts = read_end_matter(["Pour toute information :", "Mme Awa Sow\nChargée de communication\n"
                                       "Tél. : 699 55 12 34"])
    assert notes == "" and [(c.name, c.role, c.phone) for c in contacts] == \
        [("Mme Awa Sow", "Chargée de communication", "699 55 12 34")]


def test_a_switchboard_line_with_an_office_name_and_hours_is_no_contact() -> None:
    contacts = parse_contacts("Aida Rahim\nPress Secretary\nTel: +603 5555 1000 ext. 12\naida@min.example\n"
                              "Press Office switchboard: +603 5555 1000 (Monday to Friday, 9 a.m. to 5 p.m.)")
    assert [(c.name, c.phone) for c in contacts] == [("Aida Rahim", "+603 5555 1000 ext. 12")]


def test_legal_sections_after_the_about_text_are_notes_without_their_headings() -> None:
    r = _txt("Harbour Line reports record quarter\n\nHarbour Line ASA reported revenue of NOK 900 million for the "
             "quarter.\n\nAbout Harbour Line\n\nHarbour Line runs ferries.\n\nForward-Looking Statements\n\n"
             "This release holds forward-looking statements.\n\nDisclaimer\n\nIt is for information only.\n")
    assert r.body_text == "Harbour Line ASA reported revenue of NOK 900 million for the quarter."
    assert r.notes == "Harbour Line runs ferries.\n\nThis release holds forward-looking statements.\n\n" \
                      "It is for information only."
    r = _txt("Ricavi in crescita\n\nIl Gruppo ha approvato la relazione semestrale.\n\nDichiarazione del Dirigente "
             "preposto\n\nIl Dirigente preposto dichiara che l'informativa corrisponde alle scritture contabili.\n")
    assert r.body_text == "Il Gruppo ha approvato la relazione semestrale."
    assert r.notes == "Il Dirigente preposto dichiara che l'informativa corrisponde alle scritture contabili."


def test_a_contact_box_in_the_articles_own_footer_is_read() -> None:
    page = _page(f"<html><body><main><article><h1>Ferry line reports a record quarter</h1><p>{LEAD}</p>"
                 "<div class='article-footer box'><h3>For further information, please contact:</h3>"
                 "<div class='card'><strong>Ola Berg</strong><br>Chief Financial Officer<br>Tel: +47 915 55 408<br>"
                 "Email: ola@line.example</div></div></article><div class='share'>Share: Facebook</div></main>"
                 "<footer class='site-footer'><p>Contact us: info@line.example, +47 22 55 00 00</p></footer>"
                 "</body></html>")
    assert [(c["name"], c["role"], c["phone"]) for c in page["contacts"]] == \
        [("Ola Berg", "Chief Financial Officer", "+47 915 55 408")]


def test_an_email_label_after_a_role_on_one_line_and_a_function_label_as_the_role() -> None:
    [a] = parse_contacts("Akinyi Otieno\nMedia Manager, Rowing Federation Email: media@row.example\n"
                         "Tel: +254 722 555 100")
    assert (a.name, a.role) == ("Akinyi Otieno", "Media Manager, Rowing Federation")
    b, c = parse_contacts("Investor Relations: Tom Hale, (412) 555-0100, ir@robots.example\n"
                          "Media: Jo Park, (412) 555-0101, press@robots.example")
    assert (b.name, b.role, c.name, c.role) == ("Tom Hale", "Investor Relations", "Jo Park", "Media")
    [d] = parse_contacts("Aegean Legal Aid: Eleni Markou, +30 210 555 0100")      # an organisation stays no role
    assert (d.name, d.role) == ("Eleni Markou", None)


def test_contact_lines_of_printed_pages_a_role_first_a_wrapped_number_a_sub_heading_a_long_email_label() -> None:
    [a] = parse_contacts("Media queries: Public Relations Officer, Sri R. Prakash, 0821-555\n4100, pro@city.example")
    assert (a.name, a.role, a.phone) == ("Sri R. Prakash", "Public Relations Officer", "0821-555 4100")
    a, b = parse_contacts("Jonas Wirth\nPressesprecher\nTel. 0341 555 170\njonas@verband.example\n"
                          "Ansprechpartnerin Studie\nDr. Eva Brandt\nReferentin Arbeitsmarkt\nTel. 0341 555 184\n"
                          "eva@verband.example")
    assert (b.name, b.role) == ("Dr. Eva Brandt", "Referentin Arbeitsmarkt")
    [c] = parse_contacts("Gabinete de Imprensa: Sra. Ana Mabunda (Porta-voz), telefone +258 84 555 1177, "
                         "correio electrónico imprensa@saude.example")
    assert (c.name, c.role, c.phone) == ("Sra. Ana Mabunda", "Porta-voz", "+258 84 555 1177")


def test_a_markdown_ordered_lists_numbers_are_its_text() -> None:
    from feeds.sources.formats import release_from_markdown
    raw = release_from_markdown("# Squad named for the games\n\nThe federation named 40 athletes today.\n\n"
                                "### Notes to editors\n\n1. The squad list is attached.\n\n2. Accreditation closes "
                                "on 1 July.\n", "r.md", None)
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    release = normalise(raw, source, Classifier(()), NOW)
    assert release.notes == "1. The squad list is attached.\n\n2. Accreditation closes on 1 July."
    assert "<ol" not in (raw.body_html or "")           # shown once: as written, not numbered again


@pytest.mark.parametrize("first, place", [
    ("Valdemar (Toledo), 9 de marzo de 2026. Agentes de la Policía Local detuvieron a tres personas.",
     "Valdemar (Toledo)"),                                      # its province in brackets
    ("RIGA / TALLINN, 22 September 2026 — Three groups called for a shared plan.", "RIGA / TALLINN"),
])
def test_a_dateline_with_a_province_in_brackets_or_two_places_joined_by_a_spaced_slash(first: str, place: str
                                                                                         ) -> None:
    found = split_dateline(first, "en")
    assert found is not None and found.place == place and found.date is not None


def test_a_press_office_line_naming_its_organisation_with_particles_heads_the_contacts() -> None:
    notes, contacts = read_end_matter(["Gabinete de Prensa – Ayuntamiento de Villamar",
                                       "Lucía Pérez\nJefa de Prensa\nCorreo: prensa@villamar.example\n"
                                       "Tel.: 91 555 22 70"])
    assert notes == "" and [(c.name, c.role) for c in contacts] == [("Lucía Pérez", "Jefa de Prensa")]


def test_a_markdown_top_heading_above_labels_and_a_date_line_is_a_letterhead() -> None:
    from feeds.sources.formats import release_from_markdown
    text = ("# HARBOUR SAFETY AGENCY\n\n**PRESS RELEASE** | HSA/PR/26/04\n\nOslo, 3 February 2026\n\n"
            "## Ferry incidents fell by a fifth last year\n\n" + _LEAD_SENTENCE + "\n")
    assert release_from_markdown(text, "r.md", None).title == "Ferry incidents fell by a fifth last year"
    # a top heading with text below it is the headline, whatever heading follows
    text = "# Ferry incidents fell by a fifth\n\n" + _LEAD_SENTENCE + "\n\n## Background\n\nThe agency counts.\n"
    assert release_from_markdown(text, "r.md", None).title == "Ferry incidents fell by a fifth"


@pytest.mark.parametrize("line, day", [
    ("NEWS RELEASE -- Friday, 7th March 2025", "2025-03-07"),              # a label and a date after "--"
    ("Ref: CP/PRO/88/2024 Dated: 21.08.2024", "2024-08-21"),               # a reference, then "Dated:"
    ("Birgunj, 2081/05/05 (21 August 2024), 10:00 NPT", "2024-08-21"),     # another calendar's date, then ours
    ("Leipzig, den 7. Mai 2025", "2025-05-07"),                            # "den" before the day
])
def test_date_lines_of_a_label_and_a_date_or_of_two_calendars(line: str, day: str) -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line(line, "en", None, None)
    assert found is not None and found[1].when.date().isoformat() == day


def test_a_markdown_date_line_under_a_long_letterhead_line_is_a_line_of_its_own() -> None:
    from feeds.sources.formats import release_from_markdown
    raw = release_from_markdown("Silesian Institute of Applied Chemistry | press office\n7. 5. 2025\n\n"
                                "# Cheap test finds lead in tap water\n\n" + _LEAD_SENTENCE + "\n", "r.md", None)
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    assert stated_published(normalise(raw, source, Classifier(()), NOW)) == "2025-05-07"


def test_an_ooo_marker_a_signed_office_and_an_about_paragraph_above_the_contacts_end_the_body() -> None:
    body = ["The works start on Monday.", "They will last three weeks."]
    assert split_end_matter(body + ["oOo", "Ana Ruiz, ana@sec.example"]).body == body
    signed = "Sd/-\nSuperintendent of Police,\nRiverside District."
    end = split_end_matter(body + [signed, "Media queries: PRO Sri R. Rao, 0821-555 100, pro@police.example"])
    assert end.body == body
    about = "Harbour Tenants Network is a non-profit organisation helping tenants in the harbour district."
    end = split_end_matter(body + [about, "Enquiries: Lindiwe Dube, Communications Officer – 072 555 3318"])
    assert end.body == body and end.notes == about
    # a last paragraph that describes someone in a quotation stays in the body
    quoted = 'Mayor Ana Lima is a "tireless advocate", the council said.'
    assert split_end_matter(body + [quoted, "Enquiries: Lindiwe Dube, 072 555 3318"]).body == body + [quoted]


def test_a_headline_in_capitals_below_a_letterhead_and_a_date_line_is_the_title() -> None:
    r = _text_release("Municipality of Santa Lucia\nPublic Information Office\n\nOctober 2, 2024\n\n"
                      "MAYOR SUSPENDS CLASSES AS STORM NEARS\nEvacuation centres open in five villages\n\n"
                      "SANTA LUCIA — The mayor suspended classes on Wednesday as a storm approached.\n")
    assert r["title"] == "MAYOR SUSPENDS CLASSES AS STORM NEARS"
    # with no date line, a line in capitals above an office line is the letterhead
    r = _text_release("POLICÍA LOCAL DE VALVERDE\nGabinete de Comunicación\n\nDetenido un conductor ebrio\n\n"
                      "La Policía Local detuvo el martes a un conductor que triplicaba la tasa de alcohol.\n")
    assert r["title"] == "Detenido un conductor ebrio"


def test_a_pdf_set_with_wide_line_spacing_keeps_its_paragraphs_lines_together() -> None:
    first = ("The commercial court announced that its online filing service will open to lawyers, bailiffs and the "
             "public on the first Monday of April, after a trial that ran for six months in two chambers.")
    second = ("From that date, claims and requests may be filed on the court's platform, and the filing fees may be "
              "paid by mobile money from any of the country's three networks, the court said on Tuesday.")
    blocks = [(16, ["Court opens online filing"]), (10.5, [first]), (10.5, [second])]
    for leading in (1.35, 1.8):           # usual spacing, and lines set wide apart (1.5 or double spacing)
        raw = release_from_pdf(_pdf(blocks, leading), "court.pdf", None)
        assert raw.body_text.split("\n\n")[1:3] == [first, second], leading


def test_a_browsers_print_header_is_no_part_of_a_printed_page() -> None:
    from feeds.sources.documents import _without_print_stamp
    lines = [("3/9/26, 10:05 AM", 8.0, 775.6, 767.6), ("Court opens online filing | City Court", 8.0, 775.6, 767.6),
             ("City Court", 20.0, 752.5, 732.5), ("Court opens online filing", 16.0, 700.0, 684.0),
             ("Lyon, 9 March 2026", 11.0, 670.0, 659.0)]
    assert [ln[0] for ln in _without_print_stamp(lines)] == ["City Court", "Court opens online filing",
                                                             "Lyon, 9 March 2026"]
    assert _without_print_stamp(lines[2:]) == lines[2:]       # no stamp: the page as it is


def test_a_printed_pages_narrow_sidebar_is_read_after_the_text_beside_it() -> None:
    from feeds.sources.documents import _SHARE_BAR
    from feeds.sources.pdflayout import _text_columns
    left = [(f"Line {k} of the release, set in the page's main column of running text.", 12.0, 600.0 - 14 * k,
             588.0 - 14 * k, 46.0, 390.0) for k in range(12)]
    side = [("Contacto de prensa", 9.7, 598.0, 588.0, 436.0, 527.0), ("Ana Ruiz", 9.7, 586.0, 576.0, 436.0, 480.0)] \
        + [(f"Sidebar item {k}", 9.7, 560.0 - 11 * k, 550.0 - 11 * k, 458.0, 555.0) for k in range(5)]
    placed = sorted(left + side, key=lambda ln: (-round(ln[2]), ln[4]))
    ordered = [ln[0] for ln in _text_columns(placed, 612.0)]
    assert ordered == [ln[0] for ln in left] + [ln[0] for ln in side]
    assert _SHARE_BAR.match("Compartir: Facebook X WhatsApp LinkedIn E-mail Print")
    assert not _SHARE_BAR.match("Share prices rose by 4% on Facebook news")


def test_pdf_lines_a_contacts_number_is_no_page_number_or_footer() -> None:
    from feeds.sources.documents import _page_number
    from feeds.sources.pdflayout import repeated_lines
    assert _page_number("2", 3) and _page_number("Page 12 of 14", 14) and not _page_number("774", 2)
    page_one = [("Ferry strike ends", 16.0, 700.0, 684.0), ("Page 1 of 2", 8.0, 60.0, 52.0),
                ("Tel: +39 06 5555 3625", 10.0, 98.0, 88.0)]
    page_two = [("The union agreed.", 10.0, 700.0, 690.0), ("Page 2 of 2", 8.0, 60.0, 52.0),
                ("Tel: +254 20 555 4401", 10.0, 98.0, 88.0)]
    assert repeated_lines([page_one, page_two]) == {"Page # of #"}      # two contacts' numbers closing two pages stay


def test_a_pdf_table_cells_wrapped_address_is_joined_without_a_space() -> None:
    from feeds.sources.pdflayout import _record_rows
    rows = [[("Name", 10.0, 700.0, 690.0, 60.0, 90.0), ("E-mail", 10.0, 700.0, 690.0, 200.0, 240.0)],
            [("Ana Nowak", 10.0, 686.0, 676.0, 60.0, 120.0), ("a.nowak@ziel", 10.0, 686.0, 676.0, 200.0, 280.0)],
            [("onka.pl", 10.0, 672.0, 662.0, 200.0, 250.0)]]
    assert [cell[0] for cell in _record_rows(rows)] == ["Name", "E-mail", "Ana Nowak", "a.nowak@zielonka.pl"]


def test_a_role_cell_after_the_number_and_address_belongs_to_the_contact_above() -> None:
    a, b = parse_contacts("Léa Martin\n04 73 55 62 18\nlea.martin@univ.example\nResponsable des\nrelations presse\n"
                          "Hugo Petit\n06 72 55 55 09\nhugo.petit@univ.example\nChargé de\ncommunication")
    assert (a.name, a.role, b.name, b.role) == ("Léa Martin", "Responsable des relations presse", "Hugo Petit",
                                                "Chargé de communication")
    # an organisation's line between two contacts is the next contact's, not a role of the one above
    a, b = parse_contacts("Léa Martin\n04 73 55 62 18\nlea.martin@univ.example\nMinistry of Health\nHugo Petit\n"
                          "06 72 55 55 09")
    assert (a.role, b.name) == (None, "Hugo Petit")


def test_a_contact_cells_wrapped_role_line_and_an_extension_are_not_left_in_the_role() -> None:
    [a] = parse_contacts("Rui Matos\nGabinete de\nComunicação\nimprensa@univ.example\n239 555 410")
    assert (a.name, a.role) == ("Rui Matos", "Gabinete de Comunicação")
    [b] = parse_contacts("Rui Matos\nAssessor de imprensa (LPM\nComunicação)\n+351 912 555 678")
    assert b.role == "Assessor de imprensa (LPM Comunicação)"
    [c] = parse_contacts("Léa Roy\nConseillère en communication, Université du Fleuve 418 555-1986, poste 2417 "
                         "lea@fleuve.example")
    assert (c.role, c.phone) == ("Conseillère en communication, Université du Fleuve", "418 555-1986, poste 2417")


def test_the_readers_headline_is_the_preambles_own() -> None:
    """A text file's reader looks for the headline alone (`preamble.headline`); it must be the headline that
    reading the whole preamble without a given title finds, for every tuning release and demo source file."""
    from feeds.normalise.newswire import blocks
    from feeds.normalise.preamble import headline
    from feeds.sources.decode import decode_bytes
    root = Path(__file__).parent
    files = [p for p in sorted((root / "data" / "press").glob("dev*/*.txt")) + sorted(
        (root.parent / "sources").rglob("*.txt")) if "heldout" not in str(p)]
    texts = [decode_bytes(p.read_bytes()) for p in files]     # as the reader decodes them
    texts += ["", "One line",
              "PRESS RELEASE\n\nEMBARGOED UNTIL 10 May 2025\n\nA HEADLINE IN CAPITALS\n\nBody text here."]
    assert len(files) > 30
    for text in texts:
        found = blocks(text)
        assert headline(found) == split_preamble(found, None).title, text[:200]


def test_a_sidebar_box_under_a_media_contact_heading_element_is_read_without_a_contact_class() -> None:
    # beside the main column, a plain <div class="box"> whose h2-h6 names a media contact is the release's contact;
    # a site's general "Contact" heading there stays furniture
    box = ("<div class='box'><h4>Press contacts</h4><p>Mara Lind<br>Press Officer<br>+46 8 555 0101<br>"
           "<a href='mailto:lind@port.example'>lind@port.example</a></p></div><h4>More news</h4>"
           "<ul><li><a href='#'>Ferry timetable, call +46 8 555 0000</a></li></ul>")
    page = _page(f"<html><body><div class='wrap'><main><article><h1>Port opens a new ferry berth</h1><p>{LEAD}</p>"
                 f"</article></main><aside>{box}</aside></div></body></html>")
    assert [(c["name"], c["role"], c["phone"]) for c in page["contacts"]] == [
        ("Mara Lind", "Press Officer", "+46 8 555 0101")]
    assert "Ferry timetable" not in json.dumps(page)
    page = _page(f"<html><body><div class='wrap'><main><article><h1>Port opens a new ferry berth</h1><p>{LEAD}</p>"
                 "</article></main><aside><div class='box'><h4>Contact</h4><p>Switchboard<br>+46 8 555 0000</p></div>"
                 "</aside></div></body></html>")
    assert page["contacts"] == ()


def test_a_contact_sentence_under_notes_is_notes_and_contact_under_about_only_contact() -> None:
    note = ("Voor een interview met dr. Eva Bos kunt u contact opnemen met Kees Smit, woordvoerder, via 06 5555 0101 "
            "of pers@stad.example.")
    notes, contacts = read_end_matter(["Noot voor de redactie", note])
    assert notes == note and [(c.name, c.role, c.phone) for c in contacts] == [
        ("Kees Smit", "woordvoerder", "06 5555 0101")]
    # after the notes' own text, the contact sentence closes them: a contact only
    closure = "The road was closed for four hours."
    notes, contacts = read_end_matter(["Notes to editors", closure, "For media enquiries please contact Ann Roe, "
                                       "Press Officer, on 01632 960 410 or email press@police.example."])
    assert notes == closure and [(c.name, c.role) for c in contacts] == [("Ann Roe", "Press Officer")]
    about = "The Grain Board is a public body that keeps the national grain reserve."
    sentence = ("For more information, please contact Ms Ana Reyes, Press Officer, at reyes@grain.example or "
                "+63 2 555 0101, or Ben Cruz, Media Relations, at cruz@grain.example or +63 2 555 0102.")
    notes, contacts = read_end_matter(["About the Grain Board", about, sentence])
    assert notes == about
    assert [(c.name, c.role, c.email, c.phone) for c in contacts] == [
        ("Ms Ana Reyes", "Press Officer", "reyes@grain.example", "+63 2 555 0101"),
        ("Ben Cruz", "Media Relations", "cruz@grain.example", "+63 2 555 0102")]


def test_investor_relations_headings_and_cautionary_headings_in_end_matter() -> None:
    notes, contacts = read_end_matter([
        "Sobre a Campo Verde", "A Campo Verde produz sementes desde 1990.",
        "Declarações prospectivas", "Este comunicado contém declarações sobre eventos futuros.",
        "Relações com Investidores\nAna Lima – Diretora de RI\nri@campo.example\n+55 11 5555-0101",
        "Hubungan Investor\nSari Dewi – Investor Relations\nTelp: +62 21 5555 0102"])
    assert notes == ("A Campo Verde produz sementes desde 1990.\n\n"
                     "Este comunicado contém declarações sobre eventos futuros.")
    assert [(c.name, c.role) for c in contacts] == [("Ana Lima", "Diretora de RI"), ("Sari Dewi", "Investor Relations")]
    # "Investor Relations: Name, ..." on one line is that contact's role, not a heading
    _, contacts = read_end_matter(["Investor Relations: Daniel Roe, (412) 555-0101, ir@roe.example"])
    assert [(c.name, c.role) for c in contacts] == [("Daniel Roe", "Investor Relations")]


@pytest.mark.parametrize("block, expected", [
    ("Polizeidirektion Nordhafen\nPressestelle\nPolizeioberkommissarin Katrin Lamm\nTelefon: 0471 555-100",
     ("Katrin Lamm", "Polizeioberkommissarin", "0471 555-100", None)),      # a rank, not the office above, is the role
    ("Bezirk Mitte – Pressestelle\nJan-Ole Brandt, Pressesprecher\nTelefon: 030 555 10-12\nMobil: 0170 555 0101\n"
     "E-Mail: presse@mitte.example", ("Jan-Ole Brandt", "Pressesprecher", "030 555 10-12", "presse@mitte.example")),
    ("Mme Lise Marin, chargée de communication\nTél. 04 75 55 10 10 – poste 2210\nmarin@ch.example",
     ("Mme Lise Marin", "chargée de communication", "04 75 55 10 10 – poste 2210", "marin@ch.example")),
    ("Andi Wijaya (Manajer Humas)\nHP/WA: 0812 5555 0101\nSurel: andi@hutan.example",
     ("Andi Wijaya", "Manajer Humas", "0812 5555 0101", "andi@hutan.example")),
])
def test_contact_blocks_of_offices_ranks_extensions_and_labels(block: str, expected: tuple) -> None:
    contacts = parse_contacts(block)
    assert [(c.name, c.role, c.phone, c.email) for c in contacts] == [expected]


def test_a_contact_sentence_role_ends_before_its_joining_words() -> None:
    _, contacts = read_end_matter(["Para más información, puede contactar con Rosa Gil, jefa de prensa del SEM, "
                                   "en el 655 555 010 o en prensa@sem.example."])
    assert [(c.name, c.role, c.phone) for c in contacts] == [("Rosa Gil", "jefa de prensa del SEM", "655 555 010")]


def test_more_end_markers_and_headings() -> None:
    body = ["De gemeente opent maandag een nieuwe fietsenstalling.", "Er is plaats voor 800 fietsen."]
    end = split_end_matter([*body, "EINDE", "Over de gemeente", "De gemeente telt 40.000 inwoners."])
    assert end.body == body and end.marker == "EINDE" and end.notes == "De gemeente telt 40.000 inwoners."
    end = split_end_matter([*body, "À propos des Amis du Port", "L’association compte 200 membres."])
    assert end.body == body and end.notes == "L’association compte 200 membres."
    end = split_end_matter([*body, "Auskünfte für Medienschaffende", "Eva Roth, Mediensprecherin\nTel. 031 555 10 10"])
    assert end.body == body and [(c.name, c.phone) for c in end.contacts] == [("Eva Roth", "031 555 10 10")]


def test_a_signature_closing_the_body_names_the_contact_below_it() -> None:
    body = ["Das Gericht hat die Klage abgewiesen.", "Das Urteil ist nicht rechtskräftig."]
    # "gez." before the name: the signature leaves the body; its role goes to the same person's contact
    end = split_end_matter([*body, "gez. Dr. Eva Roth\nRichterin, Pressesprecherin", "Rückfragen an:\nDr. Eva Roth\n"
                            "Tel.: 0421 555 10\npresse@gericht.example"])
    assert end.body == body
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [
        ("Dr. Eva Roth", "Richterin, Pressesprecherin", "0421 555 10")]
    # "Pour le procureur du Roi," above the name: a contact line of a number and an address alone is that person's
    end = split_end_matter(["Le suspect a été arrêté.", "L’enquête se poursuit.", "Pour le procureur du Roi,\n"
                            "Paul Lenoir, substitut", "Contact : 069 55 10 10 – presse@parquet.example"])
    assert end.body == ["Le suspect a été arrêté.", "L’enquête se poursuit."]
    assert [(c.name, c.role, c.email) for c in end.contacts] == [("Paul Lenoir", "substitut", "presse@parquet.example")]
    # an office's title and the signer's name on one line: no contact of its own, the contact below keeps hers
    end = split_end_matter(["Le indagini proseguono.", "Gli indagati sono presunti innocenti.",
                            "Il Procuratore della Repubblica dott. Marco Neri",
                            "Per eventuali richieste dei giornalisti: Segreteria del Procuratore – dott.ssa Anna Riva, "
                            "funzionaria, tel. 0824 555 10 – e-mail: stampa@procura.example"])
    assert end.body == ["Le indagini proseguono.", "Gli indagati sono presunti innocenti."]
    assert [(c.name, c.role) for c in end.contacts] == [("dott.ssa Anna Riva", "funzionaria")]


def test_a_letterhead_above_or_under_a_label_is_no_headline() -> None:
    # a date line in the text's own language (Polish) below the label: the letterhead above them is no headline
    r = _txt("Muzeum Miejskie w Lesznie\nKOMUNIKAT PRASOWY\nLeszno, 12 marca 2025 r.\n\n"
             "Nowa wystawa map otwarta dla zwiedzających\n\n"
             "Od soboty zwiedzający mogą oglądać ponad sto dawnych map regionu, wypożyczonych z archiwum miejskiego. "
             "Wystawa potrwa do końca czerwca, a wstęp na nią jest bezpłatny dla wszystkich mieszkańców miasta.\n")
    assert r.title == "Nowa wystawa map otwarta dla zwiedzających" and stated_published(r) == "2025-03-12"
    # an organisation's name under the label, in its paragraph, the headline in a paragraph of its own
    r = _txt("NOTA DE PRENSA\nHospital Universitario de Valcorta\n\nEl hospital abre una nueva unidad de ictus\n"
             "La unidad atenderá a 300 pacientes al año\n\nValcorta, 3 de marzo de 2025. El hospital ha abierto una "
             "unidad de ictus con seis camas y un equipo de guardia las 24 horas del día.\n")
    assert r.title == "El hospital abre una nueva unidad de ictus"
    # a headline under the label in its paragraph, the body below: still the headline
    r = _txt("NOTA DE PRENSA\nUniversidad de Valcorta abre su biblioteca por la noche\n\nValcorta, 3 de marzo de "
             "2025. La biblioteca central abrirá hasta las dos de la madrugada durante los exámenes.\n")
    assert r.title == "Universidad de Valcorta abre su biblioteca por la noche"


def test_local_times_named_after_islands_and_a_dateline_citys_zone() -> None:
    body = "\n\nO ministério anunciou hoje a criação de quatro novas áreas protegidas no mar do arquipélago.\n"
    r = _txt("COMUNICADO DE IMPRENSA\n\nPraia, 16 de junho de 2025, 10h00 (hora de Cabo Verde)\n\n"
             "Governo cria quatro áreas marinhas protegidas" + body)
    assert stated_published(r) == "2025-06-16T10:00:00-01:00"
    r = _txt("NOTA DE PRENSA\n\n18/09/2025 · 13:15 h (hora canaria)\n\nEl tribunal confirma la condena al ayuntamiento"
             "\n\nEl tribunal ha confirmado hoy la responsabilidad del ayuntamiento por la caída de una vecina.\n")
    assert stated_published(r) == "2025-09-18T13:15:00+01:00"
    # a time with no zone: the local time of the city opening the first paragraph, not the language's usual zone
    r = _txt("Publicado em 02/10/2023 às 15h00\n\nGoverno conclui nova estação de água\n\n"
             "Luanda, 2 de Outubro de 2023 – O ministério concluiu hoje os testes da nova estação de tratamento.\n")
    assert stated_published(r) == "2023-10-02T15:00:00+01:00" and r.dateline == "Luanda"


def test_a_us_zone_spelled_out_and_a_label_of_a_date() -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line("Date: 03/10/2025 — 8:00 a.m. Central Time", "en", None, None)
    assert found is not None and found[1].iso() == "2025-03-10T08:00:00-05:00"     # month first, CDT after 9 March
    found = read_date_line("Medienmitteilung vom 18. März 2025, 10.00 Uhr", "de", None, None)
    assert found is not None and found[1].iso() == "2025-03-18T10:00:00+01:00"
    assert read_date_line("Bericht vom Ausschuss", "de", None, None) is None


def test_an_abbreviation_with_its_local_time_restated_and_a_place_date_line_in_the_release_box() -> None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo("EMBARGO : jusqu'au jeudi 13 mars 2025, 10 h 00 HEC (heure de Genève)", "fr", None, None)
    assert stated is not None and stated.iso() == "2025-03-13T10:00:00+01:00"
    page = ("<html lang='fr'><body><header><p>Lundi 27 janvier 2025</p></header><main><article>"
            "<p>COMMUNIQUÉ DE PRESSE</p>"
            "<p class='meta'>Tours, le 22 janvier 2025</p><p class='meta'>Publié le 22 janvier 2025 à 14h00</p>"
            "<h1>La ville ouvre une nouvelle médiathèque</h1><p>La médiathèque des Halles ouvre samedi avec 40 000 "
            "documents et un espace numérique, après deux ans de travaux.</p></article></main></body></html>")
    from feeds.sources.formats import release_from_html
    source = SourceConfig(id="press", name="Press", kind="page", url="http://127.0.0.1/")
    r = normalise(release_from_html(page, "page.html", None), source, Classifier(()), NOW)
    assert r.dateline == "Tours" and stated_published(r) == "2025-01-22T14:00:00+01:00"


def test_a_place_date_line_under_a_long_embargo_line_of_a_pdf_is_its_own_line() -> None:
    from feeds.normalise.preamble import read_embargo
    from feeds.sources.documents import _join_lines
    embargo = "EMBARGO: hasta las 12:00 horas del martes 7 de noviembre de 2023 (hora peninsular)"
    assert _join_lines([embargo, "Teruel, 6 de noviembre de 2023"], 90) == embargo + "\nTeruel, 6 de noviembre de 2023"
    assert _join_lines(["La federación presentó ayer un programa para llevar la escalada a los institutos de",
                        "Teruel, 6 de noviembre de 2023"], 90).count("\n") == 0      # running text still wraps
    stated = read_embargo(embargo, "es", None, None)
    assert stated is not None and stated.iso() == "2023-11-07T12:00:00+01:00"      # Spain's mainland time


def test_a_capitalised_compound_name_broken_at_its_hyphen_keeps_it() -> None:
    from feeds.sources.documents import _join_lines
    lines = ["Le conseil municipal de la commune de Saint-Martin-", "des-Champs a adopté lundi soir une délibération."]
    assert "Saint-Martin-des-Champs a adopté" in _join_lines(lines, 60)
    lines = ["Le conseil municipal a adopté lundi soir une délibé-", "ration sur les espaces verts de la commune."]
    assert "délibération sur" in _join_lines(lines, 60)


def test_the_text_readers_headline_asks_the_language_only_when_a_date_line_may_need_it() -> None:
    """`preamble.headline` detects the language only when a line near the headline holds a digit and is no
    date without one; its answer is the one the whole preamble gives with the language, on every tuning text."""
    from feeds.normalise.language import detect
    from feeds.normalise.newswire import blocks
    from feeds.normalise.preamble import headline
    from feeds.sources.decode import decode_bytes
    root = Path(__file__).parent
    files = sorted((root / "data" / "press").glob("dev*/*.txt")) + sorted((root.parent / "sources").rglob("*.txt"))
    asked = 0
    for path in files:
        found = blocks(decode_bytes(path.read_bytes()))
        language = detect("\n".join(found)[:3000])
        calls: list[int] = []
        assert headline(found, lambda: calls.append(1) or language) == split_preamble(found, None, language).title
        asked += bool(calls)
    assert 0 < asked < len(files)
    # a Polish date line under an organisation's line is preamble only when read in Polish
    text = ["KOMUNIKAT PRASOWY", "Muzeum Ziemi Lipowskiej\nLipowo, 15 maja 2025 r.", "Skarb monet pokazany publiczności",
            "Muzeum pokazało skarb."]
    assert headline(text, lambda: "pl") == split_preamble(text, None, "pl").title


def test_a_line_too_long_for_a_date_line_in_any_language_is_not_read_in_the_texts_language() -> None:
    """`may_be_date_line` tells, without a language, the lines no language makes a date line: the text reader
    then detects no language for a headline holding a year (a bench release's "(1234)", "the 2025 programme")."""
    from feeds.normalise.preamble import headline, may_be_date_line, read_date_line
    for line in ("Lipowo, 15 maja 2025 r.", "12 March 2025", "18 JUN 2024 4:45PM by PIB Delhi",
                 "Pokhara, 2081/11/05 (17 February 2025), 14:00 NPT", "Date: 02/03/2025   Time: 4:15 p.m. PST",
                 "PRESS RELEASE | 12/02/2025"):
        assert may_be_date_line(line), line
    for line in ("Ministers discussed regional cooperation on flood warnings (1234)",
                 "Council adopts the 2025 budget for regional disaster preparedness programmes", "2025", "x" * 95):
        assert not may_be_date_line(line), line
    # every line a date line in some language is one it may be (the lines of every tuning text)
    from feeds.normalise.newswire import blocks
    from feeds.sources.decode import decode_bytes
    lines = {line.strip() for path in sorted((Path(__file__).parent / "data" / "press").glob("dev*/*.txt"))
             for block in blocks(decode_bytes(path.read_bytes()))[:12] for line in block.split("\n")
             if 0 < len(line.strip()) <= 250}
    dated = [line for line in lines if any(read_date_line(line.strip(" *_#"), lang, None, None) is not None
                                           for lang in (None, "en", "fr", "de", "pl", "es", "id"))]
    assert len(dated) > 20
    assert all(may_be_date_line(line) for line in dated)
    calls: list[int] = []
    found = ["Council adopts the 2025 budget for regional disaster preparedness programmes",
             "The council adopted the budget on Monday."]
    assert headline(found, lambda: calls.append(1) or "en") == found[0] and not calls
    # "listopada" is November in Polish, October in Croatian: only the text's language reads the line
    polish = ["KOMUNIKAT PRASOWY", "Muzeum Ziemi Lipowskiej\nLipowo, 15 listopada 2025 r.", "Skarb monet pokazany",
              "Muzeum pokazało skarb."]
    assert headline(polish, lambda: calls.append(1) or "pl") == "Skarb monet pokazany" and calls


def test_a_legal_heading_in_the_first_half_of_a_long_text_is_no_end_matter() -> None:
    # a review's "Disclosure" line above its text stays body; the same heading closing a release is notes
    body = ["Disclosure", "The site may earn a commission from products on this page.",
            "The new earbuds cancel noise well.", "Battery life reaches six hours.", "They cost 235 dollars.",
            "Each box holds three tips.", "Reviewers liked the case.", "The sound is clear."]
    end = split_end_matter(body)
    assert end.body == body and end.notes == ""
    closing = ["The company reported record sales.", "Shares rose 4 percent.", "Disclaimer",
               "This release is for information only."]
    end = split_end_matter(closing)
    assert end.body == closing[:2] and end.notes == "This release is for information only."


def test_pdf_lines_that_end_short_of_the_next_word_stay_lines() -> None:
    # Preamble lines set close together, each long enough to pass for running text by its length, yet ending where
    # the next line's first word would still have fitted: lines of their own (the embargo is read), while running
    # text that fills its lines is still joined.
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    running = ("PORT ELLERY – The Coastal Water Authority opened its first desalination plant at the harbour today, "
               "supplying drinking water to twelve thousand homes on the coast and to the fishing port beside it, "
               "which until now has drawn its water from two wells that run low every summer.")
    blocks = [(10.5, ["Strictly embargoed until 00:01 GMT on Thursday, 12 March 2026", "MEDIA RELEASE",
                      "Coastal Water Authority of the Port Ellery and Marsh District"]),
              (16, ["New desalination plant opens at Port Ellery harbour"]), (10.5, [running]),
              (10.5, ["The plant was built in eighteen months and draws half of its power from the sun, the other "
                      "half from the grid; its second stage follows in the spring of next year."])]
    raw = release_from_pdf(_pdf(blocks), "plant.pdf", None)
    assert "12 March 2026\nMEDIA RELEASE\nCoastal Water Authority" in raw.body_text
    assert "the harbour today, supplying" in " ".join(raw.body_text.split())       # still joined: no line break
    assert "\n" not in raw.body_text.split("\n\n")[2]
    release = normalise(raw, source, Classifier(()), NOW)
    assert release.embargo_until == datetime(2026, 3, 12, 0, 1, tzinfo=timezone.utc)
    assert release.title == "New desalination plant opens at Port Ellery harbour"


def test_a_dateline_city_written_in_the_release_language_gives_its_zone() -> None:
    # The zone database names cities in English ("Lisbon", "Vienna"); a dateline writes them in the release's
    # language ("Lisboa", "Wien"): CLDR's names find the zone, not the language's usual one (Portuguese: Brasília)
    r = _txt("Publicado em 14/01/2025 às 09h15\n\nCâmara abre novo centro de dia para idosos\n\n"
             "Lisboa, 14 de janeiro de 2025 – A câmara abriu hoje um centro de dia com quarenta lugares no bairro.\n")
    assert stated_published(r) == "2025-01-14T09:15:00+00:00" and r.dateline == "Lisboa"
    r = _txt("Veröffentlicht am 14.07.2025 um 11:30\n\nStadt eröffnet neues Freibad\n\n"
             "Wien, 14. Juli 2025 – Die Stadt hat heute ein neues Freibad im Bezirk eröffnet.\n")
    assert stated_published(r) == "2025-07-14T11:30:00+02:00"
    r = _txt("Publicado em 14/01/2025 às 09h15\n\nCâmara abre novo centro de dia para idosos\n\n"
             "Vila Nova, 14 de janeiro de 2025 – A câmara abriu hoje um centro de dia com quarenta lugares.\n")
    assert stated_published(r) == "2025-01-14T09:15:00-03:00"      # a place no zone names: the language's zone


def test_a_job_line_heading_a_signature_block_above_a_titled_name_is_its_role() -> None:
    # A job, the organisation, then the titled person (an official's signature block): the person is the titled
    # line, the job line heading the block their role; a job line under an untitled name stays as before
    block = ("Senior Spokesperson\nHarbour Board of Port Ellery\nDr. Amina Hassan\nTel. (041) 555 0199\n"
             "Email: press@harbour.example")
    assert [(c.name, c.role, c.phone, c.email) for c in parse_contacts(block)] == [
        ("Dr. Amina Hassan", "Senior Spokesperson", "(041) 555 0199", "press@harbour.example")]
    block = "Amina Hassan\nSenior Spokesperson\nTel. (041) 555 0199"
    assert [(c.name, c.role) for c in parse_contacts(block)] == [("Amina Hassan", "Senior Spokesperson")]


def test_two_people_named_on_one_line_over_one_number_are_two_contacts() -> None:
    block = "Tidewater Relations (agency)\nAna Ruiz / Tom Berg\n+44 20 5550 0101\nboard@tidewater.example"
    assert [(c.name, c.role, c.phone, c.email) for c in parse_contacts(block)] == [
        ("Ana Ruiz", None, "+44 20 5550 0101", "board@tidewater.example"),
        ("Tom Berg", None, "+44 20 5550 0101", "board@tidewater.example")]
    # a name and a role after a slash stay one contact
    block = "Ana Ruiz / Press Officer\n+44 20 5550 0101"
    assert [(c.name, c.role) for c in parse_contacts(block)] == [("Ana Ruiz", "Press Officer")]


def test_a_contact_sentence_naming_a_job_in_lower_case_before_the_person() -> None:
    # A Danish closing sentence under "Flere oplysninger": the mayor can be reached via the head of
    # communications: the contact is the person after the verb, the lower-case word before the name the role
    end = split_end_matter(["Havnen åbner i maj.", "Flere oplysninger",
                            "Borgmester Jens Lund kan kontaktes via kommunikationschef Ida Friis Holm på telefon "
                            "86 55 12 40 eller e-mail presse@havby.example."])
    assert end.body == ["Havnen åbner i maj."]
    assert [(c.name, c.role, c.phone, c.email) for c in end.contacts] == [
        ("Ida Friis Holm", "kommunikationschef", "86 55 12 40", "presse@havby.example")]
    found = parse_contacts("For interviews, please contact spokesperson Jane Okafor at +44 20 5550 0101.")
    assert [(c.name, c.role) for c in found] == [("Jane Okafor", "spokesperson")]
    found = parse_contacts("Để biết thêm thông tin, xin liên hệ bà Trần Thu Hà, điện thoại 024 3555 0101.")
    assert [c.name for c in found] == ["bà Trần Thu Hà"]          # a courtesy title written lower case: the name's


def test_a_press_office_name_above_the_closing_contact_heading_leaves_the_body() -> None:
    # The office's name, title case, alone above the last paragraph ("Contacto de prensa: ..."): its heading, not
    # the body's last sentence; a body line in running words stays
    contact = "Contacto de prensa: Ana Ruiz, jefa de prensa, teléfono (01) 555-0101, correo prensa@puerto.example."
    end = split_end_matter(["El puerto abrirá en mayo.", "La obra costó 12 millones de soles.",
                            "Oficina de Comunicaciones e Imagen Institucional", contact])
    assert end.body == ["El puerto abrirá en mayo.", "La obra costó 12 millones de soles."]
    assert [(c.name, c.role) for c in end.contacts] == [("Ana Ruiz", "jefa de prensa")] and end.notes == ""
    end = split_end_matter(["El puerto abrirá en mayo.", "Servicio disponible desde el lunes en toda la región",
                            contact])
    assert end.body[-1] == "Servicio disponible desde el lunes en toda la región"


def test_a_compound_of_three_parts_broken_at_a_hyphen_keeps_it() -> None:
    from feeds.sources.documents import _join_lines
    lines = ["The survey covered households with low-to-middle incomes and small-", "to-medium farms in the valley."]
    assert _join_lines(lines, 70) == ("The survey covered households with low-to-middle incomes and "
                                      "small-to-medium farms in the valley.")
    lines = ["The survey covered households with low-to-middle incomes and their docu-", "ments in the valley."]
    assert _join_lines(lines, 70).endswith("their documents in the valley.")      # a word's hyphenation: joined


def test_a_pdf_contact_table_whose_head_and_last_address_wrap() -> None:
    # A column head wrapped under the heads ("Correo" / "electrónico") is the head's line, not a row; the last row's
    # address wrapped below the table ("...@ribera" / "sur.example", "...examp" / "le") is joined to its cell
    from feeds.sources.pdflayout import _columns_in_order
    cells = [[("Nombre", 90.0), ("Cargo", 200.0), ("Correo", 410.0)], [("electrónico", 410.0)],
             [("Marta Gil", 90.0), ("Portavoz", 200.0), ("marta@ribera", 410.0)], [("sur.example", 410.0)],
             [("Pau Roca", 90.0), ("Prensa", 200.0), ("pau@riberasur.examp", 410.0)], [("le", 410.0)]]
    placed = [(text, 10.0, 300.0 - 12 * k, 290.0 - 12 * k, left, left + 80) for k, row in enumerate(cells)
              for text, left in row]
    placed.append(("Fin del comunicado", 10.0, 200.0, 190.0, 90.0, 170.0))         # below the table: no cell's
    lines = [line[0] for line in _columns_in_order(placed)]
    assert lines == ["Nombre", "Cargo", "Correo electrónico", "Marta Gil", "Portavoz", "marta@riberasur.example",
                     "Pau Roca", "Prensa", "pau@riberasur.example", "Fin del comunicado"]
    assert [(c.name, c.email) for c in parse_contacts("\n".join(lines[:-1]))] == [
        ("Marta Gil", "marta@riberasur.example"), ("Pau Roca", "pau@riberasur.example")]


def test_a_number_compound_broken_at_its_hyphen_in_a_headline_and_in_text() -> None:
    from feeds.sources.documents import _join_lines, _largest
    headline = [("Council to plant ten thousand street trees in a five-", 18.0, 700.0, 682.0),
                ("year greening plan", 18.0, 678.0, 660.0), ("The plan was approved.", 10.0, 640.0, 630.0)]
    assert _largest(headline) == "Council to plant ten thousand street trees in a five-year greening plan"
    assert _join_lines(["Council to plant ten thousand street trees in a five-", "year greening plan"], 50) == \
        "Council to plant ten thousand street trees in a five-year greening plan"      # the body's copy: the same
    headline = [("Council plants ten thousand street trees in the old har-", 18.0, 700.0, 682.0),
                ("bour district", 18.0, 678.0, 660.0)]
    assert _largest(headline) == "Council plants ten thousand street trees in the old harbour district"


def test_a_contact_field_name_above_the_name_is_no_name() -> None:
    # A table whose first column names the fields ("Kontakt", "Telefon", "E-Mail"), read column by column: the
    # field names stand above the values; "Kontakt" is a field's name like the others, no contact's name
    block = "Kontakt\nTelefon\nE-Mail\nlic. iur. Lea Brunner,\nMediensprecherin\n031 555 20 40\nmedien@gericht-aare.example"
    assert [(c.name, c.role, c.phone) for c in parse_contacts(block)] == [
        ("lic. iur. Lea Brunner", "Mediensprecherin", "031 555 20 40")]
    end = split_end_matter(["Das Urteil ist rechtskräftig.", "Auskünfte für Medienschaffende\nKontakt", block[8:]])
    assert [(c.name, c.role) for c in end.contacts] == [("lic. iur. Lea Brunner", "Mediensprecherin")]


def _glyphs(segments: list[tuple[str, float]], size: float = 10.0) -> list[tuple[str, float, float, float]]:
    """A line's characters, 5 points wide each, each segment from its left edge, a reader's space between them."""
    out: list[tuple[str, float, float, float]] = []
    for k, (text, left) in enumerate(segments):
        if k:
            out.append((" ", -1.0, -1.0, 0.0))
        out.extend((char, left + 5 * i, left + 5 * (i + 1), size) for i, char in enumerate(text))
    return out


def test_two_table_cells_a_pdf_reader_set_on_one_line_are_cut_at_the_heads_columns() -> None:
    from feeds.sources.pdflayout import _split_cells

    def line(segments: list[tuple[str, float]], top: float):  # type: ignore[no-untyped-def]
        glyphs = _glyphs(segments)
        text = " ".join(text for text, _ in segments)
        return (text, 10.0, top, top - 10, segments[0][1], max(g[2] for g in glyphs)), glyphs

    heads = [line([("Name", 60.0)], 300.0), line([("Role", 160.0)], 300.0), line([("E-mail", 330.0)], 300.0)]
    row = line([("Ana Ruiz", 60.0), ("Press Officer", 160.0), ("ana@port.example", 330.0)], 286.0)
    # below the table, after a gap: running text that happens to have a word at a column's edge stays whole
    text = line([("The port opened", 60.0), ("in May.", 160.0)], 200.0)
    placed = _split_cells(heads + [row, text])
    assert [p[0] for p in placed] == ["Name", "Role", "E-mail", "Ana Ruiz", "Press Officer", "ana@port.example",
                                      "The port opened in May."]
    assert [p[4] for p in placed[3:6]] == [60.0, 160.0, 330.0]
    # without a row of column heads nothing is cut
    assert [p[0] for p in _split_cells([row])] == ["Ana Ruiz Press Officer ana@port.example"]


# dev12 and dev13 (two more blind writers): label and date on one line, Nordic and Finnish times and embargo
# words, North American zone abbreviations, a country's local time, end-matter headings in more languages,
# a job written before a name
@pytest.mark.parametrize("line, language, expected", [
    ("TIEDOTE 3.2.2025 klo 9.30", "fi", "2025-02-03T09:30:00+02:00"),        # a label, then its date
    ("Pressmeddelande 2024-05-06", "sv", "2024-05-06"),
    ("PRESSEMELDING – Publisert 7.10.2025 kl. 14.00", "nb", "2025-10-07T14:00:00+02:00"),
    ("Umeå den 2 mars 2026", "sv", "2026-03-02"),
])
def test_a_date_line_after_a_label_or_a_publication_word(line: str, language: str, expected: str) -> None:
    pre = split_preamble([line, "Nytt bibliotek öppnar i hamnen", "Det nya biblioteket öppnar i maj."], None,
                         language)
    assert pre.title == "Nytt bibliotek öppnar i hamnen"
    assert pre.date is not None and pre.date.iso() == expected


def test_a_label_with_a_release_number_stays_a_label() -> None:
    pre = split_preamble(["Comunicado 041/2025", "Nueva línea de autobús al puerto",
                          "La línea empieza a circular el lunes."], None, "es")
    assert pre.labels == ("Comunicado 041/2025",) and pre.date is None


@pytest.mark.parametrize("line, language, expected", [
    ("Julkaistavissa 20.1.2026 klo 8.00", "fi", "2026-01-20T08:00:00+02:00"),
    ("> EMBARGO: hasta el lunes 9 de marzo de 2026, 7:00 a. m. (hora de Colombia)", "es",
     "2026-03-09T07:00:00-05:00"),
    ("EMBARGO: Liberado para publicação a partir das 10h00 de 4 de maio de 2026 (hora de Moçambique)", "pt",
     "2026-05-04T10:00:00+02:00"),
])
def test_embargo_lines_in_more_languages(line: str, language: str, expected: str) -> None:
    pre = split_preamble([line, "Ny rapport om vatten", "Rapporten visar att grundvattnet sjunker."], None, language)
    assert pre.embargo is not None and pre.embargo.iso() == expected


@pytest.mark.parametrize("text, language, expected", [
    ("le 3 novembre 2025, 14 h (HNE)", "fr", "2025-11-03T14:00:00-05:00"),
    ("May 4, 2026 at 9:00 a.m. AST", "en", "2026-05-04T09:00:00-04:00"),
    ("Tuesday, 3 June 2025 · Issued at 11:00 SAST", "en", "2025-06-03T11:00:00+02:00"),
    ("4 lutego 2026 r.", "pl", "2026-02-04"),
])
def test_zone_words_and_date_words_of_more_places(text: str, language: str, expected: str) -> None:
    stated = read_stated(text, language)
    assert stated is not None and stated.iso() == expected


@pytest.mark.parametrize("line, kind", [
    ("Om Lindå Energi", "about"), ("Om du vill veta mer", None), ("Despre Asociația Verde", "about"),
    ("Solmar Hakkında", "about"), ("O společnosti Lumen", "notes"), ("O spółce", "notes"),
    ("Informacje dla redakcji", "notes"), ("Lisätietoja:", "contact"), ("Kontaktpersoner:", "contact"),
    ("Contact presă", "contact"), ("Basın İletişim:", "contact"), ("Thông tin liên hệ", "contact"),
    ("För ytterligare information, kontakta:", "contact"), ("O 20 procent více než loni", None),
])
def test_end_matter_headings_in_nordic_and_central_european_languages(line: str, kind: str | None) -> None:
    from feeds.normalise.endmatter import heading
    found = heading(line)
    assert (found[0] if found else None) == kind


def test_the_body_ends_at_an_about_heading_in_danish() -> None:
    end = split_end_matter(["Havnen åbner den nye kaj i juni.", "Arbejdet har kostet 40 mio. kr.", "Om Havnen Nord",
                            "Havnen Nord ejes af kommunen.", "Pressekontakt",
                            "Pressechef Jens Vad, tlf. 72 55 40 00, jv@havn.example"])
    assert end.body == ["Havnen åbner den nye kaj i juni.", "Arbejdet har kostet 40 mio. kr."]
    assert end.notes == "Havnen Nord ejes af kommunen."
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [("Jens Vad", "Pressechef", "72 55 40 00")]


@pytest.mark.parametrize("line, name, role, phone", [
    ("Rektor Eva Lund, tlf. 76 55 10 00", "Eva Lund", "Rektor", "76 55 10 00"),
    ("johtava tutkija Matti Virta, puh. 029 555 1000", "Matti Virta", "johtava tutkija", "029 555 1000"),
    ("Anna Berg, professori, puh. 050 555 1000", "Anna Berg", "professori", "050 555 1000"),
    ("Kontakt medstifter Ole Dam på ole@dam.example eller telefon 31 55 00 00", "Ole Dam", "medstifter",
     "31 55 00 00"),
    ("dr Jan Nowak, tel. +48 71 555 00 00 wew. 12", "dr Jan Nowak", None, "+48 71 555 00 00 wew. 12"),
])
def test_a_job_before_the_name_and_finnish_and_polish_phone_words(line: str, name: str, role: str | None,
                                                                  phone: str) -> None:
    [contact] = parse_contacts(line)
    assert (contact.name, contact.role, contact.phone) == (name, role, phone)


@pytest.mark.parametrize("first, language, place, when", [
    ("İSTANBUL, 2 Mart 2025 – Şirket yeni bir fabrika açtı.", "tr", "İSTANBUL", "2025-03-02"),
    ("İzmir, 2 Mart 2025 – Şirket yeni bir fabrika açtı.", "tr", "İzmir", "2025-03-02"),
    ("PUERTO ALEGRE.– El municipio abrió un nuevo puerto.", "es", "PUERTO ALEGRE", None),
    ("WASHINGTON, D.C. – The agency opened a new office.", "en", "WASHINGTON, D.C.", None),
    ("MONTRÉAL, le 3 novembre 2025, 14 h (HNE) – La ville ouvre un parc.", "fr", "MONTRÉAL",
     "2025-11-03T14:00:00-05:00"),
])
def test_datelines_of_a_turkish_capital_a_full_stop_and_a_zone_in_brackets(first: str, language: str, place: str,
                                                                            when: str | None) -> None:
    line = split_dateline(first, language)
    assert line is not None and line.place == place
    assert (line.date.iso() if line.date else None) == when


def test_an_end_marker_in_another_language_between_dashes() -> None:
    end = split_end_matter(["A piac új helyre költözik.", "- vége -", "Sajtókapcsolat:",
                            "Kiss Anna, referens, +36 1 555 0000"])
    assert end.body == ["A piac új helyre költözik."] and end.marker == "- vége -"
    assert [c.name for c in end.contacts] == ["Kiss Anna"]
    assert split_end_matter(["Son", "Bu bir metin."]).body == ["Son", "Bu bir metin."]


@pytest.mark.parametrize("line, name, role, phone", [
    ("dr. Rina Wulandari, M.Si., Kepala Seksi Informasi (0813-5550-1200)", "dr. Rina Wulandari, M.Si.",
     "Kepala Seksi Informasi", "0813-5550-1200"),
    ("Jan Roe, Dr. of Laws, +1 555 010 2000", "Jan Roe", "Dr. of Laws", "+1 555 010 2000"),
    ("tiedottaja Liisa Koski, p. 040 555 1200", "Liisa Koski", "tiedottaja", "040 555 1200"),
])
def test_degrees_after_a_name_a_bracketed_number_and_the_finnish_p(line: str, name: str, role: str,
                                                                   phone: str) -> None:
    [contact] = parse_contacts(line)     # one abbreviation ("Dr.") opens a role; degrees have two or three
    assert (contact.name, contact.role, contact.phone) == (name, role, phone)


# --- Generalisation to unseen writers and languages (dates, datelines, labels) ---


@pytest.mark.parametrize("line, language, place, stated", [
    ("Fjordvik, 4. desember 2023", "no", "Fjordvik", "2023-12-04"),    # "no": a detector's code for Bokmål
    ("Pressemelding | Publisert 12.03.2025 kl. 08.00", "no", None, "2025-03-12T08:00:00+01:00"),
    ("Москва, 12 марта 2025 г.", "ru", "Москва", "2025-03-12"),        # Cyrillic capitals, "г." after the year
    ("Алматы, 12 наурыз 2025 ж.", "kk", "Алматы", "2025-03-12"),
    ("วันที่ 15 มกราคม 2568 (15 January 2025)", "th", None, "2025-01-15"),   # "date", the year restated
    ("Ortvik Oyj Stock exchange release 6 November 2024 at 9:00 EET", "en", None, "2024-11-06T09:00:00+02:00"),
    ("Nordbank ASA Børsmelding 12.03.2025 kl. 07.00", "no", None, "2025-03-12T07:00:00+01:00"),
])
def test_date_lines_in_more_languages_scripts_and_an_issuers_label(line: str, language: str, place: str | None,
                                                                   stated: str) -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line(line, language, None, None)
    assert found is not None and (found[0], found[1].iso()) == (place, stated)


def test_a_label_after_the_issuers_name_in_a_sentence_is_no_date_line() -> None:
    from feeds.normalise.preamble import read_date_line
    assert read_date_line("Ministers met to discuss a press release 6 November 2024", "en", None, None) is None


@pytest.mark.parametrize("text, language, expected", [
    ("2025年3月12日（水）午後2時30分", "ja", "2025-03-12T14:30:00+09:00"),
    ("2025年3月12日 14:00（北京时间）", "zh", "2025-03-12T14:00:00+08:00"),
    ("2025년 3월 12일 오후 2시", "ko", "2025-03-12T14:00:00+09:00"),
    ("2025年3月12日", "ja", "2025-03-12"),
    ("12 марта 2025 г., 10:00 мск", "ru", "2025-03-12T10:00:00+03:00"),
    ("12 марта 2025 г. 10:00 (по московскому времени)", "ru", "2025-03-12T10:00:00+03:00"),
    ("12 มีนาคม 2568 เวลา 10.00 น.", "th", "2025-03-12T10:00:00+07:00"),
])
def test_east_asian_dates_with_their_times_and_russian_and_thai_times(text: str, language: str, expected: str) -> None:
    stated = read_stated(text, language)
    assert stated is not None and stated.iso() == expected


@pytest.mark.parametrize("first, place", [
    ("NEW YORK and OSLO, Oct. 2, 2024 (BUSINESS WIRE) -- Acme Corp. agreed to buy a rival.", "NEW YORK and OSLO"),
    ("OSLO and BERGEN – The firm opened two offices.", "OSLO and BERGEN"),
    ("CHENNAI: The institute will open a new wing.", "CHENNAI"),
    ("МОСКВА, 12 марта 2025 г. — Компания объявила о запуске.", "МОСКВА"),
    ("เชียงใหม่ – อุทยานแห่งชาติเปิดเส้นทางใหม่", "เชียงใหม่"),
    ("Smith and Jones – The firm said it would grow.", None),     # names in a sentence, no date: no dateline
    ("PRESS RELEASE: The firm said it would grow.", None),
    ("WHEN: The meeting starts at noon.", None),
])
def test_datelines_of_joined_places_a_colon_and_other_scripts(first: str, place: str | None) -> None:
    line = split_dateline(first, "ru" if first.startswith("МОСКВА") else "en")
    assert (line.place if line else None) == place


@pytest.mark.parametrize("line", ["ข่าวประชาสัมพันธ์", "ฉบับที่ 14/2568", "ПРЕСС-РЕЛИЗ", "プレスリリース",
                                  "보도자료", "新闻稿", "Stock exchange release", "Gacetilla de prensa",
                                  "Δελτίο Τύπου", "№ 12/2025"])
def test_release_labels_and_numbers_of_more_languages(line: str) -> None:
    from feeds.normalise.preamble import is_label
    assert is_label(line)


def test_a_pages_date_line_above_the_headline_is_read_in_the_pages_language_and_not_added_twice() -> None:
    from feeds.sources.formats import release_from_html
    html = ("<html lang='pl'><body><main><article class='press-release'><p class='pre'>Komunikat prasowy</p>"
            "<p class='pre'>Wrocław, 17 marca 2025 r.</p><h1>Miasto otwiera nowy park nad rzeką</h1>"
            "<div class='article-body'>" + "".join(
                f"<p>Park ma {n} hektarów zieleni i nowe ścieżki rowerowe wzdłuż rzeki, otwarte dla wszystkich.</p>"
                for n in (12, 14, 16)) + "</div></article></main></body></html>")
    source = SourceConfig(id="press", name="Press", kind="page", url="http://127.0.0.1/")
    release = normalise(release_from_html(html, "page.html", None), source, Classifier(()), NOW)
    assert release.dateline == "Wrocław" and release.body_text.startswith("Park ma 12")


@pytest.mark.parametrize("line, kind", [
    ("Further information:", "contact"), ("Om rapporten", "about"), ("Om du vill veta mer", None),
    ("Acerca del informe", "about"), ("Untuk pertanyaan media", "contact"), ("Контакты для СМИ", "contact"),
    ("О компании", "about"), ("О том, как это было", None), ("关于华东能源", "about"), ("会社概要", "about"),
    ("문의", "contact"), ("ติดต่อสอบถาม", "contact"), ("Σχετικά με την εταιρεία", "about"),
])
def test_end_matter_headings_of_more_regions(line: str, kind: str | None) -> None:
    from feeds.normalise.endmatter import heading
    found = heading(line)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize("marker", ["MWISHO", "以上", "（完）", "<끝>", "SLUT"])
def test_end_words_standing_alone_in_capitals_or_east_asian_scripts_end_the_body(marker: str) -> None:
    end = split_end_matter(["Mji ulifungua soko jipya.", marker, "Kwa maelezo zaidi:",
                            "Bi. Amina Ali, +255 22 555 0100"])
    assert end.body == ["Mji ulifungua soko jipya."] and end.marker == marker
    assert split_end_matter(["Mwisho", "Soko litafunguliwa kesho."]).body == ["Mwisho", "Soko litafunguliwa kesho."]


def test_more_information_above_references_is_the_texts_own_and_above_a_contact_ends_it() -> None:
    text = ["The probe reached orbit on Monday after a seven-month cruise.",
            "More information: J. Roe et al., Orbital Dynamics (2018).", "DOI: 10.1007/978-3-319-09575-2_199-1"]
    assert split_end_matter(text).body[:2] == text[:2]
    end = split_end_matter(text[:1] + ["Further information:", "Jane Roe, spokesperson, tel. 020 7946 0000"])
    assert end.body == text[:1] and [c.name for c in end.contacts] == ["Jane Roe"]


def test_a_signature_set_as_two_paragraphs_with_a_names_degrees_is_no_sentence_of_the_body() -> None:
    body = ["Dinas Kesehatan mencatat penurunan kasus sebesar 41 persen.", "Gerakan akan diperluas ke 167 desa.",
            "Kepala Dinas Kesehatan Kabupaten Sukamaju,", "dr. Agus Santoso, Sp.PD."]
    assert split_end_matter(body).body == body[:2]
    assert split_end_matter(body[:2] + ["Kepala Dinas,", "Ini adalah kalimat penutup yang panjang."]).body[-1] \
        == "Ini adalah kalimat penutup yang panjang."


def test_an_office_line_above_the_closing_contacts_person_is_no_text_of_the_body() -> None:
    end = split_end_matter(["O Instituto plantou 2 milhões de mudas em 11 municípios.",
                            "Gabinete de Comunicação e Imprensa", "Dra. Ana Lopes, Chefe do Gabinete",
                            "Telefone: +244 222 555 017 | E-mail: gci@inst.example"])
    assert end.body == ["O Instituto plantou 2 milhões de mudas em 11 municípios."]


@pytest.mark.parametrize("line, language, place, day", [
    ("Luanda, aos 19 de Fevereiro de 2025", "pt", "Luanda", "2025-02-19"),
    ("València, a 5 de març de 2025", "ca", "València", "2025-03-05"),
    ("San José, Costa Rica, 5 de marzo de 2025", "es", "San José, Costa Rica", "2025-03-05"),
    ("Santiago, Miércoles 5 de marzo de 2025", "es", "Santiago", "2025-03-05"),
])
def test_date_lines_with_on_the_before_the_day_or_the_places_country(line: str, language: str, place: str,
                                                                      day: str) -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line(line, language, None, None)
    assert found is not None and (found[0], found[1].iso()) == (place, day)


def test_an_east_asian_time_in_no_known_zone_keeps_the_day_as_written() -> None:
    stated = read_stated("By.KJ : 2019年04月04日 09:00", None)
    assert stated is not None and stated.iso() == "2019-04-04"


def test_a_local_time_named_after_an_unknown_place_is_in_the_zone_of_the_press_offices_phone_number() -> None:
    text = ("COMMUNIQUÉ DE PRESSE\n\nEMBARGO : jusqu'au samedi 11 avril 2026 à 20 h 00 (heure de Kpandu)\n\n"
            "Kpandu, le 10 avril 2026\n\nLes résultats seront proclamés samedi\n\n"
            "L'autorité électorale proclamera les résultats provisoires samedi soir au siège de l'institution.\n\n"
            "Contact presse : M. Koffi Mensah, Tél. : +228 22 55 50 17")
    release = _text_release(text)
    assert release["embargo"] == datetime(2026, 4, 11, 20, 0, tzinfo=timezone.utc)   # Togo's time (UTC), not Paris's


def test_a_zone_restated_as_a_places_time_in_brackets_after_the_abbreviation() -> None:
    stated = read_stated("Embargoed until 00:01 GMT, Tuesday 4 March 2025 (London time)", "en")
    assert stated is not None and stated.iso() == "2025-03-04T00:01:00+00:00"


def test_a_postcode_is_no_international_calling_code() -> None:
    from feeds.normalise.newswire import _phone_zone
    assert _phone_zone(["Virasto | PL 140, 00251 Helsinki"]) is None
    assert _phone_zone(["Tel. +52 55 5555 0100"]) == "America/Mexico_City"
    assert _phone_zone(["+44 20 7946 0000", "+33 1 23 45 67 89"]) is None     # two countries: none


def test_a_country_or_province_named_in_the_letterhead_gives_a_stated_time_its_zone() -> None:
    # Spanish is written from Madrid to Buenos Aires: a time with no zone under a letterhead naming Argentina's
    # province, or Chile's government, is that country's local time, not Spain's
    body = ("\n\nEl municipio abre un vivero comunitario para las escuelas\n\nLa Municipalidad abrió este jueves "
            "un vivero en el barrio Los Aromos, donde los vecinos podrán retirar plantines de manera gratuita.\n\n"
            "Según la Secretaría de Ambiente, el vivero entregará también árboles nativos a las escuelas.\n")
    cordoba = _text_release("MUNICIPALIDAD DE VILLA ARCE · Provincia de Córdoba\n\nJueves 3 de abril de 2025 – 10:30 hs"
                            + body)
    assert cordoba["published"] == "2025-04-03T10:30:00-03:00"
    chile = _text_release("Gobierno de Chile | Servicio de Salud Costa Norte\n\n3 de abril de 2025, 10:30 hrs." + body)
    assert chile["published"] == "2025-04-03T10:30:00-03:00"
    spain = _text_release("AYUNTAMIENTO DE VILLA ARCE\n\nJueves 3 de abril de 2025 – 10:30 h" + body)
    assert spain["published"] == "2025-04-03T10:30:00+02:00"       # no country named: Spanish's usual zone
    from feeds.normalise.newswire import _letterhead_zone
    assert _letterhead_zone(["République du Sénégal\nMinistère de la Santé"], "fr") == "Africa/Dakar"
    # a place the zone database knows counts only after a province's or a government's word: the name of a
    # university, a street or a saint is no letterhead's place; two countries named give none
    assert _letterhead_zone(["Universidad de Santiago de Compostela"], "es") is None
    assert _letterhead_zone(["Fundación Santiago · Calle Lima 4"], "es") is None
    assert _letterhead_zone(["Gobierno de Chile · República Argentina"], "es") is None
    assert _letterhead_zone(["UN Avenue · PO Box 47 · Nairobi, Kenya · www.agency.example"], "en") == "Africa/Nairobi"
    # a country that opens a line, a headline's, is no letterhead's country
    assert _letterhead_zone(["Kenya, Uganda sign water accord", "Ministers met today."], "en") is None
    assert _letterhead_zone(["REPUBLIC OF GHANA", "Floods hit Ghana, Togo"], "en",
                            "Floods hit Ghana, Togo") == "Africa/Accra"


SPANISH_VIVERO = ("AYUNTAMIENTO DE VILLA ARCE\n\nJueves 3 de abril de 2025 – 10:30 h\n\nEl municipio abre un vivero "
                  "comunitario para las escuelas\n\nLa Municipalidad abrió este jueves un vivero en el barrio Los "
                  "Aromos, donde los vecinos podrán retirar plantines de manera gratuita.\n\nSegún la Secretaría de "
                  "Ambiente, el vivero entregará también árboles nativos a las escuelas.\n")


@pytest.mark.parametrize("locale, url, published", [
    ("", None, "2025-04-03T10:30:00+02:00"),                        # no evidence: Spanish's usual zone (Madrid's)
    ("es-MX", None, "2025-04-03T10:30:00-06:00"),                   # the source's locale names the country
    ("es-AR", None, "2025-04-03T10:30:00-03:00"),
    ("es-SV", None, "2025-04-03T10:30:00-06:00"),                   # a country no table lists: CLDR's only zone
    ("es", None, "2025-04-03T10:30:00+02:00"),                      # a locale without a country says nothing
    ("", "https://www.salud.example.cl/noticias/vivero", "2025-04-03T10:30:00-03:00"),   # the release's own address
    ("es-MX", "https://www.salud.example.cl/noticias/vivero", "2025-04-03T10:30:00-03:00"),  # the release first
])
def test_a_time_with_no_zone_takes_the_sources_locale_or_the_release_address_country(
        locale: str, url: str | None, published: str) -> None:
    import dataclasses
    from feeds.sources.formats import release_from_text
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp", locale=locale)
    raw = dataclasses.replace(release_from_text(SPANISH_VIVERO, "vivero.txt", None), url=url)
    assert stated_published(normalise(raw, source, Classifier(()), NOW)) == published


@pytest.mark.parametrize("first, language, place, day", [
    ("杭州，2026年5月20日——公司今日发布新一代无人船。", "zh", "杭州", "2026-05-20"),
    ("2026年4月9日，中国杭州——公司今日在杭州发布新一代储能系统。", "zh", "中国杭州", "2026-04-09"),
    ("【高雄訊】基金會今（5）日公布年度淨灘成果。", "zh", "高雄", None),
    ("សៀមរាប ថ្ងៃទី២៥ ខែតុលា ឆ្នាំ២០២៥ – អង្គការបានបើកអណ្តូងថ្មី", "km", "សៀមរាប", "2025-10-25"),
])
def test_datelines_in_scripts_without_capitals_with_their_dates(first: str, language: str, place: str,
                                                                day: str | None) -> None:
    line = split_dateline(first, language)
    assert line is not None and line.place == place and (line.date.iso() if line.date else None) == day


def test_a_paragraph_opening_with_a_date_in_an_unspaced_script_is_no_date_line() -> None:
    from feeds.normalise.preamble import read_date_line
    paragraph = "杭州，2026年5月20日——公司今日发布新一代近海无人巡检船，该船可连续航行72小时。"
    assert read_date_line(paragraph, "zh", None, None) is None
    assert read_date_line("令和7年6月10日（2025年6月10日）", "ja", None, None) is not None


@pytest.mark.parametrize("text, language, expected", [
    ("ថ្ងៃទី២៥ ខែតុលា ឆ្នាំ២០២៥", "km", "2025-10-25"),       # Khmer digits, a CLDR month name
    ("2025 жылғы 17 сәуір", "kk", "2025-04-17"),
    ("民國114年3月5日", "zh", "2025-03-05"),
    ("วันที่ 12 มีนาคม พ.ศ. 2568", "th", "2025-03-12"),
    ("24 June 2025, 09:00 Astana time (GMT+5)", "en", "2025-06-24T09:00:00+05:00"),
    ("3 лютого 2026 р., 12:00 (за київським часом)", "uk", "2026-02-03T12:00:00+02:00"),
    ("12 марта 2025 г., 10:00 по новосибирскому времени", "ru", "2025-03-12T10:00:00+07:00"),
])
def test_dates_of_other_digits_cldr_months_eras_and_named_times(text: str, language: str, expected: str) -> None:
    stated = read_stated(text, language)
    assert stated is not None and stated.iso() == expected


def test_a_cldr_month_beside_a_place_or_a_time_is_left_to_the_date_line_rules() -> None:
    assert read_stated("Сарыарқа, 17 сәуір 2025", "kk") is None
    assert read_stated("Жалпы 17 сәуір 2025", "kk") is None


@pytest.mark.parametrize("line, language, expected", [
    ("解禁：令和8年1月15日（木）14時00分", "ja", "2026-01-15T14:00:00+09:00"),
    ("Эмбарго до 11:00 мск 2 апреля 2026 года", "ru", "2026-04-02T11:00:00+03:00"),
    ("ЕМБАРГО: до 09:00 (за київським часом) 15 травня 2025 року", "uk", "2025-05-15T09:00:00+03:00"),
])
def test_embargo_lines_in_east_asian_and_cyrillic_scripts(line: str, language: str, expected: str) -> None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo(line, language, None, None)
    assert stated is not None and stated.iso() == expected


def test_a_korean_header_of_spaced_label_letters_an_embargo_and_an_issue_date_on_one_line() -> None:
    pre = split_preamble(["보 도 자 료\n보도시점: 2025. 9. 4.(목) 12:00 / 배포: 2025. 9. 3.(수)",
                          "하천 조사 결과 발표", "연구원은 올해 하천을 조사한 결과를 밝혔다."], None, "ko")
    assert pre.labels == ("보 도 자 료",) and pre.embargo is not None and pre.date is not None
    assert (pre.embargo.iso(), pre.date.iso()) == ("2025-09-04T12:00:00+09:00", "2025-09-03")
    assert pre.title == "하천 조사 결과 발표"
    from feeds.normalise.preamble import _lines
    assert len(_lines(["Tel: +238 260 55 14 | E-mail: imprensa@mmea.example"])) == 1    # no embargo: one line


@pytest.mark.parametrize("line, kind", [
    ("Про фонд", "about"), ("Про це говорили всі", None), ("Контакти для ЗМІ", "contact"),
    ("អំពីអង្គការ", "about"), ("ទំនាក់ទំនងសារព័ត៌មាន", "contact"),
])
def test_end_matter_headings_in_ukrainian_and_khmer(line: str, kind: str | None) -> None:
    from feeds.normalise.endmatter import heading
    found = heading(line)
    assert (found[0] if found else None) == kind


def test_an_issuing_office_closing_a_paragraph_of_label_and_date_lines_is_no_headline() -> None:
    pre = split_preamble(["報道発表資料\n令和7年6月10日\nみなと川市 環境局",
                          "市が夏の節電プログラムを開始\n～公共施設を開放～",
                          "市は7月1日から9月30日まで、夏季の節電協力プログラムを実施します。本プログラムは、家庭での冷房使用を抑える"
                          "ため、図書館や公民館などの公共施設を涼み処として市民に開放するものです。"], None, "ja")
    assert pre.title == "市が夏の節電プログラムを開始"
    kept = split_preamble(["PRESS RELEASE\nNew bus lanes open on Monday", "Work starts in spring",
                           "The new lanes run from the station to the harbour along the main road."], None, "en")
    assert kept.title == "New bus lanes open on Monday"      # no date in the label's paragraph: its headline


@pytest.mark.parametrize("line, language, place, day", [
    ("ქუთაისი, 2025 წლის 19 სექტემბერი", "ka", "ქუთაისი", "2025-09-19"),
    ("Дархан, 2025 оны 12 дугаар сарын 3", "mn", "Дархан", "2025-12-03"),
    ("杭州，2026年5月20日", "zh", "杭州", "2026-05-20"),
    ("Четверг, 6 июня 2024", "ru", None, "2024-06-06"),          # a weekday is no place
])
def test_date_lines_whose_place_is_in_cyrillic_or_a_caseless_script(line: str, language: str, place: str | None,
                                                                   day: str) -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line(line, language, None, None)
    assert found is not None and (found[0], found[1].iso()) == (place, day)


def test_a_dateline_with_a_day_but_no_year_before_a_dash_names_its_place() -> None:
    line = split_dateline("Қарағанды, 17 сәуір — Орталық ауыл мектептеріне ноутбук табыстады.", "kk")
    assert line is not None and (line.place, line.date) == ("Қарағанды", None)
    assert split_dateline("Paris, 3 millions – Les gens sont venus.", "fr") is None


@pytest.mark.parametrize("line, language, expected", [
    ("EMBARGADA ata as 11.00 horas do 14 de xaneiro de 2026", "gl", "2026-01-14T11:00:00+01:00"),
    ("Embargament fins al 16 d'octubre de 2025 a les 12.00 h", "ca", "2025-10-16T12:00:00+02:00"),
])
def test_galician_and_catalan_embargo_lines_in_spains_time(line: str, language: str, expected: str) -> None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo(line, language, None, None)
    assert stated is not None and stated.iso() == expected


@pytest.mark.parametrize("marker", ["- FI -", "**-TMIEM-**", "SOURCE Andes Copper Holdings S.A."])
def test_catalan_and_maltese_end_words_between_dashes_and_a_newswires_source_line_end_the_body(marker: str) -> None:
    end = split_end_matter(["The company reported record output for the year.", "It will publish results in May.",
                            marker])
    assert end.body == ["The company reported record output for the year.", "It will publish results in May."]
    assert split_end_matter(["Source: the ministry's own figures, published in May.", "More text."]).marker is None


def test_a_brazilian_date_line_names_its_state_after_the_city() -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line("Belém (PA), 5 de dezembro de 2024", "pt", None, None)
    assert found is not None and (found[0], found[1].iso()) == ("Belém (PA)", "2024-12-05")


def test_an_organisations_name_alone_above_the_text_about_it_ends_the_body() -> None:
    body = ["Ricavi semestrali a 412 milioni di euro, in crescita dell'8,6%.", "Il margine operativo sale al 14%.",
            "La società conferma le previsioni per l'intero esercizio 2025.", "Cartiere Riunite",
            "Cartiere Riunite S.p.A. produce imballaggi in cartone ondulato in sette stabilimenti in Italia.",
            "Contatti", "Ufficio stampa: Silvia Conti – stampa@cartiere.example – +39 02 8765 4411"]
    end = split_end_matter(body)
    assert end.body == body[:3] and end.notes.startswith("Cartiere Riunite S.p.A. produce")
    short = ["Il consiglio ha approvato il piano.", "Cartiere Riunite", "Cartiere Riunite ha votato."]
    assert split_end_matter(short).body == short        # no text about it below: the release's own line


def test_an_office_a_dash_and_a_contact_heading_before_the_contact_end_the_body() -> None:
    end = split_end_matter(["Los propietarios pueden identificar sus vehículos en la comisaría.",
                            "Oficina de Imagen Institucional – Contacto: Lic. Rocío Zapata Ancajima, jefa de Imagen "
                            "Institucional, cel. 969 443 210, imagen@muni.example"])
    assert end.body == ["Los propietarios pueden identificar sus vehículos en la comisaría."]
    assert [c.email for c in end.contacts] == ["imagen@muni.example"]


def test_a_time_line_under_a_date_line_gives_its_time() -> None:
    from feeds.normalise.preamble import time_line
    pre = split_preamble(["新聞公報\n2025年8月14日（星期四）\n香港時間下午4時30分", "管理局公布長廊第二期設計方案",
                          "管理局今日公布西岸海濱長廊第二期的設計方案，新長廊全長約1.6公里，預計於2028年分段開放。"],
                         None, "zh")
    assert pre.date is not None and pre.date.iso() == "2025-08-14T16:30:00+08:00"
    assert time_line("16:30 Uhr MEZ") and not time_line("Seite 2") and not time_line("3. März 2025, 10:00")


@pytest.mark.parametrize("line, kind", [
    ("株式会社サンプル化学について", "about"), ("Нийгэмлэгийн тухай", "about"), ("新聞聯絡人", "contact"),
    ("Пресс-служба министерства", "contact"), ("Пресс-служба сообщила, что завод закрыт.", None),
    ("会議の日程について、市は来週発表します。", None),
])
def test_about_headings_written_after_the_name_and_press_office_headings(line: str, kind: str | None) -> None:
    from feeds.normalise.endmatter import heading
    found = heading(line)
    assert (found[0] if found else None) == kind


def test_a_listed_companys_regulatory_notice_gives_the_time_of_its_date_line() -> None:
    text = ("Pressmeddelande\n\nMalmö den 8 februari 2027\n\nNordvik Medical tecknar licensavtal i Asien\n\n"
            "Nordvik Medical AB har tecknat ett exklusivt licensavtal för sin produkt i Japan och Sydkorea.\n\n"
            "Denna information är sådan som Nordvik Medical AB är skyldigt att offentliggöra enligt EU:s "
            "marknadsmissbruksförordning. Informationen lämnades för offentliggörande den 8 februari 2027 "
            "kl. 08.00 CET.")
    from feeds.normalise.newswire import blocks, read_newswire
    wire = read_newswire(blocks(text), None, "sv")
    assert wire.date is not None and wire.date.iso() == "2027-02-08T08:00:00+01:00"
    other = text.replace("den 8 februari 2027 kl.", "den 9 februari 2027 kl.")     # another day: not its time
    assert read_newswire(blocks(other), None, "sv").date.iso() == "2027-02-08"


@pytest.mark.parametrize("first, language, place", [
    ("الإسكندرية، 12 مارس 2025 – أعلنت الوزارة اليوم عن خطة جديدة.", "ar", "الإسكندرية"),     # the Arabic comma
    ("नई दिल्ली, 12 मार्च 2025 – मंत्रालय ने आज घोषणा की।", "hi", "नई दिल्ली"),                  # two words, vowel signs
])
def test_datelines_of_arabic_and_indic_places_with_their_dates(first: str, language: str, place: str) -> None:
    line = split_dateline(first, language)
    assert line is not None and line.place == place and line.date is not None
    from feeds.normalise.preamble import read_date_line
    found = read_date_line(first.split(" –")[0], language, None, None)
    assert found is not None and found[0] == place


@pytest.mark.parametrize("line, kind", [
    ("للتواصل الإعلامي", "contact"), ("نبذة عن الوزارة", "about"), ("אודות החברה", "about"),
    ("לפרטים נוספים:", "contact"), ("मीडिया संपर्क", "contact"), ("حول العالم", None),
])
def test_end_matter_headings_in_arabic_hebrew_and_hindi(line: str, kind: str | None) -> None:
    from feeds.normalise.endmatter import heading
    found = heading(line)
    assert (found[0] if found else None) == kind


def test_embargo_lines_in_arabic_and_hebrew() -> None:
    from feeds.normalise.preamble import read_embargo
    hebrew = read_embargo("אמברגו עד 12 במרץ 2025 בשעה 10:00", "he", None, None)
    assert hebrew is not None and hebrew.iso() == "2025-03-12T10:00:00+02:00"
    assert read_embargo("حظر النشر حتى الساعة 10:00 صباح 12 مارس 2025", "ar", None, None) is not None


def test_right_to_left_lines_a_pdf_producer_wrote_in_visual_order_are_read_in_logical_order() -> None:
    from feeds.sources.pdflayout import _in_logical_order

    def placed(*texts: str) -> list[tuple[str, float, float, float, float, float]]:
        return [(t, 10.0, 700.0 - 12 * k, 690.0 - 12 * k, 50.0, 500.0) for k, t in enumerate(texts)]
    # Hebrew written left to right as seen ("םילשורי" for "ירושלים"): final letters open its words
    visual = placed("םילשוריב שדח ןולמ חתפנ", "ץראה לכב 2025 זאמ")
    assert [p[0] for p in _in_logical_order(visual)] == ["נפתח מלון חדש בירושלים", "מאז 2025 בכל הארץ"]
    # Arabic in presentation forms, visual order: letters become their base forms, numbers stay left to right
    arabic = placed("ﺔﻄﺤﻤﻟا حﺎﺘﺘﻓا", "طاوﺎﻐﻴﻏ 1.5 ةرﺪﻘﺑ", "-ﻰﻬﺘﻧا-", "(ع.م.ش) ﺔﻛﺮﺷ", ".ً ﺎﻳﻮﻨﺳ")
    assert [p[0] for p in _in_logical_order(arabic)] == ["افتتاح المحطة", "بقدرة 1.5 غيغاواط", "-انتهى-",
                                                         "شركة (ش.م.ع)", "سنوياً."]   # brackets drawn mirrored
    # a producer writing each run of one direction apart: the runs of one row are one line, then reversed
    runs = [("2026", 11.0, 700.0, 689.0, 300.0, 328.0), ("ץרמב", 11.0, 700.0, 689.0, 328.1, 360.0),
            ("4", 11.0, 700.0, 689.0, 360.1, 367.0), (",םילשורי", 11.0, 700.0, 689.0, 367.1, 420.0),
            ("ץראה לכב תחקרמ יתבל", 11.0, 680.0, 669.0, 300.0, 420.0),
            ("40%.", 11.0, 660.0, 649.0, 300.0, 320.0), ("אוה דעיה", 11.0, 660.0, 649.0, 320.1, 360.0)]
    assert [p[0] for p in _in_logical_order(runs)] == ["ירושלים, 4 במרץ 2026", "לבתי מרקחת בכל הארץ", "היעד הוא 40%."]
    # a page in logical order whose lines a number splits into runs: the runs joined right to left (the top of a
    # run with a vowel sign stands higher)
    split = [("كيلومتراً حتى الآن.", 10.0, 601.7, 588.3, 192.0, 279.0), ("420", 10.0, 599.3, 588.3, 279.1, 300.0),
             ("وبلغت أطوال الترع في المحافظة", 10.0, 599.3, 588.3, 300.2, 520.0)]
    assert [p[0] for p in _in_logical_order(split)] == ["وبلغت أطوال الترع في المحافظة 420 كيلومتراً حتى الآن."]
    # text a producer wrote in logical order stays as it is; a Latin ligature becomes its letters
    logical = placed("נפתח מלון חדש בירושלים", "מאז 2025 בכל הארץ", "Council conﬁrms free buses")
    assert [p[0] for p in _in_logical_order(logical)] == ["נפתח מלון חדש בירושלים", "מאז 2025 בכל הארץ",
                                                          "Council confirms free buses"]


@pytest.mark.parametrize("first, language, place, day", [
    ("नासिक : नगर निगम ने नई बस सेवा शुरू की है।", "hi", "नासिक", None),                  # a colon after the place
    ("इंदौर। विश्वविद्यालय ने नया पाठ्यक्रम शुरू किया।", "hi", "इंदौर", None),            # a danda after the place
    ("ملتان، 9 اپریل 2026 (بروز جمعرات): شہر میں نیا ہسپتال کھل گیا۔", "ur", "ملتان", "2026-04-09"),
    ("খুলনা, ১২ মার্চ — নগরীতে নতুন সেতু চালু হয়েছে।", "bn", "খুলনা", None),          # a day without its year
    ("اتصل بنا: للاستفسارات يرجى الكتابة إلينا.", "ar", None, None),                    # no place: a heading
])
def test_datelines_of_caseless_scripts_with_a_colon_a_danda_or_a_yearless_day(
        first: str, language: str, place: str | None, day: str | None) -> None:
    line = split_dateline(first, language)
    assert (line.place if line else None) == place
    if line is not None:
        assert (line.date.iso() if line.date else None) == day and not line.rest.startswith((":", "।", "—"))


def test_an_urdu_label_and_the_office_under_it_are_no_headline() -> None:
    r = _text_release("پریس ریلیز\nکراچی پولیس\n\nکراچی پولیس نے شہر میں نئی گشتی ٹیمیں تعینات کر دیں\n\n"
                      "کراچی (12 مارچ 2026) – پولیس نے شہر کے پانچ اضلاع میں نئی گشتی ٹیمیں تعینات کر دی ہیں۔\n\n"
                      "ٹیمیں چوبیس گھنٹے کام کریں گی۔\n")
    assert r["title"] == "کراچی پولیس نے شہر میں نئی گشتی ٹیمیں تعینات کر دیں"


@pytest.mark.parametrize("line, language, place, day", [
    ("الدوحة في: الثلاثاء 10 مارس 2026", "ar", "الدوحة", "2026-03-10"),        # "Doha, on: Tuesday ..."
    ("مسقط في 10 مارس 2026", "ar", "مسقط", "2026-03-10"),
    ("أعلن الوزير في 10 مارس 2026", "ar", None, "2026-03-10"),                 # two words: no place read
    ("दिनांक: 10.03.2026", "hi", None, "2026-03-10"),                           # "date:" in Hindi
    ("Friday 13 March 2026, 9.15am FJT", "en", None, "2026-03-13T09:15:00+12:00"),   # Fiji time
])
def test_date_lines_of_arabic_places_hindi_date_labels_and_pacific_zones(line: str, language: str,
                                                                         place: str | None, day: str) -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line(line, language, None, None)
    assert found is not None and (found[0], found[1].iso()) == (place, day)


def test_a_word_letterhead_set_larger_than_the_headline_below_the_label_is_no_headline() -> None:
    import io

    import docx
    from docx.shared import Pt
    from feeds.sources.documents import release_from_docx
    document = docx.Document()
    letterhead = document.add_paragraph().add_run("Harrowfield Borough Council")
    letterhead.bold, letterhead.font.size = True, Pt(20)
    document.add_paragraph("Town Hall · Market Square")
    document.add_paragraph().add_run("PRESS RELEASE").bold = True
    headline = document.add_paragraph().add_run("Harrowfield to plant 5,000 street trees by 2028")
    headline.bold, headline.font.size = True, Pt(16)
    document.add_paragraph("Harrowfield Borough Council will plant 5,000 street trees over the next three years.")
    out = io.BytesIO()
    document.save(out)
    raw = release_from_docx(out.getvalue(), "trees.docx", None)
    assert raw.title == "Harrowfield to plant 5,000 street trees by 2028"


def test_an_office_of_two_names_under_the_label_is_no_headline() -> None:
    r = _text_release("COMUNICATO STAMPA\nDipartimento della sanità – Repubblica e Cantone di Valfonda\n\n"
                      "Nuovo servizio di guardia medica notturna nelle valli\n\n"
                      "Bellinzona, 2 marzo 2026 – Da aprile un servizio di guardia medica notturna coprirà le "
                      "valli.\n\n"
                      "Il servizio costerà 800 mila franchi all'anno.\n")
    assert r["title"] == "Nuovo servizio di guardia medica notturna nelle valli" and r["published"] == "2026-03-02"


def test_an_office_named_as_its_own_wire_after_the_dateline_date() -> None:
    line = split_dateline("HALIFAX, NS, May 4, 2026 /Coastal Heritage Canada/ – The museum reopened today.", "en")
    assert line is not None and (line.place, line.date.iso() if line.date else None) == ("HALIFAX, NS", "2026-05-04")
    assert line.rest == "The museum reopened today."


def test_a_turkish_embargo_line_until_a_dotted_time() -> None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo("AMBARGO: 9 Mart 2026 Pazartesi, saat 11.00'e kadar yayımlanamaz", "tr", None, None)
    assert stated is not None and stated.iso() == "2026-03-09T11:00:00+03:00"     # Istanbul's time
    # "1990'da" ("in 1990") in a sentence is no time: the line holds no whole date
    assert read_embargo("AMBARGO: 1990'da kurulan şirket", "tr", None, None) is None


def test_the_first_paragraph_opening_with_the_date_lines_place_and_a_colon() -> None:
    r = _text_release("PRESS RELEASE\n\nMysuru, 9 March 2026\n\nCity opens a new flower market\n\n"
                      "**Mysuru:** The city corporation opened a new flower market on Monday.\n\n"
                      "It has 300 stalls.\n")
    assert r["body"].startswith("The city corporation opened") and r["dateline"].startswith("Mysuru")
    # a sentence opening with another word and a colon keeps it
    other = _text_release("PRESS RELEASE\n\nMysuru, 9 March 2026\n\nCity opens a new flower market\n\n"
                          "Update: The city corporation opened a new flower market on Monday.\n\nIt has 300 stalls.\n")
    assert other["body"].startswith("Update: The city corporation")


@pytest.mark.parametrize("label", ["TISKOVÁ ZPRÁVA", "Sajtóközlemény", "Pressiteade", "Paziņojums presei",
                                   "Pranešimas spaudai", "Fréttatilkynning", "TAARIFA KWA VYOMBO VYA HABARI",
                                   "Mediaverklaring", "ጋዜጣዊ መግለጫ", "Datganiad i'r wasg", "לפרסום מיידי",
                                   "للنشر الفوري"])
def test_release_labels_of_central_european_baltic_and_african_offices(label: str) -> None:
    r = _text_release(f"{label}\n\nThe harbour reopens to ferries\n\n"
                      "The harbour reopened to ferries on Monday after a month of repairs.\n\nIt cost two million.\n")
    assert r["title"] == "The harbour reopens to ferries"


def test_an_ethiopic_comma_after_the_datelines_place() -> None:
    line = split_dateline("ባህር ዳር፣ 12 March 2026 – የክልሉ መንግስት አዲስ ሆስፒታል ከፈተ።", "am")
    assert line is not None and (line.place, line.date.iso() if line.date else None) == ("ባህር ዳር", "2026-03-12")


def test_a_headline_in_capitals_under_a_label_and_date_over_its_lead() -> None:
    r = _text_release("HOSPITALI YA WILAYA YA PWANI\n\nTAARIFA KWA VYOMBO VYA HABARI\n\n3 Machi 2026\n\n"
                      "HOSPITALI YAFUNGUA WODI MPYA YA WATOTO\n\n"
                      "TANGA — Hospitali ya Wilaya ya Pwani imefungua wodi mpya ya watoto yenye vitanda hamsini, "
                      "iliyojengwa kwa miezi sita.\n\nWodi hiyo itahudumia watoto wa wilaya nzima.\n")
    assert r["title"] == "HOSPITALI YAFUNGUA WODI MPYA YA WATOTO" and r["dateline"].startswith("TANGA")


def test_a_lam_alef_ligature_a_producer_mapped_in_logical_order_on_a_visual_page() -> None:
    from feeds.sources.pdflayout import _in_logical_order, _ligatures_turned
    visual = "نلآا ةنيدملا ىفشتسم ةرهاقلا"      # "القاهرة مستشفى المدينة الآن" as seen, left to right
    # the ligature one glyph of two letters, in logical order
    glyphs = [(char, 0.0, 1.0, 10.0) for char in ["ن", "لآ", "ا", *visual[4:]]]
    found = [((visual, 10.0, 700.0, 690.0, 0.0, 100.0), glyphs)]
    turned = _ligatures_turned(found)
    assert [p[0] for p in _in_logical_order([placed for placed, _ in turned])] == ["القاهرة مستشفى المدينة الآن"]
    # on a page in logical order the glyphs stay as they are
    logical = [(("القاهرة مستشفى المدينة الآن", 10.0, 700.0, 690.0, 0.0, 100.0), [("لآ", 0.0, 1.0, 10.0)])]
    assert _ligatures_turned(logical) == logical


@pytest.mark.parametrize("line, language, place, day", [
    ("Luxembourg/Luxemburg, 4 mai 2026", "fr", "Luxembourg/Luxemburg", "2026-05-04"),     # a place in two languages
    ("4 May 2026 / 4 mai 2026", "en", None, "2026-05-04"),                            # the date in two languages
    ("Bamako, 4 mai 2026 (16 Dhou al-Qi'da 1447)", "fr", "Bamako", "2026-05-04"),     # another calendar's day after it
    ("2026. gada 4. maijā plkst. 11.30", "lv", None, "2026-05-04T11:30:00+03:00"),   # Latvian: locative month
    ("Tartu, 4. mai 2026 kell 9.15", "et", "Tartu", "2026-05-04T09:15:00+03:00"),
])
def test_date_lines_of_bilingual_and_baltic_offices(line: str, language: str, place: str | None, day: str) -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line(line, language, None, None)
    assert found is not None and (found[0], found[1].iso()) == (place, day)


def test_a_date_written_twice_must_be_one_day() -> None:
    from feeds.normalise.preamble import read_date_line
    assert read_date_line("4 May 2026 / 5 mai 2026", "en", None, None) is None
    assert read_date_line("Ministry of Health / Ministère de la Santé", "en", None, None) is None


@pytest.mark.parametrize("line, language, expected", [
    ("Embargo līdz 2026. gada 4. maijam plkst. 11.00", "lv", "2026-05-04T11:00:00+03:00"),    # Latvian dative
    ("EMBARGAS iki 2026 m. gegužės 4 d. 11.30 val.", "lt", "2026-05-04T11:30:00+03:00"),      # "val." after the time
    ("Birtingarbann til 4. maí 2026 kl. 11.00", "is", "2026-05-04T11:00:00+00:00"),           # Icelandic
    ("EMBARGOED UNTIL 4 May 2026, 11:00 CEST / 09:00 GMT", "en", "2026-05-04T11:00:00+02:00"),  # one instant twice
])
def test_embargo_lines_of_baltic_and_nordic_offices_and_an_instant_in_two_zones(line: str, language: str,
                                                                                 expected: str) -> None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo(line, language, None, None)
    assert stated is not None and stated.iso() == expected


def test_a_pacific_capitals_time_the_zone_database_names_by_its_island() -> None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo("EMBARGO jusqu'au mardi 5 mai 2026, 9 h 00 (heure de Port-Vila)", "fr", None, None)
    assert stated is not None and stated.iso() == "2026-05-05T09:00:00+11:00"      # Pacific/Efate, not Paris
    suva = read_stated("Tuesday 5 May 2026, 9.30am (Suva time)", "en")
    assert suva is not None and suva.iso() == "2026-05-05T09:30:00+12:00"


def test_a_word_headline_above_the_label_stays_the_headline() -> None:
    import io

    import docx
    from docx.shared import Pt
    from feeds.sources.documents import release_from_docx
    document = docx.Document()
    headline = document.add_paragraph().add_run("Harrowfield to plant 5,000 street trees by 2028")
    headline.bold, headline.font.size = True, Pt(18)
    document.add_paragraph("PRESS RELEASE")
    standfirst = document.add_paragraph().add_run("The first 800 trees go in this winter")
    standfirst.font.size = Pt(13)
    document.add_paragraph("Harrowfield Borough Council will plant 5,000 street trees over the next three years.")
    out = io.BytesIO()
    document.save(out)
    title = release_from_docx(out.getvalue(), "trees.docx", None).title
    assert title == "Harrowfield to plant 5,000 street trees by 2028"


def test_a_local_time_named_after_a_country_in_the_genitive_is_left_to_the_other_evidence() -> None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo("Embargo: 5.5.2026 klo 9.30 (Suomen aikaa)", "fi", None, None)   # "Finland's time"
    assert stated is not None and stated.iso() == "2026-05-05T09:30:00+03:00"              # Helsinki's, in May
