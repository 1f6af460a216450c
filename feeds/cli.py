"""The `feeds` command: check, ingest, serve, extract. The composition root: reads the config,
opens the store, wires the rooms together and configures logging. Exit codes: 0 success,
1 a source failed (or the run could not start), 2 bad config or usage.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .config import Config, SourceConfig, config_path, folder_problems, load_config, parse_config
from .errors import ConfigError, LockBusy, SkipFile, StoreError
from .model import SourceReport

log = logging.getLogger("feeds")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _load(args: argparse.Namespace) -> Config:
    return load_config(args.config)


def _classifier(config: Config):  # type: ignore[no-untyped-def]
    """The topic classifier of the config (rules and learned model), built once per command."""
    from .normalise.classifier import load_classifier
    return load_classifier(config)


def model_report(classifier) -> list[str]:  # type: ignore[no-untyped-def]
    """What `feeds check` says of the learned model: which topics it applies to, which run on their
    keyword rules alone and why, and how to train a model for those."""
    from .normalise.learned import MIN_LANGUAGE_RECORDS
    model = classifier.model
    if model is None:
        lines = ["learned model: none (classifier.model is \"\"): every topic runs on its keyword rules alone"]
    else:
        langs = ", ".join(f"{lang} {n}" for lang, n in sorted(model.languages.items(), key=lambda kv: -kv[1]))
        lines = [f"learned model: {classifier.model_path} ({model.trained_on.get('records', '?')} training releases; "
                 f"by language: {langs or 'unknown'}); it applies to {len(classifier.learned)} of "
                 f"{len(classifier.topics)} topics, in languages with at least {MIN_LANGUAGE_RECORDS} "
                 "training releases"]
    alone = classifier.rules_only
    if alone and model is not None:
        lines.append("topics on their keyword rules alone:")
        for t in alone:
            why = ("the model was trained for another definition of it (name, keywords, exclude or min_score "
                   "changed)" if classifier.changed_since_training(t) else "the model was not trained for it")
            lines.append(f"  {t.slug}: {why}")
    if alone:
        lines.append("to train a model for them: label releases (one file or more, in the format of "
                     "tests/data/topics/README.md) and run `feeds topics train FILE...` (it writes classifier.model; "
                     "needs scikit-learn: pip install 'feeds[train]')")
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    config = _load(args)
    problems = folder_problems(config)
    if problems:
        raise ConfigError(config.path, problems)
    classifier = _classifier(config)
    print(f"{config.path}: ok ({len(config.sources)} sources, {len(config.topics)} topics)")
    print("\n".join(model_report(classifier)))
    return 0


def _progress(sources: Iterable[SourceConfig]) -> Iterable[SourceConfig]:
    if not sys.stderr.isatty():
        return sources
    from tqdm import tqdm
    # a size of our own: in a terminal that reports none (a fresh pty, `script`), tqdm would draw nothing
    size = shutil.get_terminal_size((80, 24))
    return tqdm(list(sources), desc="ingest", unit="source", file=sys.stderr, leave=False,
                ncols=min(size.columns, 120), nrows=size.lines)


class _ReclassifyBar:
    """The re-classification's progress bar on a terminal (releases done of all), made at its first batch;
    nothing when stderr is not a terminal (cron: the log says when it is done)."""

    def __init__(self) -> None:
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not sys.stderr.isatty():
            return
        if self.bar is None:
            from tqdm import tqdm
            self.bar = tqdm(total=total, desc="re-classifying", unit="release", file=sys.stderr, leave=True)
        self.bar.total = total
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.bar.close()


def _clock(start: str | None):  # type: ignore[no-untyped-def]
    """The real clock, or one that starts at `start` (ISO 8601) and runs on from there."""
    from .ingest import utcnow
    if not start:
        return utcnow
    try:
        origin = datetime.fromisoformat(start.replace("Z", "+00:00"))
    except ValueError as e:
        raise ConfigError("--now", [f"--now: not an ISO 8601 time: {start!r}"]) from e
    if origin.tzinfo is None:
        origin = origin.replace(tzinfo=timezone.utc)
    offset = origin - utcnow()
    return lambda: utcnow() + offset


def cmd_ingest(args: argparse.Namespace) -> int:
    from .coordination import yielding_cpu
    with yielding_cpu():        # background work from its start (loading the classifier too): readers come first
        return _ingest(args)


def _ingest(args: argparse.Namespace) -> int:
    from .ingest import Trigger, run_once
    from .parallel import default_workers
    from .store import Store
    config = _load(args)
    clock = _clock(args.now)
    unknown = [s for s in args.source or [] if config.source(s) is None]
    if unknown:
        print(f"{config.path}: unknown source {', '.join(unknown)}", file=sys.stderr)
        return 2
    store = Store.open(config.service.database, readers=False)     # this process serves no reader
    try:
        trigger = Trigger(source_ids=tuple(args.source) if args.source else None, only_due=args.due, wait=args.wait,
                          clock=clock, progress=_progress, reclassify_progress=_ReclassifyBar(),
                          classifier=_classifier(config),
                          workers=default_workers() if args.workers is None else args.workers)
        reports = run_once(config, store, trigger)
    except LockBusy as e:
        print(f"not run: {e}", file=sys.stderr)
        return 1
    finally:
        store.close()
    for report in reports:
        print(report.summary())
        for line in item_lines(report):
            print(line)
    return 0 if all(r.ok for r in reports) else 1


SHOWN_ITEMS = 20    # skipped and failed items named per source in the run report


def item_lines(report: SourceReport) -> list[str]:
    """The skipped and failed items of one source's run, each with its reason: up to 20, then a count."""
    items = [("skipped", o, r) for o, r in report.skipped_reasons] + [("failed", o, r) for o, r in report.failures]
    lines = [f"  {what} {origin}: {reason}" for what, origin, reason in items[:SHOWN_ITEMS]]
    rest = report.skipped + report.failed - len(lines)
    if rest > 0:
        lines.append(f"  ... and {rest} more (see /sources)")
    return lines


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import ServeOptions, default_workers, serve
    config = _load(args)                          # a broken config stops here, with its message
    return serve(ServeOptions(config_path=config.path, host=args.host, port=args.port,
                              workers=args.workers or default_workers(), threads=args.threads,
                              ingest=not args.no_ingest, verbose=args.verbose))


