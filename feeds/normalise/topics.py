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
  a long release. Distinct means distinct:
  - a word counts for one keyword only, the longest that covers it ("community health workers" is
    not also "health workers"; "sustainable development" is not also "sustainab*");
  - single-word keywords of one word family count once: "vaccine", "vaccination" and "vaccinated" all
    begin with the stem of "vaccine" (`FAMILY_STEM` letters or more), so a release that says "vaccine"
    and "vaccination" has one piece of vaccine evidence, not two.
- A keyword written `~word` is weak, supporting evidence only (a word that often appears in releases
  about something else: "online", "schools"): it scores 1 in the body and 1 in the title, but all weak
  evidence together scores no more than the places it is in (the title and each body sentence: a
  sentence listing "doctors, nurses and midwives" is one mention of staff, not three), and weak
  keywords alone never place a release in a topic: at least one ordinary keyword must match. A release
  joins a topic at `min_score`.
- Lead: a release is about what its title and opening say. When no keyword of a topic is in the title
  or the first `LEAD_WORDS` words of the body, single words further down must reach
  `min_score + LEAD_MARGIN`: a passing mention of a common word deep in a release is not its subject.
  A phrase is specific evidence and needs no margin, with one exception: about one topic, mentioning
  another. When the topic's evidence is one phrase (and maybe weak words) in a single sentence far
  from the lead (under `SPREAD_SENTENCES` sentences), and the title or lead hold another placed
  topic's ordinary keywords, the phrase is a mention in passing ("... in line with the sustainable
  development goals." at the end of a release about a trade agreement) and does not place the release.

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
from .text import words as word_list

TITLE_WEIGHT = 3
PHRASE_WEIGHT = 2
MAX_REPEATS = 1              # times a keyword counts in the body: distinct evidence, not repeats
LEAD_WORDS = 40              # the opening of the body that, with the title, is the lead
LEAD_MARGIN = 1              # extra score needed when a topic has no evidence in the lead
WEAK = "~"                   # prefix of a weak keyword
SPREAD_SENTENCES = 2         # sentences of evidence that make a phrase far from the lead more than a mention
FAMILY_STEM = 5              # shortest stem that makes the single-word keywords it begins one word family
MATCHER_VERSION = 5          # part of the rules fingerprint: a new matcher re-classifies the archive

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
    sentence: tuple[int, ...] = ()        # the sentence each position is in (0, 1, ...)


def _text(words: Sequence[str], raw: Sequence[str], written: Sequence[str], sentence: Sequence[int] = ()) -> Text:
    stems_at: dict[str, list[int]] = {}
    raw_at: dict[str, list[int]] = {}
    for i, (w, r) in enumerate(zip(words, raw, strict=False)):
        if w:
            stems_at.setdefault(w, []).append(i)
            raw_at.setdefault(r, []).append(i)
    return Text(tuple(words), tuple(raw), tuple(written), {k: tuple(v) for k, v in stems_at.items()},
                {k: tuple(v) for k, v in raw_at.items()}, tuple(sorted(raw_at)), tuple(sentence))


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


# A sentence ends at a full stop (or !, ?, ;) before white space, or at a blank line; a line break inside a paragraph
# is no end. The stop is split off with the space (it is no word): a pattern that starts with one of a few characters
# is searched for, not tried at every position.
_SENTENCE_END = re.compile(r"[.!?;]\s+|\n\s*\n")


def prepare(text: str) -> Text:
    written: list[str] = []
    sentence: list[int] = []
    for i, part in enumerate(_SENTENCE_END.split(text)):
        found = word_list(part)
        written.extend(found)
        sentence.extend([i] * len(found))
    cached = _cached_forms
    reduced = [cached(w) if len(w) <= CACHED_WORD else forms(w) for w in written]   # `forms`, one call a word
    return _text([f[1] for f in reduced], [f[0] for f in reduced], written, sentence)


def blank(text: Text, patterns: Iterable[Pattern]) -> Text:
    """The text with every occurrence of the patterns blanked out (so no keyword can match inside one)."""
    words, raw, written = list(text.words), list(text.raw), list(text.written)
    hit = False
    for p in patterns:
        for start in find(p, text):
            hit = True
            for k in range(start, start + len(p.parts)):
                words[k] = raw[k] = written[k] = ""
    return _text(words, raw, written, text.sentence) if hit else text


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
    def family(self) -> Mapping[Pattern, object]:
        """Each keyword's word family: single words whose stems begin alike are one piece of evidence."""
        return families(self.keywords)

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
    found = evidence(rules, title, body)
    return found.score, found.terms, found.where


def families(keywords: Iterable[Pattern]) -> dict[Pattern, object]:
    """Each keyword's word family: a single word belongs to the family of the shortest single-word keyword
    whose stem (of `FAMILY_STEM` letters or more) begins it ("vaccine", "vaccination", "vaccinated" are one);
    a phrase or a prefix pattern is its own family."""
    keywords = tuple(keywords)
    singles = sorted({p.parts[0][0] for p in keywords if len(p.parts) == 1 and not p.parts[0][1]}, key=len)
    out: dict[Pattern, object] = {}
    for p in keywords:
        key: object = p.parts
        if len(p.parts) == 1 and not p.parts[0][1]:
            word = p.parts[0][0]
            key = next((s for s in singles if len(s) >= FAMILY_STEM and word.startswith(s)), word)
        out[p] = key
    return out


