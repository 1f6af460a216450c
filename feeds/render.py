"""Releases -> Atom 1.0, RSS 2.0, JSON Feed 1.1 and OPML bytes. Pure (apart from feedgen's locale switch,
kept behind a lock). The only feedgen user.

Rules kept here because strangers' software checks them (see FEEDS.md): the self link is the exact
document URL; the feed's `updated` is the newest entry change, never "now"; entries keep our order;
every entry has an author, a permanent id, a summary and sanitised HTML content with absolute URLs.
Whatever an archive holds, only values validators accept are written: ISO 639-1 language codes (others
are left out), URIs (an IRI is percent-encoded), and a text summary that reads like markup as an html
construct holding it escaped.

What feedgen cannot write is added to its lxml tree afterwards: RFC 5005 paging and archive links
(`FeedInfo.links`, `fh:archive`), WebSub hub links, per-entry `xml:lang` (`dc:language` in RSS), the
publisher's feed as RSS `source`, and the `xml-stylesheet` processing instruction that makes a feed readable in a
browser.
"""
from __future__ import annotations

import json
import re
import threading
from html import escape
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from feedgen.feed import FeedGenerator
from lxml import etree

from . import __version__
from .model import Release, StoredRelease
from .urls import release_url, source_feed_url, topic_scheme
from .normalise.langcodes import iso639_1

FEED_NAMESPACE = uuid.UUID("0b9d2f43-7c1e-5a8b-8f4d-3e6a1c2b5d70")   # ours; never change it
# feedgen formats RSS dates by switching the process-wide locale: one rendering at a time.
_FEEDGEN_LOCK = threading.Lock()
ATOM_NS = "http://www.w3.org/2005/Atom"
FH_NS = "http://purl.org/syndication/history/1.0"
DC_NS = "http://purl.org/dc/elements/1.1/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
# A plain-text summary that reads like markup ("<p>", "</b>", "<br/>"): validators warn on it as text.
_LOOKS_LIKE_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][\w:-]*(\s[^<>]*)?/?\s*>|&[A-Za-z]+;|&#\w+;")
_URI_SAFE = "!#$%&'()*+,-./:;=?@[]_~"    # reserved and unreserved ASCII (letters and digits are always safe)


@dataclass(frozen=True)
class FeedInfo:
    """What a feed document says about itself."""

    title: str
    subtitle: str
    self_url: str            # the exact URL the document is served at, query string included
    html_url: str            # the HTML page showing the same releases
    feed_key: str            # canonical description of the feed (topic + filters): its permanent id
    fallback_updated: datetime   # for a feed with no entries: a fixed instant, not "now"
    base_url: str
    links: tuple[tuple[str, str], ...] = ()   # (rel, absolute URL): RFC 5005 first/next/previous/last/...
    archive: bool = False        # an RFC 5005 archive document (fh:archive)
    archive_complete: bool = False   # the oldest archive document: no prev-archive, so fh:complete
    hubs: tuple[str, ...] = ()   # WebSub hubs (rel="hub")
    stylesheet: str | None = None   # absolute URL of the XSL stylesheet for browsers


def newest_change(info: FeedInfo, items: list[StoredRelease]) -> datetime:
    """The document's date: its newest entry change (never the time of rendering)."""
    return whole(max((i.updated for i in items), default=info.fallback_updated))


def publisher_time(release: Release) -> datetime:
    """A release's date in whole seconds, in the publisher's offset when it stated a time (the same instant)."""
    when = whole(release.published)
    if release.published_offset is None:
        return when
    return when.astimezone(timezone(timedelta(minutes=release.published_offset)))


def whole(when: datetime) -> datetime:
    """An instant as every feed carries it: whole seconds (readers round or truncate fractions, and so
    disagree by a second). The archive keeps `updated` in distinct whole seconds; a stated publication
    time with a fraction loses it here."""
    return when.replace(microsecond=0)


def language(code: str | None) -> str | None:
    """A release's language as feeds may write it: an ISO 639-1 code, or None (archives made before
    that rule may hold codes such as "pcm" or "zxx")."""
    return iso639_1(code)


def document_language(items: list[StoredRelease]) -> str | None:
    languages = {language(i.release.language) for i in items}
    return languages.pop() if len(languages) == 1 and None not in languages else None


