"""One ingestion run: sources -> normalise -> store, each source isolated from the others.

`run_once(config, store, trigger)` is the one routine behind every run: cron (`feeds ingest`), the
in-process scheduler (`feeds serve`) and the admin endpoint (`start_in_background`, handed to the web
app as a function, so web/ never imports this module). It coordinates (`feeds.coordination`: the
file lock on SQLite, per-source leases on a server database), announces changed feeds to WebSub hubs
afterwards, and runs `run_ingest`.

Imports: config, coordination, due, model, normalise, sources, store, websub, the standard library.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack, closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .config import Config, SourceConfig
from .coordination import coordinated, keep_lease, yielding_cpu
from .errors import SkipFile, SourceError, StoreError
from .due import next_due
from .model import Backlog, Failed, FileFingerprint, RawRelease, Release, Skipped, SourceReport, Unchanged
from .normalise.classifier import Classifier, load_classifier
from .normalise.identity import mint_entry_id, relinked_hash
from .normalise.geo import countries
from .parallel import Normalised, normalised
from .sources import read_source
from .sources.memory import UrlState
from .store import Store, Writer, leases
from .websub import announce

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


ReclassifyProgress = Callable[[int, int], None]     # (releases done, releases in all), after each batch
PROGRESS_KEY = "topic_rules_progress"              # meta: "<rules fingerprint>:<last pk done>" while under way


def _resume_point(progress: str | None, fingerprint: str) -> int:
    """The last release pk re-classified under `fingerprint` by a run that was cut short, else 0."""
    rules, _, after = (progress or "").partition(":")
    return int(after) if rules == fingerprint and after.isdigit() else 0


def reclassify_if_rules_changed(config: Config, store: Store, classifier: Classifier,
                                now: datetime | None = None, progress: ReclassifyProgress | None = None) -> int:
    """Re-classify the whole archive from its stored text when the topic rules (or the model) changed; returns how many
    releases changed topics.

    One transaction per `schedule.batch_size` releases, in pk order; each records how far it got, so a
    run that is killed is continued, not restarted, by the next one (while the rules stay the same)."""
    now = now or utcnow()
    fingerprint = classifier.fingerprint
    if store.get_meta("topic_rules") == fingerprint:
        return 0
    after = _resume_point(store.get_meta(PROGRESS_KEY), fingerprint)
    total, done = store.count(), store.count_upto(after)
    moved = 0
    per_source = {s.id: s.topics for s in config.sources}
    while True:
        with store.writer() as w:
            rows = w.stored_texts(after, config.schedule.batch_size)
            for pk, source_id, title, body, given, published, language in rows:
                tags = tuple(t for t in given.split(",") if t) + tuple(per_source.get(source_id, ()))
                topics = classifier.classify(title, body, tags, language)
                moved += w.replace_topics(pk, published, topics, now)
                w.refresh_facets(pk, countries(title, body))
            if rows:
                after = rows[-1][0]
                store.set_meta(w.conn, PROGRESS_KEY, f"{fingerprint}:{after}")
            else:
                store.set_meta(w.conn, "topic_rules", fingerprint)
                store.set_meta(w.conn, PROGRESS_KEY, "")
        if not rows:
            break
        done += len(rows)
        if progress is not None:
            progress(done, max(total, done))
    log.info("topic rules changed: re-classified the archive, %d releases changed topics", moved)
    return moved


class StoreMemory:
    """A web source's memory between runs, kept in the archive within the source's transaction."""

    def __init__(self, writer: Writer | None, source_id: str, clock: Clock):
        self.writer = writer       # the current batch's transaction (set by ingest_source)
        self.source_id = source_id
        self.clock = clock

    @property
    def _writer(self) -> Writer:
        assert self.writer is not None, "the memory is used within a batch's transaction"
        return self.writer

    def fingerprints(self, origins: list[str]) -> Mapping[str, FileFingerprint]:
        return self._writer.fingerprints(self.source_id, origins)

    def known(self, origin: str) -> bool:
        return self._writer.knows(self.source_id, origin)

    def state(self, url: str) -> UrlState | None:
        found = self._writer.url_state(self.source_id, url)
        return None if found is None else UrlState(*found)

    def remember(self, url: str, etag: str | None, last_modified: str | None, marker: str | None) -> None:
        self._writer.remember_url(self.source_id, url, etag, last_modified, marker, self.clock())


WRITE_ATTEMPTS = 3
Item = RawRelease | Skipped | Unchanged | Failed | Backlog
Prepared = tuple[Item, Normalised | None]      # an item with its normalised release (None: the item is none)


def ingest_source(config: Config, store: Store, source: SourceConfig, clock: Clock = utcnow,
                  heartbeat: Callable[[], None] | None = None, classifier: Classifier | None = None,
                  workers: int = 0) -> SourceReport:
    """Ingest one source, one transaction per `schedule.batch_size` items (readers wait for one batch's
    commit at most; a killed run keeps the batches it committed, and the next run finds them unchanged).
    Never raises for the source's own failures: they are reported. `classifier` places releases in topics
    (built from `config` when not given). A folder source's releases are normalised by `workers` forked
    processes while this one reads and writes (see feeds.parallel); none: here. A web source reads as it
    writes (its memory of pages and validators is written with the items it led to), so never ahead.

    `heartbeat` is called between items (a worker checks its lease there, which a thread renews: see
    coordination.keep_lease; it raises SourceError when the lease was lost, and the current batch is rolled back)."""
    # We hold the source (lock or lease): a run still marked running was cut short by a dead process.
    store.close_stale_runs(source.id, clock())
    classifier = classifier or load_classifier(config)
    run_id = store.start_run(source.id, clock())
    report = SourceReport(source.id)
    try:
        memory = StoreMemory(None, source.id, clock)
        items = iter(read_source(source, config, memory, clock()))
        base_url = config.service.base_url
        with closing(normalised(items, _normaliser(source, classifier, base_url), clock,
                                workers if source.kind == "folder" else 0)) as prepared:
            while True:
                batch: list[Prepared] = []
                part = _write_batch(config, store, source, memory, prepared, batch, heartbeat, clock)
                _add(report, part)
                if len(batch) < config.schedule.batch_size:
                    break
        if report.failed and not (report.new or report.updated or report.unchanged):
            report.error = f"every item failed; first: {report.failures[0][0]}: {report.failures[0][1]}"
    except SourceError as e:
        report.error = _shown(str(e), source)
    except StoreError as e:
        report.error = f"archive write failed, nothing of this batch was kept: {e}"
    except Exception as e:   # a bug in one source must not stop the others; it is logged with its traceback
        log.exception("source=%s crashed", source.id)
        report.error = f"internal error: {e.__class__.__name__}: {e}"
    store.finish_run(run_id, report, clock())
    log.info(report.summary())
    return report


def _normaliser(source: SourceConfig, classifier: Classifier,
                base_url: str) -> Callable[[RawRelease, datetime], Release]:
    """Normalisation of the source's releases (feeds.normalise), imported when a first release comes: a run
    that finds every file unchanged never loads it."""
    def run(raw: RawRelease, now: datetime) -> Release:
        from .normalise import normalise
        return normalise(raw, source, classifier, now, base_url)
    return run


def _shown(text: str, source: SourceConfig) -> str:
    """A reason as /sources, /health and the run report show it: a folder source's own path becomes
    relative to it (an absolute server path says nothing a reader needs and tells strangers too much)."""
    if source.kind != "folder" or not source.path:
        return text
    return text.replace(source.path + os.sep, "").replace(source.path, ".")


def _write_batch(config: Config, store: Store, source: SourceConfig, memory: StoreMemory, items: Iterator[Prepared],
                 batch: list[Prepared], heartbeat: Callable[[], None] | None, clock: Clock) -> SourceReport:
    """Take up to `batch_size` items into `batch` and write them in one transaction; returns what they did.

    Concurrent workers can deadlock (e.g. both grouping copies of one release): the loser's transaction
    is rolled back whole, and the batch's items (kept in `batch`) are written again."""
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        part = SourceReport(source.id)
        replay = list(batch)
        try:
            with store.writer() as w:
                memory.writer = w
                for item in replay:
                    _ingest_item(source, w, item, part, clock())
                while len(batch) < config.schedule.batch_size and (fresh := next(items, None)) is not None:
                    if heartbeat is not None:
                        heartbeat()
                    batch.append(fresh)
                    _ingest_item(source, w, fresh, part, clock())
            return part
        except StoreError as e:
            if not e.transient or attempt == WRITE_ATTEMPTS:
                raise
            log.warning("source=%s write conflict, trying again (%d/%d): %s", source.id, attempt,
                        WRITE_ATTEMPTS, e)
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")


