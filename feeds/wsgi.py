"""WSGI entry point for production servers (e.g. `gunicorn feeds.wsgi:app`): reads FEEDS_CONFIG."""
from .config import load_config
from .ingest import start_in_background
from .web import create_app

app = create_app(load_config(), trigger=start_in_background)
