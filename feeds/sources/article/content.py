"""Finding the main content: boilerplate removal, well-known containers, paragraph scoring, and
trafilatura as a second opinion.

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html
from lxml.html import HtmlElement

from .common import (_BLOCK_TAGS, _BOILER_WORDS, _CMS_BODY, _CONTENT_WORDS, _DATE_RE, _FURNITURE_TAGS, _HEADINGS,
                     _SKIP_TAGS, _WS, _absolute, _class_words, _drop, _parse, _select, _text)
from .fragments import _build_fragment, _drop_leading_furniture, _fragment_text, _repeats_title
from .sitename import _site_key

# --------------------------------------------------------------------------------------------
# Body: choosing the main content
# --------------------------------------------------------------------------------------------


def _body_fragment(doc: HtmlElement, base: str | None, selector: str | None,
                   title: str | None) -> HtmlElement | None:
    """The main content as a clean fragment (a <div> of blocks), or None.

    The selector's elements when it matches any (a selector that matches nothing on a page falls
    back to the heuristics, as for the title and the date).
    """
    nodes = _outermost(_select(doc, selector)) if selector else []
    fragment = _build_fragment(nodes, base) if nodes else _auto_fragment(doc, base)
    if fragment is None:
        return None
    _drop_leading_furniture(fragment, title)
    return fragment if _fragment_text(fragment) else None


_LEAD_WORDS = frozenset({"lead", "intro", "teaser", "standfirst", "deck", "dek", "chapo", "chapeau", "excerpt",
                         "summary", "abstract", "subtitle", "subheadline", "annot", "annotation", "perex", "anons",
                         "lede", "ingress", "ingressi", "vorspann", "entradilla", "bajada", "sommario", "preamble",
                         "sub", "subhead", "subheading", "untertitel", "sottotitolo", "subtitulo", "soustitre"})
_LEAD_TAGS = ("p", "div", "h2")     # a subtitle under the headline is often a heading of its own (h2)


def _standfirst(fragment: HtmlElement, doc: HtmlElement, title: str | None) -> str | None:
    """The standfirst: the lead paragraph the page prints right under the headline (<p class="lead">,
    "standfirst", "chapo"...; 40 characters at least), or None.

    It summarises the article: the release's summary, not its body (as the text reader's standfirst); but
    when the body found is shorter than it, it is the article's text, put back as the body's first paragraph
    (conservative: a release is never left with a line of furniture for a body). When the body opens with it
    (the container found holds the headline's block; or it follows the headline printed again in the body, a
    kicker or a whole page's header above it), it is taken out of the body, provided more text follows; a lead
    deeper inside the body's container stays body text.
    """
    lead = _printed_lead(doc, title)
    if lead is None:
        return None
    key, have = _site_key(lead), _site_key(_fragment_text(fragment))
    if key not in have and len(have) < len(key):
        paragraph = lxml.html.Element("p")      # the body found is shorter than the lead: the lead is the text
        paragraph.text = lead
        fragment.insert(0, paragraph)
        return None
    if key not in have:
        return lead
    blocks = [block for block in fragment if isinstance(block.tag, str) and _text(block)]
    headline = next((i for i, block in enumerate(blocks) if _repeats_title(block, _site_key(title or ""))), -1)
    first = blocks[headline + 1] if headline + 1 < len(blocks) else None
    if first is not None and _site_key(_text(first)) == key and have != key:
        _drop(first)
        return lead
    return None


_HEADLINE_HOLDERS = ("div", "p", "td", "span", "font", "b", "strong")


def _printed_lead(doc: HtmlElement, title: str | None) -> str | None:
    """The text of a block among the three after the headline whose class calls it a lead ("lead", "standfirst",
    "chapo", a "subtitle" in an <h2>, the Czech "perex" or "annot", the Russian "anons"...), or None. The headline
    is an <h1> or <h2> that prints the title, else the outermost element that prints it alone (an old layout's
    bold line in its own <div>)."""
    key = _site_key(title or "")
    heading = next((h for h in doc.iter("h1", "h2") if key and _site_key(_text(h)).endswith(key)), None)
    if heading is None:
        heading = next((e for e in doc.iter(*_HEADLINE_HOLDERS) if key and _site_key(_text(e)) == key), None)
    if heading is None:
        return None
    for sibling in _after_headline(heading):
        opening = _opening_paragraph(sibling)
        for block in (sibling, opening):
            if block is None or not isinstance(block.tag, str) or block.tag not in _LEAD_TAGS:
                continue
            text = _text(block)
            if (set(_class_words(block)) & _LEAD_WORDS or _all_italic(block)
                    or opening is block and _LARGE_TYPE.search(opening.get("class") or "")) and len(text) >= 40:
                return text
    return None


# WordPress's block editor: a paragraph set in large type (<p class="has-large-font-size">), opening the body
_LARGE_TYPE = re.compile(r"(?:^|\s)has-(?:large|larger|x-large|huge)-font-size(?:$|\s)")


def _opening_paragraph(block: HtmlElement) -> HtmlElement | None:
    """The first paragraph of a <div> that opens with it (WordPress's <div class="entry-content"><p class="chapo">):
    where a lead's class names it, or it is set in large type, the standfirst printed as the body's first
    paragraph; not one all in bold, nor one that two paragraphs at least do not follow (a lead that is most of the
    text stays body)."""
    first = next((child for child in block if isinstance(child.tag, str)), None) if block.tag == "div" else None
    if first is None or first.tag != "p" or (block.text or "").strip() or _all_bold(first):
        return None
    return first if sum(1 for p in first.itersiblings("p") if _text(p)) >= 2 else None


def _all_bold(paragraph: HtmlElement) -> bool:
    """A paragraph printed all in bold (<p class="lead"><strong>...</strong></p>): inside the body's container, the
    body's bold opening (the writers' convention), no standfirst."""
    return not (paragraph.text or "").strip() and len(paragraph) == 1 and paragraph[0].tag in ("strong", "b") \
        and not (paragraph[0].tail or "").strip()


def _all_italic(block: HtmlElement) -> bool:
    """A paragraph printed all in italics (<p><em>A wet but joyful weekend on the hillside.</em></p>): right
    under the headline, a deck."""
    return block.tag == "p" and not (block.text or "").strip() and len(block) == 1 and block[0].tag in ("em", "i") \
        and not (block[0].tail or "").strip()


def _after_headline(heading: HtmlElement) -> list[HtmlElement]:
    """The three elements after the headline; and the three after its header block when the headline sits in a
    small one (<div class="news-header">: a kicker, the <h1>, a line of particulars, 300 characters besides the
    headline at most): the lead follows the block. A block holding the article's text is no header."""
    after = [element for element in heading.itersiblings() if isinstance(element.tag, str)][:3]
    block = heading.getparent()
    if block is None or block.tag in ("body", "article", "main") or len(_text(block)) > len(_text(heading)) + 300:
        return after
    return after + [element for element in block.itersiblings() if isinstance(element.tag, str)][:3]


def _auto_fragment(doc: HtmlElement, base: str | None) -> HtmlElement | None:
    """Main-content extraction: our container finder localises, trafilatura cleans.

    When a well-known article container is found (itemprop=articleBody, a CMS body class),
    trafilatura runs on that container alone, which keeps it from wandering into teasers and
    comments; otherwise it runs on the whole page. Our own fragment is the fallback when trafilatura
    finds nothing or clearly too little. (bench/extraction measures each variant.)
    """
    page = _with_absolute_links(doc, base)
    work = copy.deepcopy(page)
    originals = dict(zip(work.iter(), page.iter(), strict=True))
    content = _main_content(work)
    for box in content.closing:         # what our finder found closing the article, trafilatura never reads
        _drop(originals[box])
    _drop_inner_furniture(content, originals)      # from the page trafilatura reads whole, if it must
    extracted = None
    if content.specific:
        extracted = _trafilatura_fragment(_as_document(content.nodes), base)
    if extracted is None:
        extracted = _trafilatura_fragment(_without_pagination(page), base)
    if extracted is not None and not content.specific:
        return extracted
    own = _build_fragment(content.nodes, base) if content.nodes else None
    if extracted is None or (own is not None and
                             _text_size(extracted) < _RECALL_FLOOR * _text_size(own)):
        return own
    return extracted


@dataclass(frozen=True)
class _Content:
    """What our own heuristic found: the nodes, and whether they come from a specific container."""

    nodes: list[HtmlElement]
    specific: bool  # itemprop=articleBody or a CMS body class (not <article>, <main> or scoring)
    closing: list[HtmlElement] = field(default_factory=list)    # boxes closing the article, dropped
    block: HtmlElement | None = None    # the block whose paragraphs weigh most (the article's text)
    removed: list[HtmlElement] = field(default_factory=list)    # the boilerplate blocks dropped from the page


_RECALL_FLOOR = 0.5  # trafilatura output under this share of our container's text: keep ours


def _trafilatura_fragment(document: HtmlElement, base: str | None) -> HtmlElement | None:
    """trafilatura's main content (precision mode, links kept) as one of our fragments."""
    import trafilatura  # imported here: a heavy import that only body extraction needs

    result = trafilatura.extract(
        document, url=base, output_format="html", include_links=True, include_formatting=True,
        include_tables=True, include_comments=False, include_images=False, favor_precision=True,
        with_metadata=False, deduplicate=False)
    if not result:
        return None
    parsed = _parse(result)
    body = parsed.find("body") if parsed is not None else None
    if body is None:
        return None
    fragment = _build_fragment([body], base)
    return fragment if len(fragment) else None


def _with_absolute_links(doc: HtmlElement, base: str | None) -> HtmlElement:
    """A copy of the document whose links are absolute (trafilatura resolves them from the host)."""
    doc = copy.deepcopy(doc)
    if base:
        for anchor in doc.iter("a"):
            href = (anchor.get("href") or "").strip()
            if href.startswith(("#", "http://", "https://")):
                continue
            if absolute := _absolute(href, base):
                anchor.set("href", absolute)
    return doc


_PAGINATION_WORDS = frozenset({"pagination", "pager"})


def _without_pagination(page: HtmlElement) -> HtmlElement:
    """The page (modified) without its previous/next links (class or id "pagination", "pager": "Previous:
    Other headline"), which are never article text, unless they hold the article: what trafilatura reads
    when no container is known."""
    body = page.find("body")
    if body is None:
        return page
    body_chars = max(1, _paragraph_chars(body))
    doomed = [e for e in body.iter() if isinstance(e.tag, str) and set(_class_words(e)) & _PAGINATION_WORDS
              and not _holds_article(e, body_chars)]
    for element in doomed:
        if element.getparent() is not None:
            _drop(element)
    return page


_BOX_CHARS = 200      # at most this much text under a closing box's heading
_MIN_TEXT_PARAGRAPHS = 3


def _closing_boxes(block: HtmlElement | None) -> list[HtmlElement]:
    """The headed boxes and dated lines that close the article after its text block (`block`, whose paragraphs
    weigh most): "About the agency", "Inquiries about this page", "Tip the police", each a heading over a line or
    two of its own (`_is_closing_box`), and a short line with a date ("Sidan uppdaterades 2024-05-16", "Source:
    Police HQ | Last modified: 6 March 2024": `_is_closing_date_line`), with nothing but such boxes and lines and
    page furniture after them. They are about the article (its publisher, whom to ask, how to help, when the page
    changed), not of it. Conservative: none unless the block holds three paragraphs or more and every later
    sibling is furniture (boilerplate by its class, or mostly links) or such a box; a dated line may also follow
    the block's wrapper (one or two levels up, inside the page's <main> or <article>), under the same terms."""
    if block is None or sum(1 for child in block if child.tag == "p") < _MIN_TEXT_PARAGRAPHS:
        return []
    boxes = _closing_siblings(block, lines_only=False)
    if boxes is None:
        return []
    holder = block
    for _ in range(2):
        holder = holder.getparent()
        if holder is None or holder.tag in ("body", "main", "article") or (lines := _closing_siblings(
                holder, lines_only=True)) is None:
            break
        boxes += lines
    return boxes


def _closing_siblings(element: HtmlElement, lines_only: bool) -> list[HtmlElement] | None:
    """The closing boxes (not with `lines_only`) and dated lines after an element, when every later sibling is
    one or furniture; else None."""
    boxes = []
    for sibling in element.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _SKIP_TAGS or _is_boilerplate(sibling) \
                or _mostly_links(sibling):
            continue
        if not (_is_closing_date_line(sibling) or not lines_only and _is_closing_box(sibling)):
            return None
        boxes.append(sibling)
    return boxes


def _is_closing_date_line(element: HtmlElement) -> bool:
    """A short line (a <p>, <div> or <small> of 15 words and 120 characters at most, no heading) that holds a date
    the grammar reads: when the page was changed, its source and date; never the article's text, which the block
    before it holds."""
    text = _text(element)
    return element.tag in ("p", "div", "small", "footer") and 0 < len(text) <= 120 and len(text.split()) <= 15 \
        and next(element.iter(*_HEADINGS), None) is None and _DATE_RE.search(text) is not None


def _drop_inner_furniture(content: _Content, originals: dict[HtmlElement, HtmlElement]) -> None:
    """Drop from the page trafilatura reads whole the boilerplate our finder dropped inside the content it found
    (a share bar under each entry of a live blog, after which trafilatura stops reading), the photo captions
    wherever they stand (`_is_photo_caption`: never the article's text) and the boilerplate right after the
    article's text block (`_furniture_after`)."""
    holders = {originals[node] for node in content.nodes}
    for element in content.removed:
        original = originals[element]
        if original.getparent() is not None and (any(a in holders for a in original.iterancestors())
                                                 or _is_photo_caption(element)):
            _drop(original)
    if content.block is not None:
        for furniture in _furniture_after(originals[content.block]):
            _drop(furniture)


def _furniture_after(block: HtmlElement) -> list[HtmlElement]:
    """The boilerplate blocks (by tag, role or class: `_is_boilerplate`) that follow the article's text block as
    its siblings in the page: a "Subscribe to our channel" box, a "Was this page helpful?" poll, a print view's
    photo box. Our finder drops them; trafilatura, reading the whole page, would keep some as the article's last
    paragraphs. Not one that holds the article's heading or most of the page's text (`_holds_article`)."""
    body = block.getroottree().getroot().find("body")
    body_chars = max(1, _paragraph_chars(body))
    return [sibling for sibling in block.itersiblings() if isinstance(sibling.tag, str)
            and sibling.tag not in _SKIP_TAGS and _is_boilerplate(sibling) and not _holds_article(sibling, body_chars)]


def _mostly_links(element: HtmlElement) -> bool:
    """No text, or text at least half of which is links' (a share bar, "Share: Facebook X E-mail")."""
    text = _text(element)
    return 2 * sum(len(_text(a)) for a in element.iter("a")) >= len(text)


def _is_closing_box(element: HtmlElement) -> bool:
    """A <div>, <section> or <aside> that opens with a heading (h2-h6) and holds little more: 200 characters at
    most under it; or one whose class calls it a box (<div class="contact-box">, "info-box") holding one paragraph
    of 200 characters at most and no heading ("Har du information? Ring polisen på 114 14")."""
    children = [child for child in element if isinstance(child.tag, str)]
    if element.tag not in ("div", "section", "aside") or not children:
        return False
    if "box" in _class_words(element) and len(children) == 1 and children[0].tag == "p":
        return 0 < len(_text(element)) <= _BOX_CHARS
    if children[0].tag not in _HEADINGS or children[0].tag == "h1":
        return False
    return 0 < len(_text(element)) - len(_text(children[0])) <= _BOX_CHARS


def _as_document(nodes: list[HtmlElement]) -> HtmlElement:
    """A new document whose body holds copies of the nodes inside an <article>: trafilatura reads the
    article element whole (headings, lists, tables), where on bare blocks it keeps only the paragraphs."""
    document = lxml.html.document_fromstring("<html><head></head><body><article></article></body></html>")
    article = document.find("body/article")
    assert article is not None
    for node in nodes:
        clone = copy.deepcopy(node)
        clone.tail = None
        article.append(clone)
    return document


def _text_size(fragment: HtmlElement) -> int:
    return len(_fragment_text(fragment))


def _outermost(nodes: list[HtmlElement]) -> list[HtmlElement]:
    """The nodes that are not inside another of the nodes, in document order."""
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


def _distinct(nodes: list[HtmlElement]) -> list[HtmlElement]:
    """The nodes without those repeating an earlier node's text (pages that print the body twice)."""
    seen: set[str] = set()
    kept = []
    for node in nodes:
        key = _text(node)
        if key not in seen:
            seen.add(key)
            kept.append(node)
    return kept


def _main_content(doc: HtmlElement) -> _Content:
    """The elements holding the article text, found by our own heuristic (modifies `doc`)."""
    body = doc.find("body")
    if body is None:
        return _Content([], False)
    removed = _remove_boilerplate(body)
    best = _scored_candidate(body)
    closing = _closing_boxes(best)
    for box in closing:
        _drop(box)
    best_size = _paragraph_chars(best) if best is not None else 0
    for rank, level in enumerate(_container_levels(body)):
        nodes = _distinct(_sized(_outermost(level)))
        if not nodes:
            continue
        size = sum(_paragraph_chars(n) for n in nodes)
        if size >= _MIN_SHARE * best_size:
            for node in nodes:
                _remove_inner_boilerplate(node)
            return _Content(nodes, rank < 2, closing, best, removed)
    if best is None:
        return _Content([], False)
    nodes = _with_siblings(best)
    for node in nodes:
        _remove_inner_boilerplate(node)
    return _Content(nodes, _is_text_cell(best), closing, best, removed)


def _is_text_cell(element: HtmlElement) -> bool:
    """Whether the best-scored element is a table's cell that holds the text alone: a <td>, or a row of one
    cell (a board's view: label rows above, the text's row below). trafilatura then reads it alone: on the
    whole page it takes the table's label rows and what follows it as text. A layout row of several columns
    (the article beside a sidebar) is no such cell."""
    if element.tag == "td" or element.tag == "font" and (parent := element.getparent()) is not None \
            and parent.tag == "td":
        return True         # an old layout's <font face="Verdana"> wrapping the text's paragraphs in their cell
    return element.tag == "tr" and sum(1 for cell in element if cell.tag in ("td", "th")) == 1


_MIN_CONTAINER = 150  # characters of prose for a container to count


def _sized(nodes: list[HtmlElement]) -> list[HtmlElement]:
    """The containers big enough to count; none when the body's class marks the paragraphs themselves
    (<p class="post-body-paragraph">, one per paragraph): they are no container, and taking only the long
    ones would drop the short paragraphs, headings and quotes between them, so the next level (<article>,
    <main>) is read whole."""
    if len(nodes) >= 2 and all(n.tag == "p" for n in nodes):
        return []
    return [n for n in nodes if _paragraph_chars(n) >= _MIN_CONTAINER]
_MIN_SHARE = 0.4      # a container must hold this share of the best-scored block's prose


def _container_levels(body: HtmlElement) -> Iterator[list[HtmlElement]]:
    """Well-known article containers, most specific first."""
    yield [e for e in body.iter() if isinstance(e.tag, str)
           and "articlebody" in (e.get("itemprop") or "").lower().split()]
    yield [e for e in body.iter() if isinstance(e.tag, str) and e.tag not in ("body", "html")
           and (_CMS_BODY.search(e.get("class") or "") or _CMS_BODY.search(e.get("id") or ""))]
    articles = list(body.iter("article"))
    if articles:
        yield [max(articles, key=_paragraph_chars)]
    mains = [e for e in body.iter() if isinstance(e.tag, str)
             and (e.tag == "main" or (e.get("role") or "").lower() == "main")]
    if mains:
        yield [max(mains, key=_paragraph_chars)]


def _is_boilerplate(element: HtmlElement) -> bool:
    """Furniture, hidden elements and blocks whose class/id says boilerplate (cookie, share, related...)."""
    if element.tag in _FURNITURE_TAGS:
        return True
    if element.get("hidden") is not None or (element.get("aria-hidden") or "") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if (element.get("role") or "").lower() in ("navigation", "banner", "contentinfo",
                                               "complementary", "dialog", "alertdialog"):
        return True
    words = set(_class_words(element))
    return bool(words & _BOILER_WORDS) and not words & _CONTENT_WORDS and not _faded_text(element, words) \
        or _is_sign_off(element) or _is_photo_caption(element)


_FADE_WORDS = frozenset({"paywall", "fade", "faded", "premium", "locked", "truncated"})


def _faded_text(element: HtmlElement, words: set[str]) -> bool:
    """A block a paywall fades out that holds the article's own paragraphs (<div class="paywall-fade">: two or
    more whole sentences' paragraphs, no link, heading or button): the text the page prints, not the offer box
    (its heading, its pitch and its button), nor a last line cut short ("diz o batedor..."), which stay out."""
    if not words & _FADE_WORDS or element.find(".//a") is not None or element.find(".//button") is not None \
            or next(element.iter(*_HEADINGS), None) is not None:
        return False
    paragraphs = [_text(p) for p in element.iter("p")]
    return len(paragraphs) >= 2 and all(len(text) >= 60 and re.search(r"[.!?。»“”\"]$", text)
                                        and not text.endswith("...") for text in paragraphs)


def _is_photo_caption(element: HtmlElement) -> bool:
    """An inline line or a block right after a picture, the two alone in their wrapper (<span class="end_photo"><img>
    <em>What the photo shows. [Credit]</em></span>, <div class="pic"><img><div>...</div></div>): the picture's
    caption, not the article's text (200 characters at most)."""
    if element.tag not in ("em", "i", "span", "small", "font", "cite", "div", "p"):
        return False
    picture = element.getprevious()
    parent = element.getparent()
    if picture is None or parent is None or (picture.tail or "").strip() or (parent.text or "").strip():
        return False
    if not (picture.tag in ("img", "picture") or (picture.tag == "a" and picture.find(".//img") is not None
                                                  and not _text(picture))):
        return False
    text = _text(element)
    return 0 < len(text) <= 200 and _text(parent) == text


_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)


