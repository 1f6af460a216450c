"""Worker of the bad-files group: reads and normalises each named file of a source folder in its own
forked child, and prints one JSON line per file with the child's CPU time and peak memory.

Run as `python -m tests.battery.filework ROOT SECRET FILE...`. Each child:
- watches every `open` (audit hook) and reports any path inside SECRET (a folder outside ROOT);
- has a hard CPU limit of 5 s, so a runaway case ends as a failure instead of hanging the suite.
The parent measures the child with `os.wait4` (user + system CPU time, peak RSS) and reports the
peak RSS above its own at fork time: what the file cost, not the interpreter's baseline.
"""
from __future__ import annotations

import gc
import json
import os
import resource
import sys
from datetime import datetime, timezone
from pathlib import Path


def _child(path: Path, root: Path, secret: str, out: int) -> None:
    touched: list[str] = []

    def audit(event: str, args: tuple) -> None:  # type: ignore[type-arg]
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            name = os.fsdecode(args[0])
            try:
                real = os.path.realpath(name)
            except (OSError, ValueError):
                real = name
            if real.startswith(secret) or name.startswith(secret):
                touched.append(name)
    sys.addaudithook(audit)
    resource.setrlimit(resource.RLIMIT_CPU, (5, 5))
    from feeds.config import SourceConfig
    from feeds.errors import SkipFile
    from feeds.normalise import normalise
    from feeds.normalise.classifier import Classifier
    from feeds.sources.folder import release_from_file
    source = SourceConfig(id="bad", name="Bad files", kind="folder", path=str(root))
    result: dict[str, object] = {"file": path.relative_to(root).as_posix()}
    try:
        raw = release_from_file(path, root)
        release = normalise(raw, source, Classifier(()), datetime.now(timezone.utc), "http://127.0.0.1:8000")
        result.update(outcome="stored", title=release.title[:80], published=release.published.isoformat(),
                      estimated=release.published_estimated)
    except SkipFile as e:
        result.update(outcome="skipped", reason=str(e))
    except BaseException as e:   # a crash is a finding: reported, never hidden
        result.update(outcome="crashed", reason=f"{e.__class__.__name__}: {e}"[:300])
    result["secret_opened"] = touched
    os.write(out, (json.dumps(result) + "\n").encode())


def main(argv: list[str]) -> int:
    root, secret, names = Path(argv[0]), argv[1], argv[2:]
    # import everything before forking: each child then pays only for its own file
    import tempfile
    from feeds.config import SourceConfig
    from feeds.normalise import normalise
    from feeds.normalise.classifier import Classifier
    from feeds.sources.folder import release_from_file
    with tempfile.TemporaryDirectory() as warm:      # lazy initialisations (models, regexes) happen once, here
        text = "Ministers meet on trade\n\n3 March 2021\n\nGENEVA, 3 March 2021 - Trade ministers met.\n"
        (Path(warm) / "warm.txt").write_text(text)
        (Path(warm) / "warm.html").write_text(     # the HTML path's own (article extraction, its libraries)
            "<html><head><title>Ministers meet on trade</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article><h1>Ministers meet on trade</h1><time datetime='2021-03-03'>3 March 2021</time>"
            "<p>GENEVA, 3 March 2021 - Trade ministers met.</p><p>They agreed on tariffs.</p></article></body></html>")
        for sample in sorted(Path(warm).iterdir()):
            normalise(release_from_file(sample, Path(warm).resolve()), SourceConfig(id="w", name="w", kind="folder",
                      path=warm), Classifier(()), datetime.now(timezone.utc))
    # the children's collections skip what this process built (models, modules): each child's CPU time is
    # its own file's, not a walk of the inherited heap (gc.freeze is the documented way before fork)
    gc.freeze()
    base_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for name in names:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            try:
                _child(root / name, root, secret, write)
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as f:
            data = f.read()
        _, status, usage = os.wait4(pid, 0)
        line = json.loads(data) if data.strip() else {"file": name, "outcome": "crashed",
                                                      "reason": f"child ended with status {status}"}
        line["cpu_s"] = round(usage.ru_utime + usage.ru_stime, 4)
        line["peak_mb"] = round(usage.ru_maxrss / 1024, 1)
        line["extra_mb"] = round(max(0, usage.ru_maxrss - base_rss_kb) / 1024, 1)
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
