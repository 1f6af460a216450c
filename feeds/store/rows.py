"""Rows to model objects and back: what both the reading and the writing side of the archive need."""
from __future__ import annotations

import json
from typing import Any

from ..model import Release, StoredRelease, TopicMatch


def inserted_pk(result: Any) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    assert key is not None, "an INSERT without a primary key"
    return int(key[0])


def stored(row, topics: tuple[TopicMatch, ...]) -> StoredRelease:  # type: ignore[no-untyped-def]
    release = Release(
        source_id=row["source_id"], source_name=row["source_name"], origin=row["origin"], title=row["title"],
        link=row["link"], published=row["published"], published_estimated=bool(row["published_estimated"]),
        dateline=row["dateline"], summary=row["summary"], body_text=row["body_text"], body_html=row["body_html"],
        language=row["language"], topics=topics, content_hash=row["content_hash"], body_hash=row["body_hash"],
        embargo_until=row.get("embargo_until"), published_offset=row.get("published_offset"),
        notes=row.get("notes") or "", contacts=tuple(json.loads(row["contacts"])) if row.get("contacts") else (),
    )
    return StoredRelease(entry_id=row["entry_id"], release=release, updated=row["updated"],
                         first_seen=row["first_seen"], changed=row["changed"] or row["first_seen"])
