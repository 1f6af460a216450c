"""What a page says about itself: meta elements, the site's names, the title (site name stripped). JSON-LD is
read in jsonld.py; the author, the language and the canonical URL are in byline.py.

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import re
from itertools import chain
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from .common import (_ARTICLE_TYPES, _DATE_RE, _HEADINGS, _META_TITLE, _SITE_TYPES, _WORD, _class_words,
                     _clean, _heading_length, _in_content, _is_furniture, _registrable_host, _select, _text)
from .jsonld import _ld_text, _ld_types
from .sitename import (_SEPARATOR, _copyright_holders, _logo_names, _matches_site, _similar, _site_key,
                       _strip_site_name, _title_remainder, _title_suffix)

# --------------------------------------------------------------------------------------------
# Structured data: JSON-LD and meta elements
# --------------------------------------------------------------------------------------------


def _meta_map(doc: HtmlElement) -> dict[str, str]:
    """`<meta>` contents by lowercased property/name/itemprop/http-equiv; the first one wins."""
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = meta.get("content") or meta.get("value")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            for key in (meta.get(attr) or "").lower().split():
                found.setdefault(key, _clean(content))
    return found


def _site_names(meta: dict[str, str], objects: list[dict], base: str | None) -> list[str]:
    """Names the site goes by: og:site_name and alike, JSON-LD publisher/WebSite, the host's name."""
    names = [meta.get(k, "") for k in ("og:site_name", "application-name", "twitter:site",
                                         "apple-mobile-web-app-title", "publisher", "dc.publisher")]
    for obj in objects:
        if _ld_types(obj) & _SITE_TYPES:
            names.append(_ld_text(obj.get("name")))
        if _ld_types(obj) & _ARTICLE_TYPES:
            names.append(_ld_text(obj.get("publisher")))
    if base:
        host = (urlsplit(base).hostname or "").lower()
        names.append(_registrable_host(host).split(".")[0])
    return [n.lstrip("@") for n in names if n]


# --------------------------------------------------------------------------------------------
# Title
# --------------------------------------------------------------------------------------------


def _title(doc: HtmlElement, meta: dict[str, str], article_ld: dict, site_names: list[str],
           selector: str | None, base: str | None = None) -> str | None:
    """The article's title.

    Selector; JSON-LD headline/name; og:title; the main <h1>; <title>; a site name before or after a
    separator removed. Measured on real pages (bench/extraction), the visible <h1> is the better
    evidence where it is the article's heading: it wins when it agrees with any of the metadata
    titles (its printed form, no site suffix, no truncation), when the page marks it or prints it long in
    <article>/<main> (`_printed_headline`), or when it is the page's one <h1> of five words or more and no heading
    prints any metadata title (`_sole_printed_headline`: all rewritten for search), and over og:title when there is
    no JSON-LD (social titles are often rewritten for sharing); with no metadata title, a short <h1> naming the
    site or a section yields to the headline under it (`_headline_under_section`). A title that extends another
    one ("Title: subtitle") wins over it; a title from metadata takes the printed form of a heading that says the
    same. A social or analytics title that no heading prints (rewritten for sharing), on a page with no <h1> to
    trust, loses to the content's first heading when that tells the same story in other words, or when only the
    breadcrumb's last item prints it (the portal's short name of the page: `_only_the_crumb`).
    """
    if selector:
        for element in _select(doc, selector):
            if text := _text(element):
                return text
    title_tag = _head_title(doc)
    structured = _ld_text(article_ld.get("headline")) or _ld_text(article_ld.get("name")) or _microdata_headline(doc)
    analytics = next((meta[k] for k in _META_TITLE if meta.get(k)), "")
    social = meta.get("og:title", "") or meta.get("twitter:title", "")
    references = [t for t in (structured, analytics, social, title_tag) if t]
    others = _printed_titles(doc, [structured, analytics, social], title_tag, site_names)
    h1 = _main_h1(doc, site_names + _title_remainder(title_tag, others), references)
    heading = _without_kicker(h1, references, site_names) if h1 is not None else ""
    # an <h1> naming a section ("Nieuws", a link of the menu): the content's first heading is the headline
    if h1 is not None and heading and _only_names_sections(doc, [structured, analytics, social], heading) \
            and (under := _headline_under_section(doc, h1, heading, site_names, base, bool(title_tag))):
        return under
    if heading:
        longer = next((_strip_site_name(t, site_names) for t in (structured, social)
                       if t and _has_subtitle(t, heading)), None)
        # the headline the page prints wins over metadata titles rewritten for search or sharing
        if longer or any(_similar(heading, r) for r in references) or _printed_headline(h1, heading) \
                or _sole_printed_headline(doc, heading, bool(others)):
            return longer or heading
    if structured:
        chosen = _strip_site_name(structured, site_names)
    elif heading:
        return _heading_printing(doc, [analytics, social, title_tag], site_names) or heading
    elif analytics or social:
        chosen = _strip_site_name(analytics or social, site_names)
        if _printed_heading(doc, chosen) is None and (first := _first_heading(doc, site_names, title_tag)) \
                and _site_key(chosen) not in _site_key(first) \
                and (_tells_the_same(first, chosen) or _only_the_crumb(doc, chosen)):
            return first        # a title rewritten for sharing, printed nowhere (or as the page's crumb): the headline
    elif title_tag:
        return _from_title_tag(doc, title_tag, site_names)
    else:   # no title anywhere but the page's text: a board's labelled title row, the content's first heading
        return _labelled_title(doc) or _first_heading(doc, site_names, "")
    return _printed_heading(doc, chosen) or chosen


