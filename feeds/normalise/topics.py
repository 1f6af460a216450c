"""Topic classification at ingest: keyword and phrase rules from the config. Pure.

Matching is case-insensitive, on whole words and phrases; hyphens, punctuation and line breaks
inside a phrase count as one space ("counter-terrorism" matches "counter terrorism"). A match in
the title scores `TITLE_WEIGHT`, in the body 1. A topic's `exclude` phrases are blanked out of the
text before its keywords are matched ("security of supply" is not "security").
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable

from ..config import TopicConfig
from ..model import TopicMatch
from .text import fold

TITLE_WEIGHT = 3


def _pattern(phrase: str) -> re.Pattern[str]:
    return re.compile("(?<= )" + re.escape(fold(phrase).strip()) + "(?= )")


def _blank(text: str, phrases: Iterable[str]) -> str:
    for phrase in phrases:
        text = _pattern(phrase).sub("", text)
    return text


def _count(text: str, phrase: str) -> int:
    return len(_pattern(phrase).findall(text))


def classify(title: str, body: str, topics: Iterable[TopicConfig], given: Iterable[str] = ()) -> tuple[TopicMatch, ...]:
    """The topics a release belongs to, with the terms that placed it there.

    `given` are topic slugs or names named by the source itself (tags, per-source topics): they
    place the release in that topic whatever the text says.
    """
    folded_title, folded_body = fold(title), fold(body)
    given_folded = {fold(g).strip() for g in given}
    matches = []
    for topic in topics:
        t = _blank(folded_title, topic.exclude)
        b = _blank(folded_body, topic.exclude)
        score, terms, where = 0, [], []
        for keyword in topic.keywords:
            in_title, in_body = _count(t, keyword), _count(b, keyword)
            if in_title:
                terms.append(keyword)
                where.append("title")
            if in_body:
                terms.append(keyword)
                where.append("body")
            score += TITLE_WEIGHT * in_title + in_body
        if fold(topic.slug).strip() in given_folded or fold(topic.name).strip() in given_folded:
            terms.append(topic.slug)
            where.append("source")
            score = max(score, topic.min_score)
        if score >= topic.min_score and terms:
            matches.append(TopicMatch(topic.slug, score, tuple(terms), tuple(where)))
    return tuple(matches)


def rules_fingerprint(topics: Iterable[TopicConfig]) -> str:
    """Changes whenever a topic rule changes: the archive is then re-classified."""
    data = [[t.slug, t.name, list(t.keywords), list(t.exclude), t.min_score] for t in topics]
    data.append(["weights", TITLE_WEIGHT])
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:16]
