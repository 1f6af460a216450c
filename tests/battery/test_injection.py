"""Script injection: generated vectors placed in titles, summaries, bodies, JSON and Markdown fields of
every file format, ingested for real and read back from our Atom, RSS, JSON Feed and HTML pages; plus
Hypothesis-generated documents through the sanitiser and title cleaner directly (the fast path), and a
sample of them through full ingestion. Nothing executable survives, titles carry no markup, and
sanitising twice changes nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.normalise.html import sanitise, text_of
from feeds.store import Query, Store
from feeds.web import create_app

from .common import folder_config, record, size
from .xss import VECTORS, executable, has_markup

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "http://127.0.0.1:8000"


def write_cases(folder: Path, docs: list[str], prefix: str) -> int:
    n = 0
    for i, v in enumerate(docs):
        body = f"Trade ministers met on day {i} and agreed on tariffs. {v} The talks went on."
        (folder / f"{prefix}{i:05d}.txt").write_text(f"Trade talks {prefix}{i} {v}\n\n{body}\n\nSecond paragraph {v} end.\n")
        (folder / f"{prefix}{i:05d}.md").write_text(
            f"---\ntitle: {json.dumps(f'Trade md {prefix}{i} {v}')}\nsummary: {json.dumps(v)}\ndate: 2021-03-03\n---\n\n"
            f"{body}\n\n[click](javascript:alert(7331)) and <b onclick=alert(7331)>raw</b> {v}\n")
        (folder / f"{prefix}{i:05d}.json").write_text(json.dumps({
            "title": f"Trade json {prefix}{i} {v}", "published": "2021-03-04", "url": "javascript:alert(7331)",
            "dateline": v, "body": f"<p>{body}</p><p>Another paragraph {v}</p>"}))
        (folder / f"{prefix}{i:05d}.html").write_text(
            f'<!doctype html><html><head><title>Trade html {prefix}{i} {v}</title>'
            f'<meta property="og:title" content="Trade og {prefix}{i} {v.replace(chr(34), "&quot;")}">'
            f'<link rel="canonical" href="javascript:alert(7331)"></head><body><main><h1>Trade html {prefix}{i} {v}</h1>'
            f"<p>{body}</p><p>Another paragraph {v}</p></main></body></html>")
        n += 4
    return n


def check_outputs(client, uuids: list[str]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Read every document of ours that carries release text; count what could run and what is markup."""
    found = {"documents": 0, "executable": 0, "title_markup": 0}
    problems: list[str] = []

    def html_problems(fragment: str | None, where: str) -> None:
        for p in executable(fragment or ""):
            problems.append(f"{where}: {p}")
            found["executable"] += 1

    def title_problem(title: str | None, where: str) -> None:
        if title and has_markup(title):
            problems.append(f"{where}: title with markup {title[:80]!r}")
            found["title_markup"] += 1
    atom = etree.fromstring(client.get("/feeds/all.atom?limit=500").data)
    found["documents"] += 1
    for e in atom.iter(f"{ATOM}entry"):
        title_problem(e.findtext(f"{ATOM}title"), "atom title")
        html_problems(e.findtext(f"{ATOM}content"), "atom content")
        html_problems(e.findtext(f"{ATOM}summary") if e.find(f"{ATOM}summary") is not None
                      and e.find(f"{ATOM}summary").get("type") == "html" else "", "atom summary")
        for link in e.iter(f"{ATOM}link"):
            if executable(f'<a href="{link.get("href", "")}">x</a>'):
                problems.append(f"atom link {link.get('href')}")
                found["executable"] += 1
    rss = etree.fromstring(client.get("/feeds/all.rss?limit=500").data)
    found["documents"] += 1
    for item in rss.iter("item"):
        title_problem(item.findtext("title"), "rss title")
        html_problems(item.findtext("description"), "rss description")
        html_problems(item.findtext("{http://purl.org/rss/1.0/modules/content/}encoded"), "rss content")
    response = client.get("/feeds/all.json?limit=500")
    if response.status_code == 200:
        found["documents"] += 1
        for item in json.loads(response.data)["items"]:
            title_problem(item.get("title"), "json title")
            html_problems(item.get("content_html"), "json content_html")
    pages = ["/", "/topics/all?limit=100", "/search?q=trade", "/sources"] + [f"/releases/{u}" for u in uuids]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        found["documents"] += 1
        for p in executable(r.get_data(as_text=True), page=True):
            problems.append(f"{path}: {p}")
            found["executable"] += 1
    assert problems == [], problems[:20]
    return found


