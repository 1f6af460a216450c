"""The topic classifier the service runs: a taxonomy's keyword rules (`topics`), compiled once, and the
learned model (`learned`) for the topics it was trained for, exactly as the config defines them.

Built once by each composition root (`feeds` commands, `web.create_app`, the scheduler) with
`load_classifier`, and handed to ingestion, `feeds explain` and the release page. The config only names
the model file (`classifier.model`); this module reads it.

The model has a say on a topic only when it `covers` it (trained for the same slug *and* the same
definition: name, keywords, exclude, min_score) and only in a language it saw at least
`learned.MIN_LANGUAGE_RECORDS` training releases in. There it has the last word: the rules' placement
stands when the model gives it at least `confirm` probability, and the model alone places a release it
is `accept` sure of (`TopicModel.decide`). Everywhere else the keyword rules alone decide, and say so
(`Assessment.model`). A topic named by the source is placed whatever the model says.
"""
from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..config import Config, TopicConfig
from ..errors import ConfigError
from ..model import TopicMatch
from .learned import Prediction, TopicModel, model_from_json
from .topics import Assessment, Rules, assess_prepared, compile_rules, prepare, rules_fingerprint

# Assessment.model: how the learned model took part in a topic's decision
APPLIED = "applied"              # the model confirmed, overruled or added to the rules
NOT_TRAINED = ""                 # no model, or none trained for this topic as it is defined: rules alone
LANGUAGE = "language"            # the model saw too few training releases in the release's language: rules alone


@dataclass(frozen=True)
class Classifier:
    """A taxonomy's compiled rules and the learned model where it applies."""

    topics: tuple[TopicConfig, ...]
    model: TopicModel | None = None
    model_path: str = ""
    rules: tuple[Rules, ...] = field(init=False, repr=False)
    learned: frozenset[str] = field(init=False)     # slugs the model covers as defined

    def __post_init__(self) -> None:
        object.__setattr__(self, "topics", tuple(self.topics))
        object.__setattr__(self, "rules", compile_rules(self.topics))
        covered = {t.slug for t in self.topics if self.model is not None and self.model.covers(t)}
        object.__setattr__(self, "learned", frozenset(covered))

    @property
    def rules_only(self) -> tuple[TopicConfig, ...]:
        """The topics that run on their keyword rules alone: no model was trained for them as defined."""
        return tuple(t for t in self.topics if t.slug not in self.learned)

    def changed_since_training(self, topic: TopicConfig) -> bool:
        """The model knows this slug, but was trained for another definition of it."""
        return self.model is not None and topic.slug in self.model.topics and topic.slug not in self.learned

    def applies(self, slug: str, language: str | None) -> str:
        """How the model takes part in `slug` for a release in `language` (APPLIED, NOT_TRAINED, LANGUAGE)."""
        if self.model is None or slug not in self.learned:
            return NOT_TRAINED
        return APPLIED if self.model.knows_language(language) else LANGUAGE

    @property
    def fingerprint(self) -> str:
        """Changes whenever a rule, the matcher, the model or the topics it covers change: the archive is
        then re-classified."""
        model = self.model.fingerprint if self.model is not None and self.learned else None
        data = [rules_fingerprint(self.topics), model, sorted(self.learned)]
        return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]

    def assess(self, title: str, body: str, given: Iterable[str] = (),
               language: str | None = None, placed_only: bool = False) -> tuple[Assessment, ...]:
        """Every topic's evidence and decision for a release in `language`: the rules', then the model's.
        `placed_only`: the model's words are found for the topics the release is placed in only (the others'
        matches then lack them; `classify` keeps the placed ones)."""
        t, b = prepare(title), prepare(body)
        out = assess_prepared(t, b, self.rules, given)
        model = self.model
        if model is None or not self.learned:
            return out
        if not model.knows_language(language):
            return tuple(replace(a, model=LANGUAGE) if a.match.slug in self.learned else a for a in out)
        vec, shown = model.vector(t, b, language)
        decided = []
        for a in out:
            probability = model.probability(vec, a.match.slug) if a.match.slug in self.learned else None
            if probability is None:
                decided.append(a)
                continue
            placed = a.given or model.decide(a.rules_placed, Prediction(probability, ()))
            words = model.words(vec, shown, a.match.slug) if placed or not placed_only else ()
            m = a.match
            match = TopicMatch(m.slug, m.score, m.terms + words, m.where + ("model",) * len(words), probability)
            # `replace(a, match=..., placed=..., model=APPLIED)`, built directly: a dozen times a release
            decided.append(Assessment(match, a.rules_placed, placed and bool(match.terms), a.given, APPLIED))
        return tuple(decided)

    def classify(self, title: str, body: str, given: Iterable[str] = (),
                 language: str | None = None) -> tuple[TopicMatch, ...]:
        """The topics a release in `language` belongs to, with the terms (and model words) that placed it."""
        return tuple(a.match for a in self.assess(title, body, given, language, placed_only=True) if a.placed)


@functools.lru_cache(maxsize=4)
def _parse_model(path: str, size: int, mtime_ns: int) -> TopicModel:
    """A topic model file, parsed once per (path, size, mtime): many configs share the shipped model."""
    return model_from_json(Path(path).read_text(encoding="utf-8"))


def read_model(path: str) -> TopicModel:
    """The model file at `path`; OSError or ValueError saying what is wrong."""
    stat = Path(path).stat()
    return _parse_model(path, stat.st_size, stat.st_mtime_ns)


def load_classifier(config: Config) -> Classifier:
    """The classifier of a config: its topics and the model of `classifier.model` (none when "");
    ConfigError naming the key and the file when the model cannot be read."""
    path = config.topic_model_path
    if not path:
        return Classifier(config.topics)
    try:
        model = read_model(path)
    except OSError as e:
        raise ConfigError(config.path, [f"classifier.model: cannot read {path}: {e.strerror or e}"]) from e
    except (ValueError, UnicodeDecodeError) as e:
        raise ConfigError(config.path, [f"classifier.model: {path}: {e}"]) from e
    return Classifier(config.topics, model, path)