def _only_names_sections(doc: HtmlElement, titles: list[str], heading: str) -> bool:
    """Whether the metadata titles leave the page's headline to its printed headings: there are none, or the <h1>
    names a section (a link of the breadcrumb prints it) and each title is the <h1>'s words beside a name of five
    words at most ("News Flash • Harlan County, OR" over the <h1> "News Flash"): a CMS that titles every item page
    by its section."""
    key = _site_key(heading)
    return not any(titles) or _crumb_link(doc, heading) and all(_beside_a_name(t, key) for t in titles if t)


_BREADCRUMBS = ("//*[contains(translate(@class, 'B', 'b'), 'breadcrumb')]"
                "|//nav[contains(translate(@aria-label, 'B', 'b'), 'breadcrumb')]")


def _only_the_crumb(doc: HtmlElement, title: str) -> bool:
    """Whether a metadata title is the page's short name that the breadcrumb's last item (no link) prints and no
    heading does ("Aktualności > Pomoc dla rolników po suszy" over the headline "Wojewoda powołał komisje..."): a
    portal's name of the page, not its headline."""
    key = _site_key(title)
    if not key or any(_site_key(_text(h)) == key for h in doc.iter(*_HEADINGS)):
        return False
    for trail in doc.xpath(_BREADCRUMBS):
        items = [e for e in trail.iter() if isinstance(e.tag, str) and e is not trail and _site_key(_text(e))
                 and len(e) == 0]
        if items and items[-1].tag != "a" and _site_key(_text(items[-1])) == key:
            return True
    return False


def _crumb_link(doc: HtmlElement, text: str) -> bool:
    """Whether a link of the breadcrumb prints the text whole: a section's page (the article's own crumb, which
    may print its headline, is no link)."""
    key = _site_key(text)
    return any(_site_key(_text(a)) == key and (a.get("href") or "#").strip() != "#"
               for trail in doc.xpath(_BREADCRUMBS)
               for a in trail.iter("a"))


def _beside_a_name(title: str, key: str) -> bool:
    """Whether a title is the text whose letters are `key` before or after a separator, the other side a name of
    five words at most."""
    for separator in _SEPARATOR.finditer(title):
        head, tail = title[:separator.start()], title[separator.end():]
        if (_site_key(head) == key and len(tail.split()) <= 5) or (_site_key(tail) == key and len(head.split()) <= 5):
            return True
    return False


def _printed_headline(h1: HtmlElement | None, heading: str) -> bool:
    """Whether an <h1> that no metadata title agrees with is the article's headline all the same: marked so
    (itemprop="headline"), or a headline of five words or more inside <article>/<main>. Metadata titles are
    often rewritten for search engines or sharing ("İzmir Deprem Tatbikatı 2024: Okullar Tahliye Edildi" beside
    the printed "İzmir'de 120 okulda eş zamanlı deprem tatbikatı yapıldı"; a live blog's "Storm: live updates"
    beside its current headline); a section's name or a widget's heading is shorter."""
    if h1 is None:
        return False
    marked = "headline" in (h1.get("itemprop") or "").lower().split()
    return marked or (len(heading.split()) >= 5 and _in_content(h1))


