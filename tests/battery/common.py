"""What every battery group shares: the CI / nightly sizes and the figures each group records.

A group calls `record(group, **figures)`; when `FEEDS_BATTERY_REPORT` names a file (bench/battery sets
it), the figures are appended there as one JSON line, so a run prints them whatever pytest's verbosity.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

NIGHTLY = os.environ.get("FEEDS_NIGHTLY", "") not in ("", "0")
ROOT = Path(__file__).resolve().parents[2]


def size(ci: int, nightly: int) -> int:
    """The size of a loop: `ci` in the test suite, `nightly` when FEEDS_NIGHTLY=1."""
    return nightly if NIGHTLY else ci


def record(group: str, **figures: object) -> None:
    target = os.environ.get("FEEDS_BATTERY_REPORT")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as f:
        f.write(json.dumps({"group": group, "at": time.time(), "nightly": NIGHTLY, **figures}) + "\n")


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(pct / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


def folder_config(folder: Path, sources: dict[str, Path], *, port: int = 8000, extra: str = "",
                  database: str | None = None, page_size: int = 50) -> Path:
    """A config.toml with one folder source per entry (id -> folder) and the battery's topics."""
    from ..conftest import TOPICS_TOML, write_config
    path = write_config(folder, sources, port=port, extra=extra, page_size=page_size)
    if database:
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'^database = ".*"$', f'database = "{database}"', text, count=1, flags=re.MULTILINE)
        path.write_text(text, encoding="utf-8")
    assert TOPICS_TOML in path.read_text(encoding="utf-8")
    return path


def sqlite3_cli() -> str | None:
    return shutil.which("sqlite3")
