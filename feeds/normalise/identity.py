"""Identity: entry ids and content hashes. Pure.

An entry id is minted once from the source id and the origin, stored with the release and never
recomputed (so a later change to this function cannot change a published id). Hashes are versioned
and leave volatile things (whitespace, fetch times) out.
"""
from __future__ import annotations

import json

import hashlib
import uuid
from datetime import datetime

from ..model import Release

ID_NAMESPACE = uuid.UUID("6f1c1b0e-3a53-5d8e-9c8e-2d7a4f0b9e11")   # ours; never change it
HASH_VERSION = "1"


def mint_entry_id(source_id: str, origin: str) -> str:
    """A `urn:uuid:` id for a release of `source_id` found at `origin`."""
    return uuid.uuid5(ID_NAMESPACE, f"{source_id}\n{origin}").urn


def uuid_of(entry_id: str) -> str:
    """The uuid part of an entry id, used in permalinks (/releases/<uuid>)."""
    return entry_id.rsplit(":", 1)[-1]


def _digest(*parts: str) -> str:
    h = hashlib.sha256(HASH_VERSION.encode())
    for part in parts:
        h.update(b"\x1f")
        h.update(" ".join(part.split()).encode("utf-8"))
    return h.hexdigest()


def body_hash(body_text: str) -> str:
    return _digest(body_text.lower())


def folded_title(title: str) -> str:
    """A title as compared for twins, folded as `body_hash` folds the body: lower case, runs of white
    space as one space. Two items of one source are one release only when this and the body hash agree."""
    return " ".join(title.lower().split())


def content_hash(title: str, published: datetime, published_estimated: bool, body_text: str,
                 link: str | None, dateline: str | None, language: str | None, tags: list[str],
                 press: str = "") -> str:
    """What the publisher wrote (tags included, our topic rules not: re-classifying is not an edit).

    An estimated date is left out, so a touched but unchanged file is not a changed release. `press` (see
    `press_parts`) is the embargo, offset, notes and contacts: empty for most releases, whose hash is then
    what it always was.
    """
    date = "" if published_estimated else published.isoformat()
    extra = (press,) if press else ()
    return _digest(title, date, body_text, _link_key(link), dateline or "", language or "", ",".join(tags), *extra)


def press_parts(embargo_until: datetime | None, offset: int | None, notes: str, contacts: tuple[dict, ...]) -> str:
    """The newswire parts of a release as one string for its content hash ("" when it has none)."""
    if embargo_until is None and offset is None and not notes and not contacts:
        return ""
    return json.dumps([embargo_until.isoformat() if embargo_until else None, offset, notes, list(contacts)],
                      ensure_ascii=False, sort_keys=True)


def relinked_hash(release: Release, tags: list[str], link: str) -> str:
    """The content hash `release` (as stored, with the source's `tags`) has when it is linked at `link`."""
    return content_hash(release.title, release.published, release.published_estimated, release.body_text, link,
                        release.dateline, release.language, tags,
                        press_parts(release.embargo_until, release.published_offset, release.notes, release.contacts))


def _link_key(link: str | None) -> str:
    """The link as hashed: a site moving from http to https is not an edit of its releases (https is
    hashed as http, so the hashes of http links are what they always were)."""
    if not link:
        return ""
    return "http://" + link[len("https://"):] if link.lower().startswith("https://") else link
