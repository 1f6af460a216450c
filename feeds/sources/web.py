"""Web sources: a `page` source scrapes a listing page and its article pages; a `feed` source reads an
existing RSS 1.0/2.0, Atom or JSON Feed. Bytes come from `fetch` (safe, polite), meaning from
`article` (pure extraction) and `feedparse` (pure parsing); identity from `urls`.

What a source remembers between runs (validators per URL, which articles it has) is kept by the
caller through the `WebMemory` protocol: sources do not know the store.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import NamedTuple, cast
from urllib.parse import urlsplit

from lxml import html as lxml_html

from .. import __version__
from ..config import Config, SourceConfig
from ..errors import SkipFile, SourceError
from ..model import Backlog, Failed, RawRelease, Skipped, Unchanged
from .article import ArticleRules, extract_article, find_links, find_next_page
from .decode import decode_bytes
from .documents import BINARY_PARSERS
from ..normalise.endmatter import keep_end_matter_headings
from ..normalise.html import text_of
from .feedparse import FEED_TYPES, entries_from_feed
from .formats import release_from_article
from .listed import ListingItem, items_of, parse_listing, with_listing
from .memory import WebMemory
from .pagematter import with_page_matter
from ..http import FetchError, Fetcher, FetchPolicy, FetchResult, RobotsDisallowed
from .urls import canonical_url, url_identity

log = logging.getLogger(__name__)
REVALIDATE_AFTER = timedelta(days=7)   # a known article is checked again (conditionally) this often
PAGE_TYPES = ("text/html", "application/xhtml+xml")
# Releases published as files: a listing item linking one is read from the file (feeds.sources.documents).
DOCUMENT_TYPES = {"application/pdf": ".pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
_DOCUMENT_LINK = re.compile(r"\.(?:pdf|docx)$", re.IGNORECASE)


def user_agent(config: Config) -> str:
    contact = config.service.contact_url or config.service.base_url
    return f"feeds/{__version__} (press release feed service; +{contact})"


def fetcher_for(source: SourceConfig, config: Config, accept: tuple[str, ...]) -> Fetcher:
    return Fetcher(FetchPolicy(user_agent=user_agent(config), accept=accept,
                               allow_private_network=source.allow_private_network,
                               host_delay=config.service.host_delay, deadline=config.service.fetch_deadline,
                               max_bytes=config.service.fetch_max_bytes))


def _wanted(url: str, source: SourceConfig) -> bool:
    if source.include and not any(re.search(p, url) for p in source.include):
        return False
    return not any(re.search(p, url) for p in source.exclude)


def _link_texts(doc: lxml_html.HtmlElement | None) -> dict[str, str]:
    """Canonical URL -> the text of the listing around its link (changes when the listing entry changes);
    `doc` is the listing as `listed.parse_listing` gives it."""
    out: dict[str, str] = {}
    for a in doc.iter("a") if doc is not None else ():
        href = a.get("href")
        if href and href.startswith(("http://", "https://")):
            item = cast(lxml_html.HtmlElement, a.getparent() if a.getparent() is not None else a)
            out.setdefault(canonical_url(href), " ".join(item.text_content().split())[:500])
    return out


def _marker(text: str | None) -> str | None:
    return hashlib.sha256(text.encode()).hexdigest()[:16] if text else None


class Listed(NamedTuple):
    """An article link of a listing: the URL as given, its marker, and what the listing shows about it."""

    url: str
    marker: str | None
    item: ListingItem | None


def listing_articles(source: SourceConfig, fetcher: Fetcher) -> list[Listed]:
    """Article URLs, each with its listing marker and item, from up to `max_pages` listing pages (always
    fetched afresh: they are few, and they are how new releases are found). SourceError when the first
    listing page cannot be read.

    Each URL is the link as the listing gave it (resolved against the page, fragment dropped): that is
    what is fetched and linked, since many servers answer 404 to another spelling (a trailing slash
    taken away). The canonical form only tells two spellings of one article apart (the first wins)."""
    articles: dict[str, Listed] = {}
    url: str | None = source.url
    seen: set[str] = set()
    for number in range(source.max_pages):
        if url is None or canonical_url(url) in seen:
            break
        seen.add(canonical_url(url))
        try:
            result = fetcher.fetch(url)
            html = decode_bytes(result.body, result.charset)
        except (FetchError, SkipFile) as e:
            if number == 0:
                raise SourceError(f"listing page {url} could not be read: {e}") from e
            log.warning("source=%s listing page %s failed: %s", source.id, url, e)
            break
        doc = parse_listing(html, result.url)          # one parse for the link texts and the items
        texts = _link_texts(doc)
        items = items_of(doc, source.locale or None) if doc is not None else {}
        links = find_links(html, result.url, source.links or None)
        if not links and not source.links:
            links = _document_links(texts)     # a listing of PDF or Word releases only
        for link in links:
            canonical = canonical_url(link)
            if canonical not in articles and _wanted(canonical, source):
                articles[canonical] = Listed(link, _marker(texts.get(canonical)), items.get(canonical))
        url = find_next_page(html, result.url, source.next or None)
    return list(articles.values())


def _document_links(texts: dict[str, str]) -> list[str]:
    """Links of a listing to PDF or Word files whose listing text reads like a headline (four words or more)."""
    return [url for url, text in texts.items()
            if _DOCUMENT_LINK.search(urlsplit(url).path) and len(text.split()) >= 4]


def rules_of(source: SourceConfig) -> ArticleRules:
    return ArticleRules(title=source.title or None, date=source.date or None, body=source.body or None,
                        remove=source.remove)


def release_from_page(result: FetchResult, url: str, source: SourceConfig, item: ListingItem | None = None
                      ) -> RawRelease:
    """The raw release of a fetched article page (SkipFile when its bytes cannot be read as text), linked
    at `url`, the address the listing gave (not where a redirect ended, not the canonical form). A PDF or
    Word file is read as a release file, with what the listing's `item` shows about it as evidence
    (`listed.with_listing`)."""
    suffix = document_suffix(result)
    if suffix is not None:
        raw = replace(BINARY_PARSERS[suffix](result.body, url_identity(url), None), url=url)
        if item is None:
            return raw
        listed = with_listing(raw, item)
        if item.title and listed.title != item.title:
            log.info("source=%s %s: the file's title %r is kept, the listing says %r", source.id, url, listed.title,
                     item.title)
        return listed
    page = decode_bytes(result.body, result.charset)
    article = extract_article(keep_end_matter_headings(page), result.url, rules_of(source))
    return with_page_matter(release_from_article(article, url_identity(url), url), page)


def document_suffix(result: FetchResult) -> str | None:
    """".pdf" or ".docx" when a fetched resource is a PDF or Word file (by its type, or by its name when
    the server gives no useful type), else None."""
    suffix = DOCUMENT_TYPES.get(result.content_type or "")
    if suffix is None and result.content_type in (None, "application/octet-stream"):
        found = _DOCUMENT_LINK.search(urlsplit(result.url).path)
        suffix = found.group(0).lower() if found else None
    return suffix


def listed_item(source: SourceConfig, fetcher: Fetcher, url: str) -> ListingItem | None:
    """What a `page` source's listing shows about `url` (None when it does not link it), read as a run reads
    it: for a preview of one of its files (`feeds extract URL --source ID`)."""
    if source.kind != "page" or not source.url:
        return None
    wanted = canonical_url(url)
    return next((listed.item for listed in listing_articles(source, fetcher) if canonical_url(listed.url) == wanted),
                None)


def scan_pages(source: SourceConfig, fetcher: Fetcher, memory: WebMemory, now: datetime
               ) -> Iterator[RawRelease | Skipped | Unchanged | Failed]:
    """The releases of a `page` source: new and changed articles are fetched, known ones are not."""
    articles = listing_articles(source, fetcher)
    if not articles:
        raise SourceError(f"no article links found on {source.url}")
    for url, marker, item in articles[: source.max_articles]:
        origin = url_identity(url)
        state = memory.state(origin)
        known = memory.known(origin)
        if known and state and state.marker == marker and now - state.checked < REVALIDATE_AFTER:
            yield Unchanged(origin, link=url)
            continue
        try:
            result = fetcher.fetch(url, etag=state.etag if known and state else None,
                                   last_modified=state.last_modified if known and state else None)
        except RobotsDisallowed as e:
            yield Skipped(origin, f"robots.txt does not allow it: {e}")
            continue
        except FetchError as e:
            yield Failed(origin, str(e))
            continue
        memory.remember(origin, result.etag, result.last_modified, marker)
        if result.not_modified:
            yield Unchanged(origin, link=url)
            continue
        try:
            yield release_from_page(result, url, source, item)
        except SkipFile as e:
            yield Skipped(origin, str(e))


def scan_feed(source: SourceConfig, fetcher: Fetcher, memory: WebMemory, now: datetime
              ) -> Iterator[RawRelease | Skipped | Unchanged | Failed]:
    """The items of a `feed` source, re-normalised like any release. Every item not read is yielded
    as Skipped with its reason (beyond `max_items`, excluded by a pattern, a repeat, no text at all)."""
    key = "feed:" + url_identity(source.url)
    state = memory.state(key)
    try:
        result = fetcher.fetch(source.url, etag=state.etag if state else None,
                               last_modified=state.last_modified if state else None)
    except FetchError as e:
        raise SourceError(f"feed {source.url} could not be read: {e}") from e
    if result.not_modified:
        return
    try:
        items = entries_from_feed(result.body, result.content_type, result.url, source.max_items)
    except SkipFile as e:
        raise SourceError(f"feed {source.url} could not be parsed: {e}") from e
    for raw in items.entries:
        if raw.url and not _wanted(raw.url, source):
            yield Skipped(raw.origin, "the item's link is excluded by the source's include/exclude patterns")
        elif raw.body_html is None and raw.body_text is None:
            yield headline_only(raw, source, fetcher, memory, now)
        else:
            yield raw
    for origin, reason in items.dropped:
        yield Skipped(origin, reason)
    memory.remember(key, result.etag, result.last_modified, None)


def _title_text(raw: RawRelease) -> str:
    """A headline-only item's body: its title as plain text (a feed's title may carry markup)."""
    return text_of(raw.title or "")


def headline_only(raw: RawRelease, source: SourceConfig, fetcher: Fetcher, memory: WebMemory, now: datetime
                  ) -> RawRelease | Unchanged:
    """An item with a title and no text: with `expand = true`, the body of its linked page, fetched by the
    source's own fetcher (robots.txt, host delay, address checks) and, like a page source's articles, not
    again while the item's title is the same (re-checked conditionally after a week); otherwise, or when
    the page gives nothing, the title is its body."""
    if not (source.expand and raw.url):
        return replace(raw, body_text=_title_text(raw))
    marker = _marker(raw.title)
    state = memory.state(raw.origin)
    known = memory.known(raw.origin) and state is not None
    if known and state.marker == marker and now - state.checked < REVALIDATE_AFTER:  # type: ignore[union-attr]
        return Unchanged(raw.origin)
    try:
        result = fetcher.fetch(raw.url, etag=state.etag if known else None,  # type: ignore[union-attr]
                               last_modified=state.last_modified if known else None)  # type: ignore[union-attr]
        if result.not_modified:
            memory.remember(raw.origin, result.etag, result.last_modified, marker)
            return Unchanged(raw.origin)
        page = release_from_page(result, raw.url, source)
    except (FetchError, SkipFile) as e:
        log.info("source=%s item %s: its page gave no text, the title is its body: %s", source.id, raw.origin, e)
        return replace(raw, body_text=_title_text(raw))
    memory.remember(raw.origin, result.etag, result.last_modified, marker)
    if not (page.body_html or page.body_text):
        return replace(raw, body_text=_title_text(raw))
    return replace(raw, body_html=page.body_html, body_text=page.body_text,
                   published=raw.published or page.published, language=raw.language or page.language)


def read_web_source(source: SourceConfig, config: Config, memory: WebMemory, now: datetime
                    ) -> Iterator[RawRelease | Skipped | Unchanged | Failed | Backlog]:
    if source.kind == "page":
        return scan_pages(source, fetcher_for(source, config, PAGE_TYPES + tuple(DOCUMENT_TYPES)), memory, now)
    if source.kind == "sitemap":
        from .sitemap import SITEMAP_TYPES, scan_sitemap
        return scan_sitemap(source, fetcher_for(source, config, PAGE_TYPES + SITEMAP_TYPES), memory, now,
                            config.service.fetch_max_bytes)
    return scan_feed(source, fetcher_for(source, config, FEED_TYPES), memory, now)
