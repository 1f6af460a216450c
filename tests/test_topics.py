"""Topic matching: word forms, phrases across punctuation, excludes, weights; and the benchmark's figures."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from feeds.config import TopicConfig
from feeds.normalise.topics import classify, stem

ROOT = Path(__file__).resolve().parent.parent
CT = TopicConfig("counter-terrorism", "Counter-terrorism", ("terrorism", "violent extremism", "extremist*"))
TRADE = TopicConfig("trade", "Trade", ("trade", "security"), exclude=("security of supply", "trade union"),
                    min_score=2)


@pytest.mark.parametrize("words", [("terrorism", "terrorist", "terrorists", "terror", "Terrorisme"),
                                   ("radicalization", "radicalisation"), ("refugee", "refugees"),
                                   ("flood", "floods", "flooding", "flooded"), ("rights", "right")])
def test_word_forms_meet(words: tuple[str, ...]) -> None:
    assert len({stem(w) for w in words}) == 1


def test_forms_that_differ_stay_apart() -> None:
    # "extremist*" is a prefix pattern on the written word: it does not reach "extreme".
    assert not classify("Extreme heat", "An extreme heatwave.", [CT])
    assert classify("T", "Extremists recruited online.", [CT])


@pytest.mark.parametrize("body", ["Two terrorist attacks hit the town.", "After the terror attacks of May.",
                                  "Preventing violent-\nextremism in schools.", "VIOLENT EXTREMISTS were arrested."])
def test_word_forms_and_phrases_across_punctuation_match(body: str) -> None:
    (m,) = classify("Town council meets", body, [CT])
    assert set(m.where) == {"body"} and m.terms


def test_excluded_phrases_never_count() -> None:
    assert not classify("Grid line", "It improves security of supply. The trade union met.", [TRADE])
    (m,) = classify("Grid line", "It improves security of supply and trade.", [TRADE]) or (None,)
    assert m is None                         # one body word (1) is under min_score 2


def test_title_weight_and_phrase_weight_reach_min_score() -> None:
    assert [m.score for m in classify("Trade talks", "Nothing else.", [TRADE])] == [3]
    phrase = TopicConfig("t", "T", ("free trade",), min_score=2)
    assert [m.score for m in classify("Talks", "A free trade deal.", [phrase])] == [2]


def test_each_keyword_counts_at_most_three_times_in_the_body() -> None:
    (m,) = classify("X", "trade " * 10, [TopicConfig("trade", "Trade", ("trade",))])
    assert m.score == 3


def test_the_same_evidence_counts_once() -> None:
    topic = TopicConfig("ct", "CT", ("terrorism", "terrorisme", "terrorist"))
    (m,) = classify("X", "terrorism", [topic])
    assert m.score == 1 and m.terms == ("terrorism",)


def test_benchmark_reports_both_parts() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "topics"), "--json"], capture_output=True,
                         text=True, check=True, timeout=120)
    figures = json.loads(out.stdout)
    assert figures["tune"]["releases"] + figures["heldout"]["releases"] >= 200
    assert figures["tune"]["micro"]["f1"] >= 0.9
    # The held-out figure is reported, not tuned on; guard against a regression of the matcher.
    assert figures["heldout"]["micro"]["f1"] >= 0.85
