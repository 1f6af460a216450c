"""Sources: turn folders, web pages and upstream feeds into raw releases (bytes in, RawRelease out).

`read_source` is the one entry point: it picks the reader for the source's kind. Imports only
`feeds.model`, `feeds.errors`, `feeds.config` and pure helpers of `feeds.normalise`; never the store.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..config import Config, SourceConfig
from ..errors import SourceError
from ..model import RawRelease, Skipped


def read_source(source: SourceConfig, config: Config) -> Iterator[RawRelease | Skipped]:
    """The releases of one source; SourceError when the source as a whole cannot be read."""
    if source.kind == "folder":
        from .folder import scan_folder
        return scan_folder(source)
    raise SourceError(f"source kind {source.kind!r} is not available in this version")
