"""Discovery: from a site's address to ready `[[sources]]` blocks, best first (`feeds discover`, and the
web site's "Add a source" page).

Looks, politely and through the one safe `Fetcher` (robots.txt, the per-host delay, the private-network
guard, size caps), for three kinds of source:
1. feeds the site advertises (`<link rel="alternate">` on the page and its home page) or keeps at a
   common path (/feed, /rss.xml, /atom.xml, /index.xml, /press/feed), fetched and parsed;
2. sitemaps (robots.txt `Sitemap:` lines, else /sitemap.xml, /sitemap_index.xml and the usual news
   sitemap names), with how many URLs look like releases and their date range; an index is looked
   into one level (its news sitemaps first, else its newest);
3. listing pages: the page itself, and links of the page and home page named news, press, media,
   releases, statements, communiqués (and their French, Spanish, German, Portuguese, Italian names),
   checked by finding article links in them.
Each candidate is read the way ingestion would read it: the count of releases, and the newest three
titles and dates as `feeds extract` would read them. Feeds rank first, then sitemaps, then listing pages.

Only the site the user named is ever asked (its host and port, or where its first page redirected):
feeds, sitemaps, listings and articles elsewhere are noted, never fetched.
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import cast
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import html as lxml_html

from .config import Config, SourceConfig
from .errors import SkipFile, SourceError
from .model import RawRelease
from .normalise import normalise
from .normalise.classifier import Classifier
from .sources.decode import decode_bytes
from .sources.feedparse import FEED_TYPES, entries_from_feed
from .http import FetchError, Fetcher, FetchPolicy, FetchResult
from .sources.sitemap import (SITEMAP_TYPES, Sitemap, SitemapEntry, fetch_entry, newest_first, parse_sitemap, same_site,
                              site_of)
from .sources.urls import canonical_url
from .sources.web import DOCUMENT_TYPES, PAGE_TYPES, listing_articles, release_from_page, user_agent

log = logging.getLogger(__name__)
FEED_PATHS = ("/feed", "/rss.xml", "/atom.xml", "/index.xml", "/press/feed")
SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/sitemap-news.xml", "/news-sitemap.xml")
ALTERNATE_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
                   "application/rdf+xml")
PREVIEWS = 3              # newest releases shown per candidate
MAX_LISTINGS = 3          # listing pages checked
MAX_CHILDREN = 3          # child sitemaps of an index looked into
# Words naming a news section, accents and case folded (en, fr, es, de, pt, it).
NEWS_WORDS = frozenset({
    "news", "press", "media", "release", "releases", "statement", "statements", "newsroom", "communique",
    "communiques", "pressroom", "announcements", "actualites", "actualite", "presse", "nouvelles",
    "noticias", "prensa", "comunicados", "comunicado", "nachrichten", "pressemitteilungen", "aktuelles",
    "medien", "imprensa", "noticia", "comunicati", "notizie", "stampa", "sala",
})
ORDER = {"feed": 0, "sitemap": 1, "page": 2}


@dataclass(frozen=True)
class Preview:
    title: str
    published: datetime
    estimated: bool


@dataclass(frozen=True)
class Candidate:
    """One source the site could be read as, and what it would yield now."""

    kind: str                       # feed, sitemap or page
    url: str
    releases: int                   # releases it would give (feed entries, sitemap URLs, listing links)
    newest: tuple[Preview, ...]     # the newest few, read as ingestion would read them
    note: str = ""                  # what else is worth knowing (date range, URLs that look like releases)
    include: tuple[str, ...] = ()

    @property
    def works(self) -> bool:
        return self.releases > 0 and bool(self.newest)

    def block(self, source_id: str, name: str, allow_private_network: bool = False) -> str:
        """The `[[sources]]` TOML block of this candidate."""
        lines = ["[[sources]]", f"id = {_toml(source_id)}", f"name = {_toml(name)}", f"kind = {_toml(self.kind)}",
                 f"url = {_toml(self.url)}"]
        if self.include:
            lines.append("include = [" + ", ".join(_toml(p) for p in self.include) + "]")
        if allow_private_network:
            lines.append("allow_private_network = true")
        return "\n".join(lines) + "\n"


@dataclass
class Discovery:
    """What discovery found for one address: candidates best first, and notes on what it passed over."""

    url: str
    site_name: str
    source_id: str
    candidates: list[Candidate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def working(self) -> list[Candidate]:
        return [c for c in self.candidates if c.works]


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)    # a JSON string is a valid TOML basic string


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> set[str]:
    return set(re.split(r"[^a-z0-9]+", _fold(text))) - {""}


def names_news(text: str) -> bool:
    """Whether a link text or path segment names a news section ("Press releases", "Communiqués")."""
    return bool(_words(text) & NEWS_WORDS)


def looks_like_release(entry: SitemapEntry) -> bool:
    """A sitemap URL that looks like a release: a news sitemap entry, or an article under a news section or
    a dated path (not the section's own page, not a file)."""
    if entry.published or entry.title:
        return True
    segments = [s for s in urlsplit(entry.url).path.split("/") if s]
    if len(segments) < 2 or re.search(r"\.(?:pdf|jpe?g|png|gif|docx?|xlsx?|zip|xml)$", segments[-1], re.I):
        return False
    if names_news(segments[-1].replace("-", " ")) and len(_words(segments[-1])) <= 2:
        return False
    return any(names_news(s) for s in segments[:-1]) or any(re.fullmatch(r"(?:19|20)\d\d", s) for s in segments[:-1])


def _prefix(url: str) -> str:
    """The section a release URL sits in, as a pattern: /en/news/, or /en/\\d{4}/ for dated paths."""
    segments = [s for s in urlsplit(url).path.split("/") if s][:-1]
    out = []
    for s in segments:
        if re.fullmatch(r"(?:19|20)\d\d", s):
            out.append(r"\d{4}")
            break
        out.append(re.escape(s))
        if names_news(s):
            break
    return "/" + "/".join(out) + "/"


def include_patterns(entries: list[SitemapEntry], releases: list[SitemapEntry]) -> tuple[str, ...]:
    """`include` patterns keeping the release-like URLs of a sitemap, when it lists others too; the fewest
    sections (up to 3) covering nearly all of them (conservative: no pattern when that fails)."""
    if len(releases) == len(entries) or not releases:
        return ()
    counts = Counter(_prefix(e.url) for e in releases)
    chosen, covered = [], 0
    for prefix, n in counts.most_common(3):
        chosen.append(prefix)
        covered += n
        if covered >= 0.95 * len(releases):
            return tuple(chosen)
    return ()


def _day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "?"


class _Look:
    """One discovery run: the fetcher, the config and the sites we may ask."""

    def __init__(self, config: Config, url: str, allow_private_network: bool, source_id: str, name: str) -> None:
        self.config = config
        # a preview shows titles and dates only: the keyword rules suffice (no learned model to read)
        self.classifier = Classifier(config.topics)
        self.private = allow_private_network
        self.fetcher = Fetcher(FetchPolicy(
            user_agent=user_agent(config), accept=PAGE_TYPES + tuple(DOCUMENT_TYPES) + FEED_TYPES + SITEMAP_TYPES,
            allow_private_network=allow_private_network, host_delay=config.service.host_delay,
            deadline=config.service.fetch_deadline, max_bytes=config.service.fetch_max_bytes))
        self.sites = {site_of(url)}
        self.source_id = source_id
        self.name = name
        self.now = datetime.now(timezone.utc)
        self.notes: list[str] = []

    def source(self, kind: str, url: str, include: tuple[str, ...] = ()) -> SourceConfig:
        return SourceConfig(id=self.source_id, name=self.name, kind=kind, url=url, include=include,
                            allow_private_network=self.private)

    def fetch(self, url: str) -> FetchResult | None:
        if not same_site(url, self.sites):
            self.notes.append(f"not asked (another site than the one named): {url}")
            return None
        try:
            return self.fetcher.fetch(url)
        except FetchError as e:
            log.info("discover: %s", e)
            return None

    def previews(self, raws: Iterable[RawRelease], source: SourceConfig) -> list[Preview]:
        out = []
        for raw in raws:
            try:
                r = normalise(raw, source, self.classifier, self.now, self.config.service.base_url)
            except SkipFile:
                continue
            out.append(Preview(r.title, r.published, r.published_estimated))
        return sorted(out, key=lambda p: p.published, reverse=True)

    # ------------------------------------------------------------------ feeds

    def feed(self, url: str) -> Candidate | None:
        result = self.fetch(url)
        if result is None:
            return None
        try:      # the document is sniffed: a feed served as text/html is still a feed
            items = entries_from_feed(result.body, result.content_type, result.url)
        except SkipFile as e:
            if result.content_type not in ("text/html", "application/xhtml+xml"):
                self.notes.append(f"not a readable feed: {url} ({e})")
            return None
        previews = self.previews(items.entries, self.source("feed", url))
        if not previews:
            return None
        return Candidate("feed", url, len(previews), tuple(previews[:PREVIEWS]),
                         f"{len(previews)} entries, {_day(previews[-1].published)} to {_day(previews[0].published)}")

    # ------------------------------------------------------------------ sitemaps

    def sitemap_urls(self, root: str) -> list[str]:
        result = self.fetch(root + "/robots.txt")
        named = []
        if result is not None:
            from protego import Protego
            named = list(Protego.parse(decode_bytes(result.body, result.charset)).sitemaps)
        for url in named:
            if not same_site(url, self.sites):
                self.notes.append(f"robots.txt names a sitemap on another site, not read: {url}")
        return [u for u in named if same_site(u, self.sites)] or [root + p for p in SITEMAP_PATHS]

    def read_sitemap(self, url: str) -> Sitemap | None:
        result = self.fetch(url)
        if result is None or result.content_type in ("text/html", "application/xhtml+xml"):
            return None
        try:
            return parse_sitemap(result.body, self.config.service.fetch_max_bytes)
        except SkipFile as e:
            self.notes.append(f"not a readable sitemap: {url} ({e})")
            return None

    def sitemap(self, url: str, named: bool = False) -> list[Candidate]:
        """Candidates of a sitemap: itself, or for an index the news-named (else newest) children. A sitemap
        the user `named` is taken whole (every URL counts, an index is the candidate itself)."""
        parsed = self.read_sitemap(url)
        if parsed is None or not parsed.is_index:
            return self.sitemap_candidate(url, parsed.entries if parsed else (), named)
        children = [c for c in parsed.children if same_site(c.url, self.sites)]
        children.sort(key=lambda c: (not names_news(urlsplit(c.url).path), -(c.when or self.now).timestamp()))
        children = children[:MAX_CHILDREN]
        self.notes.append(f"sitemap index {url}: {len(parsed.children)} sitemaps, looked into {len(children)}")
        maps = [(c.url, m) for c in children if (m := self.read_sitemap(c.url)) and not m.is_index]
        if named:
            entries = tuple(e for _, m in maps for e in m.entries)
            where = f" (in {len(maps)} of its {len(parsed.children)} sitemaps)"
            return self.sitemap_candidate(url, entries, True, where)
        return [c for child_url, m in maps for c in self.sitemap_candidate(child_url, m.entries, False)]

    def sitemap_candidate(self, url: str, listed: Iterable[SitemapEntry], named: bool, where: str = ""
                          ) -> list[Candidate]:
        entries = [e for e in listed if same_site(e.url, self.sites)]
        releases = newest_first(e for e in entries if named or looks_like_release(e))
        if not releases:
            return []
        include = () if named else include_patterns(entries, releases)
        source = self.source("sitemap", url, include)
        raws = []
        for entry in releases[:PREVIEWS]:
            try:
                _, raw = fetch_entry(entry, source, self.fetcher, self.now)
            except (FetchError, SkipFile) as e:
                log.info("discover: %s", e)
                continue
            if raw is not None:
                raws.append(raw)
        dated = [e.when for e in releases if e.when]
        span = f", {_day(min(dated))} to {_day(max(dated))}" if dated else ", no dates"
        note = (f"{len(releases)} URLs{where}" if named else
                f"{len(releases)} of {len(entries)} URLs look like releases") + span
        return [Candidate("sitemap", url, len(releases), tuple(self.previews(raws, source)[:PREVIEWS]), note, include)]

    # ------------------------------------------------------------------ listing pages

    def listing(self, url: str) -> Candidate | None:
        source = self.source("page", url)
        try:
            links = listing_articles(source, self.fetcher)
        except SourceError as e:
            log.info("discover: %s", e)
            return None
        ours = [listed for listed in links if same_site(listed.url, self.sites)]
        raws = []
        for link, _, item in ours[:PREVIEWS]:
            try:
                raws.append(release_from_page(self.fetcher.fetch(link), link, source, item))
            except (FetchError, SkipFile) as e:
                log.info("discover: %s", e)
        previews = self.previews(raws, source)
        note = f"{len(links)} article links on up to {source.max_pages} listing pages"
        if len(ours) < len(links):
            note += f" ({len(links) - len(ours)} on other sites)"
        return Candidate("page", url, len(links), tuple(previews[:PREVIEWS]), note)


def _page_links(result: FetchResult) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]], str]:
    """(link text, absolute URL) of every link, (rel, type, URL) of every <link>, and the site's name."""
    try:
        text = decode_bytes(result.body, result.charset) or "<html></html>"
        doc = cast(lxml_html.HtmlElement, lxml_html.fromstring(text, base_url=result.url))
    except (ValueError, TypeError, SkipFile, lxml_html.etree.ParserError):
        return [], [], ""
    anchors = [(" ".join(a.text_content().split()), urljoin(result.url, a.get("href", "")))
               for a in doc.iter("a") if a.get("href")]
    links = [((el.get("rel") or "").lower(), (el.get("type") or "").lower(), urljoin(result.url, el.get("href", "")))
             for el in doc.iter("link") if el.get("href")]
    name = str(doc.xpath("string(//meta[@property='og:site_name']/@content)")).strip()
    if not name:
        name = re.split(r"\s+[|\-–—:·]\s+", " ".join((doc.findtext(".//title") or "").split()))[-1].strip()
    return anchors, links, name


