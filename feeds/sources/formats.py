"""Release file formats: text in the seed's layout, Markdown with front matter, JSON, HTML. Pure.

Each parser takes decoded text and returns a RawRelease (or raises SkipFile). Press-release
furniture is left in place: normalisation removes it, the same way for every format.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime, time, timezone
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import SkipFile
from ..model import RawRelease
from ..normalise.contactwords import EMAIL, PHONE
from ..normalise.endmatter import heading, keep_end_matter_headings
from ..normalise.endwords import MARKER
from ..normalise.language import detect
from ..normalise.newswire import blocks
from ..normalise.preamble import headline, is_preamble_line
from .article import Article, extract_article
from .pagematter import with_page_matter

MAX_DEPTH_JSON = 64
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)(.*)\Z", re.DOTALL)
_LOOKS_HTML = re.compile(r"<(?:p|div|br|a|strong|em|ul|ol|li|h[1-6]|blockquote|span|table)\b[^>]*>", re.IGNORECASE)


def _date_value(value: Any) -> str | datetime | None:
    """Front matter and JSON dates: YAML gives date/datetime objects, JSON gives strings."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=timezone.utc)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split(",") if t.strip())
    if isinstance(value, list):
        return tuple(str(t).strip() for t in value if isinstance(t, (str, int)) and str(t).strip())
    return ()


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader, except that dates stay text: normalisation parses them like every other date
    (refusing impossible ones such as 31 February) instead of YAML raising on them."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _text_headline(found: list[str]) -> str | None:
    """The headline of a text file: the first line after the newswire preamble, its date lines read in the
    text's language, detected only when that may change the answer (see `headline`)."""
    return headline(found, lambda: detect("\n".join(found)[:3000]))


def release_from_text(text: str, origin: str, modified: datetime | None) -> RawRelease:
    """Plain text: the headline is the first line after the newswire preamble (labels, release numbers,
    embargo and date lines); the whole text is the body, which normalisation reads the same way."""
    text = text.lstrip("\ufeff")
    found = blocks(text)
    if not found:
        raise SkipFile("empty file")
    title = _text_headline(found) or found[0].split("\n", 1)[0]
    if len(title) > 400:
        raise SkipFile("no title line (the first line is a whole paragraph)")
    return RawRelease(origin=origin, title=title, body_text="\n\n".join(found), modified=modified)


def release_from_markdown(text: str, origin: str, modified: datetime | None) -> RawRelease:
    """Markdown with a YAML front-matter block (title, date, tags or topics, url)."""
    m = _FRONT_MATTER.match(text)
    meta: dict[str, Any] = {}
    body = text
    if m:
        try:
            loaded = yaml.load(m.group(1), Loader=_FrontMatterLoader)  # noqa: S506 (a SafeLoader)
        # ValueError: "!!timestamp 2021-02-31"
        except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as e:
            raise SkipFile(f"bad front matter: {(str(e).splitlines() or [e.__class__.__name__])[0]}") from e
        if isinstance(loaded, dict):
            meta = {str(k).lower(): v for k, v in loaded.items()}
        body = m.group(2)
    title = _string(meta.get("title"))
    own = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.MULTILINE)
    if own and title is not None and body[:own.start()].count("\n\n") <= 6:
        title = None       # the release's own headline (a level-1 heading near the top) wins over metadata
    if title is None:
        heading = re.match(r"\A\s*#\s+(.+)$", body, re.MULTILINE)
        below = _headline_below_preamble(body[heading.end():]) if heading else None
        if heading and below:
            title = below          # "# MINISTRY OF ..." / labels, embargo, date lines / "## headline": a letterhead
        elif heading:
            title = heading.group(1).strip()
            body = body[heading.end():]
        elif own and body[:own.start()].count("\n\n") <= 6:
            title = own.group(1).strip()     # below preamble lines ("NEWS RELEASE", "Ref: ..."): still the headline
        else:
            raw = release_from_text(body, origin, modified)
            return RawRelease(origin=origin, title=raw.title,
                              published=_date_value(meta.get("date") or meta.get("published")), modified=modified,
                              body_html=_markdown(body), url=_string(meta.get("url")),
                              topics=_tags(meta.get("topics")) + _tags(meta.get("tags")),
                              language=_string(meta.get("lang") or meta.get("language")))
    return RawRelease(
        origin=origin,
        title=title,
        published=_date_value(meta.get("date") or meta.get("published")),
        body_html=_markdown(body),
        url=_string(meta.get("url")),
        topics=_tags(meta.get("topics")) + _tags(meta.get("tags")),
        language=_string(meta.get("lang") or meta.get("language")),
        author=_string(meta.get("author")),
        modified=modified,
    )


