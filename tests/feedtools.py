"""Helpers of the serving, paging, JSON Feed and WebSub tests: release files, servers in their own
processes (gunicorn, the production server), and small HTTP calls to 127.0.0.1. Standard library only."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_release(folder: Path, name: str, title: str, published: str, body: str, **extra: object) -> None:
    """One JSON release file (see README: .json layout)."""
    data = {"title": title, "published": published, "body": body, **extra}
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def trade_releases(folder: Path, start: int, count: int, year: int = 2019) -> list[str]:
    """`count` releases of the trade topic, one per day from day `start` of `year` (distinct titles)."""
    titles = []
    for n in range(start, start + count):
        month, day = 1 + n // 28, 1 + n % 28
        title = f"Trade ministers meet, round {n}"
        write_release(folder, f"trade-{n:04d}.json", title, f"{year}-{month:02d}-{day:02d}T09:00:00Z",
                      f"Ministers discussed trade and tariffs in round {n}.\n\nA second paragraph about round {n}.")
        titles.append(title)
    return titles


def get(url: str, headers: dict[str, str] | None = None, method: str = "GET",
        timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) without following redirects; errors are answers too."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers.items()), e.read()


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float, what: str, log: Path | None = None) -> None:
    """Wait until `proc` answers 200 on http://127.0.0.1:port/health; RuntimeError naming `what` (with the
    end of its stderr, from `log` or its pipe) when it exits or `timeout` seconds pass first."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if get(f"http://127.0.0.1:{port}/health", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            if log is not None:
                err = log.read_text(encoding="utf-8", errors="replace")
            else:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"{what} did not start on port {port}: {err[-2000:]}")
        time.sleep(0.1)


def stop(proc: subprocess.Popen, timeout: float = 15) -> int | None:
    """SIGTERM, then up to `timeout` seconds for the process to exit: its exit status; killed (and None)
    when it did not stop in time."""
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
        return None


@contextmanager
def gunicorn(config_path: Path, port: int, workers: int = 1, timeout: float = 30) -> Iterator[subprocess.Popen]:
    """`gunicorn feeds.wsgi:app` in its own process on 127.0.0.1:port, until the block ends."""
    env = dict(os.environ, FEEDS_CONFIG=str(config_path))
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", str(workers), "-b", f"127.0.0.1:{port}",
                             "--log-level", "warning", "feeds.wsgi:app"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_healthy(port, proc, timeout, "gunicorn")
        yield proc
    finally:
        stop(proc)
        if proc.stderr:
            proc.stderr.close()
