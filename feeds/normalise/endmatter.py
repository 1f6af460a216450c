"""The end matter of a press release: the end marker ("###", "-ENDS-", "- 30 -"), notes to editors,
"About <organisation>" and media contacts. The body ends where they start; what follows is kept as
`notes` (text) and `contacts` (parsed where the structure allows). Pure functions over paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MARKER = re.compile(r"^\s*(?:#{3,}|#(?:\s#){2,}|\*(?:\s\*){2,}|[-–—]*\s*o[0o]o\s*[-–—]*|"    # "---o0o---", "oOo"
                     r"[-–—]?\s*(?:30|ends?|end|fin|fine|ende|fim|selesai|tamat|hết)\s*[-–—]?|\*{3,}|"
                     r"[-–—]{3,}\s*(?:ends?|fin|ende)?\s*[-–—]*|[-–—]{1,3}\s*(?:ends?|fin|ende|fim|einde|selesai)\b[^-–—]{0,30}[-–—]{1,3}|"
                     r"(?:fin du communiqué|ende der (?:presse|medien)mitteilung|einde persbericht|fin del comunicado|"
                     r"fim do comunicado|end of (?:press )?release))\.?\s*$",
                     re.IGNORECASE)
_NOTES = (r"notes? (?:to|for) (?:editors?|editor)|editors?'? notes?|notes?|background(?: information)?|"
          r"(?:zum )?hintergrund(?:informationen?)?|contexte|antecedentes|contexto|contesto|"
          r"achtergrond(?:informatie)?|latar belakang|bối cảnh|"
          r"note aux (?:rédactions|rédacteurs|éditeurs)|notes? aux (?:rédactions|rédacteurs|éditeurs)|"
          r"note à la rédaction|pour les rédactions|hinweise? für (?:die )?redaktionen?|hinweis an die redaktion|"
          r"nota (?:para|a) (?:los|las)? ?(?:editores|redacciones|redacción|editores)|"
          r"notas? (?:para|a) (?:los )?editores|"
          r"nota aos editores|notas aos editores|nota para (?:os )?editores|nota per le redazioni|note per i redattori|"
          r"noot voor (?:de )?redactie|noot voor redacties|catatan untuk editor|catatan (?:bagi )?redaksi|"
          r"ghi chú cho biên tập viên|chi siamo|qui sommes-nous|quiénes somos|quem somos|wer wir sind|over ons|"
          r"tentang kami|who we are|about us|à propos|acerca de nosotros|sobre nós|über uns|"
          # a listed company's or an agency's legal sections: notes, their headings left out
          r"disclaimer|disclosure|forward[- ]looking statements?|cautionary (?:note|statement)s?|"
          r"safe harbou?r(?: statement)?|legal notice|avertissement|mentions légales|haftungsausschluss|"
          r"rechtliche hinweise?|aviso legal|exención de responsabilidad|esclusione di responsabilità|"
          r"aviso de isenção de responsabilidade|vrijwaring|"
          r"dichiarazione del dirigente preposto(?: alla redazione dei documenti contabili societari)?")
_ABOUT = (r"about|profile of|profilo d[ie']|profil d[eu']|perfil d[eo]|profil von|profiel van|"
          r"à propos d[eu']|a propos d[eu']|über|uber|acerca de|sobre|sobre el|sobre la|sobre o|sobre a|"
          r"informazioni su(?:ll['’]|lla|llo|l|i|gli|lle)?|chi è|chi siamo|over|tentang|giới thiệu về|về|"
          r"qui sommes-nous")
_BRIEF_WORDS = r"in breve|in brief|en bref|en breve|em resumo|in kürze|in het kort"
# "L'ATAI in breve", "Die Stiftung in Kürze": an organisation's name (up to five words, the first capitalised
# after an article) before words saying "in brief"
_IN_BRIEF = (r"(?:(?:l['’]|la |le |il |lo |die |der |das |de |het |el |los |o |a |the )?"
             r"(?-i:[A-ZÀ-Þ])\S*(?:\s+\S+){0,4}?)"
             r"\s+(?:" + _BRIEF_WORDS + r")")
_CONTACT = (r"media contacts?|press contacts?|media enquiries|media inquiries|press enquiries|press inquiries|"
            r"(?:for )?media queries|rückfragehinweis(?:e)?|persverantwoordelijke|woordvoering|"
            r"press office|media relations|for (?:further|more) information(?:,? (?:please )?contact)?|contacts?|"
            r"contact presse|contacts presse|relations presse|service de presse|pour plus d'informations|"
            r"pour (?:toute|tout|de plus amples) (?:informations?|renseignements?)(?: complémentaires?)?|"
            r"para (?:cualquier|toda|qualquer|toda a) (?:información|consulta|informação)|"
            r"per (?:qualsiasi|ogni) (?:informazione|chiarimento)|"
            r"pressekontakte?|medienkontakte?|kontakt|ansprechpartner(?:in)?|"
            r"(?:für |bei )?rückfragen(?: bitte)?(?: an)?|(?:weitere )?auskunft|(?:weitere )?auskünfte|"
            r"renseignements|informations|information|enquiries|inquiries|"
            r"contacto de prensa|contactos de prensa|contacto|contactos|prensa|para más información|"
            r"contato(?:s)? (?:de|para) imprensa|contacto(?:s)? de imprensa|assessoria de imprensa|contato|"
            r"para mais informações|contatti(?: stampa)?|ufficio stampa|perscontact|"
            r"per (?:ulteriori |maggiori )?informazioni|"
            r"contactpersoon|voor meer informatie|kontak media|narahubung|kontak|informasi lebih lanjut|"
            r"liên hệ báo chí|liên hệ|info(?:rmation)?s? presse|press|media|"
            r"contacts? for (?:the )?(?:media|press|journalists)|press and media|"
            r"for media (?:enquiries|inquiries)(?:,? please contact)?|"
            r"medienstelle|medienanfragen|presseanfragen|pressestelle|kontakt für (?:medien|die presse)|"
            r"contatti per la stampa|persvoorlichting|woordvoerder|hubungi kami|contact médias|relations médias|"
            r"(?:for )?(?:media|press) and (?:analysts?|investors?) (?:enquiries|inquiries|queries|contacts?)|"
            r"(?:gabinete|oficina|servicio|departamento|dirección) de (?:comunicación|prensa)|"
            r"for (?:further |more )?(?:enquiries|inquiries)(?:,? please contact)?|issued by|"
            r"for (?:further|more) information,? (?:please )?contact (?:the |our )?[^:,.]{2,50}?(?=\s*:)|"
            r"(?:para )?(?:mayor|más) información|meer informatie|"
            r"untuk (?:maklumat|keterangan) (?:lanjut|lebih lanjut)(?:,? sila hubungi)?|"
            r"(?:contact[oa]?s?|contat[oa]s?|informa(?:tions?|ções|ción|zioni|tionen|tie|si))\s+"
            r"(?:(?:de|para|per|pour|for|voor|untuk|für|to)\s+)?(?:(?:a|la|the|os|los|die|de|i|les)\s+)?"
            r"(?:imprensa|prensa|stampa|presse|press|pers|media|medios|médias|medien|journalist(?:s|es|en|as|i)?|"
            r"(?:a\s+)?comunica(?:ção|cao) social|(?:los\s+)?medios de comunicación)")
# "Ufficio Stampa e Comunicazione", "Press and Communications": a press office that also names communication
_AND_COMMUNICATION = (r"(?:\s+(?:e|y|and|et|und|en|&)\s+(?:comunicazione|comunicación|communications?|kommunikation|"
                      r"comunicação|communicatie|komunikasi))?")
# "Notes to editors, not for publication", "Noot voor de redactie – niet voor publicatie": still the heading
_NOT_FOR_PUBLICATION = (r"(?:not for publication|niet voor publicatie|ne pas publier|pas pour publication|"
                        r"nicht zur veröffentlichung|nicht für die veröffentlichung|no para publicación|"
                        r"no publicar|não para publicação|não publicar|non per la pubblicazione|non pubblicare|"
                        r"tidak untuk dipublikasikan)")
_HEADING = re.compile(r"^[*_#\s]*(?P<kind>(?P<notes>" + _NOTES + r")|"
                      r"(?P<about>(?:" + _ABOUT + r")(?:\s+|(?<=['’]))\S.{0,80}?|" + _IN_BRIEF + r")|"  # "sull'ASST"
                      r"(?P<contact>(?:" + _CONTACT + r")" + _AND_COMMUNICATION + r"))(?:\s*\([^)]{1,40}\))?"
                      r"(?:\s*[,–—-]\s*" + _NOT_FOR_PUBLICATION + r")?[*_\s]*(?::\s*(?P<rest>.*))?$",
                      re.IGNORECASE)
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# a phone number; "14 0499" too: a Dutch municipality's short number (14 and its area code)
_NUMBER = r"\+?\(?\d[\d\s().\-/]{6,}\d"      # a phone number's shape: digits, spaces, brackets, dots, dashes
PHONE = re.compile(r"(?<![\w@])(?:" + _NUMBER + r"|14 0\d{2,3})(?![\w@])")
_PHONE_LABEL = re.compile(r"\b(?:tel|tél|phone|telephone|téléphone|telefon|teléfono|telefone|telefono|telefoon|"
                          r"telp|telpon|telepon|điện thoại|đt|fax|tlf|tfno|"
                          r"mobiel|mobile|mob|gsm|natel|"
                          r"cell|portable|handy|móvil|celular|cellulare|hp|m|t|ph)\.?\s*:?\s*$", re.IGNORECASE)
_EMAIL_LABEL = re.compile(r"\b(?:(?:correio|correo) ele(?:c)?tr[óôo]nico|posta elettronica|"
                          r"e-?mail|e-?mel|courriel|correo|mail|mél|e-post|e)\s*:?\s*$", re.IGNORECASE)
_ORG = re.compile(r"polizei|präsidium|presse|press|media|medien|minist|service|office|department|universit|gmbh|"
                  r"\bltd|\binc\b|\bag\b|\bs\.a\.|\bbv\b|team|stelle|\bamt\b|kontakt|contact|communic|kommunikation|"
                  r"gabinete|cabinet|agency|agence|agencia|network|foundation|fondation|fundación|stiftung|"
                  r"council|conseil|city|ville|stadt|gemeente|municipal|relations|bureau|büro|comunica|assessoria|gabinete|"
                  r"oficina|ufficio|afdeling|dienst|direction|dirección|direção|kanzlei|behörde|verwaltung|regierung|"
                  r"rathaus|verband|institut|gesellschaft|authority|commission|committee|board|court|tribunal|"
                  r"gericht|police|polícia|policía|polizia|politie|gendarmerie|hospital|klinik|mairie|prefeitura|"
                  r"ayuntamiento|comune|regione|gemeinde|kementerian|association|\bunion\b|secretar[ií]a",
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
        return _long_contact_line(s)
    if s.strip(" :*_").lower() in ("source", "sources"):
        return "contact", None       # "Source :" above the press officer (the Canadian newswire's convention)
    issuer = _ISSUED_BY.match(s)
    if issuer:
        return "contact", issuer.group("rest")     # "Issued by Lumina PR on behalf of Kelana Berhad."
    m = _HEADING.match(s)
    if not m:
        return None
    rest = (m.group("rest") or "").strip(" *_") or None
    if m.group("about") is not None:
        if rest is not None or len(s) > 90 or (_ends_sentence(s) and not _LEGAL_FORM.search(s)):
            return None
        words = s.strip(" *_#").split()
        if words[0].lower() == "về" and not (len(words) > 1 and words[1][:1].isupper()):
            return None          # Vietnamese "về" ("about", "on", "back") heads only an organisation's name
        brief = re.search(r"\s(?:" + _BRIEF_WORDS + r")[*_\s]*$", s, re.IGNORECASE)
        if brief and not all(w[:1].isupper() for w in re.sub(r"^[lL]['’]", "", s[:brief.start()]).strip(" *_").split()):
            return None          # "The plan in brief": an organisation's name in capitals only
        return "about", None
    if m.group("notes") is not None:
        return "notes", rest
    return "contact", rest


def _long_contact_line(s: str) -> tuple[str, str | None] | None:
    """("contact", the rest) for a long line that is a contact heading, a colon and a contact with an e-mail
    address or a number ("Contacto de prensa: Lucía Ferrando – Área de ... – prensa@... – (0291) ..."); else None."""
    head, colon, rest = s.partition(":")
    if not colon or len(head) > 60 or len(rest) > 240 or not (EMAIL.search(rest) or PHONE.search(rest)):
        return None
    found = heading(head)
    return ("contact", rest.strip(" *_")) if found is not None and found[0] == "contact" else None


# "Issued by Lumina Communications Sdn Bhd on behalf of Kelana Agro Berhad.": the agency that issued the release,
# opening its contacts (its organisations' names only: capitalised words, their legal forms)
_NAME_WORDS = r"[A-ZÀ-Þ][\w&'’.\-]*(?:\s+(?:[A-ZÀ-Þ0-9][\w&'’.\-]*|of|and|de|du|des|für|the|&))*"
_ISSUED_BY = re.compile(r"^[*_\s]*(?i:issued by)\s+(?P<rest>" + _NAME_WORDS + r"(?:\s+on behalf of\s+" + _NAME_WORDS
                        + r")?)\.?[*_\s]*$")


# "Über Lebendige Meere e. V.", "About Northwind Inc.": an organisation's name ending with its legal form's
# abbreviation ends with a full stop without ending a sentence
_LEGAL_FORM = re.compile(r"(?:\s(?:e\.\s?V|Inc|Ltd|Co|Corp|S\.\s?A|N\.\s?V|B\.\s?V|S\.p\.A|S\.r\.l|S\.L|Bhd|Tbk|"
                         r"a\.s\.b\.l|GmbH & Co\. KG|Pty|Pte)\.)[*_\s]*$")


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
        cut = _trailing_contacts(paragraphs)
        if cut is None:
            return EndMatter(_without_sign_off(list(paragraphs)), "", (), None)
        # closing contact lines with no heading: one contact section, a name above its address included
        return EndMatter(_without_sign_off(paragraphs[:cut]), "", tuple(parse_contacts("\n".join(paragraphs[cut:]))),
                         None)
    body = _without_sign_off(paragraphs[:cut])
    after = paragraphs[cut + 1:] if marker else paragraphs[cut:]
    notes, contacts = read_end_matter(after)
    if not marker and len(body) > 2 and _about_paragraph(body[-1]) and (heading(after[0].split("\n", 1)[0])
                                                                         or ("", ""))[0] == "contact":
        body, notes = body[:-1], "\n\n".join(n for n in (" ".join(body[-1].split()), notes) if n)
    return EndMatter(body, notes, contacts, marker)


# "Siyakhula Housing Rights Network is a non-profit organisation ...": the issuer's "about" text with no heading,
# right above the contacts: an organisation's name (capitalised words) that "is a/an ..." in the release's language
_ABOUT_SENTENCE = re.compile(
    r"^(?-i:[A-ZÀ-Þ][\w&'’.\-]*)(?:\s+(?:(?-i:[A-ZÀ-Þ0-9][\w&'’.\-]*)|of|for|and|de|du|des|del|da|do|la|le|für|"
    r"the|&)){1,8}\s+(?:is|est|es|é|ist|è|is|adalah|là)\s+(?:a|an|the|un|une|una|uma|um|ein|eine|een|uno|"
    r"l['’]|la|le|el|o|die|der|das|de|het|salah satu|một)\b", re.IGNORECASE)


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
    if len(body) > 1 and (_signature(body[-1]) or _CREDIT.match(body[-1].strip())):
        body = body[:-1]
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


# "Sd/-", "(Sd.)": "signed", above the signing office's title (South Asian official releases)
_SIGNED = re.compile(r"^\(?sd[/.]-?\)?$", re.IGNORECASE)


def _signature(paragraph: str) -> bool:
    """"Le procureur de la République,\nBertrand Maillol": who signed the release, closing it (a title ending
    with a comma, then a person's name), no sentence of it."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if lines and _SIGNED.match(lines[0]) and len(lines) <= 4 and all(len(line) < 60 for line in lines):
        return True              # "Sd/-" / "Commissioner of Police," / "Hampi Nagar City.": signed by that office
    return len(lines) == 2 and lines[0].endswith(",") and len(lines[0].split()) <= 8 \
        and not re.search(r"\d|@", paragraph) and _person(lines[1])


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
        if len(lines) > 8 or any(len(line) > 120 for line in lines) or _ends_sentence(lines[0]) \
                or _wrapped_prose(lines):
            break
        text = paragraphs[i]
        if not (EMAIL.search(text) or any(_phone_like(m, text) for m in PHONE.finditer(text))):
            if cut == i + 1 and i > 1:
                return _name_above(paragraphs, cut)
            break
        cut = i
    return cut


def _short_line(paragraph: str) -> bool:
    return "\n" not in paragraph.strip() and len(paragraph.split()) <= 6 and not _ends_sentence(paragraph)


def _name_above(paragraphs: list[str], cut: int) -> int:
    """Where a contact block whose address or number stands in paragraph `cut` begins, with the lines of one
    paragraph each above it: "Ufficio Stampa MiC" alone above its address (the contact's name); up to three such
    short lines ("Dr. Anna Weber" / "Richterin am Landgericht" / "Pressesprecherin") when one is a person's name."""
    if cut > 1 and _short_line(paragraphs[cut - 1]):
        top = cut - 1
        while top > 1 and cut - top < 3 and _short_line(paragraphs[top - 1]):
            top -= 1
        people = [k for k in range(top, cut) if _person(paragraphs[k].strip(" *_"))]
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
    return bool(names) and _person(names[0])


def _wrapped_prose(lines: list[str]) -> bool:
    """A hard-wrapped sentence, not a contact block: long lines (the first over 60 characters) that read on
    into a sentence's end, with no e-mail address ("O processo tramita sob o número / 1004567-21.2023...")."""
    text = " ".join(lines)
    return len(lines) > 1 and len(lines[0]) > 60 and _ends_sentence(text) and not EMAIL.search(text)


# "SK/RT/JS": the initials of who wrote, checked and issued a release (a newswire's reference line), no note
_INITIALS = re.compile(r"^\s*[A-Z]{1,4}(?:\s*/\s*[A-Z]{1,4}){1,5}\s*$")


def read_end_matter(paragraphs: list[str]) -> tuple[str, tuple[Contact, ...]]:
    """Notes (paragraphs joined by blank lines, headings left out) and contacts of what follows the body."""
    section = "notes"
    notes: list[str] = []
    contact_blocks: list[str] = []
    for k, para in enumerate(paragraphs):
        lines = [line for line in para.split("\n") if line.strip()]
        while lines:
            head = heading(lines[0]) or _office_heading(lines[0])
            if head is None or (section == head[0] == "contact" and len(lines) == 1 and contact_blocks
                                and _awaits_details(contact_blocks[-1])):
                break           # "Media Relations" under a name that has no address yet: its role
            section, rest = head
            lines = lines[1:]
            if rest:
                lines.insert(0, rest)
            break
        if not lines or all(_MARKER.match(line) or _INITIALS.match(line) for line in lines):
            continue
        text = "\n".join(line.strip() for line in lines)
        if section != "contact" and k == len(paragraphs) - 2 and _names_contacts(para, paragraphs[-1]):
            continue
        if section == "contact" or (_looks_contact(text) and section != "about"):
            contact_blocks.append(text)
        else:
            notes.append(" ".join(line.strip() for line in lines))
    contacts = tuple(parse_contacts("\n\n".join(contact_blocks)))
    return "\n\n".join(notes), contacts


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
    a line of at most four words, no sentence, no address or number, in capitals or with a word of an office
    or a contact heading ("Prensa", "Media")."""
    line = para.strip()
    if "\n" in line or len(line.split()) > 4 or _ends_sentence(line) or EMAIL.search(line) or PHONE.search(line):
        return False
    return _looks_contact(below) and bool(_ORG.search(line) or line.isupper() or heading(line.split()[0]))


def _looks_contact(text: str) -> bool:
    return bool(EMAIL.search(text)) and len(text) < 400


_FIELD_NAME = re.compile(
    r"^(?:name|nom|nombre|nome|naam|nama|tên|role|rôle|rol|ruolo|rolle|función|fonction|funktion|função|funzione|functie|"
    r"jabatan|position|poste|cargo|title|titre|titel|designation|désignation|e-?mail|courriel|correo(?: electrónico)?|"
    r"phone|telephone|tel\.?|tél\.?|téléphone|teléfono|telefone|telefono|telefoon|telefon|"
    r"mobile|mobil|portable|móvil|celular|cellulare|organi[sz]ation|organisme|organización|organização)$",
    re.IGNORECASE)


def is_field_name(text: str) -> bool:
    """A contact table's column head ("Name", "Role", "E-mail", "Téléphone"), not a contact's line."""
    return bool(_FIELD_NAME.match(text.strip(" :*_")))


def parse_contacts(text: str) -> list[Contact]:
    """The contacts of a contact section (paragraphs separated by blank lines). A contact runs from a line
    with a name to the next line with a name after its number or address; lines of addresses and numbers
    alone belong to the contact above."""
    entries: list[list[str]] = []
    reached = False          # the current entry has a number or an address
    trailing = False         # the current entry's last line is a role written after its number and address
    for line in _unwrapped_numbers([line.strip() for line in text.split("\n")]):
        if not line or re.match(r"^https?://|^www\.", line) or is_field_name(line):
            continue           # a column head of a contact table ("Name", "E-mail") is no contact's line
        names = _words(line)
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
    return [c for c in (_contact(lines) for lines in entries) if c.email or c.phone]


def _unwrapped_numbers(lines: list[str]) -> list[str]:
    """Lines with a phone number broken at a wrap joined again ("..., 0836-224" / "5100, pro@...": a line that
    opens with a short group of digits, no number of its own, after a line ending with a number)."""
    out: list[str] = []
    for line in lines:
        head = re.match(r"^\d{2,6}(?=[,;\s]|$)", line)
        if out and head and re.search(r"\d[\s\-./]?\d*$", out[-1]) and PHONE.search(out[-1]) \
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
    chunks: list[str] = []
    for segment in re.split(r"\s*(?:\||;|\s[–—-]\s|/(?=\s)|\t|•|·)\s*", rest):
        parts = segment.split(",", 1) if not chunks else [segment]
        for chunk in parts:
            chunk = _PHONE_LABEL.sub("", _EMAIL_LABEL.sub("", chunk.strip(" ,"))).strip(" :.,-–—*_")
            chunk = _JOINERS.sub("", chunk).strip(" :.,-–—*_")
            if chunk and re.search(r"[^\W\d]", chunk) and chunk.lower() not in _JOINER_WORDS:
                chunks.append(chunk)
    return chunks


# "For more information, please contact Jane Okafor, Press Officer, at jane@... or +44 ...": a sentence
# around the contact's name and addresses; "Para entrevistas pueden comunicarse con ...", "Voor meer informatie
# kunt u contact opnemen met ...", "... xin liên hệ bà ...": any short lead-in (no digit, address or sentence end)
# up to a verb of contacting, then the name (capitalised, or a lower-case courtesy title before it)
_CONTACT_VERB = (r"contact|call|reach|write to|contactez|contacter|contacte con|contactar con|contactarse con|"
                 r"comunicarse con|communiquer avec|contate|entrar em contato com|wenden sie sich an|"
                 r"kontaktieren sie|contact opnemen met|rivolgersi a|contattare|hubungi|liên hệ(?: với)?")
_CONTACT_LEAD = re.compile(r"^(?:[^\d@|.:;!?]{0,80}?\s)?(?:please\s+|veuillez\s+)?(?:" + _CONTACT_VERB + r")\s+"
                           r"(?=(?-i:[A-ZÀ-Þ])|(?:bà|ông|chị|anh)\s)", re.IGNORECASE)
_JOINER_WORDS = {"at", "on", "or", "by", "via", "au", "ou", "à", "o", "oder", "unter", "per", "sur", "and", "et", "y",
                 "e", "und", "en", "al", "op", "of"}     # "..., al celular", "via 06 ... of ...": Spanish, Dutch
_JOINERS = re.compile(r"(?:[\s,]+(?:" + "|".join(sorted(_JOINER_WORDS, key=len, reverse=True)) + r"))+$",
                      re.IGNORECASE)


def _contact(lines: list[str]) -> Contact:
    joined = " | ".join(lines)
    email = EMAIL.search(joined)
    phone = next((m for m in PHONE.finditer(EMAIL.sub(" ", joined)) if _phone_like(m, joined)), None)
    name, role = _name_and_role(_named_lines(lines))
    if name and role is None:
        name, role = _rank_split(name)
    if name:
        name, rank = _without_rank(name)
        role = role or rank
    return Contact(name, role, email.group(0) if email else None,
                   _phone_as_written(EMAIL.sub(" ", joined), phone) if phone else None, "\n".join(lines))


def _named_lines(lines: list[str]) -> list[tuple[str | None, list[str], str]]:
    """(label, name-like chunks, line) of each contact line with words."""
    named = []
    for line in lines:
        label = None
        m = re.match(r"^([^:|@\d]{2,60}?)\s*:\s*(.*)$", line)
        if m and not _PHONE_LABEL.search(m.group(1) + ":") and not _EMAIL_LABEL.search(m.group(1)):
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
    people = [k for k, n in enumerate(named) if n[1] and _person(n[1][0])]
    ranked = [k for k in people if _without_rank(named[k][1][0])[1]]
    people = ranked or people    # "IPTU Frangky Rumengan" under "Kasi Humas Polres ...": the ranked line is the person
    above = None             # a department line right above the person ("Unternehmenskommunikation")
    job = None               # a job line right above a ranked person, naming no organisation: the role, not the rank
    if people and people[0] > 0:
        above = named[people[0] - 1][2].strip() if people[0] > 1 and not named[people[0] - 1][0] else None
        over = named[people[0] - 1]
        if ranked and not over[0] and len(over[1]) == 1 and not _ORG.search(over[2]):
            job = over[2].strip()
        named = named[people[0]:]
    if not named:
        return None, None
    label, chunks, line = named[0]
    if not chunks:
        return label, _role_line(named[1][2]) if len(named) > 1 and named[1][1] else None
    name, role = chunks[0], (chunks[1] if len(chunks) > 1 else None)
    if role is not None and "," in line and not _person(name) and _office(name):
        name, role = f"{name}, {role}", None     # "Phòng Truyền thông, Sở ... Hà Nội": an office, whole
    within = re.fullmatch(r"(.+?)\s*\(([^()]{2,60})\)", name)
    if within and _HONORIFIC.fullmatch(within.group(2)):
        within = None                # "Tola Adebayo (Mrs)": how to address her, part of the name as written
    if role is None and within and _person(within.group(1)):
        name, role = within.group(1), within.group(2)      # "Jane Okafor (Press Officer)"
    if role is None and len(named) > 1 and named[1][1]:
        role = _role_line(named[1][2])
    role = role or job or (label if label and _role_like(label) else None)
    if role is None and above and len(above.split()) == 1 and not PHONE.search(above):
        role = above
    return name, role


def _office_first(named: tuple[str | None, list[str], str]) -> tuple[str | None, list[str], str]:
    """"Direction de la Communication – Awa Ndiaye Sarr, chargée de communication": an office's name before
    the person's on one line; the person's name and what follows are the contact's chunks."""
    label, chunks, line = named
    if len(chunks) > 1 and ((not _person(chunks[0]) and _ORG.search(chunks[0])) or _office(chunks[0])) \
            and _person(re.sub(r"\s*\([^()]*\)$", "", chunks[1])):
        if _JOB.search(chunks[0]) and len(chunks) == 2:
            return label, [chunks[1], chunks[0]], line   # "Public Relations Officer, Sri K. Rao": the role first
        return label, chunks[1:], line      # "Humas UTSR, Ni Made ... (Kepala Humas)": an office's word opens it
    return named


# a job title's last word: "Public Relations Officer", "Head of Media Relations" is a person's role, not an office
_JOB = re.compile(r"\b(?:officer|spokes(?:person|man|woman)|secretary|manager|director|head|chief|coordinator|"
                  r"adviser|advisor|attaché|attachée|porte-parole|porta-voz|portavoz|portavoce|sprecher(?:in)?|"
                  r"woordvoerder|referent(?:in)?|leiter(?:in)?|chargée?|responsable|jefe|jefa|directora?|"
                  r"diretora?|direttore|direttrice|kepala|juru bicara)\b", re.IGNORECASE)


# "418 555-8888, poste 4321", "55 5345 8000 ext. 1203": an extension is part of the number as written;
# "+353 1 555 0193 / +353 87 555 2210": a second number after a slash too
_EXTENSION = re.compile(r"^,?\s*(?P<open>\()?"                                  # "(ext. 4412)" in brackets too
                        r"(?:ext\.?|extension|x|poste|post\.|durchwahl|dw\.?|ramal|interno|int\.|toestel|anexo|"
                        r"local|loc\.|ext\.?\s*:)\s*\d{1,6}(?(open)\))", re.IGNORECASE)
_EXTENSION_WORD = re.compile(r"\b(?:ext|extension|poste|durchwahl|dw|ramal|interno|int|toestel|anexo|local|loc)"
                             r"\.?\s*:?\s*\d{1,6}\b", re.IGNORECASE)
_SECOND_NUMBER = re.compile(r"^\s*/\s*(\+?\(?\d[\d\s().\-]{6,}\d)")


def _phone_as_written(text: str, m: re.Match) -> str:
    end = m.end()
    second = _SECOND_NUMBER.match(text[end:])
    if second:
        end += second.end()
    extension = _EXTENSION.match(text[end:])
    if extension:
        end += extension.end()
    return text[m.start():end].strip()


# "Public Information Officer Lt. James Carter": a role written before a rank or title that opens the name
_RANK = re.compile(r"^(?P<role>.{3,60}?)\s+(?P<name>(?:Lt|Sgt|Capt|Cpl|Det|Insp|Supt|Cmdr|Col|Maj|Gen|Dr|Prof|"
                   r"Mr|Mrs|Ms|Mag|Ing|Dipl\.-Ing|Me|Mme|M)\.\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})$")


# "Kommissar Lukas Brandl", "IPTU Frangky Rumengan", "Superintendent of Police Bishnu Prasad Adhikari": a police
# or military rank written in full before a name is the person's rank (EXPECTED.md: a role), not part of the name
# (a courtesy or academic title is); the name after it must still read as a person's
_RANK_WORDS = re.compile(
    r"^(?P<rank>(?:(?:deputy|assistant|additional|senior|chief|detective|police|sub-?)\s*)*"
    r"(?:superintendent(?:\s+of\s+police)?|inspector(?:\s+jefe)?|sergeant|constable|lieutenant(?:[- ]colonel)?|"
    r"captain|colonel|commander|commissioner|corporal|"
    r"(?:polizei|kriminal)?(?:haupt|ober)?kommissar(?:in)?|(?:polizei)?(?:haupt|ober)?meister(?:in)?|"
    r"(?:ober)?wachtmeister(?:in)?|hauptmann|oberst(?:leutnant)?|korporal|feldweibel|"
    r"commissaire(?:\s+(?:divisionnaire|principal))?|capitaine|commandant|adjudant(?:-chef)?|brigadier(?:-chef)?|"
    r"gendarme|comisario|subcomisario|subinspector|sargento|cabo|teniente(?:\s+coronel)?|capitán|comandante|"
    r"coronel|intendente|subintendente|comissário|inspetor|tenente(?:-coronel)?|capitão|"
    r"commissario|ispettore|vice questore|questore|maresciallo|brigadiere|appuntato|capitano|maggiore|colonnello|"
    r"hoofdinspecteur|inspecteur|hoofdagent|commissaris|"
    r"(?-i:BRIPDA|BRIPTU|BRIGPOL|BRIPKA|AIPDA|AIPTU|IPDA|IPTU|AKP|KOMPOL|AKBP|KOMBES(?:\s*POL)?|BRIGJEN|IRJEN|"
    r"KOMJEN)(?:\s+Pol\.)?))\s+(?P<name>(?-i:[A-ZÀ-Þ]).+)$", re.IGNORECASE)


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
                     r"media office|communications office)\b", re.IGNORECASE)