def _headline_below_preamble(text: str) -> str | None:
    """The heading below a top heading when only preamble lines stand between them (release labels, numbers,
    embargo and date lines: "**PRESS RELEASE** | REF/26/19", "Thiès, le lundi 3 février 2025"): the top heading
    is then the issuer's letterhead and this one the headline; None when text or nothing stands between."""
    below = re.search(r"^#{1,3}\s+(.+?)\s*#*\s*$", text, re.MULTILINE)
    if not below:
        return None
    between = [line for line in text[:below.start()].split("\n") if line.strip()]
    if not between or len(between) > 6:
        return None
    return below.group(1).strip() if all(is_preamble_line(part) or _REFERENCE.match(part.strip(" *_"))
                                         for line in between for part in line.split(" | ")) else None


_REFERENCE = re.compile(r"^[A-Z][A-Z0-9]*(?:[/.\-][A-Z0-9]+)*[/.\-]\d[\w/.\-]*$")   # "EATS/PR/26/19" beside a label


def _markdown(text: str) -> str:
    # Raw HTML inside Markdown is not rendered: it shows as text, and the sanitiser would drop it anyway.
    md = MarkdownIt("commonmark", {"html": False})
    md.add_render_rule("softbreak", _soft_break)
    return md.renderer.render(_closing_break(_numbered(md.parse(text)), text.splitlines()), md.options, {})


def _closing_break(tokens: list, lines: list[str]) -> list:
    """The last thematic break ("***", "* * *", "---") kept as a paragraph of its line as written when it closes the
    body: an end marker to the end-matter reader, which an <hr> (no paragraph) would hide. Only a break that reads
    as an end marker, with nothing after it or end matter right under it (a heading of contacts, notes or "About",
    an address or a number, a line in italics or bold: "*Issued by: ...*"); a break between sections of the body
    stays an <hr> and ends nothing."""
    breaks = [i for i, token in enumerate(tokens) if token.type == "hr" and token.level == 0 and token.map]
    if not breaks:
        return tokens
    at = breaks[-1]
    line = lines[tokens[at].map[0]].strip()
    below = next((t for t in tokens[at + 1:] if t.level == 0 and t.map and t.nesting >= 0), None)
    under = "\n".join(lines[below.map[0]:below.map[1]]).strip() if below is not None and below.map else ""
    if not MARKER.match(line) or (under and not _end_matter_under(under)):
        return tokens
    paragraph = [Token("paragraph_open", "p", 1, block=True),
                 Token("inline", "", 0, content=line, children=[Token("text", "", 0, content=line)]),
                 Token("paragraph_close", "p", -1, block=True)]
    return tokens[:at] + paragraph + tokens[at + 1:]


def _end_matter_under(block: str) -> bool:
    """Whether the Markdown block under a thematic break opens end matter: a heading of contacts, notes or
    "About", an address or a number, or a block wholly in italics or bold."""
    first = block.splitlines()[0].strip(" #")
    emphasised = len(block) > 2 and block[0] in "*_" and block[-1] in "*_"
    return heading(first) is not None or bool(EMAIL.search(block) or PHONE.search(block)) or emphasised


