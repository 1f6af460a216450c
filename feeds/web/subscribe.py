"""The subscribe page of a feed (`/subscribe/<topic>.<fmt>?<filters>`): what the site's Atom, RSS and JSON
buttons open, since browsers show a raw feed as text. It gives the feed's address with a copy button,
handoff links to feed readers (a `feed:` link, Feedly, Inoreader, NewsBlur, The Old Reader and the
user's own readers from `[web] reader_subscribe_urls`), a preview of the latest entries and a note on
readers that merge entries across feeds. The feed URL stays the document readers fetch; the page only
links to it. Reads the store, never writes; the handoff links are hrefs only, never fetched.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import quote

from flask import Blueprint, abort, render_template, request

from ..urls import SUBSCRIBE_RULE
from .context import config, store, topic_names
from .filters import BadRequest, parse_filters
from .pages import FEED_FORMATS, _bad_request, feed_links

bp = Blueprint("subscribe", __name__)
bp.register_error_handler(BadRequest, _bad_request)

PREVIEW = 5
# name -> subscribe address with {url} for the feed's address (percent-encoded)
READERS = (("Feedly", "https://feedly.com/i/subscription/feed/{url}"),
           ("Inoreader", "https://www.inoreader.com/?add_feed={url}"),
           ("NewsBlur", "https://www.newsblur.com/?url={url}"),
           ("The Old Reader", "https://theoldreader.com/feeds/subscribe?url={url}"))


@dataclass(frozen=True)
class Handoff:
    """One "open in a reader" link."""

    name: str
    href: str
    own: bool = False           # the user's own reader, from the config


def feed_scheme_link(url: str) -> str:
    """The `feed:` link of an http(s) feed URL (readers registered for `feed:` take it)."""
    return "feed:" + url


def handoffs(url: str, own: tuple[tuple[str, str], ...]) -> list[Handoff]:
    encoded = quote(url, safe="")
    links = [Handoff(name, template.replace("{url}", encoded), own=True) for name, template in own]
    return links + [Handoff(name, template.replace("{url}", encoded)) for name, template in READERS]


@bp.route(SUBSCRIBE_RULE)
def subscribe_page(topic: str, fmt: str) -> str:
    names = topic_names()
    formats = {ext: label for label, ext, _ in FEED_FORMATS}
    if (topic != "all" and topic not in names) or fmt not in formats:
        abort(404)
    cfg = config()
    filters = parse_filters(request.args, cfg)
    feeds = feed_links(topic, filters)
    feed = next(f for f in feeds if f.label == formats[fmt])
    preview = store().releases(replace(filters.query(topic, PREVIEW), limit=PREVIEW))
    name = names.get(topic, "All releases")
    return render_template("subscribe.html", name=name, topic=topic, feed=feed, feeds=feeds,
                           filtered=bool(filters.query_string()), filters=filters, preview=preview, names=names,
                           feed_scheme=feed_scheme_link(feed.url),
                           readers=handoffs(feed.url, cfg.web.reader_subscribe_urls), page_feeds=feeds)