def _office(name: str) -> bool:
    """Does a contact's first words name an office ("Phòng Truyền thông", "Ufficio stampa", "Press office")?"""
    return bool(_OFFICE.match(name))


def _role_like(label: str) -> bool:
    """Does a label before a colon read as a role ("Pressesprecher", "Chargée de presse") rather than an
    organisation ("Aegean Legal Aid")? One word, or words not all capitalised."""
    words = label.split()
    return len(words) == 1 or not all(w[:1].isupper() for w in words) or bool(_FUNCTION.match(label))


# "Investor Relations: Daniel Kwan, ...": a function a company's contacts are listed by, capitalised as a heading
_FUNCTION = re.compile(r"^(?:investor|media|press|public|corporate|government|community|analyst)\s+"
                       r"(?:relations|affairs|enquiries|inquiries)$", re.IGNORECASE)


_HEADING_WORD = re.compile(r"^(?:ansprechpartner(?:in)?|kontakt|pressekontakt|contact|contacto|contato|contatti|"
                           r"rückfragen|auskunft|enquiries|inquiries|narahubung)$", re.IGNORECASE)


def _person(text: str) -> bool:
    """Does this look like a person's name: two to six capitalised words (particles and titles allowed),
    no word of an organisation's name?"""
    words = text.split()
    if not 2 <= len(words) <= 6 or _ORG.search(text) or re.search(r"\d", text):
        return False
    if _HEADING_WORD.match(words[0]):
        return False            # "Ansprechpartnerin Umfrage", "Kontakt Presse": a sub-heading, not a name
    particles = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "le", "la",
                 "du", "bin", "binti", "y", "e", "bà", "ông",     # Vietnamese titles, written lower case
                 "mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "mevr.", "dhr."}   # Dutch titles, written lower case
    return all(w[:1].isupper() or w.lower() in particles for w in words)


def _role_line(line: str) -> str | None:
    """A line under a name: the role as written (commas kept), without numbers and addresses."""
    rest = PHONE.sub("", EMAIL.sub("", line)).strip(" |,;:–—-")
    if PHONE.search(line):
        rest = _PHONE_LABEL.sub("", rest).strip(" |,;:–—-")      # "chargée de communication – Tél. : +221 ..."
    if EMAIL.search(line):
        rest = _EMAIL_LABEL.sub("", rest).strip(" |,;:–—-")      # "Communications Manager Email: ..." (joined lines)
    return rest or None


_HTML_HEADING = re.compile(r"<h([2-6])\b[^>]*>(.{1,200}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)


def keep_end_matter_headings(html: str) -> str:
    """An HTML page whose end-matter headings ("About us", "Media contact" in an h2-h6) are bold paragraphs:
    article extraction drops section headings, and the body must end where they stand."""
    def paragraph(m: re.Match) -> str:
        text = re.sub(r"<[^>]+>", "", m.group(2))
        return f"<p><strong>{m.group(2)}</strong></p>" if heading(" ".join(text.split())) else m.group(0)
    return _HTML_HEADING.sub(paragraph, html)
