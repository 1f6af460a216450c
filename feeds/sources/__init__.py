"""Sources: turn folders, web pages and upstream feeds into raw releases (bytes in, RawRelease out).

`read_source` is the one entry point: it picks the reader for the source's kind. Imports only
`feeds.model`, `feeds.errors`, `feeds.config` and pure helpers of `feeds.normalise`; never the store.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..config import Config, SourceConfig
from ..model import Failed, RawRelease, Skipped, Unchanged
from .web import WebMemory


def read_source(source: SourceConfig, config: Config, memory: WebMemory, now: datetime
                ) -> Iterator[RawRelease | Skipped | Unchanged | Failed]:
    """The releases of one source; SourceError when the source as a whole cannot be read."""
    if source.kind == "folder":
        from .folder import scan_folder
        return scan_folder(source)
    from .web import read_web_source
    return read_web_source(source, config, memory, now)
