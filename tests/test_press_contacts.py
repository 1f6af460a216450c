"""End matter of press releases in the world's press languages: contact headings, phone and e-mail labels,
field names of contact tables, contact sentences. Every text here is hand-made (no copy of an evaluation file)."""
from __future__ import annotations

import pytest

from feeds.normalise.contacts import parse_contacts
from feeds.normalise.endmatter import heading, split_end_matter


@pytest.mark.parametrize("block, name, role, email, phone", [
    # Swahili: "Simu" (phone), "Barua pepe" (e-mail)
    ("Bi. Asha Mwinyi\nAfisa Habari\nSimu: +255 22 555 0100\nBarua pepe: habari@wizara.example",
     "Bi. Asha Mwinyi", "Afisa Habari", "habari@wizara.example", "+255 22 555 0100"),
    # Turkish: "E-posta", an extension "Dahili"
    ("Ali Yılmaz – Basın Müdürü\nTel: +90 312 555 10 20 / Dahili: 31\nE-posta: basin@kurum.example",
     "Ali Yılmaz", "Basın Müdürü", "basin@kurum.example", "+90 312 555 10 20 / Dahili: 31"),
    # Russian: "Тел.", "Эл. почта"
    ("Иван Петров, пресс-секретарь\nТел.: +7 495 555-01-02\nЭл. почта: press@vedomstvo.example",
     "Иван Петров", "пресс-секретарь", "press@vedomstvo.example", "+7 495 555-01-02"),
    # Chinese: full-width colons, "电话", "邮箱"
    ("王丽 新闻发言人\n电话：+86 10 5555 0101\n邮箱：press@jigou.example",
     "王丽", "新闻发言人", "press@jigou.example", "+86 10 5555 0101"),
    # Arabic, right to left: "الهاتف", "البريد الإلكتروني"
    ("سارة خالد، مسؤولة الإعلام\nالهاتف: +971 4 555 0100\nالبريد الإلكتروني: media@hay2a.example",
     "سارة خالد", "مسؤولة الإعلام", "media@hay2a.example", "+971 4 555 0100"),
    # Thai: "โทร.", "อีเมล"
    ("นายสมชาย ใจดี\nเจ้าหน้าที่ประชาสัมพันธ์\nโทร. 02 555 0100\nอีเมล pr@krom.example",
     "นายสมชาย ใจดี", "เจ้าหน้าที่ประชาสัมพันธ์", "pr@krom.example", "02 555 0100"),
])
def test_phone_and_email_labels_of_more_languages_are_no_name(block: str, name: str, role: str | None,
                                                              email: str, phone: str) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role, contact.email, contact.phone) == (name, role, email, phone)


@pytest.mark.parametrize("block, name, role", [
    # Malay: a table of one contact read as label / value lines
    ("Nama\nPuan Siti Aminah binti Yusof\n\nJawatan\nPegawai Perhubungan Awam\n\nTelefon\n03-5555 0100\n\n"
     "E-mel\nsiti@majlis.example", "Puan Siti Aminah binti Yusof", "Pegawai Perhubungan Awam"),
    # Turkish column heads
    ("Ad Soyad\nMehmet Kaya\nGörev\nBasın Sözcüsü\nTelefon\n+90 312 555 00 00\nE-posta\nmk@dernek.example",
     "Mehmet Kaya", "Basın Sözcüsü"),
])
def test_field_names_of_contact_tables_in_more_languages(block: str, name: str, role: str) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role) == (name, role)


@pytest.mark.parametrize("line, kind", [
    ("للاستفسارات الإعلامية", "contact"),          # Arabic, right to left
    ("לפרטים נוספים", "contact"),                  # Hebrew
    ("Контакты для СМИ", "contact"),
    ("मीडिया संपर्क", "contact"),
    ("媒体联系人", "contact"),
    ("언론 문의", "contact"),
    ("ติดต่อสื่อมวลชน", "contact"),
    ("Untuk pertanyaan media", "contact"),
    ("Kwa maelezo zaidi", "contact"),
    ("Bilgi için", "contact"),
    ("Coordinación de Comunicación Social", "contact"),
    ("Further information:", "contact"),
    ("О компании", "about"),
    ("نبذة عن الهيئة", "about"),
    ("A Példa Kft.-ről", "about"),                  # Hungarian: "about" after the name
    ("Példa Oyj lyhyesti", "about"),                 # Finnish: "in brief"
    ("ملاحظات للمحررين", "notes"),
    ("Declarații privind perspectivele", "notes"),  # Romanian forward-looking statements: notes
    ("Important information", "notes"),
])
def test_end_matter_headings_of_more_languages(line: str, kind: str) -> None:
    found = heading(line)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("line", ["Об этом сообщил министр.", "Az eredményekről szóló jelentés ma jelent meg.",
                                  "संपर्क में रहने के लिए ऐप डाउनलोड करें।", "Bilgi için teşekkürler, dedi Bakan."])
def test_sentences_opening_with_those_words_are_no_heading(line: str) -> None:
    assert heading(line) is None


def test_the_body_ends_at_a_russian_contact_heading_and_its_contact_is_read() -> None:
    end = split_end_matter(["Министерство открыло новый парк.", "Работы стоили 40 млн рублей.", "Контакты для СМИ",
                            "Анна Смирнова, пресс-секретарь\nТел.: +7 495 555-00-11\nЭл. почта: press@min.example"])
    assert end.body == ["Министерство открыло новый парк.", "Работы стоили 40 млн рублей."]
    assert [(c.name, c.role, c.phone, c.email) for c in end.contacts] == [
        ("Анна Смирнова", "пресс-секретарь", "+7 495 555-00-11", "press@min.example")]


