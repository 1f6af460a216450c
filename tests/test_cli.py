"""The `feeds` command as people run it: `feeds ingest` in a terminal (a pseudo-terminal, so the progress
bar is drawn), `feeds serve` on another port with and without `service.base_url`, `feeds extract`
without a config, and the run report naming what was skipped."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from lxml import etree

from .conftest import SEED, Env, free_port, write_config
from .feedtools import get, stop, wait_healthy

ATOM = "{http://www.w3.org/2005/Atom}"


def run_in_terminal(args: list[str], cwd: Path, size: tuple[int, int], timeout: float = 60) -> tuple[int, bytes]:
    """Run a command with a pseudo-terminal of `size` (rows, columns) as stdin, stdout and stderr;
    (exit code, everything it wrote)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
    proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, close_fds=True)
    os.close(slave)
    out = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:        # the terminal closed: the process has ended
                    chunk = b""
                if not chunk:
                    break
                out += chunk
            elif proc.poll() is not None:
                break
        else:
            proc.kill()
        return proc.wait(timeout=10), bytes(out)
    finally:
        os.close(master)


@pytest.mark.parametrize("size", [(24, 100), (0, 0)], ids=["sized", "no-size"])   # (0, 0): `script`, a bare pty
def test_feeds_ingest_in_a_terminal_draws_its_bar_and_exits_0(env: Env, size: tuple[int, int]) -> None:
    other = env.root / "other"
    other.mkdir()
    shutil.copy(SEED, other / "seed.txt")
    config = write_config(env.root, {"asean": env.releases, "other": other}, database=env.database)
    code, out = run_in_terminal([sys.executable, "-m", "feeds.cli", "--config", str(config), "ingest"], env.root, size)
    text = out.decode("utf-8", errors="replace")
    assert code == 0, text
    assert "\ringest:   0%|" in text and "| 1/2 [" in text and "source/s]" in text    # tqdm's bar, drawn
    assert "source=asean status=ok new=1" in text and "source=other status=ok new=1" in text


@contextmanager
def serving(config: Path, port: int, timeout: float = 30) -> Iterator[Path]:
    """`feeds serve --port PORT --no-ingest` in its own process until the block ends; yields its log file."""
    log = config.parent / f"serve-{port}.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "feeds.cli", "--config", str(config), "serve", "--port",
                                 str(port), "--no-ingest"], cwd=config.parent, stdout=subprocess.DEVNULL, stderr=err)
    try:
        wait_healthy(port, proc, timeout, "feeds serve", log)
        yield log
    finally:
        stop(proc)


def without_base_url(config: Path) -> Path:
    text = "\n".join(line for line in config.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("base_url"))
    config.write_text(text, encoding="utf-8")
    return config


def test_serve_without_base_url_links_to_the_port_it_listens_on(env: Env) -> None:
    env.ingest()
    port = free_port()
    config = without_base_url(env.config_path)
    with serving(config, port) as log:
        status, _, body = get(f"http://127.0.0.1:{port}/feeds/all.atom")
        assert status == 200
        root = etree.fromstring(body)
        self_link = root.find(f"{ATOM}link[@rel='self']")
        assert self_link is not None and self_link.get("href") == f"http://127.0.0.1:{port}/feeds/all.atom"
        entry_links = [link.get("href") for link in root.iter(f"{ATOM}link") if "/releases/" in link.get("href", "")]
        assert entry_links and all(h.startswith(f"http://127.0.0.1:{port}/releases/") for h in entry_links)
        _, _, opml = get(f"http://127.0.0.1:{port}/opml")
        urls = [o.get("xmlUrl") for o in etree.fromstring(opml).iter("outline")]
        assert urls and all(u.startswith(f"http://127.0.0.1:{port}/feeds/") for u in urls)
        assert b":8000" not in body + opml
    assert "base_url" not in log.read_text()     # nothing to warn about


def test_serve_warns_once_when_base_url_is_another_address(env: Env) -> None:
    env.ingest()
    port = free_port()
    with serving(env.config_path, port) as log:       # the config says base_url = http://127.0.0.1:8000
        _, _, body = get(f"http://127.0.0.1:{port}/feeds/all.atom")
        assert b"http://127.0.0.1:8000/feeds/all.atom" in body           # the configured address wins
    err = log.read_text()
    warnings = [line for line in err.splitlines() if "service.base_url" in line]
    assert len(warnings) == 1 and f"127.0.0.1:{port}" in warnings[0] and "http://127.0.0.1:8000" in warnings[0]


def test_extract_works_without_a_config_file(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "release.txt")
    env = {k: v for k, v in os.environ.items() if k != "FEEDS_CONFIG"}
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "extract", "release.txt"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["title"].startswith("ASEAN, UN reaffirm") and out["published"].startswith("2018-04-10")
    assert "default settings" in r.stderr
    # a config named but missing is still an error
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", "nope.toml", "extract", "release.txt"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "nope.toml" in r.stderr


def test_the_run_report_names_skipped_files_and_why(env: Env) -> None:
    """The run line, /sources and /health name each skipped file with its reason, up to 20 and then a
    count, with paths relative to the source folder (never the server's absolute paths)."""
    from feeds.web import create_app
    (env.releases / "sub").mkdir()
    (env.releases / "sub" / "empty.txt").write_bytes(b"")
    (env.releases / "notes.xlsx").write_bytes(b"PK\x03\x04 whatever")
    for n in range(22):
        (env.releases / f"z-blank-{n:02d}.md").write_text("\n\n  \n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(env.config_path), "ingest"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "source=asean status=ok new=1 updated=0 unchanged=0 skipped=24 failed=0" in lines
    named = [line for line in lines if line.startswith("  skipped ")]
    assert len(named) == 20
    assert "  skipped notes.xlsx: unsupported file type .xlsx" in named
    assert "  ... and 4 more (see /sources)" in lines
    client = create_app(env.config, env.store).test_client()
    run = client.get("/health").get_json()["sources"]["asean"]["last_run"]
    assert run["skipped"] == 24 and len(run["items"]) == 20 and run["items_not_listed"] == 4
    assert {"what": "skipped", "origin": "notes.xlsx", "reason": "unsupported file type .xlsx"} in run["items"]
    page = client.get("/sources").get_data(as_text=True).replace("<wbr>", "")   # file names wrap at separators
    assert "notes.xlsx" in page and "unsupported file type .xlsx" in page and "and 4 more" in page
    root = str(env.root)
    assert root not in r.stdout and root not in json.dumps(run) and root not in page


def test_a_missing_folder_is_reported_without_its_absolute_path(env: Env) -> None:
    from feeds.web import create_app
    gone = env.root / "gone-folder"
    config = write_config(env.root, {"asean": env.releases, "gone": gone}, database=env.database)
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(config), "ingest"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "sources.gone.path does not exist" in r.stdout
    assert str(gone) not in r.stdout
    from feeds.config import load_config
    health = create_app(load_config(str(config), env={}), env.store).test_client().get("/health").get_json()
    assert "does not exist" in health["sources"]["gone"]["last_run"]["error"]
    assert str(env.root) not in json.dumps(health)