def listening_url(host: str, port: int) -> str:
    """The address `feeds serve` answers at, as links write it (a wildcard host as the loopback one)."""
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def serving_config(config: Config, host: str, port: int, warn: bool = True) -> Config:
    """The config `feeds serve` runs with: without `service.base_url`, links follow the address it
    listens on; with one that differs, one warning line says so (a proxy in front is fine, a typo is not;
    `warn` False in the processes beside the one that says it)."""
    here = listening_url(host, port)
    if not config.service.base_url_set:
        return replace(config, service=replace(config.service, base_url=here))
    if config.service.base_url != here and warn:
        log.warning("service.base_url is %s but feeds serve listens on %s: feeds and pages link to %s "
                    "(right behind a proxy; otherwise fix base_url in %s)", config.service.base_url, here,
                    config.service.base_url, config.path)
    return config


def _raw_from_url(url: str, source: SourceConfig, config: Config):  # type: ignore[no-untyped-def]
    """A page, PDF or Word file read as a run reads it; a file a `page` source's listing links takes what
    the listing shows about it as evidence, as in a run."""
    from .errors import SourceError
    from .http import FetchError
    from .sources.web import DOCUMENT_TYPES, PAGE_TYPES, document_suffix, fetcher_for, listed_item, release_from_page
    fetcher = fetcher_for(source, config, PAGE_TYPES + tuple(DOCUMENT_TYPES))
    try:
        result = fetcher.fetch(url)
    except FetchError as e:
        raise SkipFile(f"fetch failed: {e}") from e
    item = None
    if document_suffix(result) is not None:
        try:
            item = listed_item(source, fetcher, url)
        except SourceError as e:
            log.warning("the listing of source %s could not be read: %s", source.id, e)
    return release_from_page(result, url, source, item)


def _raw_from_file(path: Path, base_url: str | None):  # type: ignore[no-untyped-def]
    from .sources.decode import decode_bytes
    from .sources.folder import read_file
    from .sources.documents import BINARY_PARSERS
    from .sources.formats import PARSERS, release_from_html
    parser = PARSERS.get(path.suffix.lower())
    if path.suffix.lower() in BINARY_PARSERS:
        data, modified = read_file(path, path.resolve().parent)
        return BINARY_PARSERS[path.suffix.lower()](data, path.name, modified)
    if parser is None:
        raise SkipFile(f"unsupported file type {path.suffix or '(none)'}")
    data, modified = read_file(path, path.resolve().parent)
    text = decode_bytes(data)
    if base_url and parser is release_from_html:
        return release_from_html(text, path.name, modified, base_url)
    return parser(text, path.name, modified)