def _is_sign_off(element: HtmlElement) -> bool:
    """A paragraph aligned right that closes its block, ten words at most and no sentence: who signed or wrote
    the text ("Από το Γραφείο Τύπου", "Đức Hùng", "Imetolewa na: Kamanda wa Polisi"), not the article's text."""
    if element.tag not in ("p", "div") or not ((element.get("align") or "").lower() == "right"
                                             or _RIGHT_ALIGNED.search(element.get("style") or "")):
        return False
    text = _text(element)
    if not text or len(text.split()) > 10 or re.search(r"[.!?。]$", text) or len(element.findall(".//p")):
        return False
    return not any(isinstance(after.tag, str) and _text(after) for after in element.itersiblings())


def _remove_boilerplate(root: HtmlElement) -> list[HtmlElement]:
    """Drop scripts, furniture and boilerplate blocks, unless they hold the article; the boilerplate blocks
    dropped."""
    body_chars = max(1, _paragraph_chars(root))
    doomed = []
    boilerplate = []
    for element in root.iter():
        if not isinstance(element.tag, str) or (element.tag in _SKIP_TAGS and not _page_form(element, body_chars)):
            doomed.append(element)
        elif _is_boilerplate(element) and not _holds_article(element, body_chars):
            doomed.append(element)
            boilerplate.append(element)
    for element in doomed:
        if element.getparent() is not None:
            _drop(element)
    return boilerplate


