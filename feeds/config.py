"""config.toml -> a typed, frozen `Config`. Every problem is reported at once, with its dotted key and the file.

Reads the file (tomllib) and the environment (`FEEDS_DATABASE_URL`) once, in `load_config`; the
rest of the package receives the resulting objects and never reads configuration itself.
"""
from __future__ import annotations

import os
import re
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .errors import ConfigError

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KINDS = ("folder", "page", "feed", "sitemap")
DEFAULT_CONFIG = "config.toml"
# The learned topic model shipped for the default taxonomy (`feeds topics train` makes another).
SHIPPED_MODEL = Path(__file__).resolve().parent / "normalise" / "data" / "topic-model.json"


@dataclass(frozen=True)
class ServiceConfig:
    title: str = "Press release feeds"
    base_url: str = "http://127.0.0.1:8000"
    database: str = "sqlite:///var/feeds.db"
    page_size: int = 50
    cache_max_age: int = 300          # seconds, Cache-Control max-age of feed responses
    contact_url: str = ""             # named in the User-Agent of page and feed sources
    admin_token: str = ""             # admin actions are off while this is empty
    host_delay: float = 1.0           # seconds between two requests to one host
    fetch_deadline: float = 30.0      # seconds one web request may take in all (connect, redirects, body)
    fetch_max_bytes: int = 10 * 1024 * 1024   # a web response's size cap, counted after decompression
    group_duplicates: bool = True     # feeds and pages show a release published by several sources once
    discover_private_network: bool = False   # the "Add a source" page may look at loopback/private sites
    base_url_set: bool = False        # the file names base_url; else `feeds serve` links to its own address


@dataclass(frozen=True)
class ScheduleConfig:
    every_minutes: int = 30
    lease_seconds: int = 600          # a worker's hold on a source; a dead worker's sources return after it
    batch_size: int = 500             # items written per transaction (ingestion and re-classification)
    tick_seconds: int = 60            # how often `feeds serve` looks for due sources


@dataclass(frozen=True)
class SourceConfig:
    id: str
    name: str
    kind: str
    path: str = ""                    # folder sources: absolute after loading
    url: str = ""                     # page, feed and sitemap sources
    links: str = ""
    next: str = ""
    max_pages: int = 3
    title: str = ""
    date: str = ""
    body: str = ""
    remove: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()
    timezone: str = "UTC"
    locale: str = ""                  # e.g. "de-DE", "en-US": numeric dates month-first only in en-US
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    every_minutes: int | None = None
    allow_private_network: bool = False
    max_articles: int = 100           # article pages fetched per run
    max_items: int = 500              # feed items read per run (the rest are reported as skipped)
    expand: bool = False              # feed items without text: fetch the linked page for the body


@dataclass(frozen=True)
class TopicConfig:
    slug: str
    name: str
    keywords: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    min_score: int = 1


@dataclass(frozen=True)
class WebSubConfig:
    hubs: tuple[str, ...] = ()        # WebSub hubs told after each ingestion that changed a feed
    allow_private_network: bool = False   # allow hubs on loopback/private addresses (tests, intranets)
    retries: int = 3                  # attempts per notification after the first


@dataclass(frozen=True)
class WebConfig:
    # (name, URL template with {url}): the user's own readers (Miniflux, FreshRSS) on the subscribe pages
    reader_subscribe_urls: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Config:
    path: str
    service: ServiceConfig
    schedule: ScheduleConfig
    sources: tuple[SourceConfig, ...]
    topics: tuple[TopicConfig, ...] = field(default=())
    websub: WebSubConfig = field(default=WebSubConfig())
    web: WebConfig = field(default=WebConfig())
    topic_model_path: str = ""              # [classifier] model: "" for none (read by `normalise.classifier`)

    def source(self, source_id: str) -> SourceConfig | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def topic(self, slug: str) -> TopicConfig | None:
        return next((t for t in self.topics if t.slug == slug), None)


