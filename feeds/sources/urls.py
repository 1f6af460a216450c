"""URL canonicalisation and identity for web releases. Pure.

One release must never become two entries: scheme and host case, default ports, fragments, tracking
parameters (`utm_*`, `fbclid`...) and trailing slashes are normalised away, and the identity of an
article (its origin) leaves the scheme out, so a site moving from http to https keeps its ids.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl",
                      "ref_src", "s_cid", "cmpid", "wt.mc_id", "oly_anon_id", "oly_enc_id", "vero_id", "mkt_tok"})
DEFAULT_PORTS = {"http": 80, "https": 443}


def _tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith(("utm_", "pk_", "mtm_")) or name in TRACKING


def canonical_url(url: str) -> str:
    """The canonical form of an http(s) URL (scheme kept)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" + ("" if port is None or DEFAULT_PORTS.get(scheme) == port else f":{port}")
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)])
    return urlunsplit((scheme, netloc, path, query, ""))


def url_identity(url: str) -> str:
    """The origin of a web release: its canonical URL without the scheme ("//host/path?query")."""
    canonical = canonical_url(url)
    return canonical.split(":", 1)[1] if ":" in canonical else canonical
