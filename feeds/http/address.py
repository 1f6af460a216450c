"""Address policy and URLs: which IPs we may connect to, and a URL taken apart for a request.

`blocked_reason` is the one rule for every outbound connection (pages, robots.txt, WebSub hubs).
Imports: feeds.http.errors and the standard library.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

from .errors import BadScheme, FetchError

_THIS_NETWORK = ipaddress.IPv4Network("0.0.0.0/8")


def blocked_reason(address: str, *, allow_private_network: bool = False) -> str | None:
    """Why we must not connect to `address` (an IP string), or None when it is fine.

    Never allowed: unspecified, "this network", multicast, link-local (cloud metadata lives
    there), reserved (which includes NAT64). Without the opt-in also refused: loopback,
    private, and anything else that is not globally routable. An IPv4-mapped IPv6 address
    is judged as the IPv4 address it is; 6to4 and Teredo ones by their embedded IPv4 too.
    """
    try:
        outer = ipaddress.ip_address(address)
    except ValueError:
        return "not an IP address"
    if isinstance(outer, ipaddress.IPv6Address) and outer.ipv4_mapped:
        outer = outer.ipv4_mapped
    for ip in (outer, *_embedded_ipv4(outer)):
        reason = _never_allowed(ip) or (None if allow_private_network else _not_public(ip))
        if reason:
            return reason
    return None


def _embedded_ipv4(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    found = [ip.sixtofour, *(ip.teredo or ())]
    return [v4 for v4 in found if v4 is not None]


def _never_allowed(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if ip.is_loopback:    # ::1 sits in the reserved ::/8; loopback is judged by _not_public
        return None
    if ip.is_unspecified or (isinstance(ip, ipaddress.IPv4Address) and ip in _THIS_NETWORK):
        return "an unspecified address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_reserved:
        return "a reserved address"
    return None


def _not_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_private or (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local):
        return "a private network address"
    if not ip.is_global:
        return "not a public internet address"
    return None


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


# --------------------------------------------------------------------------- URLs


@dataclass(frozen=True)
class Target:
    """One URL, taken apart for a request."""

    url: str      # normalised: no fragment, no user info, path percent-encoded
    scheme: str
    host: str     # lower case, IDNA, no brackets
    port: int
    path: str     # request target: path and query

    @property
    def origin(self) -> tuple[str, str, int]:
        return (self.scheme, self.host, self.port)

    @property
    def default_port(self) -> int:
        return 443 if self.scheme == "https" else 80

    @property
    def netloc(self) -> str:
        return _netloc(self.scheme, self.host, self.port)


def _netloc(scheme: str, host: str, port: int) -> str:
    bracketed = f"[{host}]" if ":" in host else host
    return bracketed if port == (443 if scheme == "https" else 80) else f"{bracketed}:{port}"


def parse_url(url: str, *, redirected_from: str | None = None) -> Target:
    text = url.strip()
    via = f" (redirected from {redirected_from})" if redirected_from else ""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise FetchError(text, f"not a valid URL{via}: {error}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        what = f"a {scheme}: URL" if scheme else "a URL without a scheme"
        raise BadScheme(text, f"only http and https can be fetched, not {what}{via}")
    if not parts.hostname:
        raise FetchError(text, f"the URL has no host name{via}")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(text, f"the host name is not valid{via}") from None
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/?%:@!$&'()*+,;=-._~")
    port = port or (443 if scheme == "https" else 80)
    normalised = urlunsplit((scheme, _netloc(scheme, host, port), path, query, ""))
    return Target(normalised, scheme, host, port, path + (f"?{query}" if query else ""))


# --------------------------------------------------------------------------- deadline-bound sockets
