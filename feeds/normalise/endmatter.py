"""The end matter of a press release: the end marker ("###", "-ENDS-", "- 30 -"), notes to editors,
"About <organisation>" and media contacts. The body ends where they start; what follows is kept as
`notes` (text) and `contacts` (parsed where the structure allows). Pure functions over paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MARKER = re.compile(r"^\s*(?:#{3,}|[-–—]?\s*(?:30|ends?|end|fin|fine|ende|fim|selesai|hết)\s*[-–—]?|\*{3,}|"
                     r"[-–—]{3,}\s*(?:ends?|fin|ende)?\s*[-–—]*|[-–—]\s*(?:ends?|fin|ende|fim)\s*[-–—])\.?\s*$",
                     re.IGNORECASE)
_NOTES = (r"notes? (?:to|for) (?:editors?|editor)|editors?'? notes?|notes?|background(?: information)?|"
          r"note aux (?:rédactions|rédacteurs|éditeurs)|notes? aux (?:rédactions|rédacteurs|éditeurs)|"
          r"note à la rédaction|pour les rédactions|hinweise? für (?:die )?redaktionen?|hinweis an die redaktion|"
          r"nota (?:para|a) (?:los|las)? ?(?:editores|redacciones|redacción|editores)|notas? (?:para|a) (?:los )?editores|"
          r"nota aos editores|notas aos editores|nota para (?:os )?editores|nota per le redazioni|note per i redattori|"
          r"noot voor (?:de )?redactie|noot voor redacties|catatan untuk editor|catatan (?:bagi )?redaksi|"
          r"ghi chú cho biên tập viên")
_ABOUT = (r"about|à propos d[eu']|a propos d[eu']|über|uber|acerca de|sobre|sobre el|sobre la|sobre o|sobre a|"
          r"informazioni su|chi è|chi siamo|over|tentang|giới thiệu về|qui sommes-nous")
_CONTACT = (r"media contacts?|press contacts?|media enquiries|media inquiries|press enquiries|press inquiries|"
            r"press office|media relations|for (?:further|more) information(?:,? (?:please )?contact)?|contacts?|"
            r"contact presse|contacts presse|relations presse|service de presse|pour plus d'informations|"
            r"pressekontakte?|medienkontakte?|kontakt|ansprechpartner(?:in)?|für rückfragen|rückfragen|"
            r"contacto de prensa|contactos de prensa|contacto|contactos|prensa|para más información|"
            r"contato(?:s)? (?:de|para) imprensa|contacto(?:s)? de imprensa|assessoria de imprensa|contato|"
            r"para mais informações|contatti(?: stampa)?|ufficio stampa|per informazioni|perscontact|"
            r"contactpersoon|voor meer informatie|kontak media|narahubung|kontak|informasi lebih lanjut|"
            r"liên hệ báo chí|liên hệ|info(?:rmation)?s? presse|press|media")
_HEADING = re.compile(r"^[*_#\s]*(?P<kind>(?P<notes>" + _NOTES + r")|(?P<about>(?:" + _ABOUT + r")\s+\S.{0,80}?)|"
                      r"(?P<contact>" + _CONTACT + r"))[*_\s]*(?::\s*(?P<rest>.*))?$", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE = re.compile(r"(?<![\w@])\+?\(?\d[\d\s().\-/]{6,}\d(?![\w@])")
_PHONE_LABEL = re.compile(r"\b(?:tel|tél|phone|telephone|téléphone|telefon|teléfono|telefone|telefono|mobile|mob|"
                          r"cell|portable|handy|móvil|celular|cellulare|hp|m|t|ph)\.?\s*:?\s*$", re.IGNORECASE)
_EMAIL_LABEL = re.compile(r"\b(?:e-?mail|courriel|correo|mail)\s*:?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Contact:
    name: str | None
    role: str | None
    email: str | None
    phone: str | None
    text: str

    def as_dict(self) -> dict:
        return {"name": self.name, "role": self.role, "email": self.email, "phone": self.phone, "text": self.text}


@dataclass(frozen=True)
class EndMatter:
    body: list[str]
    notes: str
    contacts: tuple[Contact, ...]
    marker: str | None


def heading(line: str) -> tuple[str, str | None] | None:
    """("notes" | "about" | "contact", the text after a colon) when the line heads end matter."""
    s = line.strip()
    if len(s) > 120:
        return None
    m = _HEADING.match(s)
    if not m:
        return None
    rest = (m.group("rest") or "").strip() or None
    if m.group("about") is not None:
        if rest is not None or len(s) > 90 or _ends_sentence(s):
            return None
        return "about", None
    if m.group("notes") is not None:
        return "notes", rest
    return "contact", rest


def _ends_sentence(s: str) -> bool:
    return s.rstrip(" *_")[-1:] in ".!?"


def _heads(para: str) -> bool:
    """Does this paragraph open with an end-matter heading (an "About ..." line standing alone)?"""
    lines = para.split("\n")
    found = heading(lines[0])
    if found is None:
        return False
    if found[0] == "about":
        return len(lines) == 1 or (len(lines[0]) < 70 and lines[1][:1].isupper())
    return True


def split_end_matter(paragraphs: list[str]) -> EndMatter:
    """Cut the body at the first end marker or end-matter heading; read the rest as notes and contacts."""
    cut = None
    marker = None
    for i, para in enumerate(paragraphs):
        first = para.split("\n", 1)[0]
        if _MARKER.match(first) and "\n" not in para.strip():
            cut, marker = i, first.strip()
            break
        if i > 0 and _heads(para):
            cut = i
            break
    if cut is None:
        return EndMatter(list(paragraphs), "", (), None)
    body = paragraphs[:cut]
    after = paragraphs[cut + 1:] if marker else paragraphs[cut:]
    notes, contacts = read_end_matter(after)
    return EndMatter(body, notes, contacts, marker)


def read_end_matter(paragraphs: list[str]) -> tuple[str, tuple[Contact, ...]]:
    """Notes (paragraphs joined by blank lines, headings left out) and contacts of what follows the body."""
    section = "notes"
    notes: list[str] = []
    contact_blocks: list[str] = []
    for para in paragraphs:
        lines = [line for line in para.split("\n") if line.strip()]
        while lines:
            head = heading(lines[0])
            if head is None:
                break
            section, rest = head
            lines = lines[1:]
            if rest:
                lines.insert(0, rest)
            break
        if not lines or all(_MARKER.match(line) for line in lines):
            continue
        text = "\n".join(line.strip() for line in lines)
        if section == "contact" or (_looks_contact(text) and section != "about"):
            contact_blocks.append(text)
        else:
            notes.append(" ".join(line.strip() for line in lines))
    contacts = tuple(c for block in contact_blocks for c in parse_contacts(block))
    return "\n\n".join(notes), contacts


def _looks_contact(text: str) -> bool:
    return bool(EMAIL.search(text)) and len(text) < 400


def parse_contacts(block: str) -> list[Contact]:
    """The contacts of one block: one per line when several lines each carry a name and a number or
    address, else the block is one contact."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if not any(EMAIL.search(line) or PHONE.search(line) for line in lines):
        return []
    each = [line for line in lines if (EMAIL.search(line) or PHONE.search(line)) and _words(line)]
    if len(lines) >= 2 and len(each) == len(lines):
        return [_contact(line, [line]) for line in lines]
    return [_contact(" | ".join(lines), lines)]