def _sole_printed_headline(doc: HtmlElement, heading: str, metadata_printed: bool) -> bool:
    """Whether an <h1> that no metadata title agrees with is the headline all the same because it is the only
    headline printed: the page's one <h1>, five words at least, and no heading prints any metadata title (they
    were all rewritten for search or sharing: "Monsoon 2026: IMD ने जारी किया पूर्वानुमान" in <title>, og:title and
    JSON-LD beside the printed "इस साल सामान्य से अधिक बारिश का अनुमान, ..."). The reader sees the <h1>."""
    return not metadata_printed and len(heading.split()) >= 5 and sum(1 for _ in doc.iter("h1")) == 1


def _from_title_tag(doc: HtmlElement, title_tag: str, site_names: list[str]) -> str:
    """The title when <title> is the only title the page gives (no metadata title, no <h1> to trust): <title>
    without the site's name, in the printed form of a heading that says the same, or the part of <title> that
    the page prints (`_printed_part`; not the site's name that a banner prints: the part the site's name was
    stripped as, or the name a copyright line gives); else a board's labelled title row (a data table's "Title"
    row loses to what the page prints of <title>), the content's first heading where <title> names only the
    site or sections (or only short names of pages and sections that the page does not print: "Print version
    - Press releases"), or <title> without the site's name."""
    chosen = _strip_site_name(title_tag, site_names, loose=True)
    part = _printed_part(doc, title_tag)
    if part is not None and (heading := _heading_cut_short(doc, title_tag, part, site_names)):
        return heading
    if part is not None and (_site_key(part) not in _site_key(chosen)
                             or _site_key(part) in _copyright_holders(doc) | _logo_names(doc)):
        part = None         # the site's name, printed in the page's banner
    if printed := _printed_heading(doc, chosen) or part:
        return printed
    if labelled := _labelled_title(doc):
        return labelled
    if _names_the_site(doc, chosen, site_names) or _names_unprinted_sections(doc, chosen):
        return _first_heading(doc, site_names, title_tag) or chosen
    return _extended_heading(doc, chosen, site_names) or chosen


def _heading_cut_short(doc: HtmlElement, title: str, part: str, site_names: list[str]) -> str | None:
    """The content's first heading (`_first_heading`) when <title> is a name the page prints (`part`: the site's
    name in an old layout's banner) and the opening words of that heading (two at least, fewer than all): "Site
    News Agency | Saffron harvest" beside the heading "Saffron harvest up 20 per cent in the southern plains".
    The name printed elsewhere is the site's, the other part the headline <title> cut short."""
    heading = _first_heading(doc, site_names, part) or ""    # not the name itself
    key, part_key = _site_key(heading), _site_key(part)
    if not key or part_key in key:
        return None
    pieces = [piece for piece in _SEPARATOR.split(title) if _site_key(piece) not in ("", part_key)]
    return heading if any(len(piece.split()) >= 2 and len(_site_key(piece)) < len(key)
                          and key.startswith(_site_key(piece)) for piece in pieces) else None


def _extended_heading(doc: HtmlElement, title: str, site_names: list[str]) -> str | None:
    """The content's first heading (`_first_heading`) when it opens with the title or its part after a separator
    (three words and half its letters at least): <title> cut the headline short ("Lokalt - School stays open"
    beside the bold line "School stays open – council changes course"), the page prints it whole."""
    heading = _first_heading(doc, site_names, "") or ""
    key = _site_key(heading)
    parts = [title] + [title[m.end():] for m in _SEPARATOR.finditer(title)]
    return heading if any(len(part.split()) >= 3 and (key.startswith(part_key := _site_key(part))
                                                      and 2 * len(part_key) >= len(key) or _shortened(part, heading))
                          for part in parts) else None


