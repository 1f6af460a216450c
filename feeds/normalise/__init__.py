"""Normalisation: a RawRelease in, a Release out. Pure: no I/O, `now` is passed in.

Press-release layout (repeated title, `Source:` lines, datelines, furniture) is understood here,
for every format and every source kind, so folder files and scraped pages are treated alike.

`normalise` (in `release`) is imported when first asked for: the archive and ingestion use the package's
light helpers (identity, duplicates, countries, the classifier's fingerprint) in every run, and a run that
finds every file unchanged never loads the parsers of layout, dates and HTML (their imports, hundreds of
patterns compiled, were most of its time).

Imports: model, errors, config (topic definitions) and the text libraries; never the store, the
network edge, sources or the web.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .release import normalise as normalise


def __getattr__(name: str) -> Any:
    """`normalise`, from `release` when first asked for (PEP 562)."""
    if name == "normalise":
        from .release import normalise
        return normalise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
