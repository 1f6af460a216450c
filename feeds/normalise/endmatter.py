"""The end matter of a press release: the end marker ("###", "-ENDS-", "- 30 -", "(END)", "(انتهى)"), notes to
editors, "About <organisation>" and media contacts. The body ends where they start; what follows is kept as
`notes` (text) and `contacts` (parsed where the structure allows). Pure functions over paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .contacts import (EMAIL, PHONE, _CONTACT_LEAD, _ORG, Contact, _office, _person, _phone_like, _words, is_field_name,
                       parse_contacts)

# (branch press-contacts) "end" in Chinese ("完", "（完）", "全文完"), Japanese ("以上"), Korean ("-끝-"), Catalan
# ("- FI -"), Maltese, Greek, Russian, Ukrainian, Basque, Croatian, Hungarian, Swedish, alone or between dashes
_MORE_END_WORDS = r"完|全文完|以上|끝|fi|tmiem|τέλος|τελος|конец|кінець|amaia|kraj|vége|slut|koniec|konec"
_MARKER = re.compile(r"^\s*(?:#{3,}|#(?:\s#){2,}|\*(?:\s\*){2,}|[-–—]*\s*o[0o]o\s*[-–—]*|"    # "---o0o---", "oOo"
                     # a news agency's end of story, bare or in brackets: "(END)", "(انتهى)" (Arabic: "ended")
                     r"[-–—(（]?\s*(?:30|ends?|end|fin|fine|ende|fim|einde|selesai|tamat|hết|انتهى|النهاية|"
                     + _MORE_END_WORDS + r")\s*[-–—)）]?|"
                     r"\*{3,}|"
                     r"[-–—]{3,}\s*(?:ends?|fin|ende)?\s*[-–—]*|[-–—]{1,3}\s*(?:ends?|fin|ende|fim|einde|selesai)\b[^-–—]{0,30}[-–—]{1,3}|"
                     r"(?:fin du communiqué|ende der (?:presse|medien)mitteilung|einde persbericht|fin del comunicado|"
                     r"fim do comunicado|end of (?:press )?release)|"
                     # "- vége -", "– slut –": "end" in Hungarian, Swedish, Norwegian, Finnish, Polish, Czech, Romanian,
                     # Turkish, Swahili, Tagalog, between dashes (alone, such a word may be a line of the text)
                     r"[-–—]+\s*(?:vége|slut|slutt|loppu|koniec|konec|sfârșit|sfârşit|son|mwisho|wakas)\s*[-–—]+)\.?\s*$",
                     re.IGNORECASE)
# ---- end-matter headings of more of the world's press languages (branch press-contacts; kept apart to ease
# merging): contact, notes, legal and "about" headings in Malay, Swahili, Turkish, Greek, Russian, Ukrainian, Kazakh,
# Uzbek, Arabic, Persian, Hebrew, Hindi, Chinese, Japanese, Korean and Thai (scripts without capitals, right-to-left
# ones), and a few more European ones. Each matches a whole line (a heading), never a sentence of the body.
_MORE_CONTACT = (r"untuk pertanyaan(?: media| lanjut)?|pertanyaan media|"
                 r"kwa (?:maelezo|taarifa) zaidi(?:,? wasiliana na)?|mawasiliano(?: na vyombo vya habari)?|"
                 r"(?:detaylı |ayrıntılı )?bilgi için|medya iletişim(?:i)?|basın (?:iletişim|bilgi|sorumlusu)|"
                 r"(?:(?:coordinación|dirección|departamento|área|unidad) de )?comunicación social|"
                 # with its colon ending the line: a section of the body may be headed "More information", and
                 # "More information: G. Petit et al., ..." is a reference, no contact
                 r"(?:further|more|additional) information(?=\s*:[*_\s]*$)|"
                 r"επικοινωνία|για περισσότερες πληροφορίες|"
                 r"контакты(?: для (?:сми|прессы))?|контакт для (?:сми|прессы)|контактная информация|"
                 r"пресс-служба(?:\s+[а-яё\-]+){0,3}|пресс-центр(?:\s+[а-яё\-]+){0,3}|"
                 r"дополнительная информация|для справок|для сми|контакти(?: для змі)?|прес-служба|"
                 r"додаткова інформація|баспасөз қызметі|matbuot xizmati|"
                 r"للتواصل(?: الإعلامي)?|للاستفسارات(?: الإعلامية)?|للاستفسار|لمزيد من المعلومات|جهة الاتصال|"
                 r"جهات الاتصال|الاتصال الإعلامي|المكتب الإعلامي|روابط عمومی|برای اطلاعات بیشتر|"
                 r"میڈیا رابطہ|مزید معلومات کے لیے|رابطہ|تماس با رسانه‌ها|اطلاعات تماس|"
                 r"לפרטים נוספים|למידע נוסף|איש קשר|אשת קשר|אנשי קשר|דוברות|פניות תקשורת|"
                 r"मीडिया संपर्क|प्रेस संपर्क|संपर्क|अधिक जानकारी के लिए(?: संपर्क करें)?|"
                 r"媒体联系(?:人)?|媒體聯絡(?:人)?|媒体联络(?:人)?|新闻联络(?:人)?|新聞聯絡(?:人)?|联系人|聯絡人|"
                 r"联系方式|聯絡方式|媒体垂询|媒體查詢|传媒查询|傳媒查詢|新闻垂询|如需更多信息|更多信息|"
                 r"(?:언론|보도|미디어) 문의|문의(?:처)?|홍보 담당|연락처|"
                 r"ติดต่อสื่อมวลชน|ติดต่อ|สอบถามข้อมูลเพิ่มเติม|ข้อมูลเพิ่มเติม(?:สำหรับสื่อมวลชน)?|"
                 r"ติดต่อสอบถาม(?:เพิ่มเติม)?|"
                 r"ទំនាក់ទំនង(?:សារព័ត៌មាន)?|მედიასთან ურთიერთობა|საკონტაქტო ინფორმაცია|"
                 r"хэвлэлийн асуудал хариуцсан|холбоо барих|байланыс|aloqa uchun|"
                 r"thông tin liên hệ báo chí|for (?:media|press) (?:queries|enquiries|inquiries),? please contact|"
                 # Catalan, Galician, Basque, Maltese, Greek; an investors' and the media's contact together
                 r"per a (?:més|mes) informació|contacte(?:s)? de premsa|gabinet de premsa|premsa|"
                 r"máis información|contacto de prensa|informazio gehiago|prentsa|"
                 r"għal aktar informazzjoni|kuntatt(?:i)?(?: mal-media)?|γραφείο τύπου|"
                 r"(?:investors?|investor relations) and (?:media|press) contacts?|"
                 # Polish, Czech, Slovak, Hungarian, Romanian, Bulgarian, Serbian/Croatian/Bosnian, Slovenian
                 r"biuro prasowe|(?:dodatkowych |szczegółowych )?informacji udziela(?:ją)?|tiskové oddělení|"
                 r"(?:více|další) informací|tlačové oddelenie|további információ(?:k)?|"
                 r"pentru (?:mai multe )?informații(?: suplimentare)?|за контакти|пресцентър|"
                 r"kontakt za medije|za (?:više|dodatne|daljnje) informacij[ea]|"
                 # Japanese, Chinese, Korean, Arabic variants
                 r"報道関係者(?:の|からの|様)?お?問い?合わ?せ(?:先|窓口)?|媒體聯繫(?:人)?|媒体联系方式|媒體聯絡方式|"
                 r"(?:보도자료|홍보) 문의|للمزيد من المعلومات|للاستفسارات الصحفية|"
                 r"(?:media|press) and investor contacts?")
_MORE_NOTES = (r"یادداشت برای سردبیران|ایڈیٹرز کے لیے نوٹ|"
               r"note? per (?:le )?redazion[ei]|nota per la redazione|nota per als mitjans|notes per als mitjans|"
               r"noti għall-edituri|(?:σημείωση|σημειώσεις) (?:προς|για) (?:τους )?συντάκτες|maelezo kwa wahariri|"
               r"tala para sa (?:mga )?editor|примечани[ея] для редакци[ийя]|"
               r"справка|справочная информация|ملاحظات للمحررين|ملاحظة للمحررين|הערות? לעורכים|"
               r"संपादकों के लिए (?:नोट|टिप्पणी)|编者按|編者按|编者注|编辑说明|편집자 주|หมายเหตุถึงบรรณาธิการ|"
               r"σημειώσεις προς συντάκτες")
# forward-looking statements and disclaimers (notes, like the English ones)
_MORE_LEGAL = (r"important information|viktig information|wichtige hinweise|informations importantes|"
               r"declarații privind perspectivele|declaraţii privind perspectivele|"
               r"framåtblickande (?:uttalanden|information)|fremtidsrettede (?:utsagn|uttalelser)|"
               r"fremadrettede (?:udsagn|udtalelser)|tulevaisuutta koskevat (?:lausumat|lausunnot)|"
               r"toekomstgerichte (?:verklaringen|uitspraken)|stwierdzenia dotyczące przyszłości|"
               r"ileriye (?:dönük|yönelik) (?:ifadeler|açıklamalar)|прогнозные заявления|"
               r"заявления прогнозного характера|前瞻性陈述|前瞻性陳述|将来見通しに関する注意事項|"
               r"미래예측(?:에 관한)? 진술|بيانات استشرافية")
# "About ..." before the organisation's name: Arabic, Persian, Hebrew, Russian, Ukrainian, Greek, Thai, Chinese
# Scandinavian "Om rapporten", "Om undersøkelsen", Finnish "Tietoa tutkimuksesta": "about" and one word for what
# (a definite noun, an elative), alone on the line
_MORE_ABOUT = (r"acerca del|a propósito de|کے بارے میں|"
               r"om(?=\s+(?-i:[a-zæøåäö]+(?:en|et|na|ne))[*_\s]*$)|tietoa(?=\s+\w+(?:sta|stä)[*_\s]*$)|"
               r"quant a|dwar|"
               r"نبذة عن|درباره|אודות|על אודות|σχετικά με|เกี่ยวกับ|关于|關於|"
               # Arabic "حول" ("about", also "around") only before an organisation's word ("حول الشركة")
               r"حول(?=\s+(?:ال)?(?:شركة|مؤسسة|منظمة|وزارة|هيئة|جمعية|مجموعة|بنك|صندوق|جامعة|مركز))|"
               r"(?:о|об|про)(?=\s+(?:(?-i:[А-ЯЁІЇЄ«\"])|компании|фонде|нас|агентстве|организации|банке|группе|"
               r"министерстве|проекте|компанії|фонд))")
# "... about" after it: Hungarian "A Kerekerdő Nyrt.-ről", Hindi "... के बारे में", Japanese "...について", Korean
# "... 소개", Uzbek "... haqida", Kazakh "... туралы"; "X lyhyesti", "X w skrócie": "X in brief"
_ABOUT_AFTER = (r"(?:(?:a|az)\s+)?(?-i:[A-ZÀ-ÞŐŰ])\S*(?:\s+\S+){0,5}?-?(?:ról|ről)|"
                r"\S+(?:\s+\S+){0,5}?(?:\s+(?:के बारे में|haqida|туралы|тухай|შესახებ)|について|の概要|에 대하여|"
                r"에 대해|\s소개)|"
                # Chinese, Thai, Khmer "about" written with no space before the name ("关于深蓝智航"); Japanese
                # "company profile", Korean "company introduction"
                r"(?:关于|關於|អំពី|เกี่ยวกับ)[^\s，。,.!?：:]{1,40}|(?:会社|団体|法人|機構|組織)概要|"
                r"(?:회사|기관|재단|법인|단체) 소개")
# investor relations' heading beside the media's (Turkish, Romanian, Polish, Russian, Chinese, Japanese, Korean, Arabic)
_MORE_INVESTOR = (r"yatırımcı ilişkileri|relația cu investitorii|relații cu investitorii|relacje inwestorskie|"
                  r"relacje z inwestorami|связи с инвесторами|отношения с инвесторами|投资者关系|投資者關係|"
                  r"IR(?:担当|お問い合わせ)|IR 문의|투자자 관계|علاقات المستثمرين")
_MORE_BRIEF_WORDS = r"lyhyesti|i korthet|i korte trekk|kort fortalt|w skrócie|ve zkratce|pe scurt|röviden|вкратце"
# ---- end of the press-contacts block
# a listed company's or an agency's legal sections: notes, their headings left out; they close a release, so in
# the first half of a long text such a heading ("Disclosure: ... may earn a commission" atop a review) is no end
# matter
_LEGAL = (r"disclaimer|disclosure|forward[- ]looking statements?|"
          r"cautionary (?:note|statement)s?(?: (?:on|regarding|concerning) forward[- ]looking statements?)?|"
          r"declarações prospectivas|declaraciones prospectivas|déclarations prospectives|"
          r"dichiarazioni previsionali|zukunftsgerichtete aussagen|"
          r"safe harbou?r(?: statement)?|legal notice|avertissement|mentions légales|haftungsausschluss|"
          r"rechtliche hinweise?|aviso legal|exención de responsabilidad|esclusione di responsabilità|"
          r"aviso de isenção de responsabilidade|vrijwaring|"
          r"dichiarazione del dirigente preposto(?: alla redazione dei documenti contabili societari)?|" + _MORE_LEGAL)
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
          r"tentang kami|who we are|informacj[ea] dla redakcji|editörlere not(?:u|lar)?|noter? til redaktionen|"
          r"notat til redaksjonen|poznámk[ay] pro (?:redakce|editory)|not[aeă] pentru (?:editori|redacții)|"
          # Polish, Czech "O spółce", "O společnosti Kapacita": about the company (its name may follow)
          r"o (?:\S+ )?(?:společnosti|firmě|firmie|spółce|nás|nas|organizaci|organizacji|fundacji|nadaci|"
          r"univerzitě|uczelni|agentuře|agencji|stowarzyszeniu|sdružení|instytucie|ústavu)(?: \S.{0,60})?|"
          r"about us|à propos|acerca de nosotros|sobre nós|über uns|" + _MORE_NOTES + "|" + _LEGAL)
_ABOUT = (r"about|profile of|profilo d[ie']|profil d[eu']|perfil d[eo]|profil von|profiel van|"
          r"à propos d(?:es|e|u|['’])|a propos d(?:es|e|u|['’])|"
          r"über|uber|acerca de|sobre|sobre el|sobre la|sobre o|sobre a|"
          r"informazioni su(?:ll['’]|lla|llo|l|i|gli|lle)?|chi è|chi siamo|over|tentang|giới thiệu về|về|"
          r"qui sommes-nous|"
          # Scandinavian "Om", Romanian "Despre", Finnish "Tietoa", Malay "Mengenai", Swahili "Kuhusu", Tagalog
          # "Tungkol sa", before a name in capitals ("Om Vindro"; "Om du ..." opens a sentence)
          r"(?:om|despre|tietoa|mengenai|kuhusu|tungkol sa)(?=\s+(?-i:[A-ZÀ-Þ]))")
_BRIEF_WORDS = (r"in breve|in brief|en bref|en breve|em resumo|in kürze|in het kort|hakkında|"  # Turkish: "X Hakkında"
                + _MORE_BRIEF_WORDS)
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
            r"auskünfte für (?:medienschaffende|medien|journalist(?:inn)?en|die medien)|"
            r"per (?:eventuali )?richieste (?:dei|da parte dei|degli) (?:giornalisti|organi di stampa)|"
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
            r"(?:yderligere|flere|nærmere) oplysninger|"
            r"(?:for )?(?:yderligere|mere|mer|ytterligare) informa(?:tion|sjon)|"
            r"f[öo]r (?:mer|ytterligare) information(?:,? kontakta)?|kontaktpersoner|kontaktperson|"
            r"lisätiedot|lisätietoja|"
            r"yhteystiedot|contact presă|biroul de presă|sajtókapcsolat|(?:basın )?iletişim(?: bilgileri)?|"
            r"kontakty?(?: dla mediów| pro (?:média|novináře))?(?: i inwestorów)?|thông tin liên hệ|"
            r"para sa karagdagang impormasyon|imetolewa na|mediekontakt|mediakontakt|presskontakt|"
            # Japanese: "お問い合わせ(先)", "問合せ先", "このページ/本件に関するお問い合わせ" ("inquiries")
            r"(?:(?:この(?:ページ|記事|件)|本件)に関する)?お?問い?合わ?せ(?:先|窓口)?|"
            r"untuk (?:maklumat|keterangan) (?:lanjut|lebih lanjut)(?:,? sila hubungi)?|"
            r"(?:contact[oa]?s?|contat[oa]s?|informa(?:tions?|ções|ción|zioni|tionen|tie|si))\s+"
            r"(?:(?:de|para|per|pour|for|voor|untuk|für|to)\s+)?(?:(?:a|à|às|ao|aux|la|the|os|los|die|de|i|les)\s+)?"
            r"(?:imprensa|prensa|stampa|presse|press|pers|media|medios|médias|medien|journalist(?:s|es|en|as|i)?|"
            r"(?:a\s+)?comunica(?:ção|cao) social|(?:los\s+)?medios de comunicación)|" + _MORE_CONTACT)
# "Ufficio Stampa e Comunicazione", "Press and Communications": a press office that also names communication
_AND_COMMUNICATION = (r"(?:\s+(?:e|y|and|et|und|en|&)\s+(?:comunicazione|comunicación|communications?|kommunikation|"
                      r"comunicação|communicatie|komunikasi))?")
# "Notes to editors, not for publication", "Noot voor de redactie – niet voor publicatie": still the heading
_NOT_FOR_PUBLICATION = (r"(?:not for publication|niet voor publicatie|ne pas publier|pas pour publication|"
                        r"nicht zur veröffentlichung|nicht für die veröffentlichung|no para publicación|"
                        r"no publicar|não para publicação|não publicar|non per la pubblicazione|non pubblicare|"
                        r"tidak untuk dipublikasikan)")
# --- More end-matter headings and end markers (press-dates branch; kept in one block to ease merging) ---
# Contact headings: "Further information", Malay "Untuk pertanyaan media", Russian "Контакты для СМИ",
# Chinese "媒体联系", Japanese "報道関係者お問い合わせ", Korean "문의", Thai "ติดต่อสอบถาม", Greek "Επικοινωνία",
# Spanish "Contacto para medios"
_REGION_CONTACT = (r"(?:further|more|additional) information|(?:untuk )?pertanyaan (?:media|lanjut)|"
                 r"untuk (?:maklumat|keterangan) lanjut|pertanyaan media|hubungi|"
                 r"контакты(?: для (?:сми|прессы|журналистов))?|контактная информация|для справок|"
                 r"пресс-служба(?: [а-яё]+){0,3}|прес-служба(?: [а-яєіїґ']+){0,3}|"
                 r"新聞聯絡(?:人)?|新聞聯繫(?:人)?|媒體聯繫(?:人)?|聯絡窗口|联络窗口|"
                 r"контакти(?: для (?:змі|преси|журналістів))?|прес-служба|ទំនាក់ទំនង(?:សារព័ត៌មាន)?|"
                 r"контактілер|байланыс(?: үшін)?|matbuot xizmati|aloqa uchun|"
                 r"媒体联系(?:人)?|媒體聯絡(?:人)?|新闻联络(?:人)?|联系人|聯絡人|联系方式|聯絡方式|"
                 r"報道関係者(?:の皆様)?(?:からの)?お問い合わせ(?:先)?|"
                 r"(?:언론 )?문의(?:처)?|보도 관련 문의|담당(?:자)?|"
                 r"ติดต่อสอบถาม(?:ข้อมูลเพิ่มเติม)?|ข้อมูลเพิ่มเติม|ผู้ประสานงาน|"
                 r"επικοινωνία|πληροφορίες|για περισσότερες πληροφορίες|"
                 r"contacto para (?:los )?medios|contacto con (?:los )?medios|contacto institucional|"
                 r"contatos? para (?:a )?imprensa|atendimento à imprensa|informações à imprensa|"
                 r"għal aktar informazzjoni|kuntatt(?: għall-midja)?|per a més informació|"
                 r"contacte de premsa|gabinet de premsa|contacto de prensa e comunicación|"
                 # Arabic, Hebrew, Hindi, Urdu
                 r"للتواصل الإعلامي|للاستفسارات(?: الإعلامية)?|جهات? الاتصال|للمزيد من المعلومات|"
                 r"לפרטים נוספים|דוברות|אנשי? קשר(?: לתקשורת)?|मीडिया संपर्क|संपर्क सूत्र|अधिक जानकारी के लिए|"
                 r"میڈیا رابطہ")
# "About" headings: Spanish "Acerca del", Scandinavian "Om" before one word ("Om rapporten": about the report),
# Russian "О компании", Chinese "关于X", Japanese "会社概要", Korean "회사 소개", Thai "เกี่ยวกับ", Greek "Σχετικά με"
_REGION_ABOUT = (r"acerca del|(?:om|tietoa)(?=\s+[^\s:]+[*_\s:]*$)|"
               r"о(?=\s+(?:(?-i:[А-ЯЁ])|компании|нас|фонде|проекте|организации|центре|университете))|об|"
               r"про(?=\s+(?:(?-i:[А-ЯЄІЇҐ])|компанію|нас|фонд|проєкт|організацію|центр|університет)[*_\s:]*$)|"
               r"អំពី|ກ່ຽວກັບ|نبذة عن|אודות|के बारे में|"
               r"关于|關於|有关|有關|회사 소개|เกี่ยวกับ|σχετικά με|για (?:την|το|τον)")
# (company profiles, "会社概要", and "about X" written after the name, "Xについて", are `_ABOUT_AFTER`'s)
_REGION_NOTES = (r"편집자 주|참고 자료|หมายเหตุ(?:ถึงบรรณาธิการ)?|"
               r"编者按|編者按|编辑说明|備註|备注|справка|примечание(?: для редакторов)?|"
               r"σημείωμα (?:προς|για) (?:τους )?συντάκτες|σημείωση για τους συντάκτες")
_CONTACT = _CONTACT + "|" + _REGION_CONTACT
_ABOUT = _ABOUT + "|" + _REGION_ABOUT
_NOTES = _NOTES + "|" + _REGION_NOTES
# An end word standing alone in capitals (alone in lower case such a word may be a line of the text): Swahili
# "MWISHO", Swedish "SLUT", Norwegian "SLUTT", Finnish "LOPPU", Polish "KONIEC", Czech "KONEC", Hungarian "VÉGE",
# Tagalog "WAKAS", Russian "КОНЕЦ", Greek "ΤΕΛΟΣ"; Japanese "以上" ("that is all"), Chinese "（完）", Korean "끝"
_MORE_MARKERS = (r"^\s*(?:[-–—(（<〈]\s*)?(?:(?-i:MWISHO|SLUTT?|LOPPU|KONIEC|KONEC|VÉGE|WAKAS|КОНЕЦ|ΤΕΛΟΣ|KRAJ)|"
                 r"以上|完|终|終|끝)\s*(?:[-–—)）>〉]\s*)?\.?\s*$|"
                 # Catalan "- FI -", Maltese "-TMIEM-", Ukrainian "- КІНЕЦЬ -" between dashes
                 r"^[*_\s]*[-–—]+\s*(?:fi|tmiem|kінець|кінець|крај|kraj|סוף|समाप्त|ختم)\s*[-–—]+[*_\s]*$")
# (a newswire's "SOURCE Minera Cordillera Austral S.A." is `_source_line`'s: the contact section's first line)
_MARKER = re.compile(r"(?:" + _MARKER.pattern + r")|" + _MORE_MARKERS, re.IGNORECASE)
# "More information:" alone heads the contacts when an address or a number follows; above references or links
# (an article's "More information: G. Petit et al., ...") it is the text's own
_BARE_INFORMATION = re.compile(r"^[*_#\s]*(?:further|more|additional) information[*_\s]*:?[*_\s]*(?:\S.*)?$",
                               re.IGNORECASE)


def _reaches_contact(paragraphs: list[str]) -> bool:
    return any(EMAIL.search(p) or _LABELLED_NUMBER.search(p) for p in paragraphs)


# a telephone number written as one: after its label or an international "+" (a DOI's figures are none)
_LABELLED_NUMBER = re.compile(r"(?:\b(?:tel|phone|mobile?|mob|cell|fax|puh|tlf|telefon[eo]?|téléphone|teléfono|"
                              r"telp|hp|ph|mobil|handy)\b\.?\s*:?\s*|(?<![\w/.])\+)\(?\d", re.IGNORECASE)
# --- end of the press-dates block ---
_HEADING = re.compile(r"^[*_#\s]*(?P<kind>(?P<notes>" + _NOTES + r")|"
                      r"(?P<about>(?:" + _ABOUT + "|" + _MORE_ABOUT + r")"
                      r"(?:\s+|(?<=['’])|(?<=[\u0e00-\u0eff\u1780-\u17ff\u3040-\u9fff\uac00-\ud7af]))"
                      r"\S.{0,80}?|" + _IN_BRIEF + "|" + _ABOUT_AFTER + r")|"  # "sull'ASST", "关于华东能源" (no space)
                      r"(?P<contact>(?:" + _CONTACT + r")" + _AND_COMMUNICATION + r"))(?:\s*\([^)]{1,40}\))?"
                      r"(?:\s*[,–—-]\s*" + _NOT_FOR_PUBLICATION + r")?[*_\s]*(?::\s*(?P<rest>.*))?$",
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
        return _office_then_heading(s) or _source_line(s)
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
                               + _MORE_INVESTOR + r")[*_\s:：]*$",
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


def _ends_sentence(s: str) -> bool:
    return s.rstrip(" *_")[-1:] in ".!?。！？"


def _early(i: int, count: int) -> bool:
    """Paragraph `i` of `count` stands in the first half of a long text (more than five paragraphs after it)."""
    return i < count / 2 and count - i > 5


_LEGAL_HEADING = re.compile(r"^[*_#\s]*(?:" + _LEGAL + r")\b", re.IGNORECASE)


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
    notes, contacts = read_end_matter(after)
    signed = _signature_paragraphs(paragraphs[:cut])
    if len(body) < cut and signed:
        contacts = _signed(contacts, _signer("\n".join(p.strip() for p in paragraphs[cut - signed:cut])))
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


def _names_next(para: str, below: str) -> bool:
    """"Lombarda Imballaggi" above "Lombarda Imballaggi S.p.A. produce ...": an organisation's name alone (one to
    six capitalised words, no digit or sentence mark) heading the paragraph that opens with it and says more."""
    name = para.strip(" *_")
    words = name.split()
    if "\n" in name or not 1 <= len(words) <= 6 or re.search(r"[\d.!?:;,@]", name) \
            or not all(w[:1].isupper() or w.lower() in ("de", "di", "del", "della", "of", "and", "&") for w in words):
        return False
    text = " ".join(below.split())
    return text.startswith(name + " ") and len(text) > len(name) + 40 and _ends_sentence(text)


def _name_above_about(paragraphs: list[str], i: int) -> bool:
    """Whether paragraph `i` is an organisation's name heading its "about" paragraph, the end matter's start: the
    paragraph below is the last one or the next end-matter heading follows it."""
    if i + 1 >= len(paragraphs) or not _names_next(paragraphs[i], paragraphs[i + 1]):
        return False
    return i + 2 == len(paragraphs) or _heads(paragraphs[i + 2]) or bool(_MARKER.match(paragraphs[i + 2]))


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
            or (_ends_sentence(lines[-1]) and not _DEGREES.search(lines[-1])):
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
        if len(lines) > 8 or any(len(line) > 120 for line in lines) or _ends_sentence(lines[0]) \
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
    return "\n" not in paragraph.strip() and len(paragraph.split()) <= 6 and not _ends_sentence(paragraph)


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
    return bool(names) and _person(names[0])


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
    return len(lines) > 1 and len(lines[0]) > 60 and _ends_sentence(text) and not EMAIL.search(text)


# "SK/RT/JS": the initials of who wrote, checked and issued a release (a newswire's reference line), no note
_INITIALS = re.compile(r"^\s*[A-Z]{1,4}(?:\s*/\s*[A-Z]{1,4}){1,5}\s*$")


def read_end_matter(paragraphs: list[str]) -> tuple[str, tuple[Contact, ...]]:
    """Notes (paragraphs joined by blank lines, headings left out) and contacts of what follows the body."""
    section = "notes"
    headed_notes = False        # whether a notes heading ("Note to editors") opened the notes
    noted = False               # whether a note stands under the last heading
    notes: list[str] = []
    contact_blocks: list[str] = []
    for k, para in enumerate(paragraphs):
        lines = [line for line in para.split("\n") if line.strip()]
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
        if not lines or all(_MARKER.match(line) or _INITIALS.match(line) for line in lines):
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
        elif section == "contact" or (_looks_contact(text) and section != "about"):
            contact_blocks.append(text)
        else:
            notes.append(joined)
            noted = True
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
    a line of at most four words (eight when it opens with an office's word and capitalises its words: "Oficina de
    Comunicaciones e Imagen Institucional"), no sentence, no address or number, in capitals or with a word of an
    office or a contact heading ("Prensa", "Media")."""
    line = para.strip()
    most = 8 if _office(line) and all(w[:1].isupper() for w in line.split() if len(w) > 3) else 4
    if "\n" in line or len(line.split()) > most or _ends_sentence(line) or EMAIL.search(line) or PHONE.search(line):
        return False
    return _looks_contact(below) and bool(_ORG.search(line) or line.isupper() or heading(line.split()[0]))


def _looks_contact(text: str) -> bool:
    return bool(EMAIL.search(text)) and len(text) < 400


_HTML_HEADING = re.compile(r"<h([2-6])\b[^>]*>(.{1,200}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)


def keep_end_matter_headings(html: str) -> str:
    """An HTML page whose end-matter headings ("About us", "Media contact" in an h2-h6) are bold paragraphs:
    article extraction drops section headings, and the body must end where they stand."""
    def paragraph(m: re.Match) -> str:
        text = re.sub(r"<[^>]+>", "", m.group(2))
        return f"<p><strong>{m.group(2)}</strong></p>" if heading(" ".join(text.split())) else m.group(0)
    return _HTML_HEADING.sub(paragraph, html)