def _shortened(title: str, heading: str) -> bool:
    """Whether a title is a heading with words left out: its words (three or more) all in the heading, in their
    order, the heading at most three times as long ("Ενίσχυση χειμερινών δρομολογίων" for "Ενίσχυση των χειμερινών
    ακτοπλοϊκών δρομολογίων προς τα μικρά νησιά")."""
    words, other = _WORD.findall(title.casefold()), iter(_WORD.findall(heading.casefold()))
    return len(words) >= 3 and 3 * len(words) >= len(_WORD.findall(heading)) and all(w in other for w in words)


def _names_unprinted_sections(doc: HtmlElement, text: str) -> bool:
    """Whether a title names only pages and sections that the page does not print ("Print version - Press
    releases"): each of its parts between separators short (four words, 30 characters at most, as a section's
    name), and the whole printed nowhere in the page's text. A headline is longer, and printed."""
    parts = [part for part in _SEPARATOR.split(text) if _site_key(part)]
    body = doc.find("body")
    return bool(parts) and all(len(part.split()) <= 4 and len(part) <= 30 for part in parts) \
        and body is not None and _site_key(text) not in _site_key(_text(body))


def _printed_titles(doc: HtmlElement, titles: list[str], title_tag: str, site_names: list[str]) -> list[str]:
    """The metadata titles that a heading prints and that are no site name; on a page without metadata titles,
    the part of <title> that the page prints (`_printed_part`): what <title> adds to them is the site's name."""
    printed = [t for t in titles if t and not _matches_site(t, site_names) and _printed_heading(doc, t) is not None]
    if not any(titles) and (part := _printed_part(doc, title_tag)):
        printed = [part]
    return printed


def _names_the_site(doc: HtmlElement, text: str, site_names: list[str]) -> bool:
    """Whether a title names only the site or sections of it: each of its parts between separators ("News -
    Nordvik Shipping Group") a site name, printed in the page's header or footer (the site's name beside its
    logo, its address), or a short name (four words at most) that a link prints whole (a menu's "Local
    News"). Not the navigation's text otherwise: a breadcrumb may print the headline itself."""
    parts = [part for part in _SEPARATOR.split(text) if _site_key(part)]
    return bool(parts) and all(_names_site_part(doc, part, site_names) for part in parts)


def _names_site_part(doc: HtmlElement, text: str, site_names: list[str]) -> bool:
    key = _site_key(text)
    if _matches_site(text, site_names) or key in _logo_names(doc):
        return True
    if any(key in _site_key(_text(element)) for element in doc.iter("header", "footer")
           if not _in_content(element)):
        return True         # the page's header and footer: an <article>'s own header holds its headline
    return len(text.split()) <= 4 and any(
        _site_key(_text(a)) == key and (a.get("href") or "#").strip() != "#" for a in doc.iter("a"))


def _headline_under_section(doc: HtmlElement, h1: HtmlElement, heading: str, site_names: list[str],
                            base: str | None, titled: bool) -> str | None:
    """The headline under a short <h1> (four words at most) that names the site or the section the page is in,
    on a page with no metadata title: the content's first heading (`_first_heading`). A section is named by a
    link ("Nieuws" in the menu, "お知らせ" in the breadcrumb), a folder of the page's address ("Press releases"
    on /en/press-releases/sea-level-report) or an item of the breadcrumb before its last; the breadcrumb's last
    item that is no link ("ホーム > ニュース > ニュースリリース") only when that heading is printed beside the
    <h1> (in its parent), and no <title> names the page (`titled`): a short headline is the breadcrumb's last
    item too, and a heading further on is another item's. With a <title> (that says what the <h1> says), the
    heading must be beside the <h1> too. With none and no heading found, the <h1> itself; else None."""
    if len(heading.split()) > 6 or (len(heading.split()) > 4 and not _linked_last_crumb(doc, heading)):
        return None
    if not titled and (item := _item_heading_after(h1)):
        return item
    named = _names_the_site(doc, heading, site_names) or _names_a_section(doc, heading, base, last=False)
    if not named and (titled or not _names_a_section(doc, heading, None, last=True)):
        return None
    first = _first_heading(doc, site_names, heading)
    if named and not titled:
        return first or heading
    parent = h1.getparent()
    beside = parent is not None and any(_text(h) == first for h in parent.iter(*_HEADINGS) if h is not h1)
    return first if first is not None and beside else None


