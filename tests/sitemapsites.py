"""Loopback sites for sitemap sources and discovery, served like `tests.sites` on 127.0.0.1.

`NewsSite` is the press site of `tests.sites` with a home page, a robots.txt naming a news sitemap, and
(only when `feed` is set) an advertised RSS feed. `BigSitemapSite` lists thousands of tiny pages in one
sitemap (or an index of gzip children), answers conditional requests for its sitemaps, and records hits.
"""
from __future__ import annotations

import gzip
import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from werkzeug.wrappers import Request, Response

from .sites import Hit, PressSite

NEWS_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
FEED_PATHS = ("/feed.xml", "/atom.xml", "/feed.json")


def _xml(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}'


@dataclass
class NewsSite(PressSite):
    """Home page, paginated news listing, articles, robots.txt with a news sitemap; a feed only if `feed`."""

    feed: bool = False

    def home(self) -> str:
        alternate = '<link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">' if self.feed else ""
        return f"""<!doctype html><html lang="en"><head><title>Example Council</title>
<meta property="og:site_name" content="Example Council">{alternate}</head><body>
<header><nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/en/news">Press releases</a>
<a href="/contact">Contact</a></nav></header>
<main><h1>Welcome to the Example Council</h1><p>We are a council of examples.</p></main></body></html>"""

    def news_sitemap(self) -> str:
        urls = "".join(
            f"<url><loc>{self.url(f'/en/2024/release-{n}')}</loc><news:news><news:publication>"
            f"<news:name>Example Council</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{self.day(n).isoformat()}T09:00:00Z</news:publication_date>"
            f"<news:title>{self.title(n)}</news:title></news:news></url>" for n in range(self.articles))
        return _xml(f"<urlset {NEWS_NS}>{urls}</urlset>")

    def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
        request = Request(environ)
        path = request.path
        if path == "/":
            response = Response(self.home(), mimetype="text/html")
        elif path == "/robots.txt":
            response = Response(f"User-agent: *\nDisallow: /private/\nSitemap: {self.url('/news-sitemap.xml')}\n",
                                mimetype="text/plain")
        elif path == "/news-sitemap.xml":
            response = Response(self.news_sitemap(), mimetype="application/xml")
        elif path in FEED_PATHS and not self.feed:
            response = Response("not found", status=404, mimetype="text/plain")
        else:
            return super().__call__(environ, start_response)
        self.hits.append(Hit(request.full_path.rstrip("?"), time.monotonic(), dict(request.headers)))
        return response(environ, start_response)


@dataclass
class BigSitemapSite:
    """`pages` tiny releases listed in /sitemap.xml (shuffled, each with its lastmod), or with `index` set,
    in an index of gzip child sitemaps of `per_child` URLs. Sitemaps carry an ETag and answer 304."""

    pages: int = 2000
    index: bool = False
    per_child: int = 500
    foreign: list[str] = field(default_factory=list)     # extra <loc>s (other hosts) in the sitemap
    changed: dict[int, str] = field(default_factory=dict)  # page -> later lastmod (an edit)
    hits: list[Hit] = field(default_factory=list)
    port: int = 0

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def when(self, n: int) -> datetime:
        return datetime(2020, 1, 1, 9, tzinfo=timezone.utc) + timedelta(hours=6 * n)

    def order(self) -> list[int]:
        """Document order: not the date order, so newest-first is the source's doing."""
        return sorted(range(self.pages), key=lambda n: hashlib.sha256(str(n).encode()).hexdigest())

    def lastmod(self, n: int) -> str:
        return self.changed.get(n, self.when(n).isoformat())

    def urlset(self, numbers: list[int]) -> str:
        urls = "".join(f"<url><loc>{self.url(f'/p/{n}')}</loc><lastmod>{self.lastmod(n)}</lastmod></url>"
                       for n in numbers)
        urls += "".join(f"<url><loc>{loc}</loc></url>" for loc in self.foreign)
        return _xml(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')

    def children(self) -> list[list[int]]:
        order = self.order()
        return [order[i:i + self.per_child] for i in range(0, len(order), self.per_child)]

    def sitemap_index(self) -> str:
        items = "".join(f"<sitemap><loc>{self.url(f'/sitemaps/{i}.xml.gz')}</loc>"
                        f"<lastmod>{max(self.lastmod(n) for n in part)}</lastmod></sitemap>"
                        for i, part in enumerate(self.children()))
        return _xml(f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>')

    def page(self, n: int) -> str:
        edit = " It was corrected later." if n in self.changed else ""
        return (f'<!doctype html><html lang="en"><head><title>Release {n}</title>'
                f'<meta property="article:published_time" content="{self.when(n).isoformat()}"></head>'
                f"<body><main><h1>Release {n}</h1><p>The council published release number {n} today about "
                f"regional trade and cooperation between its members.{edit}</p></main></body></html>")

    def _conditional(self, request: Request, body: bytes, mimetype: str) -> Response:
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, mimetype=mimetype, headers={"ETag": etag})

    def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
        request = Request(environ)
        self.hits.append(Hit(request.full_path.rstrip("?"), time.monotonic(), dict(request.headers)))
        path = request.path
        if path == "/robots.txt":
            response = Response("User-agent: *\nDisallow: /private/\n", mimetype="text/plain")
        elif path == "/sitemap.xml":
            text = self.sitemap_index() if self.index else self.urlset(self.order())
            response = self._conditional(request, text.encode(), "application/xml")
        elif path.startswith("/sitemaps/") and path.endswith(".xml.gz") and self.index:
            part = self.children()[int(path.split("/")[-1].split(".")[0])]
            body = gzip.compress(self.urlset(part).encode(), mtime=0)
            response = self._conditional(request, body, "application/x-gzip")
        elif path.startswith("/p/") and int(path[3:]) < self.pages:
            response = Response(self.page(int(path[3:])), mimetype="text/html")
        else:
            response = Response("not found", status=404, mimetype="text/plain")
        return response(environ, start_response)

    def page_hits(self) -> list[str]:
        return [h.path for h in self.hits if h.path.startswith("/p/")]

    def other_hits(self) -> list[str]:
        return [h.path for h in self.hits if not h.path.startswith("/p/")]