class _Problems:
    """Collects problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, key: str, message: str) -> None:
        self.items.append(f"{key}: {message}")


# key -> (python type(s), description for messages)
_SERVICE = {"title": str, "base_url": str, "database": str, "page_size": int, "cache_max_age": int,
            "contact_url": str, "admin_token": str, "host_delay": (int, float), "fetch_deadline": (int, float),
            "fetch_max_bytes": int, "group_duplicates": bool,
            "discover_private_network": bool}
_SCHEDULE = {"every_minutes": int, "lease_seconds": int, "batch_size": int, "tick_seconds": int}
MAX_BATCH = 100_000
_SOURCE = {"id": str, "name": str, "kind": str, "path": str, "url": str, "links": str, "next": str,
           "max_pages": int, "title": str, "date": str, "body": str, "remove": list, "date_formats": list,
           "timezone": str, "locale": str, "include": list, "exclude": list, "topics": list, "every_minutes": int,
           "allow_private_network": bool, "max_articles": int, "max_items": int, "expand": bool}
_TOPIC = {"name": str, "keywords": list, "exclude": list, "min_score": int}
_WEBSUB = {"hubs": list, "allow_private_network": bool, "retries": int}
_CLASSIFIER = {"model": str}
_WEB = {"reader_subscribe_urls": dict}
_TOP = {"service": dict, "schedule": dict, "sources": list, "topics": dict, "websub": dict, "classifier": dict,
        "web": dict}


def _classifier(raw: dict[str, Any], base: Path, problems: _Problems) -> str:
    """The learned topic model's path: `classifier.model` (relative to the config file; "" for none; the
    shipped model when the key is absent). The composition roots read it (`normalise.classifier`)."""
    values = _typed(raw, _CLASSIFIER, "classifier", problems)
    if "model" in values and not values["model"].strip():
        return ""
    return str((base / values["model"]).resolve() if "model" in values else SHIPPED_MODEL)


def _websub(raw: dict[str, Any], problems: _Problems) -> WebSubConfig:
    values = _typed(raw, _WEBSUB, "websub", problems)
    for hub in values.get("hubs", ()):
        if not re.match(r"^https?://[^/\s?#]+(/[^\s#]*)?$", hub):
            problems.add("websub.hubs", f"{hub!r} is not an http(s) URL")
    if not 0 <= values.get("retries", 0) <= 10:
        problems.add("websub.retries", "must be between 0 and 10")
        values.pop("retries")
    return WebSubConfig(**values)


def _web(raw: dict[str, Any], problems: _Problems) -> WebConfig:
    """[web]: `reader_subscribe_urls` maps a reader's name to its subscribe address, where `{url}` stands
    for the feed's address (e.g. Miniflux = "https://rss.example.org/bookmarklet?uri={url}")."""
    values = _typed(raw, _WEB, "web", problems)
    readers = []
    for name, template in values.get("reader_subscribe_urls", {}).items():
        key = f"web.reader_subscribe_urls.{name}"
        if not isinstance(template, str):
            problems.add(key, f"expected a string, got {type(template).__name__}")
        elif not re.match(r"^https?://[^/\s?#]+(/[^\s#]*)?$", template):
            problems.add(key, f"{template!r} is not an http(s) URL")
        elif template.count("{url}") != 1:
            problems.add(key, f"{template!r} must hold {{url}} once (where the feed's address goes)")
        elif not name.strip():
            problems.add(key, "the reader needs a name")
        else:
            readers.append((name.strip(), template))
    return WebConfig(reader_subscribe_urls=tuple(readers))


def _typed(table: dict[str, Any], schema: dict[str, Any], where: str, problems: _Problems) -> dict[str, Any]:
    """Keep the keys of `table` that the schema knows and whose values have the right type."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        kind = schema.get(key)
        if kind is None:
            problems.add(f"{where}.{key}", "unknown key")
            continue
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            problems.add(f"{where}.{key}", f"expected {kinds[0].__name__}, got a boolean")
            continue
        if not isinstance(value, kinds):
            problems.add(f"{where}.{key}", f"expected {kinds[0].__name__}, got {type(value).__name__}")
            continue
        if kind is list:
            if not all(isinstance(v, str) for v in value):
                problems.add(f"{where}.{key}", "expected a list of strings")
                continue
            value = tuple(value)
        out[key] = value
    return out


def _resolve_database(url: str, base: Path) -> str:
    """Make a relative SQLite path relative to the config file's folder."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://" and ":memory:" not in url:
        return prefix + str((base / url[len(prefix):]).resolve())
    return url


