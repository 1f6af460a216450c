"""A small press-release website for tests, served by a real HTTP server on 127.0.0.1.

`PressSite` generates a paginated listing (3 pages x 10 articles by default) and article pages in
three templates (JSON-LD, OpenGraph only, bare HTML with a visible date), plus robots.txt, RSS 2.0,
Atom and JSON Feed versions of the same releases. Every request is recorded (path, time, headers).
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from typing import Any, TypeVar

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

SUBJECTS = [
    ("Ministers agree on regional trade facilitation", "trade ministers agreed to cut tariffs and simplify customs"),
    ("Council condemns terrorist attack", "the council condemned the terrorist attack and called for counter-terrorism cooperation"),
    ("Health ministers launch vaccine drive", "health ministers launched a vaccine drive in border villages"),
    ("Flood season outlook published", "the outlook warns of floods and asks villages to prepare evacuation plans"),
    ("Scholarships for coastal students", "scholarships will help students from coastal schools"),
]


@dataclass
class Hit:
    path: str
    at: float
    headers: dict[str, str]


@dataclass
class PressSite:
    articles: int = 30
    per_page: int = 10
    robots: str = "User-agent: *\nDisallow: /private/\n"
    hits: list[Hit] = field(default_factory=list)
    port: int = 0
    edits: dict[int, str] = field(default_factory=dict)     # article number -> extra sentence
    slash: bool = False       # article paths end in "/", and the same path without it is a 404

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def day(self, n: int) -> date:
        return date(2024, 1, 1) + timedelta(days=n * 3)

    def title(self, n: int) -> str:
        return f"{SUBJECTS[n % len(SUBJECTS)][0]} (release {n})"

    def body(self, n: int) -> list[str]:
        subject = SUBJECTS[n % len(SUBJECTS)][1]
        paras = [f"GENEVA, {self.day(n):%d %B %Y} - Today {subject}. This is release number {n}.",
                 f"The second paragraph of release {n} explains the decision in more detail for readers.",
                 f"The third paragraph of release {n} quotes the chair: \u201cWe are committed to this work.\u201d"]
        if n in self.edits:
            paras.append(self.edits[n])
        return paras

    # -- pages ---------------------------------------------------------------------------------

    def listing(self, page: int) -> str:
        start = (page - 1) * self.per_page
        numbers = range(start, min(start + self.per_page, self.articles))
        items = "\n".join(
            f'<li class="item"><h3><a href="{self.article_path(n)}">{escape(self.title(n))}</a></h3>'
            f"<p>{self.day(n):%d %B %Y}</p></li>" for n in numbers)
        pages = (self.articles + self.per_page - 1) // self.per_page
        nxt = f'<li class="next"><a rel="next" href="/en/news?page={page + 1}">Next</a></li>' if page < pages else ""
        return f"""<!doctype html><html lang="en"><head><title>News | Example Council</title></head><body>