def _linked_last_crumb(doc: HtmlElement, text: str) -> bool:
    """Whether the breadcrumb's last item is a link that prints the text (five or six words: "Taarifa kwa Vyombo
    vya Habari"): a section's page, not the article's own crumb, which is no link."""
    key = _site_key(text)
    for trail in doc.xpath("//*[contains(translate(@class, 'B', 'b'), 'breadcrumb')]"):
        links = [a for a in trail.iter("a") if _site_key(_text(a))]
        if links and _site_key(_text(links[-1])) == key and _site_key(_text(trail)).endswith(key):
            return True
    return False


def _item_heading_after(h1: HtmlElement) -> str | None:
    """The headline of the item printed right after a short <h1>: the block that follows it opens with a heading
    of 20 characters at least (h2-h4, "Ремонт моста через реку Сосну...") and holds the item's text (three times
    that heading's length at least), the <h1> outside it: the <h1> names the section, the block is the article."""
    block = h1.getnext()
    if block is None or block.tag not in ("div", "article", "section"):
        return None
    first = next((child for child in block if isinstance(child.tag, str)), None)
    if first is None or first.tag not in ("h2", "h3", "h4") or first.find(".//a") is not None:
        return None
    text = _text(first)
    return text if _heading_length(text) >= 20 and len(_text(block)) >= 3 * len(text) + 150 else None


def _names_a_section(doc: HtmlElement, text: str, base: str | None, last: bool) -> bool:
    """Whether a text is a folder of the page's address ("press-releases" in /en/press-releases/report) or
    an item of its breadcrumb (before the last; with `last`, the last)."""
    key = _site_key(text)
    folders = [unquote(part) for part in urlsplit(base or "").path.split("/")[:-1]]
    if not key or any(_site_key(folder) == key for folder in folders):
        return bool(key)
    for trail in doc.xpath(_BREADCRUMBS):
        items = [_site_key(_text(item)) for item in trail.iter("li")] or [_site_key(_text(a)) for a in trail.iter("a")]
        items = [item for item in items if item]
        if items and key in (items[-1:] if last else items[:-1]):
            return True
    return False


def _first_heading(doc: HtmlElement, site_names: list[str], title_tag: str) -> str | None:
    """The first heading (h1-h4) of the content that is not the site's (<title> named only the site or a
    section): outside the furniture and links, not a site name, no part of <title>, not a date alone (a blog's
    date header), at least 20 characters (a section name or a widget's heading is shorter; a Chinese, Japanese or
    Korean character counts twice: "东湖区新建三座口袋公园" is a headline of 11)."""
    title_key = _site_key(title_tag)
    holders = _copyright_holders(doc)
    candidates = chain(doc.iter("h1", "h2", "h3", "h4"), filter(_stands_alone, doc.iter("b", "strong")),
                       filter(_titled, doc.iter("div", "p", "span")))
    for heading in candidates:
        text = _text(heading)
        length = _heading_length(text)
        if (length < 20 or _is_date_heading(text) or _is_furniture(heading)
                or _SCREEN_READER_ONLY.search(heading.get("class") or "")
                or any(a.tag == "a" for a in heading.iterancestors())
                or heading.find(".//a") is not None or _matches_site(text, site_names)
                or _site_key(text) in title_key or _site_key(text) in holders or _heads_link_list(heading)):
            continue
        return _without_kicker(heading, [], site_names) if heading.tag in _HEADINGS else text
    return None


def _heads_link_list(heading: HtmlElement) -> bool:
    """Whether a heading is a box's title over a list of links to other items ("Πρόσφατα Δελτία Τύπου", "Recent
    press releases" over its <ul>): the element right after it a list, or a block whose text is mostly links, of two
    links at least that read as headlines (three words each on average; share buttons and tags are shorter)."""
    after = heading.getnext()
    if after is None or not isinstance(after.tag, str):
        return False
    texts = [_text(a) for a in after.iter("a")]
    size, linked = len(_text(after)), sum(len(t) for t in texts)
    return len(texts) >= 2 and sum(len(t.split()) for t in texts) >= 3 * len(texts) \
        and (after.tag in ("ul", "ol") or 2 * linked >= size)