def _source_for(config: Config, target: str, source_id: str | None) -> SourceConfig:
    if source_id:
        source = config.source(source_id)
        if source is None:
            raise ConfigError(config.path, [f"--source: unknown source {source_id!r}"])
        return source
    if not target.startswith(("http://", "https://")):
        real = Path(target).resolve()
        for s in config.sources:
            if s.kind == "folder" and real.is_relative_to(s.path):
                return s
    return SourceConfig(id="extract", name="Preview", kind="page", url=target)


def _preview_config(args: argparse.Namespace) -> Config:
    """The config for a preview: the one named (by --config or FEEDS_CONFIG) or ./config.toml, else the
    defaults (no sources, no topics), as a preview tool should work anywhere."""
    path = args.config or config_path()
    if args.config or os.environ.get("FEEDS_CONFIG") or Path(path).exists():
        return load_config(path)
    print(f"no {path} here: previewing with the default settings (no sources, no topics)", file=sys.stderr)
    return parse_config("", str(Path(path).resolve()))


def stated_published(release) -> str | None:
    """The date the release prints, with the publisher's offset when a time was stated, the bare day when only
    a day was; else its date in feeds likewise; None when the date is an estimate."""
    if release.stated is not None:
        return release.stated
    if release.published_estimated:
        return None
    if release.published_offset is None:
        return release.published.date().isoformat()
    offset = timezone(timedelta(minutes=release.published_offset))
    return release.published.astimezone(offset).isoformat()


def cmd_extract(args: argparse.Namespace) -> int:
    from .normalise import normalise
    config = _preview_config(args)
    classifier = _classifier(config)
    now = datetime.now(timezone.utc)
    status = 0
    for target in args.files:
        try:
            source = _source_for(config, target, args.source)
            if target.startswith(("http://", "https://")):
                raw = _raw_from_url(target, source, config)
            else:
                raw = _raw_from_file(Path(target), args.url)
            release = normalise(raw, source, classifier, now, config.service.base_url)
        except SkipFile as e:
            print(json.dumps({"file": target, "error": str(e)}, ensure_ascii=False))
            status = 1
            continue
        print(json.dumps({
            "file": target, "title": release.title, "published": release.published.isoformat(),
            "published_estimated": release.published_estimated, "dateline": release.dateline,
            "source": release.source_id, "summary": release.summary, "body_text": release.body_text,
            "body_html": release.body_html, "language": release.language,
            "topics": [m.slug for m in release.topics],
            "topic_terms": {m.slug: list(m.terms) for m in release.topics},
            "topic_confidence": {m.slug: m.confidence for m in release.topics if m.confidence is not None},
            "link": release.link,
            "published_stated": stated_published(release),
            "embargo_until": release.embargo_until.isoformat() if release.embargo_until else None,
            "notes": release.notes, "contacts": list(release.contacts),
            "date_source": release.date_source,
            "listing": ({"title": raw.listing_title, "date": raw.date_hint if raw.date_hint_from == "listing" else None}
                        if raw.listing_title is not None or raw.date_hint_from == "listing" else None),
        }, ensure_ascii=False))
    return status


def _discover_config(args: argparse.Namespace) -> Config:
    """The config discovery works under: --write's file, else --config / FEEDS_CONFIG / ./config.toml when
    there is one, else the defaults (discovery needs no config file)."""
    from .config import config_path, parse_config
    path = args.write or args.config or config_path()
    if args.write or args.config or Path(path).exists():
        return load_config(path)
    return parse_config("", str(Path(path).resolve()))


