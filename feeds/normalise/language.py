"""Language of a release: the source's declaration when it is sane, else detection (py3langid). Pure.

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
