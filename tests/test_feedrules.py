"""The feed checker itself (tests/feedrules.py): a clean document passes, and every rule catches a small
hand-written bad document. Each bad document is the clean one with one change, so each case shows that
one rule, and only a real defect, makes the checker speak."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from .feedrules import check_atom, check_rss, is_absolute_uri, parse_rfc822, parse_rfc3339

NOW = datetime(2020, 1, 1, tzinfo=timezone.utc)
ATOM_URL = "http://127.0.0.1:8000/feeds/all.atom"
RSS_URL = "http://127.0.0.1:8000/feeds/all.rss"

GOOD_ATOM = """<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>urn:uuid:0b9d2f43-7c1e-5a8b-8f4d-3e6a1c2b5d70</id>
  <title>Feeds: All releases</title>
  <updated>2018-04-11T00:00:00+00:00</updated>
  <link href="http://127.0.0.1:8000/feeds/all.atom" rel="self"/>
  <link href="http://127.0.0.1:8000/topics/all" rel="alternate" type="text/html"/>
  <link rel="first" href="http://127.0.0.1:8000/feeds/all.atom"/>
  <link rel="next" href="http://127.0.0.1:8000/feeds/all.atom?before=20180410T000000000000Z-1"/>
  <subtitle>All releases: press releases</subtitle>
  <entry>
    <id>urn:uuid:313270cb-ddf4-5331-9578-110266ab0424</id>
    <title>ASEAN, UN reaffirm commitment to enhance cooperation</title>
    <updated>2018-04-11T00:00:00+00:00</updated>
    <published>2018-04-10T00:00:00+00:00</published>
    <author><name>ASEAN News</name></author>
    <link href="https://asean.example.org/news/1" rel="alternate" type="text/html"/>
    <link href="http://127.0.0.1:8000/releases/313270cb-ddf4-5331-9578-110266ab0424" rel="related" type="text/html"/>
    <summary>The Secretariats of ASEAN and the United Nations met.</summary>
    <content type="html">&lt;p&gt;The Secretariats &lt;a href="https://asean.example.org/"&gt;met&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;img src="https://asean.example.org/a.jpg" alt=""&gt;&lt;/p&gt;</content>
    <category term="trade" scheme="http://127.0.0.1:8000/topics/" label="Trade"/>
    <source>
      <id>urn:uuid:cbff73a6-a939-5d84-a556-bbce254a7509</id>
      <title>ASEAN News</title>
      <updated>2018-04-11T00:00:00+00:00</updated>
      <link rel="self" href="http://127.0.0.1:8000/feeds/all.atom?source=asean"/>
    </source>
  </entry>
  <entry>
    <id>tag:example.org,2018:second</id>
    <title>Second release</title>
    <updated>2018-04-10T00:00:00.000001Z</updated>
    <author><name>ASEAN News</name></author>
    <link href="http://127.0.0.1:8000/releases/2"/>
    <summary>Second summary.</summary>
    <content type="html">&lt;p&gt;Second &lt;a href="mailto:press@example.org"&gt;body&lt;/a&gt;.&lt;/p&gt;</content>
  </entry>
