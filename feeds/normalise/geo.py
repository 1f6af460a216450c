"""Geographic facets: the countries a release is about, as ISO 3166-1 alpha-2 codes. Pure.

The gazetteer (`data/gazetteer.tsv`, shipped in the package) holds every UN member state and the two
observer states, with common name variants ("Viet Nam" / "Vietnam", "Lao PDR" / "Laos"), French
names, and demonyms where they are not also language names ("Vietnamese" counts, "French" does not).

Matching is on words: accents and case folded for comparison, but every word of a name must be
written with a capital letter in the text ("Chad", never "chad"; "Turkey", never "turkey"), and
names written in capitals in the gazetteer ("DRC", "UAE", "UK") only match in capitals. The longest
name wins ("Papua New Guinea" is not "Guinea", "South Sudan" is not "Sudan").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources

from .topics import plain

MAX_NAME_WORDS = 6
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Name:
    code: str
    words: tuple[str, ...]          # folded (lower case, no accents)
    upper: bool                     # an abbreviation written in capitals: matches only in capitals


@dataclass(frozen=True)
class Gazetteer:
    names: dict[tuple[str, ...], Name]
    countries: dict[str, str]       # code -> English name

    def name(self, code: str) -> str:
        return self.countries.get(code.upper(), code.upper())

    @cached_property
    def longest(self) -> dict[str, int]:
        """First word of a name -> the most words of a name starting with it: a word no name starts with
        is passed over at once, and no longer name is looked up than one that exists."""
        out: dict[str, int] = {}
        for words in self.names:
            if words:
                out[words[0]] = max(out.get(words[0], 0), len(words))
        return out


def parse_gazetteer(text: str) -> Gazetteer:
    """Read the TSV: code, names (;-separated, the first is the English name), demonyms."""
    names: dict[tuple[str, ...], Name] = {}
    countries: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t") + [""]
        code, variants, demonyms = fields[0].strip(), fields[1], fields[2]
        spelled = [v.strip() for v in (variants + ";" + demonyms).split(";") if v.strip()]
        countries[code] = spelled[0]
        for v in spelled:
            words = tuple(plain(w.lower()) for w in _WORD.findall(v))
            names.setdefault(words, Name(code, words, v.isupper() and len(v) <= 5))
    return Gazetteer(names, countries)


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process (it is package data and never changes at run time)."""
    text = resources.files("feeds.normalise").joinpath("data/gazetteer.tsv").read_text(encoding="utf-8")
    return parse_gazetteer(text)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    return plain(word.lower())


def _fold_word(word: str) -> str:
    """A word folded for comparison (lower case, no accents); remembered for words of a usual length."""
    return _folded(word) if len(word) <= 40 else plain(word.lower())


def countries(title: str, body: str, gaz: Gazetteer | None = None) -> tuple[str, ...]:
    """The codes of the countries named in the title or the body, sorted."""
    g = gaz or gazetteer()
    longest = g.longest
    found: set[str] = set()
    for text in (title, body):
        words = _WORD.findall(text)
        i = 0       # where the next name may start: after the last one found
        # a name starts at a word with a capital letter only: the others are never looked up
        for start in [k for k, w in enumerate(words) if w[:1].isupper()]:
            if start < i:
                continue
            i = start
            most = longest.get(_fold_word(words[i]), 0)
            for n in range(min(MAX_NAME_WORDS, most, len(words) - i), 0, -1):
                name = g.names.get(tuple(_fold_word(w) for w in words[i:i + n]))
                if name is None:
                    continue
                original = words[i:i + n]
                if name.upper and not all(w.isupper() for w in original):
                    continue
                # Small words inside a name ("of", "the", "and", "du") may be lower case.
                if not all(_capitalised(w) or len(w) <= 3 for w in original) or not _capitalised(original[0]):
                    continue
                found.add(name.code)
                i += n - 1
                break
            i += 1
    return tuple(sorted(found))


def country_code(value: str, gaz: Gazetteer | None = None) -> str | None:
    """An ISO alpha-2 code for a code or a name given by a user ("vn", "Viet Nam"), or None."""
    g = gaz or gazetteer()
    if value.upper() in g.countries:
        return value.upper()
    name = g.names.get(tuple(plain(w.lower()) for w in _WORD.findall(value)))
    return name.code if name else None
