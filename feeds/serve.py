"""`feeds serve`: the production server on its own.

On POSIX a pre-forking gunicorn arbiter runs `workers` processes (default: one per core), each with
its own app and store, loaded after the fork; the scheduler runs in exactly one dedicated child
process (`python -m feeds.serve scheduler ...`), started when the arbiter is ready and stopped when
it exits, never once per worker. SIGHUP reloads gracefully (the config file is read again, new
workers and a new scheduler start, old workers finish their requests); SIGTERM stops cleanly.
Where gunicorn cannot run (not POSIX, or not installed), waitress serves threads in one process
with the scheduler beside them, as before.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServeOptions:
    config_path: str
    host: str
    port: int
    workers: int
    threads: int
    ingest: bool
    verbose: bool


def default_workers() -> int:
    return os.cpu_count() or 1


def gunicorn_available() -> bool:
    if os.name != "posix":
        return False
    try:
        import gunicorn.app.base  # noqa: F401
    except ImportError:
        return False
    return True


def bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def load_serving(options: ServeOptions, warn: bool = True):  # type: ignore[no-untyped-def]
    """(config, store, app) as one worker serves them: the config file read now, links to its own address."""
    from .cli import serving_config
    from .config import load_config
    from .ingest import start_in_background
    from .normalise.classifier import load_classifier
    from .store import Store
    from .web import create_app
    config = serving_config(load_config(options.config_path), options.host, options.port, warn=warn)
    store = Store.open(config.service.database)
    return config, store, create_app(config, store, load_classifier(config), trigger=start_in_background)


def scheduler_command(options: ServeOptions) -> list[str]:
    args = [sys.executable, "-m", "feeds.serve", "scheduler", "--config", options.config_path,
            "--host", options.host, "--port", str(options.port)]
    return args + (["--verbose"] if options.verbose else [])


class SchedulerProcess:
    """The one scheduler child of the arbiter: started when it is ready, restarted on reload, stopped on exit."""

    def __init__(self, command: list[str]):
        self.command = command
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(self.command)
        log.info("scheduler running in process %d", self.proc.pid)

    def stop(self, timeout: float = 10.0) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            proc.terminate()
            proc.wait(timeout=timeout)
        except ProcessLookupError:
            pass                       # already gone (the arbiter reaps every child it sees exit)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)

    def restart(self) -> None:
        self.stop()
        self.start()


def gunicorn_settings(options: ServeOptions, scheduler: SchedulerProcess | None) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "bind": [bind_address(options.host, options.port)],
        "workers": options.workers,
        "threads": options.threads,
        "worker_class": "gthread" if options.threads > 1 else "sync",
        "loglevel": "info" if options.verbose else "warning",
        "proc_name": "feeds",
        "graceful_timeout": 20,
        "keepalive": 5,
        "preload_app": False,          # each worker opens its own store after the fork
        "control_socket_disable": True,   # gunicorn 24+: no shared ~/.gunicorn socket between instances
        # What is loaded before a fork (the arbiter's imports) and a worker's app once loaded live as long as
        # the process: frozen, the garbage collector never walks them again (less work, and no writes to
        # pages a worker shares with the arbiter). See the gc module's notes on fork.
        "pre_fork": lambda server, worker: gc.freeze(),
        "post_worker_init": lambda worker: gc.freeze(),
    }
    if scheduler is not None:
        settings["when_ready"] = lambda server: scheduler.start()
        settings["on_reload"] = lambda server: scheduler.restart()
        settings["on_exit"] = lambda server: scheduler.stop()
    return settings


def run_gunicorn(options: ServeOptions) -> int:
    from gunicorn.app.base import BaseApplication

    scheduler = SchedulerProcess(scheduler_command(options)) if options.ingest else None
    settings = gunicorn_settings(options, scheduler)

    class FeedsApplication(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in settings.items():
                if key in self.cfg.settings:      # settings a given gunicorn release lacks are left out
                    self.cfg.set(key, value)

        def load(self) -> Callable[..., Any]:
            app = load_serving(options, warn=False)[2]      # the arbiter has warned already
            return app.wsgi_app     # what app(...) calls: the cached path first (CachedFeeds), then Flask

    # The arbiter re-reads nothing but the config file: check it now, so a broken file stops here.
    # Importing the app's modules here (no store, no threads) lets every worker share them after the fork:
    # workers start faster and use less memory.
    from . import ingest, web  # noqa: F401
    from .cli import serving_config
    from .config import load_config
    from .web import admin, feeds, pages, subscribe  # noqa: F401    (the views each worker's app registers)
    config = serving_config(load_config(options.config_path), options.host, options.port)
    share_topic_model(config.topic_model_path)
    log.warning("serving %s on http://%s/ (%d workers)", config.service.title,
                bind_address(options.host, options.port), options.workers)
    FeedsApplication().run()
    return 0


def share_topic_model(path: str) -> None:
    """Parse the topic model once in the arbiter: every worker's `load_classifier` then finds it parsed
    (`read_model` keeps it by path, size and modification time) and shares its pages after the fork instead
    of holding a copy of its own. A model that cannot be read is left to the workers, which report it."""
    from .normalise.classifier import read_model
    if path:
        with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
            read_model(path)


def run_waitress(options: ServeOptions) -> int:
    import waitress

    from .coordination import yielding_cpu
    from .schedule import start_scheduler
    config, store, app = load_serving(options)
    with yielding_cpu():              # readers come first: the scheduler's threads inherit the lower priority
        scheduler = start_scheduler(config, store, app.extensions["feeds.classifier"]) if options.ingest else None

    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, _stop)
    log.warning("serving %s on http://%s/ (waitress, %d threads)", config.service.title,
                bind_address(options.host, options.port), options.threads)
    try:
        waitress.serve(app, host=options.host, port=options.port, threads=max(options.threads, 1), ident="feeds",
                       _quiet=not options.verbose)
    except KeyboardInterrupt:
        pass
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        store.close()
    return 0


def serve(options: ServeOptions) -> int:
    return run_gunicorn(options) if gunicorn_available() else run_waitress(options)


def run_scheduler(options: ServeOptions, grace: float = 5.0) -> int:
    """The scheduler child: ticks until SIGTERM (or SIGINT), then stops without starting another run. A
    run in progress gets `grace` seconds to finish; then the process ends anyway (each batch is its own
    transaction and a source's lease expires, so the next run picks up where this one stopped)."""
    from .coordination import yielding_cpu
    with yielding_cpu():              # the whole process is background work: the workers' readers come first
        return _schedule(options, grace)


def _schedule(options: ServeOptions, grace: float) -> int:
    from .cli import serving_config
    from .config import load_config
    from .normalise.classifier import load_classifier
    from .schedule import start_scheduler
    from .store import Store
    config = serving_config(load_config(options.config_path), options.host, options.port, warn=False)
    store = Store.open(config.service.database, readers=False)     # the workers serve; this process ingests
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda s, f: stop.set())
    scheduler = start_scheduler(config, store, load_classifier(config))
    try:
        while not stop.wait(3600):
            pass
    finally:
        closing = threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, daemon=True)
        closing.start()
        closing.join(grace)
        if closing.is_alive():
            log.warning("scheduler stopping with an ingestion still running; the next run resumes it")
            logging.shutdown()
            os._exit(0)
        store.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m feeds.serve")
    parser.add_argument("role", choices=["scheduler"])
    parser.add_argument("--config", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    options = ServeOptions(config_path=args.config, host=args.host, port=args.port, workers=0, threads=0,
                           ingest=True, verbose=args.verbose)
    return run_scheduler(options)


if __name__ == "__main__":
    sys.exit(main())