def as_uri(iri: str) -> str:
    """An IRI as a URI (RFC 3987 3.1): an international host in IDNA, every other character outside
    printable ASCII, and the few ASCII ones URIs forbid, percent-encoded as UTF-8. A URI is unchanged."""
    if iri.isascii() and not re.search(r'[\s"<>\\^`{|}]', iri):
        return iri
    parts = urlsplit(iri)
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        ascii_host = quote(host, safe="")
    netloc = ascii_host
    if parts.port is not None:
        netloc += f":{parts.port}"
    if parts.username is not None:
        userinfo = quote(parts.username, safe=_URI_SAFE)
        userinfo += f":{quote(parts.password, safe=_URI_SAFE)}" if parts.password is not None else ""
        netloc = f"{userinfo}@{netloc}"
    if ":" in ascii_host:
        netloc = netloc.replace(ascii_host, f"[{ascii_host}]", 1)
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=_URI_SAFE), quote(parts.query, safe=_URI_SAFE),
                       quote(parts.fragment, safe=_URI_SAFE)))


def release_link(item: StoredRelease, base_url: str) -> str:
    """Where an entry points: the publisher's page (as a URI), else our permalink."""
    return as_uri(item.release.link) if item.release.link else permalink(base_url, item)


def looks_like_markup(text: str) -> bool:
    return bool(_LOOKS_LIKE_MARKUP.search(text))


def feed_id(feed_key: str) -> str:
    return uuid.uuid5(FEED_NAMESPACE, feed_key).urn


def permalink(base_url: str, item: StoredRelease) -> str:
    return release_url(base_url, item.uuid)


def related_permalink(base_url: str, uuid_: str) -> str:
    return release_url(base_url, uuid_)


def related_links(base_url: str, item: StoredRelease) -> list[tuple[str, dict[str, str]]]:
    """Links of an entry to its other copies (rel="related", titled with the publisher) and to its
    translations (rel="alternate" with hreflang)."""
    links: list[tuple[str, dict[str, str]]] = []
    for c in item.copies:
        links.append(("related", {"href": as_uri(c.link) if c.link else related_permalink(base_url, c.uuid),
                                  "title": f"Also published by {c.source_name}"}))
    for t in item.translations:
        attrs = {"href": related_permalink(base_url, t.uuid), "title": t.title}
        if language(t.language):
            attrs["hreflang"] = language(t.language)  # type: ignore[assignment]
        links.append(("alternate", attrs))
    return links


def also_published_html(base_url: str, item: StoredRelease) -> str:
    """The line added to an entry's content when other sources published the same release."""
    if not item.copies:
        return ""
    names = ", ".join(f'<a href="{escape(as_uri(c.link) if c.link else related_permalink(base_url, c.uuid))}">'
                      f'{escape(c.source_name)}</a>'
                      for c in item.copies)
    return f"<p><em>Also published by {names}.</em></p>"


def _generator(info: FeedInfo, items: list[StoredRelease], topic_names: dict[str, str]) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(feed_id(info.feed_key))
    fg.title(info.title)
    fg.subtitle(info.subtitle)
    fg.link(href=info.self_url, rel="self")
    fg.link(href=info.html_url, rel="alternate", type="text/html")
    fg.generator("feeds", version=__version__)
    lang = document_language(items)
    if lang:
        fg.language(lang)
    newest = newest_change(info, items)
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for item in items:
        _entry(fg, info, item, topic_names)
    return fg


def _entry(fg: FeedGenerator, info: FeedInfo, item: StoredRelease, topic_names: dict[str, str]) -> None:
    r = item.release
    fe = fg.add_entry(order="append")
    own = permalink(info.base_url, item)
    fe.id(item.entry_id)
    fe.guid(item.entry_id, permalink=False)
    fe.title(r.title)
    fe.link(href=release_link(item, info.base_url), rel="alternate", type="text/html")
    if r.link:
        fe.link(href=own, rel="related", type="text/html", title="Archived copy")
    fe.published(publisher_time(r))
    fe.updated(whole(item.updated))
    fe.author(name=r.source_name)
    fe.dc.dc_creator(r.source_name)
    if looks_like_markup(r.summary):
        # Text that reads like markup is sent as an html construct holding it escaped: the same words
        # for every reader, and no "summary should not contain HTML" from validators.
        fe.summary(escape(r.summary, quote=False), type="html")
    else:
        fe.summary(r.summary)
    fe.content(r.body_html + also_published_html(info.base_url, item), type="html")
    for m in r.topics:
        fe.category(term=m.slug, label=topic_names.get(m.slug, m.slug), scheme=topic_scheme(info.base_url))


def render_atom(info: FeedInfo, items: list[StoredRelease], topic_names: dict[str, str]) -> bytes:
    with _FEEDGEN_LOCK:
        data = _generator(info, items, topic_names).atom_str(pretty=False)
    root = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
    return _finish(_atom_extras(root, info, items))


