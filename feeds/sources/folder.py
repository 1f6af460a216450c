"""Folder sources: every release file below a folder, recursively. The only file reader of sources.

Files are read by path relative to the source folder; links that lead outside it are refused, so
nothing outside the folder is ever read. Hidden files and folders (".name") are ignored.
"""
from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from ..config import SourceConfig
from ..errors import SkipFile, SourceError
from ..model import RawRelease, Skipped
from .decode import decode_bytes
from .formats import PARSERS

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 8 * 1024 * 1024   # no press release is larger; parsing cost grows with size (see the battery)


def list_files(root: Path) -> list[Path]:
    """Every non-hidden file below root, sorted, without following links to folders."""
    found = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(folder) / f for f in sorted(files) if not f.startswith("."))
    return found


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
    real = _resolved_inside(path, root)
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
    return data, datetime.fromtimestamp(st.st_mtime, timezone.utc)


def release_from_file(path: Path, root: Path) -> RawRelease:
    """Read and parse one file; SkipFile says why it is not a release."""
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        raise SkipFile(f"unsupported file type {path.suffix or '(none)'}")
    data, modified = read_file(path, root)
    text = decode_bytes(data)
    origin = path.relative_to(root).as_posix()
    try:
        return parser(text, origin, modified)
    except RecursionError as e:
        raise SkipFile("document nested too deeply") from e


def scan_folder(source: SourceConfig) -> Iterator[RawRelease | Skipped]:
    """Every release below the source's folder, in path order; unreadable files come as Skipped."""
    root = Path(source.path)
    if not root.is_dir():
        # no absolute path: the error is shown on /sources and /health (the config names the folder)
        raise SourceError(f"the folder of sources.{source.id}.path does not exist or is not a folder")
    root = root.resolve()
    for path in list_files(root):
        origin = path.relative_to(root).as_posix()
        try:
            yield release_from_file(path, root)
        except SkipFile as e:
            log.info("skipped source=%s file=%s reason=%s", source.id, origin, e)
            yield Skipped(origin, str(e))
