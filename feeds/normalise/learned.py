"""Learned topic evidence: one linear model per topic over a release's words, trained on labelled releases.

Keyword rules (`topics`) say exactly why a release is placed, but a keyword list only knows the words
someone thought of: on releases written by people the rules were not tuned on, they miss paraphrases
and are fooled by words used in passing. A linear model trained on labelled releases weighs every word
it has seen for and against each topic. The two are combined (`decide`): the rules' placement stands
when the model gives it at least `confirm` probability, and the model alone places a release when it
is at least `accept` sure. Every decision stays explainable: the rules' terms, plus the words that
pushed the model towards the topic, with its probability.

A model is bound to the taxonomy it was trained for: it records each topic's definition (`definition`:
a fingerprint of its name, keywords, exclude phrases and min_score), and it applies to a configured topic
only when that topic's definition is the same (`TopicModel.covers`); a topic a user defined otherwise,
even under a slug the model knows, runs on its keyword rules alone. It records too how many training
releases it saw in each language (`languages`): in a language with fewer than `MIN_LANGUAGE_RECORDS`
it has no say at all (the rules alone decide), so it never vetoes a keyword match in a language it
barely knows. `classifier.Classifier` applies both rules.

- Features (`features`): the light stems of `topics.stem` of title and body, less the stop words of the
  release's language (`language.stop_words`: "the", "de", "l" are no evidence), title words counted
  again as their own features ("T:tariff"): the title says what a release is about.
- Vector: sublinear term frequency times smoothed idf, scaled to unit length (as scikit-learn's
  TfidfVectorizer does), over the vocabulary seen in training.
- Model: L2-regularised logistic regression per topic, classes balanced (scikit-learn, `train`, run
  offline by `feeds topics train`; only that command needs scikit-learn). The trained model is plain
  JSON data, and applying it (`TopicModel.predict`) is a pure dot product.

Labelled files (`read_labelled`) hold records of a header `### PUBLISHER | slug, slug` (`-` for none),
a title line and a body; lines starting with `#!` are comments. The same files feed the benchmark.
"""
from __future__ import annotations

import functools
import hashlib
import heapq
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..config import TopicConfig
from .language import detect, stop_words
from .topics import WORD_CACHE, Text, prepare

FEATURE_VERSION = 2          # part of the model's fingerprint: new features mean a new model
TITLE = "T:"                 # prefix of a title word's own feature
EXPLAIN_WORDS = 5            # words shown as the model's evidence for a topic
CONFIRM = 0.2                # default: the rules' placement stands at this probability or more
ACCEPT = 0.6                 # default: the model alone places a release at this probability or more
WEIGHT_DIGITS = 3            # decimals a weight keeps in the model file (a change of at most 0.0005 each)
MIN_LANGUAGE_RECORDS = 40    # training releases in a language before the model has a say in it


@dataclass(frozen=True)
class Labelled:
    """One labelled release: what a subscriber of each topic would expect to find it in."""

    publisher: str
    title: str
    body: str
    topics: frozenset[str]


def read_labelled(text: str) -> list[Labelled]:
    """Records of a labelled file: `### PUBLISHER | slug, slug` (or `-`), the title line, then the body."""
    records: list[Labelled] = []
    header: str | None = None
    lines: list[str] = []

    def flush() -> None:
        if header is None:
            return
        publisher, _, labels = header.partition("|")
        title, _, body = "\n".join(lines).strip("\n").partition("\n")
        topics = frozenset(s.strip() for s in labels.split(",") if s.strip() not in ("", "-"))
        records.append(Labelled(publisher.strip(), title.strip(), body.strip(), topics))

    for line in text.splitlines():
        if line.startswith("#!"):
            continue
        if line.startswith("### "):
            flush()
            header, lines = line[4:], []
        else:
            lines.append(line)
    flush()
    return records


def language_of(record: Labelled) -> str | None:
    """A labelled release's language, detected as normalisation detects a release's."""
    return detect(record.title + "\n" + record.body)


def definition(topic: TopicConfig) -> str:
    """A fingerprint of what a user wrote for a topic: name, keywords, exclude phrases and min_score."""
    return _fingerprint([topic.name, list(topic.keywords), list(topic.exclude), topic.min_score])


@functools.lru_cache(maxsize=WORD_CACHE)
def _has_letter(word: str) -> bool:
    """Whether a word has a letter (a feature; "2025" is none): asked once per distinct word, not at every use."""
    return any(c.isalpha() for c in word)


