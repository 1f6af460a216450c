"""The identity decision, pure: what storing one incoming item does to the archive.

`decide(known, incoming)` takes what the archive already holds about the item (its origin row and the
release it names, and whether a twin release exists) and returns an `Outcome`; `Writer.save` applies
it with SQL. The rules:

* an item seen before keeps its release: the same content is UNCHANGED; content that changed back to
  what its release holds (another file of the same release) is REVERTED (nothing rewritten); other
  changes are EDITED (an undated item keeps its first estimated date: EDITED_UNDATED);
* two items of one source are one release only when their folded titles and bodies are both the same
  (twins): a release is a title and a body. A new item with a twin is its ALIAS;
* an alias that no longer matches its release (stored by an older version that compared bodies
  alone, or whose release was edited since) is DETACHED: it becomes a release of its own (DETACHED_NEW)
  or the alias of another twin (DETACHED_ALIAS), never a silent edit of someone else's release;
* anything else is NEW, whatever its date (a late arrival is new too; its date places it).

Imports: normalise.identity (title folding) only.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..normalise.identity import folded_title


class Outcome(StrEnum):
    """What storing an item does; the first members equal the report counters they add to ("new", "unchanged")."""

    NEW = "new"
    ALIAS = "alias"
    UNCHANGED = "unchanged"
    REVERTED = "reverted"
    EDITED = "edited"
    EDITED_UNDATED = "edited_undated"
    DETACHED_NEW = "detached_new"
    DETACHED_ALIAS = "detached_alias"

    @property
    def report(self) -> str:
        """The SourceReport counter this outcome adds to: new, updated or unchanged."""
        if self in (Outcome.NEW, Outcome.DETACHED_NEW):
            return "new"
        if self in (Outcome.EDITED, Outcome.EDITED_UNDATED):
            return "updated"
        return "unchanged"

    @property
    def detaches(self) -> bool:
        return self in (Outcome.DETACHED_NEW, Outcome.DETACHED_ALIAS)


@dataclass(frozen=True)
class Incoming:
    """What the decision needs of a normalised item."""

    origin: str
    content_hash: str
    title: str
    body_hash: str
    published_estimated: bool


@dataclass(frozen=True)
class KnownItem:
    """The archive's row for this item (source and origin) and the release it names."""

    item_hash: str                 # content hash the item had when last stored
    release_origin: str            # the release's first item: an alias when it is not this one
    release_title: str
    release_body_hash: str
    release_hash: str              # the release's content hash as stored
    release_published_estimated: bool


@dataclass(frozen=True)
class Known:
    """Everything the archive knows that bears on the item: its row, and whether a twin release exists
    (looked up only when needed: see `needs_twin`)."""

    item: KnownItem | None = None
    twin: bool = False


def twins(title_a: str, body_hash_a: str, title_b: str, body_hash_b: str) -> bool:
    """Two items of one source are one release: same folded title and same body."""
    return body_hash_a == body_hash_b and folded_title(title_a) == folded_title(title_b)


def stale_alias(item: KnownItem, incoming: Incoming) -> bool:
    """An alias (not its release's first item) that no longer matches its release."""
    return item.release_origin != incoming.origin and not twins(
        item.release_title, item.release_body_hash, incoming.title, incoming.body_hash)


def needs_twin(item: KnownItem | None, incoming: Incoming) -> bool:
    """Whether the decision depends on a twin lookup (the item is unknown or leaves its release)."""
    return item is None or stale_alias(item, incoming)


def decide(known: Known, incoming: Incoming) -> Outcome:
    item = known.item
    if item is None or stale_alias(item, incoming):
        detached = item is not None
        if known.twin:
            return Outcome.DETACHED_ALIAS if detached else Outcome.ALIAS
        return Outcome.DETACHED_NEW if detached else Outcome.NEW
    if item.item_hash == incoming.content_hash:
        return Outcome.UNCHANGED
    if item.release_hash == incoming.content_hash:
        return Outcome.REVERTED
    if incoming.published_estimated and item.release_published_estimated:
        return Outcome.EDITED_UNDATED
    return Outcome.EDITED