def _add(report: SourceReport, part: SourceReport) -> None:
    """Count a committed batch's outcomes into the source's report."""
    for name in ("new", "updated", "unchanged", "skipped", "failed"):
        setattr(report, name, getattr(report, name) + getattr(part, name))
    report.skipped_reasons += part.skipped_reasons
    report.failures += part.failures
    report.remaining = part.remaining or report.remaining


def _ingest_item(source: SourceConfig, writer: Writer, prepared: Prepared, report: SourceReport,
                 now: datetime) -> None:
    item, release = prepared
    if isinstance(item, Backlog):
        report.remaining = item.remaining
        return
    if isinstance(item, Unchanged):
        report.unchanged += 1
        if item.link:     # an archive that stored another spelling of the link gets the publisher's back
            writer.relink(source.id, item.origin, item.link, relinked_hash, now)
        if item.file is not None:
            writer.remember_file(source.id, item.origin, item.file)
        return
    if isinstance(item, Failed):
        report.failed += 1
        report.failures.append((item.origin, _shown(item.reason, source)))
        log.warning("failed source=%s origin=%s reason=%s", source.id, item.origin, item.reason)
        return
    if isinstance(item, Skipped):
        report.skipped += 1
        report.skipped_reasons.append((item.origin, _shown(item.reason, source)))
        return
    assert release is not None, "a raw release comes normalised"
    if isinstance(release, SkipFile):
        report.skipped += 1
        report.skipped_reasons.append((item.origin, _shown(str(release), source)))
        log.info("skipped source=%s origin=%s reason=%s", source.id, item.origin, release)
        return
    given = ",".join(sorted(set(item.topics)))
    outcome = writer.save(release, mint_entry_id(source.id, item.origin), given, now, item.file)
    setattr(report, outcome.report, getattr(report, outcome.report) + 1)


