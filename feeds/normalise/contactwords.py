"""The words of contact lines in the world's press languages and the shapes contact sections take, for
`contacts.py`: e-mail addresses and phone numbers, phone/e-mail/extension labels and contact-table column heads of
many languages, words of offices' names, names and jobs in scripts without capitals, ranks and jobs written before
a name, and contact tables (Markdown, read by rows or by columns) as heads and rows. Pure functions over text.
"""
from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_MORE_PHONE_WORDS = (r"al telèfon|telèfon|mòbil|cel|по телефону|"
                     r"simu|rununu|nambari ya simu|cep|gsm|faks|faksimile|sabit|telepono|tel\. no|"
                     r"telefono bilang|τηλ|τηλέφωνο|κιν|тел|телефон|моб|мобильный|факс|"
                     r"هاتف|الهاتف|جوال|الجوال|موبايل|فاكس|تلفن|همراه|محمول|الهاتف المحمول|هاتف محمول|فون|موبائل|"
                     r"טלפון|טל['׳]?|נייד|פקס|"
                     r"फ़ोन|फोन|दूरभाष|मोबाइल|मो|ফোন|মোবাইল|মো|电话|電話|手机|手機|传真|傳真|联系电话|聯絡電話|聯繫電話|携帯|"
                     r"전화|휴대폰|휴대전화|팩스|โทร|โทรศัพท์|มือถือ|แฟกซ์|sđt|di động|ponsel|wa|whatsapp|"
                     # Latvian, Lithuanian, Icelandic, Afrikaans, Hausa, Zulu, Yoruba, Amharic
                     r"telemóvel|telemovel|matkapuhelin|mobiltelefon|tālr|tālrunis|telefonas|mobilusis|sími|síma|farsími|gsm-sími|sel|selfoon|"
                     r"lambar waya|waya|ucingo|iselula|fóònù|ስልክ")
# phone labels, written before the number (the label is no name, no role): the European and Southeast Asian ones
# ("Tel.", "Tlf", "Puh.", "Telp.", "HP", "Natel", "M", "T"), then those of more of the world's press languages (Catalan,
# Swahili, Turkish, Malay, Tagalog, Greek, Russian and Ukrainian, Arabic, Persian, Urdu, Hebrew, Hindi, Chinese,
# Japanese, Korean, Thai, Vietnamese). One vocabulary for reading contact lines (`contacts`) and for telling whether
# end matter reaches a contact (`endmatter`)
PHONE_WORDS = (r"tel|tél|phone|telephone|téléphone|telefon|teléfono|telefone|telefono|telefoon|"
               r"telp|telpon|telepon|điện thoại|đt|fax|tlf|tfn|tfno|puh|puhelin|"
               r"mobiel|mobile|mobil|mob|gsm|natel|"
               r"cell|portable|handy|móvil|celular|cellulare|hp|m|t|p|ph|" + _MORE_PHONE_WORDS)
_MORE_EMAIL_WORDS = (r"por (?:e-?mail|correo)|a l['’]adreça(?: electrònica)?|adreça(?: electrònica)?|"
                     r"correu(?: electrònic)?|по (?:электронной )?почте|по адресу|"
                     r"barua pepe|e-?posta|emel|e-?pošta|e-?pasts|el\. paštas|sähköposti|ηλ\. ταχυδρομείο|"
                     r"эл\. почта|электронная почта|e-?mail адрес|почта|ел\. пошта|"
                     r"البريد الإلكتروني|البريد الالكتروني|بريد إلكتروني|البريد|الإيميل|ایمیل|ای میل|پست الکترونیک|"
                     r"דוא[\"״]ל|אימייל|דואר אלקטרוני|ईमेल|ई-मेल|ইমেইল|ই-মেইল|邮箱|郵箱|电子邮件|電子郵件|电邮|電郵|"
                     r"メール|電子メール|이메일|전자우편|อีเมล|อีเมล์|netfang|e-?pos|ኢሜይል|imeyili|i-imeyili|imel|ímeèlì")
