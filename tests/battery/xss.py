"""Script-injection vectors and the checker of our output documents. Pure.

`VECTORS` are generated from families (tags x payload placements x URL spellings); `executable(html)`
lists what in an HTML document or fragment could run script or load active content.
"""
from __future__ import annotations

import html as htmllib
import re

from lxml import etree
from lxml import html as lxml_html

JS = "alert(7331)"
_SCHEMES = ["javascript:", "JaVaScRiPt:", "java\tscript:", "java\nscript:", " javascript:", "&#106;avascript:",
            "&#x6A;avascript:", "javascript&colon;", "vbscript:", "data:text/html;base64,PHNjcmlwdD4=",
            "data:text/html,<script>alert(1)</script>", "jav&#x09;ascript:"]


def vectors() -> list[str]:
    out = ["<script>alert(7331)</script>", "<SCRIPT SRC=http://127.0.0.1:9/x.js></SCRIPT>",
           "<scr<script>ipt>alert(7331)</script>", "<img src=x onerror=alert(7331)>",
           "<body onload=alert(7331)>", "<svg onload=alert(7331)>", "<svg><script>alert(7331)</script></svg>",
           "<svg><a xlink:href=\"javascript:alert(7331)\"><text>x</text></a></svg>",
           "<math><mtext><table><mglyph><style><img src=x onerror=alert(7331)>",
           "<math href=\"javascript:alert(7331)\">x</math>", "<style>body{background:url(javascript:alert(7331))}</style>",
           "<p style=\"background:url(javascript:alert(7331))\">x</p>", "<div style=\"width:expression(alert(7331))\">x</div>",
           "<iframe src=\"javascript:alert(7331)\"></iframe>", "<iframe srcdoc=\"<script>alert(7331)</script>\"></iframe>",
           "<object data=\"javascript:alert(7331)\"></object>", "<embed src=\"javascript:alert(7331)\">",
           "<form action=\"javascript:alert(7331)\"><button>go</button></form>",
           "<button formaction=\"javascript:alert(7331)\">x</button>", "<input onfocus=alert(7331) autofocus>",
           "<img srcset=\"javascript:alert(7331) 1x, x.png 2x\">", "<base href=\"javascript:alert(7331)//\">",
           "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(7331)\">",
           "<!--<script>alert(7331)</script>-->", "<!--><script>alert(7331)</script>-->",
           "<![CDATA[<script>alert(7331)</script>]]>", "<details open ontoggle=alert(7331)>",
           "<a href=\"#\" onclick=\"alert(7331)\">x</a>", "<video><source onerror=\"alert(7331)\"></video>",
           "<template><script>alert(7331)</script></template>", "<noscript><p title=\"</noscript><img src=x onerror=alert(7331)>\">",
           "&lt;script&gt;alert(7331)&lt;/script&gt;", "&amp;lt;script&amp;gt;alert(7331)",
           "<a href=\"  &#14;javascript:alert(7331)\">x</a>", "<isindex action=javascript:alert(7331)>",
           "<link rel=stylesheet href=\"javascript:alert(7331)\">", "<xmp><script>alert(7331)</script></xmp>",
           "<textarea><script>alert(7331)</script></textarea>", "\"><script>alert(7331)</script>",
           "'><img src=x onerror=alert(7331)>", "<a href=javascript&#58;alert(7331)>x</a>"]
    out += [f'<a href="{s}alert(7331)">link</a>' for s in _SCHEMES]
    out += [f'<img src="{s}alert(7331)">' for s in _SCHEMES[:6]]
    return out


VECTORS = vectors()
_DANGEROUS = {"script", "iframe", "object", "embed", "base", "form", "frame", "frameset", "applet", "link",
              "style", "meta", "svg", "math", "input", "button", "textarea", "select", "isindex", "template"}
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset",
              "{http://www.w3.org/1999/xlink}href", "codebase", "cite", "lowsrc", "dynsrc"}
_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript):", re.IGNORECASE)


def _bad_url(value: str) -> bool:
    squeezed = re.sub(r"[\x00-\x20]+", "", htmllib.unescape(value))
    return bool(_BAD_SCHEME.match(squeezed))


def executable(document: str, *, page: bool = False) -> list[str]:
    """What could run in this HTML. `page`: a whole page of ours, whose own template may use <script src>
    from /static, <link rel=stylesheet>, <meta> and <form> (the search box) - but never with our payload."""
    found = []
    if not document.strip():
        return found
    parser = lxml_html.HTMLParser(recover=True, no_network=True)
    root = lxml_html.document_fromstring(document, parser=parser) if page else None
    nodes = [root] if page else lxml_html.fragments_fromstring(document, parser=parser)
    for node in nodes:
        if not isinstance(node, etree._Element):
            continue
        for el in node.iter():
            if not isinstance(el.tag, str):
                continue
            tag = el.tag.lower()
            text = etree.tostring(el, encoding="unicode", with_tail=False)[:2000] if tag in _DANGEROUS else ""
            if tag in _DANGEROUS and (not page or "7331" in text or tag in ("iframe", "object", "embed", "base",
                                                                            "frame", "applet", "isindex")):
                if not (page and tag == "script" and el.get("src", "").startswith(("/static/", "http://127.0.0.1"))
                        and "7331" not in text):
                    found.append(f"<{tag}> element")
            if tag == "meta" and "refresh" in (el.get("http-equiv") or "").lower():
                found.append("meta refresh")
            for name, value in el.attrib.items():
                lname = name.lower()
                if lname.startswith("on"):
                    found.append(f"<{tag} {lname}>")
                if lname in _URL_ATTRS:
                    urls = [c.strip().split()[0] for c in value.split(",") if c.strip()] if lname == "srcset" else [value]
                    if any(_bad_url(u) for u in urls):
                        found.append(f"<{tag} {lname}={value[:40]!r}>")
                if lname == "style" and re.search(r"expression|javascript|url\s*\(", value, re.IGNORECASE):
                    found.append(f"<{tag} style>")
                if lname == "srcdoc":
                    found.append(f"<{tag} srcdoc>")
    return found


def has_markup(title: str) -> bool:
    """A title (as text) that would become markup if a reader rendered it as HTML."""
    return bool(re.search(r"</?[a-zA-Z]|<!--", title))   # a tag starts only with a letter right after "<" or "</"