def _unclaimed(hits: list[int], length: int, claimed: set[int]) -> list[int]:
    """The hits of a pattern `length` words long that overlap no claimed position; claims their positions."""
    kept = [i for i in hits if claimed.isdisjoint(range(i, i + length))]
    for i in kept:
        claimed.update(range(i, i + length))
    return kept


def matches(rules: Rules, title: Text, body: Text) -> list[tuple[Pattern, list[int], list[int]]]:
    """(keyword, title positions, body positions) of each keyword of a topic found in a release. A word
    counts for one keyword only, the longest that covers it: "community health workers" is one piece of
    evidence, not also "health workers" and "health"."""
    found = [(kw, find(kw, title), find(kw, body)) for kw in rules.keyword_index.candidates(title, body)]
    claimed_title: set[int] = set()
    claimed_body: set[int] = set()
    kept: dict[int, tuple[Pattern, list[int], list[int]]] = {}
    for i in sorted(range(len(found)), key=lambda i: -len(found[i][0].parts)):
        kw, in_title, in_body = found[i]
        n = len(kw.parts)
        kept[i] = (kw, _unclaimed(in_title, n, claimed_title), _unclaimed(in_body, n, claimed_body))
    return [kept[i] for i in sorted(kept) if kept[i][1] or kept[i][2]]


@dataclass(frozen=True)
class Evidence:
    """One topic's evidence in one release."""

    score: int
    terms: list[str]
    where: list[str]
    placed: bool         # enough to join the topic, whatever the other topics found
    lead: bool           # an ordinary keyword in the title or the lead: the release is about the topic
    passing: bool        # placed only by a phrase in one sentence far from the lead: a mention in passing


def evidence(rules: Rules, title: Text, body: Text) -> Evidence:
    """One topic's evidence: placed when it is enough to join the topic (`min_score`, at least one ordinary
    keyword, and `LEAD_MARGIN` more when the title and lead hold none of it and no phrase matched)."""
    t, b = blank(title, rules.exclude_index.candidates(title)), blank(body, rules.exclude_index.candidates(body))
    terms: list[str] = []
    where: list[str] = []
    weak = 0
    phrase = in_lead = lead = False
    sentences: set[int] = set()
    points: dict[object, tuple[int, int]] = {}      # word family -> (title points, body points)
    weak_places: set[object] = set()
    for kw, in_title, in_body in matches(rules, t, b):
        terms.extend([kw.text] * (bool(in_title) + bool(in_body)))
        where.extend(["title"] * bool(in_title) + ["body"] * bool(in_body))
        in_lead = in_lead or bool(in_title) or bool(in_body and in_body[0] < LEAD_WORDS)
        sentences.update(b.sentence[i] for i in in_body if i < len(b.sentence))
        if kw.weak:
            weak += bool(in_title) + bool(in_body)
            weak_places.update(["title"] if in_title else [])
            weak_places.update(b.sentence[i] for i in in_body if i < len(b.sentence))
            continue
        phrase = phrase or kw.is_phrase
        lead = lead or bool(in_title) or bool(in_body and in_body[0] < LEAD_WORDS)
        family = rules.family[kw]
        had_title, had_body = points.get(family, (0, 0))
        body_points = min(len(in_body), MAX_REPEATS) * (PHRASE_WEIGHT if kw.is_phrase else 1)
        points[family] = (max(had_title, TITLE_WEIGHT if in_title else 0), max(had_body, body_points))
    # weak evidence: 1 a weak keyword, but no more than the sentences (and title) it is in: a sentence
    # listing "doctors, nurses and midwives" is one mention of staff, not three
    score = min(weak, len(weak_places)) + sum(a + b for a, b in points.values())
    placed = bool(points) and score >= rules.topic.min_score + (0 if in_lead or phrase else LEAD_MARGIN)
    passing = (placed and not in_lead and len(sentences) < SPREAD_SENTENCES
               and score < rules.topic.min_score + LEAD_MARGIN)
    return Evidence(score, terms, where, placed, lead, passing)


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
    compiled = tuple(compiled)
    found = [evidence(r, title, body) for r in compiled]
    about_another = any(e.placed and e.lead for e in found)
    for r, e in zip(compiled, found, strict=True):
        topic = r.topic
        score, terms, where, placed = e.score, e.terms, e.where, e.placed
        if e.passing and about_another:
            placed = False      # a phrase in passing, in a release about another topic
        named = bool(given_folded) and (fold(topic.slug).strip() in given_folded
                                        or fold(topic.name).strip() in given_folded)
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
    data.append(["weights", TITLE_WEIGHT, PHRASE_WEIGHT, MAX_REPEATS, LEAD_WORDS, LEAD_MARGIN, SPREAD_SENTENCES,
                 FAMILY_STEM, MATCHER_VERSION])
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:16]
