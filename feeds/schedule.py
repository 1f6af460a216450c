"""In-process scheduling for `feeds serve` (APScheduler 3). The only APScheduler user.

One job ticks at start-up and then every `schedule.tick_seconds` (default 60), and ingests the sources that
are due: each source runs every `every_minutes` of its own (default `schedule.every_minutes`), less often after repeated
failures (see `feeds.due`). A tick that finds another ingestion holding the lock (say, cron)
skips its turn and says so.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

from apscheduler.schedulers.background import BackgroundScheduler

from .config import Config
from .errors import LockBusy
from .ingest import Trigger, run_once
from .normalise.classifier import Classifier
from .store import Store

log = logging.getLogger(__name__)


def scheduled_ingest(config: Config, store: Store, classifier: Classifier | None = None) -> None:
    log.info("scheduler tick in process %d", os.getpid())
    try:
        run_once(config, store, Trigger(only_due=True, classifier=classifier))
    except LockBusy as e:
        log.warning("scheduled ingestion skipped: %s", e)


def start_scheduler(config: Config, store: Store, classifier: Classifier | None = None) -> BackgroundScheduler:
    """Ingest on a schedule, placing releases with `classifier` (the one `feeds serve` built)."""
    scheduler = BackgroundScheduler(timezone=timezone.utc)
    scheduler.add_job(scheduled_ingest, "interval", args=(config, store, classifier),
                      seconds=config.schedule.tick_seconds, next_run_time=datetime.now(timezone.utc), id="ingest",
                      max_instances=1, coalesce=True, misfire_grace_time=None)
    scheduler.start()
    return scheduler
