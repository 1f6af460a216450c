"""Language of a release: the source's declaration when it is sane, else detection (py3langid); and the
stop words of a language (the stopwords-iso lists, `stopwordsiso`). Pure."""
from __future__ import annotations

import functools
import re

import py3langid
import stopwordsiso

from .text import fold

_TAG = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")


def declared(value: str | None) -> str | None:
    """A BCP 47 primary language from a declaration ("en-US" -> "en"), or None."""
    if not value or not _TAG.match(value.strip()):
        return None
    return value.strip().split("-")[0].split("_")[0].lower()


def detect(text: str, declaration: str | None = None) -> str | None:
    """The release's language; needs a few words of text to guess."""
    lang = declared(declaration)
    if lang:
        return lang
    sample = " ".join(text.split()[:300])
    if len(sample.split()) < 3:
        return None
    code, _score = py3langid.classify(sample)
    return code


@functools.lru_cache(maxsize=32)
def stop_words(language: str | None) -> frozenset[str]:
    """The stop words of a language ("the", "de", "l"), folded as `text.fold` folds a release's words;
    empty for a language stopwords-iso has no list for (or None). Words the list writes with an
    apostrophe or hyphen ("aujourd'hui") count by their parts, as a folded text splits them."""
    if not language or not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w for word in stopwordsiso.stopwords(language) for w in fold(word).split())
