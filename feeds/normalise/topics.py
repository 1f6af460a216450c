"""Topic classification at ingest: keyword and phrase rules from the config. Pure.

How a release is matched against a topic's rules:

- Text is folded (lower case, accents kept apart, every run of punctuation, hyphens and line breaks
  one space), so "counter-terrorism" matches "counter terrorism" and a phrase broken across lines.
- Every word is reduced to a light stem (`stem`) on both sides, keyword and text: plural and
  possessive endings, -ing / -ed, -ism / -ist (and French -isme / -iste), -ize spelled -ise.
  "terrorism", "terrorists" and "terror" meet at "terror"; "radicalization" meets "radicalisation".
  A keyword word ending in `*` matches any word starting with it ("cyber*").
- A topic's `exclude` phrases are blanked out first ("security of supply" is not "security").
- Score: distinct evidence, not repeats. A keyword in the title scores `TITLE_WEIGHT`; in the body
  a single word scores 1 and a phrase of several words `PHRASE_WEIGHT` (a phrase is more specific
  evidence than a word), however often it appears (`MAX_REPEATS`): one word repeated does not carry
  a long release. A keyword written `~word` is weak, supporting evidence only (a word that often
  appears in releases about something else: "online", "schools"): it scores 1 once, wherever it
  appears, and weak keywords alone never place a release in a topic: at least one ordinary keyword
  must match. A release joins a topic at `min_score`.
- Lead: a release is about what its title and opening say. When no keyword of a topic is in the title
  or the first `LEAD_WORDS` words of the body, and no ordinary phrase (specific evidence) matched,
  single words further down must reach `min_score + LEAD_MARGIN`: a passing mention of a common word
  deep in a release is not its subject.

This module is the rules alone. Where a learned model was trained for a topic as the config defines
it, `classifier.Classifier` lets the model confirm or overrule the rules' placement.

Every match keeps its explanation: the keywords that matched and where (title, body, or source).
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..config import TopicConfig
from ..model import TopicMatch
from .text import fold

TITLE_WEIGHT = 3
PHRASE_WEIGHT = 2
MAX_REPEATS = 1              # times a keyword counts in the body: distinct evidence, not repeats
LEAD_WORDS = 40              # the opening of the body that, with the title, is the lead
LEAD_MARGIN = 1              # extra score needed when a topic has no evidence in the lead
WEAK = "~"                   # prefix of a weak keyword
MATCHER_VERSION = 4          # part of the rules fingerprint: a new matcher re-classifies the archive

_IZE = re.compile(r"iz(e|ed|es|ing|ation|ations)$")
_ISM = ("ismes", "istes", "isme", "iste", "isms", "ists", "ism", "ist")
CACHED_WORD = 40             # words up to this long have their forms cached (longer ones are rare, or hostile)
WORD_CACHE = 1 << 16         # distinct words whose forms are kept: a language's working vocabulary


def plain(word: str) -> str:
    """A word without accents ("réfugiés" -> "refugies")."""
    if word.isascii():
        return word          # nothing to decompose: ASCII is its own NFKD form
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    """A light, language-blind stem: the same for the common forms of one English or French word.

    Deliberately weaker than Porter: it only merges forms a reader would call "the same word", so a
    keyword never starts matching unrelated words.
    """
    return _stem_cached(word) if len(word) <= CACHED_WORD else _stem(word)


def _stem(word: str) -> str:
    w = plain(word.lower())
    if len(w) <= 3 or not w.isalpha():
        return w
    w = _IZE.sub(r"is\1", w)
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif w.endswith(("s", "x")) and not w.endswith(("ss", "us", "is", "ous")):
        w = w[:-1]
    for suffix in _ISM:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


_stem_cached = functools.lru_cache(maxsize=WORD_CACHE)(_stem)


@functools.lru_cache(maxsize=WORD_CACHE)
def _cached_forms(word: str) -> tuple[str, str]:
    raw = plain(word)
    return raw, _stem(raw)


def forms(word: str) -> tuple[str, str]:
    """(plain, stem) of a folded word: each distinct word of a text is reduced once, not at every use."""
    if len(word) <= CACHED_WORD:
        return _cached_forms(word)
    raw = plain(word)
    return raw, _stem(raw)


def tokens(text: str) -> list[str]:
    """The stems of a text's words, in order."""
    return [stem(w) for w in fold(text).split()]


@dataclass(frozen=True)
class Pattern:
    """One keyword or exclude phrase, ready to match: stems, with a prefix flag per word."""

    text: str
    parts: tuple[tuple[str, bool], ...]     # (stem or prefix, is_prefix)
    weak: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.parts) > 1


def compile_phrase(phrase: str) -> Pattern:
    weak = phrase.startswith(WEAK)
    phrase = phrase.removeprefix(WEAK).strip()
    parts = []
    for raw in phrase.split():
        prefix = raw.endswith("*")
        words = fold(raw).split()
        for i, w in enumerate(words):
            last = i == len(words) - 1
            parts.append((plain(w) if prefix and last else stem(w), prefix and last))
    return Pattern(phrase, tuple(parts), weak)


