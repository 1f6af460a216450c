"""What a web source remembers between runs (the archive keeps it: see feeds.ingest.StoreMemory).

Apart from the web reader so that ingestion names these types without importing the reader and its parsers
(a run that finds every folder file unchanged never loads them). Imports: the standard library.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class UrlState:
    etag: str | None
    last_modified: str | None
    marker: str | None          # what the listing said about the article (its link text), hashed
    checked: datetime


class WebMemory(Protocol):
    """What a web source remembers between runs."""

    def known(self, origin: str) -> bool: ...
    def state(self, url: str) -> UrlState | None: ...
    def remember(self, url: str, etag: str | None, last_modified: str | None, marker: str | None) -> None: ...