@pytest.mark.parametrize("block, contacts", [
    # read column by column, e-mail addresses wrapped in their narrow cells
    ("Namn\nAnna Lind\n\nPer Holm\nRoll\npresschef\n\ngeneraldirektör\nTelefon\n08-555 100 10\n\n"
     "08-555 100 20\nE-post\nanna.lind@verket.exa\nmple\nper.holm@verket.exa\nmple",
     [("Anna Lind", "presschef", "08-555 100 10", "anna.lind@verket.example"),
      ("Per Holm", "generaldirektör", "08-555 100 20", "per.holm@verket.example")]),
    # read row by row under its heads, each cell by its column (a category column is no name)
    ("区分\n所属・役職\n氏名\n電話\nメール\n\n取材\n広報室長\n山田 花子\n03-5555-0101（内線 12）\n"
     "hanako@kikou.example\n\n研究\n観測部 主任研究員\n木村 一郎\n03-5555-0102\nichiro@kikou.example",
     [("山田 花子", "広報室長", "03-5555-0101（内線 12）", "hanako@kikou.example"),
      ("木村 一郎", "観測部 主任研究員", "03-5555-0102", "ichiro@kikou.example")]),
    # the heads in another order, in English
    ("E-mail\nName\nPhone\nana@port.example\nAna Ruiz\n+34 91 555 0101\njo@port.example\nJo Lee\n"
     "+34 91 555 0102",
     [("Ana Ruiz", None, "+34 91 555 0101", "ana@port.example"),
      ("Jo Lee", None, "+34 91 555 0102", "jo@port.example")]),
])
def test_a_contact_table_is_read_row_by_row_each_cell_by_its_column(block: str, contacts: list[tuple]) -> None:
    assert [(c.name, c.role, c.phone, c.email) for c in parse_contacts(block)] == contacts


def test_a_contact_table_short_of_a_cell_is_read_line_by_line() -> None:
    uneven = "Namn\nAnna Lind\nPer Holm\nRoll\npresschef\nTelefon\n08-555 100 10\n08-555 100 20"
    assert "Per Holm" in "\n".join(c.text for c in parse_contacts(uneven))     # nothing is dropped


def test_a_scandinavian_about_heading_of_one_lower_case_word_ends_the_body() -> None:
    end = split_end_matter(["Verket publicerar rapporten i dag.", "Fler kommuner bör samverka.", "Om rapporten",
                            "Rapporten bygger på data från 2025.", "Presskontakt",
                            "Anna Lind, presschef, 08-555 100 10"])
    assert end.body == ["Verket publicerar rapporten i dag.", "Fler kommuner bör samverka."]
    assert end.notes == "Rapporten bygger på data från 2025."
    assert heading("Om morgonen") is not None and heading("Om du vill veta mer") is None


def _page(html: str) -> dict:
    from datetime import datetime, timezone

    from feeds.config import SourceConfig
    from feeds.normalise import normalise
    from feeds.normalise.classifier import Classifier
    from feeds.sources.formats import release_from_html
    source = SourceConfig(id="press", name="Press", kind="page", url="http://127.0.0.1/")
    release = normalise(release_from_html(html, "page.html", None), source, Classifier(()),
                        datetime(2100, 1, 1, tzinfo=timezone.utc))
    return {"body": release.body_text, "notes": release.notes, "contacts": release.contacts}


_LEAD = ("<p>The district council opened a new footbridge over the river on Monday, after two years of work.</p>"
         "<p>The bridge links the old town with the station and carries about 4,000 people a day.</p>"
         "<p>It cost 6 million euros, shared by the council and the region.</p>")
_OTHER_BOX = "<div class='box'><h3>More news</h3><ul><li><a href='/n/1'>Library hours extended</a></li></ul></div>"


@pytest.mark.parametrize("html", [
    # the sidebar before the article in the page's source (laid out beside it)
    "<html><body><div class='cols'><aside class='sidebar'><div class='box contact-box'><h3>Media contact</h3>"
    f"<p>Ana Ruiz<br>Press Officer<br>+34 91 555 0101</p></div>{_OTHER_BOX}</aside><main><article>"
    f"<h1>Footbridge opens over the river</h1>{_LEAD}</article></main></div></body></html>",
    # a grid of a main column and a sidebar, no <article> or <main>
    "<html><body><div class='grid'><div class='col-main'><h1>Footbridge opens over the river</h1>"
    f"{_LEAD}</div><aside class='sidebar'><div class='box contact-box'><h3>Media contact</h3>"
    f"<p>Ana Ruiz<br>Press Officer<br>+34 91 555 0101</p></div>{_OTHER_BOX}</aside></div></body></html>",
    # a contact box headed by the plain word "Contacts" that names a person
    "<html><body><div class='wrap'><main><article><h1>Footbridge opens over the river</h1>"
    f"{_LEAD}</article></main><aside><div class='box contact-box'><h3>Contacts</h3>"
    f"<p>Media: Ana Ruiz, Press Officer, +34 91 555 0101</p></div>{_OTHER_BOX}</aside></div></body></html>",
])
def test_a_media_contact_box_in_the_sidebar_of_other_layouts(html: str) -> None:
    page = _page(html)
    assert [(c["name"], c["role"], c["phone"]) for c in page["contacts"]] == [("Ana Ruiz", "Press Officer",
                                                                               "+34 91 555 0101")]
    assert page["body"].endswith("shared by the council and the region.")
    assert "Library hours" not in page["body"] + page["notes"]


def test_a_sidebar_contact_box_naming_no_person_under_a_plain_heading_is_the_sites() -> None:
    html = ("<html><body><div class='wrap'><main><article><h1>Footbridge opens over the river</h1>"
            f"{_LEAD}</article></main><aside><div class='box contact-box'><h3>Contact</h3>"
            "<p>Town Hall, Market Square 1<br>+34 91 555 0000</p></div></aside></div></body></html>")
    assert list(_page(html)["contacts"]) == []


def test_investor_relations_headings_of_more_languages_and_a_contact_heading_as_a_label_is_no_role() -> None:
    end = split_end_matter(["Şirket yeni bir santral kurdu.", "Yatırım 2025'te bitecek.", "Basın İletişim:",
                            "Ece Tan – Basın Müdürü\nTel: +90 212 555 00 10\nE-posta: basin@sirket.example",
                            "Yatırımcı İlişkileri:\nOnur Kaya\nyatirimci@sirket.example"])
    assert [(c.name, c.role, c.email) for c in end.contacts] == [
        ("Ece Tan", "Basın Müdürü", "basin@sirket.example"), ("Onur Kaya", None, "yatirimci@sirket.example")]
    [contact] = parse_contacts("Contact presă: Ion Popa, tel. +40 21 555 0100, presa@firma.example")
    assert (contact.name, contact.role) == ("Ion Popa", None)
    [contact] = parse_contacts("Investor Relations: Dana Kim, +1 555 010 0100, ir@firm.example")
    assert (contact.name, contact.role) == ("Dana Kim", "Investor Relations")      # a function: the role


