"""Write feeds/normalise/data/cldr-calendar.json: CLDR's month names (wide and abbreviated) and weekday names
(every width) of every locale Babel ships, read with Babel once, here, so that no process of the service loads
whole locales to read them (each locale Babel loads stays in its cache: over a hundred of them, the regions of
English, French, Spanish and Arabic and the world's major languages, took 80 MB of every ingesting process).

Locales writing the same names share one record. Run again after upgrading Babel to take CLDR's new data:
    .venv/bin/python scripts/cldr-calendar-names.py
"""

import json
from pathlib import Path

import babel
from babel import Locale
from babel.localedata import locale_identifiers

TARGET = Path(__file__).resolve().parent.parent / "feeds" / "normalise" / "data" / "cldr-calendar.json"
WIDTHS = {"months": ("wide", "abbreviated"), "days": None}      # None: every width CLDR writes


def names_of(identifier: str) -> dict[str, dict[str, dict[str, list[list[int | str]]]]]:
    """{kind: {context: {width: [[number, name], ...]}}} of one locale, in Babel's order."""
    locale = Locale.parse(identifier)
    record: dict[str, dict[str, dict[str, list[list[int | str]]]]] = {}
    for kind, widths in WIDTHS.items():
        names = getattr(locale, kind)
        record[kind] = {context: {width: [[number, name] for number, name in (names[context].get(width) or {}).items()]
                                  for width in (widths or tuple(names[context])) if names[context].get(width)}
                        for context in ("format", "stand-alone") if context in names}
    return record


def main() -> None:
    records: list[dict[str, object]] = []
    index: dict[str, int] = {}
    locales: dict[str, int] = {}
    for identifier in sorted(locale_identifiers()):
        record = names_of(identifier)
        key = json.dumps(record, ensure_ascii=False)
        locales[identifier] = index.setdefault(key, len(records))
        if locales[identifier] == len(records):
            records.append(record)
    table = {"babel": babel.__version__, "locales": locales, "names": records}
    TARGET.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(locales)} locales, {len(records)} records, {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