def _service(raw: dict[str, Any], base: Path, problems: _Problems, env: dict[str, str]) -> ServiceConfig:
    values = _typed(raw, _SERVICE, "service", problems)
    if "page_size" in values and not 1 <= values["page_size"] <= 500:
        problems.add("service.page_size", "must be between 1 and 500")
        values.pop("page_size")
    if "cache_max_age" in values and values["cache_max_age"] < 0:
        problems.add("service.cache_max_age", "must be 0 or more")
        values.pop("cache_max_age")
    for key in ("host_delay", "fetch_deadline"):
        if key in values:
            values[key] = float(values[key])
            if values[key] < 0 or (key == "fetch_deadline" and values[key] == 0):
                problems.add(f"service.{key}", "must be a positive number of seconds")
                values.pop(key)
    if "fetch_max_bytes" in values and values["fetch_max_bytes"] < 1024:
        problems.add("service.fetch_max_bytes", "must be at least 1024")
        values.pop("fetch_max_bytes")
    base_url = values.get("base_url")
    if base_url is not None:
        if not re.match(r"^https?://[^/\s]+(/[^\s?#]*)?$", base_url):
            problems.add("service.base_url", "must be an http(s) URL without query or fragment")
            values.pop("base_url")
        else:
            values["base_url"] = base_url.rstrip("/")
            values["base_url_set"] = True
    database = env.get("FEEDS_DATABASE_URL") or values.get("database") or ServiceConfig.database
    values["database"] = _resolve_database(database, base)
    return ServiceConfig(**values)


def _source(raw: Any, i: int, base: Path, topics: set[str], problems: _Problems) -> SourceConfig | None:
    where = f"sources[{i}]"
    if not isinstance(raw, dict):
        problems.add(where, "expected a table ([[sources]])")
        return None
    named = raw.get("id")
    if isinstance(named, str) and SLUG.match(named):
        where = f"sources.{named}"       # problems are named by the source's id, which the reader knows
    values = _typed(raw, _SOURCE, where, problems)
    checks = [_source_identity(values, where, problems), _source_location(values, where, base, problems),
              _source_patterns(values, where, problems), _source_values(values, where, topics, problems)]
    ok = all(checks)
    return SourceConfig(**values) if ok else None


