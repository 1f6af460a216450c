"""Folder sources: every release file below a folder, recursively. The only file reader of sources.

Files are read by path relative to the source folder; links that lead outside it are refused, so
nothing outside the folder is ever read. Hidden files and folders (".name") are ignored.

An unchanged file costs a stat, not a read: each stored file keeps its fingerprint (size, mtime_ns,
inode, and the settings it was read under). The same stat means the file is not opened at all; a
changed stat means it is read and its bytes hashed, and the same hash still means unchanged (a touch,
a copy over itself). The folder is walked one directory at a time and looked up in chunks, so memory
does not grow with the archive.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Protocol

from ..config import SourceConfig
from ..errors import SkipFile, SourceError
from ..model import FileFingerprint, RawRelease, Skipped, Unchanged
from .decode import decode_bytes

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 8 * 1024 * 1024   # no press release is larger; parsing cost grows with size (see the battery)
LOOKUP_CHUNK = 500                 # files whose stored fingerprints are asked for at once
# Bump when reading or normalising makes something else of the same bytes (or a file type is no longer read):
# every file is read again once.
READER_VERSION = 2


class FileMemory(Protocol):
    """What a folder source remembers between runs: the fingerprints of the files it stored."""

    def fingerprints(self, origins: list[str]) -> Mapping[str, FileFingerprint]: ...


def reading_context(source: SourceConfig, base_url: str = "") -> str:
    """The settings a file is read and normalised under, as a short hash: when one changes, stored files
    are read again. The topic rules are not among them: a rules change re-classifies the stored text."""
    data = [READER_VERSION, source.timezone, list(source.date_formats), source.name, base_url, source.locale]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]


def walk_files(root: Path) -> Iterator[str]:
    """The path of every non-hidden file below root, in sorted path order, one folder's names in memory at a
    time, without following links to folders. Paths as text: a re-scan of a large unchanged folder makes a
    path object for none of them."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                yield os.path.join(folder, f)


def list_files(root: Path) -> list[str]:
    """Every non-hidden file below root, sorted (see `walk_files`)."""
    return list(walk_files(root))


def _origin(path: str, prefix: str) -> str:
    """A walked file's origin: its path below the folder (`prefix`: the folder's path and a separator), with
    forward slashes (what `Path.relative_to(root).as_posix()` gives)."""
    relative = path[len(prefix):]
    return relative if os.sep == "/" else relative.replace(os.sep, "/")


def _resolved_inside(path: Path, root: Path) -> Path:
    """The real path of `path`, which must lie inside `root` (links may not lead out)."""
    try:
        real = path.resolve(strict=True)
        real.relative_to(root)
    except (OSError, RuntimeError) as e:
        raise SkipFile("file vanished or is a broken link") from e
    except ValueError as e:
        raise SkipFile("link to a file outside the source folder") from e
    return real


def read_file(path: Path, root: Path) -> tuple[bytes, datetime]:
    """The file's bytes and modification time; SkipFile when it is not safe or possible to read."""
    data, st = _read_real(_resolved_inside(path, root))
    return data, datetime.fromtimestamp(st.st_mtime, timezone.utc)