@dataclass(frozen=True)
class Text:
    """A title or body prepared for matching: stems, plain (accent-free) words and the words as written
    (folded, accents kept), position by position, and where each stem and each plain word occurs (so a
    keyword is looked up, not scanned for)."""

    words: tuple[str, ...]
    raw: tuple[str, ...]
    written: tuple[str, ...]
    stems_at: Mapping[str, tuple[int, ...]]
    raw_at: Mapping[str, tuple[int, ...]]
    raw_sorted: tuple[str, ...] = ()      # the keys of raw_at in order: the words with a prefix are a run of them


def _text(words: Sequence[str], raw: Sequence[str], written: Sequence[str]) -> Text:
    stems_at: dict[str, list[int]] = {}
    raw_at: dict[str, list[int]] = {}
    for i, (w, r) in enumerate(zip(words, raw, strict=False)):
        if w:
            stems_at.setdefault(w, []).append(i)
            raw_at.setdefault(r, []).append(i)
    return Text(tuple(words), tuple(raw), tuple(written), {k: tuple(v) for k, v in stems_at.items()},
                {k: tuple(v) for k, v in raw_at.items()}, tuple(sorted(raw_at)))


def _with_prefix(text: Text, prefix: str) -> list[int]:
    """Positions of the plain words that start with `prefix`, in order (a run of `raw_sorted`, found by
    bisection instead of a test of every word)."""
    found: list[int] = []
    for k in range(bisect.bisect_left(text.raw_sorted, prefix), len(text.raw_sorted)):
        if not text.raw_sorted[k].startswith(prefix):
            break
        found.extend(text.raw_at[text.raw_sorted[k]])
    return sorted(found)


def find(pattern: Pattern, text: Text) -> list[int]:
    """Start positions of the pattern in a prepared text."""
    n = len(pattern.parts)
    if not n:
        return []
    first, prefix = pattern.parts[0]
    starts = _with_prefix(text, first) if prefix else list(text.stems_at.get(first, ()))
    words, raw = text.words, text.raw
    hits = []
    for i in starts:
        if i + n > len(words):
            continue
        for j, (part, is_prefix) in enumerate(pattern.parts[1:], 1):
            if not (raw[i + j].startswith(part) if is_prefix else words[i + j] == part):
                break
        else:
            hits.append(i)
    return hits


def prepare(text: str) -> Text:
    written = fold(text).split()
    reduced = [forms(w) for w in written]
    return _text([f[1] for f in reduced], [f[0] for f in reduced], written)


def blank(text: Text, patterns: Iterable[Pattern]) -> Text:
    """The text with every occurrence of the patterns blanked out (so no keyword can match inside one)."""
    words, raw, written = list(text.words), list(text.raw), list(text.written)
    hit = False
    for p in patterns:
        for start in find(p, text):
            hit = True
            for k in range(start, start + len(p.parts)):
                words[k] = raw[k] = written[k] = ""
    return _text(words, raw, written) if hit else text


class PatternIndex:
    """Patterns by their first stem, so a text is matched against the few patterns that can occur in it
    rather than against all of them (prefix patterns are always tried)."""

    def __init__(self, patterns: Sequence[Pattern]):
        self.patterns = tuple(patterns)
        self.first: dict[str, list[int]] = {}
        self.prefixed: list[int] = []
        for i, p in enumerate(self.patterns):
            if not p.parts:
                continue
            first, prefix = p.parts[0]
            if prefix:
                self.prefixed.append(i)
            else:
                self.first.setdefault(first, []).append(i)

    def candidates(self, *texts: Text) -> list[Pattern]:
        """The patterns that may match one of the texts, in their order (the others match none)."""
        chosen = set(self.prefixed)
        for text in texts:
            for s in text.stems_at.keys() & self.first.keys():
                chosen.update(self.first[s])
        return [self.patterns[i] for i in sorted(chosen)]


@dataclass(frozen=True)
class Rules:
    """One topic's compiled rules."""

    topic: TopicConfig
    keywords: tuple[Pattern, ...]
    exclude: tuple[Pattern, ...]

    @functools.cached_property
    def keyword_index(self) -> PatternIndex:
        return PatternIndex(self.keywords)

    @functools.cached_property
    def exclude_index(self) -> PatternIndex:
        return PatternIndex(self.exclude)


def distinct(patterns: Iterable[Pattern]) -> tuple[Pattern, ...]:
    """The patterns less those that match exactly what an earlier one matches ("terrorism", "terrorisme"):
    one piece of evidence is counted once."""
    seen: dict[tuple[tuple[str, bool], ...], Pattern] = {}
    for p in patterns:
        seen.setdefault(p.parts, p)
    return tuple(seen.values())


