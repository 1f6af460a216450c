"""Syndicated duplicates: one release published by several sources (a joint statement on both
organisations' sites), with different page furniture and small edits. Pure.

Each release gets a MinHash signature (datasketch) of its word shingles: `SHINGLE` consecutive folded
words of the title and body. Two releases whose estimated Jaccard similarity reaches `THRESHOLD` are
copies of one release. The store keeps the signatures and groups the copies at ingest (see
`feeds.store`); measured on generated pairs in tests/test_duplicates.py and `bench/duplicates`.
"""
from __future__ import annotations

import functools
import struct
from typing import Any

from .text import fold

# datasketch (with scipy) and numpy are imported when first needed: a run that finds every file unchanged
# never computes a signature, and must not pay a second of imports for it.

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.3             # measured: bench/duplicates (distinct releases stay under 0.33)
SEED = 1                      # fixed: signatures stored in the archive must stay comparable
WINDOW_DAYS = 14              # copies are published within this many days of each other


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = fold(text).split()
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


@functools.cache
def _minhash() -> tuple[Any, Any, str]:
    """The MinHash class, and the permutations of `SEED` with their scheme, drawn once per process
    (drawing them cost more than hashing a release's shingles)."""
    from datasketch import MinHash
    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    return MinHash, m.permutations, m.scheme


def signature(title: str, body: str) -> bytes:
    """The MinHash signature of a release, as bytes to store."""
    minhash, permutations, scheme = _minhash()
    m = minhash(num_perm=NUM_PERM, seed=SEED, permutations=permutations, scheme=scheme)
    m.update_batch([s.encode("utf-8") for s in shingles(title + "\n" + body)])
    return struct.pack(f"<{NUM_PERM}Q", *(int(v) for v in m.hashvalues))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    import numpy as np
    va = np.frombuffer(a, dtype="<u8")
    vb = np.frombuffer(b, dtype="<u8")
    if va.shape != vb.shape or not len(va):
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)


def is_duplicate(a: bytes, b: bytes, threshold: float = THRESHOLD) -> bool:
    return similarity(a, b) >= threshold
