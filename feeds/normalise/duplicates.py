"""Syndicated duplicates: one release published by several sources (a joint statement on both
organisations' sites), with different page furniture and small edits. Pure.

Each release gets a MinHash signature of its word shingles: `SHINGLE` consecutive folded words of the
title and body. Two releases whose estimated Jaccard similarity reaches `THRESHOLD` are copies of one
release. The store keeps the signatures and groups the copies at ingest (see `feeds.store`); measured on
generated pairs in tests/test_duplicates.py and `bench/duplicates`.

The signature is datasketch's MinHash (version 2's "affine32" scheme, `NUM_PERM` permutations drawn
with `SEED`), computed here with numpy alone: the same values, byte for byte (tests/test_duplicates.py
compares them with datasketch's), without importing datasketch and scipy, and without its per-shingle
overhead. Stored signatures are compared with new ones: the scheme, the seed and the hash never change.
"""
from __future__ import annotations

import functools
import hashlib
from typing import Any

from .text import fold
from .text import words as fold_words

# numpy is imported when first needed: a run that finds every file unchanged never computes a signature.

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
def _permutations() -> tuple[Any, Any]:
    """The permutations h -> a * h + b (mod 2**32, `a` odd) drawn from `SEED` as datasketch 2 draws
    them for its "affine32" scheme, once per process."""
    import numpy as np
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _premix(hv: Any) -> Any:
    """MurmurHash3's 32-bit finalizer (datasketch mixes each shingle's hash with it before permuting)."""
    import numpy as np
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def _shingle_bytes(text: str, size: int = SHINGLE) -> set[bytes]:
    """`shingles(text)`, each encoded as UTF-8 (the folded words hold no white space, and UTF-8 none of
    their characters' bytes is ASCII white space: splitting the encoded text gives the encoded words)."""
    words = " ".join(fold_words(text)).encode("utf-8").split()     # `fold(text)`'s words
    if len(words) < size:
        return {b" ".join(words)} if words else set()
    return set(map(b" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


def signature(title: str, body: str) -> bytes:
    """The MinHash signature of a release, as bytes to store: for each permutation the least permuted
    hash of a shingle (the first 4 bytes of its SHA-1, little-endian), as 64-bit little-endian words."""
    import numpy as np
    a, b = _permutations()
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s).digest() for s in _shingle_bytes(title + "\n" + body)])
    if not digests:
        return np.full(NUM_PERM, (1 << 32) - 1, dtype="<u8").tobytes()
    first4 = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 20)[:, :4].copy().view("<u4").ravel()
    hv = _premix(first4.astype(np.uint32))
    return (hv.reshape(-1, 1) * a + b).min(axis=0).astype("<u8").tobytes()


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