@pytest.mark.parametrize("sentence, name, role, phone", [
    ("Para sa karagdagang impormasyon, makipag-ugnayan kay Gng. Liza M. Cruz, Opisyal ng Impormasyon, sa "
     "(02) 8555-0100 o sa info@bayan.example.", "Gng. Liza M. Cruz", "Opisyal ng Impormasyon", "(02) 8555-0100"),
    ("Kwa maelezo zaidi, wasiliana na Bi. Asha Mwinyi, Afisa Habari, kwa simu +255 22 555 0100.",
     "Bi. Asha Mwinyi", "Afisa Habari", "+255 22 555 0100"),
    ("Vă rugăm să contactați Ana Pop, purtător de cuvânt, la +40 21 555 0100.", "Ana Pop", "purtător de cuvânt",
     "+40 21 555 0100"),
    ("По всем вопросам обращайтесь к Анне Смирновой, пресс-секретарю, по телефону +7 495 555-00-11.",
     "Анне Смирновой", "пресс-секретарю", "+7 495 555-00-11"),
])
def test_contact_sentences_of_more_languages(sentence: str, name: str, role: str, phone: str) -> None:
    end = split_end_matter(["The council opened a bridge.", "It cost 6 million.", "###", sentence])
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [(name, role, phone)]


def test_a_company_form_sa_closing_a_name_is_kept_and_tagalog_sa_is_no_part_of_it() -> None:
    [contact] = parse_contacts("Relaciones con Medios: Grupo Norte SA, +34 91 555 0100")
    assert contact.name == "Grupo Norte SA"


@pytest.mark.parametrize("line, name, role", [
    ("Sipho Dube, Head: Communications, +27 12 555 0100, sd@bank.example", "Sipho Dube", "Head: Communications"),
    ("Ravi Nair, Media Coordinator (mobile), +91 98 555 0101, ravi@trust.example", "Ravi Nair", "Media Coordinator"),
    ("Media: Jo Lee, Press Officer, +1 555 010 0101", "Jo Lee", "Press Officer"),
])
def test_a_colon_inside_a_role_and_a_phone_label_in_brackets(line: str, name: str, role: str) -> None:
    [contact] = parse_contacts(line)
    assert (contact.name, contact.role) == (name, role)


def test_a_number_or_an_address_after_a_label_of_any_language_opens_no_contact() -> None:
    # Mongolian "Утас" (phone) and Georgian "ელ-ფოსტა" (e-mail), labels this module need not know
    [contact] = parse_contacts("Б. Туяа, хэвлэлийн ажилтан\nУтас: 7011-0000\nИ-мэйл: tuya@ngo.example")
    assert (contact.name, contact.phone, contact.email) == ("Б. Туяа", "7011-0000", "tuya@ngo.example")
    [contact] = parse_contacts("ნინო კაპანაძე, პრეს-სპიკერი\nტელ.: +995 32 255 00 00\nელ-ფოსტა: nk@fondi.example")
    assert (contact.name, contact.email) == ("ნინო კაპანაძე", "nk@fondi.example")


def test_a_markdown_contact_table_is_read_row_by_row() -> None:
    block = ("| 姓名 | 职务 | 电话 | 邮箱 |\n|---|---|---|---|\n| 李明 | 新闻发言人 | 010-5555 0101 | li@ju.example |\n"
             "| 张华 | 投资者关系经理 | 010-5555 0102 | zh@ju.example |")
    assert [(c.name, c.role, c.phone) for c in parse_contacts(block)] == [
        ("李明", "新闻发言人", "010-5555 0101"), ("张华", "投资者关系经理", "010-5555 0102")]


@pytest.mark.parametrize("line, kind", [
    ("【お問い合わせ先】", "contact"), ("□ 문의", "contact"), ("■ Media contact", "contact"),
    ("关于海川科技", "about"), ("เกี่ยวกับบริษัท", "about"), ("ფონდის შესახებ", "about"),
    ("Сангийн тухай", "about"), ("会社概要", "about"), ("ติดต่อสอบถามเพิ่มเติม", "contact"),
    ("Thông tin liên hệ báo chí:", "contact"), ("For media queries, please contact:", "contact"),
    ("Issued by Harbour Foods Berhad. For media enquiries, please contact:", "contact"),
])
def test_east_asian_and_central_asian_headings_and_headings_in_brackets(line: str, kind: str) -> None:
    found = heading(line)
    assert found is not None and found[0] == kind
    assert heading("关于此次合作，公司表示将继续投资。") is None      # a sentence opening with "关于" heads nothing


@pytest.mark.parametrize("marker", ["（完）", "完", "以上", "-끝-"])
def test_chinese_japanese_and_korean_end_markers(marker: str) -> None:
    end = split_end_matter(["市政府公布新计划。", "计划明年实施。", marker, "媒体联系", "李明\n电话：010-5555 0101"])
    assert end.body == ["市政府公布新计划。", "计划明年实施。"] and end.marker == marker
    assert split_end_matter(["以上の通り、計画を発表しました。", "詳細は後日。"]).marker is None


