"""Read-only questions the HTML pages ask of the archive: latest titles per topic, and the health of each
source (runs, failures, last new release, releases per week, share of real dates).

Functions take a `Store` and, where time matters, `now`; nothing here writes. Part of the store room
(it may use the store's tables and private readers); imports only `feeds.model` beside it.
`source_flags` is pure: it turns the numbers into the warnings the sources page shows.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select

from ..model import RunRecord
from . import Store, _run
from .schema import released
from .schema import release_topics, releases, runs

WEEKS = 26                  # the chart's span: about six months
RECENT_WINDOW = 5           # the newest releases whose share of real dates is watched...
BASELINE_WINDOW = 20        # ...against the share among the releases before them
SHARP_DROP = 0.4            # a fall of the real-date share by this much (0..1) is flagged


@dataclass(frozen=True)
class Headline:
    """A release as a list shows it: enough for a link and a date."""

    uuid: str
    title: str
    published: datetime
    published_estimated: bool
    first_seen: datetime
    language: str | None = None


@dataclass(frozen=True)
class DatedShare:
    """How many of some releases have a date stated by the source (not estimated)."""

    real: int
    total: int

    @property
    def share(self) -> float:
        return self.real / self.total if self.total else 1.0


@dataclass(frozen=True)
class SourceHealth:
    """What the archive knows about one source beyond its configuration."""

    source_id: str
    total: int                              # releases in the archive
    last_run: RunRecord | None
    last_failure: RunRecord | None          # the latest failed run, even if later runs succeeded
    last_new: Headline | None               # the release first seen most recently
    weeks_start: date                       # Monday of the chart's first week
    weekly: tuple[int, ...]                 # releases published per week, oldest week first
    recent_dates: DatedShare                # the newest RECENT_WINDOW releases (by arrival)
    earlier_dates: DatedShare               # the BASELINE_WINDOW releases that arrived before them


def _headline(row) -> Headline:  # type: ignore[no-untyped-def]
    return Headline(uuid=row["entry_id"].rsplit(":", 1)[-1], title=row["title"], published=row["published"],
                    published_estimated=bool(row["published_estimated"]), first_seen=row["first_seen"],
                    language=row["language"])


_HEADLINE_COLUMNS = (releases.c.entry_id, releases.c.title, releases.c.published, releases.c.published_estimated,
                     releases.c.first_seen, releases.c.language)


def latest_by_topic(store: Store, topics: Iterable[str], per_topic: int = 3) -> dict[str, list[Headline]]:
    """The newest `per_topic` releases of each topic (`all`: of the whole archive), newest published first."""
    out: dict[str, list[Headline]] = {}
    rt = release_topics
    with store._reading(None) as conn:
        for topic in topics:
            if topic == "all":
                stmt = (select(*_HEADLINE_COLUMNS).where(released(None))
                        .order_by(releases.c.published.desc(), releases.c.pk.desc()))
            else:
                stmt = (select(*_HEADLINE_COLUMNS).join(rt, rt.c.release_pk == releases.c.pk)
                        .where(and_(rt.c.topic == topic, released(None)))
                        .order_by(rt.c.published.desc(), rt.c.release_pk.desc()))
            out[topic] = [_headline(r) for r in conn.execute(stmt.limit(per_topic)).mappings()]
    return out


def last_failures(store: Store) -> dict[str, RunRecord]:
    """The latest failed run of every source that ever failed."""
    latest = (select(runs.c.source_id, func.max(runs.c.id).label("id")).where(runs.c.status == "failed")
              .group_by(runs.c.source_id).subquery())
    stmt = select(runs).join(latest, runs.c.id == latest.c.id)
    with store._reading(None) as conn:
        return {r["source_id"]: _run(r) for r in conn.execute(stmt).mappings()}


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def weekly_counts(published: Iterable[datetime], now: datetime, weeks: int = WEEKS) -> tuple[date, tuple[int, ...]]:
    """(Monday of the first week, releases per week) over the `weeks` weeks ending with the current one."""
    first = week_start(now.date()) - timedelta(weeks=weeks - 1)
    counts = [0] * weeks
    for when in published:
        index = (when.date() - first).days // 7
        if 0 <= index < weeks:
            counts[index] += 1
    return first, tuple(counts)


def _dated_share(flags: Sequence[bool]) -> DatedShare:
    return DatedShare(real=sum(1 for estimated in flags if not estimated), total=len(flags))


def source_health(store: Store, source_ids: Iterable[str], now: datetime) -> dict[str, SourceHealth]:
    """The health of each named source (sources that never ran get empty numbers)."""
    last = store.last_runs()
    failures = last_failures(store)
    since = datetime.combine(week_start(now.date()) - timedelta(weeks=WEEKS - 1), datetime.min.time(), now.tzinfo)
    out = {}
    with store._reading(None) as conn:
        for sid in source_ids:
            mine = and_(releases.c.source_id == sid, released(None))     # embargoed releases show nowhere
            total = int(conn.execute(select(func.count()).select_from(releases).where(mine)).scalar_one())
            by_arrival = (select(*_HEADLINE_COLUMNS).where(mine)
                          .order_by(releases.c.first_seen.desc(), releases.c.pk.desc())
                          .limit(RECENT_WINDOW + BASELINE_WINDOW))
            arrived = [_headline(r) for r in conn.execute(by_arrival).mappings()]
            published = conn.execute(select(releases.c.published).where(and_(mine, releases.c.published >= since)))
            start, weekly = weekly_counts((p for (p,) in published), now)
            estimated = [h.published_estimated for h in arrived]
            out[sid] = SourceHealth(
                source_id=sid, total=total, last_run=last.get(sid), last_failure=failures.get(sid),
                last_new=arrived[0] if arrived else None, weeks_start=start, weekly=weekly,
                recent_dates=_dated_share(estimated[:RECENT_WINDOW]),
                earlier_dates=_dated_share(estimated[RECENT_WINDOW:]))
    return out


def source_flags(health: SourceHealth) -> list[str]:
    """Plain-words warnings about a source: failed, found nothing, or its real dates fell away."""
    flags = []
    run = health.last_run
    if run is not None and run.status == "failed":
        flags.append("The last run failed.")
    elif run is not None and run.status == "ok" and run.new + run.updated + run.unchanged == 0:
        flags.append("The last run found no releases.")
    recent, earlier = health.recent_dates, health.earlier_dates
    if (recent.total >= RECENT_WINDOW and earlier.total >= RECENT_WINDOW
            and earlier.share - recent.share >= SHARP_DROP):
        flags.append(f"Only {recent.real} of the {recent.total} newest releases have a date of their own "
                     f"(before: {round(earlier.share * 100)}%): the source's layout may have changed.")
    return flags
