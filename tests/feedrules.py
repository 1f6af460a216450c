"""Our own checker of the W3C Feed Validation Service's rules for the Atom 1.0 and RSS 2.0 documents we serve.

We cannot run the W3C validator in CI, so this module re-states the rules that matter for our feeds (see
/work/shared/FEEDS.md), plus a few of our own (marked "ours"). Errors and warnings are both problems:
`check_atom(data, url)` and `check_rss(data, url)` return a list of strings, empty when the document is clean.
Each string starts with a short code in square brackets, so tests can assert which rule fired.

Standard library and lxml only. Never fetches anything (no_network, no entity resolution).
"""
from __future__ import annotations

import html
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
A = f"{{{ATOM}}}"

# XML 1.0 Char production: anything outside it may not appear in a document, not even as a reference.
_NOT_XML_CHAR = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CHAR_REF = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
# RFC 3339 date-time (the profile Atom uses): full date, 'T', full time, mandatory offset.
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# RFC 822 as RSS 2.0 uses it, with the four-digit year the W3C validator insists on.
_RFC822 = re.compile(
    r"^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) "
    r"(\d{2}):(\d{2})(?::(\d{2}))? (GMT|UT|Z|[ECMP][SD]T|[+-]\d{4})$")
_UUID_URN = re.compile(r"^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_TAG_URI = re.compile(r"^tag:[^,\s]+,\d{4}(-\d{2}(-\d{2})?)?:\S*$")
_MIME = re.compile(r"^[\w.+-]+/[\w.+-]+(\s*;.*)?$")
# Attributes holding URLs, in any HTML we carry (content, summary, description, content:encoded).
_URL_ATTRS = ("href", "src", "srcset", "poster", "action", "formaction", "cite", "background", "longdesc",
              "data", "usemap", "manifest", "icon", "lowsrc", "dynsrc", "xlink:href")
_ABSOLUTE_SCHEMES = ("http", "https", "mailto")
# Elements the W3C validator reports as a security risk, and those we never send either (ours).
_DANGEROUS_ELEMENTS = {"script", "meta", "embed", "object", "applet", "iframe", "frame", "frameset", "link",
                       "base", "style", "form", "input", "button", "textarea", "select", "svg", "math"}
_HTML_IN_TEXT = re.compile(r"<\s*/?\s*(a|abbr|b|blockquote|br|div|em|h[1-6]|hr|i|img|li|ol|p|pre|script|span|"
                           r"strong|table|td|tr|u|ul)\b[^<>]*>", re.IGNORECASE)
_EMAIL_IN_TEXT = re.compile(r"<[^@<>\s]+@[^@<>\s]+\.[^@<>\s]+>")
_RSS_AUTHOR = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+(\s+\(.+\))?$")
# The link relations the validator knows (IANA registry as of its link.py); others must be full URIs.
_LINK_RELS = {"alternate", "current", "describedby", "edit", "edit-media", "enclosure", "first", "hub", "last",
              "license", "next", "next-archive", "payment", "prev-archive", "previous", "related", "replies",
              "search", "self", "service", "up", "via"}
_HISTORY_RELS = {"current", "first", "last", "next", "next-archive", "prev-archive", "previous"}   # RFC 5005
_SELF_TYPES = ("application/atom+xml", "application/rss+xml", "application/rdf+xml")
FH = "http://purl.org/syndication/history/1.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The language codes the validator takes: ISO 639-1 (two letters), optionally with subtags ("en-GB").
_LANGUAGE = re.compile(r"^[a-zA-Z]{2}(-[a-zA-Z0-9]{1,8})*$")
# What a URI may not hold (RFC 3986): anything outside printable ASCII, and a few ASCII characters.
_NOT_URI = re.compile(r'[^\x21-\x7e]|["<>\\^`{|}]')


# -- shared helpers ------------------------------------------------------------------------------------------

def _parse(data: bytes, expected_root: str) -> tuple[etree._Element | None, list[str]]:
    problems: list[str] = []
    if not isinstance(data, bytes):
        return None, ["[not-bytes] the document must be given as bytes"]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, [f"[encoding] the document is not valid UTF-8: {e}"]
    declared = re.match(r"""^\ufeff?<\?xml[^>]*encoding=["']([^"']+)["']""", text)
    if declared and declared.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        problems.append(f"[encoding] the XML declaration says {declared.group(1)!r}, the bytes are UTF-8")
    for m in _NOT_XML_CHAR.finditer(text):
        problems.append(f"[xml-char] character U+{ord(m.group()):04X} at offset {m.start()} is not allowed in XML 1.0")
        break
    for m in _CHAR_REF.finditer(text):
        ref = m.group(1)
        code = int(ref[1:], 16) if ref[0] in "xX" else int(ref)
        if code > 0x10FFFF or _NOT_XML_CHAR.match(chr(code)):
            problems.append(f"[xml-char] character reference {m.group()} names a character XML 1.0 forbids")
            break
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_blank_text=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        return None, problems + [f"[xml] not well-formed XML: {e}"]
    if root.getroottree().docinfo.doctype:
        problems.append("[xml] a feed must not carry a DOCTYPE")
    if root.tag != expected_root:
        problems.append(f"[root] root element is {root.tag!r}, expected {expected_root!r}")
        return None, problems
    return root, problems


def _text(el: etree._Element | None) -> str:
    return "" if el is None else "".join(el.itertext())


def is_absolute_uri(value: str) -> bool:
    """A URI with a scheme, usable as a permanent id: urn:uuid:, tag: or http(s) with a host."""
    if not value or value != value.strip() or any(c.isspace() for c in value):
        return False
    if value.startswith("urn:uuid:"):
        return bool(_UUID_URN.match(value))
    if value.startswith("tag:"):
        return bool(_TAG_URI.match(value))
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_http_url(value: str) -> bool:
    if not value or value != value.strip() or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def parse_rfc3339(value: str) -> datetime | None:
    if not _RFC3339.match(value):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_rfc822(value: str) -> datetime | None:
    m = _RFC822.match(value)
    if not m:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.year != int(m.group(4)):
        return None
    if m.group(1):   # the day name, when given, must be the right one
        if when.strftime("%a") != m.group(1):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when


def _absolute_html_url(value: str) -> bool:
    v = value.strip()
    try:
        parts = urlsplit(v)
    except ValueError:
        return False
    if parts.scheme == "mailto":
        return len(v) > len("mailto:")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def check_html(fragment: str, where: str) -> list[str]:
    """Problems of one HTML fragment as carried in a feed (already unescaped once by the XML parser)."""
    problems: list[str] = []
    if not fragment.strip():
        return [f"[html-empty] {where}: HTML content is empty"]
    if _NOT_XML_CHAR.search(fragment):
        problems.append(f"[xml-char] {where}: HTML holds a character XML 1.0 forbids")
    lowered = fragment.lower()
    if re.search(r"<\s*script", lowered):
        problems.append(f"[html-script] {where}: contains <script")
    if re.search(r"<[^>]*[\s/\"']on[a-z]+\s*=", lowered):
        problems.append(f"[html-event] {where}: contains an on*= event handler attribute")
    squeezed = re.sub(r"[\x00-\x20]+", "", html.unescape(lowered))
    if "javascript:" in squeezed or "vbscript:" in squeezed:
        problems.append(f"[html-javascript] {where}: contains a javascript: (or vbscript:) URL")
    parser = lxml_html.HTMLParser(recover=True, no_network=True)
    try:
        nodes = lxml_html.fragments_fromstring(fragment, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        return problems + [f"[html-parse] {where}: does not parse as HTML: {e}"]
    # libxml2's HTML parser names real structural errors (unclosed or stray tags) in its log; unknown
    # (HTML5) tag names are not errors for us.
    for entry in parser.error_log:
        if entry.type_name in ("HTML_UNKNOWN_TAG",) or "Tag " in entry.message and "invalid" in entry.message:
            continue
        problems.append(f"[html-parse] {where}: {entry.message.strip()} (line {entry.line})")
    for node in nodes:
        if not isinstance(node, etree._Element):
            continue
        for el in node.iter():
            if not isinstance(el.tag, str):
                continue
            tag = el.tag.lower()
            if tag in _DANGEROUS_ELEMENTS:
                problems.append(f"[html-element] {where}: contains a <{tag}> element")
            for name, value in el.attrib.items():
                lname = name.lower()
                if lname.startswith("on"):
                    problems.append(f"[html-event] {where}: <{tag} {lname}=...> event handler")
                elif lname == "style" and re.search(r"expression|url\s*\(|javascript", value, re.I):
                    problems.append(f"[html-style] {where}: <{tag} style> with a dangerous value")
                if lname in _URL_ATTRS:
                    urls = ([c.strip().split()[0] for c in value.split(",") if c.strip()]
                            if lname == "srcset" else [value])
                    for u in urls:
                        if not _absolute_html_url(u):
                            problems.append(f"[relative-url] {where}: <{tag} {lname}={u!r}> is not an absolute "
                                            "http(s)/mailto URL")
    return problems


def _text_construct(el: etree._Element, where: str) -> list[str]:
    """Atom text construct (title, subtitle, summary, rights)."""
    problems: list[str] = []
    kind = el.get("type", "text")
    if kind not in ("text", "html", "xhtml"):
        problems.append(f"[text-type] {where}: type={kind!r} is not text, html or xhtml")
        return problems
    if kind == "xhtml":
        divs = [c for c in el if isinstance(c.tag, str)]
        if len(divs) != 1 or divs[0].tag != "{http://www.w3.org/1999/xhtml}div":
            problems.append(f"[text-type] {where}: xhtml content must be one xhtml:div")
        return problems
    value = el.text or ""
    if len(el):
        problems.append(f"[text-type] {where}: {kind} text construct must not contain child elements")
    if not value.strip():
        problems.append(f"[empty] {where} is empty")
    elif kind == "html":
        problems += check_html(value, where)
    elif _HTML_IN_TEXT.search(value):
        problems.append(f"[html-in-text] {where}: type text but contains HTML markup")
    if kind == "text" and _EMAIL_IN_TEXT.search(value):
        problems.append(f"[email-in-text] {where}: contains an email address in angle brackets")
    return problems


# -- Atom ----------------------------------------------------------------------------------------------------

def _plausible(when: datetime, now: datetime | None) -> bool:
    """The validator's ImplausibleDate: before 1990 or more than a day in the future."""
    now = now or datetime.now(timezone.utc)
    return datetime(1990, 1, 1, tzinfo=timezone.utc) <= when <= now + timedelta(days=1)


def _atom_dates(parent: etree._Element, name: str, where: str, required: bool,
                problems: list[str], now: datetime | None = None) -> datetime | None:
    els = parent.findall(A + name)
    if not els:
        if required:
            problems.append(f"[missing] {where} has no <{name}>")
        return None
    if len(els) > 1:
        problems.append(f"[duplicate] {where} has {len(els)} <{name}> elements")
    value = (els[0].text or "")
    when = parse_rfc3339(value)
    if when is None:
        problems.append(f"[date] {where} <{name}> {value!r} is not an RFC 3339 date-time")
    elif not _plausible(when, now):
        problems.append(f"[implausible-date] {where} <{name}> {value!r} is before 1990 or in the future")
    return when


def _atom_author_ok(parent: etree._Element, where: str, problems: list[str]) -> bool:
    authors = parent.findall(A + "author")
    for a in authors:
        names = a.findall(A + "name")
        if len(names) != 1 or not (names[0].text or "").strip():
            problems.append(f"[author] {where} <author> needs exactly one non-empty <name>")
        for uri in a.findall(A + "uri"):
            if not is_http_url((uri.text or "").strip()):
                problems.append(f"[author] {where} <author><uri> is not an absolute URL")
        for email in a.findall(A + "email"):
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", (email.text or "").strip()):
                problems.append(f"[author] {where} <author><email> is not an email address")
    return bool(authors)


def _atom_links(parent: etree._Element, where: str, problems: list[str], feed_level: bool = False
                ) -> list[etree._Element]:
    """Link checks. The validator's DuplicateAtomLink: in an entry, two alternate links with one type and
    hreflang; at feed level, two links with one rel, type and hreflang."""
    links = parent.findall(A + "link")
    seen: Counter[tuple[str, str, str]] = Counter()
    for link in links:
        href = link.get("href")
        rel = link.get("rel", "alternate")
        if rel not in _LINK_RELS and not is_http_url(rel):
            problems.append(f"[link-rel] {where} <link rel={rel!r}> is neither a registered relation nor a URI")
        if rel in _HISTORY_RELS and not feed_level:
            problems.append(f"[link-rel] {where} <link rel={rel!r}>: feed paging relations belong to the feed")
        if rel == "self" and link.get("type") is not None and \
                link.get("type", "").split(";")[0].strip() not in _SELF_TYPES:
            problems.append(f"[self] {where} <link rel=\"self\" type={link.get('type')!r}> is not a feed type")
        if href is None or not href.strip():
            problems.append(f"[link] {where} <link rel={rel!r}> has no href")
            continue
        if not is_http_url(href):
            problems.append(f"[link] {where} <link rel={rel!r}> href {href!r} is not an absolute http(s) URL")
        if link.get("type") is not None and not _MIME.match(link.get("type", "")):
            problems.append(f"[link] {where} <link> type {link.get('type')!r} is not a MIME type")
        if (link.text or "").strip() or len(link):
            problems.append(f"[link] {where} <link> must be empty")
        if rel == "alternate" or feed_level:
            seen[(rel, link.get("type", ""), link.get("hreflang", ""))] += 1
    for (rel, kind, lang), n in seen.items():
        if n > 1:
            problems.append(f"[duplicate-link] {where} has {n} links rel={rel!r} (rel omitted means alternate) "
                            f"with type={kind!r} hreflang={lang!r}")
    return links


def check_atom(data: bytes, url: str, now: datetime | None = None) -> list[str]:
    """Problems of an Atom 1.0 document fetched from `url` (errors and warnings alike); [] when clean.
    `now` (default: the clock) bounds plausible dates."""
    root, problems = _parse(data, A + "feed")
    if root is None:
        return problems

    # feed-level required elements
    ids: list[tuple[str, str]] = []
    feed_ids = root.findall(A + "id")
    if len(feed_ids) != 1:
        problems.append(f"[missing] feed must have exactly one <id>, has {len(feed_ids)}")
    else:
        ids.append(("feed", (feed_ids[0].text or "")))
    titles = root.findall(A + "title")
    if len(titles) != 1:
        problems.append(f"[missing] feed must have exactly one <title>, has {len(titles)}")
    else:
        problems += _text_construct(titles[0], "feed <title>")
    for name in ("subtitle", "rights"):
        for el in root.findall(A + name):
            problems += _text_construct(el, f"feed <{name}>")
    feed_updated = _atom_dates(root, "updated", "feed", True, problems, now)
    feed_has_author = _atom_author_ok(root, "feed", problems)

    links = _atom_links(root, "feed", problems, feed_level=True)
    selfs = [link for link in links if link.get("rel") == "self"]
    if not selfs:
        problems.append("[self] feed has no <link rel=\"self\">")
    elif len(selfs) > 1:
        problems.append("[self] feed has more than one <link rel=\"self\">")
    elif selfs[0].get("href") != url:
        problems.append(f"[self] self link {selfs[0].get('href')!r} does not match document location {url!r}")

    entries = root.findall(A + "entry")
    entry_updates: list[tuple[int, datetime]] = []
    for n, entry in enumerate(entries, 1):
        where = f"entry {n}"
        eids = entry.findall(A + "id")
        if len(eids) != 1:
            problems.append(f"[missing] {where} must have exactly one <id>, has {len(eids)}")
        else:
            ids.append((where, eids[0].text or ""))
        etitles = entry.findall(A + "title")
        if len(etitles) != 1:
            problems.append(f"[missing] {where} must have exactly one <title>, has {len(etitles)}")
        else:
            problems += _text_construct(etitles[0], f"{where} <title>")
        updated = _atom_dates(entry, "updated", where, True, problems, now)
        if updated is not None:
            entry_updates.append((n, updated))
        _atom_dates(entry, "published", where, False, problems, now)
        if not _atom_author_ok(entry, where, problems) and not feed_has_author:
            problems.append(f"[author] {where} has no <author> and the feed has none")
        elinks = _atom_links(entry, where, problems)
        alternates = [link for link in elinks if link.get("rel", "alternate") == "alternate"]
        contents = entry.findall(A + "content")
        if len(contents) > 1:
            problems.append(f"[duplicate] {where} has {len(contents)} <content> elements")
        if not contents and not alternates:
            problems.append(f"[missing] {where} has neither <content> nor an alternate <link>")
        if not contents and not entry.findall(A + "summary"):
            problems.append(f"[missing] {where} has neither <content> nor <summary> (no textual content)")
        for content in contents:
            kind = content.get("type", "text")
            if content.get("src") is not None:
                if (content.text or "").strip():
                    problems.append(f"[content] {where} <content src> must be empty")
                if not entry.findall(A + "summary"):
                    problems.append(f"[missing] {where} with <content src> needs a <summary>")
            elif kind in ("text", "html", "xhtml"):
                problems += _text_construct(content, f"{where} <content>")
            else:
                problems.append(f"[content] {where} <content type={kind!r}> is not one we understand")
        problems += _atom_source(entry, where, now)
        summaries = entry.findall(A + "summary")
        if len(summaries) > 1:
            problems.append(f"[duplicate] {where} has {len(summaries)} <summary> elements")
        for summary in summaries:
            problems += _text_construct(summary, f"{where} <summary>")
        for cat in entry.findall(A + "category"):
            if not (cat.get("term") or "").strip():
                problems.append(f"[category] {where} <category> has no term")
            scheme = cat.get("scheme")
            if scheme is not None and not is_absolute_uri(scheme):
                problems.append(f"[category] {where} <category scheme={scheme!r}> is not an absolute URI")
    if not entries and not feed_has_author:
        problems.append("[author] a feed without entries needs a feed-level <author>")
    for cat in root.findall(A + "category"):
        if not (cat.get("term") or "").strip():
            problems.append("[category] feed <category> has no term")

    problems += _check_ids(ids)
    problems += _languages([(el.tag.split("}")[-1], el.get(XML_LANG, "")) for el in root.iter()
                            if isinstance(el.tag, str) and el.get(XML_LANG) is not None])
    problems += _archive_complete(root, links)

    # Two entries with the same value for atom:updated (W3C warning DuplicateUpdated). Compared as
    # instants, which is stricter than the validator's text comparison.
    by_instant = Counter(when for _, when in entry_updates)
    for when, count in by_instant.items():
        if count > 1:
            problems.append(f"[duplicate-updated] {count} entries have the same <updated> {when.isoformat()}")
    # ours: the feed's updated is the newest entry change, never "now"
    if feed_updated is not None and entry_updates:
        newest = max(when for _, when in entry_updates)
        if feed_updated != newest:
            problems.append(f"[feed-updated] feed <updated> {feed_updated.isoformat()} is not the newest entry "
                            f"<updated> {newest.isoformat()}")
    return problems


def _atom_source(entry: etree._Element, where: str, now: datetime | None) -> list[str]:
    """atom:source is feed metadata: the validator wants its id, title, updated and self link
    (warning MissingSourceElement, MissingSelf)."""
    problems: list[str] = []
    sources = entry.findall(A + "source")
    if len(sources) > 1:
        problems.append(f"[source] {where} has {len(sources)} <source> elements")
    for source in sources:
        w = f"{where} <source>"
        for name in ("id", "title"):
            if len(source.findall(A + name)) != 1:
                problems.append(f"[source] {w} needs exactly one <{name}>")
        sid = source.findtext(A + "id")
        if sid is not None and not is_absolute_uri(sid):
            problems.append(f"[source] {w} id {sid!r} is not an absolute URI")
        for title in source.findall(A + "title"):
            problems += _text_construct(title, f"{w} <title>")
        if not source.findall(A + "updated"):
            problems.append(f"[source] {w} has no <updated> (Missing source element: updated)")
        else:
            _atom_dates(source, "updated", w, True, problems, now)
        links = _atom_links(source, w, problems, feed_level=True)
        if not [link for link in links if link.get("rel") == "self"]:
            problems.append(f"[source] {w} has no <link rel=\"self\">")
        if source.findall(A + "entry"):
            problems.append(f"[source] {w} must not contain entries")
    return problems


def _languages(values: list[tuple[str, str]]) -> list[str]:
    """xml:lang, <language> and dc:language values: ISO 639-1 codes only ("zxx", "pcm" are refused)."""
    return [f"[language] {where} language {value!r} is not an ISO 639-1 code"
            for where, value in values if not _LANGUAGE.match(value.strip())]


def _archive_complete(root: etree._Element, links: list[etree._Element]) -> list[str]:
    """RFC 5005: an archive document (fh:archive) links to the one before it, or says it is complete."""
    if root.find(f"{{{FH}}}archive") is None:
        return []
    if any(link.get("rel") == "prev-archive" for link in links) or root.find(f"{{{FH}}}complete") is not None:
        return []
    return ["[archive-incomplete] fh:archive document with neither a prev-archive link nor fh:complete"]


def _uri(value: str, where: str) -> list[str]:
    """An RSS URL must be a URI: an IRI (non-ASCII characters) is "IRI found where URL expected"."""
    return [f"[iri] {where} {value!r} is an IRI where a URL is expected"] if _NOT_URI.search(value.strip()) else []


def _check_ids(ids: list[tuple[str, str]]) -> list[str]:
    problems = []
    for where, value in ids:
        if not is_absolute_uri(value):
            problems.append(f"[id] {where} id {value!r} is not an absolute URI (urn:uuid:, tag: or http)")
    for value, count in Counter(v for _, v in ids).items():
        if count > 1:
            problems.append(f"[duplicate-id] id {value!r} appears {count} times")
    return problems


# -- RSS 2.0 -------------------------------------------------------------------------------------------------

def _rss_date(parent: etree._Element, name: str, where: str, required: bool,
              problems: list[str], now: datetime | None = None) -> datetime | None:
    els = parent.findall(name)
    if not els:
        if required:
            problems.append(f"[missing] {where} has no <{name}>")
        return None
    if len(els) > 1:
        problems.append(f"[duplicate] {where} has {len(els)} <{name}> elements")
    value = (els[0].text or "").strip()
    when = parse_rfc822(value)
    if when is None:
        problems.append(f"[date] {where} <{name}> {value!r} is not an RFC 822 date with a 4-digit year")
    elif not _plausible(when, now):
        problems.append(f"[implausible-date] {where} <{name}> {value!r} is before 1990 or in the future")
    return when


def _one_text(parent: etree._Element, name: str, where: str, problems: list[str], required: bool = True) -> str:
    els = parent.findall(name)
    if not els:
        if required:
            problems.append(f"[missing] {where} has no <{name}>")
        return ""
    if len(els) > 1:
        problems.append(f"[duplicate] {where} has {len(els)} <{name}> elements")
    value = _text(els[0])
    if not value.strip():
        problems.append(f"[empty] {where} <{name}> is empty")
    return value


def check_rss(data: bytes, url: str, now: datetime | None = None) -> list[str]:
    """Problems of an RSS 2.0 document fetched from `url` (errors and warnings alike); [] when clean.
    `now` (default: the clock) bounds plausible dates."""
    root, problems = _parse(data, "rss")
    if root is None:
        return problems
    if root.get("version") != "2.0":
        problems.append(f"[root] <rss version={root.get('version')!r}>, expected '2.0'")
    channels = root.findall("channel")
    if len(channels) != 1:
        return problems + [f"[root] <rss> must hold exactly one <channel>, has {len(channels)}"]
    ch = channels[0]

    title = _one_text(ch, "title", "channel", problems)
    if _HTML_IN_TEXT.search(title):
        problems.append("[html-in-text] channel <title> contains HTML markup")
    link = _one_text(ch, "link", "channel", problems)
    if link and not is_http_url(link.strip()):
        problems.append(f"[link] channel <link> {link!r} is not an absolute http(s) URL")
    problems += _uri(link, "channel <link>") if link else []
    problems += _archive_complete(ch, ch.findall(A + "link"))
    problems += _languages([("channel <language>", _text(el)) for el in ch.findall("language")]
                           + [("<dc:language>", _text(el)) for el in ch.iter(f"{{{DC}}}language")])
    _one_text(ch, "description", "channel", problems)
    last_build = _rss_date(ch, "lastBuildDate", "channel", False, problems, now)
    _rss_date(ch, "pubDate", "channel", False, problems, now)
    if ch.findall("lastBuildDate") and ch.findall(f"{{{DC}}}date"):
        problems.append("[duplicate-semantics] channel has both <lastBuildDate> and <dc:date>")

    selfs = [el for el in ch.findall(A + "link") if el.get("rel") == "self"]
    if not selfs:
        problems.append("[self] channel has no <atom:link rel=\"self\">")
    elif len(selfs) > 1:
        problems.append("[self] channel has more than one <atom:link rel=\"self\">")
    elif selfs[0].get("href") != url:
        problems.append(f"[self] self link {selfs[0].get('href')!r} does not match document location {url!r}")
    for el in ch.findall(A + "link"):
        rel = el.get("rel", "alternate")
        if el.get("type") is not None and not _MIME.match(el.get("type", "")):
            problems.append(f"[link] channel <atom:link> type {el.get('type')!r} is not a MIME type")
        if not is_http_url(el.get("href", "")):
            problems.append(f"[link] channel <atom:link rel={rel!r}> href is not an absolute http(s) URL")
        if rel not in _LINK_RELS and not is_http_url(rel):
            problems.append(f"[link-rel] channel <atom:link rel={rel!r}> is neither a registered relation nor a URI")
    seen = Counter((el.get("rel", "alternate"), el.get("type", ""), el.get("hreflang", ""))
                   for el in ch.findall(A + "link"))
    for (rel, kind, lang), n in seen.items():
        if n > 1:
            problems.append(f"[duplicate-link] channel has {n} atom:links rel={rel!r} type={kind!r} hreflang={lang!r}")

    for cat in ch.findall("category"):
        if not _text(cat).strip():
            problems.append("[category] channel <category> is empty")

    guids: list[tuple[str, str]] = []
    pub_dates: list[datetime] = []
    for n, item in enumerate(ch.findall("item"), 1):
        where = f"item {n}"
        ititle = _one_text(item, "title", where, problems)
        if _HTML_IN_TEXT.search(ititle):
            problems.append(f"[html-in-text] {where} <title> contains HTML markup")
        ilink = _one_text(item, "link", where, problems)
        if ilink and not is_http_url(ilink.strip()):
            problems.append(f"[link] {where} <link> {ilink!r} is not an absolute http(s) URL")
        problems += _uri(ilink, f"{where} <link>") if ilink else []
        description = _one_text(item, "description", where, problems)
        if description.strip():
            problems += check_html(description, f"{where} <description>")
        for encoded in item.findall(f"{{{CONTENT}}}encoded"):
            problems += check_html(_text(encoded), f"{where} <content:encoded>")
        gs = item.findall("guid")
        if len(gs) != 1:
            problems.append(f"[guid] {where} must have exactly one <guid>, has {len(gs)}")
        else:
            g = gs[0]
            value = _text(g)
            permalink = g.get("isPermaLink", "true")
            if permalink not in ("true", "false"):
                problems.append(f"[guid] {where} <guid isPermaLink={permalink!r}> must be true or false")
            if permalink != "false" and not is_http_url(value):
                problems.append(f"[guid] {where} <guid> {value!r} is not a URL: it needs isPermaLink=\"false\"")
            guids.append((where, value))
        when = _rss_date(item, "pubDate", where, True, problems, now)
        if when is not None:
            pub_dates.append(when)
        if item.findall("pubDate") and item.findall(f"{{{DC}}}date"):
            problems.append(f"[duplicate-semantics] {where} has both <pubDate> and <dc:date>")
        for author in item.findall("author"):
            if not _RSS_AUTHOR.match(_text(author).strip()):
                problems.append(f"[author] {where} <author> must be an email address (use dc:creator for names)")
        for cat in item.findall("category"):
            if not _text(cat).strip():
                problems.append(f"[category] {where} <category> is empty")
            domain = cat.get("domain")
            if domain is not None and not domain.strip():
                problems.append(f"[category] {where} <category domain=\"\"> is empty")
        for src in item.findall("source"):
            if not is_http_url(src.get("url", "")):
                problems.append(f"[source] {where} <source> needs a url attribute holding an absolute URL")
            if not _text(src).strip():
                problems.append(f"[source] {where} <source> is empty")
        for enc in item.findall("enclosure"):
            if not is_http_url(enc.get("url", "")) or not (enc.get("length") or "").isdigit() \
                    or not _MIME.match(enc.get("type", "")):
                problems.append(f"[enclosure] {where} <enclosure> needs url, length and type")
    problems += _check_ids(guids)

    # ours: lastBuildDate is the newest change, so no item is published after it, and it is there whenever
    # there are items (never "now", which would change the bytes at every request)
    if pub_dates:
        if last_build is None:
            problems.append("[feed-updated] channel with items has no <lastBuildDate>")
        elif max(pub_dates) > last_build:
            problems.append(f"[feed-updated] <lastBuildDate> {last_build.isoformat()} is before the newest "
                            f"<pubDate> {max(pub_dates).isoformat()}")
    return problems
