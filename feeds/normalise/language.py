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
from typing import TYPE_CHECKING

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


@lru_cache(maxsize=1)
def _identifier() -> "LanguageIdentifier":
    # imported here, not at the top: a run with nothing new to read never loads the model
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, declaration: str | None = None) -> str | None:
    """The release's language: a sane declaration, else a confident detection on a few words, else None."""
    lang = declared(declaration)
    if lang:
        return lang
    sample = " ".join(text.split(maxsplit=SAMPLE_WORDS)[:SAMPLE_WORDS])   # split no further than the sample
    if len(sample.split()) < 3:
        return None
    code, probability = _identifier().classify(sample)
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