def test_a_word_contact_table_keeps_its_heads_when_every_cell_is_filled() -> None:
    from docx import Document

    from feeds.sources.documents import _table_blocks
    document = Document()
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate([("Отдел", "ФИО", "Телефон", "E-mail"),
                             ("Пресса", "Ольга Ли", "+7 495 555-00-01", "ol@min.example"),
                             ("Наука", "Иван Ким", "+7 495 555-00-02", "ik@min.example")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    blocks = _table_blocks(table)
    assert blocks[0] == "Отдел\nФИО\nТелефон\nE-mail"
    assert [(c.name, c.phone) for c in parse_contacts("\n\n".join(blocks))] == [
        ("Ольга Ли", "+7 495 555-00-01"), ("Иван Ким", "+7 495 555-00-02")]
    table.cell(2, 2).text = ""            # a cell left empty: the heads are left out, as before
    assert _table_blocks(table)[0] == "Пресса\nОльга Ли\n+7 495 555-00-01\nol@min.example"


def test_a_table_of_contacts_with_its_heads_closes_the_body_under_a_russian_press_service_line() -> None:
    rows = ["ФИО\nДолжность\nТелефон", "Ольга Ли\nпресс-секретарь\n+7 495 555-00-01"]
    end = split_end_matter(["Министерство открыло парк.", "Работы закончатся в мае.", *rows])
    assert end.body == ["Министерство открыло парк.", "Работы закончатся в мае."]
    assert [(c.name, c.role) for c in end.contacts] == [("Ольга Ли", "пресс-секретарь")]
    assert heading("Пресс-служба министерства") == ("contact", None)


@pytest.mark.parametrize("block, name, role, phone", [
    ("王敏　新闻发言人\n电话：010-5555 0101", "王敏", "新闻发言人", "010-5555 0101"),         # name, then job
    ("高級新聞主任 李嘉儀女士\n電話：2555 0101", "李嘉儀女士", "高級新聞主任", "2555 0101"),   # job, then name
    ("広報部 広報課\n担当：課長　佐藤 一郎\n電話：03-5555-0101（内線 21）", "佐藤 一郎", "課長",
     "03-5555-0101（内線 21）"),                                   # a department line above; "担当" is no role
    ("株式会社サンプル 広報IR部\n担当：鈴木 花子\nTEL：03-5555-0102", "鈴木 花子", None, "03-5555-0102"),
    ("홍보실 홍보팀 김하늘 팀장 (02-555-0101)", "김하늘", "팀장", "02-555-0101"),             # departments left out
    ("책임자: 과장 이도현 (02-555-0102)", "이도현", "과장", "02-555-0102"),
    ("ฝ่ายประชาสัมพันธ์ บริษัทตัวอย่าง\nนางสาวสุดา ดีงาม ผู้จัดการฝ่ายสื่อสาร\nโทร. 02-555-0101",
     "นางสาวสุดา ดีงาม", "ผู้จัดการฝ่ายสื่อสาร", "02-555-0101"),
    ("阿部 真理\n広報部\n03-5555-0100", "阿部 真理", "広報部", "03-5555-0100"),   # a family name in 部 is a name
])
def test_names_and_jobs_in_scripts_without_capitals(block: str, name: str, role: str | None, phone: str) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role, contact.phone) == (name, role, phone)


@pytest.mark.parametrize("marker, heading_line, contact, name, role, phone", [
    # Catalan: "- FI -", a contact heading, "Mòbil", a name with "i"
    ("- FI -", "Contacte de premsa", "Gabinet de Premsa de l'Ajuntament\nMarta Puig i Soler\nMòbil 600 55 01 02",
     "Marta Puig i Soler", None, "600 55 01 02"),
    # Greek: "-ΤΕΛΟΣ-" in capitals, the press office's line above the person
    ("-ΤΕΛΟΣ-", "Επικοινωνία", "Γραφείο Τύπου\nΕλένη Ζήση, Υπεύθυνη Επικοινωνίας\nΤηλ.: 210 555 0101",
     "Ελένη Ζήση", "Υπεύθυνη Επικοινωνίας", "210 555 0101"),
    # Maltese
    ("-TMIEM-", "Għal aktar informazzjoni", "Anna Vella, Uffiċjal tal-Komunikazzjoni, 7900 5501",
     "Anna Vella", "Uffiċjal tal-Komunikazzjoni", "7900 5501"),
])
def test_southern_european_end_markers_headings_and_contact_lines(marker: str, heading_line: str, contact: str,
                                                                    name: str, role: str | None, phone: str) -> None:
    end = split_end_matter(["The port opened a new quay.", "It cost 4 million.", marker, heading_line, contact])
    assert end.body == ["The port opened a new quay.", "It cost 4 million."] and end.marker == marker
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [(name, role, phone)]


@pytest.mark.parametrize("sentence, name, role, phone", [
    ("Per a més informació, podeu contactar amb Pau Riera, responsable de premsa, al telèfon 600 55 01 03 o a "
     "l'adreça premsa@club.example.", "Pau Riera", "responsable de premsa", "600 55 01 03"),
])
def test_a_catalan_contact_sentence(sentence: str, name: str, role: str, phone: str) -> None:
    end = split_end_matter(["The club presented its team.", "It plays on Sundays.", "- FI -", sentence])
    assert [(c.name, c.role, c.phone, c.email) for c in end.contacts] == [(name, role, phone, "premsa@club.example")]


@pytest.mark.parametrize("line, kind", [
    ("Σημείωση για τους συντάκτες", "notes"), ("Σημειώσεις για τους συντάκτες", "notes"),
    ("Note per le redazioni", "notes"), ("Quant a la Fundació", "about"), ("Dwar il-Fondazzjoni", "about"),
    ("Investor and media contact: Ana Lima, +56 2 2555 0100", "contact"),
])
def test_more_southern_european_headings(line: str, kind: str) -> None:
    found = heading(line)
    assert found is not None and found[0] == kind


def test_a_newswire_source_line_and_an_organisation_name_heading_its_about_text_end_the_body() -> None:
    end = split_end_matter(["The miner cut its water use.", "Results follow in March.", "SOURCE Andes Cobre S.A.",
                            "About Andes Cobre", "Andes Cobre S.A. mines copper in Chile.",
                            "Media contact: Ana Lira, Head of Communications, +56 2 2555 0100, al@cobre.example"])
    assert end.body == ["The miner cut its water use.", "Results follow in March."]
    assert [(c.name, c.role) for c in end.contacts] == [("Ana Lira", "Head of Communications")]
    assert "Andes Cobre S.A." in end.contacts[0].text          # the issuer's name is kept with the contact
    end = split_end_matter(["L'azienda apre un impianto.", "Conferma le stime.", "Carta Nord",
                            "Carta Nord S.p.A. produce carta riciclata in tre stabilimenti in Italia.", "Contatti",
                            "Ufficio stampa: Lia Neri – stampa@carta.example – +39 02 5555 0100"])
    assert end.body == ["L'azienda apre un impianto.", "Conferma le stime."]
    assert end.notes == "Carta Nord S.p.A. produce carta riciclata in tre stabilimenti in Italia."
    # a short line in the body above a paragraph that opens otherwise is no heading
    assert split_end_matter(["Apre un impianto.", "Carta Nord", "La società conferma le stime per il 2026.",
                             "Il piano resta."]).body[-1] == "Il piano resta."


def test_an_office_a_dash_and_a_contact_heading_on_one_line() -> None:
    line = ("Oficina de Prensa – Contacto: Lic. Ana Ríos, jefa de Prensa, cel. 969 555 010, prensa@muni.example")
    end = split_end_matter(["La municipalidad recuperó motos.", "Los dueños pueden reclamarlas.", line])
    assert end.body == ["La municipalidad recuperó motos.", "Los dueños pueden reclamarlas."]
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [("Lic. Ana Ríos", "jefa de Prensa", "969 555 010")]


def test_a_khmer_e_mail_label_opens_no_contact() -> None:
    [contact] = parse_contacts("លោក ចាន់ ដារ៉ា, មន្ត្រីព័ត៌មាន\nទូរស័ព្ទ: 012 555 010\nអ៊ីមែល: dara@ngo.example")
    assert (contact.name, contact.phone, contact.email) == ("លោក ចាន់ ដារ៉ា", "012 555 010", "dara@ngo.example")


@pytest.mark.parametrize("block, name, role", [
    # an agency's or a company's name above a person with a courtesy title
    ("Harbour Comms PR\nMs Lina Tan, Account Director | +65 6555 0101 | lina@hcpr.example", "Ms Lina Tan",
     "Account Director"),
    ("Kelana Agro Berhad\nMr Adam Lee\nHead, Corporate Communications\n+603 5555 0101", "Mr Adam Lee",
     "Head, Corporate Communications"),
    # a professional registration number in brackets after the name, a role as the label
    ("Assessoria de Comunicação – Secom\nJornalista responsável: Rita Lopes Prado (MTb 12.345/SP)\n"
     "Tel.: (11) 5555-0101", "Rita Lopes Prado", "Jornalista responsável"),
])
def test_the_person_under_an_organisations_line_and_a_registration_number(block: str, name: str, role: str) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role) == (name, role)
    assert block.split("\n")[0] in contact.text


