"""Translations of one release: the same source publishing one release in several languages. Pure.

Two releases of one source, published the same day in different languages, are translations of each
other when they are linked (their origins or URLs differ only by a language segment: `en/x.md` and
`fr/x.md`, `/en/news/42` and `/fr/news/42`, `x.en.html` and `x.fr.html`), or when they have the same
structure: the same number of paragraphs (give or take one) and the same figures (numbers survive
translation: dates, amounts, counts).
"""
from __future__ import annotations

import re

_LANG_SEGMENT = re.compile(r"(?<![a-z0-9])[a-z]{2}(?:[-_][a-z]{2})?(?=[/._-]|$)", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
MIN_FIGURES = 2
FIGURES_OVERLAP = 0.6


def language_free(address: str, languages: tuple[str, ...]) -> str:
    """An origin or URL with its language segments (only the given languages) blanked out."""
    wanted = {lang.lower() for lang in languages if lang}
    return _LANG_SEGMENT.sub(lambda m: "{lang}" if m.group(0).lower().split("-")[0].split("_")[0] in wanted
                             else m.group(0), address)


def linked(a: str, b: str, lang_a: str, lang_b: str) -> bool:
    """True when two addresses differ only by their language segment."""
    if not a or not b or a == b:
        return False
    langs = (lang_a, lang_b)
    return language_free(a, langs) == language_free(b, langs) and "{lang}" in language_free(a, langs)


def figures(text: str) -> set[str]:
    return {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}


def same_structure(body_a: str, body_b: str) -> bool:
    """Paragraph counts within one of each other, and mostly the same figures (at least two)."""
    pa, pb = body_a.count("\n\n") + 1, body_b.count("\n\n") + 1
    if abs(pa - pb) > 1:
        return False
    fa, fb = figures(body_a), figures(body_b)
    if len(fa) < MIN_FIGURES or len(fb) < MIN_FIGURES:
        return False
    return len(fa & fb) / len(fa | fb) >= FIGURES_OVERLAP


def are_translations(a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> bool:
    """(origin, link, language, body) of two releases of one source published the same day."""
    origin_a, link_a, lang_a, body_a = a
    origin_b, link_b, lang_b, body_b = b
    if not lang_a or not lang_b or lang_a == lang_b:
        return False
    return (linked(origin_a, origin_b, lang_a, lang_b) or linked(link_a, link_b, lang_a, lang_b)
            or same_structure(body_a, body_b))
