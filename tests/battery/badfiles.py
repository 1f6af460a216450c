"""Generators of hostile release files for the bad-files group. Pure: each returns (name, bytes) pairs.

Every family takes a well-formed release and breaks it one way: encodings, control characters, sizes,
nesting, markup, entities, dates. Links, special files and files that change while read need a real
folder and are made by the test itself.
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Iterator

TITLE = "Ministers agree on regional trade facilitation"
BODY = ("GENEVA, 3 March 2021 - Trade ministers agreed to cut tariffs and to simplify customs at every "
        "border crossing of the region.\n\nThe second paragraph explains the decision in more detail: "
        "Québec, Zürich, Kraków, São Paulo and 東京 sent delegates.")
SECRET_MARK = "SECRET-MARK-7f3a"    # the content of the file outside the source folder
TEXT_OK = "Ministers meet on trade\n\n3 March 2021\n\nTrade ministers met and agreed on tariffs.\n"


def text_release(title: str = TITLE, date: str = "3 March 2021", body: str = BODY) -> str:
    return f"{title}\n\n{date}\n\n{body}\n"


def html_release(title: str = TITLE, body: str = "", head: str = "", charset: str = "utf-8") -> str:
    paras = body or "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (f'<!doctype html><html lang="en"><head><meta charset="{charset}"><title>{title}</title>{head}</head>'
            f"<body><main><h1>{title}</h1>{paras}</main></body></html>")


def encodings() -> Iterator[tuple[str, bytes]]:
    good = text_release().encode("utf-8")
    multibyte = [i for i in range(len(good)) if good[i] >= 0xC0]
    for n, cut in enumerate(multibyte[:6]):                                   # cut inside a character
        yield f"truncated-utf8-{n}.txt", good[:cut + 1]
    for kind, text in (("txt", text_release()), ("html", html_release())):
        for enc, bom in (("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)):
            yield f"{enc}-bom.{kind}", bom + text.encode(enc)
            yield f"{enc}-nobom.{kind}", text.encode(enc)
    yield "utf-32-bom.txt", codecs.BOM_UTF32_LE + text_release().encode("utf-32-le")
    yield "utf-16-odd-length.txt", codecs.BOM_UTF16_LE + text_release().encode("utf-16-le")[:-1]
    yield "declared-latin1-is-utf8.html", html_release(charset="iso-8859-1").encode("utf-8")
    yield "declared-utf8-is-cp1252.html", html_release(charset="utf-8").encode("cp1252", "replace")
    yield "declared-shiftjis-is-latin.html", html_release(charset="shift_jis").encode("latin-1", "replace")
    yield "declared-unknown-charset.html", html_release(charset="x-no-such-charset").encode("utf-8")
    yield "declared-utf7.html", html_release(charset="utf-7").encode("utf-8")
    yield "xml-decl-wrong.html", b'<?xml version="1.0" encoding="ebcdic-cp-us"?>' + html_release().encode("utf-8")
    mixed = text_release().encode("utf-8") + "Une phrase en français: élève, été.\n".encode("cp1252")
    yield "mixed-utf8-cp1252.txt", mixed
    yield "mixed-cp1252-utf8.txt", "Résumé des négociations\n\n".encode("cp1252") + BODY.encode("utf-8")
    yield "mixed-utf16-fragment.txt", text_release().encode("utf-8") + "fin".encode("utf-16-le")
    yield "binary-png.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    yield "empty.txt", b""
    yield "whitespace-only.md", b" \n\t\n   \r\n"
    yield "bom-only.txt", codecs.BOM_UTF8


def control_characters() -> Iterator[tuple[str, bytes]]:
    yield "nul-in-body.txt", text_release(body=BODY + "\x00 after a NUL").encode("utf-8")
    yield "nul-in-title.json", json.dumps({"title": "Nul\u0000title", "published": "2021-03-03",
                                           "body": BODY}).encode("utf-8")
    yield "c0-controls.txt", text_release(title=TITLE + "\x01\x02\x07\x1b[31m", body=BODY + "\x0b\x0c\x08").encode()
    yield "many-controls.txt", ("".join(chr(i % 31 + 1) for i in range(5000)) + BODY).encode("utf-8")
    yield "noncharacters.json", json.dumps({"title": TITLE + "\ufffe\uffff", "published": "2021-03-03",
                                            "body": BODY + "\ufdd0"}).encode("utf-8")
    yield "lone-surrogate.json", (b'{"title": "' + TITLE.encode() + b' \\ud800", "published": "2021-03-03", '
                                  b'"body": "Trade \\udfff text and more words for the body."}')
    yield "bidi-overrides.md", f"---\ntitle: \"\u202e{TITLE}\u202c\"\ndate: 2021-03-03\n---\n\n{BODY}\n".encode()
    yield "del-and-c1.txt", text_release(title=TITLE + "\x7f\x85\x9b", body=BODY + "\x80\x9f").encode("utf-8")


def sizes() -> Iterator[tuple[str, bytes]]:
    ten_mb = 10 * 1024 * 1024
    yield "10mb-body-line.txt", (TITLE + "\n\n" + ("trade tariffs word " * (ten_mb // 19))).encode()
    yield "10mb-title-line.txt", ("trade " * (ten_mb // 6) + "\n\n" + BODY).encode()
    yield "10mb-json-string.json", json.dumps({"title": TITLE, "published": "2021-03-03",
                                               "body": "x" * ten_mb}).encode()
    yield "10mb-attribute.html", html_release(head=f'<meta name="x" content="{"a" * ten_mb}">').encode()
    yield "10mb-markdown-line.md", f"---\ntitle: {TITLE}\n---\n\n{'word ' * (ten_mb // 5)}\n".encode()
    yield "10mb-no-spaces.txt", (TITLE + "\n\n" + "a" * ten_mb).encode()
    yield "21mb-over-cap.txt", (TITLE + "\n\n" + "b " * (21 * 1024 * 1024 // 2)).encode()


def nesting() -> Iterator[tuple[str, bytes]]:
    for depth in (1_000, 10_000, 100_000):
        yield f"nested-div-{depth}.html", html_release(body="<div>" * depth + "<p>" + BODY + "</p>" + "</div>" * depth).encode()
    yield "nested-inline-50000.html", html_release(body="<p>" + "<b><i>" * 25_000 + BODY + "</i></b>" * 25_000).encode()
    yield "nested-json-100000.json", b'{"title": "x", "body": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    yield "nested-json-60.json", json.dumps({"title": TITLE, "published": "2021-03-03", "body": BODY,
                                             "x": json.loads("[" * 60 + "]" * 60)}).encode()
    yield "nested-blockquote.md", f"---\ntitle: {TITLE}\n---\n\n{'> ' * 20_000}{BODY}\n".encode()
    yield "nested-list.md", f"---\ntitle: {TITLE}\n---\n\n".encode() + "".join(
        "  " * i + "- item\n" for i in range(3_000)).encode()
    yield "nested-tables.html", html_release(body="<table><tr><td>" * 5_000 + BODY + "</td></tr></table>" * 5_000).encode()


def markup() -> Iterator[tuple[str, bytes]]:
    yield "unclosed-tags.html", f"<html><head><title>{TITLE}<body><p><b><i>{BODY}".encode()
    yield "unclosed-script.html", html_release(body="<p>" + BODY + "</p><script>var a = '").encode()
    yield "unclosed-comment.html", html_release(body="<p>" + BODY + "</p><!-- never closed <p>x</p>").encode()
    yield "unclosed-title.html", f"<html><head><title>{TITLE}</head><body><p>{BODY}</p></body></html>".encode()
    yield "no-body.html", f"<html><head><title>{TITLE}</title><meta name='description' content='x'></head></html>".encode()
    yield "frameset.html", f"<html><head><title>{TITLE}</title></head><frameset><frame src='a.html'></frameset></html>".encode()
    yield "only-doctype.html", b"<!doctype html>"
    yield "tag-soup.html", ("<" * 50_000 + ">" * 50_000 + html_release()).encode()
    yield "attributes-flood.html", html_release(body="<p " + " ".join(f"a{i}=x" for i in range(50_000)) + f">{BODY}</p>").encode()
    yield "many-paragraphs.html", html_release(body="".join(f"<p>Paragraph {i} about trade.</p>" for i in range(50_000))).encode()
    yield "cdata-and-pi.html", html_release(body=f"<![CDATA[<script>x</script>]]><?php echo 1; ?><p>{BODY}</p>").encode()


def entities() -> Iterator[tuple[str, bytes]]:
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + "]>")
    for ext in ("html", "xml", "htm"):
        yield f"billion-laughs.{ext}", (f'<?xml version="1.0"?>{laughs}<html><head><title>&lol9;</title></head>'
                                        f"<body><p>&lol9;</p><p>{BODY}</p></body></html>").encode()
    xxe = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    for ext in ("html", "xml"):
        yield f"xxe-file.{ext}", (f'<?xml version="1.0"?>{xxe}<html><head><title>{TITLE} &xxe;</title></head>'
                                  f"<body><p>&xxe;</p><p>{BODY}</p></body></html>").encode()
    yield "xxe-parameter.html", ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret}">%p;]>'
                                 + html_release()).encode()
    yield "external-dtd.html", ('<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd">' + html_release()).encode()
    yield "yaml-alias-bomb.md", ("---\n" + "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
        f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(8)) +
        f"title: {TITLE}\n---\n\n{BODY}\n").encode()
    yield "yaml-python-tag.md", f"---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n\n{BODY}\n".encode()
    yield "json-huge-number.json", b'{"title": "T", "published": 1e999999, "body": "Trade words here."}'
    yield "json-not-object.json", b'["title", "body"]'


def dates() -> Iterator[tuple[str, bytes]]:
    impossible = ["31 February 2021", "30 February 2020", "2023-02-29", "2021-13-01", "2021-04-31T25:61:00Z",
                  "0 January 2021", "February 31, 2021", "31 février 2021"]
    far = ["1 January 9999", "9999-12-31T23:59:59Z", "3000-01-01", "1 January 1066", "0001-01-01",
           "1899-12-31", "-0044-03-15", "99999999999"]
    for n, value in enumerate(impossible + far):
        kind = ("txt", "md", "json")[n % 3]
        name = f"date-{n:02d}.{kind}"
        if kind == "txt":
            yield name, text_release(date=value, body=BODY.replace("3 March 2021", value)).encode()
        elif kind == "md":
            yield name, f"---\ntitle: {TITLE} {n}\ndate: {value}\n---\n\n{BODY.replace('3 March 2021', value)}\n".encode()
        else:
            yield name, json.dumps({"title": f"{TITLE} {n}", "published": value,
                                    "body": BODY.replace("3 March 2021", value)}).encode()


def generated(secret: str) -> list[tuple[str, bytes]]:
    """Every generated case; `{secret}` in a case is the path of the file outside the source folder."""
    cases = [*encodings(), *control_characters(), *sizes(), *nesting(), *markup(), *entities(), *dates()]
    return [(name, data.replace(b"{secret}", secret.encode())) for name, data in cases]
