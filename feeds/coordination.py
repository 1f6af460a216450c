"""Who may ingest now: the archive-wide file lock (SQLite) and per-source leases (a server database).

`coordinated(...)` is how a run starts, whoever asks for it (`feeds ingest`, the scheduler, the admin
endpoint): on SQLite it takes the exclusive file lock beside the archive (LockBusy when another run
holds it) and yields None; on a server database it takes nothing and yields this worker's lease
holder name, and each source is then ingested under its own lease (see `feeds.store.leases`).

Imports: errors, store (leases), the standard library.
"""
from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import platform
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine, make_url

from .errors import LockBusy, SourceError
from .store import leases

log = logging.getLogger(__name__)


def lock_path(database_url: str) -> Path:
    """Beside a SQLite file; for a server database, one per URL in the temporary folder."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database + ".ingest.lock")
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"feeds-ingest-{digest}.lock"


@contextmanager
def ingest_lock(path: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold an exclusive lock on `path`, waiting up to `wait` seconds; LockBusy if another run keeps it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
                    raise LockBusy(f"another ingestion run is in progress (pid {holder}); lock {path}") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def worker_name() -> str:
    """This process, as a lease holder: host and pid."""
    return f"{platform.node()}:{os.getpid()}"


@contextmanager
def coordinated(database_url: str, is_sqlite: bool, wait: float = 0.0) -> Iterator[str | None]:
    """How this process may ingest: SQLite takes the archive-wide file lock (yields None); a server
    database lets many workers run at once, each source under its own lease (yields our holder name)."""
    if is_sqlite:
        with ingest_lock(lock_path(database_url), wait=wait):
            yield None
    else:
        yield worker_name()


@contextmanager
def keep_lease(engine: Engine, source_id: str, holder: str, clock: Callable[[], datetime],
              ttl: timedelta) -> Iterator[Callable[[], None]]:
    """Keeps the source's lease while the block runs: a thread of its own renews it every third of its
    time, so one long step does not lose it (the first release a fresh worker reads loads the language
    model and MinHash: seconds on a loaded machine, with no item boundary to renew at). Yields the check
    called between items: SourceError once a renewal found the lease lost (expired and taken)."""
    stop = threading.Event()
    lost: list[str] = []

    def beat() -> None:
        while not stop.wait(ttl.total_seconds() / 3):
            try:
                if not leases.renew(engine, source_id, holder, clock(), ttl):
                    lost.append("lost")
                    return
            except Exception as e:   # the database went away: the check below reports it
                log.warning("source=%s lease renewal failed: %s", source_id, e)

    def check() -> None:
        if lost:
            raise SourceError("lost the source's lease to another worker (this run took too long)")

    thread = threading.Thread(target=beat, name=f"lease-{source_id}", daemon=True)
    thread.start()
    try:
        yield check
    finally:
        stop.set()
        thread.join()
