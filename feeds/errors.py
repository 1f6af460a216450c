"""One small error tree. Each error carries what it is about; expected errors become values at a room's edge."""
from __future__ import annotations


class FeedsError(Exception):
    """Base of every error this package raises on purpose."""


class ConfigError(FeedsError):
    """The configuration has problems; `problems` lists every one, each naming its dotted key and file."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))


class SkipFile(FeedsError):
    """A file or page that cannot be understood: skipped with this reason, never fatal to a run."""


class SourceError(FeedsError):
    """A whole source failed for this run (folder missing, listing unreachable...)."""


class StoreError(FeedsError):
    """The archive could not be read or written. `transient`: a conflict with another writer (deadlock,
    serialisation failure, a busy SQLite file) that the same work may well pass when tried again."""

    def __init__(self, message: str, transient: bool = False):
        super().__init__(message)
        self.transient = transient


class LockBusy(FeedsError):
    """Another ingestion run holds the lock."""
