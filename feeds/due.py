"""When each source runs next: its own interval, and backoff after repeated failures. Pure.

Used by ingestion (which sources are due), the scheduler, and /health (which says when a source
backs off). Imports only the config and the model.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from .config import Config, SourceConfig
from .model import RunRecord

FAILURES_BEFORE_BACKOFF = 3
MAX_BACKOFF = timedelta(days=1)


def interval(source: SourceConfig, config: Config) -> timedelta:
    return timedelta(minutes=source.every_minutes or config.schedule.every_minutes)


def consecutive_failures(runs: list[RunRecord]) -> int:
    """How many of the latest finished runs (newest first) failed in a row."""
    count = 0
    for run in runs:
        if run.status == "running":
            continue
        if run.status != "failed":
            break
        count += 1
    return count


def next_due(source: SourceConfig, config: Config, runs: list[RunRecord]) -> datetime | None:
    """When the source should run next (None: now). After 3 failed runs in a row the interval doubles
    with each further failure, up to a day: a dead site is not hammered."""
    finished = [r for r in runs if r.status != "running"]   # a running one is held by its lease, or dead
    if not finished:
        return None
    failures = consecutive_failures(finished)
    step = interval(source, config)
    if failures >= FAILURES_BEFORE_BACKOFF:
        step = min(step * 2 ** (failures - FAILURES_BEFORE_BACKOFF + 1), max(MAX_BACKOFF, step))
    return finished[0].started + step
