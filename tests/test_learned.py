"""The learned topic model: features, prediction and its explanation, the rules-plus-model decision,
training (real scikit-learn), the model file, the `[classifier]` config key, `feeds topics train`, and
the shipped model being the one trained on the shipped labelled data."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from feeds.cli import main
from feeds.config import SHIPPED_MODEL, TopicConfig, load_config
from feeds.errors import ConfigError
from feeds.normalise.learned import (Labelled, TopicModel, features, labelled_hash, model_from_json, read_labelled,
                                     train)
from feeds.normalise.topics import classify, prepare, rules_fingerprint

from .conftest import ROOT, write_config

DATA = ROOT / "tests" / "data" / "topics"
TRAINING_FILES = ("tune.txt", "heldout.txt", "fresh.txt", "fresh2.txt")
TRADE = TopicConfig("trade", "Trade", ("trade", "tariffs"), min_score=1)
HEALTH = TopicConfig("health", "Health", ("health",), min_score=1)


def toy_model(confirm: float = 0.2, accept: float = 0.6) -> TopicModel:
    """A hand-made model: "tariff" and "export" for trade (title words count more), "vaccin" for health."""
    idf = {"tariff": 2.0, "export": 2.0, "T:tariff": 2.0, "vaccin": 2.0, "the": 1.0}
    weights = {"trade": {"tariff": 3.0, "export": 2.0, "T:tariff": 2.0, "vaccin": -3.0, "the": 0.0},
               "health": {"vaccin": 4.0, "tariff": -2.0}}
    return TopicModel(idf, weights, {"trade": -1.0, "health": -1.5}, confirm, accept)


def test_read_labelled_parses_records_labels_and_comments() -> None:
    text = ("#! a comment\n### Publisher A | trade, health\nTitle one\nBody one.\n\nMore.\n"
            "### Publisher B | -\nTitle two\nBody two.\n")
    a, b = read_labelled(text)
    assert (a.publisher, a.title, a.body, a.topics) == ("Publisher A", "Title one", "Body one.\n\nMore.",
                                                         frozenset({"trade", "health"}))
    assert (b.publisher, b.topics) == ("Publisher B", frozenset())


def test_features_count_stems_title_words_twice_and_skip_numbers() -> None:
    counts, shown = features(prepare("Tariffs cut"), prepare("Exporters welcome the tariff cuts of 2025."))
    assert counts["tariff"] == 2 and counts["T:tariff"] == 1 and counts["exporter"] == 1
    assert "2025" not in counts and "T:exporter" not in counts
    assert shown["tariff"] == "tariffs"          # the first form as written explains a stem


def test_prediction_follows_the_weights_and_explains_with_the_words_as_written() -> None:
    model = toy_model()
    vec, shown = model.vector(prepare("Tariffs cut"), prepare("New tariffs on exports."))
    assert math.isclose(sum(v * v for v in vec.values()), 1.0)
    trade = model.predict(vec, shown, "trade")
    health = model.predict(vec, shown, "health")
    assert trade is not None and health is not None
    assert trade.probability > 0.9 and health.probability < 0.2
    assert trade.words[0] in ("tariffs", "tariffs (title)") and "exports" in trade.words
    assert "tariffs (title)" in trade.words
    assert model.predict(vec, shown, "peace-security") is None       # a topic the model does not know
    weaker = model.predict(*model.vector(prepare("Cut"), prepare("New exports.")), "trade")
    assert weaker is not None and weaker.probability < trade.probability


def test_the_model_confirms_overrules_or_adds_to_the_rules() -> None:
    model = toy_model(confirm=0.3, accept=0.8)
    p = lambda x: type("P", (), {"probability": x})()  # noqa: E731
    assert model.decide(True, p(0.3)) and model.decide(False, p(0.8))
    assert not model.decide(True, p(0.29)) and not model.decide(False, p(0.79))
    assert model.decide(True, None) and not model.decide(False, None)        # unknown topic: rules alone


def test_classify_with_a_model_keeps_rules_terms_adds_model_words_and_confidence() -> None:
    model = toy_model()
    (m,) = classify("Tariffs cut", "New tariffs on exports.", [TRADE, HEALTH], model=model)
    assert m.slug == "trade" and m.confidence is not None and m.confidence > 0.9
    assert ("tariffs", "title") in zip(m.terms, m.where)                      # the rules' evidence
    assert any(w == "model" for w in m.where)                                 # and the model's
    # rules say trade ("trade" in the body) but the model is sure it is not: overruled
    assert not classify("Vaccines arrive", "Vaccines arrive; trade fair postponed.", [TRADE], model=model)
    # no rule matched health, but the model is sure: placed, explained by the model alone
    (h,) = classify("Vaccines arrive", "Vaccines and more vaccines.", [HEALTH], model=model)
    assert h.slug == "health" and set(h.where) == {"model"} and h.score == 0
    # a topic named by the source is placed whatever the model says
    (g,) = classify("Vaccines arrive", "Vaccines.", [TRADE], given=["trade"], model=model)
    assert g.slug == "trade" and "source" in g.where
    # without a model: rules alone, no confidence
    (r,) = classify("Tariffs cut", "New tariffs.", [TRADE])
    assert r.confidence is None and "model" not in r.where


def test_a_new_model_changes_the_rules_fingerprint() -> None:
    base = rules_fingerprint([TRADE])
    assert rules_fingerprint([TRADE], toy_model()) != base
    assert rules_fingerprint([TRADE], toy_model(accept=0.7)) != rules_fingerprint([TRADE], toy_model())
    assert rules_fingerprint([TRADE], toy_model()) == rules_fingerprint([TRADE], toy_model())


def test_model_file_round_trips_and_bad_files_say_what_is_wrong() -> None:
    model = toy_model()
    again = model_from_json(model.to_json())
    assert again.fingerprint == model.fingerprint and again.topics == {"trade", "health"}
    for text, message in (("{", "not JSON"), ("[]", "not a topic model"),
                          (json.dumps({"format": "feeds-topic-model", "feature_version": 99}), "version 99"),
                          (model.to_json().replace('"confirm":0.2', '"confirm":0.9'), "thresholds"),
                          (model.to_json().replace('"bias"', '"bia"'), "missing or malformed")):
        with pytest.raises(ValueError, match=message):
            model_from_json(text)


def _records(n: int) -> list[Labelled]:
    trade = ["Ministers cut tariffs on grain exports", "Customs union removes tariffs for exporters",
             "Exporters gain from lower tariffs and faster customs"]
    health = ["Vaccination campaign reaches rural clinics", "Measles vaccines for children in clinics",
              "Nurses and clinics prepare for the vaccination drive"]
    other = ["Council elects new president", "Annual report published with the budget",
             "Secretariat opens a new office in the capital"]
    records = []
    for i in range(n):
        records.append(Labelled("P", trade[i % 3], f"The agreement on tariffs and exports, number {i}.",
                                 frozenset({"trade"})))
        records.append(Labelled("P", health[i % 3], f"Vaccines and clinics for patients, round {i}.",
                                 frozenset({"health"})))
        records.append(Labelled("P", other[i % 3], f"The council met in its office, session {i}.", frozenset()))
    return records


def test_training_learns_from_labelled_releases() -> None:
    records = _records(8)
    model = train(records, ["trade", "health", "peace-security"], sources=["toy.txt"])
    assert model.topics == {"trade", "health"}              # no positive example: no model, rules alone
    assert model.trained_on["hash"] == labelled_hash(records) and model.trained_on["files"] == ["toy.txt"]
    vec, shown = model.vector(prepare("Tariffs on exports"), prepare("Exporters and tariffs."))
    trade, health = model.predict(vec, shown, "trade"), model.predict(vec, shown, "health")
    assert trade is not None and health is not None
    assert trade.probability > 0.6 > health.probability
    vec, shown = model.vector(prepare("Council meets"), prepare("The council met in its office."))
    assert model.predict(vec, shown, "trade").probability < 0.2   # type: ignore[union-attr]
    assert model_from_json(model.to_json()).fingerprint == model.fingerprint


def test_the_shipped_model_is_trained_on_the_shipped_labelled_data() -> None:
    # Edit a labelled file or the taxonomy's slugs, and this fails until `feeds topics train` is run
    # again: the shipped model must be the one its labelled data makes.
    model = model_from_json(SHIPPED_MODEL.read_text(encoding="utf-8"))
    records = [r for name in TRAINING_FILES for r in read_labelled((DATA / name).read_text(encoding="utf-8"))]
    assert model.trained_on["files"] == list(TRAINING_FILES)
    assert model.trained_on["hash"] == labelled_hash(records)
    assert "fresh3.txt" not in model.trained_on["files"]    # the held-out part is never trained on
    config = load_config(str(ROOT / "config.toml"), env={})
    assert model.topics == {t.slug for t in config.topics}
    assert config.topic_model is not None and config.topic_model.fingerprint == model.fingerprint


def test_classifier_config_key(tmp_path: Path) -> None:
    path = write_config(tmp_path, {}, classifier="")
    assert load_config(str(path), env={}).topic_model is None
    path = write_config(tmp_path, {}, classifier="missing.json")
    with pytest.raises(ConfigError) as e:
        load_config(str(path), env={})
    assert e.value.path == str(path) and "classifier.model" in e.value.problems[0]
    assert "missing.json" in e.value.problems[0]
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    path = write_config(tmp_path, {}, classifier=None, extra='[classifier]\nmodel = "bad.json"\nother = 1\n')
    with pytest.raises(ConfigError) as e:
        load_config(str(path), env={})
    assert any(p.startswith("classifier.other: unknown key") for p in e.value.problems)
    assert any(p.startswith("classifier.model:") and "not a topic model" in p for p in e.value.problems)
    (tmp_path / "toy.json").write_text(toy_model().to_json(), encoding="utf-8")
    path = write_config(tmp_path, {}, classifier="toy.json")
    assert load_config(str(path), env={}).topic_model.fingerprint == toy_model().fingerprint  # type: ignore[union-attr]
    path = write_config(tmp_path, {}, classifier=None)
    config = load_config(str(path), env={})
    assert config.topic_model_path == str(SHIPPED_MODEL) and config.topic_model is not None


def test_topics_train_command_writes_a_model_the_config_then_uses(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    labelled = tmp_path / "labelled.txt"
    labelled.write_text("".join(f"### {r.publisher} | {', '.join(sorted(r.topics)) or '-'}\n{r.title}\n{r.body}\n"
                                for r in _records(6)), encoding="utf-8")
    path = write_config(tmp_path, {}, classifier="mine.json")
    assert main(["--config", str(path), "topics", "train", str(labelled)]) == 0
    out = capsys.readouterr().out
    assert "trained on 18 releases for 2 topics" in out and "peace-security" in out   # rules only there
    config = load_config(str(path), env={})
    assert config.topic_model is not None and config.topic_model.topics == {"trade", "health"}
    (match,) = [m for m in classify("Tariffs on exports", "Exporters and tariffs and trade.", config.topics,
                                    model=config.topic_model) if m.slug == "trade"]
    assert match.confidence is not None and match.confidence > 0.6
    bad = tmp_path / "bad.txt"
    bad.write_text("### P | no-such-topic\nTitle\nBody.\n", encoding="utf-8")
    assert main(["--config", str(path), "topics", "train", str(bad)]) == 2
    assert "no-such-topic" in capsys.readouterr().err


def test_the_archive_keeps_the_models_confidence_and_words(env) -> None:  # type: ignore[no-untyped-def]
    from feeds.store import Query
    env.reload(classifier=None)                         # the shipped model, for the shipped slugs
    assert env.config.topic_model is not None
    env.ingest()
    (item,) = env.store.releases(Query(limit=5))
    stored = {m.slug: m for m in item.release.topics}
    fresh = {m.slug: m for m in classify(item.release.title, item.release.body_text, env.config.topics,
                                         model=env.config.topic_model)}
    assert set(stored) == set(fresh) and stored
    for slug, m in stored.items():
        assert m.confidence == pytest.approx(fresh[slug].confidence)
        assert list(zip(m.terms, m.where)) == list(zip(fresh[slug].terms, fresh[slug].where))
        assert "model" in m.where


def test_explain_shows_the_models_part_and_the_near_misses(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from feeds.ingest import run_ingest
    from feeds.store import Query, Store
    releases = tmp_path / "releases"
    releases.mkdir()
    (releases / "vaccines.txt").write_text("Vaccines arrive\n\n4 May 2024\n\nVaccines arrive; the trade fair is "
                                           "postponed.\n", encoding="utf-8")
    (tmp_path / "toy.json").write_text(toy_model().to_json(), encoding="utf-8")
    path = write_config(tmp_path, {"asean": releases}, classifier="toy.json")
    config = load_config(str(path), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    (item,) = store.releases(Query(limit=5))
    store.close()
    assert [m.slug for m in item.release.topics] == ["health"]     # "trade" matched a keyword, overruled
    assert main(["--config", str(path), "explain", item.entry_id]) == 0
    out = capsys.readouterr().out
    assert "health (Health): rules score 4: vaccine (title), vaccine (body)" in out   # title 3 + body 1
    assert "learned model: 9" in out and "from the words: vaccines" in out
    near = out.split("not placed (with the current rules and model):", 1)[1]
    assert "trade (Economic integration and trade): rules score 1: trade (body); the keywords placed it, " \
           "but the learned model gave it under 20%" in near