# "© 2026 Name", "© Name 2026 | Address", "Copyright (c) 2019-2026 Name. All rights reserved."
def _is_date_heading(text: str) -> bool:
    """A heading that only prints a date, a weekday's name at most beside it ("Thứ Hai, 11 tháng 3, 2024", a
    blog's date header over its posts): never the headline."""
    date = _DATE_RE.search(text)
    return date is not None and len((text[:date.start()] + " " + text[date.end():]).split()) <= 2


def _tells_the_same(heading: str, title: str) -> bool:
    """Whether a heading tells the story a title tells in other words: at least half of the title's words of
    three letters or more are in it ("20-year study: coral spawning shifting earlier" and "Coral spawning
    shifts earlier as reef waters warm, 20-year study finds")."""
    words = {w for w in re.findall(r"\w{3,}", title.casefold()) if not w.isdigit()}
    return bool(words) and 2 * len(words & set(re.findall(r"\w{3,}", heading.casefold()))) >= len(words)


def _titled(element: HtmlElement) -> bool:
    """A small element whose class calls it a headline or title (<div class="headline">, <span
    class="asset-title">): after the headings and bold lines in `_first_heading`'s order."""
    return len(element) <= 2 and bool({"headline", "title"} & set(_class_words(element)))


_SCREEN_READER_ONLY = re.compile(r"visually-?hidden|sr-only|screen-reader", re.I)   # headings no one sees


def _stands_alone(bold: HtmlElement) -> bool:
    """Whether bold text is a line of its own, as an old page prints its headline without a heading element
    (<font size="5"><b>Headline</b></font><br>): alone in its <font> wrappers, first in its block, followed by
    a line break or nothing. Read after the headings (`_first_heading`): only when none qualifies."""
    element = bold
    while (parent := element.getparent()) is not None and parent.tag in ("font", "span") and _alone_on_line(element):
        element = parent
    return parent is not None and parent.tag in ("p", "div", "td", "font") and _alone_on_line(element)


def _alone_on_line(element: HtmlElement) -> bool:
    """At the start of a line (nothing before it in its parent, or right after a line break: a kicker's line
    above it) and no text or element after it but a line break."""
    parent = element.getparent()
    following = element.getnext()
    previous = element.getprevious()
    at_start = (previous is None and parent is not None and not (parent.text or "").strip()) or (
        previous is not None and previous.tag == "br" and not (previous.tail or "").strip())
    return at_start and not (element.tail or "").strip() and (following is None or following.tag == "br")


_TITLE_LABELS = frozenset({
    "title", "subject", "headline", "titel", "betreff", "titre", "objet", "título", "titulo", "asunto", "assunto",
    "titolo", "oggetto", "onderwerp", "tytuł", "temat", "název", "předmět", "ämne", "rubrik", "başlık", "konu",
    "заголовок", "тема", "judul", "perihal", "tajuk", "tiêu đề", "หัวข้อ", "เรื่อง", "العنوان", "الموضوع", "शीर्षक",
    "विषय", "제목", "件名", "標題", "标题", "題名", "题目", "タイトル",
})


def _labelled_title(doc: HtmlElement) -> str | None:
    """The headline in a label/value row of a board's view (Korean, Japanese, Chinese government sites, old
    CMSs): <th>제목</th><td>Headline</td>, <dt>Subject</dt><dd>...</dd>; the label read without spaces and a
    closing colon. Outside the page furniture; a value of at least five characters that is no link list."""
    for label in doc.iter("th", "dt"):
        key = "".join(_text(label).split()).rstrip(":：").lower()
        if key not in _TITLE_LABELS_KEYS or _is_furniture(label):
            continue
        value = label.getnext()
        if value is None or value.tag not in ("td", "dd") or value.find(".//a") is not None:
            continue
        if len(text := _text(value)) >= 5:
            return text
    return None


_TITLE_LABELS_KEYS = frozenset("".join(label.split()) for label in _TITLE_LABELS)


def _microdata_headline(doc: HtmlElement) -> str:
    """The text (or content) of the element marked itemprop="headline", outside the page furniture."""
    for element in doc.xpath("//*[@itemprop]"):
        if "headline" in (element.get("itemprop") or "").lower().split() and not _is_furniture(element):
            return _clean(element.get("content")) or _text(element)
    return ""