</feed>
"""

GOOD_RSS = """<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>Feeds: All releases</title>
    <link>http://127.0.0.1:8000/topics/all</link>
    <description>All releases: press releases</description>
    <atom:link href="http://127.0.0.1:8000/feeds/all.rss" rel="self" type="application/rss+xml"/>
    <atom:link rel="last" href="http://127.0.0.1:8000/feeds/all.rss?page=last"/>
    <lastBuildDate>Wed, 11 Apr 2018 00:00:00 +0000</lastBuildDate>
    <item>
      <title>ASEAN, UN reaffirm commitment to enhance cooperation</title>
      <link>https://asean.example.org/news/1</link>
      <description>The Secretariats of ASEAN and the United Nations met.</description>
      <content:encoded>&lt;p&gt;The Secretariats &lt;a href="https://asean.example.org/"&gt;met&lt;/a&gt;.&lt;/p&gt;</content:encoded>
      <guid isPermaLink="false">urn:uuid:313270cb-ddf4-5331-9578-110266ab0424</guid>
      <category domain="http://127.0.0.1:8000/topics/">Economic integration and trade</category>
      <pubDate>Tue, 10 Apr 2018 00:00:00 +0000</pubDate>
      <dc:creator>ASEAN News</dc:creator>
      <source url="http://127.0.0.1:8000/feeds/all.rss?source=asean">ASEAN News</source>
    </item>
    <item>
      <title>Second release</title>
      <link>http://127.0.0.1:8000/releases/2</link>
      <description>Second &lt;a href="mailto:press@example.org"&gt;body&lt;/a&gt;.</description>
      <guid>http://127.0.0.1:8000/releases/2</guid>
      <pubDate>Wed, 11 Apr 2018 00:00:00 GMT</pubDate>
    </item>
  </channel>