def test_a_thai_media_heading_above_a_table_and_a_spanish_about_del() -> None:
    assert heading("ข้อมูลเพิ่มเติมสำหรับสื่อมวลชน") == ("contact", None)
    assert heading("Acerca del BDL") == ("about", None)


@pytest.mark.parametrize("line", ["Biuro prasowe", "Dodatkowych informacji udziela:", "Více informací",
                                  "További információ:", "Pentru informații suplimentare", "За контакти",
                                  "Kontakt za medije", "Za više informacija", "【報道関係者のお問い合わせ先】",
                                  "보도자료 문의", "للمزيد من المعلومات"])
def test_contact_headings_of_central_and_eastern_europe_and_more_east_asian_forms(line: str) -> None:
    assert heading(line) == ("contact", None)


@pytest.mark.parametrize("block, name, role", [
    ("المكتب الإعلامي\nليلى حسن\nمديرة الاتصال\nهاتف: +962 6 555 0101", "ليلى حسن", "مديرة الاتصال"),
    ("דוברות המשרד\nנועה לוי, דוברת\nטל': 03-555-0101", "נועה לוי", "דוברת"),
    ("जनसंपर्क कार्यालय\nअनिता शर्मा, प्रवक्ता\nफ़ोन: +91 11 5555 0101", "अनिता शर्मा", "प्रवक्ता"),
    ("روابط عمومی\nمریم احمدی، کارشناس رسانه\nتلفن: +98 21 5555 0101", "مریم احمدی", "کارشناس رسانه"),
])
def test_an_office_line_above_the_person_in_right_to_left_scripts_and_devanagari(block: str, name: str,
                                                                                  role: str) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role) == (name, role)


def test_an_office_line_and_a_person_line_above_closing_numbers_without_a_heading() -> None:
    end = split_end_matter(["O instituto plantou mudas.", "Vai instalar mais viveiros.",
                            "Gabinete de Comunicação e Imprensa", "Dra. Ana Lemos, Chefe do Gabinete",
                            "Telefone: +244 222 555 010 | E-mail: gci@inst.example"])
    assert end.body == ["O instituto plantou mudas.", "Vai instalar mais viveiros."]
    assert [(c.name, c.role) for c in end.contacts] == [("Dra. Ana Lemos", "Chefe do Gabinete")]


def test_more_information_heads_contacts_only_alone_with_its_colon() -> None:
    assert heading("Further information:") == ("contact", None)
    body = ["The probe woke its crew.", "More information: A. Roe et al., Torpor in Space, 2018."]
    assert split_end_matter(body).body == body        # a reference after the colon is text of the body


def test_degrees_after_a_name_then_the_role_in_brackets() -> None:
    [contact] = parse_contacts("Rina Lestari, S.I.Kom. (Kepala Bagian Humas)\nHP/WA: 0812 5550 0101")
    assert (contact.name, contact.role) == ("Rina Lestari, S.I.Kom.", "Kepala Bagian Humas")


def test_a_signature_over_two_paragraphs_with_degrees_after_the_name_closes_no_body() -> None:
    end = split_end_matter(["Kasus demam berdarah turun.", "Gerakan diperluas mulai Juli.",
                            "Kepala Dinas Kesehatan Kabupaten Contoh,", "dr. Budi Santoso, Sp.PD.",
                            "Narahubung: Rina Lestari, Kepala Seksi (0812-5550-0101)"])
    assert end.body == ["Kasus demam berdarah turun.", "Gerakan diperluas mulai Juli."]
    assert [c.name for c in end.contacts] == ["Rina Lestari"]
    # a sentence of the body ending with a comma's clause stays
    body = ["The board met.", "It said, in a statement,", "Prices will rise."]
    assert split_end_matter(body).body == body


def test_an_office_a_dash_and_a_heading_word_before_a_sentence_is_body_text() -> None:
    body = ["The clinics reopen.", "Ministry of Health – Information: the clinics open on Monday at nine.",
            "Bring your card."]
    assert split_end_matter(body).body == body


_POLISH = ["Gmina otworzyła nowy most na rzece.", "Most łączy stare miasto z dworcem i nowym osiedlem."]


