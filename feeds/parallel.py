"""Normalising a folder source's releases in worker processes while the ingesting process reads and writes.

Normalisation is pure and takes most of a full ingestion's time; the archive has one writer. So `feeds ingest`
hands the releases read, `CHUNK` items at a time (a task's own cost in queues, threads and pickling is then
shared by many), to a small pool of forked processes (`normalised`) and writes their answers in the order the
files were read, while the workers normalise the next ones. Bounded: at most `AHEAD` items per worker are read
ahead and not yet written (memory does not grow with the folder). Safe when killed: the workers
hold nothing of the archive (what was normalised and not committed is normalised again by the next run), and a
worker whose parent died exits within a second (`_orphan_watch`). Workers are forked, never spawned, after the
first release was normalised here: they share the parent's loaded classifier and language model instead of
loading their own (a worker's own memory is what it changes), and start in milliseconds.

Imports: errors, model, normalise, the standard library.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from typing import Generic, TypeVar

from .errors import SkipFile
from .model import RawRelease, Release

AHEAD = 32           # items read ahead per worker: enough to keep every worker busy, no more
CHUNK = 16           # items handed to a worker at once: a task's own cost (queues, threads, pickling) shared
Item = TypeVar("Item")
Normalised = Release | SkipFile
Normaliser = Callable[[RawRelease, datetime], Release]


def default_workers() -> int:
    """Worker processes for a `feeds ingest` run: one per core this process may use, none on a single core
    (the ingesting process then normalises itself, as `feeds serve`'s scheduler always does)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores if cores > 1 and "fork" in multiprocessing.get_all_start_methods() else 0


def in_process(items: Iterator[Item], normalise: Normaliser, clock: Callable[[], datetime]
               ) -> Iterator[tuple[Item, Normalised | None]]:
    """Each item with its normalised release (None for an item that is no release), normalised here, when
    it is asked for."""
    for item in items:
        yield item, (_normalise_or_skip(normalise, item, clock()) if isinstance(item, RawRelease) else None)


def normalised(items: Iterator[Item], normalise: Normaliser, clock: Callable[[], datetime], workers: int
               ) -> Generator[tuple[Item, Normalised | None], None, None]:
    """As `in_process`, with the releases normalised by `workers` forked processes, in the items' order. A
    worker's crash (not a SkipFile) is raised here, at its item."""
    if workers < 1:
        yield from in_process(items, normalise, clock)
        return
    for item, answer in in_process(items, normalise, clock):
        yield item, answer
        if answer is not None:      # the first release, normalised here: the models normalisation loads when
            break                   # first needed are loaded once, in this process, and the workers share them
    else:
        return                      # no release: no worker
    pending: deque[_Chunk[Item]] = deque()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(normalise, os.getpid())) as pool:
        try:
            gc.freeze()             # before the workers fork: the collector, which writes to every object it
            for chunk in _chunks(items, clock):     # tracks, leaves the shared ones alone in them
                pending.append(chunk.submitted(pool))
                if len(pending) * CHUNK >= AHEAD * workers:
                    yield from pending.popleft().answered(pool)
            while pending:
                yield from pending.popleft().answered(pool)
        finally:
            pool.shutdown(cancel_futures=True)    # stopped early (an error, a lost lease): drop what is queued
            gc.unfreeze()


@dataclass
class _Chunk(Generic[Item]):
    """`CHUNK` consecutive items, and the task normalising their releases (each at the instant it was read)."""

    items: list[Item] = field(default_factory=list)
    raws: list[RawRelease] = field(default_factory=list)
    nows: list[datetime] = field(default_factory=list)
    task: Future[list[Normalised]] | None = None

    def submitted(self, pool: ProcessPoolExecutor) -> _Chunk[Item]:
        self.task = pool.submit(_work, self.raws, self.nows) if self.raws else None
        return self

    def answered(self, pool: ProcessPoolExecutor) -> Iterator[tuple[Item, Normalised | None]]:
        """The items with their answers, in order. A crash after a chunk's first release comes back as fewer
        answers: the releases from it are asked again, so that the pool raises the crash at its own item."""
        answers = self.task.result() if self.task is not None else []
        done = 0
        for item in self.items:
            if not isinstance(item, RawRelease):
                yield item, None
                continue
            if done == len(answers):
                answers += pool.submit(_work, self.raws[done:], self.nows[done:]).result()
            yield item, answers[done]
            done += 1


def _chunks(items: Iterator[Item], clock: Callable[[], datetime]) -> Iterator[_Chunk[Item]]:
    chunk: _Chunk[Item] = _Chunk()
    for item in items:
        chunk.items.append(item)
        if isinstance(item, RawRelease):
            chunk.raws.append(item)
            chunk.nows.append(clock())
        if len(chunk.items) == CHUNK:
            yield chunk
            chunk = _Chunk()
    if chunk.items:
        yield chunk


def _normalise_or_skip(normalise: Normaliser, raw: RawRelease, now: datetime) -> Normalised:
    try:
        return normalise(raw, now)
    except SkipFile as e:
        return e


# -- in a worker process ------------------------------------------------------------------------------------

class _Worker:
    """A worker process's normaliser, given once when it starts (forked: not copied per task)."""

    normalise: Normaliser | None = None


def _start_worker(normalise: Normaliser, parent: int) -> None:
    _Worker.normalise = normalise
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the ingesting process's to handle: it stops us
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True, name="orphan-watch").start()


def _orphan_watch(parent: int) -> None:
    """Exit when the ingesting process is gone (killed: it could not stop its workers)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _work(raws: list[RawRelease], nows: list[datetime]) -> list[Normalised]:
    """The chunk's releases normalised, in order; a crash stops the chunk there: raised when it is at the
    chunk's first release, else left out with the releases after it (see `_Chunk.answered`)."""
    assert _Worker.normalise is not None, "a worker is started by _start_worker"
    answers: list[Normalised] = []
    for raw, now in zip(raws, nows, strict=True):
        try:
            answers.append(_normalise_or_skip(_Worker.normalise, raw, now))
        except Exception:
            if not answers:
                raise
            break
    return answers