# "Lisätietoja antaa:", "Ytterligare information lämnas av", "Nánari upplýsingar veitir": "(more information) is given
# by", after a contact heading and before the people who give it: a verb of contacting (Finnish, Swedish, Norwegian,
# Danish, Icelandic, Estonian, Latvian, Lithuanian); Polish "udziela", Czech and Slovak "poskytne" ("Dodatkowych
# informacji udziela Anna Nowak, ...")
GIVEN_BY = (r"antaa|antavat|lämnas av|lämnar|gis av|gives af|giver|veitir|veita|annab|annavad|sniedz|teikia|suteikia|"
            r"udziela(?:ją)?|poskytne|poskytnou|poskytuje|poskytujú")
# a phone number; "14 0499" too: a Dutch municipality's short number (14 and its area code)
_NUMBER = r"\+?\(?\d[\d\s().\-/]{6,}\d"      # a phone number's shape: digits, spaces, brackets, dots, dashes
PHONE = re.compile(r"(?<![\w@])(?:" + _NUMBER + r"|14 0\d{2,3})(?![\w@])")
# a telephone number written as one, anywhere in a text: after its label ("Tel.: 020 ...", "Puh. 040 ...") or an
# international "+" (a DOI's or a reference's figures are none)
LABELLED_NUMBER = re.compile(r"\b(?:" + PHONE_WORDS + r")\.?\s*[:：፡՝]?\s*\(?\d[\d\s().\-/]{6,}\d|(?<![\w/.])\+\(?\d",
                             re.IGNORECASE)
# words of an office's or an organisation's name in more languages (Catalan, Galician, Maltese, Greek, Russian,
# Ukrainian, Turkish, Polish, Romanian, Hungarian): no person's
_MORE_ORG = (r"gabinet|ajuntament|premsa|generalitat|concello|uffiċċju|ministeru|fondazzjoni|kunsill|"
             r"γραφείο|υπουργείο|δήμος|οργανισμός|ταμείο|εταιρεία|τύπου|пресс-служб|министерств|управлени|"
             r"администраци|отдел|служба|міністерств|müdürlüğü|bakanlığı|belediyesi|derneği|\ba\.ş\.|urząd|biuro|"
             r"ministerstw|biroul|primăria|ministerul|minisztérium|hivatal|sajtóiroda|"
             # companies' legal forms and a PR agency's "PR"
             r"\bberhad\b|\bbhd\b|\bsdn\b|\bplc\b|\blimited\b|\boyj\b|\basa\b|\bpty\b|\bpte\b|\btbk\b|\bllc\b|"
             r"\bllp\b|\bcorp\b|(?-i:\bPR\b)|"      # ("Pr Awa Sarr": French "Professor")
             # a company group's and a holding's word ("Danube Logistics Group", "Grupa Azoty", "Holding")
             r"\bgroup\b|\bgroupe\b|\bgrupa\b|\bgrupo\b|\bgruppe\b|\bgruppo\b|\bholding\b")
# the head of a column of names and of a column of posts in more languages (Croatian, Serbian, Slovenian, Slovak,
# Bulgarian, Ukrainian, Albanian, Azerbaijani, Georgian, Armenian, Bengali, Urdu, Tamil, Sinhala)
_NAMES_HEADS = (r"ime i prezime|ime in priimek|ime|meno(?: a priezvisko)?|име(?: и фамилия| и презиме)?|ім['’]я|"
                r"піб|emri(?: dhe mbiemri)?|ad,? soyad|soyad,? ad|სახელი(?:,? გვარი)?|անուն(?:,? ազգանուն)?|নাম|"
                r"نام|பெயர்|නම")
_ROLES_HEADS = (r"funkcija|funkcia|položaj|pozicija|zvanje|radno mjesto|длъжност|посада|pozicioni|detyra|"
                r"vəzifə|თანამდებობა|պաշտոն|পদবি|পদবী|পদ|عہدہ|பதவி|තනතුර|담당")