def _numbered(tokens: list) -> list:
    """An ordered list's items keep their numbers as written ("1. The full list is attached."): in Markdown the
    author typed them, and they are the text. Such a list is rendered as paragraphs (an <ol> would number its
    items again; plain text would drop the numbers)."""
    level = None              # the nesting level of the ordered list being rendered as paragraphs
    for i, token in enumerate(tokens):
        if token.type == "ordered_list_open" and level is None:
            level = token.level
        if level is None:
            continue
        if token.type in ("ordered_list_open", "ordered_list_close", "list_item_open", "list_item_close") \
                and token.level in (level, level + 1):
            token.hidden = True
        elif token.type in ("paragraph_open", "paragraph_close") and token.level == level + 2:
            token.hidden = False
        if token.type == "list_item_open" and token.level == level + 1:
            inline = next((t for t in tokens[i + 1:] if t.type == "inline"), None)
            if inline is not None and inline.children is not None:
                inline.children.insert(0, Token("text", "", 0, content=f"{token.info}{token.markup} "))
        if token.type == "ordered_list_close" and token.level == level:
            level = None
    return tokens


AUTHORED_LINE = 45     # characters: a line shorter than this before a soft break ends where its author ended it


def _soft_break(self, tokens, idx, options, env) -> str:  # type: ignore[no-untyped-def]
    """A line break inside a Markdown paragraph: a space where it wraps running text, a <br> after a short line
    (a contact block's "Name" / "Role" / address lines, a preamble's label and date lines), whose author ended
    it there, before a label or a date line, and between a table's rows; what a text file's lines say, its
    Markdown says too."""
    line = ""
    for token in reversed(tokens[:idx]):
        if token.type in ("softbreak", "hardbreak"):
            break
        line = token.content + line
    following = tokens[idx + 1].content if idx + 1 < len(tokens) else ""
    if line.rstrip().endswith("|") and following.lstrip().startswith("|"):
        return "<br />\n"      # a table's rows ("| Name | Role |"): commonmark reads no tables, its rows stay lines
    if len(line) < AUTHORED_LINE or is_preamble_line(following):
        return "<br />\n"       # a short line, or the line before a label or a date line ("12. 3. 2025")
    return "\n"


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH_JSON:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


def release_from_json(text: str, origin: str, modified: datetime | None) -> RawRelease:
    """A JSON object: title, published (or date), body (or content), optional url, topics, language."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise SkipFile(f"not valid JSON: {e}") from e
    if not isinstance(data, dict):
        raise SkipFile("JSON is not an object")
    if _depth(data) > MAX_DEPTH_JSON:
        raise SkipFile("JSON nested too deeply")
    body = data.get("body", data.get("content"))
    if not isinstance(body, str):
        body = None
    html_body = body if body and _LOOKS_HTML.search(body) else None
    return RawRelease(
        origin=origin,
        title=_string(data.get("title")),
        published=_date_value(data.get("published", data.get("date"))),
        updated=_date_value(data.get("updated")),
        body_text=None if html_body else body,
        body_html=html_body,
        url=_string(data.get("url")),
        topics=_tags(data.get("topics")) + _tags(data.get("tags")),
        language=_string(data.get("language") or data.get("lang")),
        author=_string(data.get("author")) if isinstance(data.get("author"), str) else None,
        dateline=_string(data.get("dateline")),
        modified=modified,
    )


def release_from_article(article: Article, origin: str, url: str | None,
                         modified: datetime | None = None) -> RawRelease:
    """The raw release an extracted article carries (files and fetched pages alike)."""
    return RawRelease(
        origin=origin,
        title=article.title,
        published=article.published,
        updated=article.modified,
        body_html=article.body_html,
        body_text=None if article.body_html else article.body_text,
        url=url,
        language=article.language,
        author=article.author,
        modified=modified,
        date_source=article.date_source,
        summary=article.summary,
    )


def release_from_html(text: str, origin: str, modified: datetime | None, url: str | None = None) -> RawRelease:
    """An HTML page: title, date and main content found by the article extractor."""
    article = extract_article(keep_end_matter_headings(text), url)
    own = article.url if article.url and url is None and _absolute(article.url) else url
    return with_page_matter(release_from_article(article, origin, own, modified), text)


def _absolute(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


PARSERS = {
    ".txt": release_from_text,
    ".text": release_from_text,
    ".md": release_from_markdown,
    ".markdown": release_from_markdown,
    ".json": release_from_json,
    ".html": release_from_html,
    ".htm": release_from_html,
}
