"""HTTP abuse: schemathesis cases generated from docs/openapi.yaml (served at /openapi.yaml) against the
WSGI app; oversized and malformed requests and parameter floods against the live waitress server on
127.0.0.1; admin tokens missing, wrong, near-miss and non-ASCII. 4xx as fits, never a server error."""
from __future__ import annotations

import hmac
import json
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from schemathesis.generation.modes import GenerationMode
from hypothesis import HealthCheck, given, settings

from feeds.config import load_config
from feeds.coordination import ingest_lock, lock_path
from feeds.ingest import run_ingest, start_in_background
from feeds.store import Store
from feeds.web import create_app

from ..conftest import ROOT as REPO, free_port
from ..feedtools import get
from .common import folder_config, record, size

TOKEN = "s3cret-admin-token-0123456789"


def make_app(tmp_path: Path, token: str = TOKEN, port: int = 8000):  # type: ignore[no-untyped-def]
    import shutil
    releases = tmp_path / "releases"
    if not releases.exists():
        shutil.copytree(REPO / "sources" / "asean", releases)
    path = folder_config(tmp_path, {"asean": releases}, port=port)
    if token:
        path.write_text(path.read_text().replace("[service]\n", f'[service]\nadmin_token = "{token}"\n', 1))
    config = load_config(str(path), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    return config, store, create_app(config, store, trigger=start_in_background)


def join_admin_runs(app) -> None:  # type: ignore[no-untyped-def]
    for thread in app.extensions.get("feeds.admin_runs", []):
        thread.join(60)


@pytest.mark.long
def test_schemathesis_cases(tmp_path: Path) -> None:
    config, store, app = make_app(tmp_path)
    schema = schemathesis.openapi.from_wsgi("/openapi.yaml", app)
    per_operation = size(200, 2000)      # per operation and mode: valid requests, then schema-breaking ones
    statuses: Counter[int] = Counter()
    errors: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(max_examples=per_operation, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(mode))
            def run(case) -> None:  # type: ignore[no-untyped-def]
                headers = {"Authorization": f"Bearer {TOKEN}"} if "admin" in case.path and case.headers is None else None
                response = case.call(app=app, headers=headers)
                statuses[response.status_code] += 1
                if response.status_code >= 500:
                    errors.append(f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}")
            try:
                run()
            except Exception as e:     # a mode schemathesis cannot generate for this operation (no parameters)
                if "Unsatisfiable" not in type(e).__name__ and "negative" not in str(e).lower():
                    raise
    join_admin_runs(app)
    store.close()
    cases = sum(statuses.values())
    record("http abuse (schemathesis)", operations=operations, cases=cases,
           server_errors=sum(n for s, n in statuses.items() if s >= 500),
           statuses=dict(sorted(statuses.items())))
    assert cases >= 1000
    assert errors == [], errors[:10]


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[tuple[str, object]]:
    from waitress.server import create_server
    port = free_port()
    config, store, app = make_app(tmp_path, port=port)
    server = create_server(app, host="127.0.0.1", port=port, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", app
    join_admin_runs(app)
    server.close()
    for channel in list(server._map.values()):
        channel.close()
    thread.join(timeout=5)
    server.task_dispatcher.shutdown()
    store.close()


def raw_request(port: int, data: bytes) -> int:
    """Send raw bytes; the status code of the answer (0: the server closed the connection)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        answer = b""
        while len(answer) < 64:
            chunk = s.recv(4096)
            if not chunk:
                break
            answer += chunk
    parts = answer.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def test_abuse_and_admin_on_the_live_server(live_server, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    base, app = live_server
    port = int(base.rsplit(":", 1)[1])
    results: list[tuple[str, int]] = []

    def check(name: str, status: int, allowed: tuple[int, ...]) -> None:
        results.append((name, status))
        assert status in allowed, (name, status)
    check("openapi served", get(base + "/openapi.yaml")[0], (200,))
    check("huge query", get(base + "/feeds/all.atom?q=" + "a" * 60_000)[0], (400, 414, 431))
    check("source flood", get(base + "/feeds/all.atom?" + "&".join(["source=asean"] * 5000))[0], (200, 301, 400))
    check("unknown source flood", get(base + "/feeds/all.atom?" + "&".join(f"source=s{i}" for i in range(3000)))[0], (400,))
    check("parameter flood", get(base + "/feeds/all.atom?" + "&".join(f"p{i}={i}" for i in range(5000)))[0], (301, 400))
    check("bad percent", get(base + "/feeds/all.atom?q=%ZZ%")[0], (200, 301, 400))
    check("bad utf-8", get(base + "/feeds/all.atom?q=%ff%fe")[0], (200, 301, 400))
    check("nul in query", get(base + "/feeds/all.atom?q=a%00b")[0], (200, 301, 400))
    check("bad limit", get(base + "/feeds/all.atom?limit=99999999999999999999")[0], (400,))
    check("bad date", get(base + "/feeds/all.atom?since=2021-02-31")[0], (400,))
    check("bad cursor", get(base + "/feeds/all.atom?before=99999999T999999999999Z-1")[0], (400,))
    check("long path", get(base + "/topics/" + "x" * 50_000)[0], (404, 414, 431))
    check("bad uuid", get(base + "/releases/../../etc/passwd")[0], (404,))
    check("huge header", raw_request(port, b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 300_000 + b"\r\n\r\n"), (0, 400, 431))
    check("garbage request line", raw_request(port, b"\x16\x03\x01\x00\xa5garbage\r\n\r\n"), (0, 400))
    check("bad method", raw_request(port, b"BREW /feeds/all.atom HTTP/1.1\r\nHost: x\r\n\r\n"), (405, 501))
    check("http/0.9", raw_request(port, b"GET /\r\n\r\n"), (0, 200, 400, 505))   # waitress answers it as 1.0
    check("bad content-length", raw_request(port, b"POST /admin/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"), (0, 400, 401))
    check("post to feed", get(base + "/feeds/all.atom", method="POST")[0], (405,))
    # admin: on with a token
    compared: list[int] = []
    real = hmac.compare_digest
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: (compared.append(1), real(a, b))[1])
    check("admin no token", get(base + "/admin/ingest", method="POST")[0], (401,))
    check("admin basic auth", get(base + "/admin/ingest", {"Authorization": "Basic YTpi"}, method="POST")[0], (401,))
    check("admin empty bearer", get(base + "/admin/ingest", {"Authorization": "Bearer "}, method="POST")[0], (401,))
    for n, wrong in enumerate([TOKEN[:-1], TOKEN + "x", TOKEN.upper(), "x" * 10_000, TOKEN[:-1] + "\u00e9"]):
        header = f"Bearer {wrong}".encode("utf-8").decode("latin-1")
        check(f"admin wrong token {n}", get(base + "/admin/ingest", {"Authorization": header}, method="POST")[0], (403,))
    check("admin get", get(base + "/admin/ingest", {"Authorization": f"Bearer {TOKEN}"})[0], (405,))
    check("admin unknown source", get(base + "/admin/ingest/nope", {"Authorization": f"Bearer {TOKEN}"}, method="POST")[0], (404,))
    config = app.extensions["feeds.config"]
    with ingest_lock(lock_path(config.service.database)):
        check("admin while locked", get(base + "/admin/ingest", {"Authorization": f"Bearer {TOKEN}"}, method="POST")[0], (409,))
    status, _, body = get(base + "/admin/ingest/asean", {"Authorization": f"Bearer {TOKEN}"}, method="POST")
    check("admin ingest", status, (202,))
    assert json.loads(body)["sources"] == ["asean"]
    join_admin_runs(app)
    assert compared, "tokens are compared with hmac.compare_digest"
    record("http abuse (requests)", requests=len(results), server_errors=sum(s >= 500 for _, s in results),
           admin_checks=sum(n.startswith("admin") for n, _ in results))


def test_admin_is_off_without_a_token(tmp_path: Path) -> None:
    config, store, app = make_app(tmp_path, token="")
    client = app.test_client()
    try:
        for path in ("/admin/ingest", "/admin/ingest/asean", "/admin/ingest/nope"):
            for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer anything"}):
                assert client.post(path, headers=headers).status_code == 404
    finally:
        store.close()