def due_sources(config: Config, store: Store, now: datetime) -> list[SourceConfig]:
    """The sources whose next run is due at `now` (their own interval, with backoff after failures)."""
    due = []
    for source in config.sources:
        when = next_due(source, config, store.recent_runs(source.id, 20))
        if when is None or when <= now:
            due.append(source)
    return due


def _leased(config: Config, store: Store, source: SourceConfig, clock: Clock, holder: str, ttl: timedelta,
            only_due: bool, classifier: Classifier, workers: int) -> SourceReport | None:
    """Ingest a source under its lease; None when another worker has it, or (re-checked under the lease)
    it is no longer due because another worker just ran it."""
    if not leases.claim(store.engine, source.id, holder, clock(), ttl):
        log.info("source=%s status=busy (another worker holds it)", source.id)
        return None
    try:
        if only_due:
            when = next_due(source, config, store.recent_runs(source.id, 20))
            if when is not None and when > clock():
                return None
        with keep_lease(store.engine, source.id, holder, clock, ttl) as check:
            return ingest_source(config, store, source, clock, check, classifier, workers)
    finally:
        leases.release(store.engine, source.id, holder)


def run_ingest(config: Config, store: Store, source_ids: Iterable[str] | None = None, clock: Clock = utcnow,
               progress: Callable[[Iterable[SourceConfig]], Iterable[SourceConfig]] | None = None,
               only_due: bool = False, holder: str | None = None,
               lease_ttl: timedelta | None = None, classifier: Classifier | None = None,
               reclassify_progress: ReclassifyProgress | None = None, workers: int = 0) -> list[SourceReport]:
    """One run of every source (or of `source_ids`, or of the due ones), re-classifying first if the
    topic rules changed. `classifier` is the one the composition root built (from `config` when not given);
    `workers` processes normalise a folder source's releases (see ingest_source).

    Without `holder` the caller holds the archive-wide ingest lock (SQLite). With one, any number of
    workers may run at once: each source is taken under a lease in the database, so one worker at a
    time ingests it; sources held by others are passed over."""
    wanted = set(source_ids) if source_ids else None
    pool = due_sources(config, store, clock()) if only_due else config.sources
    sources = [s for s in pool if wanted is None or s.id in wanted]
    classifier = classifier or load_classifier(config)
    reclassify_if_rules_changed(config, store, classifier, clock(), reclassify_progress)
    chosen = progress(sources) if progress else sources
    if holder is None:
        return [ingest_source(config, store, s, clock, classifier=classifier, workers=workers) for s in chosen]
    ttl = lease_ttl or timedelta(seconds=config.schedule.lease_seconds)
    reports = (_leased(config, store, s, clock, holder, ttl, only_due, classifier, workers) for s in chosen)
    return [r for r in reports if r is not None]