# column heads of more languages: Malay, Swedish/Norwegian/Danish, Finnish, Turkish, Polish, Czech, Romanian,
# Hungarian, Greek, Swahili, Tagalog, Vietnamese, Russian, Arabic, Hebrew, Hindi, Chinese, Japanese, Korean, Thai
_MORE_FIELD_NAMES = (r"jawatan|e-?mel|emel|telefon bimbit|namn|navn|roll|befattning|stilling|funktion|e-?post|"
                     r"nimi|tehtävä|rooli|puhelin|sähköposti|ad|ad soyad|adı soyadı|isim|görev|unvan|e-?posta|"
                     r"imię i nazwisko|stanowisko|jméno|funkce|nume|funcție|funcţie|név|beosztás|"
                     r"όνομα|θέση|τηλέφωνο|jina|cheo|wadhifa|simu|barua pepe|pangalan|posisyon|katungkulan|"
                     r"telepono|họ tên|họ và tên|chức vụ|điện thoại|имя|фио|должность|телефон|эл\. почта|"
                     r"الاسم|المنصب|الوظيفة|الهاتف|البريد الإلكتروني|שם|תפקיד|טלפון|דוא[\"״]ל|"
                     r"नाम|पद|फ़ोन|फोन|ईमेल|姓名|职务|職務|职位|職位|电话|電話|邮箱|電郵|电子邮件|氏名|役職|"
                     r"이름|성명|직책|직위|직급|전화|이메일|ชื่อ|ตำแหน่ง|โทรศัพท์|อีเมล|"
                     # heads of other columns: a category, a department, a person in charge
                     r"メール|メールアドレス|電子メール|携帯|fax|"
                     r"부서|구분|소속|담당자|区分|所属|部署|所属・役職|担当者|联系人|聯絡人|contact person|department|"
                     r"abteilung|département|departamento|dipartimento|afdeling|bidang|bagian|отдел|подразделение|"
                     # Central and Eastern Europe, the Balkans, the Caucasus, South Asia: a name, a post, a number, an
                     # address (Croatian, Serbian, Slovenian, Slovak, Bulgarian, Ukrainian, Albanian, Azerbaijani,
                     # Georgian, Armenian, Bengali, Urdu, Tamil, Sinhala; Korean "담당": who is in charge)
                     + _NAMES_HEADS + "|" + _ROLES_HEADS + "|"
                     r"mobitel|telefón|mobil|e-?pošta|e-?poçt|e-?poçta|тел\.|мобилен|имейл|ел\. поща|"
                     r"ტელეფონი|ელ\. ფოსტა|հեռախոս|էլ\. փոստ|ফোন|মোবাইল|ই-মেইল|ইমেইল|فون|ای میل|தொலைபேசி|"
                     r"மின்னஞ்சல்|දුරකථන|විද්‍යුත් තැපෑල")
_FIELD_NAME = re.compile(
    r"^(?:name|nom|nombre|nome|naam|nama|tên|role|rôle|rol|ruolo|rolle|función|fonction|funktion|função|funzione|functie|"
    r"jabatan|position|poste|cargo|title|titre|titel|designation|désignation|e-?mail|courriel|correo(?: electrónico)?|"
    r"phone|telephone|tel\.?|tél\.?|téléphone|teléfono|telefone|telefono|telefoon|telefon|"
    r"mobile|mobil|portable|móvil|celular|cellulare|organi[sz]ation|organisme|organización|organização|"
    r"contact|kontakt|contacto|contato|contatto|contactpersoon|ansprechpartner(?:in)?|" + _MORE_FIELD_NAMES + r")$",
    re.IGNORECASE)


def is_field_name(text: str) -> bool:
    """A contact table's column head ("Name", "Role", "E-mail", "Téléphone"), not a contact's line."""
    return bool(_FIELD_NAME.match(text.strip(" :*_")))


_ROW = re.compile(r"^\|(.+)\|$")


def table_lines(heads: list[str], rows: list[list[str]]) -> tuple[list[str], bool]:
    """A contact table's cells as lines, one contact after another: by rows; by columns when each column is one
    contact ("| Investor Relations | Media |" / "| Ana Ruiz | Li Wei |" / "| ana@... | li@... |": a row whose
    cells all hold an address or a number, another row none), its head above its cells; and whether by columns."""
    def holds(cell: str) -> bool:
        return bool(EMAIL.search(cell) or PHONE.search(cell))
    widths = {len(row) for row in rows}
    if len(widths) == 1 and widths != {1} and (not heads or len(heads) in widths) \
            and any(all(map(holds, row)) for row in rows) and any(not any(map(holds, row)) for row in rows):
        return [line for k in range(len(rows[0])) for line in ((heads[k],) if heads else ()) +
                tuple(row[k] for row in rows) + ("",)], True
    return [line for row in rows for line in (*row, "")], False