@pytest.mark.parametrize("word", ["kraj", "koniec", "slut", "fi", "vége", "konec", "end", "30"])
def test_a_lone_lower_case_end_word_is_a_line_of_the_body(word: str) -> None:
    # "kraj" (Polish: "country") alone on the text's last line may be a word of the body: it ends nothing
    end = split_end_matter([*_POLISH, word])
    assert end.marker is None and end.body == [*_POLISH, word]


@pytest.mark.parametrize("marker", ["KRAJ", "Kraj", "KONIEC", "-koniec-", "- kraj -", "(slut)", "**-TMIEM-**",
                                    "КІНЕЦЬ", "- кінець -", "ΤΕΛΟΣ", "以上", "- 30 -"])
def test_an_end_word_in_capitals_or_set_apart_by_marks_ends_the_body(marker: str) -> None:
    end = split_end_matter([*_POLISH, marker, "O spółce", "Spółka Przykładowa buduje mosty od 1990 roku."])
    assert end.marker == marker.strip() and end.body == _POLISH
    assert split_end_matter([marker, *_POLISH]).marker is None          # above the text, it ends none
    assert end.notes == "Spółka Przykładowa buduje mosty od 1990 roku."


def test_a_basque_first_name_alone_is_a_signature_no_end_word() -> None:
    assert split_end_matter([*_POLISH, "Amaia"]).marker is None
    assert split_end_matter([*_POLISH, "- AMAIA -"]).marker == "- AMAIA -"


def test_russian_about_before_a_lower_case_word_heads_no_end_matter() -> None:
    # "Об условиях конкурса" ("On the terms of the contest"): a section of the body; "Об Агентстве": about the agency
    assert heading("Об условиях конкурса") is None
    assert heading("Об Агентстве") == ("about", None) and heading("О компании Nordvik") == ("about", None)


def _script(char: str) -> str:
    import unicodedata
    name = unicodedata.name(char, "?").split()[0]
    return "CJK" if name in ("CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA") else name


def test_no_word_of_the_end_matter_vocabularies_mixes_scripts() -> None:
    # a Latin "k" typed into a Cyrillic word ("kінець") matches no text: every word of every vocabulary (regular
    # expressions' escapes and character classes left out) is written in one script
    import re

    from feeds.normalise import contacts, contactwords, endmatter, endwords
    mixed = []
    for module in (endwords, contactwords, contacts, endmatter):
        for attr, value in vars(module).items():
            text = value if isinstance(value, str) else getattr(value, "pattern", None)
            if not isinstance(text, str) or attr.startswith("__"):
                continue
            text = re.sub(r"\[[^\]]*\]", " ", re.sub(r"\\[a-zA-Z]|\(\?-?i:?", " ", text))
            mixed += [(attr, w) for w in re.findall(r"[^\W\d_]+", text) if len({_script(c) for c in w}) > 1]
    assert mixed == []
    assert _script("k") != _script("к")        # the check tells the two letters apart


@pytest.mark.parametrize("paragraphs, reaches", [
    (["More information:", "Ana Ruiz, Tél. : 01 49 55 58 12"], True),        # a label of `contacts`' vocabulary
    (["More information:", "Anna Lind, p. 044 555 7120"], True),             # Finnish "p." before a number
    (["More information:", "See p. 12 of the report."], False),              # a page, no number's shape
    (["More information:", "Call +44 20 5555 0100"], True),
    (["More information:", "G. Petit et al., Nature 12 (2024), doi:10.1000/182"], False),
])
def test_end_matter_reaches_a_contact_by_one_vocabulary_of_phone_labels(paragraphs: list[str], reaches: bool) -> None:
    from feeds.normalise.endmatter import _reaches_contact
    assert _reaches_contact(paragraphs) is reaches


@pytest.mark.parametrize("line, rest", [
    ("Basın iletişimi: Ayşe Demir, Basın Sorumlusu, ayse@kurum.example",
     "Ayşe Demir, Basın Sorumlusu, ayse@kurum.example"),
    ("Basın iletişimi", None),                                              # Turkish: "press contact" (possessive)
    ("לפרטים: נועה כהן, דוברת, 03-5550101", "נועה כהן, דוברת, 03-5550101"),   # Hebrew: "for details"
    ("যোগাযোগ: রহিম উদ্দিন, ০১৭১১-০০০০০০", "রহিম উদ্দিন, ০১৭১১-০০০০০০"),     # Bengali: "contact"
    ("Investors: Jan Smit, Investor Relations, +31 20 555 0100", "Jan Smit, Investor Relations, +31 20 555 0100"),
])
def test_contact_headings_before_their_contact_on_one_line(line: str, rest: str | None) -> None:
    assert heading(line) == ("contact", rest)


def test_a_bengali_about_heading_after_the_name_and_bengali_phone_labels() -> None:
    assert heading("নদী সংরক্ষণ সমিতি সম্পর্কে") == ("about", None)       # "about the River Society"
    [contact] = parse_contacts("রহিম উদ্দিন, তথ্য কর্মকর্তা, মোবাইল: ০১৭১১-১২৩৪৫৬, ইমেইল: rahim@samity.example")
    assert (contact.name, contact.role, contact.phone) == ("রহিম উদ্দিন", "তথ্য কর্মকর্তা", "০১৭১১-১২৩৪৫৬")


def test_initials_in_a_script_without_capitals_are_no_note() -> None:
    from feeds.normalise.endmatter import read_end_matter
    assert read_end_matter(["एसके/आरटी"])[0] == ""
    assert read_end_matter(["SK/RT/JS"])[0] == ""


def test_a_contact_box_printed_twice_by_a_page_is_no_note() -> None:
    # the article text held the box's lines as paragraphs, then the box came again under its heading
    from feeds.normalise.endmatter import read_end_matter
    notes, contacts = read_end_matter(["Über Beispiel Brückenbau", "Die Beispiel AG baut Brücken seit 1950.",
                                       "Ana Ruiz", "Telefon: +49 711 555 0100", "Pressekontakt",
                                       "Ana Ruiz\nTelefon: +49 711 555 0100"])
    assert notes == "Die Beispiel AG baut Brücken seit 1950."
    assert [(c.name, c.phone) for c in contacts] == [("Ana Ruiz", "+49 711 555 0100")]
    # a note that is a sentence stays a note, whatever the contacts hold
    notes, _ = read_end_matter(["Notes to editors", "Interviews with Ana Ruiz are possible.", "Media contact",
                                "Interviews with Ana Ruiz are possible.\nAna Ruiz\n+49 711 555 0100"])
    assert notes == "Interviews with Ana Ruiz are possible."


