"""Language detection walks py3langid's automaton over a whole text at once: the same features, counts and
scores as the library's own byte-at-a-time walk."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from feeds.normalise.language import SYNC_BYTES, _identifier, detect, feature_visits

DATA = Path(__file__).parent / "data"


def test_the_automaton_forgets_its_start_after_sync_bytes() -> None:
    """From every pair of states, every string of SYNC_BYTES bytes leads both to one state (pairs of states
    that differ, stepped a byte at a time, die out), so a byte's state is the walk over the bytes before it."""
    ident = _identifier()
    nextmove, rowbase = ident.tables[0].astype(np.intp), ident.tables[1]
    n = len(rowbase)
    first, second = np.arange(n), np.zeros(n, dtype=np.intp)
    for _ in range(SYNC_BYTES):
        pairs = []
        for byte in range(256):
            a, b = nextmove[rowbase[first] + byte], nextmove[rowbase[second] + byte]
            differ = a != b
            pairs.append(np.unique(a[differ] * n + b[differ]))
        joined = np.unique(np.concatenate(pairs))
        first, second = joined // n, joined % n
    assert len(first) == 0


def _texts() -> list[str | bytes]:
    """Pages and feeds in several languages and scripts (no held-out part), random bytes, edge cases."""
    found: list[str | bytes] = []
    for part in ("pages", "article", "feeds", "ingest"):
        for path in sorted((DATA / part).rglob("*")):
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace")
                found += [" ".join(text.split()[:300]), " ".join(text.split()[300:600])]
    rng = random.Random(19)
    found += [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40))) for _ in range(300)]
    return found + ["", "a", "ΣΟΦΟΣ ΣΟΦΟΣ", "FOR IMMEDIATE RELEASE", "é e\u0301 café", "2022年1月26日 日本語のテキスト"]


def test_features_and_scores_are_the_librarys() -> None:
    ours = _identifier()
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = _texts()
    assert len(texts) > 400
    for text in texts:
        data = theirs._encode(text)
        expected = visit_counts(theirs.tk_nextmove, theirs._rowbase, theirs.tk_output, data)
        found = feature_visits(*ours.tables, data)
        assert (found is None) == (expected is None)
        if found is not None:
            assert list(zip(*(a.tolist() for a in found), strict=True)) == list(expected.items())  # same order
        assert ours._decide(text).tobytes() == theirs._decide(text).tobytes()
        assert ours.classify(text) == theirs.classify(text)


def test_detection_still_answers() -> None:
    assert detect("The ministers met in Geneva on Monday to discuss the new regional cooperation framework.") == "en"
    assert detect("Les ministres se sont réunis à Genève lundi pour discuter du nouveau cadre de coopération.") == "fr"
    assert detect("two words") is None
    assert detect("anything at all here", "de-DE") == "de"
