"""A printed web page's furniture closing a release's notes (a browser's PDF of the page prints it below the release):
its share bar, copyright line, footer links and list of other news, and the release's bracketed reference ("(Release
ID: ...)"); `endmatter` leaves them out of the notes. Pure functions over paragraphs.
"""
from __future__ import annotations

from .contactwords import EMAIL, PHONE
from .endwords import COPYRIGHT, FOOTER_LINKS, MORE_NEWS_HEADING, RELEASE_ID, SHARE_BAR


def ends_sentence(s: str) -> bool:
    """Whether a paragraph ends as a sentence does (a full stop of Latin or CJK script, emphasis marks aside)."""
    return s.rstrip(" *_")[-1:] in ".!?。！？"


def _furniture(note: str, links: bool = True) -> bool:
    """A note that is a page's share bar, its copyright line (short), the release's bracketed reference ("(Release
    ID: 2110457)") or (with `links`) a line of footer links."""
    text = " ".join(note.split())
    return bool(SHARE_BAR.match(text) or (COPYRIGHT.match(text) and len(text) < 160) or RELEASE_ID.match(text)
                or (links and FOOTER_LINKS.match(text) and not ends_sentence(text)))


def without_page_furniture(notes: list[str]) -> list[str]:
    """The notes without the web page's furniture that closes them when a browser printed the page: from a heading
    of other news ("Latest news", "Senaste nytt") on, when only headlines (no sentence, address or number) and
    furniture follow it; and the share bar, copyright line and footer links closing them (footer links only beside
    one of the others). A note of the release's own (a sentence) above them stays, and so does furniture above one."""
    end = len(notes)
    while end and _furniture(notes[end - 1]):
        end -= 1
    if not any(_furniture(n, links=False) for n in notes[end:]):
        end = len(notes)         # "Ana Ruiz · Press" alone: footer links only beside a share bar or a copyright
    news = next((k for k in range(end) if MORE_NEWS_HEADING.match(notes[k].strip(" *_#"))), None)
    if news is not None and news > 0 and all(not ends_sentence(n) and not (EMAIL.search(n) or PHONE.search(n))
                                             for n in notes[news:end]):
        end = news
    return notes[:end]