def render_rss(info: FeedInfo, items: list[StoredRelease], topic_names: dict[str, str]) -> bytes:
    with _FEEDGEN_LOCK:
        data = _generator(info, items, topic_names).rss_str(pretty=False)
    root = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
    return _finish(_rss_extras(root, info, items))


def _finish(root: etree._Element) -> bytes:
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _stylesheet(root: etree._Element, info: FeedInfo) -> None:
    if info.stylesheet:
        root.addprevious(etree.ProcessingInstruction("xml-stylesheet", f'type="text/xsl" href="{info.stylesheet}"'))


def _atom_extras(root: etree._Element, info: FeedInfo, items: list[StoredRelease]) -> etree._Element:
    """Add to feedgen's Atom tree what feedgen cannot write (see the module docstring)."""
    a = f"{{{ATOM_NS}}}"
    if info.archive:
        root = _with_namespace(root, "fh", FH_NS)
    lang = document_language(items)
    if lang:
        root.set(XML_LANG, lang)
    anchor = root.find(a + "link")
    for rel, href in _extra_links(info):
        link = etree.Element(a + "link", rel=rel, href=href)
        if anchor is not None:
            anchor.addnext(link)
            anchor = link
        else:
            root.append(link)
    if info.archive:
        _add_history_marks(anchor if anchor is not None else root[0], info)
    if not items:   # Atom wants an author for every entry or the feed; an empty feed has only itself
        author = etree.Element(a + "author")
        etree.SubElement(author, a + "name").text = info.title
        root.find(a + "title").addnext(author)  # type: ignore[union-attr]
    by_id = {i.entry_id: i for i in items}
    for entry in root.iterfind(a + "entry"):
        item = by_id.get(entry.findtext(a + "id") or "")
        if item is not None:
            _atom_entry_extras(entry, item, info, lang)
    _stylesheet(root, info)
    return root


def _atom_entry_extras(entry: etree._Element, item: StoredRelease, info: FeedInfo, lang: str | None) -> None:
    """An entry's language when it differs from the feed's, and its links (feedgen 1.0 drops their rel,
    type and title). The publisher is the entry's author. (An atom:source would need the publisher
    feed's own `updated`, one more query per source and document: RSS gets <source>, which needs no date.)"""
    a = f"{{{ATOM_NS}}}"
    r = item.release
    entry_lang = language(r.language)
    if entry_lang and entry_lang != lang:
        entry.set(XML_LANG, entry_lang)
    for old in entry.findall(a + "link"):
        entry.remove(old)
    own = permalink(info.base_url, item)
    etree.SubElement(entry, a + "link", rel="alternate", type="text/html", href=release_link(item, info.base_url))
    if r.link:
        etree.SubElement(entry, a + "link", rel="related", type="text/html", href=own, title="Archived copy")
    for rel, attrs in related_links(info.base_url, item):
        etree.SubElement(entry, a + "link", {"rel": rel, "type": "text/html", **attrs})


def _rss_extras(root: etree._Element, info: FeedInfo, items: list[StoredRelease]) -> etree._Element:
    """Add to feedgen's RSS tree what feedgen cannot write: Atom links, fh:archive, item language, source."""
    root = _with_namespace(root, "atom", ATOM_NS)
    if info.archive:
        root = _with_namespace(root, "fh", FH_NS)
    channel = root.find("channel")
    assert channel is not None
    anchor = channel.find(f"{{{ATOM_NS}}}link")
    for rel, href in _extra_links(info):
        link = etree.Element(f"{{{ATOM_NS}}}link", rel=rel, href=href)
        if anchor is not None:
            anchor.addnext(link)
            anchor = link
        else:
            channel.insert(0, link)
            anchor = link
    if info.archive:
        assert anchor is not None, "an archive page has paging links"
        _add_history_marks(anchor, info)
    lang = document_language(items)
    by_guid = {i.entry_id: i for i in items}
    for element in channel.iterfind("item"):
        item = by_guid.get(element.findtext("guid") or "")
        if item is None:
            continue
        r = item.release
        description = element.find("description")
        if description is not None:
            # RSS readers show <description> as HTML: the plain-text summary is escaped, so a summary that
            # reads "<img src=x onerror=...>" stays text there too (the battery's script-injection group)
            description.text = escape(r.summary, quote=False)
        if language(r.language) and language(r.language) != lang:
            etree.SubElement(element, f"{{{DC_NS}}}language").text = language(r.language)
        source = etree.SubElement(element, "source", url=source_feed_url(info.base_url, r.source_id, "rss"))
        source.text = r.source_name
        for rel, attrs in related_links(info.base_url, item):
            etree.SubElement(element, f"{{{ATOM_NS}}}link", {"rel": rel, "type": "text/html", **attrs})
    _stylesheet(root, info)
    return root


