"""Normalising a folder source's releases in worker processes while the ingesting process reads and writes.

Normalisation is pure and takes most of a full ingestion's time; the archive has one writer. So `feeds ingest`
hands each release read to a small pool of forked processes (`normalised`) and writes their answers in the
order the files were read, while the workers normalise the next ones. Bounded: at most `AHEAD` releases per
worker are read ahead and not yet written (memory does not grow with the folder). Safe when killed: the workers
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
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from typing import TypeVar

from .errors import SkipFile
from .model import RawRelease, Release

AHEAD = 16           # releases read ahead per worker: enough to keep every worker busy, no more
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
    pending: deque[tuple[Item, Future[Normalised] | None]] = deque()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(normalise, os.getpid())) as pool:
        try:
            gc.freeze()             # before the workers fork: the collector, which writes to every object it
            for item in items:      # tracks, leaves the shared ones alone in them
                task = pool.submit(_work, item, clock()) if isinstance(item, RawRelease) else None
                pending.append((item, task))
                if len(pending) >= AHEAD * workers:
                    yield _result(pending.popleft())
            while pending:
                yield _result(pending.popleft())
        finally:
            pool.shutdown(cancel_futures=True)    # stopped early (an error, a lost lease): drop what is queued
            gc.unfreeze()


def _result(entry: tuple[Item, Future[Normalised] | None]) -> tuple[Item, Normalised | None]:
    item, task = entry
    return item, (task.result() if task is not None else None)


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


def _work(raw: RawRelease, now: datetime) -> Normalised:
    assert _Worker.normalise is not None, "a worker is started by _start_worker"
    return _normalise_or_skip(_Worker.normalise, raw, now)