def default_id(url: str) -> str:
    host = (urlsplit(url).hostname or "site").lower().removeprefix("www.")
    return re.sub(r"[^a-z0-9]+", "-", host).strip("-") or "site"


def discover(url: str, config: Config, allow_private_network: bool = False, source_id: str | None = None,
             name: str | None = None) -> Discovery:
    """Look at a site and return its candidate sources, best first (see the module docstring)."""
    look = _Look(config, url, allow_private_network, source_id or default_id(url), name or "")
    found = Discovery(url, name or "", look.source_id)
    first = look.fetch(url)
    if first is None:
        found.notes.append(f"the page could not be read: {url}")
        found.notes.extend(look.notes)
        return found
    look.sites.add(site_of(first.url))
    parts = urlsplit(first.url)
    root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    pages = [first]
    if canonical_url(first.url) != canonical_url(root + "/"):
        home = look.fetch(root + "/")
        pages += [home] if home is not None else []
    anchors, links, site_name = [], [], ""
    for page in pages:
        page_anchors, page_links, page_name = _page_links(page)
        anchors += page_anchors
        links += page_links
        site_name = site_name or page_name
    look.name = found.site_name = name or site_name or urlsplit(first.url).hostname or "Publisher"
    # 0. the address itself, when it is a feed or a sitemap rather than a page
    given: list[Candidate] = []
    if first.content_type not in ("text/html", "application/xhtml+xml"):
        given = [c for c in [look.feed(first.url)] if c] or look.sitemap(first.url, named=True)
    # 1. feeds: advertised first; the common paths only when none of those works
    advertised = list(dict.fromkeys(u for rel, kind, u in links
                                    if "alternate" in rel.split() and kind in ALTERNATE_TYPES))
    advertised = [u for u in advertised if canonical_url(u) != canonical_url(first.url)]
    feeds = [c for u in advertised if (c := look.feed(u))]
    if not feeds and not given:
        feeds = [c for u in (root + p for p in FEED_PATHS) if (c := look.feed(u))]
    # 2. sitemaps
    sitemaps = [c for u in dict.fromkeys(look.sitemap_urls(root)) if canonical_url(u) != canonical_url(first.url)
                for c in look.sitemap(u)]
    # 3. listing pages: the page itself (unless it is the home page), then news-named links
    named = [u for text, u in anchors if names_news(text) and u.startswith(("http://", "https://"))]
    own = [first.url] if canonical_url(first.url) != canonical_url(root + "/") and not given else []
    listings = []
    for u in list(dict.fromkeys(canonical_url(x) for x in own + named))[:MAX_LISTINGS]:
        if same_site(u, look.sites) and (c := look.listing(u)):
            listings.append(c)
    everything = given + feeds + sitemaps + listings
    found.candidates = sorted(everything, key=lambda c: (not c.works, ORDER[c.kind], -c.releases))
    found.notes.extend(dict.fromkeys(look.notes))
    return found


def report_text(found: Discovery, allow_private_network: bool) -> str:
    """What `feeds discover` prints: each candidate's summary as comments, then its block; notes last."""
    out = []
    for i, c in enumerate(found.working, 1):
        out.append(f"# {i}. {c.kind}: {c.url}")
        out.append(f"#    {c.releases} release{'' if c.releases == 1 else 's'}; {c.note}")
        for p in c.newest:
            out.append(f"#    {p.published.strftime('%Y-%m-%d')}{' (estimated)' if p.estimated else ''}  {p.title}")
        out.append(c.block(found.source_id, found.site_name, allow_private_network))
    for c in found.candidates:
        if not c.works:
            out.append(f"# found but gave no release: {c.kind} {c.url}")
    out.extend(f"# {n}" for n in found.notes)
    return "\n".join(out)
