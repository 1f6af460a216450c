"""Language of a release: the source's declaration when it is sane, else detection (py3langid); and the
stop words of a language (the stopwords-iso lists, `stopwordsiso`). Pure.

Only valid BCP 47 primary language subtags are ever written, and only ISO 639-1 ones (the two-letter
codes feed validators know): a declared "eng" or "fre" becomes "en" or "fr", a code with no two-letter
form ("bcl", "pcm", "zxx": no linguistic content) is not written. Detection needs a few words of text
and a confident answer; otherwise the language is omitted, which is always valid.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .langcodes import iso639_1
from .text import fold

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

SAMPLE_WORDS = 300           # detection reads the opening words only: its cost is bounded, whatever the length
_TAG = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*$")
MIN_CONFIDENCE = 0.9             # detection below this probability is no answer


def declared(value: str | None) -> str | None:
    """The ISO 639-1 primary language of a declaration ("en-US" -> "en", "deu" -> "de"), or None."""
    if not value or not _TAG.match(value.strip()):
        return None
    return iso639_1(value.strip().split("-")[0].split("_")[0])


# py3langid's automaton (a DFA over UTF-8 bytes) forgets where it started after this many bytes: from any two
# states, the same 6 bytes lead to the same state (tests/test_language.py proves it for the model installed).
# So the state at each byte is the start state walked over the 6 bytes up to it, and every byte's state can
# be computed at once, 6 array steps instead of a Python step per byte.
SYNC_BYTES = 6


def feature_visits(nextmove: Any, rowbase: Any, output: Any, data: bytes) -> tuple[Any, Any] | None:
    """The automaton's features over `data` (numpy arrays of the model's tables) and how often each is visited,
    as `py3langid.langid.visit_counts` counts them: the same counts, in the order each feature is first seen
    (the scores summed from them are then the same floats), as two arrays (features, counts); None when there
    are none."""
    import numpy as np
    text = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
    states = np.zeros(len(text), dtype=np.intp)
    for back in range(min(SYNC_BYTES, len(text)) - 1, -1, -1):     # byte i - back, at every position i past it
        states[back:] = nextmove[rowbase[states[back:]] + text[:len(text) - back]]
    features = output[states]
    features = features[features >= 0]
    if not len(features):
        return None
    # each distinct feature, counted, in the order of its first visit: a stable sort puts a feature's visits
    # together, its first visit first
    order = np.argsort(features, kind="stable")
    ordered = features[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    counts = np.diff(starts, append=len(ordered))
    first_seen = np.argsort(order[starts])
    return ordered[starts][first_seen], counts[first_seen]


@lru_cache(maxsize=1)
def _identifier() -> "LanguageIdentifier":
    # imported here, not at the top: a run with nothing new to read never loads the model
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class ArrayWalking(LanguageIdentifier):       # type: ignore[misc]
        """py3langid's identifier with its automaton walked over a whole text at once (`feature_visits`)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            nextmove = np.frombuffer(self.tk_nextmove, dtype=np.uint32)   # the library's table itself, not a copy
            self.tables = (nextmove, np.asarray(self._rowbase, dtype=np.intp),
                           np.asarray(self.tk_output, dtype=np.intp))

        def _raw_score(self, text: bytes) -> Any:
            visits = feature_visits(*self.tables, text)
            if visits is None:
                return super()._raw_score(text)     # no feature: the library's own answer
            features, counts = visits       # the library's `_sparse_score`, on arrays instead of a Counter
            return np.log1p(counts.astype(np.float32)) @ self.nb_ptc[features] + self.nb_pc

    return ArrayWalking.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, declaration: str | None = None) -> str | None:
    """The release's language: a sane declaration, else a confident detection on a few words, else None."""
    lang = declared(declaration)
    if lang:
        return lang
    sample = text.split(maxsplit=SAMPLE_WORDS)[:SAMPLE_WORDS]   # split no further than the sample
    if len(sample) < 3:
        return None
    code, probability = _identifier().classify(" ".join(sample))
    return iso639_1(code) if probability >= MIN_CONFIDENCE else None


@lru_cache(maxsize=32)
def stop_words(language: str | None) -> frozenset[str]:
    """The stop words of a language ("the", "de", "l"), folded as `text.fold` folds a release's words;
    empty for a language stopwords-iso has no list for (or None). Words the list writes with an
    apostrophe or hyphen ("aujourd'hui") count by their parts, as a folded text splits them."""
    # imported when first needed, as py3langid is: a command that classifies nothing never pays
    import stopwordsiso
    if not language or not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w for word in stopwordsiso.stopwords(language) for w in fold(word).split())