def _source_identity(values: dict[str, Any], where: str, problems: _Problems) -> bool:
    """id, name and kind: present, and well formed."""
    ok = True
    for key in ("id", "name", "kind"):
        if not values.get(key):
            problems.add(f"{where}.{key}", "missing")
            ok = False
    if values.get("id") and not SLUG.match(values["id"]):
        problems.add(f"{where}.id", f"{values['id']!r} must match [a-z0-9-]+")
        ok = False
    kind = values.get("kind")
    if kind and kind not in KINDS:
        problems.add(f"{where}.kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        ok = False
    return ok


def _source_location(values: dict[str, Any], where: str, base: Path, problems: _Problems) -> bool:
    """A folder source's path (made absolute against the config's folder), a web source's URL."""
    kind = values.get("kind")
    if kind == "folder":
        if not values.get("path"):
            problems.add(f"{where}.path", "missing (a folder source needs a path)")
            return False
        values["path"] = str((base / values["path"]).resolve())
    if kind in ("page", "feed", "sitemap"):
        url = values.get("url", "")
        if not _http_url(url):
            problems.add(f"{where}.url", f"missing or not an http(s) URL: {url!r}")
            return False
    return True


def _source_patterns(values: dict[str, Any], where: str, problems: _Problems) -> bool:
    ok = True
    for key in ("include", "exclude"):
        for pattern in values.get(key, ()):
            try:
                re.compile(pattern)
            except re.error as e:
                problems.add(f"{where}.{key}", f"bad regular expression {pattern!r}: {e}")
                ok = False
    return ok


def _source_values(values: dict[str, Any], where: str, topics: set[str], problems: _Problems) -> bool:
    """The time zone, the topics and the positive counts."""
    ok = True
    if "timezone" in values:
        try:
            zoneinfo.ZoneInfo(values["timezone"])
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            problems.add(f"{where}.timezone", f"unknown time zone {values['timezone']!r}")
            ok = False
    if "locale" in values and not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", values["locale"]):
        problems.add(f"{where}.locale", f"not a locale such as \"de-DE\" or \"en-US\": {values['locale']!r}")
        ok = False
    for slug in values.get("topics", ()):
        if slug not in topics:
            problems.add(f"{where}.topics", f"unknown topic {slug!r}")
            ok = False
    for key in ("every_minutes", "max_pages", "max_articles", "max_items"):
        if key in values and values[key] < 1:
            problems.add(f"{where}.{key}", "must be 1 or more")
            ok = False
    return ok


def _http_url(url: str) -> bool:
    """Whether `url` parses as an absolute http(s) URL with a host (and a valid port, if any)."""
    if any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port    # noqa: B018 -- raises ValueError for a port out of range or not a number
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def folder_problems(config: Config) -> list[str]:
    """What `feeds check` finds wrong on disk: folder sources whose path is missing, not a folder or
    not readable. (Loading a config does not look: a missing folder fails its source only, at ingest.)"""
    problems = []
    for s in config.sources:
        if s.kind != "folder":
            continue
        path = Path(s.path)
        if not path.exists():
            problems.append(f"sources.{s.id}.path: {s.path} does not exist")
        elif not path.is_dir():
            problems.append(f"sources.{s.id}.path: {s.path} is not a folder")
        elif not os.access(path, os.R_OK | os.X_OK):
            problems.append(f"sources.{s.id}.path: {s.path} is not readable")
    return problems


def _topic(slug: str, raw: Any, problems: _Problems) -> TopicConfig | None:
    where = f"topics.{slug}"
    if not SLUG.match(slug) or slug == "all":
        problems.add(where, "a topic slug must match [a-z0-9-]+ and not be 'all'")
        return None
    if not isinstance(raw, dict):
        problems.add(where, "expected a table")
        return None
    values = _typed(raw, _TOPIC, where, problems)
    if not values.get("name"):
        problems.add(f"{where}.name", "missing")
        return None
    keywords = tuple(k for k in values.get("keywords", ()) if k.strip())
    if not keywords:
        problems.add(f"{where}.keywords", "missing or empty")
        return None
    if values.get("min_score", 1) < 1:
        problems.add(f"{where}.min_score", "must be 1 or more")
        return None
    return TopicConfig(slug=slug, name=values["name"], keywords=keywords,
                       exclude=values.get("exclude", ()), min_score=values.get("min_score", 1))


def _schedule(raw: dict[str, Any], problems: _Problems) -> dict[str, Any]:
    """The [schedule] values that are valid (a bad one is reported and left to its default)."""
    values = _typed(raw, _SCHEDULE, "schedule", problems)
    if values.get("lease_seconds", 10) < 1:
        problems.add("schedule.lease_seconds", "must be 1 or more")
        values.pop("lease_seconds")
    if not 1 <= values.get("batch_size", 1) <= MAX_BATCH:
        problems.add("schedule.batch_size", f"must be between 1 and {MAX_BATCH:,}")
        values.pop("batch_size")
    for key in ("tick_seconds", "every_minutes"):
        if values.get(key, 1) < 1:
            problems.add(f"schedule.{key}", "must be 1 or more")
            values.pop(key)
    return values


def _sources(raw: list[Any], base: Path, slugs: set[str], problems: _Problems) -> list[SourceConfig]:
    """The valid [[sources]], each id once."""
    sources = []
    seen: set[str] = set()
    for i, r in enumerate(raw):
        s = _source(r, i, base, slugs, problems)
        if s is None:
            continue
        if s.id in seen:
            problems.add(f"sources[{i}].id", f"{s.id!r} is used by another source")
            continue
        seen.add(s.id)
        sources.append(s)
    return sources


def parse_config(text: str, path: str, env: dict[str, str] | None = None) -> Config:
    """Parse config text; `path` locates relative paths and names the file in messages."""
    env = dict(os.environ if env is None else env)
    base = Path(path).resolve().parent
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(path, [f"not valid TOML: {e}"]) from e
    problems = _Problems()
    for key, value in raw.items():
        if key not in _TOP:
            problems.add(key, "unknown key")
        elif not isinstance(value, _TOP[key]):
            problems.add(key, f"expected {'a table' if _TOP[key] is dict else 'an array of tables'}")

    def section(key: str, kind: type) -> Any:
        return raw.get(key) if isinstance(raw.get(key), kind) else kind()
    service = _service(section("service", dict), base, problems, env)
    schedule_values = _schedule(section("schedule", dict), problems)
    topics = tuple(t for slug, r in section("topics", dict).items() if (t := _topic(slug, r, problems)))
    sources = _sources(section("sources", list), base, {t.slug for t in topics}, problems)
    if problems.items:
        raise ConfigError(path, problems.items)
    websub = _websub(section("websub", dict), problems)
    web = _web(section("web", dict), problems)
    model_path = _classifier(section("classifier", dict), base, problems)
    if problems.items:
        raise ConfigError(path, problems.items)
    return Config(path=str(Path(path).resolve()), service=service, schedule=ScheduleConfig(**schedule_values),
                  sources=tuple(sources), topics=topics, websub=websub, web=web,
                  topic_model_path=model_path)


def config_path(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    return env.get("FEEDS_CONFIG") or DEFAULT_CONFIG


def load_config(path: str | None = None, env: dict[str, str] | None = None) -> Config:
    """Read and parse the config file (`FEEDS_CONFIG` or ./config.toml when `path` is None)."""
    path = path or config_path(env)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(path, [f"cannot read the file: {e}"]) from e
    return parse_config(text, path, env)