def cmd_discover(args: argparse.Namespace) -> int:
    import re
    from .config import SLUG, parse_config
    from .discover import discover, report_text
    if not re.match(r"^https?://[^/\s]+", args.url) or (args.id and not SLUG.match(args.id)) or args.pick < 1:
        print("usage: feeds discover http(s)://SITE [--id a-z0-9-] [--name NAME] [--pick N >= 1]", file=sys.stderr)
        return 2
    config = _discover_config(args)
    found = discover(args.url, config, args.allow_private_network, args.id, args.name)
    print(report_text(found, args.allow_private_network))
    if not found.working:
        print(f"no working source found at {args.url}", file=sys.stderr)
        return 1
    if args.write:
        if args.pick > len(found.working):
            print(f"--pick {args.pick}: there are {len(found.working)} candidates", file=sys.stderr)
            return 2
        block = found.working[args.pick - 1].block(found.source_id, found.site_name, args.allow_private_network)
        path = Path(args.write)
        text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + block
        parse_config(text, str(path))     # what `feeds check` does: ConfigError (exit 2) leaves the file alone
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        print(f"{path}: appended source {found.source_id!r} ({found.working[args.pick - 1].kind})", file=sys.stderr)
    return 0


def _evidence(m) -> str:  # type: ignore[no-untyped-def]
    return ", ".join(f"{term} ({w or '?'})" for term, w in m.evidence()) or "none"


def _learned(m) -> str:  # type: ignore[no-untyped-def]
    words = ", ".join(m.model_words())
    return f"learned model: {m.confidence:.0%} sure" + (f", from the words: {words}" if words else "")


def which_applied(classifier, slug: str, language: str | None) -> str:  # type: ignore[no-untyped-def]
    """Whether the learned model had a say on a topic for a release in `language`, and if not, why."""
    from .normalise.classifier import APPLIED, LANGUAGE
    from .normalise.learned import MIN_LANGUAGE_RECORDS
    how = classifier.applies(slug, language)
    if how == APPLIED:
        return "keyword rules and the learned model"
    if how == LANGUAGE:
        seen = classifier.model.languages.get(language or "", 0)
        return (f"keyword rules alone: the learned model saw {seen} training releases in {language or 'this language'}"
                f" (it needs {MIN_LANGUAGE_RECORDS})")
    topic = next(t for t in classifier.topics if t.slug == slug)
    if classifier.changed_since_training(topic):
        return "keyword rules alone: the learned model was trained for another definition of this topic"
    return "keyword rules alone: no learned model for this topic (`feeds check` says how to train one)"


def explain_text(item, names: dict[str, str], country_name, near_misses=(), applied=None) -> str:  # type: ignore[no-untyped-def]
    """Why a stored release is where it is: topics (score, terms and where, and `applied(slug)`: which
    of the rules and model decided), countries, language, groups; and `near_misses`: (`topics.Assessment`,
    why not) of topics it is not in."""
    r = item.release
    lines = [f"{item.entry_id}  {r.title}",
             f"source: {r.source_name} ({r.source_id})  published: {r.published.isoformat()}",
             f"language: {r.language or 'unknown'}"]
    lines.append("topics:" if r.topics else "topics: none")
    for m in r.topics:
        lines.append(f"  {m.slug} ({names.get(m.slug, m.slug)}): rules score {m.score}: {_evidence(m)}")
        if applied is not None:
            lines.append(f"    decided by: {applied(m.slug)}")
        if m.confidence is not None:
            lines.append(f"    {_learned(m)}")
    if near_misses:
        lines.append("not placed (with the current rules and model):")
    for a, why in near_misses:
        m = a.match
        lines.append(f"  {m.slug} ({names.get(m.slug, m.slug)}): rules score {m.score}: {_evidence(m)}; {why}")
        if m.confidence is not None:
            lines.append(f"    {_learned(m)}")
    lines.append("countries: " + (", ".join(f"{c} {country_name(c)}" for c in r.countries) or "none"))
    if item.copies:
        role = f"a later copy of {item.duplicate_of}" if item.duplicate_of else "the earliest copy, shown in feeds"
        lines.append(f"duplicates group: {role}")
        for c in item.copies:
            lines.append(f"  also published by {c.source_name}: {c.entry_id}" + (f" {c.link}" if c.link else ""))
    else:
        lines.append("duplicates group: none")
    for t in item.translations:
        lines.append(f"translation ({t.language or '?'}): {t.entry_id}  {t.title}")
    return "\n".join(lines)