def _without_kicker(h1: HtmlElement, references: list[str], site_names: list[str]) -> str:
    """The heading's text without what is glued before it: a leading date ("23.01.2022 - Title"), and a
    kicker or overline printed as an element of its own inside the heading (<span class="kicker">Verkehr</span>
    Title) when a metadata title (its site name removed) is the rest: by agreement, never by a word list; with
    no metadata title holding it, when its markup marks it as a kicker (`_marked_kicker`) and three words or
    15 characters at least remain. A prefix that is part of the heading's own text ("Lagebeurteilung: Title")
    stays."""
    heading = _text(h1)
    date = _DATE_RE.match(heading)
    if date and (rest := _LEADING_SEPARATOR.sub("", heading[date.end():], count=1)) != heading[date.end():] \
            and len(rest.split()) >= 3:
        heading = rest
    first = next((child for child in h1 if isinstance(child.tag, str)), None)
    kicker = _site_key(_text(first)) if first is not None and not (h1.text or "").strip() else ""
    key = _site_key(heading)
    if not kicker or not key.startswith(kicker):
        return heading
    letters = [m.start() for m in re.finditer(r"\w", heading)]
    for reference in references:
        ref_key = _site_key(_strip_site_name(reference, site_names, loose=True))
        if ref_key and key.endswith(ref_key) and len(key) - len(ref_key) == len(kicker):
            return _clean(heading[letters[len(letters) - len(ref_key)]:]) if len(letters) >= len(ref_key) else heading
    if any(_site_key(_strip_site_name(r, site_names, loose=True)) == key for r in references):
        return heading      # a metadata title holds the kicker too
    if first is not None and _marked_kicker(first) and len(letters) > len(kicker):
        rest = _clean(heading[letters[len(kicker)]:])
        return rest if len(rest.split()) >= 3 or len(rest) >= 15 else heading
    return heading


_KICKER_WORDS = frozenset({"kicker", "overline", "eyebrow", "dachzeile", "topline", "roofline", "supertitle",
                           "pretitle", "surtitre"})


def _marked_kicker(element: HtmlElement) -> bool:
    """Whether the heading's first element is a kicker by its markup: its class calls it one ("kicker",
    "overline", "eyebrow"...), or a separator only screen readers read follows it (<span class="visually-hidden">:
    </span>, "sr-only"): the page shows it apart from the headline, as a label over it."""
    if set(_class_words(element)) & _KICKER_WORDS:
        return True
    after = element.getnext()
    if after is None or not isinstance(after.tag, str) or _site_key(_text(after)):
        return False
    return bool(_SCREEN_READER_ONLY.search(after.get("class") or ""))


_LEADING_SEPARATOR = re.compile(r"^\s*[-–—|:·]\s*")


def _heading_printing(doc: HtmlElement, references: list[str], site_names: list[str]) -> str | None:
    """A heading that prints one of the metadata titles (site name removed): it wins over an <h1> that agrees
    with none of them (a section heading such as "Pressemitteilungen" or "Navigation und Service")."""
    for reference in references:
        if reference and (printed := _printed_heading(doc, _strip_site_name(reference, site_names, loose=True))):
            return printed
    return None


def _printed_part(doc: HtmlElement, title: str) -> str | None:
    """The longest run of a title's parts between separators ("Site name - Headline", "Headline | Section |
    Site") that the page prints whole, outside the furniture and links, when no metadata names the site: by
    agreement, the headline, whichever side the site's name is on. Printed by a heading (also after a kicker
    of its own: "Pressemitteilung: Headline"), or by a small element of its own (<div class="headline">); a
    run of at least 40% of the title's letters (a headline is most of a title; a section's name is not)."""
    separators = list(_SEPARATOR.finditer(title))
    if not separators:
        return None
    starts = [0] + [m.end() for m in separators]
    ends = [m.start() for m in separators] + [len(title)]
    whole = len(_site_key(title))
    runs: dict[str, str] = {}
    for i, start in enumerate(starts):
        for end in ends[i:]:
            key = _site_key(title[start:end])
            if 8 <= len(key) < whole and len(key) >= 0.4 * whole:
                runs.setdefault(key, _clean(title[start:end]))
    for key in sorted(runs, key=len, reverse=True):
        if printed := _printed_run(doc, key, runs[key]):
            return printed
    return None


_RUN_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "td", "strong", "b", "font")