def _words(line: str) -> list[str]:
    """The name-like chunks of a contact line: what is left without addresses, numbers and labels."""
    rest = EMAIL.sub("|", line)
    rest = PHONE.sub("|", rest)
    rest = re.sub(r"https?://\S+|www\.\S+", "|", rest)
    chunks = []
    for chunk in re.split(r"\s*(?:\||,|;|\s[–—-]\s|/(?=\s)|\t|•|·)\s*", rest):
        chunk = _PHONE_LABEL.sub("", _EMAIL_LABEL.sub("", chunk)).strip(" :.-–—()*_")
        if chunk and re.search(r"[^\W\d]", chunk):
            chunks.append(chunk)
    return chunks


def _contact(line: str, lines: list[str]) -> Contact:
    email = EMAIL.search(line)
    phone = PHONE.search(EMAIL.sub(" ", line))
    label = None
    m = re.match(r"^([^:|@\d]{2,60}?)\s*:\s*(.*)$", line)
    if m and not _PHONE_LABEL.search(m.group(1) + ":") and not _EMAIL_LABEL.search(m.group(1)):
        label, line = m.group(1).strip(), m.group(2)
    chunks = _words(line)
    if not chunks and label:
        chunks = [label]
    name = chunks[0] if chunks else None
    role = chunks[1] if len(chunks) > 1 else None
    return Contact(name, role, email.group(0) if email else None,
                   phone.group(0).strip() if phone else None, "\n".join(lines))
