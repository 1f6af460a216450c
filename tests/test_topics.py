"""Topic matching: word forms, phrases across punctuation, excludes, weights; and the benchmark's figures."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from feeds.config import TopicConfig
from feeds.normalise.text import fold
from feeds.normalise.topics import classify, prepare, stem

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


def test_score_is_distinct_evidence_not_repeats() -> None:
    topic = TopicConfig("trade", "Trade", ("trade", "tariffs"), min_score=2)
    assert not classify("X", "trade " * 10, [topic])
    (m,) = classify("X", "Trade and tariffs.", [topic])
    assert m.score == 2


def test_single_words_far_from_the_lead_need_more_evidence() -> None:
    topic = TopicConfig("trade", "Trade", ("trade", "tariffs", "exports", "free trade"), min_score=2)
    filler = "The ministers met on Tuesday to discuss the budget. " * 6      # 54 words: past the lead
    assert classify("X", "Trade and tariffs were discussed.", [topic])    # in the lead: min_score
    assert not classify("X", filler + "Trade and tariffs were discussed.", [topic])
    assert classify("X", filler + "Trade, tariffs and exports were discussed.", [topic])   # min_score + 1
    assert classify("X", filler + "A free trade deal.", [topic])          # a phrase is specific evidence
    assert classify("Trade talks", filler + "Nothing else.", [topic])     # the title is the lead


def test_the_same_evidence_counts_once() -> None:
    topic = TopicConfig("ct", "CT", ("terrorism", "terrorisme", "terrorist"))
    (m,) = classify("X", "terrorism", [topic])
    assert m.score == 1 and m.terms == ("terrorism",)


def test_a_weak_keyword_supports_but_never_places_alone() -> None:
    digital = TopicConfig("digital", "Digital", ("~online", "~mobile", "internet"), min_score=2)
    assert not classify("Prevent radicalisation online", "Online, online and online.", [digital])
    assert not classify("Online and mobile", "Online and mobile.", [digital])   # weak ones together: still not
    (m,) = classify("Online safety", "Internet use by children.", [digital])
    assert m.score == 2 and m.terms == ("online", "internet")


def test_a_word_counts_for_one_keyword_only_the_longest() -> None:
    care = TopicConfig("care", "Care", ("health", "health workers", "community health workers"), min_score=3)
    (m,) = classify("X", "Community health workers visit homes.", [care]) or (None,)
    assert m is None                         # one phrase (2), not also "health workers" (2) and "health" (1)
    (m,) = classify("X", "Community health workers visit homes. Health is a right.", [care])
    assert m.score == 3 and m.terms == ("health", "community health workers")


def test_a_word_family_is_one_piece_of_evidence() -> None:
    topic = TopicConfig("vaccination", "Vaccination", ("vaccine", "vaccination", "vaccinated", "immunisation"),
                        min_score=2)
    assert not classify("X", "The vaccine and the vaccination drive: 900 were vaccinated.", [topic])
    (m,) = classify("X", "The vaccine and the immunisation drive.", [topic])
    assert m.score == 2


def test_weak_keywords_in_one_sentence_are_one_mention() -> None:
    care = TopicConfig("care", "Care", ("ward", "~doctors", "~nurses", "~midwives"), min_score=3)
    assert not classify("X", "A new ward. Doctors, nurses and midwives were hired.", [care])
    (m,) = classify("X", "A new ward. Doctors were hired. Nurses too.", [care])
    assert m.score == 3
    (m,) = classify("Doctors hired", "A new ward. Doctors were hired.", [care])      # the title is a place too
    assert m.score == 3


TRADE_ONLY = TopicConfig("trade", "Trade", ("trade", "tariffs", "exports"), min_score=2)
SDG = TopicConfig("sdg", "Sustainable development", ("sustainable development", "poverty"), min_score=2)
FILLER = "The ministers met on Tuesday to discuss the agreement. " * 6      # 54 words: past the lead


def test_a_phrase_in_passing_in_a_release_about_another_topic_does_not_place_it() -> None:
    body = "Tariffs on exports fall. " + FILLER + "It serves sustainable development."
    assert [m.slug for m in classify("Trade deal signed", body, [TRADE_ONLY, SDG])] == ["trade"]
    # alone, the phrase stands (a phrase is specific evidence); so it does in two sentences, or in the lead
    assert [m.slug for m in classify("Deal signed", FILLER + "It serves sustainable development.", [SDG])] == ["sdg"]
    twice = body + " Sustainable development matters."
    assert [m.slug for m in classify("Trade deal signed", twice, [TRADE_ONLY, SDG])] == ["trade", "sdg"]
    early = "Sustainable development and tariffs on exports. " + FILLER
    assert [m.slug for m in classify("Trade deal signed", early, [TRADE_ONLY, SDG])] == ["trade", "sdg"]


def test_explain_says_why_a_topic_with_enough_points_was_not_placed() -> None:
    from feeds.cli import why_not
    from feeds.normalise.topics import assess
    body = "Tariffs on exports fall. " + FILLER + "It serves sustainable development."
    sdg = next(a for a in assess("Trade deal signed", body, [TRADE_ONLY, SDG]) if a.match.slug == "sdg")
    assert not sdg.placed and sdg.match.score == SDG.min_score
    assert "a mention in passing far from the title and opening" in why_not(sdg, SDG, None)
    trade = next(a for a in assess("Deal signed", "Tariffs fell.", [TRADE_ONLY]))
    assert why_not(trade, TRADE_ONLY, None) == "the keywords were not enough (min_score 2)"


def test_sentences_do_not_change_the_words_matched() -> None:
    text = "Dr. Smith said: violent-\nextremism! Trade? Yes; 3.5 per cent.\n\nNew paragraph"
    prepared = prepare(text)
    assert list(prepared.written) == fold(text).split()
    assert prepared.sentence == (0, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 5, 5)     # "Dr." ends one: no matter


def _bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "bench" / "topics"), *args], capture_output=True,
                          text=True, timeout=120)


TUNING = ("tune", "tune-2", "tune-3", "tune-4", "french", "french-2", "tune-5")
HELDOUT = {"heldout": "fresh3.txt", "heldout-3": "fresh5.txt", "health-heldout-2": "health-heldout2.txt",
           "health-heldout-3": "health-heldout3.txt"}


def test_benchmark_reports_the_tuning_parts() -> None:
    out = _bench("--json", "--parts", ",".join(TUNING))
    assert out.returncode == 0, "bench/topics failed on the tuning parts"
    figures = json.loads(out.stdout)
    assert set(figures) == set(TUNING) | {"rules-only", "cross", "model"}
    assert set(figures["rules-only"]) == set(TUNING)        # the keyword rules alone, for comparison
    assert figures["model"]["A"]["trained_on"]["files"] == ["tune.txt", "heldout.txt", "fresh.txt", "fresh2.txt",
                                                            "french.txt", "french2.txt", "fresh4.txt"]
    assert figures["model"]["B"]["trained_on"] is None      # taxonomy B: keyword rules alone
    assert sum(figures[part]["releases"] for part in TUNING) >= 500
    for part in TUNING:
        assert figures[part]["micro"]["f1"] >= 0.9
        assert min(t["f1"] for t in figures[part]["topics"].values()) >= 0.8


def test_benchmark_reports_taxonomy_b_dev_parts_on_rules_alone() -> None:
    # A health ministry's own topics (tests/data/topics/health.toml), keyword rules alone, on the three parts
    # its keywords and the matcher were written and checked on (never on its held-out part). health-dev-3
    # was a held-out part once: its floor is lower (the rules scored it 0.821, then 0.819, before its errors were seen).
    out = _bench("--json", "--parts", "health-dev,health-dev-2,health-dev-3")
    assert out.returncode == 0, "bench/topics failed on taxonomy B's dev parts"
    figures = json.loads(out.stdout)
    assert set(figures["rules-only"]) == set()             # no model: the figures are the rules' own
    assert [figures[p]["releases"] for p in ("health-dev", "health-dev-2", "health-dev-3")] == [40, 80, 75]
    for part, floor, lowest in (("health-dev", 0.88, 0.75), ("health-dev-2", 0.88, 0.75), ("health-dev-3", 0.82, 0.6)):
        assert figures[part]["micro"]["f1"] >= floor, part
        assert min(t["f1"] for t in figures[part]["topics"].values()) >= lowest, part


def _finished(name: str) -> bool:
    path = ROOT / "tests" / "data" / "topics" / name
    if not path.is_file():
        return False
    with path.open(encoding="utf-8") as f:
        return f.readline().startswith("#!")


@pytest.mark.long
def test_benchmark_reports_the_heldout_parts_when_present() -> None:
    # The held-out parts (fresh3.txt, fresh5.txt, health-heldout2.txt, health-heldout3.txt) are the final tests: only checked
    # to be read and reported, never asserted on (their figures are not a target), and their errors are
    # never listed. (This test opens only their first lines, the labellers' `#!` mark of a finished file.)
    out = _bench("--json")
    assert out.returncode == 0, "bench/topics failed"
    figures = json.loads(out.stdout)
    for part, name in HELDOUT.items():
        present = part in figures     # (a bool: a failure shows no held-out figure)
        assert present is _finished(name), part
    assert ("heldout-fr" in figures) is (_finished("fresh3.txt") or _finished("fresh5.txt"))
    errors = _bench("--errors")
    assert errors.returncode == 0, "bench/topics --errors failed"
    listed = any(line.split(" ", 1)[0] in set(HELDOUT) | {"heldout-fr"} for line in errors.stdout.splitlines())
    assert not listed
