"""feeds: a self-hosted feed service for press releases.

Folders of release files and web pages go in; Atom and RSS feeds per topic come out.
The package is laid out one room per concern (see README.md, "Code layout"). Rooms import downwards:
http (the network edge) and normalise know nothing of the others; sources read through http; store
speaks SQL; ingest, the one run routine, ties sources, normalise and store together; web reads the
store and never imports ingest (its admin trigger is handed in by the composition roots: cli, wsgi).
tests/test_architecture.py checks the rules that can be checked: no import cycle, web never imports
ingest, only http opens connections, no module over 700 lines.
"""

__version__ = "0.1.0"