</rss>
"""

ENTRY1_CONTENT = ('<content type="html">&lt;p&gt;The Secretariats &lt;a href="https://asean.example.org/"&gt;met'
                  '&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;img src="https://asean.example.org/a.jpg" alt=""&gt;&lt;/p&gt;</content>')
RSS1_ENCODED = ('<content:encoded>&lt;p&gt;The Secretariats &lt;a href="https://asean.example.org/"&gt;met&lt;/a&gt;.'
                '&lt;/p&gt;</content:encoded>')


def atom_html(fragment: str) -> str:
    from xml.sax.saxutils import escape
    return f'<content type="html">{escape(fragment)}</content>'


def rss_html(fragment: str) -> str:
    from xml.sax.saxutils import escape
    return f"<content:encoded>{escape(fragment)}</content:encoded>"


def mutate(doc: str, *pairs: tuple[str, str]) -> bytes:
    for old, new in pairs:
        assert doc.count(old) >= 1, f"test bug: {old!r} is not in the document"
        doc = doc.replace(old, new, 1)
    return doc.encode("utf-8")


def codes(problems: list[str]) -> set[str]:
    return {p.split("]", 1)[0] + "]" for p in problems}


def test_clean_documents_pass() -> None:
    assert check_atom(GOOD_ATOM.encode(), ATOM_URL, now=NOW) == []
    assert check_rss(GOOD_RSS.encode(), RSS_URL, now=NOW) == []


def test_feed_author_covers_entries_without_one() -> None:
    doc = mutate(GOOD_ATOM, ("<author><name>ASEAN News</name></author>", ""),
                 ("<author><name>ASEAN News</name></author>", ""),
                 ("<subtitle>", "<author><name>Feeds</name></author><subtitle>"))
    assert check_atom(doc, ATOM_URL, now=NOW) == []


E1 = "urn:uuid:313270cb-ddf4-5331-9578-110266ab0424"
ATOM_CASES = [
    # (name, replacements, the code that must be reported)
    ("not well-formed", [("</feed>", "")], "[xml]"),
    ("forbidden raw control character", [("Second release", "Second\x01release")], "[xml-char]"),
    ("forbidden character reference", [("Second release", "Second&#1;release")], "[xml-char]"),
    ("forbidden U+FFFE", [("Second release", "Second\ufffe release")], "[xml-char]"),
    ("doctype with external entity", [("<feed ", '<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]><feed '),
                                      ("Second release", "&x;")], "[xml]"),
    ("declared encoding is not the bytes'", [("encoding='UTF-8'", "encoding='ISO-8859-1'")], "[encoding]"),
    ("Atom 0.3 namespace", [('xmlns="http://www.w3.org/2005/Atom"', 'xmlns="http://purl.org/atom/ns#"')], "[root]"),
    ("feed without id", [("<id>urn:uuid:0b9d2f43-7c1e-5a8b-8f4d-3e6a1c2b5d70</id>", "")], "[missing]"),
    ("feed id not a URI", [("urn:uuid:0b9d2f43-7c1e-5a8b-8f4d-3e6a1c2b5d70", "all-releases")], "[id]"),
    ("entry id relative", [("tag:example.org,2018:second", "/releases/2")], "[id]"),
    ("entry id malformed urn:uuid", [(E1, "urn:uuid:313270cb")], "[id]"),
    ("two entries with one id", [("tag:example.org,2018:second", E1)], "[duplicate-id]"),
    ("feed without title", [("<title>Feeds: All releases</title>", "")], "[missing]"),
    ("feed without updated", [("<updated>2018-04-11T00:00:00+00:00</updated>\n  <link", "<link")], "[missing]"),
    ("no author anywhere", [("<author><name>ASEAN News</name></author>", "")], "[author]"),
    ("author without name", [("<author><name>ASEAN News</name></author>", "<author><name> </name></author>")],
     "[author]"),
    ("no self link", [('<link href="http://127.0.0.1:8000/feeds/all.atom" rel="self"/>', "")], "[self]"),
    ("self link is another URL", [("/feeds/all.atom\" rel", "/feeds/all.atom?limit=5\" rel")], "[self]"),
    ("date without time", [("<updated>2018-04-11T00:00:00+00:00</updated>\n  <link",
                            "<updated>2018-04-11</updated>\n  <link")], "[date]"),
    ("date without offset", [("<published>2018-04-10T00:00:00+00:00", "<published>2018-04-10T00:00:00")], "[date]"),
    ("RFC 822 date in Atom", [("<published>2018-04-10T00:00:00+00:00", "<published>Tue, 10 Apr 2018 00:00:00 +0000")],
     "[date]"),
    ("impossible date", [("<published>2018-04-10T00:00:00+00:00", "<published>2018-13-10T00:00:00+00:00")], "[date]"),
    ("date in the future", [("<published>2018-04-10T00:00:00+00:00", "<published>2031-04-10T00:00:00+00:00")],
     "[implausible-date]"),
    ("two entries with the same updated instant", [("2018-04-10T00:00:00.000001Z", "2018-04-11T00:00:00Z")],
     "[duplicate-updated]"),
    ("feed updated is not the newest entry", [("<updated>2018-04-11T00:00:00+00:00</updated>\n  <link",
                                               "<updated>2018-04-12T00:00:00+00:00</updated>\n  <link")],
     "[feed-updated]"),
    ("entry without title", [("<title>Second release</title>", "")], "[missing]"),
    ("entry with empty title", [("<title>Second release</title>", "<title> </title>")], "[empty]"),
    ("entry without updated", [("<updated>2018-04-10T00:00:00.000001Z</updated>", "")], "[missing]"),
    ("entry without content or alternate link",
     [('<link href="http://127.0.0.1:8000/releases/2"/>', ""),
      ('<content type="html">&lt;p&gt;Second &lt;a href="mailto:press@example.org"&gt;body&lt;/a&gt;.&lt;/p&gt;</content>',
       "")], "[missing]"),
    ("entry without content or summary",
     [("<summary>Second summary.</summary>", ""),
      ('<content type="html">&lt;p&gt;Second &lt;a href="mailto:press@example.org"&gt;body&lt;/a&gt;.&lt;/p&gt;</content>',
       "")], "[missing]"),
    ("empty summary", [("<summary>Second summary.</summary>", "<summary></summary>")], "[empty]"),
    ("empty html content", [(ENTRY1_CONTENT, '<content type="html">  </content>')], "[empty]"),
    ("html that does not parse", [(ENTRY1_CONTENT, atom_html("<p>unclosed <b>bold</p></i>"))], "[html-parse]"),
    ("relative href", [(ENTRY1_CONTENT, atom_html('<p><a href="/news/2">more</a></p>'))], "[relative-url]"),
    ("relative img src", [(ENTRY1_CONTENT, atom_html('<p><img src="photo.jpg" alt=""></p>'))], "[relative-url]"),
    ("protocol-relative URL", [(ENTRY1_CONTENT, atom_html('<p><a href="//cdn.example.org/x">x</a></p>'))],
     "[relative-url]"),
    ("fragment-only href", [(ENTRY1_CONTENT, atom_html('<p><a href="#top">top</a></p>'))], "[relative-url]"),
    ("relative srcset", [(ENTRY1_CONTENT, atom_html('<p><img src="https://a.example/x.jpg" '
                                                   'srcset="https://a.example/x.jpg 1x, x2.jpg 2x" alt=""></p>'))],
     "[relative-url]"),
    ("script element", [(ENTRY1_CONTENT, atom_html("<p>x</p><script>alert(1)</script>"))], "[html-script]"),
    ("event handler", [(ENTRY1_CONTENT, atom_html('<p onclick="alert(1)">x</p>'))], "[html-event]"),
    ("javascript: URL", [(ENTRY1_CONTENT, atom_html('<p><a href="javascript:alert(1)">x</a></p>'))],
     "[html-javascript]"),
    ("javascript: URL hidden by a character reference",
     [(ENTRY1_CONTENT, atom_html('<p><a href="java&#x09;script:alert(1)">x</a></p>'))], "[html-javascript]"),
    ("iframe element", [(ENTRY1_CONTENT, atom_html('<iframe src="https://evil.example/"></iframe>'))],
     "[html-element]"),
    ("HTML in a text title", [("<title>Second release</title>", "<title>Second &lt;b&gt;release&lt;/b&gt;</title>")],
     "[html-in-text]"),
    ("category without term", [('<category term="trade"', '<category term=""')], "[category]"),
    ("two alternate links (feedgen drops rel)",
     [('rel="related" type="text/html"/>', "/>"), ('rel="alternate" type="text/html"/>\n    <link', "/>\n    <link")],
     "[duplicate-link]"),
    ("relative link href", [('<link href="http://127.0.0.1:8000/releases/2"/>', '<link href="/releases/2"/>')],
     "[link]"),
    ("unregistered link relation", [('<link rel="first"', '<link rel="prev"')], "[link-rel]"),
    ("paging relation in an entry", [('<link href="http://127.0.0.1:8000/releases/2"/>',
                                      '<link href="http://127.0.0.1:8000/releases/2"/><link rel="next" '
                                      'href="http://127.0.0.1:8000/releases/3"/>')], "[link-rel]"),
    ("self link typed as HTML", [('rel="self"/>', 'rel="self" type="text/html"/>')], "[self]"),
    ("two feed links with one rel and type", [('<link rel="next"', '<link rel="first"')], "[duplicate-link]"),
    ("source without updated", [("<updated>2018-04-11T00:00:00+00:00</updated>\n      <link rel=\"self\"",
                                 '<link rel="self"')], "[source]"),
    ("source without id", [("<id>urn:uuid:cbff73a6-a939-5d84-a556-bbce254a7509</id>", "")], "[source]"),
    ("source without self link", [('<link rel="self" href="http://127.0.0.1:8000/feeds/all.atom?source=asean"/>',
                                   "")], "[source]"),
    ("date before 1990", [("<published>2018-04-10T00:00:00+00:00", "<published>1983-04-10T00:00:00+00:00")],
     "[implausible-date]"),
    ("ISO 639-3 document language", [('xml:lang="en"', 'xml:lang="pcm"')], "[language]"),
    ("no-linguistic-content entry language", [("<entry>", '<entry xml:lang="zxx">')], "[language]"),
    ("archive page without prev-archive or fh:complete",
     [("<feed ", '<feed xmlns:fh="http://purl.org/syndication/history/1.0" '),
      ("<subtitle>", "<fh:archive/><subtitle>")], "[archive-incomplete]"),
]


@pytest.mark.parametrize("name, pairs, code", ATOM_CASES, ids=[c[0] for c in ATOM_CASES])
def test_atom_rule_catches_bad_document(name: str, pairs: list[tuple[str, str]], code: str) -> None:
    problems = check_atom(mutate(GOOD_ATOM, *pairs), ATOM_URL, now=NOW)
    assert code in codes(problems), problems


def test_atom_entity_is_not_resolved() -> None:
    doc = mutate(GOOD_ATOM, ("<feed ", '<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/hostname">]><feed '),
                 ("Second release", "&x;"))
    problems = check_atom(doc, ATOM_URL, now=NOW)
    assert "[xml] a feed must not carry a DOCTYPE" in problems
    source = Path("/etc/hostname")
    hostname = (source.read_text(encoding="utf-8").strip() if source.exists() else "") or "\0"
    assert not any(hostname in p for p in problems), "the checker resolved an external entity"


def test_atom_checker_refuses_other_documents() -> None:
    assert "[root]" in codes(check_atom(GOOD_RSS.encode(), ATOM_URL, now=NOW))
    assert "[encoding]" in codes(check_atom(GOOD_ATOM.replace("Second", "Sécond").encode("latin-1"), ATOM_URL))
    assert "[not-bytes]" in codes(check_atom(GOOD_ATOM, ATOM_URL))  # type: ignore[arg-type]


def test_archive_pages_end_with_fh_complete_or_link_back() -> None:
    fh = ("<feed ", '<feed xmlns:fh="http://purl.org/syndication/history/1.0" ')
    linked = ("<subtitle>", '<fh:archive/><link rel="prev-archive" href="http://127.0.0.1:8000/feeds/all.atom?before=x"/>'
                            "<subtitle>")
    assert check_atom(mutate(GOOD_ATOM, fh, linked), ATOM_URL, now=NOW) == []
    assert check_atom(mutate(GOOD_ATOM, fh, ("<subtitle>", "<fh:archive/><fh:complete/><subtitle>")), ATOM_URL,
                      now=NOW) == []


def test_empty_atom_feed_needs_a_feed_author() -> None:
    start, end = GOOD_ATOM.index("  <entry>"), GOOD_ATOM.rindex("</entry>") + len("</entry>\n")
    empty = GOOD_ATOM[:start] + GOOD_ATOM[end:]
    assert "[author]" in codes(check_atom(empty.encode(), ATOM_URL, now=NOW))
    with_author = empty.replace("<subtitle>", "<author><name>Feeds</name></author><subtitle>")
    assert check_atom(with_author.encode(), ATOM_URL, now=NOW) == []


RSS_CASES = [
    ("not well-formed", [("</rss>", "")], "[xml]"),
    ("NUL character reference", [("Second release", "Second&#0;release")], "[xml-char]"),
    ("wrong version", [('version="2.0"', 'version="0.91"')], "[root]"),
    ("no channel", [("<channel>", "<chanel>"), ("</channel>", "</chanel>")], "[root]"),
    ("channel without title", [("<title>Feeds: All releases</title>", "")], "[missing]"),
    ("channel without link", [("<link>http://127.0.0.1:8000/topics/all</link>", "")], "[missing]"),
    ("channel without description", [("<description>All releases: press releases</description>", "")], "[missing]"),
    ("channel with empty description", [("<description>All releases: press releases</description>",
                                         "<description/>")], "[empty]"),
    ("no atom:link self", [('<atom:link href="http://127.0.0.1:8000/feeds/all.rss" rel="self" '
                            'type="application/rss+xml"/>', "")], "[self]"),
    ("atom:link self is another URL", [("/feeds/all.rss\" rel", "/feeds/all.rss?q=x\" rel")], "[self]"),
    ("guid not a URL without isPermaLink=false", [('<guid isPermaLink="false">', "<guid>")], "[guid]"),
    ("item without guid", [('<guid isPermaLink="false">' + E1 + "</guid>", "")], "[guid]"),
    ("guid not a URI", [(E1 + "</guid>", "313270cb</guid>")], "[id]"),
    ("two items with one guid", [("<guid>http://127.0.0.1:8000/releases/2</guid>",
                                  '<guid isPermaLink="false">' + E1 + "</guid>")], "[duplicate-id]"),
    ("two-digit year", [("Tue, 10 Apr 2018", "Tue, 10 Apr 18")], "[date]"),
    ("ISO date in RSS", [("Tue, 10 Apr 2018 00:00:00 +0000", "2018-04-10T00:00:00Z")], "[date]"),
    ("wrong day name", [("Tue, 10 Apr 2018", "Mon, 10 Apr 2018")], "[date]"),
    ("date in the future", [("Tue, 10 Apr 2018", "Thu, 10 Apr 2031")], "[implausible-date]"),
    ("item without pubDate", [("<pubDate>Tue, 10 Apr 2018 00:00:00 +0000</pubDate>", "")], "[missing]"),
    ("item without title", [("<title>Second release</title>", "")], "[missing]"),
    ("item without description", [("<description>The Secretariats of ASEAN and the United Nations met.</description>",
                                   "")], "[missing]"),
    ("relative URL in description", [("Second &lt;a href=\"mailto:press@example.org\"&gt;",
                                      "Second &lt;a href=\"/contact\"&gt;")], "[relative-url]"),
    ("relative URL in content:encoded", [(RSS1_ENCODED, rss_html('<p><img src="/a.jpg" alt=""></p>'))],
     "[relative-url]"),
    ("script in content:encoded", [(RSS1_ENCODED, rss_html("<p>x</p><SCRIPT>alert(1)</SCRIPT>"))], "[html-script]"),
    ("event handler in content:encoded", [(RSS1_ENCODED, rss_html('<img src="https://a.example/x.jpg" '
                                                                  'onerror="alert(1)">'))], "[html-event]"),
    ("javascript: in content:encoded", [(RSS1_ENCODED, rss_html('<a href=" JavaScript:alert(1)">x</a>'))],
     "[html-javascript]"),
    ("lastBuildDate before the newest item", [("<lastBuildDate>Wed, 11 Apr 2018",
                                              "<lastBuildDate>Tue, 10 Apr 2018")], "[feed-updated]"),
    ("items but no lastBuildDate", [("<lastBuildDate>Wed, 11 Apr 2018 00:00:00 +0000</lastBuildDate>", "")],
     "[feed-updated]"),
    ("empty category", [('<category domain="http://127.0.0.1:8000/topics/">Economic integration and trade</category>',
                         '<category domain="http://127.0.0.1:8000/topics/"> </category>')], "[category]"),
    ("author that is not an email", [("<dc:creator>ASEAN News</dc:creator>", "<author>ASEAN News</author>")],
     "[author]"),
    ("relative item link", [("<link>http://127.0.0.1:8000/releases/2</link>", "<link>/releases/2</link>")], "[link]"),
    ("HTML in an item title", [("<title>Second release</title>", "<title>Second &lt;b&gt;release&lt;/b&gt;</title>")],
     "[html-in-text]"),
    ("source without url", [('<source url="http://127.0.0.1:8000/feeds/all.rss?source=asean">', "<source>")],
     "[source]"),
    ("empty source", [(">ASEAN News</source>", "></source>")], "[source]"),
    ("relative atom:link", [('href="http://127.0.0.1:8000/feeds/all.rss?page=last"', 'href="/feeds/all.rss?page=last"')],
     "[link]"),
    ("unregistered atom:link relation", [('<atom:link rel="last"', '<atom:link rel="older"')], "[link-rel]"),
    ("two self atom:links", [('<atom:link rel="last"', '<atom:link rel="self"')], "[self]"),
    ("date before 1990", [("Tue, 10 Apr 2018", "Sun, 10 Apr 1983")], "[implausible-date]"),
    ("IRI as item link", [("<link>https://asean.example.org/news/1</link>",
                           "<link>https://asean.example.org/nouvelles/é</link>")], "[iri]"),
    ("space in item link", [("<link>https://asean.example.org/news/1</link>",
                             "<link>https://asean.example.org/news/a b</link>")], "[iri]"),
    ("ISO 639-3 channel language", [("<lastBuildDate>", "<language>bcl</language><lastBuildDate>")], "[language]"),
    ("ISO 639-3 item language", [("<dc:creator>", "<dc:language>pcm</dc:language><dc:creator>")], "[language]"),
    ("archive page without prev-archive or fh:complete",
     [("<rss ", '<rss xmlns:fh="http://purl.org/syndication/history/1.0" '),
      ("<lastBuildDate>", "<fh:archive/><lastBuildDate>")], "[archive-incomplete]"),
    ("two atom:links with one rel", [('<atom:link rel="last" href="http://127.0.0.1:8000/feeds/all.rss?page=last"/>',
                                      '<atom:link rel="last" href="http://127.0.0.1:8000/feeds/all.rss?page=last"/>'
                                      '<atom:link rel="last" href="http://127.0.0.1:8000/feeds/all.rss?page=9"/>')],
     "[duplicate-link]"),
]


@pytest.mark.parametrize("name, pairs, code", RSS_CASES, ids=[c[0] for c in RSS_CASES])
def test_rss_rule_catches_bad_document(name: str, pairs: list[tuple[str, str]], code: str) -> None:
    problems = check_rss(mutate(GOOD_RSS, *pairs), RSS_URL, now=NOW)
    assert code in codes(problems), problems


def test_rss_checker_refuses_atom() -> None:
    assert "[root]" in codes(check_rss(GOOD_ATOM.encode(), RSS_URL, now=NOW))


@pytest.mark.parametrize("value, ok", [
    ("urn:uuid:313270cb-ddf4-5331-9578-110266ab0424", True), ("tag:example.org,2018:x", True),
    ("http://example.org/a", True), ("https://example.org/a?b=c", True), ("urn:uuid:xyz", False),
    ("/releases/1", False), ("example.org/a", False), ("", False), ("http://exa mple.org/", False),
    (" http://example.org/", False), ("tag:example.org:x", False), ("mailto:a@example.org", False),
])
def test_absolute_uri(value: str, ok: bool) -> None:
    assert is_absolute_uri(value) is ok


def test_date_parsers() -> None:
    assert parse_rfc3339("2018-04-10T00:00:00.000001Z") == datetime(2018, 4, 10, 0, 0, 0, 1, tzinfo=timezone.utc)
    assert parse_rfc3339("2018-04-10T02:00:00+02:00") == datetime(2018, 4, 10, tzinfo=timezone.utc)
    for bad in ("2018-04-10", "2018-04-10 00:00:00Z", "2018-02-30T00:00:00Z", "2018-04-10T00:00Z"):
        assert parse_rfc3339(bad) is None, bad
    assert parse_rfc822("Tue, 10 Apr 2018 00:00:00 +0000") == datetime(2018, 4, 10, tzinfo=timezone.utc)
    assert parse_rfc822("10 Apr 2018 02:00:00 +0200") == datetime(2018, 4, 10, tzinfo=timezone.utc)
    assert parse_rfc822("Tue, 10 Apr 2018 00:00:00 GMT") is not None
    for bad in ("Tue, 10 Apr 18 00:00:00 +0000", "Tue, 10 April 2018 00:00:00 +0000", "2018-04-10",
                "Tue, 31 Apr 2018 00:00:00 +0000", "Tue, 10 Apr 2018 00:00:00"):
        assert parse_rfc822(bad) is None, bad