def _read_real(real: Path) -> tuple[bytes, os.stat_result]:
    """The bytes and stat of a resolved regular file; SkipFile when it cannot be read."""
    try:
        # O_NOFOLLOW: the path was resolved, a link swapped in since is refused; O_NONBLOCK: a FIFO can't hang us.
        fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as e:
        raise SkipFile(f"cannot open: {e.strerror or e}") from e
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise SkipFile("not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise SkipFile(f"cannot read: {e.strerror or e}") from e
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise SkipFile(f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return data, st


@functools.cache
def _parsers() -> tuple[Mapping[str, Callable[[str, str, datetime | None], RawRelease]],
                        Mapping[str, Callable[[bytes, str, datetime | None], RawRelease]]]:
    """The readers of text formats and of documents (PDF, Word) by suffix, imported when first needed: a
    folder whose every file is unchanged (its stored fingerprint holds) never loads them."""
    from .documents import BINARY_PARSERS
    from .formats import PARSERS
    return PARSERS, BINARY_PARSERS


def _parse(path: Path, origin: str, data: bytes, modified: datetime) -> RawRelease:
    suffix = path.suffix.lower()
    PARSERS, BINARY_PARSERS = _parsers()
    try:
        if suffix in BINARY_PARSERS:
            return BINARY_PARSERS[suffix](data, origin, modified)
        return PARSERS[suffix](decode_bytes(data), origin, modified)
    except RecursionError as e:
        raise SkipFile("document nested too deeply") from e


def _check_type(path: Path) -> None:
    PARSERS, BINARY_PARSERS = _parsers()
    if path.suffix.lower() not in PARSERS and path.suffix.lower() not in BINARY_PARSERS:
        raise SkipFile(f"unsupported file type {path.suffix or '(none)'}")


def release_from_file(path: Path, root: Path) -> RawRelease:
    """Read and parse one file; SkipFile says why it is not a release."""
    _check_type(path)
    data, modified = read_file(path, root)
    return _parse(path, path.relative_to(root).as_posix(), data, modified)


def _fingerprint(st: os.stat_result, sha256: str, context: str) -> FileFingerprint:
    return FileFingerprint(st.st_size, st.st_mtime_ns, st.st_ino, sha256, context)


def _same_plain_file(path: Path | str, known: FileFingerprint, context: str) -> bool:
    """Whether `path` is a regular file (not a link) with the stat of `known`: one lstat call, no resolving.
    `walk_files` found it without following links, so a regular file there is inside the folder; a link is
    resolved (and checked) by `read_if_changed` as before."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and known.same_stat(_fingerprint(st, "", context))


def read_if_changed(path: Path, root: Path, origin: str, known: FileFingerprint | None,
                    context: str) -> RawRelease | Unchanged:
    """The file as a release carrying its fingerprint, or Unchanged when it is the stored version: the
    same stat (not even opened), or the same bytes under a new stat (Unchanged with the new fingerprint).
    SkipFile says why it is not a release. A file whose fingerprint holds was stored by a reader of its type
    under the same settings (`context`, with READER_VERSION): its type is not checked again."""
    if known is not None and _same_plain_file(path, known, context):
        return Unchanged(origin)
    _check_type(path)
    real = _resolved_inside(path, root)
    if known is not None:
        try:
            st = os.stat(real)
        except OSError as e:
            raise SkipFile(f"cannot read: {e.strerror or e}") from e
        if stat.S_ISREG(st.st_mode) and known.same_stat(_fingerprint(st, "", context)):
            return Unchanged(origin)
    data, st = _read_real(real)
    found = _fingerprint(st, hashlib.sha256(data).hexdigest(), context)
    if known is not None and (known.sha256, known.context) == (found.sha256, found.context):
        return Unchanged(origin, file=found)
    raw = _parse(path, origin, data, datetime.fromtimestamp(st.st_mtime, timezone.utc))
    return dataclasses.replace(raw, file=found)


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def scan_folder(source: SourceConfig, memory: FileMemory | None = None, context: str = ""
                ) -> Iterator[RawRelease | Skipped | Unchanged]:
    """Every release below the source's folder, in path order; unreadable files come as Skipped, files
    whose stored fingerprint (in `memory`) still holds as Unchanged."""
    root = Path(source.path)
    if not root.is_dir():
        # no absolute path: the error is shown on /sources and /health (the config names the folder)
        raise SourceError(f"the folder of sources.{source.id}.path does not exist or is not a folder")
    root = root.resolve()
    prefix = os.path.join(root, "")
    for chunk in _chunks(walk_files(root), LOOKUP_CHUNK):
        origins = [_origin(path, prefix) for path in chunk]
        known = memory.fingerprints(origins) if memory is not None else {}
        for path, origin in zip(chunk, origins, strict=False):
            fingerprint = known.get(origin)
            try:
                if fingerprint is not None and _same_plain_file(path, fingerprint, context):
                    yield Unchanged(origin)     # (read_if_changed's own first test, without a path object)
                    continue
                yield read_if_changed(Path(path), root, origin, fingerprint, context)
            except SkipFile as e:
                log.info("skipped source=%s file=%s reason=%s", source.id, origin, e)
                yield Skipped(origin, str(e))
