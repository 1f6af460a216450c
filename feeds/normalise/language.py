"""Language of a release: the source's declaration when it is sane, else detection (py3langid). Pure."""
from __future__ import annotations

import re

SAMPLE_WORDS = 300           # detection reads the opening words only: its cost is bounded, whatever the length
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
    sample = " ".join(text.split(maxsplit=SAMPLE_WORDS)[:SAMPLE_WORDS])   # split no further than the sample
    if len(sample.split()) < 3:
        return None
    import py3langid         # here, not at the top: a run with nothing new to read never loads its model
    code, _score = py3langid.classify(sample)
    return code