def test_a_name_with_its_abbreviated_title_in_devanagari_closes_the_release_with_its_contact() -> None:
    # "डॉ." ("Dr.") before the name, the job on the next line, "मो." ("mobile") before the number
    end = split_end_matter(["नगर निगम ने नया पार्क खोला।", "पार्क सुबह छह बजे खुलेगा।", "डॉ. अनीता शर्मा",
                            "जनसंपर्क अधिकारी", "मो. 98765 43210"])
    assert end.body == ["नगर निगम ने नया पार्क खोला।", "पार्क सुबह छह बजे खुलेगा।"]
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [("डॉ. अनीता शर्मा", "जनसंपर्क अधिकारी", "98765 43210")]


@pytest.mark.parametrize("block, name, role", [
    ("Public Relations Officer\nJan Bode\nTel. 0511 555 0100", "Jan Bode", "Public Relations Officer"),
    ("ترجمان بلدیہ\nسلیم احمد\nفون: 042-5550100", "سلیم احمد", "ترجمان بلدیہ"),     # Urdu: "spokesperson of ..."
    ("Polizei Hannover\nJan Bode\nTel. 0511 555 0100", "Jan Bode", None),          # an office above: no role
])
def test_a_job_line_above_a_person_is_the_role(block: str, name: str, role: str | None) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role) == (name, role)


def test_a_contact_block_with_a_labelled_number_and_no_address_after_an_end_marker_is_a_contact() -> None:
    end = split_end_matter(["The council opened a bridge.", "It cost 6 million.", "***",
                            "Press Officer\nJan Bode\nTel. 0511 555 0100"])
    assert end.notes == "" and [(c.name, c.role) for c in end.contacts] == [("Jan Bode", "Press Officer")]
    # short lines that end sentences are notes, a number among them or not
    end = split_end_matter(["The council opened a bridge.", "It cost 6 million.", "***",
                            "The bridge is open daily.\nThe hotline is tel. 0511 555 0100."])
    assert end.notes and end.contacts == ()


def test_a_contact_sentence_naming_an_office_after_the() -> None:
    [contact] = parse_contacts("For media enquiries please contact the Harbour Council press office on 01632 960 000 "
                               "or email press@harbour.example.")
    assert (contact.name, contact.phone) == ("Harbour Council press office", "01632 960 000")


def test_a_role_with_its_department_after_a_hyphen_stays_whole() -> None:
    [contact] = parse_contacts("Mr. Ravi Menon, General Manager - Public Affairs\nTel: +91 22 5555 0100 | "
                               "Email: ravi@port.example")
    assert (contact.name, contact.role, contact.phone) == ("Mr. Ravi Menon", "General Manager - Public Affairs",
                                                           "+91 22 5555 0100")
    # fields set apart by dashes, with no comma after the name, are still read one by one
    [contact] = parse_contacts("Camille Blanc – Agence Nord – camille@nord.example – 06 55 00 11 22")
    assert (contact.name, contact.role) == ("Camille Blanc", "Agence Nord")


@pytest.mark.parametrize("line, kind", [
    ("Media contact / Contact médias", "contact"),                # a bilingual release's headings
    ("Notes to editors | Notes aux rédactions", "notes"),
    ("For more information / Pour plus d’informations:", "contact"),
    ("Pour plus d’information", "contact"),                      # a typographic apostrophe
    ("Para más información, contacte a:", "contact"),            # a heading and a verb of contacting
    ("For further information, please call:", "contact"),
    ("Lisätietoja antaa:", "contact"),                           # Finnish: "more information is given by"
    ("Ytterligare information lämnas av", "contact"),
    ("Nánari upplýsingar veitir:", "contact"),                   # Icelandic
    ("Lisainfo", "contact"), ("Papildu informācija", "contact"), ("Daugiau informacijos:", "contact"),
    ("Vir meer inligting", "contact"), ("Don ƙarin bayani", "contact"), ("ለተጨማሪ መረጃ", "contact"),
    ("Um Veðurstofan", "about"), ("Apie Lietuvos fondą", "about"), ("Par uzņēmumu", "about"),
    ("Oor die Waterraad", "about"), ("Game da Hukumar", "about"), ("Nota aan redakteurs", "notes"),
    ("Piezīmes redaktoriem", "notes"),
])
def test_headings_of_bilingual_releases_and_more_languages(line: str, kind: str) -> None:
    found = heading(line)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("line", ["The plan / Le plan", "Notes / Contact", "Par Jean Dupont", "Oor die algemeen",
                                  "Um þetta leyti", "For more information contact Jane Doe on 0123 555 0100."])
def test_lines_like_those_headings_that_head_nothing(line: str) -> None:
    assert heading(line) is None


@pytest.mark.parametrize("block, name, role, phone, email", [
    ("Jón Jónsson, upplýsingafulltrúi\nSími: 555 0100\nNetfang: jon@stofnun.example",        # Icelandic labels
     "Jón Jónsson", "upplýsingafulltrúi", "555 0100", "jon@stofnun.example"),
    ("Thandi Nkosi, Mediaskakel\nSel: 082 555 0100\nE-pos: thandi@raad.example",             # Afrikaans
     "Thandi Nkosi", "Mediaskakel", "082 555 0100", "thandi@raad.example"),
    ("Anna Bērziņa, preses sekretāre\ntālr. 6755 0100\nanna@ministrija.example",             # Latvian
     "Anna Bērziņa", "preses sekretāre", "6755 0100", "anna@ministrija.example"),
    ("አበበ ከበደ\nስልክ: +251 11 555 0100\nabebe@office.example",                              # Amharic, Ethiopic script
     "አበበ ከበደ", None, "+251 11 555 0100", "abebe@office.example"),
])
def test_phone_and_email_labels_of_nordic_baltic_and_african_languages(block: str, name: str, role: str | None,
                                                                       phone: str, email: str) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role, contact.phone, contact.email) == (name, role, phone, email)


