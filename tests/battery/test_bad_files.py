"""Bad files: at least 60 generated hostile files, each stored or skipped with a reason, none crashing a
run, each read and normalised in under 2 s of CPU and 256 MB (measured per file in a forked child),
and nothing outside the source folder read (an audit hook watches every open)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path


from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.store import Query, Store

from .badfiles import SECRET_MARK, TEXT_OK, generated
from .common import ROOT, folder_config, record

CPU_BUDGET_S = 2.0
MEMORY_BUDGET_MB = 256



def make_folder(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """The source folder with every generated case, links and special files; and the secret outside it."""
    secret_dir = tmp_path / "secret"
    secret_dir.mkdir()
    secret = secret_dir / "passwords.txt"
    secret.write_text(f"Secret title {SECRET_MARK}\n\n{SECRET_MARK} body text of the secret file.\n")
    (secret_dir / "inner.txt").write_text(f"Inner {SECRET_MARK}\n\n{SECRET_MARK} inner body.\n")
    root = tmp_path / "releases"
    (root / "sub").mkdir(parents=True)
    for name, data in generated(str(secret)):
        (root / name).write_bytes(data)
    links = {
        "link-to-secret.txt": secret,
        "link-relative-out.txt": Path("..") / "secret" / "passwords.txt",
        "sub/link-up-two.txt": Path("..") / ".." / "secret" / "passwords.txt",
        "link-to-secret-dir": secret_dir,
        "link-chain.txt": root / "link-to-secret.txt",
        "link-broken.txt": tmp_path / "does-not-exist.txt",
        "link-dev-zero.txt": Path("/dev/zero"),
        "link-proc-environ.txt": Path("/proc/self/environ"),
        "link-loop.txt": root / "link-loop.txt",
    }
    for name, target in links.items():
        os.symlink(target, root / name)
    (root / "inside-link.txt").symlink_to(root / "truncated-utf8-0.txt")      # a link that stays inside: fine
    os.mkfifo(root / "fifo.txt")
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                   if p.is_symlink() or not p.is_dir())
    return root, secret_dir, names


def run_worker(root: Path, secret_dir: Path, names: list[str]) -> list[dict]:
    proc = subprocess.run([sys.executable, "-m", "tests.battery.filework", str(root), str(secret_dir), *names],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def least_cpu(root: Path, secret_dir: Path, results: list[dict], tries: int = 2) -> list[dict]:
    """The files over the CPU budget, each measured again (at most `tries` more times, stopping once under
    it) with its least CPU time kept: other processes on the same cores (a loaded machine, the parallel
    test workers) inflate a child's CPU time; a file that truly costs more stays over on every try."""
    slow = [r for r in results if r["cpu_s"] >= CPU_BUDGET_S]
    for _ in range(tries):
        if not slow:
            break
        again = {r["file"]: r["cpu_s"] for r in run_worker(root, secret_dir, [r["file"] for r in slow])}
        slow = [{**r, "cpu_s": min(r["cpu_s"], again[r["file"]])} for r in slow]
        slow = [r for r in slow if r["cpu_s"] >= CPU_BUDGET_S]
    return slow


def test_bad_files(tmp_path: Path) -> None:
    root, secret_dir, names = make_folder(tmp_path)
    assert len(names) >= 60
    results = run_worker(root, secret_dir, names)
    by_file = {r["file"]: r for r in results}
    assert len(results) == len(names)
    crashed = [r for r in results if r["outcome"] == "crashed"]
    no_reason = [r for r in results if r["outcome"] == "skipped" and not r.get("reason")]
    slow = least_cpu(root, secret_dir, results)
    heavy = [r for r in results if r["extra_mb"] >= MEMORY_BUDGET_MB]
    leaked = [r for r in results if r["secret_opened"] or SECRET_MARK in r.get("title", "")]
    stored = sum(r["outcome"] == "stored" for r in results)
    skipped = sum(r["outcome"] == "skipped" for r in results)

    # the whole folder in one real ingestion run, while one file vanishes and another grows
    vanishing, growing = root / "vanishing.txt", root / "growing.txt"
    vanishing.write_text(TEXT_OK)
    growing.write_text(TEXT_OK)
    stop = threading.Event()

    def churn() -> None:          # bounded: at most 3 s and 30 MB
        started = time.monotonic()
        vanishing.unlink()
        with growing.open("a") as f:
            while not stop.is_set() and time.monotonic() - started < 3 and f.tell() < 30 * 1024 * 1024:
                f.write("more words about trade " * 4096)
                f.flush()
    config = load_config(str(folder_config(tmp_path, {"bad": root})), env={})
    store = Store.open(config.service.database)
    from feeds.sources import folder
    listed = folder.list_files(root.resolve())
    real_walk = folder.walk_files
    thread = threading.Thread(target=churn)
    try:
        # the listing is taken first, then the files change: the race a real folder has
        folder.walk_files = lambda r: (thread.start(), iter(listed))[1]  # type: ignore[assignment]
        reports = run_ingest(config, store)
    finally:
        folder.walk_files = real_walk  # type: ignore[assignment]
        stop.set()
        if thread.is_alive() or thread.ident is not None:
            thread.join(10)
    report = reports[0]
    items = store.releases(Query(limit=500))
    dump = json.dumps([[i.release.title, i.release.body_text, i.release.body_html] for i in items])
    store.close()
    accounted = report.new + report.updated + report.unchanged + report.skipped
    reasons = dict(report.skipped_reasons)

    record("bad files", cases=len(names), stored=stored, skipped=skipped, crashed=len(crashed),
           skipped_without_reason=len(no_reason), over_2s=len(slow), over_256mb=len(heavy),
           max_cpu_s=max(r["cpu_s"] for r in results), max_extra_mb=max(r["extra_mb"] for r in results),
           outside_reads=len(leaked), run_ok=report.ok, run_accounted=f"{accounted}/{len(listed)}")

    assert crashed == [], crashed
    assert no_reason == []
    assert slow == [], [(r["file"], r["cpu_s"]) for r in slow]
    assert heavy == [], [(r["file"], r["extra_mb"]) for r in heavy]
    assert leaked == [], leaked
    assert SECRET_MARK not in dump
    assert report.ok and report.failed == 0, report
    assert accounted == len(listed), (accounted, len(listed), report)
    assert all(reason for reason in reasons.values())
    assert "vanish" in reasons.get("vanishing.txt", "") or "cannot" in reasons.get("vanishing.txt", "")
    # links out of the folder are refused, whatever their form
    for name in ("link-to-secret.txt", "link-relative-out.txt", "sub/link-up-two.txt", "link-chain.txt",
                 "link-dev-zero.txt", "link-proc-environ.txt"):
        assert by_file[name]["outcome"] == "skipped", name
    assert by_file["inside-link.txt"]["outcome"] in ("stored", "skipped")
    # impossible and implausible dates are never stored as dates: the release gets an estimated one
    for r in results:
        if r["file"].startswith("date-") and r["outcome"] == "stored":
            assert r["estimated"], r
    for name in ("billion-laughs.html", "billion-laughs.htm"):
        assert "lollollol" not in by_file[name].get("title", ""), by_file[name]