def why_not(a, topic, model) -> str:  # type: ignore[no-untyped-def]
    """Why an assessed topic did not take a release: which of the rules and the model said no."""
    if a.rules_placed:
        return f"the keywords placed it, but the learned model gave it under {model.confirm:.0%}"
    if not a.match.score:
        rules = "no keyword matched"
    elif a.match.score < topic.min_score:
        rules = f"the keywords were not enough (min_score {topic.min_score})"
    else:       # enough points, but only weak keywords, or all far from the title and lead
        rules = (f"the keywords were not enough: only supporting (~) keywords, or a mention in passing far from "
                 f"the title and opening (min_score {topic.min_score} + 1 there; a phrase in one sentence there "
                 f"does not count when the release is about another topic)")
    if a.match.confidence is None:
        return rules
    return f"{rules}, and the learned model was under {model.accept:.0%}"


NEAR = 0.1     # `feeds explain` lists topics a release is not in from this model probability (or any rule term)


def cmd_explain(args: argparse.Namespace) -> int:
    import re
    from .normalise.geo import gazetteer
    from .store import Store
    config = _load(args)
    classifier = _classifier(config)
    uuid = args.release.strip().lower().removeprefix("urn:uuid:")
    if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", uuid):
        print(f"not a release id: {args.release!r} (give urn:uuid:... or the bare uuid)", file=sys.stderr)
        return 2
    store = Store.open(config.service.database)
    try:
        item = store.release_by_uuid(uuid)
    finally:
        store.close()
    if item is None:
        print(f"no release {uuid} in the archive", file=sys.stderr)
        return 1
    r = item.release
    placed = {m.slug for m in r.topics}
    near = [(a, why_not(a, config.topic(a.match.slug), classifier.model))  # type: ignore[arg-type]
            for a in classifier.assess(r.title, r.body_text, language=r.language)
            if a.match.slug not in placed and (a.rules_placed or a.match.score or (a.match.confidence or 0) >= NEAR)]
    known = {t.slug for t in config.topics}
    print(explain_text(item, {t.slug: t.name for t in config.topics}, gazetteer().name, near,
                       lambda slug: which_applied(classifier, slug, r.language) if slug in known
                       else "a topic no longer configured"))
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from .store import migrate
    from .store.copy import copy_archive
    from .store import make_engine
    if args.db_command == "copy":
        counts = copy_archive(args.src, args.dst, progress=lambda t, n: print(f"copied {t}: {n} rows"))
        print(f"done: {counts.get('releases', 0)} releases copied")
        return 0
    url = args.url or _load(args).service.database
    engine = make_engine(url)
    try:
        if args.db_command == "upgrade":
            before, after = migrate.upgrade(engine)
            print(f"schema: {before or 'none'} -> {after} (newest: {migrate.head()})")
        else:
            print(f"schema: {migrate.current(engine) or 'none'} (newest: {migrate.head()})")
    finally:
        engine.dispose()
    return 0


