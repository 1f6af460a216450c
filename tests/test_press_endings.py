"""How a press release ends, in more of the world's conventions: end markers of more languages, signature blocks
that close the body ("Signed", "Fait à ..., le ...", a name over its title in capitals), contact headings, labels
and contact sentences of African languages, Ethiopic punctuation, and contact lines' numbers and roles as written.
Every text here is hand-made (no copy of an evaluation file)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from feeds.config import SourceConfig
from feeds.normalise import normalise
from feeds.normalise.classifier import Classifier
from feeds.normalise.contacts import parse_contacts
from feeds.normalise.endmatter import split_end_matter
from feeds.sources.formats import release_from_markdown

BODY = ["Headline of the day", "The office opened a new clinic on Monday.", "It will serve four villages."]


@pytest.mark.parametrize("marker", ["– KARSHE –", "-Ó PARÍ-", "– Ìparí –", "-PHELA-", "//", "/ENDS", "/ENDS/",
                                    "-අවසානය-", "- முற்றும் -", "-শেষ-"])
def test_end_markers_of_hausa_yoruba_zulu_and_ethiopian_offices_end_the_body(marker: str) -> None:
    end = split_end_matter([*BODY, marker, "Bayani: the clinic has 12 beds."])
    assert end.marker == marker
    assert end.body == BODY
    assert end.notes == "Bayani: the clinic has 12 beds."


@pytest.mark.parametrize("line", ["phela", "30/", "and/or"])
def test_a_lower_case_end_word_alone_or_a_slash_after_a_word_is_still_text(line: str) -> None:
    end = split_end_matter([*BODY, line])
    assert end.marker is None and end.body[-1] == line


@pytest.mark.parametrize("closing", [
    ["Signed", "Kofi Boateng\nDirector, Public Affairs\nFor: Chairman, River Basin Board"],
    ["Sa hannu:", "Musa Lawal Garba", "Jami'in Yaɗa Labarai"],
    ["Fait à Lomé, le 4 mai 2026", "Pour le Bureau,\nLe Secrétaire général\n(Signé)\nKomi AGBEKO"],
    ["DIRCOM, aos 7 de Março de 2026."],
    ["Unity and Service", "Supt Mary Akello Obong\nREGIONAL POLICE SPOKESPERSON"],
])
def test_a_signature_block_closes_no_body(closing: list[str]) -> None:
    end = split_end_matter([*BODY, *closing])
    assert end.body == BODY
    assert end.notes == "" and end.contacts == ()


def test_a_short_closing_line_without_a_signature_stays_in_the_body() -> None:
    end = split_end_matter([*BODY, "Unity and Service"])
    assert end.body == [*BODY, "Unity and Service"]


def test_a_signature_block_above_a_hausa_contact_sentence() -> None:
    end = split_end_matter([*BODY, "Sa hannu:", "Musa Lawal Garba", "Jami'in Yaɗa Labarai",
                            "Don ƙarin bayani, a tuntuɓi Malama Zainab Idris Bello, Jami'ar Yaɗa Labarai, ta lambar "
                            "waya 0803 000 1122 ko ta imel zainab@hukuma.example."])
    assert end.body == BODY
    [contact] = end.contacts
    assert (contact.name, contact.role, contact.email, contact.phone) == (
        "Malama Zainab Idris Bello", "Jami'ar Yaɗa Labarai", "zainab@hukuma.example", "0803 000 1122")


def test_a_yoruba_contact_sentence_after_the_end_marker() -> None:
    end = split_end_matter([*BODY, "-Ó PARÍ-", "Fún àlàyé síwájú sí i, ẹ kàn sí Ọ̀gbẹ́ni Dàpọ̀ Akínwándé, Alákòóso "
                            "Ìròyìn, ní +234 803 000 1199 tàbí dapo@ajo.example."])
    [contact] = end.contacts
    assert (contact.name, contact.role, contact.email, contact.phone) == (
        "Ọ̀gbẹ́ni Dàpọ̀ Akínwándé", "Alákòóso Ìròyìn", "dapo@ajo.example", "+234 803 000 1199")


@pytest.mark.parametrize("heading", ["Ẹ kàn sí:", "Eminye imininingwane:", "Mawasiliano kwa wanahabari"])
def test_contact_headings_of_yoruba_zulu_and_swahili(heading: str) -> None:
    end = split_end_matter([*BODY, heading, "Neo Dube – Media Officer – +27 11 000 0001 – neo@metro.example"])
    assert end.body == BODY and end.notes == ""
    [contact] = end.contacts
    assert (contact.name, contact.role, contact.phone) == ("Neo Dube", "Media Officer", "+27 11 000 0001")


def test_yoruba_phone_and_email_labels_are_no_name() -> None:
    [contact] = parse_contacts("Arábìnrin Bọ́lá Àdìgún\nAkọ̀wé Ìròyìn\nFóònù: 0805 000 7788\nÍmeèlì: bola@ajo.example")
    assert (contact.name, contact.role, contact.phone) == ("Arábìnrin Bọ́lá Àdìgún", "Akọ̀wé Ìròyìn", "0805 000 7788")


def test_amharic_contacts_with_the_ethiopic_colon_and_comma() -> None:
    end = split_end_matter([*BODY, "//", "ለተጨማሪ መረጃ፡\nወ/ሮ አበባ ከበደ፣ የኮሙኒኬሽን ኃላፊ\nስልክ፡ +251 11 000 2233\n"
                            "ኢሜይል፡ info@biro.example"])
    assert end.body == BODY and end.notes == ""
    [contact] = end.contacts
    assert (contact.name, contact.role, contact.email, contact.phone) == (
        "ወ/ሮ አበባ ከበደ", "የኮሙኒኬሽን ኃላፊ", "info@biro.example", "+251 11 000 2233")


def test_a_job_then_the_person_holding_it_in_a_contact_sentence() -> None:
    end = split_end_matter([*BODY, "For further information, reporters may contact the Deputy Press Secretary, "
                            "Capt. Ana Reyes, on +63 2 8000 0000 or by email at ana@office.example."])
    assert end.body == BODY
    [contact] = end.contacts
    assert (contact.name, contact.role, contact.email, contact.phone) == (
        "Capt. Ana Reyes", "Deputy Press Secretary", "ana@office.example", "+63 2 8000 0000")


def test_a_bracketed_country_code_keeps_its_opening_bracket() -> None:
    [contact] = parse_contacts("M. Ali Ben Salah, attaché de presse\nTél. : (+216) 70 000 111\nali@office.example")
    assert contact.phone == "(+216) 70 000 111"
    [other] = parse_contacts("Jo Bloggs (+44 20 7946 0000)\njo@office.example")
    assert other.phone == "+44 20 7946 0000"


def test_a_job_word_and_its_colon_are_one_role() -> None:
    [contact] = parse_contacts("Thandi Mokoena\nHead: Public Relations\nTel: +27 11 000 0000\nthandi@bank.example")
    assert contact.role == "Head: Public Relations"
    [ranked] = parse_contacts("Director: Jan Bode\nTel. 0511 000000")
    assert (ranked.name, ranked.role) == ("Jan Bode", "Director")


@pytest.mark.parametrize("signature", ["Le Directeur,\n(é) Pr Paul-Henri Mbida Ondoa",
                                       "Dr Kwame Asante-Boadu\nGOVERNOR AND CHAIRPERSON, FINANCE BOARD"])
def test_a_signature_after_the_end_marker_is_no_note(signature: str) -> None:
    end = split_end_matter([*BODY, "-FIN-", signature, "Note to Editors\nThe board meets every quarter."])
    assert end.body == BODY
    assert end.notes == "The board meets every quarter."


def test_a_contact_heading_closing_a_pdf_paragraph_of_a_signature_heads_the_contacts() -> None:
    end = split_end_matter([*BODY, "Fait à Goma, le 2 avril 2026\nPour le Bureau,\nLe Secrétaire\n(sé)\nMe Jules "
                            "Kasongo Ilunga\nContacts presse :",
                            "Cellule de communication – Mme Christelle Mbuyi Kalala, chargée de presse "
                            "+243 81 000 0001 – presse@bureau.example"])
    assert end.body == BODY and end.notes == ""
    [contact] = end.contacts
    assert (contact.name, contact.role, contact.phone) == ("Mme Christelle Mbuyi Kalala", "chargée de presse",
                                                           "+243 81 000 0001")


def test_a_paragraph_whose_last_words_only_look_like_a_heading_stays_whole() -> None:
    para = "The minister thanked the\nmedia"
    assert split_end_matter([*BODY, para]).body == [*BODY, para]


def test_a_printed_web_pages_share_bar_news_list_and_footer_are_no_notes() -> None:
    end = split_end_matter([*BODY, "###", "About Harbour Trust", "Harbour Trust restores the bay's wetlands.",
                            "Latest news", "Otters return to the bay\nNew board chair elected",
                            "Share: Facebook X WhatsApp LinkedIn E-mail", "© 2026 Harbour Trust – Port Ellery",
                            "Privacy · Contact · RSS"])
    assert end.notes == "Harbour Trust restores the bay's wetlands."


def test_a_note_that_is_a_sentence_after_a_news_heading_is_kept() -> None:
    end = split_end_matter([*BODY, "###", "About Harbour Trust", "Harbour Trust restores the bay's wetlands.",
                            "Latest news", "The trust will publish its survey in June."])
    assert end.notes.endswith("The trust will publish its survey in June.")


@pytest.mark.parametrize("line, name, role", [
    ("Formand Jens Kløvedal, tlf. 40 00 11 22", "Jens Kløvedal", "Formand"),
    ("Adm. direktør Eva Bjerre Holm, tlf. 40 00 11 23", "Eva Bjerre Holm", "Adm. direktør"),
    ("Administrerende direktør Ola Nordby, tlf. 900 11 223", "Ola Nordby", "Administrerende direktør"),
    ("Пресс-секретарь Анна Ким, тел.: +7 700 000 11 22", "Анна Ким", "Пресс-секретарь"),
    ("kommunikationschef Lars Öberg, tfn 070-000 11 22", "Lars Öberg", "kommunikationschef"),
])
def test_a_job_written_before_the_name_is_the_role(line: str, name: str, role: str) -> None:
    [contact] = parse_contacts(line)
    assert (contact.name, contact.role) == (name, role)


def test_a_two_word_name_with_a_capital_is_still_one_person() -> None:
    [contact] = parse_contacts("Marta Ruiz, tlf. 40 00 11 24")
    assert (contact.name, contact.role) == ("Marta Ruiz", None)


def test_a_role_label_before_the_next_persons_name_opens_a_contact() -> None:
    contacts = parse_contacts("Spokesperson: Ines Vandamme\n+32 2 000 11 22\nines@union.example\n"
                              "Press officer: Marko Horvat\n+32 2 000 11 33\nmarko@union.example")
    assert [(c.name, c.role, c.phone) for c in contacts] == [("Ines Vandamme", "Spokesperson", "+32 2 000 11 22"),
                                                             ("Marko Horvat", "Press officer", "+32 2 000 11 33")]


def test_a_role_in_full_width_brackets_after_a_chinese_name() -> None:
    [contact] = parse_contacts("王芳（新闻官）\n电话：+86 10 0000 1122\n电邮：wang@zuzhi.example")
    assert (contact.name, contact.role) == ("王芳", "新闻官")


@pytest.mark.parametrize("heading", ["新闻联系人", "Контактное лицо для СМИ:"])
def test_contact_headings_of_chinese_and_russian(heading: str) -> None:
    end = split_end_matter([*BODY, heading, "Анна Ким, пресс-секретарь, тел. +7 700 000 11 22, anna@vedomstvo.example"])
    assert end.body == BODY and end.notes == ""
    assert [c.name for c in end.contacts] == ["Анна Ким"]


def test_a_person_listed_again_with_the_same_number_and_address_is_one_contact() -> None:
    contacts = parse_contacts("toimitusjohtaja Aino Lehto, puh. 040 000 1122\n\n"
                              "verkställande direktör Aino Lehto, puh. 040 000 1122\n\n"
                              "viestintäpäällikkö Aino Lehto, puh. 040 000 3344")
    assert [(c.name, c.role, c.phone) for c in contacts] == [("Aino Lehto", "toimitusjohtaja", "040 000 1122"),
                                                             ("Aino Lehto", "viestintäpäällikkö", "040 000 3344")]


def test_an_office_and_street_address_line_is_not_the_person() -> None:
    [contact] = parse_contacts("Press Office, Kenyatta Avenue, Kisumu\nAchieng Otieno, Senior Press Officer\n"
                               "+254 57 000 1122\npress@office.example")
    assert (contact.name, contact.role) == ("Achieng Otieno", "Senior Press Officer")


def test_two_numbers_a_bar_apart_on_one_line_are_the_phone_as_written() -> None:
    [contact] = parse_contacts("Achieng Otieno, Press Officer\n+254 57 000 1122 Ext. 310 | +254 722 000 333\n"
                               "press@office.example")
    assert contact.phone == "+254 57 000 1122 Ext. 310 | +254 722 000 333"
    [other] = parse_contacts("Achieng Otieno, Press Officer\n+254 57 000 1122\n+254 722 000 333")
    assert other.phone == "+254 57 000 1122"          # a number on each line: the first (lines are no one line)


def test_a_pdf_tables_wrapped_cells_after_their_row_end_its_cells() -> None:
    block = ("Name\nPosition\nTelephone\nEmail\n"
             "Kojo Mensah-\nCommunications\n+233 20 000 1122\nkojo@relief.example\nAppiah\nOfficer\n"
             "Efua Sam\nDistrict Lead, Ho\n+233 24 000 3344\nefua@relief.example\n\n"
             "The charity is registered with the Registrar (No. 1234).")
    assert [(c.name, c.role, c.phone) for c in parse_contacts(block)] == [
        ("Kojo Mensah-Appiah", "Communications Officer", "+233 20 000 1122"),
        ("Efua Sam", "District Lead, Ho", "+233 24 000 3344")]


def test_a_sentence_below_a_signature_line_keeps_both_in_the_body() -> None:
    closing = ["Fait à Lomé, le 4 mai 2026", "La séance est ouverte au public."]
    assert split_end_matter([*BODY, *closing]).body == [*BODY, *closing]


def test_a_line_of_dotted_words_alone_is_kept_as_a_note() -> None:
    end = split_end_matter([*BODY, "###", "Notes to editors", "The survey ran in May.", "Kenya · Uganda · Rwanda"])
    assert end.notes == "The survey ran in May.\n\nKenya · Uganda · Rwanda"


def test_a_wrapped_sentence_ending_in_contact_and_a_colon_is_no_heading() -> None:
    para = "For details on the new clinic, please\ncontact:"
    end = split_end_matter([*BODY, para, "Dr Amina Yusuf, +234 803 000 1122"])
    assert end.body == [*BODY, para]


@pytest.mark.parametrize("heading", ["За повече информация:", "Kontakt pre médiá", "Për më shumë informacion:",
                                     "Əlavə məlumat üçün:"])
def test_contact_headings_of_the_balkans_slovakia_and_the_caucasus(heading: str) -> None:
    end = split_end_matter([*BODY, "- КРАЙ -", heading, "Ivana Petrova, +359 2 000 1122, ivana@agency.example"])
    assert end.marker == "- КРАЙ -" and end.body == BODY and end.notes == ""
    assert [c.name for c in end.contacts] == ["Ivana Petrova"]


def test_a_persons_contact_line_under_an_about_heading_is_a_contact() -> None:
    end = split_end_matter([*BODY, "###", "About Coast Aid", "Coast Aid helps fishing villages after storms.",
                            "Halima Juma – Media Officer – +254 733 000 111 – halima@coastaid.example"])
    assert end.notes == "Coast Aid helps fishing villages after storms."
    assert [(c.name, c.role) for c in end.contacts] == [("Halima Juma", "Media Officer")]
    kept = split_end_matter([*BODY, "###", "About Coast Aid", "Coast Aid helps villages.",
                             "Write to aid@coast.example."])
    assert kept.notes == "Coast Aid helps villages.\n\nWrite to aid@coast.example." and kept.contacts == ()


def test_a_second_versions_text_in_the_contact_section_names_no_one() -> None:
    contacts = parse_contacts("toimitusjohtaja Aino Lehto, puh. 040 000 1122\n"
                              "viestintäpäällikkö Eero Salo, puh. 050 000 3344, eero@vesi.example\n\n"
                              "Bygget av den nya vattenverket i Lojo inleds under våren nästa år enligt planen\n"
                              "Samkommunen har godkänt planen för det nya verket, som kostar 70 miljoner euro.\n\n"
                              "verkställande direktör Aino Lehto, tfn 040 000 1122\n"
                              "kommunikationschef Eero Salo, tfn 050 000 3344, eero@vesi.example")
    assert [(c.name, c.role, c.phone) for c in contacts] == [("Aino Lehto", "toimitusjohtaja", "040 000 1122"),
                                                             ("Eero Salo", "viestintäpäällikkö", "050 000 3344")]
    assert "Samkommunen har godkänt" in contacts[1].text       # kept in the text, not lost


@pytest.mark.parametrize("about", [
    "O Moravské knihovně", "O društvu", "O fondaciji", "O Adriatici Hoteli", "За „Синя река“", "За нас",
    "Rreth Shoqatës “Ura”", "Rreth nesh", "Ege Sahne Topluluğu Hakkında", "İzmir Opera Hakkında", "Şirket Hakkında",
    "Fond haqqında", "누리전자 개요",
])
def test_about_headings_of_central_and_eastern_europe_the_caucasus_and_korea(about: str) -> None:
    end = split_end_matter([*BODY, about, "The club was founded in 1990."])
    assert end.body == BODY
    assert end.notes == "The club was founded in 1990."


@pytest.mark.parametrize("heading", ["Napomena za urednike", "A szerkesztők figyelmébe:", "Бележки към редакторите",
                                     "Shënim për redaktorët"])
def test_notes_headings_of_more_languages(heading: str) -> None:
    end = split_end_matter([*BODY, heading, "The figures are provisional."])
    assert end.body == BODY and end.notes == "The figures are provisional."


@pytest.mark.parametrize("line", ["O Programa", "O Presidente", "O Museu", "O Brasil", "За съжаление"])
def test_a_portuguese_article_or_a_bulgarian_for_before_a_common_word_heads_nothing(line: str) -> None:
    end = split_end_matter([*BODY, line, "It will open in May."])
    assert end.body == [*BODY, line, "It will open in May."]


@pytest.mark.parametrize("heading", ["رابطہ برائے میڈیا:", "\u0db8\u0dcf\u0db0\u0dca\u200d\u0dba විමසීම්:",
                                     "ஊடகத் தொடர்பு:", "सम्पर्क:"])
def test_contact_headings_of_south_asian_languages(heading: str) -> None:
    end = split_end_matter([*BODY, "-END-", heading, "Ravi Perera, +94 11 255 0000"])
    assert end.body == BODY and end.notes == ""
    assert [c.phone for c in end.contacts] == ["+94 11 255 0000"]


@pytest.mark.parametrize("block, expected", [
    ("Ime i prezime\nIvana Perić\nFunkcija\nglasnogovornica\nTelefon\n051 555 300\nE-pošta\nivana@grad.example",
     ("Ivana Perić", "glasnogovornica", "051 555 300")),
    ("Meno\nMgr. Peter Novák\nFunkcia\nhovorca mesta\nTelefón\n+421 2 555 0101",
     ("Mgr. Peter Novák", "hovorca mesta", "+421 2 555 0101")),
    ("নাম\nসাদিয়া রহমান\nপদবি\nজনসংযোগ কর্মকর্তা\nমোবাইল\n০১৭০০-০০০১১১",
     ("সাদিয়া রহমান", "জনসংযোগ কর্মকর্তা", "০১৭০০-০০০১১১")),
])
def test_a_contact_table_of_labels_and_values_in_more_languages(block: str, expected: tuple[str, str, str]) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role, contact.phone) == expected


def test_a_markdown_contact_table_headed_by_who_is_in_charge_and_the_name() -> None:
    block = "| 담당 | 성명 | 전화 |\n|---|---|---|\n| 홍보실 과장 | 박지훈 | 02-555-0100 |"
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role, contact.phone) == ("박지훈", "홍보실 과장", "02-555-0100")


def test_an_azerbaijani_contact_heading_ends_the_notes() -> None:
    end = split_end_matter([*BODY, "Fond haqqında", "The fund was set up in 2001.", "Əlaqə",
                            "Leyla Məmmədova, +994 12 555 00 11"])
    assert end.notes == "The fund was set up in 2001."
    assert [c.name for c in end.contacts] == ["Leyla Məmmədova"]


@pytest.mark.parametrize("block, expected", [
    ("Kovács Anna sajtóügyi vezető\nTelefon: +36 1 555 0000", ("Kovács Anna", "sajtóügyi vezető", "+36 1 555 0000")),
    ("Oficer prasowy Komendy Miejskiej\nJan Wiśniewski\ntel. 22 555 10 10",
     ("Jan Wiśniewski", "Oficer prasowy Komendy Miejskiej", "22 555 10 10")),
    ("Dodatkowych informacji udziela Ewa Lis, rzecznik prasowy, tel. 22 555 20 20.",
     ("Ewa Lis", "rzecznik prasowy", "22 555 20 20")),
    ("Více informací poskytne Petr Malý, tiskový mluvčí, tel. 222 555 000.",
     ("Petr Malý", "tiskový mluvčí", "222 555 000")),
    ("Rita Souza, assessora de imprensa, pelo telefone (11) 5555-0000 ou pelo e-mail rita@rede.example.",
     ("Rita Souza", "assessora de imprensa", "(11) 5555-0000")),
])
def test_a_job_after_the_name_or_above_it_and_verbs_of_giving_information(block: str,
                                                                          expected: tuple[str, str, str]) -> None:
    [contact] = parse_contacts(block)
    assert (contact.name, contact.role, contact.phone) == expected


def test_a_name_before_lower_case_words_that_are_no_job_keeps_them() -> None:
    [contact] = parse_contacts("Ivan Horvat iz ureda\nTelefon: 01 555 0000")
    assert contact.role is None


def test_an_about_heading_of_capitalised_words_above_text_opening_with_a_year() -> None:
    end = split_end_matter([*BODY, "Ege Sahne Topluluğu Hakkında\n1987 yılında kurulan topluluk 40 oyun sahneledi."])
    assert end.body == BODY and end.notes == "1987 yılında kurulan topluluk 40 oyun sahneledi."
    wrapped = "About 300 people came to the\n2024 fair on the first day."
    assert split_end_matter([*BODY, wrapped]).body == [*BODY, wrapped]


def test_an_office_line_above_a_closing_contact_without_heading_is_no_body() -> None:
    end = split_end_matter([*BODY, "Basın ve Halkla İlişkiler Birimi", "Dr. Elif Kaya, Koordinatör",
                            "Tel: +90 312 555 00 00"])
    assert end.body == BODY
    [contact] = end.contacts
    assert (contact.name, contact.role) == ("Dr. Elif Kaya", "Koordinatör")


def test_a_bracketed_release_reference_closing_the_notes_is_no_note() -> None:
    end = split_end_matter([*BODY, "Notes to editors", "The clinic is the district's third.", "(Release ID: 48213)"])
    assert end.notes == "The clinic is the district's third."
    end = split_end_matter([*BODY, "Notes to editors", "(Release ID: 48213) was withdrawn and replaced."])
    assert end.notes == "(Release ID: 48213) was withdrawn and replaced."


def test_a_korean_job_line_above_the_name_and_a_signers_name_in_brackets() -> None:
    contacts = parse_contacts("홍보실 과장\n한지민\n02-555-0101\n\n연구소 교수\n오세훈\n02-555-0102")
    assert [(c.name, c.role) for c in contacts] == [("한지민", "홍보실 과장"), ("오세훈", "연구소 교수")]
    [contact] = parse_contacts("(Smt. Asha Kulkarni)\nDeputy Director\nTel: 020-2555 0000")
    assert (contact.name, contact.role) == ("Smt. Asha Kulkarni", "Deputy Director")


def test_the_armenian_colon_mark_after_a_label_and_a_job() -> None:
    [contact] = parse_contacts("Մամուլի քարտուղար՝ Աննա Սարգսյան\nՀեռ.՝ +374 10 555 000\n"
                               "Էլ. փոստ՝ anna@theatre.example")
    assert (contact.name, contact.role, contact.phone, contact.email) == (
        "Աննա Սարգսյան", "Մամուլի քարտուղար", "+374 10 555 000", "anna@theatre.example")


def test_an_arabic_contact_sentence_under_an_about_heading_with_a_courtesy_title() -> None:
    end = split_end_matter([*BODY, "نبذة عن الجمعية", "الجمعية منظمة خيرية تأسست عام 2001.",
                            "للاستفسارات يرجى التواصل مع السيدة منى سالم العلي، مديرة الإعلام، "
                            "على الرقم +965 2255 0000."])
    assert end.notes == "الجمعية منظمة خيرية تأسست عام 2001."
    [contact] = end.contacts
    assert (contact.name, contact.role, contact.phone) == ("السيدة منى سالم العلي", "مديرة الإعلام", "+965 2255 0000")


def test_a_japanese_company_line_above_a_department_job_and_name_with_a_latin_abbreviation() -> None:
    [contact] = parse_contacts("株式会社サクラ電機\n広報PR部 部長　田中 花子\nTEL：03-5555-0000")
    assert (contact.name, contact.role, contact.phone) == ("田中 花子", "広報PR部 部長", "03-5555-0000")


def test_a_markdown_table_of_one_contact_a_column() -> None:
    table = ("| Investors | Press |\n|---|---|\n| Ana Ruiz | Li Wei |\n| VP, Investor Relations | Head of Media |\n"
             "| ana@firm.example | li@firm.example |\n| +1 408-555-0100 | +1 408-555-0101 |\n\nSource: Firm, Inc.")
    assert [(c.name, c.role, c.email, c.phone) for c in parse_contacts(table)] == [
        ("Ana Ruiz", "VP, Investor Relations", "ana@firm.example", "+1 408-555-0100"),
        ("Li Wei", "Head of Media", "li@firm.example", "+1 408-555-0101")]
    rows = "| Press | ana@firm.example | +1 408-555-0100 |\n| Investors | li@firm.example | +1 408-555-0101 |"
    assert [c.email for c in parse_contacts(rows)] == ["ana@firm.example", "li@firm.example"]


def test_a_newswires_source_line_above_contacts_a_semicolon_apart() -> None:
    end = split_end_matter([*BODY, "-30-", "À propos de Nordair", "Nordair construit des avions.",
                            "Source : Nordair inc.\nRenseignements : Luc Roy, conseiller, 514 555-0100, "
                            "luc@nordair.example ; Investisseurs : Anne Roy, directrice, 514 555-0101, "
                            "anne@nordair.example"])
    assert end.notes == "Nordair construit des avions."
    assert [(c.name, c.role, c.phone) for c in end.contacts] == [("Luc Roy", "conseiller", "514 555-0100"),
                                                                  ("Anne Roy", "directrice", "514 555-0101")]


def test_a_source_line_above_text_stays_in_the_notes() -> None:
    end = split_end_matter([*BODY, "Notes to editors", "Source: National Statistics Office\nFigures are provisional."])
    assert end.notes == "Source: National Statistics Office Figures are provisional."


def test_a_company_groups_name_above_its_contact_is_no_persons() -> None:
    contacts = parse_contacts("Harbour Port Authority\nIva Marić\nSpokesperson\nT +385 51 555 000\niva@port.example\n"
                              "Alpine Freight Group\nLena Huber\nMedia Manager\nT +43 1 555 000\nlena@freight.example")
    assert [(c.name, c.role) for c in contacts] == [("Iva Marić", "Spokesperson"), ("Lena Huber", "Media Manager")]


def test_a_bengali_contact_sentence_closing_the_release() -> None:
    end = split_end_matter([*BODY, "আরও তথ্যের জন্য যোগাযোগ করুন তথ্য কর্মকর্তা সাদিয়া রহমান-এর সঙ্গে (ফোন: ০২-৫৫০০০০০১, "
                                   "ই-মেইল: info@office.example)।"])
    assert end.body == BODY
    [contact] = end.contacts
    assert (contact.name, contact.role, contact.phone) == ("সাদিয়া রহমান", "তথ্য কর্মকর্তা", "০২-৫৫০০০০০১")


def _markdown_release(body: str):  # type: ignore[no-untyped-def]
    text = "# The clinic opens\n\nThe office opened a new clinic on Monday.\n\n" + body
    source = SourceConfig(id="press", name="Press", kind="folder", path="/tmp")
    return normalise(release_from_markdown(text, "clinic.md", None), source, Classifier(()),
                     datetime(2026, 1, 1, tzinfo=timezone.utc))


@pytest.mark.parametrize("mark", ["***", "* * *", "---"])
def test_a_markdown_thematic_break_closing_the_body_is_its_end_marker(mark: str) -> None:
    release = _markdown_release(f"It will serve four villages.\n\n{mark}\n\n*Director, Health Office, Port Ellery*\n")
    assert release.body_text.rstrip().endswith("It will serve four villages.")
    assert release.notes == "Director, Health Office, Port Ellery"      # the line under the marker: end matter
    # with nothing under it, the break ends the body just the same, and leaves no mark in it
    assert _markdown_release(f"It will serve four villages.\n\n{mark}\n").body_text.rstrip().endswith("villages.")


def test_a_markdown_thematic_break_between_sections_of_the_body_ends_nothing() -> None:
    release = _markdown_release("It will serve four villages.\n\n***\n\nA second clinic opens next year in the hill "
                                "district, the office said, once the road there is finished.\n")
    assert "It will serve four villages." in release.body_text
    assert release.body_text.rstrip().endswith("once the road there is finished.")


@pytest.mark.parametrize("line", ["Issued by: Director, Department of Information, Madurai",
                                  "வெளியீடு: இயக்குநர், செய்தித் துறை, மதுரை"])
def test_a_tamil_issuer_line_after_the_end_marker_is_read_as_the_english_one(line: str) -> None:
    # "வெளியீடு:" ("Issued by:") names the office that issued the release, as "Issued by:" does: no note
    end = split_end_matter([*BODY, "***", line])
    assert end.body == BODY
    assert end.notes == ""