<header><nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/contact">Contact</a>
<a href="/en/topics/trade">Trade</a></nav></header>
<main><h1>Press releases</h1><ul class="list">{items}</ul>
<ul class="pager">{nxt}</ul></main>
<aside><a href="/private/secret-1">Internal note</a></aside>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>"""

    def article_path(self, n: int) -> str:
        """An article's address as the listing gives it."""
        return f"/en/2024/release-{n}/" if self.slash else f"/en/2024/release-{n}?utm_source=listing"

    def article(self, n: int) -> str:
        title, paras, day = self.title(n), self.body(n), self.day(n)
        body = "".join(f"<p>{escape(p)}</p>" for p in paras)
        chrome = ('<header><nav><a href="/">Home</a> <a href="/en/news">News</a></nav></header>'
                  '<div class="cookie-banner">We use cookies. <button>Accept</button></div>')
        footer = '<aside class="related"><h2>Related news</h2><a href="/en/2024/release-1">Other</a></aside>' \
                 "<footer>Example Council, 1 Main Street</footer>"
        template = n % 3
        if template == 0:
            ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                             "datePublished": f"{day.isoformat()}T09:00:00Z"})
            head = f'<title>{escape(title)} | Example Council</title><script type="application/ld+json">{ld}</script>'
            main = f"<article><h1>{escape(title)}</h1>{body}</article>"
        elif template == 1:
            head = (f'<title>Example Council</title><meta property="og:title" content="{escape(title)}">'
                    f'<meta property="article:published_time" content="{day.isoformat()}T09:00:00+00:00">')
            main = f'<main><h1>{escape(title)}</h1><div class="field--body">{body}</div></main>'
        else:
            head = f"<title>{escape(title)} - Example Council</title>"
            main = (f'<div id="content"><h1>{escape(title)}</h1><p class="date">Published on {day:%d %B %Y}</p>'
                    f"{body}</div>")
        return f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head}</head><body>{chrome}{main}{footer}</body></html>'

    def rss(self) -> str:
        items = "".join(
            f"<item><title>{escape(self.title(n))}</title><link>{self.url(f'/en/2024/release-{n}')}</link>"
            f"<guid>{self.url(f'/en/2024/release-{n}')}</guid>"
            f"<pubDate>{self.day(n):%a, %d %b %Y} 09:00:00 GMT</pubDate>"
            f"<description>{escape(''.join(f'<p>{escape(p)}</p>' for p in self.body(n)))}</description></item>"
            for n in range(self.articles))
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Council</title>'
                f"<link>{self.url('/')}</link><description>News</description>{items}</channel></rss>")

    def atom(self) -> str:
        entries = "".join(
            f"<entry><title>{escape(self.title(n))}</title><id>tag:example.org,2024:{n}</id>"
            f'<link href="{self.url(f"/en/2024/release-{n}")}"/><updated>{self.day(n).isoformat()}T09:00:00Z</updated>'
            f'<content type="html">{escape("".join(f"<p>{escape(p)}</p>" for p in self.body(n)))}</content></entry>'
            for n in range(self.articles))
        return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Council</title>'
                f"<id>tag:example.org,2024:feed</id><updated>2024-12-01T00:00:00Z</updated>{entries}</feed>")

    def json_feed(self) -> str:
        return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Council", "items": [
            {"id": str(n), "url": self.url(f"/en/2024/release-{n}"), "title": self.title(n),
             "date_published": f"{self.day(n).isoformat()}T09:00:00Z",
             "content_html": "".join(f"<p>{escape(p)}</p>" for p in self.body(n))} for n in range(self.articles)]})

    # -- WSGI ----------------------------------------------------------------------------------

    def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
        request = Request(environ)
        self.hits.append(Hit(request.full_path.rstrip("?"), time.monotonic(), dict(request.headers)))
        path = request.path
        if path == "/robots.txt":
            response = Response(self.robots, mimetype="text/plain")
        elif path == "/en/news":
            page = int(request.args.get("page", "1"))
            response = Response(self.listing(page), mimetype="text/html")
        elif path.startswith("/en/2024/release-") and path.endswith("/") == self.slash:
            n = int(path.rstrip("/").rsplit("-", 1)[1])
            response = Response(self.article(n), mimetype="text/html") if n < self.articles else Response("no", 404)
        elif path == "/feed.xml":
            response = Response(self.rss(), mimetype="application/rss+xml")
        elif path == "/atom.xml":
            response = Response(self.atom(), mimetype="application/atom+xml")
        elif path == "/feed.json":
            response = Response(self.json_feed(), mimetype="application/feed+json")
        else:
            response = Response("not found", status=404, mimetype="text/plain")
        return response(environ, start_response)

    def article_hits(self) -> list[Hit]:
        return [h for h in self.hits if h.path.startswith("/en/2024/")]


Site = TypeVar("Site", bound=Any)


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """Serve a fixture site (a WSGI callable with a `port` attribute) on 127.0.0.1, on a free port."""
    server = make_server("127.0.0.1", 0, site, threaded=True)
    site.port = server.server_port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
