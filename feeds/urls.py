"""Every public URL shape of the service, in one place: feeds, subscribe pages, topic pages, permalinks, OPML.

The Flask routes (`*_RULE`) and the absolute addresses that feeds, pages, OPML and WebSub pings carry
are both spelled here, so they cannot drift apart. `base` is `service.base_url` (no trailing slash);
`query` is an already canonical query string without "?". Pure string work; imports nothing of feeds.
"""
from __future__ import annotations

from urllib.parse import quote

FEED_FORMATS = ("atom", "rss", "json")

FEED_RULE = "/feeds/<topic>.<fmt>"
SUBSCRIBE_RULE = "/subscribe/<topic>.<fmt>"
TOPIC_RULE = "/topics/<topic>"
RELEASE_RULE = "/releases/<uuid>"
OPML_RULE = "/opml"


def _with_query(url: str, query: str) -> str:
    return f"{url}?{query}" if query else url


def feed_url(base: str, topic: str, fmt: str, query: str = "") -> str:
    """A topic's feed in one format ("all" is every release), with an optional canonical query."""
    return _with_query(f"{base}/feeds/{topic}.{fmt}", query)


def subscribe_url(base: str, topic: str, fmt: str, query: str = "") -> str:
    """The subscribe page of a feed (what the site's feed buttons open)."""
    return _with_query(f"{base}/subscribe/{topic}.{fmt}", query)


def feed_urls(base: str, topics: list[str]) -> list[str]:
    """Every format of every topic feed: what a WebSub hub is told about."""
    return [feed_url(base, topic, fmt) for topic in topics for fmt in FEED_FORMATS]


def source_feed_url(base: str, source_id: str, fmt: str) -> str:
    """Our feed of one publisher: where an entry's `source` points."""
    return feed_url(base, "all", fmt, f"source={quote(source_id, safe='')}")


def topic_url(base: str, topic: str, query: str = "") -> str:
    """A topic's HTML page."""
    return _with_query(f"{base}/topics/{topic}", query)


def topic_scheme(base: str) -> str:
    """The category scheme of topic terms in feeds: the topic pages' common prefix."""
    return f"{base}/topics/"


def release_url(base: str, uuid: str) -> str:
    """A release's permalink (its HTML page)."""
    return f"{base}/releases/{uuid}"


def opml_url(base: str) -> str:
    return f"{base}{OPML_RULE}"