def test_injection_vectors_in_every_field_and_format(tmp_path: Path) -> None:
    assert len(VECTORS) >= 36
    folder = tmp_path / "releases"
    folder.mkdir()
    files = write_cases(folder, VECTORS, "v")
    config = load_config(str(folder_config(tmp_path, {"xss": folder}, page_size=500)), env={})
    store = Store.open(config.service.database)
    try:
        report = run_ingest(config, store)[0]
        assert report.ok and report.failed == 0
        items = store.releases(Query(limit=1000))
        not_idempotent = [i.release.origin for i in items
                          if sanitise(i.release.body_html, BASE) != i.release.body_html
                          or text_of(i.release.title) != i.release.title]
        client = create_app(config, store).test_client()
        found = check_outputs(client, [i.uuid for i in items])
    finally:
        store.close()
    record("script injection (vectors)", vectors=len(VECTORS), files=files, stored=report.new,
           skipped=report.skipped, documents_checked=found["documents"], executable=found["executable"],
           title_markup=found["title_markup"], not_idempotent=len(not_idempotent))
    assert not_idempotent == []


_TAGS = ["p", "a", "img", "script", "svg", "math", "style", "iframe", "object", "embed", "form", "base", "meta",
         "b", "div", "table", "td", "noscript", "template", "textarea", "title", "xmp", "select", "option", "video"]
_ATTRS = ["href", "src", "onerror", "onclick", "style", "srcset", "action", "formaction", "xlink:href", "data",
          "http-equiv", "content", "title", "alt", "srcdoc"]
_VALUES = ["javascript:alert(7331)", "JaVa\tScRiPt:alert(7331)", "&#106;avascript:alert(7331)", "vbscript:x",
           "data:text/html,<script>alert(7331)</script>", "http://127.0.0.1/x", "/relative", "x onerror=alert(7331)",
           "expression(alert(7331))", "url(javascript:alert(7331))", "0;url=javascript:alert(7331)", "\"><script>",
           "alert(7331)", ""]
_TEXT = st.lists(st.sampled_from(list("<>&\"'=/;:!-[]() \n\tabcjsvx#0") + ["&lt;", "&gt;", "&amp;", "<!--",
                                                                          "-->", "]]>", "&#x3C;", "&#60;"]),
                 max_size=30).map("".join)


@st.composite
def element(draw, depth: int = 0):  # type: ignore[no-untyped-def]
    tag = draw(st.sampled_from(_TAGS))
    attrs = draw(st.lists(st.tuples(st.sampled_from(_ATTRS), st.sampled_from(_VALUES)), max_size=3))
    quote = draw(st.sampled_from(['"', "'", ""]))
    attr_text = "".join(f" {n}={quote}{v}{quote}" for n, v in attrs)
    children = draw(st.lists(st.one_of(_TEXT, st.sampled_from(VECTORS), element(depth + 1)) if depth < 2
                             else st.one_of(_TEXT, st.sampled_from(VECTORS)), max_size=3))
    closing = draw(st.sampled_from([f"</{tag}>", "", f"</{tag} >"]))
    return f"<{tag}{attr_text}>{''.join(children)}{closing}"


documents = st.lists(st.one_of(element(), st.sampled_from(VECTORS), _TEXT), min_size=1, max_size=4).map("".join)


@pytest.mark.long
def test_generated_documents(tmp_path: Path) -> None:
    examples = size(10_000, 100_000)
    sample_size = size(100, 1_000)
    seen: list[str] = []
    problems: list[str] = []

    @settings(max_examples=examples // 10, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(documents, min_size=10, max_size=10))     # ten documents an example: less overhead
    def check(batch: list[str]) -> None:
        for doc in batch:
            check_one(doc)

    def check_one(doc: str) -> None:
        seen.append(doc)
        clean = sanitise(doc, BASE)
        if executable(clean):
            problems.append(f"sanitise: {doc!r} -> {clean!r}")
        if sanitise(clean, BASE) != clean:
            problems.append(f"sanitise twice: {doc!r}")
        title = text_of(doc)
        if has_markup(title):
            problems.append(f"title: {doc!r} -> {title!r}")
        if text_of(title) != title:
            problems.append(f"text_of twice: {doc!r}")
    check()
    # a sample of the same documents through full ingestion, output read back from every format
    folder = tmp_path / "releases"
    folder.mkdir()
    step = max(1, len(seen) // sample_size)
    files = write_cases(folder, seen[::step][:sample_size], "h")
    config = load_config(str(folder_config(tmp_path, {"gen": folder}, page_size=500)), env={})
    store = Store.open(config.service.database)
    try:
        report = run_ingest(config, store)[0]
        client = create_app(config, store).test_client()
        uuids = [i.uuid for i in store.releases(Query(limit=40))]
        found = check_outputs(client, uuids)
    finally:
        store.close()
    record("script injection (generated)", documents=len(seen), problems=len(problems), ingested_files=files,
           stored=report.new, documents_checked=found["documents"], executable=found["executable"],
           title_markup=found["title_markup"])
    assert len(seen) >= examples
    assert problems == [], problems[:10]
    assert report.ok