def cmd_topics(args: argparse.Namespace) -> int:
    from pathlib import Path
    from .normalise.learned import MIN_LANGUAGE_RECORDS, read_labelled, train
    config = load_config(args.config)
    records, names = [], []
    slugs = {t.slug for t in config.topics}
    for name in args.files:
        try:
            part = read_labelled(Path(name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as e:
            print(f"cannot read {name}: {e}", file=sys.stderr)
            return 2
        unknown = sorted({s for r in part for s in r.topics} - slugs)
        if unknown:
            print(f"{name}: labels not in the config's topics: {', '.join(unknown)}", file=sys.stderr)
            return 2
        records += part
        names.append(Path(name).name)
    if not records:
        print("no labelled releases in the files", file=sys.stderr)
        return 2
    try:
        model = train(records, config.topics, c=args.c, sources=names)
    except ImportError:
        print("training needs scikit-learn: pip install 'feeds[train]'", file=sys.stderr)
        return 2
    if not (args.out or config.topic_model_path):
        print("classifier.model is \"\" (no model): give --out FILE", file=sys.stderr)
        return 2
    out = Path(args.out or config.topic_model_path)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(model.to_json(), encoding="utf-8")
    tmp.replace(out)
    untrained = [t.slug for t in config.topics if t.slug not in model.topics]
    print(f"trained on {len(records)} releases for {len(model.topics)} topics: wrote {out}")
    print("releases by language: " + ", ".join(f"{lang} {n}" for lang, n in model.languages.items())
          + f" (the model has a say only in languages with at least {MIN_LANGUAGE_RECORDS})")
    if untrained:
        print(f"no model for (labels lack positives or negatives; rules only): {', '.join(untrained)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="feeds", description="Topic feeds of press releases.")
    parser.add_argument("--config", help="config file (default: $FEEDS_CONFIG or ./config.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and skipped files")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate the config")
    p = sub.add_parser("ingest", help="one ingestion run of every source (cron entry point)")
    p.add_argument("--source", action="append", help="only this source (repeatable)")
    p.add_argument("--wait", type=float, default=60.0, help="seconds to wait for another run to finish (default 60)")
    p.add_argument("--now", help=argparse.SUPPRESS)   # pretend the clock starts here (tests, replays)
    p.add_argument("--due", action="store_true",
                   help="only sources whose interval has passed (with backoff after failures): for frequent cron")
    p.add_argument("--workers", type=int, default=None,
                   help="processes normalising a folder source's releases while this one writes (default: one per "
                        "core, none on one core; 0: normalise here)")
    p = sub.add_parser("serve", help="serve feeds and ingest on a schedule")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=0,
                   help="worker processes (default: one per core; gunicorn on POSIX)")
    p.add_argument("--threads", type=int, default=4,
                   help="threads per worker (default 4; with waitress, the fallback, threads of its one process)")
    p.add_argument("--no-ingest", action="store_true", help="serve only; ingestion runs elsewhere (cron)")
    p = sub.add_parser("db", help="the archive's schema and copies")
    dbsub = p.add_subparsers(dest="db_command", required=True)
    q = dbsub.add_parser("upgrade", help="apply schema migrations (serve and ingest also do it)")
    q.add_argument("--url", help="database URL (default: the config's, or FEEDS_DATABASE_URL)")
    q = dbsub.add_parser("status", help="print the schema revision")
    q.add_argument("--url", help="database URL (default: the config's, or FEEDS_DATABASE_URL)")
    q = dbsub.add_parser("copy", help="copy a whole archive into an empty database (e.g. SQLite to PostgreSQL)")
    q.add_argument("src", metavar="SRC_URL")
    q.add_argument("dst", metavar="DST_URL")
    p = sub.add_parser("extract", help="print what normalisation makes of files or web pages, as JSON lines")
    p.add_argument("files", nargs="+", metavar="URL_OR_FILE")
    p.add_argument("--source", help="use this source's name, topics, time zone, selectors and network opt-in")
    p.add_argument("--url", help="a saved page's own URL (base for relative links)")
    p = sub.add_parser("discover", help="find a site's feeds, sitemaps and listing pages; print ready "
                                        "[[sources]] blocks, best first")
    p.add_argument("url", metavar="URL", help="the site's address: home page or any page")
    p.add_argument("--id", help="the source id of the blocks (default: from the host name)")
    p.add_argument("--name", help="the publisher's name (default: the site's own)")
    p.add_argument("--allow-private-network", action="store_true",
                   help="allow loopback and private addresses (intranets, tests)")
    p.add_argument("--write", metavar="CONFIG", help="append the chosen block to this config once it passes the check")
    p.add_argument("--pick", type=int, default=1, help="which candidate --write appends (default 1, the best)")
    p = sub.add_parser("explain", help="why a release is in its topics: rules matched and where, countries, "
                                       "language, duplicates and translations")
    p.add_argument("release", metavar="RELEASE_ID", help="the entry id (urn:uuid:...) or the bare uuid")
    p = sub.add_parser("topics", help="the learned topic model")
    tsub = p.add_subparsers(dest="topics_command", required=True)
    q = tsub.add_parser("train", help="train the topic model on labelled releases (needs feeds[train])")
    q.add_argument("files", nargs="+", metavar="LABELLED_FILE",
                   help="records of '### PUBLISHER | slug, slug', a title line and a body (tests/data/topics/)")
    q.add_argument("--out", help="model file to write (default: the config's classifier.model)")
    q.add_argument("-C", dest="c", type=float, default=10.0, help="inverse regularisation strength (default 10)")
    return parser


COMMANDS = {"topics": cmd_topics, "db": cmd_db, "check": cmd_check, "ingest": cmd_ingest, "serve": cmd_serve,
            "extract": cmd_extract, "explain": cmd_explain, "discover": cmd_discover}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _setup_logging(args.verbose)
    try:
        return COMMANDS[args.command](args)
    except ConfigError as e:
        print(f"config error in {e.path}:", file=sys.stderr)
        for problem in e.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    except StoreError as e:
        print(f"archive error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
