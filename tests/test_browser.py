"""The HTML pages in a real browser: Playwright for Python driving Debian's Chromium (/usr/bin/chromium)
against the app served on 127.0.0.1 (tests.conftest.serve_app), with the shipped demo sources ingested and one
source broken after its first run (its folder removed), as an operator would meet it.

Each test walks what a person does (home -> topic -> filter -> release, search, copy a feed URL, read
the sources page), checks every page with axe-core (no serious or critical violation), that no page
reports a console error (a Content-Security-Policy violation would be one), and saves desktop and phone
screenshots under test-artifacts/screenshots/. Chromium missing is a failure, not a skip:
`scripts/setup.sh --test` installs it.
"""
from __future__ import annotations

import json
import re
import shutil
from urllib.parse import quote
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import feedparser
import pytest

from feeds.config import Config, load_config
from feeds.ingest import run_ingest
from feeds.store import Query, Store
from feeds.web import create_app

from .conftest import ROOT, free_port, serve_app, write_config

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                 "--disable-component-update", "--disable-sync"]
AXE = ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "test-artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
BROKEN = "relief-alliance"           # the demo source whose folder disappears after the first run


@dataclass
class Site:
    base: str
    config: Config
    store: Store


pytestmark = pytest.mark.xdist_group("browser")     # one xdist worker builds the module fixtures below, once


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The demo archive served on 127.0.0.1; the BROKEN source's last run failed (its folder is gone)."""
    tmp = tmp_path_factory.mktemp("browser")
    releases = tmp / "releases"
    shutil.copytree(ROOT / "sources", releases)
    port = free_port()
    folders = {d.name: d for d in sorted(releases.iterdir()) if d.is_dir()}
    config = load_config(str(write_config(tmp, folders, port=port)), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    shutil.rmtree(releases / BROKEN)
    run_ingest(config, store)
    with serve_app(create_app(config, store), port):
        yield Site(f"http://127.0.0.1:{port}", config, store)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup.sh --test (installs Debian's chromium)")
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run scripts/setup.sh --test (installs axe-core with npm)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site: Site) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh page (desktop size, clipboard allowed); fails the test if the page logged any console error."""
    context = browser.new_context(viewport=DESKTOP, base_url=site.base,
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    errors: list[str] = []

    def console(message) -> None:  # type: ignore[no-untyped-def]
        # the status of the document itself (a 404 page) is checked by the tests, not reported as an error
        if message.type == "error" and message.location.get("url") != page.url:
            errors.append(message.text)
    page.on("console", console)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == [], f"console errors: {errors}"


def serious_violations(page) -> list[dict]:  # type: ignore[no-untyped-def]
    """axe-core's serious and critical violations on the page as it is now."""
    page.evaluate(AXE.read_text(encoding="utf-8"))   # evaluated by the debugger protocol: the page's CSP allows it
    found = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))""")
    return [v for v in found if v["impact"] in ("serious", "critical")]


CLIPPED = """() => {
  const out = [];
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.innerText || el.value || '').trim().slice(0, 30) + '"';
  const viewport = document.documentElement.clientWidth;
  for (const el of document.querySelectorAll('input, button, select, textarea, .btn, .chip')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;                       // not shown
    if (r.left < -1 || r.right > viewport + 1) { out.push(name(el) + ' reaches outside the page'); continue; }
    if (el.type === 'date') {                                            // as wide as its own content?
      const saved = el.style.cssText, shown = el.offsetWidth;
      el.style.width = 'auto'; el.style.maxWidth = 'none';
      const natural = el.offsetWidth;
      el.style.cssText = saved;
      if (shown + 1 < natural) out.push(name(el) + ' is ' + shown + 'px wide, its date needs ' + natural + 'px');
    } else if (el.tagName !== 'INPUT' && el.scrollWidth > el.clientWidth + 1) {
      out.push(name(el) + ' cuts its text');
    }
  }
  return out;
}"""


def layout_problems(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Sideways scrolling and clipped controls at the current viewport size."""
    problems = list(page.evaluate(CLIPPED))
    width, viewport = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    if width > viewport:
        problems.append(f"the page scrolls sideways ({width}px in {viewport}px)")
    return problems


def check_page(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """axe-core finds nothing serious; no sideways scrolling or clipped control at desktop and phone size;
    save desktop and phone screenshots (the page is left at desktop size)."""
    assert serious_violations(page) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-desktop.png"), full_page=True)
    assert layout_problems(page) == [], f"{name} at desktop size"
    page.set_viewport_size(PHONE)
    page.screenshot(path=str(SHOTS / f"{name}-phone.png"), full_page=True)
    assert layout_problems(page) == [], f"{name} at phone size"
    page.set_viewport_size(DESKTOP)


def listed_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.strip() for t in page.locator("ol.releases .release-title").all_inner_texts()]


