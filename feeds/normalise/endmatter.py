"""The end matter of a press release: the end marker ("###", "-ENDS-", "- 30 -", "(END)", "(انتهى)"), notes to
editors, "About <organisation>" and media contacts. The body ends where they start; what follows is kept as
`notes` (text) and `contacts` (parsed where the structure allows). A signature block closing the body ("Signed" /
name / title, "Fait à ..., le ...") is neither, and a printed web page's share bar, copyright line and list of other
news closing the notes are no notes. Pure functions over paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .contactwords import LABELLED_NUMBER
from .endfurniture import ends_sentence, without_page_furniture
from .contacts import (_CONTACT_LEAD, _CONTACT_VERB, _JOB, EMAIL, PHONE, _ORG, Contact, _office, _person, _phone_like,
                       _ranked_person, _words, is_field_name, parse_contacts)
from .endwords import (ABOUT, ABOUT_AFTER, AND_COMMUNICATION, BRIEF_WORDS, CONTACT, DONE_AT_LINE, IN_BRIEF, LEGAL,
                       MARKER, MEDIA_WORDS, MORE_INVESTOR, NOT_FOR_PUBLICATION, NOTES, SIGNED_LINE, SIGNED_MARK)

# "More information:" alone heads the contacts when an address or a number follows; above references or links
# (an article's "More information: G. Petit et al., ...") it is the text's own
_BARE_INFORMATION = re.compile(r"^[*_#\s]*(?:further|more|additional) information[*_\s]*:?[*_\s]*(?:\S.*)?$",
                               re.IGNORECASE)


def _reaches_contact(paragraphs: list[str]) -> bool:
    return any(EMAIL.search(p) or LABELLED_NUMBER.search(p) for p in paragraphs)


# "Para más información, contacte a:", "For further information, please call", "Lisätietoja antaa:" ("is given by"):
# a contact heading and a verb of contacting
_THEN_CONTACT = (r"(?:,?\s+(?:please\s+|veuillez\s+)?(?:" + _CONTACT_VERB + r"|contacte|contacten)"
                 r"(?:\s+(?:a|à|con|with|us|nous|by))?)?")
_HEADING = re.compile(r"^[*_#\s]*(?P<kind>(?P<notes>" + NOTES + r")|"
                      r"(?P<about>(?:" + ABOUT + r")"
                      r"(?:\s+|(?<=['’])|(?<=[\u0e00-\u0eff\u1780-\u17ff\u3040-\u9fff\uac00-\ud7af]))"
                      r"\S.{0,80}?|" + IN_BRIEF + "|" + ABOUT_AFTER + r")|"  # "sull'ASST", "关于华东能源" (no space)
                      r"(?P<contact>(?:" + CONTACT + r")" + AND_COMMUNICATION + _THEN_CONTACT + r"))"
                      r"(?:\s*\([^)]{1,40}\))?"
                      r"(?:\s*[,–—-]\s*" + NOT_FOR_PUBLICATION + r")?[*_\s]*(?:[:：፡՝]-?\s*(?P<rest>.*))?$",
                      re.IGNORECASE)
@dataclass(frozen=True)
class EndMatter:
    body: list[str]
    notes: str
    contacts: tuple[Contact, ...]
    marker: str | None


# "【問い合わせ先】", "□ 문의", "■ Contact": a heading in brackets or after a bullet (East Asian releases)
_BRACKETS = re.compile(r"^[【\[■□◆◇●○▶►▪※]+\s*|\s*[】\]]+$")


def heading(line: str) -> tuple[str, str | None] | None:
    """("notes" | "about" | "contact", the text after a colon) when the line heads end matter."""
    s = _BRACKETS.sub("", line.strip())
    then = _THEN.match(s)
    issued = _ISSUED_BY.match(then.group("issued")) if then else None
    if then and issued and (heading(then.group("then")) or ("",))[0] == "contact":
        return "contact", issued.group("rest")     # "Issued by Tropika Berhad. For media enquiries, contact:"
    if len(s) > 120:
        return _long_contact_line(s)
    if s.strip(" :*_").lower() in ("source", "sources"):
        return "contact", None       # "Source :" above the press officer (the Canadian newswire's convention)
    if _INVESTOR_HEADING.match(s):
        return "contact", None
    issuer = _ISSUED_BY.match(s)
    if issuer:
        return "contact", issuer.group("rest")     # "Issued by Lumina PR on behalf of Kelana Berhad."
    m = _HEADING.match(s)
    if not m:
        return _office_then_heading(s) or _source_line(s) or _bilingual(s) or _asks_to_contact(s)
    rest = (m.group("rest") or "").strip(" *_") or None
    if m.group("about") is not None:
        if rest is not None or len(s) > 90 or (ends_sentence(s) and not _LEGAL_FORM.search(s)):
            return None
        words = s.strip(" *_#").split()
        if words[0].lower() == "về" and not (len(words) > 1 and words[1][:1].isupper()):
            return None          # Vietnamese "về" ("about", "on", "back") heads only an organisation's name
        brief = re.search(r"\s(?:" + BRIEF_WORDS + r")[*_\s]*$", s, re.IGNORECASE)
        if brief and not all(w[:1].isupper() for w in re.sub(r"^[lL]['’]", "", s[:brief.start()]).strip(" *_").split()):
            return None          # "The plan in brief": an organisation's name in capitals only
        return "about", None
    if m.group("notes") is not None:
        return "notes", rest
    return "contact", rest


# "Journalists seeking more information may contact:", "For interviews, please contact:", "Les journalistes peuvent
# contacter :": a short line that asks the media to contact whoever follows its colon (no figure, address or sentence
# before; "Anyone with information should contact:" above the public's helplines is the text's own)
_ASKS_TO_CONTACT = re.compile(r"^[*_\s]*(?=[^:]*\b(?:" + MEDIA_WORDS + r")\b)(?-i:[A-ZÀ-Þ])"
                              r"[^.!?:;\d@]{0,70}?\s(?:please\s+|veuillez\s+)?(?:" + _CONTACT_VERB
                              + r"|contactar|contacter)(?:\s+(?:a|à|con|with|us|nous))?[*_\s]*[:：፡՝][*_\s]*$",
                              re.IGNORECASE)


def _asks_to_contact(s: str) -> tuple[str, str | None] | None:
    """("contact", None) for such a line; else None."""
    return ("contact", None) if _ASKS_TO_CONTACT.match(s) else None


def _bilingual(s: str) -> tuple[str, str | None] | None:
    """"Media contact / Contact médias", "Notes to editors | Notes aux rédactions:": a heading in two languages, both
    halves headings of one kind (a bilingual release's); else None."""
    halves = re.split(r"\s+[/|]\s+", s.strip(" *_#"))
    if len(halves) != 2:
        return None
    first, second = heading(halves[0].strip(" :")), heading(halves[1])
    return second if first is not None and second is not None and first[0] == second[0] else None


def _long_contact_line(s: str) -> tuple[str, str | None] | None:
    """("contact", the rest) for a long line that is a contact heading, a colon and a contact with an e-mail
    address or a number ("Contacto de prensa: Lucía Ferrando – Área de ... – prensa@... – (0291) ..."); else None."""
    head, colon, rest = s.partition(":")
    if not colon or len(head) > 60 or len(rest) > 240 or not (EMAIL.search(rest) or PHONE.search(rest)):
        return None
    found = heading(head)
    if found is None:
        return _office_then_heading(s)
    return ("contact", rest.strip(" *_")) if found[0] == "contact" else None


# "Oficina de Imagen Institucional – Contacto: Lic. Rocío ..., cel. ...": an office's name, a dash, a contact heading
# and its colon, then the contact
_OFFICE_THEN = re.compile(r"^(?P<office>[^–—:|]{3,60}?)\s+[–—-]\s+(?P<head>[^–—:|]{3,40}?)\s*:\s*(?P<rest>\S.*)$")


def _office_then_heading(s: str) -> tuple[str, str | None] | None:
    """("contact", the office and the contact) for such a line, the office's name kept as the contact's first
    words ("Oficina de ... – Lic. Rocío ..."); else None."""
    m = _OFFICE_THEN.match(s)
    if m is None or not (_office(m.group("office")) or _ORG.search(m.group("office"))) \
            or not (EMAIL.search(m.group("rest")) or PHONE.search(m.group("rest"))):
        return None              # ("Ministry of Health – Information: the clinics open on Monday." is body text)
    found = heading(m.group("head"))
    if found is None or found[0] != "contact" or found[1] is not None:
        return None
    return "contact", f"{m.group('office').strip(' *_')} – {m.group('rest').strip(' *_')}"


def _source_line(s: str) -> tuple[str, str | None] | None:
    """"SOURCE Minera Austral S.A.": a newswire's line naming who issued the release, closing it (PR Newswire,
    Cision): the contact section's first line."""
    m = re.match(r"^SOURCE\s+(?P<rest>[A-Z0-9À-Þ](?:(?![.!?]\s).){1,100})$", s)    # a name, no sentence
    return ("contact", m.group("rest")) if m else None


# "Relações com Investidores", "Hubungan Investor" alone on a line: an investor relations contact's heading beside
# the media's (followed by a colon and a name, "Investor Relations: Daniel Kwan", it is that contact's role)
_INVESTOR_HEADING = re.compile(r"^[*_#\s]*(?:investor relations|investor contacts?|relações com (?:os )?investidores|"
                               r"relaciones con (?:los )?(?:inversionistas|inversores)|relations (?:avec les )?"
                               r"investisseurs|relazioni con gli investitori|hubungan (?:investor|media)|"
                               + MORE_INVESTOR + r")[*_\s:：፡՝]*$",
                               re.IGNORECASE)


# "Issued by Lumina Communications Sdn Bhd on behalf of Kelana Agro Berhad.": the agency that issued the release,
# opening its contacts (its organisations' names only: capitalised words, their legal forms)
_NAME_WORDS = r"[A-ZÀ-Þ][\w&'’.\-]*(?:\s+(?:[A-ZÀ-Þ0-9][\w&'’.\-]*|of|and|de|du|des|für|the|&))*"
# "Issued by Tropika Berhad. For media enquiries, please contact:": the issuer, then a contact heading
_THEN = re.compile(r"^(?P<issued>[*_\s]*(?i:issued by)\s.+?)\.\s+(?P<then>\S.*)$")
_ISSUED_BY = re.compile(r"^[*_\s]*(?i:issued by)\s+(?P<rest>" + _NAME_WORDS + r"(?:\s+on behalf of\s+" + _NAME_WORDS
                        + r")?)\.?[*_\s]*$")


# "Über Lebendige Meere e. V.", "About Northwind Inc.": an organisation's name ending with its legal form's
# abbreviation ends with a full stop without ending a sentence
_LEGAL_FORM = re.compile(r"(?:\s(?:e\.\s?V|Inc|Ltd|Co|Corp|S\.\s?A|N\.\s?V|B\.\s?V|S\.p\.A|S\.r\.l|S\.L|Bhd|Tbk|"
                         r"a\.s\.b\.l|GmbH & Co\. KG|Pty|Pte)\.)[*_\s]*$")


def _early(i: int, count: int) -> bool:
    """Paragraph `i` of `count` stands in the first half of a long text (more than five paragraphs after it)."""
    return i < count / 2 and count - i > 5


_LEGAL_HEADING = re.compile(r"^[*_#\s]*(?:" + LEGAL + r")\b", re.IGNORECASE)


def _heads(para: str) -> bool:
    """Does this paragraph open with an end-matter heading (an "About ..." line standing alone)?"""
    lines = para.split("\n")
    found = heading(lines[0])
    if found is None:
        return False
    if found[0] == "about":
        # (text right below: opening with a capital, or with a figure below a heading of capitalised words only,
        # "Körfez Sahnesi Hakkında" / "1998 yılında ..."; "About 300 people came to the" / "2024 ..." is a sentence)
        return len(lines) == 1 or (len(lines[0]) < 70 and (lines[1][:1].isupper() or (
            lines[1][:1].isdigit() and all(w[:1].isupper() for w in lines[0].strip(" *_#").split()))))
    return not (found[0] == "contact" and found[1] and _labelled_sentence(para))


def _labelled_sentence(para: str) -> bool:
    """"Investors: the shares rose 5 percent, analysts said.": a sentence of the text after a word that may head
    contacts ("Media", "Press", "Investors"), eight words or more, with no address, number or link: no contact."""
    rest = " ".join(para.split()).partition(":")[2].strip(" *_")
    return len(rest.split()) >= 8 and ends_sentence(rest) and not (EMAIL.search(para) or PHONE.search(para)
                                                                      or re.search(r"https?://|www\.", para))


def split_end_matter(paragraphs: list[str]) -> EndMatter:
    """Cut the body at the first end marker or end-matter heading; read the rest as notes and contacts."""
    paragraphs = [part for para in paragraphs for part in _heading_apart(para)]
    cut = None
    marker = None
    for i, para in enumerate(paragraphs):
        first = para.split("\n", 1)[0]
        if i > 0 and MARKER.match(first) and "\n" not in para.strip():     # (above any text it ends none)
            cut, marker = i, first.strip()
            break
        if i > 0 and _heads(para) and not (_LEGAL_HEADING.match(first) and _early(i, len(paragraphs))) \
                and not (_BARE_INFORMATION.match(first) and not _reaches_contact(paragraphs[i:i + 3])):
            cut = i
            break
        if i > 1 and _name_above_about(paragraphs, i):
            cut = i
            break
    if cut is None:
        cut = _trailing_contacts(paragraphs)
        if cut is None:
            return EndMatter(_without_sign_off(list(paragraphs)), "", (), None)
        # closing contact lines with no heading: one contact section, a name above its address included
        return EndMatter(_without_sign_off(paragraphs[:cut]), "", tuple(parse_contacts("\n".join(paragraphs[cut:]))),
                         None)
    if not marker and 1 < cut == len(paragraphs) - 1 and _names_contacts(paragraphs[cut - 1], paragraphs[cut]):
        cut -= 1                 # the press office's name alone above the last paragraph, its contact: its heading
    body = _without_sign_off(paragraphs[:cut])
    after = paragraphs[cut + 1:] if marker else paragraphs[cut:]
    after = after[_signature_head(after):]
    notes, contacts = read_end_matter(after)
    signed = _signature_paragraphs(paragraphs[:cut])
    if len(body) < cut and signed:
        contacts = _signed(contacts, _signer("\n".join(p.strip() for p in paragraphs[cut - signed:cut])))
    if not marker and len(body) > 2 and _about_paragraph(body[-1]) and (heading(after[0].split("\n", 1)[0])
                                                                         or ("", ""))[0] == "contact":
        body, notes = body[:-1], "\n\n".join(n for n in (" ".join(body[-1].split()), notes) if n)
    return EndMatter(body, notes, contacts, marker)


def _heading_apart(para: str) -> list[str]:
    """A paragraph whose last line is a contact heading and its colon ("... / Le Rapporteur / Contacts presse :", a
    PDF's lines read as one paragraph) as two: the lines above, and the heading; any other paragraph as it is."""
    lines = para.rstrip().split("\n")
    last = lines[-1].strip(" *_")
    if len(lines) < 2 or not re.search(r"[:：፡՝]$", last) or len(last) > 60 or last[:1].islower() \
            or heading(last) != ("contact", None):
        return [para]            # ("... for details please / contact:": a sentence's wrapped end)
    return ["\n".join(lines[:-1]), lines[-1]]


# "Siyakhula Housing Rights Network is a non-profit organisation ...": the issuer's "about" text with no heading,
# right above the contacts: an organisation's name (capitalised words) that "is a/an ..." in the release's language
_ABOUT_SENTENCE = re.compile(
    r"^(?-i:[A-ZÀ-Þ][\w&'’.\-]*)(?:\s+(?:(?-i:[A-ZÀ-Þ0-9][\w&'’.\-]*)|of|for|and|de|du|des|del|da|do|la|le|für|"
    r"the|&)){1,8}\s+(?:is|est|es|é|ist|è|is|adalah|là)\s+(?:a|an|the|un|une|una|uma|um|ein|eine|een|uno|"
    r"l['’]|la|le|el|o|die|der|das|de|het|salah satu|một)\b", re.IGNORECASE)


def _names_next(para: str, below: str) -> bool:
    """"Lombarda Imballaggi" above "Lombarda Imballaggi S.p.A. produce ...": an organisation's name alone (one to
    six capitalised words, no digit or sentence mark) heading the paragraph that opens with it and says more."""
    name = para.strip(" *_")
    words = name.split()
    if "\n" in name or not 1 <= len(words) <= 6 or re.search(r"[\d.!?:;,@]", name) \
            or not all(w[:1].isupper() or w.lower() in ("de", "di", "del", "della", "of", "and", "&") for w in words):
        return False
    text = " ".join(below.split())
    return text.startswith(name + " ") and len(text) > len(name) + 40 and ends_sentence(text)


def _name_above_about(paragraphs: list[str], i: int) -> bool:
    """Whether paragraph `i` is an organisation's name heading its "about" paragraph, the end matter's start: the
    paragraph below is the last one or the next end-matter heading follows it."""
    if i + 1 >= len(paragraphs) or not _names_next(paragraphs[i], paragraphs[i + 1]):
        return False
    return i + 2 == len(paragraphs) or _heads(paragraphs[i + 2]) or bool(MARKER.match(paragraphs[i + 2]))


def _about_paragraph(paragraph: str) -> bool:
    """The issuer's description closing the body above its contacts: one paragraph of at most three sentences that
    opens by saying what an organisation is, with no quotation."""
    text = " ".join(paragraph.split())
    return bool(_ABOUT_SENTENCE.match(text)) and len(re.findall(r"[.!?](?:\s|$)", text)) <= 3 \
        and not re.search(r"[\"“”«»]", text)


# "... for a free test. (PIA-7/JRD)": a news agency's sign-off closing the last paragraph (its office and the
# writer's initials), like a reference line of initials: no sentence of the release
_SIGN_OFF = re.compile(r"\s*\((?=[^)]*/)[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+){1,4}\)\s*$")


# "(Reporting by Ana Silva; Editing by Tom Reed)": a wire's credit line closing a story, no sentence of it
_CREDIT = re.compile(r"^\((?:additional )?(?:reporting|writing|editing|compiled|text|photos?|video)(?: and \w+)? by "
                     r"[^()]{2,150}\)$", re.IGNORECASE)


def _without_sign_off(body: list[str]) -> list[str]:
    block = _signature_block(body)
    if block:
        body = body[:-block]
    signed = _signature_paragraphs(body)
    if signed or (len(body) > 1 and _CREDIT.match(body[-1].strip())):
        body = body[:-(signed or 1)]
    issuer = _issuer_lines(body)
    if issuer:
        body = body[:-issuer]
    if body and _SIGN_OFF.search(body[-1]) and _SIGN_OFF.sub("", body[-1]).strip():
        return body[:-1] + [_SIGN_OFF.sub("", body[-1])]
    return body


def _issuer_lines(body: list[str]) -> int:
    """How many paragraphs close the body as the issuer's name in capitals ("PUBLIC AFFAIRS DEPARTMENT" /
    "HARBOUR POLICE FORCE"): one to three single lines of at most six words, no digit or sentence mark, all
    capitals, one naming an office or organisation; 0 when the body does not end so (or is nothing else)."""
    count = 0
    for paragraph in reversed(body[-3:]):
        line = paragraph.strip(" *_")
        if "\n" in line or len(line.split()) > 6 or re.search(r"[\d.!?:;,@]", line) or not line.isupper():
            break
        count += 1
    closing = body[len(body) - count:]
    return count if count and count < len(body) and any(_ORG.search(p) for p in closing) else 0




def _signed_line(line: str) -> bool:
    """"Signed", "(sé) Pr Awa Sarr": a line saying the release was signed, with at most the signer's name after it."""
    m = SIGNED_LINE.match(line.strip(" *_"))
    return m is not None and len((m.group("rest") or "").split()) <= 8


def _name_over_title(paragraph: str) -> bool:
    """"Dr Ama Mensah" / "GOVERNOR AND CHAIRPERSON": a person's name over an office's title in capitals, who signed."""
    lines = [line.strip(" *_") for line in paragraph.split("\n") if line.strip()]
    return len(lines) == 2 and _person(lines[0]) and lines[1].isupper() and len(lines[1].split()) <= 10 \
        and not re.search(r"\d|@", lines[1])


def _opens_signature(paragraph: str) -> bool:
    """Does a paragraph open a release's signature block: a line saying it was signed, where and when, or who signed
    with an office's title ("Signed", "Fait à Lomé, le 2 mai 2026", "Dr Ama Mensah" / "GOVERNOR", "Le Recteur," /
    "(é) Pr Awa Sarr")?"""
    first = paragraph.strip().split("\n", 1)[0].strip(" *_")
    unmarked = "\n".join(SIGNED_MARK.sub("", line.strip()) for line in paragraph.strip().split("\n"))
    return _signed_line(first) or bool(DONE_AT_LINE.match(first)) or _name_over_title(paragraph) \
        or (unmarked != paragraph.strip() and _signature(unmarked))




def _signature_head(after: list[str]) -> int:
    """How many paragraphs right after an end marker are the release's signature (a signature block, its lines
    short; a bare "Signed" line with the paragraph below it): neither notes nor contacts."""
    if not after or not _short_lines(after[0]) or not _opens_signature(after[0]) or heading(after[0].split("\n")[0]):
        return 0
    signed = SIGNED_LINE.match(after[0].strip(" *_"))
    if signed and not signed.group("rest") and len(after) > 1 and _short_lines(after[1]) \
            and not (PHONE.search(after[1]) or heading(after[1])):
        return 2
    return 1


def _short_lines(paragraph: str) -> bool:
    """A paragraph of at most six lines of at most 12 words each, no address: a signature block's."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return 0 < len(lines) <= 6 and all(len(line.split()) <= 12 for line in lines) and "@" not in paragraph


def _signature_block(body: list[str]) -> int:
    """How many paragraphs close `body` as its signature block (neither body nor notes: EXPECTED.md's body ends
    before it): at most four paragraphs of short lines, the first saying the release was signed, where and when, or
    who signed with the office's title in capitals ("Signed" / "Ama Mensah" / "Director", "Fait à Lomé, le ..." /
    "Pour le Conseil," / "(Signé)" / "Awa Sarr"); a motto or a closing formula of a few words above it ("For God and
    My Country") with it. 0 when the body does not end so, or would be left empty."""
    tail = 0
    while tail < min(4, len(body) - 1) and _short_lines(body[-1 - tail]):
        tail += 1
    starts = [k for k in range(len(body) - tail, len(body)) if _opens_signature(body[k])]
    if not starts:
        return 0
    start = starts[0]
    below = "\n".join(body[start:]).strip().split("\n")[1:]      # the lines below the block's first
    if any(re.search(r"[a-zà-ÿ]{2}[.!?]$", line.strip(" *_")) for line in below):
        return 0                 # a sentence below it (a note, a line of text): the block is no signature only
    above = body[start - 1].strip() if start > 1 else ""
    if above and "\n" not in above and len(above.split()) <= 6 and not ends_sentence(above) \
            and not re.search(r"[\d@:]", above):
        start -= 1               # "For God and My Country" over the spokesperson's signature
    return len(body) - start


# "gez.", "sig.", "signé": "signed", before the name of who signed
_SIGNED_BY = re.compile(r"^(?:gez\.|sig\.|signed|signé|firmado|assinado|f\.to|w\.g\.)\s+", re.IGNORECASE)
# an office's title, then a lower-case honorific and the person's name, on one line
_TITLED_NAME = re.compile(r"^(?-i:[A-ZÀ-Þ])[^,]{3,80}?\s(?P<name>(?:dott\.(?:ssa)?|avv\.|prof\.(?:ssa)?|dr\.|ing\.)\s+"
                          r"(?-i:[A-ZÀ-Þ])\S+(?:\s+\S+){1,3})$")
# "Sd/-", "(Sd.)": "signed", above the signing office's title (South Asian official releases)
_SIGNED = re.compile(r"^\(?sd[/.]-?\)?$", re.IGNORECASE)


def _signature(paragraph: str) -> bool:
    """"Le procureur de la République,\nBertrand Maillol": who signed the release, closing it (a title ending
    with a comma, then a person's name), no sentence of it."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if lines and _SIGNED.match(lines[0]) and len(lines) <= 4 and all(len(line) < 60 for line in lines):
        return True              # "Sd/-" / "Commissioner of Police," / "Hampi Nagar City.": signed by that office
    if re.search(r"\d|@", paragraph) or not lines or len(lines) > 2 \
            or (ends_sentence(lines[-1]) and not _DEGREES.search(lines[-1])):
        return False
    if _SIGNED_BY.match(lines[0]) and _person(_SIGNED_BY.sub("", lines[0]).split(",")[0].strip()):
        return True              # "gez. Dr. Miriam Haas" / "Richterin am Landgericht, Pressesprecherin"
    title = _TITLED_NAME.match(" ".join(lines))   # "Il Procuratore della Repubblica" / "dott. Alessandro Montefusco"
    if title and len(" ".join(lines).split()) <= 12 and _person(title.group("name")):
        return True
    return len(lines) == 2 and lines[0].endswith(",") and len(lines[0].split()) <= 8 \
        and _person(lines[1].split(",")[0].strip())


# "dr. Bambang Setiawan, Sp.PD.", "Dr. Ir. Hendra Wiratama, M.Si.": a name's degrees after a comma end with their
# abbreviation's full stop, no sentence's
_DEGREES = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Za-z]{1,4}\.)*(?:,\s*)?)+$")


def _signature_paragraphs(body: list[str]) -> int:
    """How many paragraphs close `body` as a signature: one ("Le procureur,\nBertrand Maillol"), or two single
    lines a format set apart (a Word file's paragraphs: "Kepala Dinas Kesehatan," / "dr. Bambang Setiawan, Sp.PD."),
    with a paragraph of text above; else 0."""
    if len(body) > 1 and _signature(body[-1]):
        return 1
    if len(body) > 2 and "\n" not in body[-1].strip() and "\n" not in body[-2].strip() \
            and body[-2].rstrip().endswith(",") and _signature(body[-2].strip() + "\n" + body[-1].strip()):
        return 2
    return 0


def _signer(paragraph: str) -> tuple[str, str | None] | None:
    """The name and role of who signed ("gez. Dr. Miriam Haas" / "Richterin am Landgericht, Pressesprecherin";
    "Pour le procureur du Roi," / "Gilles Delvaux, substitut, magistrat de presse"), None when not stated so."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if _SIGNED_BY.match(lines[0]):
        name, _, role = _SIGNED_BY.sub("", lines[0]).partition(",")
        return name.strip(), (role.strip() or (lines[1] if len(lines) > 1 else None))
    if len(lines) == 2 and lines[0].endswith(","):
        name, _, role = lines[1].partition(",")
        return name.strip(), role.strip() or None
    return None


def _signed(contacts: tuple[Contact, ...], signer: tuple[str, str | None] | None) -> tuple[Contact, ...]:
    """The contacts with who signed the release above them: the name of a contact that has none (a "Contact :"
    line of a number and an address under the signature), the role of the same person named without one."""
    if signer is None:
        return contacts
    name, role = signer
    return tuple(replace(c, name=name, role=c.role or role) if c.name is None and k == 0
                 else replace(c, role=role) if c.name == name and c.role is None else c
                 for k, c in enumerate(contacts))


def _awaits_details(block: str) -> bool:
    """Whether a contact block ends with a name or role whose address or number is still to come."""
    last = block.rstrip().rsplit("\n", 1)[-1]
    return not (EMAIL.search(last) or PHONE.search(last))


def _trailing_contacts(paragraphs: list[str]) -> int | None:
    """Where the contact blocks that close a release without a heading begin: short lines with an e-mail
    address or a phone number (a name, a role, a department above them)."""
    cut = None
    for i in range(len(paragraphs) - 1, 0, -1):
        lines = paragraphs[i].split("\n")
        if i == len(paragraphs) - 1 and _contact_sentence(paragraphs[i]):
            return i
        if len(lines) > 8 or any(len(line) > 120 for line in lines) or ends_sentence(lines[0]) \
                or _wrapped_prose(lines):
            break
        text = paragraphs[i]
        if len(lines) > 1 and all(is_field_name(line) for line in lines) and cut == i + 1:
            cut = i              # a contact table's heads ("Name" / "Role" / "Phone") above its rows
            continue
        if not (EMAIL.search(text) or any(_phone_like(m, text) for m in PHONE.finditer(text))):
            if cut == i + 1 and i > 1:
                return _name_above(paragraphs, cut)
            break
        cut = i
    return cut


def _short_line(paragraph: str) -> bool:
    return "\n" not in paragraph.strip() and len(paragraph.split()) <= 6 and not ends_sentence(paragraph)


def _name_above(paragraphs: list[str], cut: int) -> int:
    """Where a contact block whose address or number stands in paragraph `cut` begins, with the lines of one
    paragraph each above it: "Ufficio Stampa MiC" alone above its address (the contact's name); up to three such
    short lines ("Dr. Anna Weber" / "Richterin am Landgericht" / "Pressesprecherin") when one is a person's name."""
    if cut > 1 and _short_line(paragraphs[cut - 1]):
        top = cut - 1
        while top > 1 and cut - top < 3 and _short_line(paragraphs[top - 1]):
            top -= 1
        people = [k for k in range(top, cut) if _person(paragraphs[k].strip(" *_"))
                  or _person(paragraphs[k].strip(" *_").split(",")[0])]     # "Dra. Helena Cassoma, Chefe"
        if people and people[0] > top and _office(paragraphs[people[0] - 1].strip(" *_")):
            return people[0] - 1     # "Gabinete de Comunicação" above "Dra. Helena Cassoma, Chefe": its office
        return people[0] if people else cut - 1
    return cut


def _contact_sentence(paragraph: str) -> bool:
    """A release's last paragraph that is one short sentence asking to contact a named person at an address or a
    number ("For interviews, contact Rosa Díaz, spokeswoman, on 311 555 0101."): contact end matter."""
    text = paragraph.strip()
    if "\n" in text or len(text) > 300 or not (EMAIL.search(text) or PHONE.search(text)):
        return False
    lead = _CONTACT_LEAD.match(text)
    names = _words(text) if lead else []
    return bool(names) and (_person(names[0]) or (len(names) > 1 and _job_then_person(names[0], names[1])))


def _job_then_person(job: str, name: str) -> bool:
    """"... contact the Deputy Press Secretary, Capt. Ana Reyes, on ...": a job, then the person holding it."""
    return bool(_JOB.search(job)) and not _person(job) and (_person(name) or _ranked_person(name))


# "..., at mei@... or +66 ..., or Arjun Mehta, Media Relations, at ...": a second person after the first one's
# address or number, joined by "or"
_NEXT_PERSON = re.compile(r"(?<=[\w)])\s*[,;]\s*(?:or|ou|o|oder|of|atau|hoặc|oppure)\s+(?=(?-i:[A-ZÀ-Þ]))",
                          re.IGNORECASE)


def _one_line_each(sentence: str) -> str:
    """A contact sentence naming several people, as one line for each (each with its own address or number)."""
    parts = _NEXT_PERSON.split(sentence)
    if len(parts) < 2 or not all(EMAIL.search(p) or PHONE.search(p) for p in parts):
        return sentence
    return "\n".join(parts)


def _wrapped_prose(lines: list[str]) -> bool:
    """A hard-wrapped sentence, not a contact block: long lines (the first over 60 characters) that read on
    into a sentence's end, with no e-mail address ("O processo tramita sob o número / 1004567-21.2023...")."""
    text = " ".join(lines)
    return len(lines) > 1 and len(lines[0]) > 60 and ends_sentence(text) and not EMAIL.search(text)


# "SK/RT/JS", "एमजी/एआर/पीएस": the initials of who wrote, checked and issued a release (a newswire's reference line),
# no note: capitals, or in a script without capitals (Devanagari, Bengali, Arabic...) letters and their vowel signs
_INITIAL = r"(?:[A-Z]{1,4}|[\u0590-\u05FF\u0600-\u06FF\u0900-\u09FF]{1,6})"
_INITIALS = re.compile(r"^\s*" + _INITIAL + r"(?:\s*/\s*" + _INITIAL + r"){1,5}\s*$")


def read_end_matter(paragraphs: list[str]) -> tuple[str, tuple[Contact, ...]]:
    """Notes (paragraphs joined by blank lines, headings left out) and contacts of what follows the body."""
    section = "notes"
    headed_notes = False        # whether a notes heading ("Note to editors") opened the notes
    noted = False               # whether a note stands under the last heading
    notes: list[str] = []
    contact_blocks: list[str] = []
    for k, para in enumerate(paragraphs):
        lines = [line for line in para.split("\n") if line.strip()]
        if len(lines) > 1 and _SOURCE.match(lines[0]) and (heading(lines[1]) or ("",))[0] == "contact":
            section = "contact"  # "Source : Boréal inc." / "Renseignements : ...": the newswire's source, contacts
        while lines:
            head = heading(lines[0]) or _office_heading(lines[0]) or (
                ("about", None) if k + 1 < len(paragraphs) and _names_next(para, paragraphs[k + 1]) else None)
            if head is None or (section == head[0] == "contact" and len(lines) == 1 and contact_blocks
                                and _awaits_details(contact_blocks[-1])):
                break           # "Media Relations" under a name that has no address yet: its role
            section, rest = head
            headed_notes = headed_notes or section == "notes"
            noted = False
            lines = lines[1:]
            if rest:
                lines.insert(0, rest)
            break
        if not lines or all(MARKER.match(line) or _INITIALS.match(line) for line in lines):
            continue
        text = "\n".join(line.strip() for line in lines)
        if section != "contact" and k == len(paragraphs) - 2 and _names_contacts(para, paragraphs[-1]):
            continue
        joined = " ".join(line.strip() for line in lines)
        if section != "contact" and _contact_sentence(joined):
            # "For an interview, contact Jan Smit, press officer, on 06 ...": a contact; as the note under a notes
            # heading it is a note to editors too (the writers keep it in both); after the notes' text, or under an
            # "About" heading, it closes them as a contact only
            contact_blocks.append(_one_line_each(joined))
            if headed_notes and section == "notes" and not noted:
                notes.append(joined)
        elif section == "contact" or (_looks_contact(text) and (section != "about" or _person_line(text))):
            contact_blocks.append(_semicolons_apart(text))
        else:
            notes.append(joined)
            noted = True
    contacts = tuple(parse_contacts("\n\n".join(contact_blocks)))
    return "\n\n".join(without_page_furniture(_not_in_contacts(notes, contacts))), contacts




# "Source : Boréal Aérostructures inc.": the organisation a newswire's release comes from, above its contacts
_SOURCE = re.compile(r"^[*_\s]*sources?\s*:\s*\S.{0,80}$", re.IGNORECASE)


def _semicolons_apart(text: str) -> str:
    """"Renseignements : A, ..., a@... ; Investisseurs : B, ..., b@...": contacts a semicolon apart on one line,
    each with an address or a number, one a line."""
    def apart(line: str) -> list[str]:
        parts = re.split(r"\s+;\s+", line)
        return parts if len(parts) > 1 and all(EMAIL.search(p) or PHONE.search(p) for p in parts) else [line]
    return "\n".join(part for line in text.split("\n") for part in apart(line))


def _person_line(text: str) -> bool:
    """"Omar Said – Press Officer – +254 ... – omar@...": one line opening with a person's name, then an address or a
    number (under an "About" heading with no contact heading of its own: a contact all the same, no note)."""
    words = _words(text)
    return "\n" not in text.strip() and len(text) <= 200 and not ends_sentence(text) and bool(words) \
        and _person(words[0]) and bool(EMAIL.search(text) or PHONE.search(text))


def _not_in_contacts(notes: list[str], contacts: tuple[Contact, ...]) -> list[str]:
    """The notes without the lines a page printed twice (its contact box's lines as paragraphs of the text, then
    under its heading): a short note, no sentence, that is a line of a contact's text is that contact's (kept in
    its `text`), no note."""
    lines = {" ".join(line.split()) for c in contacts for line in c.text.split("\n")}
    return [n for n in notes if not (len(n) <= 80 and not ends_sentence(n) and " ".join(n.split()) in lines)]


# "Ufficio Stampa ASST Milano Nord", "Press Office Harbour Trust": a press office and the organisation's name
_OFFICE_HEADING = re.compile(r"^[*_\s]*(?i:ufficio stampa|press office|media office|media relations|prensa|"
                             r"oficina de prensa|gabinete de prensa|service de presse|pressestelle|"
                             r"assessoria de imprensa|persvoorlichting|humas)(?:\s+[–—-])?"
                             r"(?:\s+[A-ZÀ-Þ0-9][\w'’.\-&]*(?:\s+(?:de|del|de la|da|do|di|du|des|van|von|der))?){1,5}"
                             r"[*_\s:]*$")        # "Gabinete de Prensa – Ayuntamiento de Valdemora"


def _office_heading(line: str) -> tuple[str, None] | None:
    """In end matter (never to end a body): a press office's name heading its contacts, as a contact heading."""
    return ("contact", None) if _OFFICE_HEADING.match(line.strip()) else None


def _names_contacts(para: str, below: str) -> bool:
    """"Prensa INEA" alone above a contact's paragraph (the last): the contact section's name, like a heading:
    a line of at most four words (eight when it opens with an office's word and capitalises its words: "Oficina de
    Comunicaciones e Imagen Institucional"), no sentence, no address or number, in capitals or with a word of an
    office or a contact heading ("Prensa", "Media")."""
    line = para.strip()
    most = 8 if _office(line) and all(w[:1].isupper() for w in line.split() if len(w) > 3) else 4
    if "\n" in line or len(line.split()) > most or ends_sentence(line) or EMAIL.search(line) or PHONE.search(line):
        return False
    return _looks_contact(below) and bool(_ORG.search(line) or line.isupper() or heading(line.split()[0]))


def _looks_contact(text: str) -> bool:
    """A contact's block: with an e-mail address; or two to six short lines, no sentence, with a labelled number
    ("ترجمان ..." / "عمران شاہد" / "فون: 042-...", "Pressesprecher" / "Jan Bode" / "Tel. 0511 ...")."""
    lines = text.strip().split("\n")
    return len(text) < 400 and bool(EMAIL.search(text) or (
        2 <= len(lines) <= 6 and all(len(line) <= 60 and not ends_sentence(line) for line in lines)
        and LABELLED_NUMBER.search(text)))


_HTML_HEADING = re.compile(r"<h([2-6])\b[^>]*>(.{1,200}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)


def keep_end_matter_headings(html: str) -> str:
    """An HTML page whose end-matter headings ("About us", "Media contact" in an h2-h6) are bold paragraphs:
    article extraction drops section headings, and the body must end where they stand."""
    def paragraph(m: re.Match) -> str:
        text = re.sub(r"<[^>]+>", "", m.group(2))
        return f"<p><strong>{m.group(2)}</strong></p>" if heading(" ".join(text.split())) else m.group(0)
    return _HTML_HEADING.sub(paragraph, html)
