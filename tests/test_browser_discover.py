"""The "Add a source" page in headless Chromium: an admin finds a loopback site's sources, sees them best
first with what they would give, opens one to get its block; axe-core finds nothing serious, and nothing
is written to the config file."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from feeds.config import load_config
from feeds.store import Store
from feeds.web import create_app

from .conftest import free_port, serve_app, write_config
from .sitemapsites import NewsSite
from .sites import serve
from .test_browser import browser, check_page, page  # noqa: F401  (fixtures, with this module's `site`)

TOKEN = "browser-admin-token"


@dataclass
class Site:
    base: str
    config_path: Path
    news: NewsSite


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    tmp = tmp_path_factory.mktemp("add-source")
    port = free_port()
    path = write_config(tmp, {}, port=port)
    path.write_text(path.read_text().replace("[service]\n", f'[service]\nadmin_token = "{TOKEN}"\n'
                                                           "discover_private_network = true\n", 1))
    config = load_config(str(path), env={})
    store = Store.open(config.service.database)
    with serve(NewsSite(articles=5, per_page=5)) as news, serve_app(create_app(config, store), port):
        yield Site(f"http://127.0.0.1:{port}", path, news)
    store.close()


def test_an_admin_adds_a_source_from_the_sources_page(page, site: Site) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    before = site.config_path.read_text()
    page.goto("/sources")
    with page.expect_navigation():
        page.get_by_role("link", name="Add a source").click()
    check_page(page, "add-source")
    page.get_by_label("Site address").fill(site.news.url("/"))
    page.get_by_label("Source id").fill("council")
    page.get_by_label("Admin token").fill(TOKEN)
    with page.expect_navigation():
        page.get_by_role("button", name="Look for sources").click()
    headings = page.locator(".candidate h3").all_inner_texts()
    assert [h.split(":")[0] for h in headings] == ["sitemap", "page"]
    assert site.news.title(4) in page.locator("#candidate-1").inner_text()
    block = page.locator("#candidate-1 pre.toml")
    assert not block.is_visible()
    page.locator("#candidate-1 summary").click()
    assert block.is_visible() and 'kind = "sitemap"' in block.inner_text()
    assert "feeds check accepts it" in page.locator("#candidate-1").inner_text()
    check_page(page, "add-source-candidates")
    assert site.config_path.read_text() == before