Progress = Callable[[Iterable[SourceConfig]], Iterable[SourceConfig]]


@dataclass(frozen=True)
class Trigger:
    """Who asks for a run and what they want: which sources (None: all), only the due ones, how long
    to wait for the lock, the clock, and progress callbacks for a terminal."""

    source_ids: tuple[str, ...] | None = None
    only_due: bool = False
    wait: float = 0.0
    clock: Clock = utcnow
    progress: Progress | None = None
    reclassify_progress: ReclassifyProgress | None = None
    classifier: Classifier | None = None      # built from the config when not given
    workers: int = 0                          # processes normalising folder releases (`feeds ingest`; see parallel)


def _run_claimed(config: Config, store: Store, trigger: Trigger, holder: str | None) -> list[SourceReport]:
    with announce(config, store):
        return run_ingest(config, store, trigger.source_ids, clock=trigger.clock, progress=trigger.progress,
                          only_due=trigger.only_due, holder=holder, classifier=trigger.classifier,
                          reclassify_progress=trigger.reclassify_progress, workers=trigger.workers)


def run_once(config: Config, store: Store, trigger: Trigger | None = None) -> list[SourceReport]:
    """One coordinated, announced run: LockBusy (at once, or after `trigger.wait`) when another holds the lock."""
    trigger = trigger or Trigger()
    with coordinated(config.service.database, store.is_sqlite, trigger.wait) as holder:
        return _run_claimed(config, store, trigger, holder)


def start_in_background(config: Config, store: Store, source_ids: list[str] | None,
                        classifier: Classifier | None = None) -> threading.Thread:
    """Claim the run now (LockBusy at once when another run holds the lock), then run it in a thread.

    The admin endpoint's trigger: a background run has no one to answer, so it logs its reports and
    any crash, and keeps the service serving."""
    stack = ExitStack()
    holder = stack.enter_context(coordinated(config.service.database, store.is_sqlite))
    trigger = Trigger(source_ids=tuple(source_ids) if source_ids else None, classifier=classifier)

    def work() -> None:
        with stack, yielding_cpu():        # the worker's readers come first (see feeds.coordination)
            try:
                for report in _run_claimed(config, store, trigger, holder):
                    log.info("admin ingest: %s", report.summary())
            except Exception:     # a background run has no one to answer: log it, keep serving
                log.exception("admin ingestion crashed")

    thread = threading.Thread(target=work, name="admin-ingest", daemon=True)
    thread.start()
    return thread
