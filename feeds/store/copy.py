"""Copy a whole archive from one database to another (e.g. SQLite to PostgreSQL), ids and dates kept.

Every table is copied row by row in key order, primary keys included, so entry ids, permalinks,
`updated` instants, topics, runs and web sources' memory are exactly as they were; leases are not
(nobody holds a source in the new database). The destination must be empty.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table, delete, func, insert, select, text

from ..errors import StoreError
from . import Store
from .schema import (http_state, instants, meta, origins, release_countries, release_groups, release_topics, releases,
                     runs)

TABLES: tuple[Table, ...] = (meta, releases, instants, origins, release_topics, release_countries, release_groups, runs,
                             http_state)
BATCH = 500


def copy_archive(source_url: str, target_url: str, progress: Callable[[str, int], None] | None = None
                 ) -> dict[str, int]:
    """Copy every row of the archive at `source_url` into the empty archive at `target_url`."""
    src, dst = Store.open(source_url), Store.open(target_url)
    try:
        if dst.count():
            raise StoreError(f"the destination already holds {dst.count()} releases: copy only into an empty archive")
        counts: dict[str, int] = {}
        with src.engine.connect() as s, dst.engine.begin() as d:
            d.execute(delete(meta))
            for table in TABLES:
                order = [c for c in table.primary_key.columns]
                rows = s.execute(select(table).order_by(*order)).mappings()
                n = 0
                batch: list[dict[str, object]] = []
                for row in rows:
                    batch.append(dict(row))
                    if len(batch) == BATCH:
                        d.execute(insert(table), batch)
                        n += len(batch)
                        batch = []
                if batch:
                    d.execute(insert(table), batch)
                    n += len(batch)
                counts[table.name] = n
                if progress:
                    progress(table.name, n)
            if d.dialect.name == "postgresql":
                for table, column in ((releases, "pk"), (runs, "id")):
                    top = d.execute(select(func.max(table.c[column]))).scalar()
                    if top:
                        d.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column}'), :top)"),
                                  {"top": top})
        return counts
    finally:
        src.close()
        dst.close()
