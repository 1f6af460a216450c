"""Media contacts of a press release's end matter: a contact section's lines read as a list of {name, role,
e-mail, phone}, `text` always the original lines, and the patterns of addresses and phone numbers that end matter,
preambles and documents share. Pure functions over text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# the words of many languages and the shapes of contact tables (addresses and numbers too, which end matter,
# preambles and documents import from here)
from .contactwords import (_CASELESS_TEXT, _JOB_FIRST, _MORE_EMAIL_WORDS, _MORE_EXTENSION_WORDS, _MORE_ORG, _NAME_HEAD,
                           _NUMBER, _OPENS_JOB, _PHONE_HEAD, _RANK_WORDS, _ROLE_HEAD, ADDRESS_WORDS, EMAIL, GIVEN_BY,
                           JOB_LAST, MORE_OFFICE, PHONE, PHONE_WORDS, _by_rows, _columns, _markdown_table, _rows,
                           caseless_split, is_field_name, table_lines)

_EMAIL_WORDS = (r"(?:correio|correo) ele(?:c)?tr[óôo]nico|posta elettronica|"
                r"e-?mail|e-?mel|surel|courriel|correo|mail|mél|e-post|e|" + _MORE_EMAIL_WORDS)
# a label before a number or an address, also in two languages ("Tel./Tél. :", "Email/Courriel :")
_PHONE_LABEL = re.compile(r"\b(?:" + PHONE_WORDS + r")(?:\.?\s*/\s*(?:" + PHONE_WORDS + r"))?\.?\s*[:：፡՝]?\s*$",
                          re.IGNORECASE)
_EMAIL_LABEL = re.compile(r"\b(?:" + _EMAIL_WORDS + r")(?:\s*/\s*(?:" + _EMAIL_WORDS + r"))?\s*[:：፡՝]?\s*$",
                          re.IGNORECASE)
_ORG = re.compile(r"polizei|präsidium|presse|press|media|medien|minist|service|office|department|universit|gmbh|"
                  r"segreteria|secretariat|secrétariat|secretaría|sekretariat|"
                  r"\bltd|\binc\b|\bag\b|\bs\.a\b\.?|\bbv\b|team|"
                  r"(?<!chri)(?<!\be)stelle|"       # "Pressestelle"; "Christelle", "Estelle" are given names
                  r"\bamt\b|kontakt|contact|communic|kommunikation|"
                  r"gabinete|cabinet|agency|agence|agencia|network|foundation|fondation|fundación|stiftung|"
                  r"council|conseil|city|ville|stadt|gemeente|municipal|relations|bureau|büro|comunica|assessoria|gabinete|"
                  r"oficina|ufficio|afdeling|dienst|direction|dirección|direção|kanzlei|behörde|verwaltung|regierung|"
                  r"rathaus|verband|institut|gesellschaft|authority|commission|committee|board|court|tribunal|"
                  r"gericht|police|polícia|policía|polizia|politie|gendarmerie|hospital|klinik|mairie|prefeitura|"
                  r"ayuntamiento|comune|regione|gemeinde|kementerian|association|\bunion\b|secretar[ií]a|" + _MORE_ORG,
                  re.IGNORECASE)


@dataclass(frozen=True)
class Contact:
    name: str | None
    role: str | None
    email: str | None
    phone: str | None
    text: str

    def as_dict(self) -> dict:
        return {"name": self.name, "role": self.role, "email": self.email, "phone": self.phone, "text": self.text}


def parse_contacts(text: str) -> list[Contact]:
    """The contacts of a contact section (paragraphs separated by blank lines). A contact runs from a line
    with a name to the next line with a name after its number or address; lines of addresses and numbers
    alone belong to the contact above."""
    entries: list[list[str]] = []
    reached = False          # the current entry has a number or an address
    trailing = False         # the current entry's last line is a role written after its number and address
    lines = [_UNWRAPPED_ADDRESS.sub(r"\1\2", line.strip()) for line in text.split("\n")]
    table = _table_contacts(lines)
    if table is not None:
        contacts, rest = table
        return [*parse_contacts("\n".join(rest)), *(c for c in contacts if c.email or c.phone)]
    markdown = _markdown_table(lines)     # a Markdown table without a column of names: its rows' cells as lines
    if markdown is not None:
        cells, by_columns = table_lines(markdown[0], markdown[1])
        if by_columns:           # one contact a column: the lines around the table are read on their own
            return [*parse_contacts("\n".join(markdown[2])), *parse_contacts("\n".join(cells))]
        lines = [*markdown[2], *cells]
    for line in _unwrapped_numbers(_unwrapped_cells(_by_rows(lines))):
        if not line or re.match(r"^https?://|^www\.", line) or is_field_name(line):
            continue           # a column head of a contact table ("Name", "E-mail") is no contact's line
        names = [] if _labelled_address(line) or _prose(line) else _words(line)
        contact = bool(EMAIL.search(line) or PHONE.search(line))
        if entries and reached and _OTHER_NUMBER.match(line):
            entries[-1].append(line)     # "Out of hours: 07700 900999": another number of the office, no person
            continue
        if trailing and not contact and line[:1].islower():
            entries[-1][-1] += " " + line          # "Responsable des" / "relations presse": the role's wrapped line
            continue
        trailing = bool(entries and reached and names and not contact and _role_after_address(entries[-1], line))
        if trailing:
            entries[-1].append(line)   # "Name / number / address / Role": a table's row with its role cell last
            continue
        if not entries or (names and reached):
            entries.append([line])
            reached = contact
        else:
            entries[-1].append(line)
            reached = reached or contact
    return _listed_once([c for lines in entries for c in _shared(_contact(lines), lines) if c.email or c.phone])


def _listed_once(contacts: list[Contact]) -> list[Contact]:
    """The contacts with a person listed again with the same number and address (a bilingual release repeats its
    contacts after its second version, their roles translated) left out: the first listing is the contact."""
    seen: set[tuple[str | None, str | None, str | None]] = set()
    out = []
    for c in contacts:
        key = (c.name, c.phone, c.email)
        if c.name is None or key not in seen:
            out.append(c)
        seen.add(key)
    return out


def _prose(line: str) -> bool:
    """A line of text, no contact's: a sentence of more than twelve words, or a headline of more than ten with no comma
    (a bilingual release's second version read into its contact section), with no address or number."""
    words = line.split()
    return not (EMAIL.search(line) or PHONE.search(line)) and (
        (len(words) > 12 and line.rstrip()[-1:] in ".!?") or (len(words) > 10 and "," not in line))


def _row_contact(heads: list[str], cells: list[str]) -> Contact:
    """A contact from a table's row, each cell read by its column's head: the name's, the role's, the phone's, the
    address's (other columns, a category or a department, are in `text` only)."""
    def column(pattern: re.Pattern) -> list[str]:
        return [cell for head, cell in zip(heads, cells, strict=False)
                if cell and pattern.match(head.strip(" :*_"))]
    names = column(_NAME_HEAD)
    if not names:
        return _contact(cells)
    joined = " | ".join(cells)
    email = EMAIL.search(joined)
    phones = [cell for cell in column(_PHONE_HEAD) if PHONE.search(EMAIL.sub(" ", cell))] or \
        [cell for cell in cells if PHONE.search(EMAIL.sub(" ", cell)) and not EMAIL.search(cell)]
    phone = phones[0].strip() if phones else None
    return Contact(names[0], " ".join(column(_ROLE_HEAD)) or None, email.group(0) if email else None, phone,
                   "\n".join(cells))


def _table_contacts(lines: list[str]) -> tuple[list[Contact], list[str]] | None:
    """The contacts of a contact table among the lines (Markdown, read by rows or by columns) whose heads name a
    column of names, and the lines outside it; None when there is no such table."""
    markdown = _markdown_table(lines)
    if markdown is not None:
        heads, rows, rest = markdown
    else:
        found = _columns(lines) or _rows(lines)
        if found is None:
            return None
        (heads, rows), rest = found, []
    if not any(_NAME_HEAD.match(head.strip(" :*_")) for head in heads) or \
            any(len(row) != len(heads) for row in rows):
        return None
    return [_row_contact(heads, row) for row in rows], rest


# "Утас: 7011-2456", "ელ-ფოსტა: nino@...": a line of a number or an address after a one- or two-word label
# in any language (one this module does not know): the label is no person's name
_LABELLED = re.compile(r"^(?P<label>[^\W\d_][^\s:：፡՝]{0,15}(?:[ .\-/][^\W\d_][^\s:：፡՝]{0,15})?)\.?\s*[:：፡՝]\s*"
                       r"(?P<rest>.+)$")


def _labelled_address(line: str) -> bool:
    m = _LABELLED.match(line)
    if m is None or (_person(m.group("label")) and not _CASELESS_TEXT.fullmatch(m.group("label"))):
        return False          # "Jane Okafor: +44 ...": a person's number (one word of Khmer, "អ៊ីមែល", is a label)
    rest = m.group("rest")
    return bool(EMAIL.search(rest) or PHONE.search(rest)) and not _words(rest)


_PAIR = re.compile(r"(?P<first>[^/]+?)\s+/\s+(?P<second>[^/]+)")


def _shared(contact: Contact, lines: list[str]) -> list[Contact]:
    """"Sophie Trent / Marcus Bell" over one number and address: two people reached there, each a contact with
    its own name and no role of the other's name (the number, address and lines shared); any other contact as
    it is. Only a line that is two persons' names and nothing else is read so."""
    pair = next((m for m in (_PAIR.fullmatch(line.strip()) for line in lines) if m
                 and _person(m.group("first")) and _person(m.group("second"))), None)
    if pair is None or contact.name != pair.group("first"):
        return [contact]
    role = None if contact.role == pair.group("second") else contact.role
    return [Contact(pair.group("first"), role, contact.email, contact.phone, contact.text),
            Contact(pair.group("second"), role, contact.email, contact.phone, contact.text)]


# a line that cannot end there: after a particle ("Gabinete de" / "Comunicação") or inside a bracket ("Assessor de
# imprensa (LPM" / "Comunicação)"): a table cell's line wrapped
_CUT_LINE = re.compile(r"(?:\s(?:de|des|du|da|do|das|dos|del|di|della|of|for|and|the|y|e|et|und|van|von|der|la|le)|"
                       r"\([^()]*)$")


def _unwrapped_cells(lines: list[str]) -> list[str]:
    """Contact lines with a line a narrow cell wrapped joined to the next (no address or number in either)."""
    out: list[str] = []
    for line in lines:
        if out and line and _CUT_LINE.search(out[-1]) and not (EMAIL.search(line) or PHONE.search(line)
                                                                 or EMAIL.search(out[-1]) or PHONE.search(out[-1])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# "..., tél. 555 22" / "41, presse@...": a phone label and the first groups of its number, the rest on the next line
_LABEL_THEN_DIGITS = re.compile(r"\b(?:" + PHONE_WORDS + r")\.?\s*[:：፡՝]?\s*\+?\(?\d[\d\s().\-/]{1,}$", re.IGNORECASE)


# "imprensa@verdeviva.e xample": an e-mail address a narrow cell wrapped, its last part after a space (a domain's last
# label of one letter is none: the rest of it follows)
_UNWRAPPED_ADDRESS = re.compile(r"([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z])\s+([a-z]{1,20})\b(?![@.\w])")


def _unwrapped_numbers(lines: list[str]) -> list[str]:
    """Lines with a phone number broken at a wrap joined again ("..., 0836-224" / "5100, pro@...": a line that
    opens with a short group of digits, no number of its own, after a line ending with a number or with a phone label
    and the number's first groups, "tél. 555 22" / "41, ...": then a group of two or three digits, no postcode)."""
    out: list[str] = []
    for line in lines:
        head = re.match(r"^\d{2,6}(?=[,;\s]|$)", line)
        begun = bool(out and head and len(head.group(0)) <= 3 and _LABEL_THEN_DIGITS.search(out[-1]))
        if out and head and re.search(r"\d[\s\-./]?\d*$", out[-1]) and (PHONE.search(out[-1]) or begun) \
                and not PHONE.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _role_after_address(entry: list[str], line: str) -> bool:
    """Whether `line`, after a contact's number and address, is that contact's role (its table row's last cell):
    a job's words ("Responsable des", "Chargé de"), no person's name, for a contact whose name stands alone on its
    line and who has no role yet (its other lines are numbers and addresses)."""
    cut = line.split()[-1][:1].islower()       # "Chargé de": a wrapped cell's first line, however capitalised
    if (_person(line) and not cut) or not _JOB.search(line) or not _person(entry[0]) or len(_words(entry[0])) != 1:
        return False
    if _person(line.partition(":")[2].strip()):
        return False             # "Press officer: Dario Kovač": the next contact, its role as its label
    return all(EMAIL.search(other) or PHONE.search(other) for other in entry[1:])


# "Out of hours: 07700 900999", "Switchboard: +44 ...": a number the office gives besides its people's
# "Corporate Communications Unit switchboard: +603 ... (Monday to Friday, ...)": an office's name before it, its
# hours in brackets after it
_OTHER_NUMBER = re.compile(r"^(?:[^:\d@|]{0,60}\s)?"
                           r"(?:out of (?:office )?hours|after hours|outside (?:office|working) hours|"
                           r"24[- ]?(?:hour|h)(?: press)?(?: line)?|switchboard|general enquiries|"
                           r"en dehors des heures(?: de bureau)?|außerhalb der bürozeiten|fuera de horario)\s*:?\s*"
                           + _NUMBER + r"(?:\s*\([^()]{1,80}\))?$", re.IGNORECASE)


def _words(line: str) -> list[str]:
    """The name-like chunks of a contact line: what is left without addresses, numbers and labels."""
    rest = EMAIL.sub("|", _CONTACT_LEAD.sub("", line))
    rest = _EXTENSION_WORD.sub("|", PHONE.sub("|", rest))
    rest = re.sub(r"https?://\S+|www\.\S+", "|", rest)
    rest = _ROLE_AND_DEPARTMENT.sub(lambda m: m.group(0).replace(" - ", " \u2011 "), rest)     # kept from the split
    rest = _ROLE_IN_TWO_LANGUAGES.sub(_joined_role, rest)
    if _bilingual_office(rest):
        return [rest.strip(" *_")]
    chunks: list[str] = []
    for segment in re.split(r"\s*(?:\||;|\s[–—-]\s|/(?=\s)|\t|•|·)\s*", rest):
        segment = segment.replace(" \u2011 ", " - ").replace(" \u2044 ", " / ")
        parts = re.split(r"[,،，、፣]", segment, maxsplit=1) if not chunks else [segment]   # Arabic, CJK commas too
        for chunk in parts:
            chunk = _without_labels(chunk)
            chunk = re.sub(r"(?:-?এর (?:সঙ্গে|সাথে))?\s*[(（]$", "", chunk)   # "과장 박지훈 (02-...)"; Bengali "with"
            chunk = _without_registration(chunk)
            bracketed = re.fullmatch(r"\(([^()]+)\)", chunk)      # "(Smt. Asha Rao)": a signer's name in brackets
            chunk = bracketed.group(1) if bracketed and _person(bracketed.group(1)) else chunk
            if chunk and re.search(r"[^\W\d]", chunk) and chunk.lower() not in _JOINER_WORDS:
                chunks.append(chunk)
    return chunks


def _without_labels(chunk: str) -> str:
    """A chunk without the labels and joining words around its number or address ("..., at", "or by email at"):
    taken off from its end until none is left."""
    for _ in range(4):
        before = chunk
        chunk = _PHONE_LABEL.sub("", _EMAIL_LABEL.sub("", chunk.strip(" ,،，、፣"))).strip(" :：፡՝.,،，、፣-–—*_")
        chunk = _JOINERS.sub("", _bracketed_label(chunk)).strip(" :：፡՝.,،，、፣-–—*_")
        if chunk == before:
            break
    return chunk


# "Ms. Anjali Reddy, Vice President - Corporate Communications": after the name and its comma, a job, a hyphen and
# its department (capitalised words, up to the line's next field): one role, its hyphen kept
_ROLE_AND_DEPARTMENT = re.compile(r"^[^,|]{3,60},\s*[^,|–—\-\d]{3,60}?\s-\s(?-i:[A-Z])[A-Za-z&'’ ]{2,60}?"
                                  r"(?=\s*(?:\||,|$))")


# "Marie Roy, Press Officer / Attachée de presse": after the name and its comma, a role in two languages (a bilingual
# release's), one role with its slash
_ROLE_IN_TWO_LANGUAGES = re.compile(r"^(?P<name>[^,|/]{3,60}),\s*(?P<first>[^,|/\d@]{3,60}?)\s/\s"
                                    r"(?P<second>[^,|/\d@]{3,60}?)(?=\s*(?:\||,|$))")


def _joined_role(m: re.Match) -> str:
    if not _person(m.group("name").strip()) or _person(m.group("first").strip()) or _person(m.group("second").strip()):
        return m.group(0)
    return f"{m.group('name')}, {m.group('first')} \u2044 {m.group('second')}"


def _bilingual_office(line: str, organisation: bool = False) -> bool:
    """"Media Relations / Relations avec les médias": an office's name in two languages (a bilingual release's), one
    name: two halves naming an office (or, with `organisation`, any name in capitalised words: "Parks Canada /
    Parcs Canada"), no person's name, no address or number."""
    halves = line.strip(" *_").split(" / ")
    return len(halves) == 2 and all((_ORG.search(h) or (organisation and h[:1].isupper())) and not _person(h)
                                    and not re.search(r"[\d@|]", h) for h in halves)


def _named_before(label: str) -> bool:
    """"Thabo Nkosi, Head: Media Relations, ...": a person's name and a comma before the colon, which is then part
    of the role after the name ("Head: Communications"), no label of the line."""
    head, comma, _ = label.partition(",")
    return bool(comma) and _person(head.strip())


def _job_colon(label: str, rest: str) -> bool:
    """"Head: Media Relations", "Director: Communications": a job's word, a colon and what it heads (no person's
    name, address or number after it): one role as written, no label of the line."""
    return bool(_JOB.fullmatch(label.strip())) and bool(rest.strip()) and not _person(rest.strip()) \
        and not (EMAIL.search(rest) or PHONE.search(rest))


def _without_registration(chunk: str) -> str:
    """"Paula Moraes (MTb 44.120/PR)": a person's name without the professional registration number in brackets
    after it (a journalist's, a lawyer's), which stays in the contact's text."""
    m = re.search(r"\s*\((?=[^()]*\d)[^()]{2,30}\)$", chunk)
    return chunk[:m.start()] if m and _person(chunk[:m.start()]) else chunk


def _bracketed_label(chunk: str) -> str:
    """A chunk without a phone or e-mail label in brackets closing it ("Media Coordinator (mobile)": before the
    number, the label of which it is)."""
    m = re.search(r"\s*\(([^()]{1,25})\)$", chunk)
    if m and (_PHONE_LABEL.match(m.group(1)) or _EMAIL_LABEL.match(m.group(1))):
        return chunk[:m.start()]
    return chunk


# "For more information, please contact Jane Okafor, Press Officer, at jane@... or +44 ...": a sentence
# around the contact's name and addresses; "Para entrevistas pueden comunicarse con ...", "Voor meer informatie
# kunt u contact opnemen met ...", "... xin liên hệ bà ...": any short lead-in (no digit, address or sentence end;
# a title's dot, "een interview met dr. Femke ...", ends none)
# up to a verb of contacting, then the name (capitalised, or a lower-case courtesy title before it)
# a letter of a script without capitals (Arabic, Hebrew, Devanagari, Thai, Chinese, Japanese, Korean): a name
# written in it opens with no capital
_CASELESS = r"[\u0590-\u05FF\u0600-\u06FF\u0900-\u09FF\u0E00-\u0E7F\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]"
_CONTACT_VERB = (r"contact|call|reach|write to|contactez|contacter|contacte con|contactar con|contactarse con|"
                 r"comunicarse con|communiquer avec|contate|entrar em contato com|wenden sie sich an|"
                 r"kontaktieren sie|contact opnemen met|rivolgersi a|contattare|hubungi|liên hệ(?: với)?|"
                 r"kontaktes(?: via| gennem| på)?|kontaktas(?: via| genom)?|kontakte|kontakta|kontakt|"
                 # "(Lisätietoja) antaa", "(Ytterligare information) lämnas av", "(Nánari upplýsingar) veitir": "is
                 # given by", before the people who give it
                 + GIVEN_BY + "|"
                 # Tagalog, Swahili, Romanian, Hungarian, Czech, Polish, Greek, Russian, Ukrainian, Arabic, Hebrew
                 r"makipag-ugnayan (?:kay|kina|sa)|tumawag (?:kay|sa)|wasiliana na|contactați|contactaţi|"
                 r"tuntuɓi|kàn sí|"         # Hausa "(a) tuntuɓi", Yoruba "(ẹ) kàn sí": "contact"
                 r"contactar amb|posar-vos en contacte amb|adreçar-vos a|ikkuntattjaw lil|ikkuntattja lil|"
                 r"forduljon|keresse|kontaktujte|prosimy o kontakt z|skontaktuj się z|επικοινωνήστε με|"
                 r"обращайтесь к|обратитесь к|свяжитесь с|звоните|звертайтеся до|зв'яжіться з|"
                 r"التواصل مع|الاتصال ب|تواصلوا مع|לפנות אל|לפנות ל|ניתן לפנות אל|যোগাযোগ করুন")
_CONTACT_LEAD = re.compile(r"^(?:(?:please\s+|veuillez\s+)?(?:" + _CONTACT_VERB + r")|"     # "Contact Jane Okafor"
                           r"(?:\b(?:dr|drs|mr|mrs|ms|prof|dott|ir)\.|[^\d@|.:;!?]){0,80}?\s(?:please\s+|veuillez\s+)?"
                           r"(?-i:" + _CONTACT_VERB + r"))\s+"
                           # "... contact the Northbridge Council press office on ...": an office's name after "the"
                           r"(?:(?-i:the|our)\s+(?=(?-i:[A-Z])))?"
                           r"(?=(?-i:[A-ZÀ-ÞА-ЯЁІЇЄΑ-ΩḀ-Ỿ])|" + _CASELESS + r"|(?:bà|ông|chị|anh)\s|"
                           r"(?-i:[a-zà-ÿ]{5,30})\s+(?-i:[A-ZÀ-Þ]))",
                           re.IGNORECASE)
# (a name's capital may be one of Latin Extended Additional, "Ọ̀gbẹ́ni ...", a range of both cases: the name is
# still checked as a person's after it)
# (after a lead-in, the verb is written in lower case: "Head of Contact Centre" leads to no name; a lower-case
# word after the verb and before a capital is the person's job: "... via pressechef Søren Holm Bach")
_JOINER_WORDS = {"at", "on", "or", "by", "via", "au", "ou", "à", "o", "oder", "unter", "per", "sur", "and", "et", "y",
                 "e", "und", "en", "al", "op", "of", "el",     # "..., al celular", "en el 655 ...", "via 06 ... of ..."
                 "på", "eller",                                  # "på telefon ... eller e-mail ..."
                 "la", "kwa", "kupitia", "или", "أو", "או",     # Romanian "la +40 ...", Swahili "kwa simu ..."
                 "í",                                           # Icelandic "í síma ..." ("at the phone")
                 "ta", "ko", "ní", "tàbí",                      # Hausa "ta (by) ... ko (or)", Yoruba "ní (at) ... tàbí"
                 "pelo", "pela", "por",                         # "..., pelo telefone ...", "por correo ..."
                 "على", "على الرقم", "على رقم", "عبر"}           # Arabic "..., على الرقم +965 ...": "at the number"
# Tagalog "sa" ("at", "on") in lower case only: "SA" is a company's legal form ("Nordvik SA")
_JOINERS = re.compile(r"(?:[\s,]+(?:" + "|".join(sorted(_JOINER_WORDS, key=len, reverse=True)) + r"|(?-i:sa)))+$",
                      re.IGNORECASE)


def _contact(lines: list[str]) -> Contact:
    joined = " | ".join(lines)
    email = EMAIL.search(joined)
    phone = next((m for m in PHONE.finditer(EMAIL.sub(" ", joined)) if _phone_like(m, joined)), None)
    name, role = _name_and_role(_named_lines(lines))
    if name and role is None:
        name, role = _rank_split(name)
    if name and role is None:
        name, role = _job_split(name)
    if name:
        name, rank = _without_rank(name)
        role = role or rank
    degrees = _DEGREES.match(role) if name and role else None
    if name and role and degrees:       # "dr. Siti Rahmawati, M.Kes., Kepala Bidang ...": degrees after the name
        rest = role[degrees.end():].strip(" ,")
        bracketed = re.fullmatch(r"\(([^()]+)\)", rest)       # "Andi Saputra, S.I.Kom. (Kepala Biro Humas)"
        name, role = f"{name}, {degrees.group(1)}", (bracketed.group(1) if bracketed else rest) or None
    number = _phone_as_written(EMAIL.sub(" ", joined), phone) if phone else None
    if number and " | " in number and not any(number in line for line in lines):
        number = number.split(" | ")[0]      # the bar joining two lines (a number on each): the first line's
    return Contact(name, role, email.group(0) if email else None, number, "\n".join(lines))


# academic degrees written after a name, each of two or three abbreviations with their full stops ("M.Kes.", "Ph.D.",
# "Sp.PD."): part of the name as written, not its role
_DEGREES = re.compile(r"^((?:[A-Z][A-Za-z]{0,4}\.){2,3}(?:,\s*(?:[A-Z][A-Za-z]{0,4}\.){2,3})*)(?:,\s*|\s+(?=\()|$)")


def _named_lines(lines: list[str]) -> list[tuple[str | None, list[str], str]]:
    """(label, name-like chunks, line) of each contact line with words."""
    named = []
    for line in lines:
        if _prose(line):
            continue             # a line of text the section holds (kept in the contact's `text`): no name, no role
        label = None
        m = re.match(r"^([^:：፡՝|@\d]{2,60}?)\s*[:：፡՝]\s*(.*)$", line)     # a full-width colon too
        if m and not _PHONE_LABEL.search(m.group(1) + ":") and not _EMAIL_LABEL.search(m.group(1)) \
                and not _named_before(m.group(1)) and not _job_colon(m.group(1), m.group(2)):
            label, line = m.group(1).strip(), m.group(2)
        chunks = _words(line)
        if label and not chunks and _words(label) and _person(_words(label)[0]):
            chunks, label = _words(label), None      # "Jane Okafor, Press Officer: +44 ..., jane@..."
        if chunks or label:
            named.append((label, chunks, line))
    return named


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Chief|Alhaji|Hajia|Mme|Mlle|M|Sr|Sra|Srta|Dña|"
                        r"Don|Herr|Frau|Bapak|Ibu|Encik|Puan)\.?")


def _name_and_role(named: list[tuple[str | None, list[str], str]]) -> tuple[str | None, str | None]:
    """A contact's name and role from its named lines: the first person's line (lines above it are its
    organisation and department), its role after a comma, in brackets, on the next line or as a label."""
    named = [_office_first(n) for n in named]
    people, heading = _people(named)
    ranked = [k for k in people if _without_rank(named[k][1][0])[1]]
    people = ranked or people    # "IPTU Frangky Rumengan" under "Kasi Humas Polres ...": the ranked line is the person
    above = None             # a department line right above the person ("Unternehmenskommunikation"): the role of
    #                          a person with no rank (a ranked person's role is the rank)
    job = None               # a job line right above a ranked person, naming no organisation: the role, not the rank
    duty = None              # a job line right above a person with no rank ("ترجمان لاہور پولیس" / "عمران شاہد")
    if people and people[0] > 0:
        above = named[people[0] - 1][2].strip() if people[0] > 1 and not named[people[0] - 1][0] else None
        over = named[people[0] - 1]
        if ranked and not over[0] and len(over[1]) == 1 and not _ORG.search(over[2]):
            job = over[2].strip()
        elif not over[0] and len(over[1]) == 1 and _job_line(over[2]):
            duty = over[2].strip()
        named = named[people[0]:]
    if not named:
        return None, None
    label, chunks, line = named[0]
    if not chunks:
        return label, _role_line(named[1][2]) if len(named) > 1 and named[1][1] else None
    name, role = _first_chunks(chunks)
    if role is not None and "," in line and not _person(name) and _office(name):
        name, role = f"{name}, {role}", None     # "Phòng Truyền thông, Sở ... Hà Nội": an office, whole
    within = re.fullmatch(r"(.+?)\s*[(（]([^()（）]{2,60})[)）]", name)     # "王芳（新闻官）" too
    if within and _HONORIFIC.fullmatch(within.group(2)):
        within = None                # "Tola Adebayo (Mrs)": how to address her, part of the name as written
    if role is None and within and _person(within.group(1)):
        name, role = within.group(1), within.group(2)      # "Jane Okafor (Press Officer)"
    if role is None and len(named) > 1 and named[1][1] and not (_bilingual_office(line)
                                                                and _bilingual_office(named[1][2], organisation=True)):
        role = _role_line(named[1][2])     # (under an office's name in two languages, its organisation's is none)
    role = role or job or heading or (label if label and _role_like(label) else None)
    if role is None and above and len(above.split()) == 1 and not PHONE.search(above) and not ranked:
        role = above
    return name, role or duty


def _job_line(line: str) -> bool:
    """A line that is a job ("Public Relations Officer", "ترجمان ...", "प्रवक्ता"): ending with a job's word, or in a
    script without capitals opening with one; no address or number."""
    words = line.strip(" *_,").split()
    return bool(words) and not (EMAIL.search(line) or PHONE.search(line)) \
        and bool(_JOB.fullmatch(words[-1]) or _OPENS_JOB.match(words[0]))


def _people(named: list[tuple[str | None, list[str], str]]) -> tuple[list[int], str | None]:
    """The named lines that may be the contact's person, first the likeliest, and a job line heading them."""
    people = [k for k, n in enumerate(named) if n[1] and (_person(n[1][0]) or _ranked_person(n[1][0]))]
    if len(people) > 1 and people[1] == people[0] + 1 and _office_line(named[people[0]]):
        people = people[1:]      # "Landesbezirk Nord – Pressestelle" / "Jan Bode, Pressesprecher": the office above
    if len(people) > 1 and _JOB.search(named[people[0]][2]) and _titled(named[people[1]][1][0]) \
            and not _titled(named[people[0]][1][0]):
        return people[1:], named[people[0]][2].strip()   # "Kepala Biro Humas" / "Dr. Rina ...": a job heading them
    titled = [k for k in people if _titled(named[k][1][0])]
    if titled and titled[0] != people[0] and not _titled(named[people[0]][1][0]):
        people = titled          # "Lumen Financial PR" / "Mr Kelvin Ho, ...": the one with a courtesy title
    return people, None


def _first_chunks(chunks: list[str]) -> tuple[str, str | None]:
    """The name and the role of a name line's chunks: the first two; in a script without capitals, a name and a job
    in the first ("刘畅　品牌公关经理")."""
    name, role = chunks[0], (chunks[1] if len(chunks) > 1 else None)
    split = caseless_split(name) if _CASELESS_TEXT.fullmatch(name) else None
    return (split[0], role or split[1]) if split is not None else (name, role)


def _titled(name: str) -> bool:
    """Does a name open with a courtesy or academic title ("Dr. Rina ...", "Mme Awa ...")?"""
    return bool(_HONORIFIC.fullmatch(name.split()[0])) if name.split() else False


def _office_first(named: tuple[str | None, list[str], str]) -> tuple[str | None, list[str], str]:
    """"Direction de la Communication – Awa Ndiaye Sarr, chargée de communication": an office's name before
    the person's on one line; the person's name and what follows are the contact's chunks."""
    label, chunks, line = named
    if len(chunks) == 2 and "," in chunks[1]:
        person, _, role = chunks[1].partition(",")     # "Segreteria – dott.ssa Rita Lo Presti, funzionaria ..."
        chunks = [chunks[0], *([person.strip(), role.strip()] if _person(person.strip()) else [chunks[1]])]
    if len(chunks) > 1 and ((not _person(chunks[0]) and _ORG.search(chunks[0])) or _office(chunks[0])) \
            and _person(re.sub(r"\s*\([^()]*\)$", "", chunks[1])):
        if _JOB.search(chunks[0]) and len(chunks) == 2:
            return label, [chunks[1], chunks[0]], line   # "Public Relations Officer, Sri K. Rao": the role first
        return label, chunks[1:], line      # "Humas UTSR, Ni Made ... (Kepala Humas)": an office's word opens it
    return named


_JOB = re.compile(r"\b(?:" + JOB_LAST + r")\b", re.IGNORECASE)     # a job title's last word


# "418 555-8888, poste 4321", "55 5345 8000 ext. 1203": an extension is part of the number as written;
# "+353 1 555 0193 / +353 87 555 2210": a second number after a slash too
_EXTENSION = re.compile(r"^(?:,|\s*[–—/-](?=\s))?\s*(?P<open>[(（])?"               # "(ext. 4412)", "– poste 4417"
                        r"(?:ext\.?|extension|x|poste|post\.|durchwahl|dw\.?|ramal|interno|int\.|toestel|anexo|wew\.|"
                        r"samb\.|"
                        r"local|loc\.|ext\.?\s*:|(?:" + _MORE_EXTENSION_WORDS + r")\.?\s*[:：፡՝]?)\s*\d{1,6}"
                        r"(?(open)[)）])",
                        re.IGNORECASE)
_EXTENSION_WORD = re.compile(r"\b(?:ext|extension|poste|durchwahl|dw|ramal|interno|int|toestel|anexo|local|loc|"
                             r"wew|samb|" + _MORE_EXTENSION_WORDS + r")"
                             r"\.?\s*[:：፡՝]?\s*\d{1,6}\b", re.IGNORECASE)
_SECOND_NUMBER = re.compile(r"^\s*/\s*(\+?\(?\d[\d\s().\-]{6,}\d)")
_BAR_NUMBER = re.compile(r"^ \| (\+?\(?\d[\d\s().\-]{6,}\d)(?![\d\w])")


def _phone_as_written(text: str, m: re.Match) -> str:
    end = m.end()
    second = _SECOND_NUMBER.match(text[end:])
    if second:
        end += second.end()
    extension = _EXTENSION.match(text[end:])
    if extension:
        end += extension.end()
    other = _BAR_NUMBER.match(text[end:]) if not second else None
    if other:
        end += other.end()       # "+254 20 ... Ext. 2204 | +254 722 ...": two numbers on one line (see `_contact`)
    start = m.start()
    if text[start - 1:start] == "(" and text[start:start + 1] == "+" and ")" in text[start:end].split("(")[0]:
        start -= 1               # "(+216) 71 555 904": the bracket around the country code opens the number
    number = text[start:end].strip()
    return number[1:] if number.startswith("(") and ")" not in number else number    # "(0812-555-3321)"


# "Public Information Officer Lt. James Carter": a role written before a rank or title that opens the name
_RANK = re.compile(r"^(?P<role>.{3,60}?)\s+(?P<name>(?:Lt|Sgt|Capt|Cpl|Det|Insp|Supt|Cmdr|Col|Maj|Gen|Dr|Prof|"
                   r"Mr|Mrs|Ms|Mag|Ing|Dipl\.-Ing|Me|Mme|M)\.\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})$")





def _job_split(name: str) -> tuple[str, str | None]:
    """(name, job) for "pressechef Søren Holm Bach", a job written in lower case before a name in a contact
    sentence (a word of five letters or more, not a courtesy title: "bà Nguyễn ..." is a name as written)."""
    m = re.fullmatch(r"(?P<job>(?-i:[a-zà-ÿ][\w\-]{4,29})(?:\s(?-i:[a-zà-ÿ][\w\-]{3,29})){0,2})\s+(?P<name>.+)", name)
    if m and not _person(name) and _person(m.group("name")) and m.group("job") not in _JOINER_WORDS:
        return m.group("name"), m.group("job")      # "johtava hydrologi Anni Rautio" too
    m = _JOB_FIRST.fullmatch(name)
    if m and _person(m.group("name")) and len(m.group("name").split()) >= 2:
        return m.group("name"), m.group("job")
    # "Fekete Balázs kommunikációs vezető": a name, then its job in lower case ending with a job's word
    m = re.fullmatch(r"(?P<name>.+?)\s+(?P<job>(?-i:[a-zà-ÿā-ž][\w\-]{2,29})(?:\s[\w\-]{2,29}){0,3})", name)
    if m and _person(m.group("name")) and _JOB.search(m.group("job").split()[-1]):
        return m.group("name"), m.group("job")
    return name, None





def _without_rank(name: str) -> tuple[str, str | None]:
    """(the name, the rank written before it) for "Kommissar Lukas Brandl"; (name, None) without a rank."""
    m = _RANK_WORDS.match(name)
    if m and _person(m.group("name")):
        return m.group("name"), m.group("rank")
    return name, None


def _rank_split(name: str) -> tuple[str, str | None]:
    m = _RANK.match(name)
    if m and not _person(m.group("role")):
        return m.group("name"), m.group("role")
    return name, None


def _phone_like(m: re.Match, text: str) -> bool:
    """A number written as a phone number: grouped (spaces, dashes, dots, brackets), international, or
    labelled as one; not a bare run of digits such as a company number."""
    number = m.group(0).strip()
    if re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", number):
        return False        # a date
    return number.startswith("+") or bool(re.search(r"\d[\s().\-/]+\d", number)) \
        or bool(_PHONE_LABEL.search(text[:m.start()].rstrip()[-12:]))


_OFFICE = re.compile(r"^(?:phòng|ban|văn phòng|biro|bagian|humas|ufficio|servizio|service|bureau|büro|referat|"
                     r"abteilung|dienst|afdeling|oficina|gabinete|departamento|assessoria|direção|press office|"
                     r"media office|communications office|" + MORE_OFFICE + r")\b", re.IGNORECASE)


def _ranked_person(text: str) -> bool:
    """"Polizeihauptkommissar Dirk Wendland": a rank, then a person's name."""
    name, rank = _without_rank(text)
    return rank is not None and _person(name)


def _office_line(named: tuple[str | None, list[str], str]) -> bool:
    """A line whose words after the first name an office ("Landesbezirk Niedersachsen – Pressestelle"), with no
    address or number: the office's line above its spokesperson, not a person's."""
    label, chunks, line = named
    return label is None and len(chunks) == 2 and bool(_ORG.search(chunks[1])) and not _ORG.search(chunks[0]) \
        and not (EMAIL.search(line) or PHONE.search(line)) \
        and bool(_OFFICE.match(chunks[1]) or len(chunks[1].split()) == 1)


def _office(name: str) -> bool:
    """Does a contact's first words name an office ("Phòng Truyền thông", "Ufficio stampa", "Press office")?"""
    return bool(_OFFICE.match(name))


def _role_like(label: str) -> bool:
    """Does a label before a colon read as a role ("Pressesprecher", "Chargée de presse") rather than an
    organisation ("Aegean Legal Aid") or a contact heading ("Contact presă", "Contacto de prensa", "担当")? One
    word, or words not all capitalised, no heading's words; or a company's function ("Investor Relations")."""
    words = label.split()
    if _FUNCTION.match(label):
        return True
    if _IN_CHARGE.fullmatch(label):
        return False
    return len(words) == 1 or (not all(w[:1].isupper() for w in words) and not _CONTACT_LABEL.fullmatch(label))


# "担当", "담당자", "责任人", "ผู้ประสานงาน": "person in charge", "contact person" before a name, no role
_IN_CHARGE = re.compile(r"担当(?:者)?|담당(?:자)?|책임자|联系人|聯絡人|负责人|負責人|ผู้ประสานงาน|ผู้ติดต่อ|"
                        r"contact person|contactpersoon|ansprechpartner(?:in)?|persona de contacto|pessoa de contato",
                        re.IGNORECASE)
# "Contact presă", "Contacto de prensa", "Media contact", "Kontakt dla mediów": a contact heading used as a label,
# no role
_CONTACT_LABEL = re.compile(r"(?:media |press )?(?:contacts?|contactos?|contatos?|contatti|kontakt|kontak)"
                            r"(?:\s+(?:de |para |per |pour |for |dla |pro |da |la |à )?(?:la |a |os |les |the )?"
                            r"(?:presă|prensa|imprensa|stampa|presse|press|media|mediów|médias|medios|pers))?",
                            re.IGNORECASE)


# "Investor Relations: Daniel Kwan, ...": a function a company's contacts are listed by, capitalised as a heading
_FUNCTION = re.compile(r"^(?:investor|media|press|public|corporate|government|community|analyst)\s+"
                       r"(?:relations|affairs|enquiries|inquiries)$", re.IGNORECASE)


_HEADING_WORD = re.compile(r"^(?:ansprechpartner(?:in)?|kontakt|pressekontakt|contact|contacto|contato|contatti|"
                           r"rückfragen|auskunft|enquiries|inquiries|narahubung)$", re.IGNORECASE)


def _person(text: str) -> bool:
    """Does this look like a person's name: two to six capitalised words (particles and titles allowed),
    no word of an organisation's name? In a script without capitals: a name, maybe with a job, read by
    `caseless_split`."""
    if _CASELESS_TEXT.fullmatch(text.strip()):
        return caseless_split(text) is not None
    words = text.split()
    if not 2 <= len(words) <= 6 or _ORG.search(text) or re.search(r"\d", text) or ADDRESS_WORDS.search(text):
        return False
    if _HEADING_WORD.match(words[0]):
        return False            # "Ansprechpartnerin Umfrage", "Kontakt Presse": a sub-heading, not a name
    particles = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "le", "la",
                 "du", "bin", "binti", "y", "e", "bà", "ông",     # Vietnamese titles, written lower case
                 "mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "mevr.", "dhr.",   # Dutch titles, written lower case
                 "dott.", "dott.ssa", "avv.", "sig.", "sig.ra",                  # Italian ones
                 "i"}                                                            # Catalan: "Jordi Ferrer i Roca"
    return all(w[:1].isupper() or w.lower() in particles for w in words)


def _role_line(line: str) -> str | None:
    """A line under a name: the role as written (commas kept), without numbers and addresses."""
    rest = _EXTENSION_WORD.sub("", PHONE.sub("", EMAIL.sub("", line)))       # "..., poste 2417" too
    rest = re.sub(r"\s+([,;])", r"\1", rest).strip(" |,;:–—-")
    if PHONE.search(line):
        rest = _PHONE_LABEL.sub("", rest).strip(" |,;:–—-")      # "chargée de communication – Tél. : +221 ..."
    if EMAIL.search(line):
        rest = _EMAIL_LABEL.sub("", rest).strip(" |,;:–—-")      # "Communications Manager Email: ..." (joined lines)
    return rest or None