def features(title: Text, body: Text, stop: frozenset[str] = frozenset()) -> tuple[Counter[str], dict[str, str]]:
    """Feature counts of a release (title and body as `topics.prepare` makes them), less the `stop`
    words (folded, as written), and a readable word for each feature (the first form seen, as written)."""
    def kept(text: Text) -> list[tuple[str, str]]:
        return [(s, w) for s, w in zip(text.words, text.written, strict=False) if _has_letter(s) and w not in stop]

    in_title, in_body = kept(title), kept(body)
    # the title's words, the title's own features, the body's words: counted (and first seen) in this order
    seen = in_title + [(TITLE + s, w) for s, w in in_title] + in_body
    counts: Counter[str] = Counter(f for f, _w in seen)
    shown: dict[str, str] = {}
    for f, w in seen:
        if f not in shown:
            shown[f] = w
    return counts, shown


def _fingerprint(data: object) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Prediction:
    """The model's view of one topic for one release: probability and its strongest words for it."""

    probability: float
    words: tuple[str, ...]


@dataclass(frozen=True)
class TopicModel:
    """A trained model: vocabulary idf, per-topic weights and bias, the decision thresholds, the topic
    definitions it was trained for (slug -> `definition`) and its training releases per language."""

    idf: Mapping[str, float]
    weights: Mapping[str, Mapping[str, float]]
    bias: Mapping[str, float]
    confirm: float = CONFIRM
    accept: float = ACCEPT
    trained_on: Mapping[str, object] = field(default_factory=dict)   # labelled files, records, hash
    definitions: Mapping[str, str] = field(default_factory=dict)
    languages: Mapping[str, int] = field(default_factory=dict)

    @property
    def topics(self) -> frozenset[str]:
        return frozenset(self.weights)

    @property
    def fingerprint(self) -> str:
        """Changes whenever the model or its thresholds change: the archive is then re-classified."""
        weights = {s: {f: v for f, v in w.items() if v} for s, w in self.weights.items()}   # as the file keeps them
        return _fingerprint([FEATURE_VERSION, self.confirm, self.accept, self.bias, weights, self.idf,
                             self.definitions, self.languages])

    def covers(self, topic: TopicConfig) -> bool:
        """Whether the model was trained for this topic as the config defines it (same slug and definition)."""
        return topic.slug in self.weights and self.definitions.get(topic.slug) == definition(topic)

    def knows_language(self, language: str | None) -> bool:
        """Whether the model saw enough training releases in `language` to have a say in it."""
        return self.languages.get(language or "", 0) >= MIN_LANGUAGE_RECORDS

    def vector(self, title: Text, body: Text, language: str | None = None) -> tuple[dict[str, float], dict[str, str]]:
        """The release's unit-length tf-idf vector over the vocabulary (title and body as
        `topics.prepare` makes them, in `language`), and readable words."""
        counts, shown = features(title, body, stop_words(language))
        vec = {f: (1.0 + math.log(n)) * self.idf[f] for f, n in counts.items() if f in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in vec.items()}, shown

    def predict(self, vec: Mapping[str, float], shown: Mapping[str, str], slug: str) -> Prediction | None:
        """The probability that a release (as `vector`) belongs to topic `slug`; None for a topic the
        model was not trained on."""
        probability = self.probability(vec, slug)
        if probability is None:
            return None
        return Prediction(probability, self.words(vec, shown, slug))

    def probability(self, vec: Mapping[str, float], slug: str) -> float | None:
        """`predict`'s probability alone (None for a topic the model was not trained on): a release not placed
        in the topic needs no words."""
        weights = self.weights.get(slug)
        if weights is None:
            return None
        z = self.bias[slug] + sum([weights[f] * v for f, v in vec.items() if f in weights])
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 4)

    def words(self, vec: Mapping[str, float], shown: Mapping[str, str], slug: str) -> tuple[str, ...]:
        """`predict`'s words: the release's words that pushed it most towards the topic (readable, title words
        marked), at most EXPLAIN_WORDS."""
        weights = self.weights[slug]
        contributions = {f: weights[f] * v for f, v in vec.items() if f in weights}
        top = heapq.nlargest(2 * EXPLAIN_WORDS, ((c, f) for f, c in contributions.items() if c > 0))
        readable: list[str] = []
        for _c, f in top:
            word = shown.get(f, f.removeprefix(TITLE))
            word = f"{word} (title)" if f.startswith(TITLE) else word
            if word not in readable:
                readable.append(word)
            if len(readable) == EXPLAIN_WORDS:
                break
        return tuple(readable)

    def decide(self, rules_placed: bool, prediction: Prediction | None) -> bool:
        """Whether a release joins a topic, given the rules' placement and the model's prediction."""
        if prediction is None:
            return rules_placed
        p = prediction.probability
        return (rules_placed and p >= self.confirm) or p >= self.accept

    def to_json(self) -> str:
        """The model as compact JSON: the vocabulary once, then idf and each topic's weights as arrays in
        its order (0 for a feature a topic has no weight for)."""
        vocabulary = sorted(self.idf)
        return json.dumps({"format": "feeds-topic-model", "feature_version": FEATURE_VERSION,
                           "confirm": self.confirm, "accept": self.accept, "trained_on": dict(self.trained_on),
                           "definitions": dict(self.definitions), "languages": dict(self.languages),
                           "bias": dict(self.bias), "vocabulary": vocabulary, "idf": [self.idf[f] for f in vocabulary],
                           "weights": {s: [w.get(f, 0) for f in vocabulary] for s, w in self.weights.items()}},
                          ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def model_from_json(text: str) -> TopicModel:
    """A model from `TopicModel.to_json`; ValueError saying what is wrong with anything else."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON: {e}") from e
    if not isinstance(data, dict) or data.get("format") != "feeds-topic-model":
        raise ValueError("not a topic model (made by `feeds topics train`)")
    if data.get("feature_version") != FEATURE_VERSION:
        raise ValueError(f"made for features version {data.get('feature_version')}, this is "
                         f"{FEATURE_VERSION}: train it again with `feeds topics train`")
    try:
        vocabulary = [str(f) for f in data["vocabulary"]]
        if len(data["idf"]) != len(vocabulary) or any(len(w) != len(vocabulary) for w in data["weights"].values()):
            raise ValueError("idf and weights must have one value per vocabulary word")
        idf = {f: float(v) for f, v in zip(vocabulary, data["idf"], strict=False)}
        weights = {str(s): {f: float(v) for f, v in zip(vocabulary, w, strict=False) if v}
                   for s, w in data["weights"].items()}
        bias = {str(s): float(data["bias"][s]) for s in weights}
        confirm, accept = float(data["confirm"]), float(data["accept"])
        definitions = {str(s): str(d) for s, d in data["definitions"].items()}
        languages = {str(lang): int(n) for lang, n in data["languages"].items()}
    except (KeyError, TypeError, AttributeError, ValueError) as e:
        raise ValueError(f"a topic model with a missing or malformed part: {e!r}") from e
    if not 0.0 <= confirm <= accept <= 1.0:
        raise ValueError("thresholds must satisfy 0 <= confirm <= accept <= 1")
    return TopicModel(idf, weights, bias, confirm, accept, data.get("trained_on") or {}, definitions, languages)


def labelled_hash(records: Sequence[Labelled]) -> str:
    """A hash of labelled records: a model says what it was trained on."""
    return _fingerprint([[r.title, r.body, sorted(r.topics)] for r in records])


def train(records: Sequence[Labelled], topics: Iterable[TopicConfig], *, c: float = 10.0, min_df: int = 2,
          confirm: float = CONFIRM, accept: float = ACCEPT, sources: Sequence[str] = ()) -> TopicModel:
    """Train a model for `topics` (as the config defines them) on labelled releases (needs scikit-learn:
    `pip install feeds[train]`).

    A topic is trained only when the records hold both releases in it and releases not in it.
    """
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    topics = tuple(topics)
    languages = [language_of(r) for r in records]
    counted = [features(prepare(r.title), prepare(r.body), stop_words(lang))[0]
               for r, lang in zip(records, languages, strict=False)]
    df: Counter[str] = Counter()
    for counts in counted:
        df.update(counts.keys())
    vocabulary = sorted(f for f, n in df.items() if n >= min_df)
    index = {f: i for i, f in enumerate(vocabulary)}
    n = len(records)
    idf = {f: math.log((1 + n) / (1 + df[f])) + 1.0 for f in vocabulary}
    rows, cols, values = [], [], []
    for i, counts in enumerate(counted):
        vec = {f: (1.0 + math.log(k)) * idf[f] for f, k in counts.items() if f in index}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        for f, v in vec.items():
            rows.append(i)
            cols.append(index[f])
            values.append(v / norm)
    x = csr_matrix((values, (rows, cols)), shape=(n, len(vocabulary)))
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    for slug in (t.slug for t in topics):
        y = np.array([slug in r.topics for r in records])
        if y.all() or not y.any():
            continue
        fit = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y)
        weights[slug] = {f: round(float(w), WEIGHT_DIGITS) for f, w in zip(vocabulary, fit.coef_[0], strict=False)
                         if round(float(w), WEIGHT_DIGITS)}
        bias[slug] = round(float(fit.intercept_[0]), 5)
    trained_on = {"files": list(sources), "records": n, "hash": labelled_hash(records), "c": c, "min_df": min_df}
    definitions = {t.slug: definition(t) for t in topics if t.slug in weights}
    counts = Counter(lang for lang in languages if lang)
    return TopicModel({f: round(v, 4) for f, v in idf.items()}, weights, bias, confirm, accept, trained_on,
                      definitions, dict(sorted(counts.items())))
