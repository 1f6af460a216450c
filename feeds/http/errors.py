"""What goes wrong on the network edge: `FetchError` (with `.url` and a plain-words message) and its kinds.

Imports: feeds.errors only.
"""
from __future__ import annotations

from ..errors import FeedsError


class FetchError(FeedsError):
    """A page could not be fetched. `url` is the URL concerned, `message` says why in plain words."""

    transient = False   # worth retrying (within the deadline)?

    def __init__(self, url: str, message: str) -> None:
        super().__init__(url, message)
        self.url = url
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.url}]"


class BlockedAddress(FetchError):
    """The host is (or resolves to) an address we must not connect to, e.g. a private network."""


class BadScheme(FetchError):
    """The URL (or a redirect) is not http or https."""


class TooManyRedirects(FetchError):
    """More redirects than the policy allows, or a redirect loop."""


class TooLarge(FetchError):
    """The body (after decompression) is larger than the policy allows."""


class DeadlineExceeded(FetchError):
    """The request did not finish within the policy's deadline."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx, 5xx, or a 3xx we cannot follow)."""

    def __init__(self, url: str, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(url, message)
        self.status = status
        self.retry_after = retry_after    # seconds the server asked us to wait, if it said

    @property
    def gone(self) -> bool:
        """410: the publisher removed the page for good."""
        return self.status == 410

    @property
    def transient(self) -> bool:  # type: ignore[override]
        return self.status == 429 or (500 <= self.status <= 599 and self.status != 501)


class BadContentType(FetchError):
    """The response is not of a type the caller accepts (or does not look like what it claims)."""


class BadEncoding(FetchError):
    """The body's Content-Encoding is unsupported, or the compressed stream is broken."""


class RobotsDisallowed(FetchError):
    """robots.txt does not allow us to fetch this URL."""


class ConnectionFailed(FetchError):
    """No usable connection: refused, reset, unresolvable name, TLS failure, not HTTP."""

    def __init__(self, url: str, message: str, *, transient: bool = False) -> None:
        super().__init__(url, message)
        self.transient = transient
