"""robots.txt: reading the file into rules, and what those rules say about one URL.

The fetcher caches one `RobotsRules` per origin: parsed rules (protego), ALLOW_ALL (no usable file:
4xx, too many redirects, 304), or the FetchError that kept us from reading it (disallow all).
Imports: feeds.http.errors, feeds.http.address, feeds.http.content, protego.
"""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlunsplit

from protego import Protego

from .address import Target, parse_url
from .content import Response
from .errors import (BlockedAddress, ConnectionFailed, DeadlineExceeded, FetchError, HTTPStatusError,
                     RobotsDisallowed, TooManyRedirects)

ROBOTS_MAX_BYTES = 512 * 1024
ALLOW_ALL = True
RobotsRules = Protego | bool | FetchError    # a FetchError: robots.txt unavailable, so disallow all


def detached(error: FetchError) -> FetchError:
    """The error without its traceback and chained errors, fit to be kept in a cache."""
    error.__cause__ = error.__context__ = None
    return error.with_traceback(None)


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against: "feeds" in "feeds/0.1 (...)"."""
    return user_agent.strip().split()[0].split("/")[0] or "*"


def robots_url(target: Target) -> str:
    return urlunsplit((target.scheme, target.netloc, "/robots.txt", "", ""))


def load_rules(get: Callable[[str], Response], target: Target) -> RobotsRules:
    """2xx: parse; 4xx: allow all; 429, 5xx, network or safety failure: disallow all.

    `get` fetches a URL (following redirects, without robots checks). More redirects than allowed
    count as "no robots.txt" (RFC 9309).
    """
    try:
        response = get(robots_url(target))
    except HTTPStatusError as error:
        return ALLOW_ALL if 400 <= error.status <= 499 and error.status != 429 else detached(error)
    except TooManyRedirects:
        return ALLOW_ALL
    except FetchError as error:
        return detached(error)
    if response.status == 304:
        return ALLOW_ALL
    return Protego.parse(response.body.decode("utf-8", errors="replace").lstrip("\ufeff"))


def allowed(rules: RobotsRules, target: Target, agent: str) -> bool:
    if isinstance(rules, (bool, FetchError)):
        return rules is ALLOW_ALL
    return bool(rules.can_fetch(target.url, agent))


def refusal(rules: RobotsRules, target: Target) -> FetchError:
    """The error for a URL the rules do not allow.

    When robots.txt could not be fetched because the origin itself is off limits, unreachable
    or too slow, the page would fare no better: that error is returned instead (same class).
    """
    if not isinstance(rules, FetchError):
        return RobotsDisallowed(target.url, "robots.txt does not allow us to fetch this page")
    same_origin = parse_url(rules.url).origin == target.origin
    if same_origin and isinstance(rules, (BlockedAddress, ConnectionFailed, DeadlineExceeded)):
        return type(rules)(target.url, f"robots.txt could not be fetched: {rules.message}")
    return RobotsDisallowed(target.url, f"robots.txt is unavailable ({rules.message}), "
                                        "so the whole site is off limits for now")