def compile_rules(topics: Iterable[TopicConfig]) -> tuple[Rules, ...]:
    return tuple(Rules(t, distinct(compile_phrase(k) for k in t.keywords),
                       distinct(compile_phrase(x) for x in t.exclude)) for t in topics)


@functools.lru_cache(maxsize=8)
def _compiled(topics: tuple[TopicConfig, ...]) -> tuple[Rules, ...]:
    """`compile_rules`, once per taxonomy: normalising a release must not recompile every keyword."""
    return compile_rules(topics)


def score_topic(rules: Rules, title: Text, body: Text) -> tuple[int, list[str], list[str]]:
    """(score, terms, where) of one topic on one release's prepared title and body."""
    score, terms, where, _ = evidence(rules, title, body)
    return score, terms, where


def evidence(rules: Rules, title: Text, body: Text) -> tuple[int, list[str], list[str], bool]:
    """(score, terms, where, placed) of one topic: `placed` when the evidence is enough to join it
    (`min_score`, at least one ordinary keyword, and `LEAD_MARGIN` more when only single words far
    from the lead matched)."""
    t, b = blank(title, rules.exclude_index.candidates(title)), blank(body, rules.exclude_index.candidates(body))
    score, terms, where = 0, [], []
    strong = phrase = in_lead = False
    for kw in rules.keyword_index.candidates(t, b):
        in_title = len(find(kw, t))
        body_hits = find(kw, b)
        in_body = min(len(body_hits), MAX_REPEATS)
        if in_title:
            terms.append(kw.text)
            where.append("title")
        if in_body:
            terms.append(kw.text)
            where.append("body")
        if in_title or (body_hits and body_hits[0] < LEAD_WORDS):
            in_lead = True
        if kw.weak:
            score += 1 if in_title or in_body else 0
        elif in_title or in_body:
            strong = True
            phrase = phrase or kw.is_phrase
            score += TITLE_WEIGHT * min(in_title, 1) + in_body * (PHRASE_WEIGHT if kw.is_phrase else 1)
    needed = rules.topic.min_score + (0 if in_lead or phrase else LEAD_MARGIN)
    return score, terms, where, strong and score >= needed


@dataclass(frozen=True)
class Assessment:
    """One topic's evidence for one release, whether or not it placed the release there: `feeds explain`
    shows the near misses too. `match` holds the rules' terms (and, from `classifier`, the model's words
    and probability)."""

    match: TopicMatch
    rules_placed: bool        # the keyword rules alone would place it
    placed: bool              # the decision: rules (and model), or named by the source
    given: bool = False       # named by the source (a tag, or the source's own topics)
    model: str = ""           # how a learned model took part ("": it did not; see `classifier`)


def assess_prepared(title: Text, body: Text, compiled: Iterable[Rules],
                    given: Iterable[str] = ()) -> tuple[Assessment, ...]:
    """Every topic's rules evidence and decision for a release's prepared title and body (see `classify`)."""
    given_folded = {fold(g).strip() for g in given}
    out = []
    for r in compiled:
        topic = r.topic
        score, terms, where, placed = evidence(r, title, body)
        named = fold(topic.slug).strip() in given_folded or fold(topic.name).strip() in given_folded
        if named:
            terms.append(topic.slug)
            where.append("source")
            score, placed = max(score, topic.min_score), True
        out.append(Assessment(TopicMatch(topic.slug, score, tuple(terms), tuple(where)), placed, placed, named))
    return tuple(out)


def assess(title: str, body: str, topics: Iterable[TopicConfig], given: Iterable[str] = (),
           rules: tuple[Rules, ...] | None = None) -> tuple[Assessment, ...]:
    """Every topic's rules evidence and decision for a release (see `classify`)."""
    compiled = rules if rules is not None else _compiled(tuple(topics))
    return assess_prepared(prepare(title), prepare(body), compiled, given)


def classify(title: str, body: str, topics: Iterable[TopicConfig], given: Iterable[str] = (),
             rules: tuple[Rules, ...] | None = None) -> tuple[TopicMatch, ...]:
    """The topics a release belongs to by the keyword rules, with the terms that placed it there.

    `given` are topic slugs or names named by the source itself (tags, per-source topics): they
    place the release in that topic whatever the text says. `rules` may be passed precompiled
    (`compile_rules`) when many releases are classified with the same topics.
    """
    return tuple(a.match for a in assess(title, body, topics, given, rules) if a.placed)


def rules_fingerprint(topics: Iterable[TopicConfig]) -> str:
    """Changes whenever a topic rule or the matcher changes."""
    data: list[object] = [[t.slug, t.name, list(t.keywords), list(t.exclude), t.min_score] for t in topics]
    data.append(["weights", TITLE_WEIGHT, PHRASE_WEIGHT, MAX_REPEATS, LEAD_WORDS, LEAD_MARGIN, MATCHER_VERSION])
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:16]
