"""Releases -> Atom 1.0 and RSS 2.0 bytes. Pure (apart from feedgen's locale switch, kept behind a lock).
The only feedgen user.

Rules kept here because strangers' software checks them (see FEEDS.md): the self link is the exact
document URL; the feed's `updated` is the newest entry change, never "now"; entries keep our order;
every entry has an author, a permanent id, a summary and sanitised HTML content with absolute URLs.
"""
from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from datetime import datetime

from feedgen.feed import FeedGenerator

from . import __version__
from .model import StoredRelease

FEED_NAMESPACE = uuid.UUID("0b9d2f43-7c1e-5a8b-8f4d-3e6a1c2b5d70")   # ours; never change it
# feedgen formats RSS dates by switching the process-wide locale: one rendering at a time.
_FEEDGEN_LOCK = threading.Lock()


@dataclass(frozen=True)
class FeedInfo:
    """What a feed document says about itself."""

    title: str
    subtitle: str
    self_url: str            # the exact URL the document is served at, query string included
    html_url: str            # the HTML page showing the same releases
    feed_key: str            # canonical description of the feed (topic + filters): its permanent id
    fallback_updated: datetime   # for a feed with no entries: a fixed instant, not "now"
    base_url: str


def feed_id(feed_key: str) -> str:
    return uuid.uuid5(FEED_NAMESPACE, feed_key).urn


def permalink(base_url: str, item: StoredRelease) -> str:
    return f"{base_url}/releases/{item.uuid}"


def _generator(info: FeedInfo, items: list[StoredRelease], topic_names: dict[str, str]) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(feed_id(info.feed_key))
    fg.title(info.title)
    fg.subtitle(info.subtitle)
    fg.link(href=info.self_url, rel="self")
    fg.link(href=info.html_url, rel="alternate", type="text/html")
    fg.generator("feeds", version=__version__)
    languages = {i.release.language for i in items}
    if len(languages) == 1 and None not in languages:
        fg.language(languages.pop())
    newest = max((i.updated for i in items), default=info.fallback_updated)
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for item in items:
        _entry(fg, info, item, topic_names)
    return fg


def _entry(fg: FeedGenerator, info: FeedInfo, item: StoredRelease, topic_names: dict[str, str]) -> None:
    r = item.release
    fe = fg.add_entry(order="append")
    own = permalink(info.base_url, item)
    fe.id(item.entry_id)
    fe.guid(item.entry_id, permalink=False)
    fe.title(r.title)
    fe.link(href=r.link or own, rel="alternate", type="text/html")
    if r.link:
        fe.link(href=own, rel="related", type="text/html", title="Archived copy")
    fe.published(r.published)
    fe.updated(item.updated)
    fe.author(name=r.source_name)
    fe.dc.dc_creator(r.source_name)
    fe.summary(r.summary)
    fe.content(r.body_html, type="html")
    for m in r.topics:
        fe.category(term=m.slug, label=topic_names.get(m.slug, m.slug), scheme=f"{info.base_url}/topics/")


def render_atom(info: FeedInfo, items: list[StoredRelease], topic_names: dict[str, str]) -> bytes:
    with _FEEDGEN_LOCK:
        return _generator(info, items, topic_names).atom_str(pretty=True)


def render_rss(info: FeedInfo, items: list[StoredRelease], topic_names: dict[str, str]) -> bytes:
    with _FEEDGEN_LOCK:
        return _generator(info, items, topic_names).rss_str(pretty=True)


def render_opml(title: str, feeds: list[tuple[str, str, str]], created: datetime) -> bytes:
    """OPML 2.0 listing feeds as (title, xml_url, html_url)."""
    from email.utils import format_datetime
    from xml.sax.saxutils import quoteattr, escape
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>",
             f"    <title>{escape(title)}</title>",
             f"    <dateCreated>{format_datetime(created, usegmt=True)}</dateCreated>", "  </head>", "  <body>"]
    for name, xml_url, html_url in feeds:
        lines.append(f'    <outline type="rss" text={quoteattr(name)} title={quoteattr(name)} '
                     f'xmlUrl={quoteattr(xml_url)} htmlUrl={quoteattr(html_url)}/>')
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines).encode("utf-8")
