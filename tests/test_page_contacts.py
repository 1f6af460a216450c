"""Contact boxes of press release pages that article extraction drops: a sidebar box of <br>-separated lines,
and a block in the article that opens with a contact heading and a colon (`feeds/sources/pagematter.py`)."""
from __future__ import annotations

import pytest

from .test_press_contacts import _LEAD, _page

_HEAD = "<html><body><div class='wrap'><main><article><h1>Footbridge opens over the river</h1>"
_NEWS = "<h4>More news</h4><ul><li><a href='/n/1'>Library hours extended</a></li></ul>"


def _sidebar(box: str) -> str:
    return f"{_HEAD}{_LEAD}</article><aside>{_NEWS}{box}</aside></main></div></body></html>"


def _contacts(html: str) -> list[tuple]:
    page = _page(html)
    assert page["body"].endswith("shared by the council and the region.")
    assert "Library hours" not in page["body"] + page["notes"]
    return [(c["name"], c["role"], c["email"], c["phone"]) for c in page["contacts"]]


@pytest.mark.parametrize("box", [
    # the first line a media contact heading (English; Portuguese)
    "<div class='box'>Media enquiries<br>Ana Ruiz<br>Press Officer<br>Tel: +34 91 555 0101<br>"
    "ana@council.example</div>",
    "<div class='panel'>Contato para imprensa<br>Ana Ruiz<br>Press Officer<br>Tel: +34 91 555 0101<br>"
    "ana@council.example</div>",
    # no heading line, but its class names a contact box
    "<div class='contact-box'>Ana Ruiz, Press Officer<br>Tel: +34 91 555 0101<br>E-mail: ana@council.example</div>",
])
def test_a_sidebar_box_of_lines_that_is_a_media_contact(box: str) -> None:
    assert _contacts(_sidebar(box)) == [("Ana Ruiz", "Press Officer", "ana@council.example", "+34 91 555 0101")]


@pytest.mark.parametrize("box", [
    # a media heading, but nothing to reach anyone by
    "<div class='box'>Media enquiries<br>Ana Ruiz<br>Press Officer</div>",
    # a plain "Contact" in a box no class names a contact box: the site's
    "<div class='box'>Contact<br>Ana Ruiz<br>Tel: +34 91 555 0101</div>",
    # a class naming a contact box, no heading line and no person: the site's switchboard
    "<div class='contact-box'>Town Hall, Market Square 1<br>Tel: +34 91 555 0000</div>",
    # a box of lines with a number and no contact heading or class
    "<div class='box'>Opening hours<br>Monday to Friday 9-17<br>Tel: +34 91 555 0000</div>",
])
def test_a_sidebar_box_that_is_not_clearly_a_press_contact_stays_out(box: str) -> None:
    assert _contacts(_sidebar(box)) == []


def _in_article(block: str) -> list[tuple]:
    """The contacts of a page whose article ends with `block`, which the article extractor dropped (the
    release's body is read from the page without it)."""
    from datetime import datetime, timezone

    from feeds.config import SourceConfig
    from feeds.normalise import normalise
    from feeds.normalise.classifier import Classifier
    from feeds.sources.formats import release_from_html
    from feeds.sources.pagematter import with_page_matter

    def page(end: str) -> str:
        return f"{_HEAD}{_LEAD}{end}</article><aside>{_NEWS}</aside></main><footer>" \
               "<div>Contact: webmaster@council.example</div></footer></div></body></html>"

    extracted = release_from_html(page(""), "page.html", None)
    source = SourceConfig(id="press", name="Press", kind="page", url="http://127.0.0.1/")
    release = normalise(with_page_matter(extracted, page(block)), source, Classifier(()),
                        datetime(2100, 1, 1, tzinfo=timezone.utc))
    assert release.body_text.endswith("shared by the council and the region.")
    return [(c["name"], c["role"], c["email"], c["phone"]) for c in release.contacts]


@pytest.mark.parametrize("block, expected", [
    ("<div class='contact'>CONTACT: Ana Ruiz, Press Officer, +34 91 555 0101, ana@council.example</div>",
     ("Ana Ruiz", "Press Officer", "ana@council.example", "+34 91 555 0101")),
    # Dutch: "for questions from the press"
    ("<div class='note'>Voor vragen van de pers: Sanne de Vries (woordvoerder) via 06 5555 0101 of "
     "pers@gemeente.example</div>", ("Sanne de Vries", "woordvoerder", "pers@gemeente.example", "06 5555 0101")),
    # German, the person's lines after <br>s
    ("<div>Pressekontakt: Jana Weber<br>Pressesprecherin<br>Telefon: +49 30 5550 1100</div>",
     ("Jana Weber", "Pressesprecherin", None, "+49 30 5550 1100")),
])
def test_a_block_in_the_article_opening_with_a_contact_heading_and_a_colon(block: str, expected: tuple) -> None:
    assert _in_article(block) == [expected]


@pytest.mark.parametrize("block", [
    # a plain "Contact:" naming no person with a job: an office's address, not a press contact
    "<div>Contact: Town Hall, Market Square 1, +34 91 555 0000</div>",
    # a contact heading without a colon, or with nothing to reach anyone by
    "<div>Media enquiries are answered by the press office on +34 91 555 0101.</div>",
    "<div>Press contact: Ana Ruiz, Press Officer</div>",
])
def test_a_block_in_the_article_that_is_no_press_contact_is_not_read_as_one(block: str) -> None:
    assert _in_article(block) == []