def _add_history_marks(after: etree._Element, info: FeedInfo) -> None:
    """fh:archive after `after`, then on the oldest archive page fh:complete (RFC 5005: validators want
    an archive document to link to an older one or to say that nothing older exists)."""
    if info.archive_complete:
        after.addnext(etree.Element(f"{{{FH_NS}}}complete"))
    after.addnext(etree.Element(f"{{{FH_NS}}}archive"))


def _extra_links(info: FeedInfo) -> list[tuple[str, str]]:
    return [("hub", hub) for hub in info.hubs] + list(info.links)


def _with_namespace(root: etree._Element, prefix: str, uri: str) -> etree._Element:
    """The same tree with `prefix` declared on the root (lxml cannot add a declaration in place)."""
    if root.nsmap.get(prefix) == uri:
        return root
    nsmap: dict[Any, str] = dict(root.nsmap)
    nsmap[prefix] = uri
    attrib: dict[Any, Any] = dict(root.attrib.items())
    new = etree.Element(root.tag, nsmap=nsmap, attrib=attrib)
    new.text = root.text
    new.extend(list(root))
    return new


def render_json(info: FeedInfo, items: list[StoredRelease], topic_names: dict[str, str]) -> bytes:
    """A JSON Feed 1.1 document: the same entries as Atom and RSS; `next_url` pages through them."""
    links = dict(info.links)
    feed: dict[str, object] = {
        "version": JSON_FEED_VERSION,
        "title": info.title,
        "home_page_url": info.html_url,
        "feed_url": info.self_url,
        "description": info.subtitle,
    }
    lang = document_language(items)
    if lang:
        feed["language"] = lang
    if "next" in links:
        feed["next_url"] = links["next"]
    if info.hubs:
        feed["hubs"] = [{"type": "WebSub", "url": hub} for hub in info.hubs]
    feed["_feeds"] = {
        "about": f"{info.base_url}/#paging",
        "updated": newest_change(info, items).isoformat(),
        "archive": info.archive,
        **{f"{rel.replace('-', '_')}_url": href for rel, href in info.links},
    }
    feed["items"] = [_json_item(info, item, topic_names) for item in items]
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _json_item(info: FeedInfo, item: StoredRelease, topic_names: dict[str, str]) -> dict[str, object]:
    r = item.release
    out: dict[str, object] = {
        "id": item.entry_id,
        "url": permalink(info.base_url, item),
        "title": r.title,
        "content_html": r.body_html + also_published_html(info.base_url, item),
        "content_text": r.body_text,
        "summary": r.summary,
        "date_published": publisher_time(r).isoformat(),
        "date_modified": whole(item.updated).isoformat(),
        "authors": [{"name": r.source_name, "url": source_feed_url(info.base_url, r.source_id, "json")}],
        "tags": [topic_names.get(m.slug, m.slug) for m in r.topics],
    }
    if r.link:
        out["external_url"] = as_uri(r.link)
    if language(r.language):
        out["language"] = language(r.language)
    extension: dict[str, object] = {}
    if item.copies or item.translations:
        extension = {
            "also_published_by": [{"source": c.source_name, "url": c.link or related_permalink(info.base_url, c.uuid),
                                   "id": c.entry_id} for c in item.copies],
            "translations": [{"language": t.language, "url": related_permalink(info.base_url, t.uuid),
                              "title": t.title, "id": t.entry_id} for t in item.translations],
        }
    if r.notes:
        extension["notes"] = r.notes
    if r.contacts:
        extension["contacts"] = [{k: c.get(k) for k in ("name", "role", "email", "phone", "text")} for c in r.contacts]
    if extension:
        out["_feeds"] = extension
    return out


def render_opml(title: str, feeds: list[tuple[str, str, str]], created: datetime) -> bytes:
    """OPML 2.0 listing feeds as (title, xml_url, html_url)."""
    from email.utils import format_datetime
    from xml.sax.saxutils import quoteattr, escape
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>",
             f"    <title>{escape(title)}</title>",
             f"    <dateCreated>{format_datetime(created, usegmt=True)}</dateCreated>", "  </head>", "  <body>"]
    for name, xml_url, html_url in feeds:
        lines.append(f'    <outline type="rss" text={quoteattr(name)} title={quoteattr(name)} '
                     f'xmlUrl={quoteattr(xml_url)} htmlUrl={quoteattr(html_url)}/>')
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines).encode("utf-8")
