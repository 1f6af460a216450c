"""Sources: turn folders, web pages and upstream feeds into raw releases (bytes in, RawRelease out).

`read_source` is the one entry point: it picks the reader for the source's kind. Imports only
`feeds.model`, `feeds.errors`, `feeds.config`, the network edge `feeds.http` and pure helpers of
`feeds.normalise`; never the store.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Protocol

from ..config import Config, SourceConfig
from ..model import Backlog, Failed, RawRelease, Skipped, Unchanged
from .folder import FileMemory
from .memory import WebMemory


class SourceMemory(WebMemory, FileMemory, Protocol):
    """What every kind of source remembers between runs."""


def read_source(source: SourceConfig, config: Config, memory: SourceMemory, now: datetime
                ) -> Iterator[RawRelease | Skipped | Unchanged | Failed | Backlog]:
    """The releases of one source; SourceError when the source as a whole cannot be read."""
    if source.kind == "folder":
        from .folder import reading_context, scan_folder
        return scan_folder(source, memory, reading_context(source, config.service.base_url))
    from .web import read_web_source
    return read_web_source(source, config, memory, now)
