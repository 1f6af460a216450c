"""feeds: a self-hosted feed service for press releases.

Folders of release files and web pages go in; Atom and RSS feeds per topic come out.
The package is laid out one room per concern (see README.md, "Code layout").
"""

__version__ = "0.1.0"