def _page_form(element: HtmlElement, body_chars: int) -> bool:
    """A <form> around the page (ASP.NET's and SharePoint's <form runat="server"> holds everything): the article is
    in it, so it is no form to skip."""
    return element.tag == "form" and _holds_article(element, body_chars)


def _holds_article(element: HtmlElement, body_chars: int) -> bool:
    """Whether an element is too big to be boilerplate: it holds <article>/<main>/most text."""
    if element.tag in ("html", "body", "article", "main"):
        return True
    for node in element.iter("article", "main", "h1"):
        if node is not element:
            return True
    if element.xpath(".//*[contains(@itemprop, 'articleBody')]"):
        return True
    return _paragraph_chars(element) > 0.5 * body_chars


def _remove_inner_boilerplate(node: HtmlElement) -> None:
    """Inside the chosen content: drop link lists and headings that repeat the page's furniture."""
    doomed = []
    for element in node.iter("div", "ul", "ol", "section", "table", "p", "span", "dl"):
        if element is node:
            continue
        text = _text(element)
        if not text:
            continue
        links = sum(len(_text(a)) for a in element.iter("a"))
        density = links / max(1, len(text))
        if density > 0.6 and (len(text) < 400 or element.tag in ("ul", "ol", "div", "section")):
            if element.tag == "p" and len(text) > 150:
                continue
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            _drop(element)


