"""In-process scheduling for `feeds serve` (APScheduler 3). The only APScheduler user.

One job ticks at start-up and then every minute, and ingests the sources that are due: each source
runs every `every_minutes` of its own (default `schedule.every_minutes`), less often after repeated
failures (see `feeds.due`). A tick that finds another ingestion holding the lock (say, cron)
skips its turn and says so.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from apscheduler.schedulers.background import BackgroundScheduler

from .config import Config
from .errors import LockBusy
from .ingest import Trigger, run_once
from .store import Store

log = logging.getLogger(__name__)
TICK_MINUTES = 1


def scheduled_ingest(config: Config, store: Store) -> None:
    try:
        run_once(config, store, Trigger(only_due=True))
    except LockBusy as e:
        log.warning("scheduled ingestion skipped: %s", e)


def start_scheduler(config: Config, store: Store) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(timezone=timezone.utc)
    scheduler.add_job(scheduled_ingest, "interval", args=(config, store), minutes=TICK_MINUTES,
                      next_run_time=datetime.now(timezone.utc), id="ingest", max_instances=1, coalesce=True,
                      misfire_grace_time=None)
    scheduler.start()
    return scheduler