def test_a_lone_end_word_of_a_baltic_language_in_capitals_ends_the_body() -> None:
    assert split_end_matter([*_POLISH, "BEIGAS"]).marker == "BEIGAS"
    assert split_end_matter([*_POLISH, "beigas"]).marker is None


_FINNISH = ["Kaupunki avasi uuden sillan.", "Silta maksoi kuusi miljoonaa euroa."]


@pytest.mark.parametrize("last, contact", [
    # "more information is given by" before the person, on the release's last line (Finnish, Swedish, Icelandic)
    ("Lisätietoja antaa viestintäpäällikkö Liisa Koski, puh. 040 555 0101", ("Liisa Koski", "viestintäpäällikkö",
                                                                             "040 555 0101")),
    ("Ytterligare information lämnas av Per Holm, presschef, tel. 08-555 100 20", ("Per Holm", "presschef",
                                                                                   "08-555 100 20")),
    ("Nánari upplýsingar veitir Sigrún Jónsdóttir, upplýsingafulltrúi, í síma 555 0101.",
     ("Sigrún Jónsdóttir", "upplýsingafulltrúi", "555 0101")),
])
def test_a_closing_line_of_more_information_given_by_a_person_is_a_contact(last: str, contact: tuple) -> None:
    end = split_end_matter([*_FINNISH, last])
    assert end.body == _FINNISH and [(c.name, c.role, c.phone) for c in end.contacts] == [contact]


def test_labels_in_two_languages_are_no_name() -> None:
    [contact] = parse_contacts("Service des médias\n"
                               "Tel./Tél. : +1 613 555 0101 | Email/Courriel : media@bureau.example")
    assert (contact.phone, contact.email) == ("+1 613 555 0101", "media@bureau.example")
    assert "Tel" not in (contact.name or "") and "Email" not in (contact.role or "")


@pytest.mark.parametrize("line, kind", [
    ("Journalists seeking more information may contact:", "contact"),   # a line asking the media to contact
    ("For interviews, please contact:", "contact"),
    ("Les journalistes peuvent contacter :", "contact"),
    ("Los medios pueden contactar a:", "contact"),
    ("Cellule de communication", "contact"), ("Personne à contacter :", "contact"),
    ("Gabinete de Imprensa", "contact"), ("للاتصال", "contact"),
    ("Anyone with information should contact:", None),     # the public's helplines below: the text's own
    ("He said they would contact:", None),
])
def test_lines_asking_the_media_to_contact_and_african_press_offices(line: str, kind: str | None) -> None:
    found = heading(line)
    assert (found[0] if found else None) == kind


def test_an_office_named_in_two_languages_is_one_name() -> None:
    [contact] = parse_contacts("Press Office / Bureau de presse\nLakes Agency / Agence des lacs\n613-555-0101\n"
                               "press@lakes.example")
    assert (contact.name, contact.role, contact.phone) == ("Press Office / Bureau de presse", None, "613-555-0101")
    # two people reached at one number stay two contacts
    assert [c.name for c in parse_contacts("Anne Roy / Paul Roy\n613-555-0102")] == ["Anne Roy", "Paul Roy"]


def test_a_role_in_two_languages_after_the_name_stays_whole() -> None:
    [contact] = parse_contacts("Marie Roy, Press Officer / Attachée de presse\n613-555-0101 | marie@lakes.example")
    assert (contact.name, contact.role) == ("Marie Roy", "Press Officer / Attachée de presse")
    [contact] = parse_contacts("Marie Roy, Press Officer / Paul Roy, Director\n613-555-0101")
    assert (contact.name, contact.role) == ("Marie Roy", "Press Officer")      # a second person is no role


def test_a_sentence_after_a_word_that_may_head_contacts_ends_no_body() -> None:
    body = ["The company reported its results.", "Revenue rose 10 percent.",
            "Investors: the shares rose 5 percent after the announcement, analysts said.", "Trading closes at five."]
    assert split_end_matter(body).body == body
    end = split_end_matter([*body[:2], "Media: Jane Doe, press officer, on 0123 555 0100."])
    assert end.body == body[:2] and [c.name for c in end.contacts] == ["Jane Doe"]


def test_latvian_about_before_a_legal_form_swahili_contact_and_mobile_labels() -> None:
    assert heading("Par AS Rīgas Ūdens") == ("about", None) and heading("Par Jean Dupont") is None
    assert heading("Kwa mawasiliano zaidi") == ("contact", None)
    [contact] = parse_contacts("Ana Costa, assessora de imprensa, telemóvel 912 345 678")
    assert (contact.name, contact.role, contact.phone) == ("Ana Costa", "assessora de imprensa", "912 345 678")


def test_a_number_a_printed_page_wrapped_after_its_label_and_first_groups_is_joined() -> None:
    [contact] = parse_contacts("Mme Marie Roy, attachée de presse, tél. 555 22\n41, presse@ministere.example")
    assert (contact.role, contact.phone) == ("attachée de presse", "555 22 41")
    # a postcode or a year opening the next line is no part of the number
    assert parse_contacts("Jan Bode, Tel. 0511\n2024 war ein gutes Jahr") == []


def test_an_address_a_narrow_cell_wrapped_is_joined_again() -> None:
    [contact] = parse_contacts("Rosa Lima\nimprensa@ong-rio.e xample\n(21) 99555-0101")
    assert (contact.name, contact.role, contact.email) == ("Rosa Lima", None, "imprensa@ong-rio.example")
    # a whole address, then a word: no part of it
    [contact] = parse_contacts("Ana Ruiz\nana@port.es or +34 91 555 0101")
    assert contact.email == "ana@port.es"


@pytest.mark.parametrize("marker", ["ENDS / FIN", "-30- / -30-", "- END - / - FIN -"])
def test_the_end_markers_of_a_bilingual_release_on_one_line_end_the_body(marker: str) -> None:
    end = split_end_matter([*_POLISH, marker, "Media contact / Contact médias", "Ana Ruiz, +1 613 555 0101"])
    assert end.body == _POLISH and end.marker == marker
    assert split_end_matter([*_POLISH, "kraj / koniec"]).marker is None        # lower-case words alone: the text's