def _paragraph_chars(element: HtmlElement | None) -> int:
    """Characters of text not inside links, a proxy for the amount of prose."""
    if element is None:
        return 0
    total = len(_WS.sub(" ", element.text_content()))
    links = sum(len(_WS.sub(" ", a.text_content())) for a in element.iter("a"))
    return max(0, total - links)


def _scored_candidate(body: HtmlElement) -> HtmlElement | None:
    """Paragraph scoring (readability-style): the element whose paragraphs weigh most."""
    scores: dict[HtmlElement, float] = {}
    for element in body.iter("p", "pre", "td", "blockquote", "li", "div"):
        if element.tag == "div" and any(c.tag in _BLOCK_TAGS for c in element):
            continue
        if element.tag == "td" and element.find(".//table") is not None and not _mostly_own_text(element):
            continue  # a layout cell holding other tables: their cells count, not all of it again
        text = _text(element)
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + text.count("،") + min(len(text) // 100, 3)
        parent = element.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + score / 2
    if not scores:
        return None

    def final(element: HtmlElement) -> float:
        text = max(1, len(_text(element)))
        links = sum(len(_text(a)) for a in element.iter("a"))
        return scores[element] * (1 - min(1.0, links / text))

    return max(scores, key=final)


def _mostly_own_text(cell: HtmlElement) -> bool:
    """Whether a table cell holding tables holds most of its text outside them: the article's cell with a
    photo's small table beside its text (scored as the text it is), not a layout column of tables."""
    inner = sum(len(_text(table)) for table in cell.iterdescendants("table")
                if next(table.iterancestors("td", "th"), None) is cell)
    return 2 * inner < len(_text(cell))


def _with_siblings(best: HtmlElement) -> list[HtmlElement]:
    """The best element plus the siblings that look like more of the same prose."""
    parent = best.getparent()
    if parent is None:
        return [best]
    nodes = []
    for sibling in parent:
        if sibling is best:
            nodes.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        text = _text(sibling)
        links = sum(len(_text(a)) for a in sibling.iter("a"))
        if sibling.tag == "p" and len(text) > 80 and links / max(1, len(text)) < 0.25:
            nodes.append(sibling)
    return nodes