def _printed_run(doc: HtmlElement, key: str, run: str) -> str | None:
    """How a heading or a small element (three children at most) prints the text whose letters are `key`,
    outside the furniture and links: its own text, or `run` where a heading puts a kicker before it."""
    for element in doc.iter(*_RUN_TAGS):
        if len(element) > 3:
            continue
        text = _text(element)
        text_key = _site_key(text)
        if text_key != key and not (element.tag in _HEADINGS and text_key.endswith(key)
                                    and len(key) >= 0.5 * len(text_key)):
            continue
        if not _is_furniture(element) and element.find(".//a") is None \
                and not any(a.tag == "a" for a in element.iterancestors()):
            return text if text_key == key else run
    return None


def _has_subtitle(title: str, heading: str) -> bool:
    """Whether a title is the heading followed by a subtitle ("Heading: subtitle")."""
    title, heading = _clean(title), _clean(heading)
    return (len(title) > len(heading) + 2 and title.startswith(heading)
            and title[len(heading):].lstrip().startswith(":"))


def _printed_heading(doc: HtmlElement, title: str) -> str | None:
    """A heading (h1-h3, not in the furniture) that prints the same title, or extends it (after it, or with
    words inside it, beginning and ending alike: "Ремонт моста через реку Сосну..." for <title>'s "Ремонт моста
    через Сосну...", the page printing the whole headline that a metadata title shortened; not a kicker before
    it)."""
    key = _site_key(title)
    if not key:
        return None
    for heading in doc.iter("h1", "h2", "h3"):
        text = _text(heading)
        other = _site_key(text)
        if not other or _is_furniture(heading):
            continue
        if other == key or (other in key and len(other) >= 0.75 * len(key)) or (
                other.startswith(key) and len(key) >= 0.5 * len(other)) or (
                len(other) > len(key) >= 16 and other[:8] == key[:8] and other[-8:] == key[-8:]
                and _similar(text, title)):
            return text
    return None


def _head_title(doc: HtmlElement) -> str:
    """The document's <title> (not the <title> of an inline SVG)."""
    for element in doc.iter("title"):
        if not any(a.tag == "svg" for a in element.iterancestors()):
            return _text(element)
    return ""


def _main_h1(doc: HtmlElement, site_names: list[str], references: list[str]) -> HtmlElement | None:
    """The <h1> that carries the article's title.

    Not a logo, not the site's name, not an <h1> the publisher marks as the alternative headline
    (itemprop="alternativeHeadline": a short form of the headline); the one most like a metadata title
    if one is; else the first inside <article>/<main> and outside the furniture. An <h1> unlike every
    metadata title and shorter than 20 characters (a section name, a widget's heading) is not trusted.
    """
    names = site_names + _title_suffix(references[-1] if references else "")  # the shorter side only
    headings = []
    for h in doc.iter("h1"):
        text = _text(h)
        if not text or (_matches_site(text, names)
                        and not any(_similar(text, r) for r in references[:-1])):
            continue
        if "alternativeheadline" in (h.get("itemprop") or "").lower().split():
            continue
        if any("logo" in _class_words(e) for e in [h, *h.iterdescendants()] if isinstance(e.tag, str)):
            continue
        if _home_link_only(h, text):
            continue
        headings.append(h)

    def rank(h: HtmlElement) -> int:
        inside = 0 if _in_content(h) else 1
        return inside + (2 if _is_furniture(h) else 0)

    similar = [h for h in headings if any(_similar(_text(h), r) for r in references)]
    if similar:
        return min(similar, key=rank)
    if references:
        headings = [h for h in headings if len(_text(h)) >= 20]
    return min(headings, key=rank) if headings else None


def _home_link_only(heading: HtmlElement, text: str) -> bool:
    """Whether a heading's whole text is one link to a site's home page (path "/" or none: a blog's or a
    newspaper's name over every page, the logo's heading), never an article's headline, which links to the
    article if anywhere."""
    links = [a for a in heading.iter("a") if _site_key(_text(a))]
    if len(links) != 1 or _site_key(_text(links[0])) != _site_key(text):
        return False
    parts = urlsplit((links[0].get("href") or "").strip())
    return bool(parts.scheme in ("", "http", "https") and (parts.netloc or parts.path)
                and parts.path in ("", "/") and not parts.query and not parts.fragment)