def fetch_feed(page, url: str):  # type: ignore[no-untyped-def]
    response = page.request.get(url)
    assert response.status == 200, url
    return response, feedparser.parse(response.body())


def test_home_lists_topics_and_subscribes_in_one_click(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    response = page.goto("/")
    assert response.status == 200
    check_page(page, "home")
    counts = site.store.topic_counts()
    cards = page.locator(".card")
    assert cards.count() == len(site.config.topics) + 1          # every topic, plus "All releases"
    health = cards.filter(has=page.get_by_role("link", name="Health", exact=True))
    assert health.locator(".count").inner_text() == f"{counts['health']} releases"
    assert health.locator(".latest li").count() == min(3, counts["health"])
    # The newcomer's path: home -> the topic's Atom button -> its subscribe page (a browser shows a raw
    # feed as text) -> copy the address -> open it in a reader (the hrefs only: never leave 127.0.0.1).
    atom = health.get_by_role("link", name="Atom feed of Health")
    assert atom.get_attribute("href") == f"{site.base}/subscribe/health.atom"
    with page.expect_response(atom.get_attribute("href")) as answer:
        atom.click()
    assert answer.value.status == 200 and "text/html" in answer.value.headers["content-type"]
    feed = f"{site.base}/feeds/health.atom"
    assert page.get_by_role("heading", level=1).inner_text() == "Subscribe to Health"
    assert page.get_by_label("Feed address (Atom)").input_value() == feed
    check_page(page, "subscribe")
    page.get_by_role("button", name="Copy address").click()
    page.wait_for_function("el => el.textContent.startsWith('Copied')",
                           arg=page.locator(".address-row [role=status]").element_handle())
    assert page.evaluate("navigator.clipboard.readText()") == feed
    readers = page.get_by_role("region", name="Open in a feed reader")
    encoded = quote(feed, safe="")
    assert readers.get_by_role("link", name="Your default reader").get_attribute("href") == f"feed:{feed}"
    assert readers.get_by_role("link", name="Feedly").get_attribute("href") == \
        f"https://feedly.com/i/subscription/feed/{encoded}"
    assert readers.get_by_role("link", name="Inoreader").get_attribute("href") == \
        f"https://www.inoreader.com/?add_feed={encoded}"
    assert readers.get_by_role("link", name="NewsBlur").get_attribute("href") == f"https://www.newsblur.com/?url={encoded}"
    assert readers.get_by_role("link", name="The Old Reader").get_attribute("href") == \
        f"https://theoldreader.com/feeds/subscribe?url={encoded}"
    preview = listed_titles(page)
    _, parsed = fetch_feed(page, feed)                            # the address is the document readers fetch
    assert preview and [e.title for e in parsed.entries][:len(preview)] == preview
    assert "newsboat" in page.get_by_role("region", name="Subscribed to several of our feeds?").inner_text()
    assert page.locator("head link[rel=alternate][type='application/atom+xml']").get_attribute("href") == feed


def feed_address(page, subscribe_url: str) -> str:  # type: ignore[no-untyped-def]
    """The feed address a subscribe page gives (the page is left there)."""
    page.goto(subscribe_url)
    return page.locator("#feed-address").input_value()


def test_subscribe_links_answer_with_valid_feeds(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.goto("/topics/health")
    shown = listed_titles(page)
    links = page.locator(".feedbox .subscribe a")
    pages = {re.split(r"\s+feed of", a.inner_text())[0]: a.get_attribute("href") for a in links.all()}
    assert set(pages) == {"Atom", "RSS", "JSON Feed"}
    # every page announces its feeds for autodiscovery: the documents the subscribe pages give
    alternates = {a.get_attribute("href") for a in page.locator("head link[rel=alternate]").all()}
    assert page.locator("head link[rel=icon]").count() == 1
    by_label = {label: feed_address(page, url) for label, url in pages.items()}
    assert alternates == set(by_label.values())
    for label, version in (("Atom", "atom10"), ("RSS", "rss20")):
        _, parsed = fetch_feed(page, by_label[label])
        assert parsed.bozo == 0, (label, parsed.get("bozo_exception"))
        assert parsed.version == version
        assert [e.title for e in parsed.entries][:len(shown)] == shown


def test_json_feed_link_answers(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.goto("/topics/health")
    shown = listed_titles(page)
    href = feed_address(page, page.get_by_role("link", name="JSON Feed feed of Health").get_attribute("href"))
    response = page.request.get(href)
    assert response.status == 200
    document = json.loads(response.body())
    assert document["version"].startswith("https://jsonfeed.org/version/1")
    assert [i["title"] for i in document["items"]][:len(shown)] == shown


def test_follow_a_topic_and_filter_by_source_and_date(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.locator(".card h3").get_by_role("link", name="All releases").click()
    page.wait_for_url(f"{site.base}/topics/all")
    before = listed_titles(page)
    source = site.config.source("mekong-council")
    assert source is not None
    page.get_by_label(source.name).check()
    page.get_by_label("From", exact=True).fill("2021-01-01")
    page.get_by_label("Until", exact=True).fill("2024-12-31")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"source=mekong-council.*since=2021-01-01"))    # the form's navigation
    after = listed_titles(page)
    assert 0 < len(after) < len(before)
    metas = page.locator("ol.releases .meta").all_inner_texts()
    assert all(source.name in m for m in metas)
    assert page.get_by_role("heading", name="Feed of this filtered view").is_visible()
    check_page(page, "topic-filtered")
    # One click from the filtered view to its subscribe page, whose feed holds exactly the releases shown.
    query = "source=mekong-council&since=2021-01-01&until=2024-12-31"
    atom = page.locator(".feedbox").get_by_role("link", name=re.compile("^Atom"))
    assert atom.get_attribute("href") == f"{site.base}/subscribe/all.atom?{query}"
    autodiscovered = page.locator("head link[rel=alternate][type='application/atom+xml']").get_attribute("href")
    assert autodiscovered == f"{site.base}/feeds/all.atom?{query}"
    atom.click()
    page.wait_for_url(re.compile(r"/subscribe/all\.atom\?"))
    assert page.locator("#feed-address").input_value() == autodiscovered
    check_page(page, "subscribe-filtered")
    parsed = feedparser.parse(page.request.get(autodiscovered).body())
    assert [e.title for e in parsed.entries] == after


def test_release_page_tells_why_it_is_in_each_topic(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.goto("/topics/counter-terrorism")
    first = page.locator("ol.releases .release-title a").first
    title = first.inner_text()
    first.click()
    page.wait_for_url(re.compile(r"/releases/[0-9a-f-]{36}$"))
    assert page.get_by_role("heading", level=1).inner_text() == title
    facts = page.locator("dl.facts").inner_text()
    assert "Published" in facts and "Source" in facts
    facts = page.locator("dl.facts")
    assert facts.get_by_role("link", name="Counter-terrorism").is_visible()   # its topics, linked
    assert page.locator("div.body p").count() >= 1
    # below the text, why it is in each topic: collapsed until the reader opens it
    entry = page.locator("section.why details").filter(has_text="Why is this in Counter-terrorism?")
    words = entry.locator("mark")
    assert words.count() >= 1 and not words.first.is_visible()
    entry.locator("summary").click()
    assert words.first.is_visible()                              # the words that placed it there
    assert re.search(r"in the (title|body)|named by the source", entry.inner_text())
    check_page(page, "release")


def test_estimated_dates_are_said_on_the_release_page(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    from feeds.store import Query
    estimated = next(r for r in site.store.releases(Query(limit=500)) if r.release.published_estimated)
    page.goto(f"/releases/{estimated.uuid}")
    assert page.locator("dl.facts").get_by_text("date estimated").is_visible()


def test_search_the_archive(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Search").click()
    page.get_by_label("Search for").fill("flood")
    page.get_by_label("Search for").press("Enter")
    page.wait_for_url(re.compile(r"q=flood"))
    titles = listed_titles(page)
    assert titles, "the demo archive has releases about floods"
    summaries = page.locator("ol.releases > li").all_inner_texts()
    assert len(summaries) == len(titles)
    check_page(page, "search")
    atom = page.locator(".feedbox").get_by_role("link", name=re.compile("^Atom"))
    assert atom.get_attribute("href") == f"{site.base}/subscribe/all.atom?q=flood"
    feed = feed_address(page, atom.get_attribute("href"))
    assert feed == f"{site.base}/feeds/all.atom?q=flood"
    _, parsed = fetch_feed(page, feed)
    assert [e.title for e in parsed.entries] == titles


def test_copy_button_copies_the_feed_url(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    card = page.locator(".card").filter(has=page.get_by_role("link", name="Health", exact=True))
    button = card.get_by_role("button", name=re.compile("^Copy feed URL"))
    button.click()
    status = card.get_by_role("status")
    page.wait_for_function("el => el.textContent.startsWith('Copied')", arg=status.element_handle())
    assert page.evaluate("navigator.clipboard.readText()") == f"{site.base}/feeds/health.atom"


def test_sources_page_says_which_source_failed_when_and_why(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sources").click()
    page.wait_for_url(re.compile(r"/sources$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Sources"
    assert "1 of 5 sources needs attention" in page.locator(".banner").inner_text()
    first = page.locator("li.source").first                       # trouble is listed first
    broken = site.config.source(BROKEN)
    assert broken is not None
    assert first.get_by_role("heading", level=2).inner_text() == broken.name
    assert first.locator(".badge").inner_text() == "failed"
    assert "The last run failed." in first.locator(".flags").inner_text()
    error = first.locator(".error-text").inner_text()
    assert "does not exist" in error and BROKEN in error
    run = site.store.last_runs()[BROKEN]
    assert first.locator(f"time[datetime='{run.started.isoformat()}']").count() >= 1   # when
    assert first.locator(".counts td").all_inner_texts() == ["0", "0", "0", "0", "0"]
    assert first.get_by_role("link", name=re.compile(".")).count() >= 1               # last new release
    healthy = page.locator("li.source").nth(1)
    assert healthy.locator(".badge").inner_text() == "ok"
    assert page.locator("li.source svg[role=img]").count() == 5                       # one chart each
    check_page(page, "sources")


def test_not_found_page_has_the_site_layout(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    response = page.goto("/topics/no-such-topic")
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
    assert page.get_by_role("navigation", name="Main").is_visible()
    assert page.locator("footer.site").is_visible()
    check_page(page, "not-found")


def test_security_headers_on_pages_feeds_and_files(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    for path in ("/", "/sources", "/feeds/all.atom", "/static/copy.js", "/nope"):
        headers = page.request.get(path).headers
        csp = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"]


def test_keyboard_only_reaches_content_and_shows_focus(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # tab on to the first topic's Atom button and open it with the keyboard alone
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.card a.btn-primary')"):
            break
    assert page.evaluate("document.activeElement.matches('.card a.btn-primary')")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    href = page.evaluate("document.activeElement.href")
    with page.expect_response(href) as answer:
        page.keyboard.press("Enter")
    assert answer.value.status == 200


def test_phone_folds_the_filters_behind_a_button_and_shows_them_as_chips(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size(PHONE)
    page.goto("/topics/all?source=mekong-council&since=2021-01-01")
    toggle = page.locator("button.filter-toggle")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert toggle.inner_text() == "Show filters (2 active)"
    assert not page.get_by_role("button", name="Apply filters").is_visible()
    first = page.locator("ol.releases .release-title").first.bounding_box()
    assert first is not None and first["y"] < PHONE["height"] * 1.5      # releases start near the top, not after a form
    since = datetime(2021, 1, 1, tzinfo=timezone.utc)
    total = site.store.count_matching(Query(sources=("mekong-council",), since=since))
    assert page.locator(".result-count").inner_text().startswith(f"{total} releases match these filters")
    chips = page.get_by_role("list", name="Active filters").get_by_role("link")
    assert [c.inner_text().split("×")[0].strip() for c in chips.all()] == ["Source: MEKONG-COUNCIL News",
                                                                            "From: 2021-01-01"]
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and toggle.inner_text() == "Hide filters"
    assert page.get_by_role("button", name="Apply filters").is_visible()
    assert layout_problems(page) == []                                    # the unfolded form fits the phone too
    page.set_viewport_size(DESKTOP)
    assert page.get_by_role("button", name="Apply filters").is_visible()   # desktop: the form is always there
    check_page(page, "topic-chips")
    chips.first.click()                                                   # remove the source filter
    page.wait_for_url(f"{site.base}/topics/all?since=2021-01-01")
    assert page.get_by_role("list", name="Active filters").get_by_role("link").count() == 1


def test_file_names_wrap_only_at_separators_on_a_phone(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    item = max((r for r in site.store.releases(Query(limit=500)) if not r.release.link),
               key=lambda r: len(r.release.origin))
    page.set_viewport_size({"width": 320, "height": 640})               # a small phone
    page.goto(f"/releases/{item.uuid}")
    name = page.locator("dl.facts code.file")
    assert name.inner_text().replace("\u200b", "") == item.release.origin
    # each run of characters between separators sits on one line: breaks fall at separators only
    split = page.evaluate("""el => [...el.childNodes].filter(n => n.nodeType === 3).filter(n => {
        const r = document.createRange(); r.selectNodeContents(n);
        const tops = new Set([...r.getClientRects()].map(b => Math.round(b.top)));
        return tops.size > 1; }).map(n => n.textContent)""", name.element_handle())
    assert split == []
    lines = page.evaluate("""el => new Set([...el.getClientRects()].map(b => Math.round(b.top))).size""",
                          name.element_handle())
    assert lines > 1                                                      # long enough to wrap on a phone
    page.set_viewport_size(DESKTOP)
    check_page(page, "release-file-name")
