"""Config: every problem reported at once, with dotted keys and the file name; `feeds check` exit codes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from feeds.config import load_config, parse_config
from feeds.errors import ConfigError

GOOD = """
[service]
title = "T"
base_url = "http://127.0.0.1:8000/"
database = "sqlite:///var/x.db"
page_size = 20

[schedule]
every_minutes = 5

[[sources]]
id = "asean"
name = "ASEAN"
kind = "folder"
path = "sources/asean"

[topics.health]
name = "Health"
keywords = ["health"]
"""


def test_good_config_resolves_paths_relative_to_the_file(tmp_path: Path) -> None:
    cfg = parse_config(GOOD, str(tmp_path / "config.toml"), env={})
    assert cfg.service.base_url == "http://127.0.0.1:8000"
    assert cfg.service.database == f"sqlite:///{tmp_path / 'var' / 'x.db'}"
    assert cfg.sources[0].path == str(tmp_path / "sources" / "asean")
    assert cfg.schedule.every_minutes == 5
    assert cfg.topics[0].slug == "health" and cfg.topics[0].keywords == ("health",)


def test_environment_overrides_database(tmp_path: Path) -> None:
    cfg = parse_config(GOOD, str(tmp_path / "c.toml"), env={"FEEDS_DATABASE_URL": "postgresql+psycopg://u@h/db"})
    assert cfg.service.database == "postgresql+psycopg://u@h/db"


def test_every_problem_is_reported_with_its_key(tmp_path: Path) -> None:
    bad = GOOD.replace("page_size = 20", "page_size = 900\npage_sise = 3").replace(
        'id = "asean"', 'id = "Bad Id"').replace("every_minutes = 5", "every_minutes = 0")
    bad += '\n[topics.trade]\nname = "Trade"\nkeywords = []\n[[sources]]\nid = "x"\nname = "X"\nkind = "ftp"\n'
    with pytest.raises(ConfigError) as info:
        parse_config(bad, "/etc/feeds/config.toml", env={})
    text = str(info.value)
    for expected in ["service.page_sise: unknown key", "service.page_size: must be between 1 and 500",
                     "sources[0].id", "schedule.every_minutes", "topics.trade.keywords", "sources.x.kind"]:
        assert expected in text
    assert all(line.startswith("/etc/feeds/config.toml: ") for line in text.splitlines())


@pytest.mark.parametrize("snippet, key", [
    ('[service]\npage_size = "50"\n', "service.page_size: expected int"),
    ('[service]\nbase_url = "ftp://x"\n', "service.base_url"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "folder"\n', "sources.a.path"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "page"\nurl = "x"\n', "sources.a.url"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "page"\nurl = "http://x"\ninclude = ["("]\n', "sources.a.include"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "page"\nurl = "http://x"\ntimezone = "Mars/Base"\n', "sources.a.timezone"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "page"\nurl = "http://x"\ntopics = ["nope"]\n', "sources.a.topics"),
    ('[topics.all]\nname = "All"\nkeywords = ["x"]\n', "topics.all"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "folder"\npath = "x"\n[[sources]]\nid = "a"\nname = "B"\nkind = "folder"\npath = "y"\n', "sources[1].id"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "feed"\nurl = "http://"\n', "sources.a.url"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "feed"\nurl = "http://x.org:99999/feed"\n', "sources.a.url"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "page"\nurl = "https://ex ample.org/news"\n', "sources.a.url"),
    ('[[sources]]\nid = "a"\nname = "A"\nkind = "page"\nurl = "file:///etc/passwd"\n', "sources.a.url"),
    ("surprise = 1\n", "surprise: unknown key"),
    ('[web]\nreader_subscribe_urls = "https://rss.example.org"\n', "web.reader_subscribe_urls: expected dict"),
    ('[web.reader_subscribe_urls]\nMiniflux = "https://rss.example.org/bookmarklet"\n',
     "web.reader_subscribe_urls.Miniflux: 'https://rss.example.org/bookmarklet' must hold {url} once"),
    ('[web.reader_subscribe_urls]\nFreshRSS = "javascript:alert({url})"\n', "web.reader_subscribe_urls.FreshRSS: "),
    ('[web.reader_subscribe_urls]\nFreshRSS = 3\n', "web.reader_subscribe_urls.FreshRSS: expected a string"),
    ('[web]\nreaders = 1\n', "web.readers: unknown key"),
    ('[schedule]\ntick_seconds = 0\n', "schedule.tick_seconds: must be 1 or more"),
    ("[service\n", "not valid TOML"),
])
def test_single_problems(snippet: str, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(snippet, "c.toml", env={})
    assert key in str(info.value)


def test_reader_subscribe_urls_keep_their_order_and_name_the_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[web.reader_subscribe_urls]\nMiniflux = "https://rss.example.org/bookmarklet?uri={url}"\n'
                      'FreshRSS = "https://fresh.example.org/i/?c=feed&a=add&url_rss={url}"\n')
    cfg = load_config(str(config), env={})
    assert cfg.web.reader_subscribe_urls == (("Miniflux", "https://rss.example.org/bookmarklet?uri={url}"),
                                             ("FreshRSS", "https://fresh.example.org/i/?c=feed&a=add&url_rss={url}"))
    config.write_text('[web.reader_subscribe_urls]\nMiniflux = "rss.example.org"\n')
    with pytest.raises(ConfigError) as info:
        load_config(str(config), env={})
    assert str(config) in str(info.value) and "web.reader_subscribe_urls.Miniflux" in str(info.value)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(str(tmp_path / "nope.toml"), env={})
    assert "nope.toml" in str(info.value)


def test_shipped_config_is_valid() -> None:
    cfg = load_config(str(Path(__file__).resolve().parent.parent / "config.toml"), env={})
    slugs = {t.slug for t in cfg.topics}
    assert {"peace-security", "counter-terrorism", "human-rights", "humanitarian", "disaster-management", "trade",
            "sustainable-development", "health", "environment-climate", "education-youth", "digital-technology",
            "transnational-crime"} <= slugs
    assert len(cfg.sources) >= 4


def test_feeds_check_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "config.toml"
    good.write_text(GOOD)
    run = lambda p: subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(p), "check"],  # noqa: E731
                                   capture_output=True, text=True, timeout=60)
    (tmp_path / "sources" / "asean").mkdir(parents=True)
    assert run(good).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("page_size = 20", "page_sise = 20\nsurplus = 1"))
    r = run(bad)
    assert r.returncode == 2
    assert "service.page_sise" in r.stderr and "service.surplus" in r.stderr and "bad.toml" in r.stderr


def test_feeds_check_looks_at_folders_and_names_sources_by_id(tmp_path: Path) -> None:
    """A folder that does not exist (or is a file) and a URL that does not parse are found by `feeds
    check`, each named by its source id, not by its place in the list."""
    (tmp_path / "plain-file").write_text("not a folder")
    config = tmp_path / "config.toml"
    config.write_text(GOOD + """
[[sources]]
id = "coastal"
name = "Coastal"
kind = "folder"
path = "coastal-releases"

[[sources]]
id = "notes"
name = "Notes"
kind = "folder"
path = "plain-file"
""", encoding="utf-8")
    (tmp_path / "sources" / "asean").mkdir(parents=True)
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(config), "check"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "ok" not in r.stdout
    assert "sources.coastal.path" in r.stderr and "does not exist" in r.stderr
    assert "sources.notes.path" in r.stderr and "is not a folder" in r.stderr
    assert "sources.asean" not in r.stderr and "sources[" not in r.stderr
    config.write_text(GOOD + '[[sources]]\nid = "coastal"\nname = "C"\nkind = "page"\nurl = "http//coastal.example"\n',
                      encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(config), "check"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "sources.coastal.url" in r.stderr