def _markdown_table(lines: list[str]) -> tuple[list[str], list[list[str]], list[str]] | None:
    """(heads, rows of cells, the other lines) of a Markdown table ("| Name | Role | Phone |" / "|---|---|---|" /
    "| Ana Ruiz | Press Officer | +34 ... |") among the lines; None without one. The heads are [] when the table's
    first row is no row of field names."""
    heads: list[str] = []
    rows: list[list[str]] = []
    rest: list[str] = []
    for line in lines:
        row = _ROW.match(line)
        if row is None:
            rest.append(line)
            continue
        cells = [cell.strip() for cell in row.group(1).split("|")]
        if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells):
            continue
        if not rows and not heads and all(is_field_name(c) for c in cells if c):
            heads = cells
        else:
            rows.append(cells)
    return (heads, rows, rest) if rows or heads else None


def _columns(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """(heads, rows) of a contact table read column by column ("Name" / "Lina Berg" / "Jon Ek" / "Role" / "press
    officer" / "director" / "Phone" / ...), each column's head above its cells; None otherwise. Only when every
    column has the same number of cells, two or more, after an address a narrow cell wrapped ("ana@office.exa" /
    "mple") is joined again."""
    filled = [line for line in lines if line]
    if len(filled) < 6 or not is_field_name(filled[0]):
        return None
    heads: list[str] = []
    columns: list[list[str]] = []
    for line in filled:
        if is_field_name(line):
            heads.append(line)
            columns.append([])
        else:
            columns[-1].append(line)
    columns = [_joined_addresses(column) for column in columns]
    count = len(columns[0])
    if len(columns) < 3 or count < 2 or any(len(column) != count for column in columns):
        return None
    return heads, [[column[k] for column in columns] for k in range(count)]


def _rows(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """(heads, rows) of a contact table read row by row: two or more lines of field names ("Name" / "Role" /
    "Phone"), then rows of as many lines each (a Word or PDF table's cells), every row with an address or a number
    in the same columns as the first; None otherwise. A PDF prints a cell's wrapped second line after its row
    ("Ama Owusu-" / "Press" / "+233 ..." / "ama@..." / "Boateng" / "Officer"): such lines, before the next row, end
    the row's cells of words, in order ("Ama Owusu-Boateng", "Press Officer")."""
    filled = [line for line in lines if line]
    width = next((k for k, line in enumerate(filled) if not is_field_name(line)), len(filled))
    body = filled[width:]
    if width < 2 or not body or any(is_field_name(line) for line in body):
        return None
    anchors = [k for k, cell in enumerate(body[:width]) if EMAIL.search(cell) or PHONE.search(cell)]
    if not anchors:
        return None
    rows: list[list[str]] = []
    k = 0
    while k < len(body):
        if not _row_at(body, k, width, anchors):
            return None
        row, k = list(body[k:k + width]), k + width
        wrapped = []
        while k < len(body) and not _row_at(body, k, width, anchors) and _cell_line(body[k]):
            wrapped.append(body[k])
            k += 1
        words = [c for c in range(width) if c not in anchors]
        if len(wrapped) > len(words) or (wrapped and k < len(body) and len(wrapped) != len(words)):
            return None
        if k < len(body) and not _row_at(body, k, width, anchors):
            if any(EMAIL.search(line) or PHONE.search(line) for line in body[k:]):
                return None      # an address or a number out of the table's rows: no such table
            k = len(body)        # a sentence below the table (a registration note): no cell of it
        for column, line in zip(words, wrapped, strict=False):
            row[column] = row[column] + line if row[column].endswith("-") else f"{row[column]} {line}"
        rows.append(row)
    return filled[:width], rows


def _cell_line(line: str) -> bool:
    """A table cell's wrapped line: a few words, no sentence."""
    return len(line) <= 40 and not line.rstrip().endswith((".", "!", "?", ")")) \
        and not (EMAIL.search(line) or PHONE.search(line))


def _row_at(body: list[str], k: int, width: int, anchors: list[int]) -> bool:
    """Does a table's row start at line `k`: its cells there, an address or a number in each anchor column?"""
    return k + width <= len(body) and all(EMAIL.search(body[k + c]) or PHONE.search(body[k + c]) for c in anchors)


def _by_rows(lines: list[str]) -> list[str]:
    """A contact table read column by column as one block of lines for each row (a contact); else the lines."""
    table = _columns(lines)
    if table is None:
        return lines
    return [line for row in table[1] for line in (*row, "")]


def _joined_addresses(column: list[str]) -> list[str]:
    """A column of e-mail addresses with the rest of an address a narrow cell wrapped joined to it."""
    if not any("@" in cell for cell in column):
        return column
    out: list[str] = []
    for cell in column:
        if out and "@" in out[-1] and "@" not in cell and re.fullmatch(r"[\w.\-]+", cell):
            out[-1] += cell
        else:
            out.append(cell)
    return out


# the head of a table's column of names, and of its column of roles, in the languages of `_FIELD_NAME`
_NAME_HEAD = re.compile(r"^(?:name|nom|nombre|nome|naam|nama|tên|namn|navn|nimi|ad|ad soyad|adı soyadı|isim|"
                        r"imię i nazwisko|jméno|nume|név|όνομα|jina|pangalan|họ tên|họ và tên|имя|фио|الاسم|שם|"
                        r"नाम|姓名|氏名|이름|성명|ชื่อ|contact|kontakt|contacto|contato|contatto|contactpersoon|"
                        r"ansprechpartner(?:in)?|contact person|担当者|联系人|聯絡人|담당자|" + _NAMES_HEADS + r")$",
                        re.IGNORECASE)
_ROLE_HEAD = re.compile(r"^(?:role|rôle|rol|ruolo|rolle|función|fonction|funktion|função|funzione|functie|jabatan|"
                        r"position|poste|cargo|title|titre|titel|designation|désignation|roll|befattning|stilling|"
                        r"tehtävä|rooli|görev|unvan|stanowisko|funkce|funcție|funcţie|beosztás|θέση|cheo|wadhifa|"
                        r"posisyon|katungkulan|chức vụ|должность|المنصب|الوظيفة|תפקיד|पद|职务|職務|职位|職位|役職|"
                        r"직책|직위|직급|ตำแหน่ง|所属・役職|" + _ROLES_HEADS + r")$", re.IGNORECASE)


_PHONE_HEAD = re.compile(r"^(?:phone|telephone|tel\.?|tél\.?|téléphone|teléfono|telefone|telefono|telefoon|"
                         r"telefon|mobile|mobil|portable|móvil|celular|cellulare|" + _MORE_PHONE_WORDS + r")$",
                         re.IGNORECASE)


# (Turkish "Dahili", Russian "доб.", Chinese "分机"/"转", Korean "내선", Thai "ต่อ", Arabic "داخلي": more
# languages' words)
_MORE_EXTENSION_WORDS = r"dahili|доб|вн|分机|分機|内线|內線|内線|转|轉|내선|ต่อ|داخلي|שלוחה"
# a text in scripts without capitals (Chinese, Japanese, Korean, Thai, Khmer, Arabic, Hebrew, Devanagari, Bengali,
# Ethiopic, Georgian) and no Latin letter or digit; an abbreviation's full stop after such a letter ("डॉ. संजय मिश्र":
# "Dr.") or its slash between two ("ወ/ሮ": Amharic "Mrs"); a Latin abbreviation of capitals inside or opening such a
# word ("広報IR部")
_CASELESS_LETTERS = (r"\u0590-\u05FF\u0600-\u06FF\u0900-\u09FF\u0E00-\u0E7F\u1200-\u137F\u1780-\u17FF\u10A0-\u10FF"
                     r"\u3000-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF\uFF0E・·")
_CASELESS_TEXT = re.compile(r"(?:[\s" + _CASELESS_LETTERS + r"]|(?<=[" + _CASELESS_LETTERS + r"])\.|"
                            r"(?<=[" + _CASELESS_LETTERS + r"])/(?=[" + _CASELESS_LETTERS + r"])|"
                            # a Latin abbreviation inside a word of such letters: "広報IR部", "AI센터"
                            r"(?<=[" + _CASELESS_LETTERS + r"])[A-Z]{1,4}(?=[" + _CASELESS_LETTERS + r"])|"
                            r"(?<![^\s])[A-Z]{1,4}(?=[" + _CASELESS_LETTERS + r"]))+")
# a job in those scripts: a word ending with a job's word (Chinese, Japanese, Korean) or opening with one (Thai,
# Khmer): "品牌公关经理", "係長", "팀장", "หัวหน้าฝ่ายประชาสัมพันธ์"
_CASELESS_JOB = re.compile(
    r"(?:经理|經理|总监|總監|主任|主管|专员|專員|发言人|發言人|秘书|秘書|部长|部長|处长|處長|科长|科長|总裁|總裁|"
    r"董事长|董事長|负责人|負責人|助理|顾问|顧問|主席|局长|局長|干事|幹事|主编|主編|编辑|編輯|新闻官|新聞官|代表|"
    r"係長|課長|室長|主査|主事|研究員|社長|所長|次長|理事|マネージャー|マネジャー|ディレクター|リーダー|チーフ|"
    r"課長補佐|専門員|参事|팀장|과장|부장|실장|차장|대리|주임|책임|선임|수석|연구사|연구관|사원|매니저|국장|대변인|"
    r"처장|원장|센터장|본부장|이사|교수|주무관|사무관|서기관|담당관|위원|단장|소장|"
    # Bengali: officer, spokesperson, director, coordinator, manager
    r"কর্মকর্তা|মুখপাত্র|পরিচালক|সমন্বয়কারী|ব্যবস্থাপক)$|"
    r"^(?:ผู้จัดการ|หัวหน้า|เจ้าหน้าที่|นัก|ผู้อำนวยการ|รองผู้อำนวยการ|โฆษก|ผู้ช่วย|ประธาน|ผู้ประสานงาน|เลขานุการ|"
    r"មន្ត្រី|ប្រធាន|អ្នកនាំពាក្យ|នាយក)")
# a department or an organisation in those scripts: "広報部", "홍보팀", "みなと川市", "กลุ่มประชาสัมพันธ์", "株式会社..."
_CASELESS_ORG = re.compile(
    r"^.{2,}(?:部|課|係|室|局|処|處|科|组|組|处|市|県|区|省|팀|처|과|실|부)$|"
    r"(?:中心|センター|센터|본부|政府|公司|会社|協会|協會|基金会|基金會|大学|大學|研究所|研究院|機構|机构|委员会|"
    r"委員會|재단|협회|대학교|연구원|연구소|병원|공단|공사|은행|বিভাগ|দপ্তর|অধিদপ্তর|শাখা|মন্ত্রণালয়)$|^জনসংযোগ$|"
    r"^(?:株式会社|有限会社|주식회사|บริษัท|กรม|กลุ่ม|ฝ่าย|กอง|สำนัก|ศูนย์|มูลนิธิ|ក្រសួង)")


# a job title's last word: "Public Relations Officer", "Head of Media Relations" is a person's role, not an office;
# and in Central and Eastern Europe's and Türkiye's languages ("kommunikációs vezető", "tisková mluvčí", "rzecznik
# prasowy" ends with an adjective: its noun opens it, see `JOB_FIRST_WORDS`)
JOB_LAST = (r"officer|spokes(?:person|man|woman)|secretary|manager|director|head|chief|coordinator|"
            r"adviser|advisor|attaché|attachée|porte-parole|porta-voz|portavoz|portavoce|sprecher(?:in)?|"
            r"woordvoerder|referent(?:in)?|leiter(?:in)?|chargée?|responsable|jefe|jefa|directora?|"
            r"diretora?|direttore|direttrice|kepala|juru bicara|"
            r"vezető|vezetője|szóvivő|szóvivője|referens|mluvčí|mluvčího|hovorca|hovorkyňa|rzecznik|rzeczniczka|"
            r"glasnogovornik|glasnogovornica|portparol|portparolka|predstavnik|predstavnica|koordinator(?:ka)?|"
            r"koordinátor(?:ka)?|koordynator(?:ka)?|ředitel(?:ka)?|riaditeľ(?:ka)?|dyrektor|kierownik|direktor(?:ica)?|"
            r"menadžer(?:ka)?|manažer(?:ka)?|menedzser|purtător de cuvânt|sözcü(?:sü)?|sorumlusu|müdürü|koordinatörü|"
            r"говорител|координатор|директор|мениджър|прессекретар|речник|портпарол|drejtor(?:e)?|zëdhënës(?:e)?|"
            r"koordinator(?:e)?|sədri|rəhbəri|mütəxəssisi|სპიკერი|ხელმძღვანელი|մամուլի քարտուղար|"
            # Korean, written after a team's name ("홍보팀 팀장": the communications team's head)
            r"팀장|과장|부장|차장|실장|대리|교수|본부장|센터장|이사|상무|전무|매니저|책임|선임")
# the first words of an office in Türkiye's and Central and Eastern Europe's languages ("Basın ve Halkla İlişkiler
# Birimi", "Biuro Prasowe", "Tiskové oddělení", "Ured za odnose s javnošću"): an office's line, no person's
MORE_OFFICE = (r"basın|halkla ilişkiler|kurumsal iletişim|biuro|zespół prasowy|tiskové|tiskový|tlačové|tlačový|"
               r"oddělení|oddelenie|odjel|odsjek|ured|služba|sajtóiroda|sajtóosztály|kommunikációs osztály|"
               r"пресслужба|прес-служба|пресцентър|отдел|служба|zyra|mətbuat xidməti|ictimaiyyətlə əlaqələr")
# the first word of a job that ends with its adjective ("Oficer prasowy", "rzecznik prasowy", "tisková mluvčí" is
# caught by its last): a line opening with one is a job, no person
JOB_FIRST_WORDS = r"oficer|rzecznik|rzeczniczka|specjalista|specjalistka|referent|referentka|kierownik|kierowniczka"
# the first word of a job, and of an office, in Arabic, Persian, Urdu, Hebrew and Hindi (a job or an office's word,
# then what it is of): such a line names no person
_JOB_WORDS = (r"(?:ال)?(?:مدير|مديرة|مسؤول|مسؤولة|متحدث|متحدثة|رئيس|رئيسة|منسق|منسقة|مستشار|مستشارة|أخصائي|أخصائية|"
              r"مدیر|مسئول|سخنگو|کارشناس|ترجمان|ڈائریکٹر|افسر)|"
              r"דובר|דוברת|מנהל|מנהלת|ראש|רכז|רכזת|יועץ|יועצת|"
              r"प्रवक्ता|निदेशक|अधिकारी|प्रमुख|प्रबंधक|सलाहकार|" + JOB_FIRST_WORDS)
_OFFICE_WORDS = (r"(?:ال)?(?:مكتب|وزارة|هيئة|شركة|مؤسسة|جمعية|إدارة|قسم|دائرة|مركز|بلدية|روابط|دفتر|وزارت|سازمان|"
                 r"محکمہ)|"
                 r"משרד|חברת|עיריית|אגף|מחלקת|לשכת|דוברות|"
                 r"मंत्रालय|विभाग|कार्यालय|जनसंपर्क")
_OPENS_JOB = re.compile(r"^(?:" + _JOB_WORDS + r")$", re.IGNORECASE)
_OPENS_ROLE_OR_OFFICE = re.compile(r"^(?:" + _JOB_WORDS + "|" + _OFFICE_WORDS + r")$")


# a courtesy or academic title written before a name in Arabic, Urdu, Persian, Hebrew, Hindi and Bengali ("Mr",
# "Mrs", "Dr", "Sheikh", "Eng."): part of the name as written, beside its three words
_CASELESS_TITLE = re.compile(r"السيد|السيدة|الدكتور|الدكتورة|د\.|الأستاذ|الأستاذة|المهندس|المهندسة|الشيخ|الشيخة|"
                             r"محترم|محترمہ|جناب|ڈاکٹر|آقای|خانم|دکتر|מר|גב['׳]|ד\"ר|श्री|श्रीमती|डॉ\.|জনাব|বেগম|ড\.")


def caseless_split(text: str) -> tuple[str, str | None] | None:
    """(name, job) of a contact line in a script without capitals: a person's name of one to three words, a job
    word before or after it ("刘畅　品牌公关经理", "署理高級新聞主任 黃嘉欣女士", "係長　中村 彩", "นายสมชาย ใจดี
    หัวหน้าฝ่าย..."), its department's words before it left out ("홍보팀 최민호 팀장": "최민호", "팀장") but for a
    department right before a job written before the name ("広報部 課長 佐藤 由美": "広報部 課長"); None when no
    word is left for a name, or they are not next to each other."""
    tokens = text.split()
    if tokens and _OPENS_ROLE_OR_OFFICE.match(tokens[0]):
        return None          # "مسؤولة الإعلام", "المكتب الإعلامي", "דוברת המשרד": a role or an office, no name
    kinds = ["job" if _CASELESS_JOB.search(t) else "org" if _CASELESS_ORG.search(t) else "name" for t in tokens]
    if len(kinds) > 2 and kinds[:2] == ["name", "job"] and all(kind == "name" for kind in kinds[2:]):
        kinds[0] = "org"         # "তথ্য কর্মকর্তা সাদিয়া রহমান": one word before a job opening the line is the job's
    names = [k for k, kind in enumerate(kinds) if kind == "name"]
    titled = bool(names) and _CASELESS_TITLE.fullmatch(tokens[names[0]]) is not None    # ("السيد بدر خالد العنزي")
    if not names or len(names) > 3 + titled or names != list(range(names[0], names[-1] + 1)):
        return None
    jobs = [k for k, kind in enumerate(kinds) if kind == "job"]
    if any(names[0] < k < names[-1] for k in jobs) or any(kinds[k] == "org" for k in range(names[-1] + 1, len(kinds))):
        return None
    if jobs and jobs[0] > 0 and jobs[-1] < names[0] and kinds[jobs[0] - 1] == "org":
        jobs.insert(0, jobs[0] - 1)     # "広報IR部 課長　佐藤 由美": the department right before the job, its part
    return " ".join(tokens[k] for k in names), " ".join(tokens[k] for k in jobs) or None


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


# "Pressechef Mette Kjær", "Rektor Birgitte Holm", "Viestintäasiantuntija Laura Kivelä", "Formand Jens Lund", "Adm.
# direktør Eva Berg", "Пресс-секретарь Анна Ким": a job in one capitalised word (a compound ending with a word for a
# chief, adviser, director, chair, mayor, spokesperson, secretary, head), maybe after a word that qualifies it
# ("Adm.", "Administrerende", "Verkställande"), before a person's name
_JOB_FIRST = re.compile(r"(?P<job>(?:(?:adm\.|administrerende|administrerande|verkställande|konstituert|"
                        r"konstituerad|stf\.|vice)\s+)?"
                        r"(?:[^\W\d_][\w\-]*?)?(?:chef|sjef|rådgiver|rådgivare|ansvarig|ansvarlig|direktør|"
                        r"direktör|rektor|formand|forkvinde|forperson|"
                        r"ordfører|ordförande|borgmester|borgmästare|asiantuntija|päällikkö|johtaja|talsperson|"
                        r"talsmann|talskvinne|секретарь|руководитель|директор|начальник|представитель))"
                        r"\s+(?P<name>(?-i:[A-ZÀ-ÞА-ЯЁ]).+)",
                        re.IGNORECASE)


# the words of a street address ("Communications Division, Haile Selassie Avenue, Nairobi"): no person's name
ADDRESS_WORDS = re.compile(r"\b(?:Avenue|Street|Road|Boulevard|Highway|Rue|Avenida|Calle|Rua|Straße|Strasse|Plaza|"
                           r"Building|Tower|Floor|P\.\s?O\.\s?Box)\b")
