"""How a process serving readers learns, at almost no cost, whether an SQLite archive may have changed since
it last read the archive's version (`Store.version_reader`): most polls of a feed ask nothing more.

A *stamp* is a cheap value that differs whenever a commit happened. The best one is the wal-index header:
in WAL mode every commit rewrites the header at the start of the database's `-shm` file, which SQLite keeps
in memory shared by every connection of every process (https://www.sqlite.org/walformat.html): a counter
of write transactions, the WAL's last frame and its salts. Mapping those bytes read-only makes the stamp a
memory read, with no system call: a `stat` in the request path releases Python's GIL, and in a threaded
server each release can hand the interpreter to another thread (context switches, measurable per
request under load). Where no map can be made (the database not in WAL mode, no mmap), the WAL file's
size and modification time are the stamp, one `stat` call each.
"""
from __future__ import annotations

import mmap
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any

Stamp = Callable[[], Any]
REUSE_SECONDS = 1.0     # the longest a version read is reused while the stamp is unchanged
WAL_INDEX_HEADER = 48   # bytes: the first copy of the wal-index header (WalIndexHdr), rewritten by every commit


def unless_changed(read: Callable[[], int], stamp: Stamp, reuse: float = REUSE_SECONDS) -> Callable[[], int]:
    """`read`, skipped while `stamp()` is unchanged, for at most `reuse` seconds. The time bound covers what
    a stamp cannot see: an embargo falling due (the version moves on at a time, not at a commit; see
    `Store._judged`) and, for the WAL file's stat, a WAL rewritten in place to the same size within one
    tick of the file system's clock. A change is seen at most `reuse` seconds late, well within a feed's max-age."""
    last: list[tuple[Any, float, int]] = []

    def version() -> int:
        current = stamp()
        now = time.monotonic()
        if last and last[0][0] == current and now - last[0][1] < reuse:
            return last[0][2]
        value = read()
        last[:] = [(current, now, value)]
        return value
    return version


def _file_stamp(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def files_stamp(files: Sequence[str]) -> Stamp:
    """Size and modification time of `files`: every commit writes to the WAL (appending, or after a
    checkpoint rewriting it from its start)."""
    return lambda: tuple(_file_stamp(f) for f in files)


def wal_index_stamp(database: str, keep: Callable[[Any], Any] = lambda held: held) -> Stamp | None:
    """The wal-index header of the SQLite `database`, read from a read-only shared map of its `-shm` file;
    None where the database is not in WAL mode or the file cannot be mapped.

    The stamp keeps a connection of its own open (it has read the database, so it holds the wal-index
    open): while any connection holds it, SQLite neither truncates the `-shm` file (a connection that finds
    itself the only one does) nor deletes it (the last one to close does), so the map stays the very
    memory every writer updates, whichever processes come and go. `keep` is given that connection and the
    open `-shm` file (a store closes them when it closes)."""
    guard: sqlite3.Connection | None = None
    try:
        guard = keep(sqlite3.connect(database, timeout=30, check_same_thread=False))
        mode = guard.execute("PRAGMA journal_mode").fetchall()[0][0]
        guard.execute("SELECT count(*) FROM sqlite_master").fetchall()    # a read: opens the wal-index
        if str(mode).lower() != "wal":
            guard.close()
            return None
        # The file stays open as long as the map: closing a descriptor of the -shm file would drop every POSIX lock
        # this process holds on it, SQLite's own included (the guard's too), and another process opening the
        # database alone would then truncate the file under the map (a read of it then kills the worker: SIGBUS).
        shm = keep(open(database + "-shm", "rb"))   # noqa: SIM115
        try:
            view = mmap.mmap(shm.fileno(), WAL_INDEX_HEADER, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            shm.close()
            raise
    except (OSError, ValueError, sqlite3.Error):
        if guard is not None:
            guard.close()
        return None
    held = (guard, view, shm)      # the guard and the open file live as long as the stamp

    def stamp() -> bytes:
        return held[1][:WAL_INDEX_HEADER]
    return stamp
