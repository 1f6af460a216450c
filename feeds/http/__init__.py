"""The network edge: every outbound HTTP request the service makes goes through this package.

Rooms inside: `errors` (FetchError and its kinds), `address` (which IPs we may connect to; URLs taken
apart), `content` (bodies, media types, sniffing; pure), `transport` (the vetted connector, the
deadline-bound socket, `post_form` for WebSub pings), `robots` (robots.txt rules), `fetcher`
(`Fetcher.fetch`: redirects, retries, politeness, robots.txt).

Imports: the standard library, protego and feeds.errors; nothing else of feeds. Sources, discovery
and websub import from here; nothing here knows about sources, the store or the web.
"""
from __future__ import annotations

from .address import blocked_reason
from .content import ResponseHeaders
from .errors import (BadContentType, BadEncoding, BadScheme, BlockedAddress, ConnectionFailed, DeadlineExceeded,
                     FetchError, HTTPStatusError, RobotsDisallowed, TooLarge, TooManyRedirects)
from .fetcher import Fetcher, FetchPolicy, FetchResult
from .transport import VettedConnector, post_form

__all__ = [
    "BadContentType",
    "BadEncoding",
    "BadScheme",
    "BlockedAddress",
    "ConnectionFailed",
    "DeadlineExceeded",
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "HTTPStatusError",
    "ResponseHeaders",
    "RobotsDisallowed",
    "TooLarge",
    "TooManyRedirects",
    "VettedConnector",
    "blocked_reason",
    "post_form",
]
