"""The words of press releases' end matter in the world's press languages, for `endmatter`: end markers
("###", "-ENDS-", "（完）", "- FI -"), and the headings of notes to editors, "About <organisation>" sections (also
written after the name: "Xについて", "A Kerekerdő Nyrt.-ről"), legal notices, investor relations and media contacts;
the words of signature blocks ("Signed", "Fait à") and of a printed web page's furniture ("Share:", "Latest news").
Regular expressions as text, joined into `endmatter`'s patterns; those of whole lines (`MARKER`, a signature's,
a page's furniture) compiled. No code.
"""
from __future__ import annotations

import re

# "end" in the world's press languages, written alone or set apart by marks ("-ENDS-", "- FIN -", "(END)", "（完）",
# "-끝-", "- vége -", "**-TMIEM-**"): English, French, Italian, German, Portuguese, Dutch, Indonesian, Malay,
# Vietnamese, Catalan, Maltese, Greek, Russian, Ukrainian, Serbian, Croatian, Basque, Hungarian, Swedish, Norwegian,
# Finnish, Estonian, Latvian, Lithuanian, Icelandic, Polish, Czech, Romanian, Bulgarian, Belarusian, Turkish, Swahili,
# Tagalog, Hausa ("- KARSHE -"), Yoruba ("-Ó PARÍ-", "– Ìparí –"), Zulu ("-PHELA-"), Arabic, Hebrew, Hindi, Urdu,
# Sinhala ("-අවසානය-"), Tamil ("- முற்றும் -"), Bengali ("-শেষ-", between marks only: no capitals),
# Chinese, Japanese, Korean; a newsroom's "-30-"
END_WORDS = (r"30|ends?|fine?|ende|fim|einde|selesai|tamat|hết|fi|tmiem|τέλος|τελος|конец|кінець|крај|край|канец|"
             r"amaia|kraj|"
             r"vége|slutt?|loppu|koniec|konec|sfârșit|sfârşit|son|mwisho|wakas|lõpp|beigas|pabaiga|endir|"
             r"karshe|ƙarshe|ó parí|ìparí|phela|"
             r"انتهى|النهاية|סוף|समाप्त|ختم|අවසානය|අවසන්|முற்றும்|সমাপ্ত|শেষ|"
             r"完|全文完|以上|끝|终|終")
# The one rule for a word of `END_WORDS` with no mark beside it: written with a capital ("ENDS", "Fin", "KRAJ"; in
# lower case, "kraj", "slut", "fine", such a word may be the last line of the text), or one of the closings that
# scripts without capitals write alone by convention (Chinese "完", Japanese "以上", Korean "끝", Arabic "انتهى").
# A Basque first name and the English "Son" alone are a signature, no end: only in capitals or between marks.
_CAPITAL = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇЂ-ЏΑ-ΩΆΈ-Ώ])"
_LONE_CLOSINGS = r"完|全文完|以上|끝|终|終|انتهى|النهاية"
_LONE_END_WORD = (r"(?:(?=" + _CAPITAL + r")(?!(?-i:Amaia|Son)\b)(?:" + END_WORDS + r")|" + _LONE_CLOSINGS + r")")
_OPEN = r"(?:[-–—]+|[(（<〈/])"      # the marks that set an end word apart: dashes, brackets, a slash ("/ENDS")
_CLOSE = r"(?:[-–—]+|[)）>〉])"
_ONE_MARKER = (r"(?:#{3,}|#(?:\s#){2,}|/{2,}|\*(?:\s\*){2,}|\*{3,}|[-–—]*\s*o[0o]o\s*[-–—]*|"    # "---o0o---"
               r"[-–—]{3,}\s*(?:ends?|fin|ende)?\s*[-–—]*|"
               # an end word set apart by a mark, in any case: "-ENDS-", "- fin -", "(END)", "-selesai"
               + _OPEN + r"\s*(?:" + END_WORDS + r")\s*(?:" + _CLOSE + r"|/)?|"
               r"(?:" + END_WORDS + r")\s*" + _CLOSE + r"|"
               + _LONE_END_WORD + r"|"
               r"[-–—]{1,3}\s*(?:ends?|fin|ende|fim|einde|selesai)\b[^-–—]{0,30}[-–—]{1,3}|"
               r"fin du communiqué|ende der (?:presse|medien)mitteilung|einde persbericht|fin del comunicado|"
               r"fim do comunicado|end of (?:press )?release)\.?")
# ("//" alone on its line: an Ethiopian office's end mark)
# one end marker, or two of a bilingual release on one line ("ENDS / FIN", "-30- / -30-")
MARKER = re.compile(r"^[*_\s]*" + _ONE_MARKER + r"(?:\s*/\s*" + _ONE_MARKER + r")?[*_\s]*$", re.IGNORECASE)
# End-matter headings of more of the world's press languages: contact, notes, legal and "about" headings in Malay,
# Swahili, Turkish, Greek, Russian, Ukrainian, Kazakh, Uzbek, Arabic, Persian, Hebrew, Hindi, Chinese, Japanese,
# Korean and Thai (scripts without capitals, right-to-left ones), and a few more European ones. Each matches a whole
# line (a heading), never a sentence of the body.
_MORE_CONTACT = (r"(?:untuk )?pertanyaan (?:media|lanjut)|untuk pertanyaan|hubungi|"
                 r"kwa (?:maelezo|taarifa|mawasiliano) zaidi(?:,? wasiliana na)?|"
                 r"kwa mawasiliano|mawasiliano(?: (?:na|kwa) (?:vyombo vya habari|wanahabari|waandishi wa habari))?|"
                 r"(?:detaylı |ayrıntılı )?bilgi için|(?:medya|basın) iletişim(?:i)?|basın (?:bilgi|sorumlusu)|"
                 r"(?:(?:coordinación|dirección|departamento|área|unidad) de )?comunicación social|"
                 # (a section of the body headed "More information", or "More information: G. Petit et al., ...", a
                 # reference, ends no body: `endmatter` cuts there only when an address or a number follows)
                 r"(?:further|more|additional) information|"
                 r"επικοινωνία|πληροφορίες|για περισσότερες πληροφορίες|γραφείο τύπου|"
                 r"контакты(?: для (?:сми|прессы|журналистов))?|контакт для (?:сми|прессы)|контактная информация|"
                 r"пресс-служба(?:\s+[а-яё\-]+){0,3}|пресс-центр(?:\s+[а-яё\-]+){0,3}|"
                 r"дополнительная информация|для справок|для сми|контактное лицо(?: для (?:сми|прессы))?|"
                 r"контактна особа(?: для (?:змі|преси))?|контакти(?: для (?:змі|преси|журналістів))?|"
                 r"прес-служба(?: [а-яєіїґ']+){0,3}|додаткова інформація|баспасөз қызметі|контактілер|"
                 r"байланыс(?: үшін)?|matbuot xizmati|aloqa uchun|хэвлэлийн асуудал хариуцсан|холбоо барих|"
                 r"للتواصل(?: الإعلامي)?|للاستفسارات(?: الإعلامية| الصحفية)?|للاستفسار|لمزيد من المعلومات|"
                 r"للمزيد من المعلومات|جهة الاتصال|جهات الاتصال|الاتصال الإعلامي|المكتب الإعلامي|"
                 r"روابط عمومی|برای اطلاعات بیشتر|"
                 r"میڈیا رابطہ|مزید معلومات کے لیے|رابطہ|تماس با رسانه‌ها|اطلاعات تماس|"
                 r"לפרטים(?: נוספים)?|למידע נוסף|איש קשר|אשת קשר|אנשי? קשר(?: לתקשורת)?|דוברות|פניות תקשורת|"
                 r"मीडिया संपर्क|प्रेस संपर्क|संपर्क(?: सूत्र)?|अधिक जानकारी के लिए(?: संपर्क करें)?|"
                 r"(?:গণমাধ্যম )?যোগাযোগ|বিস্তারিত (?:তথ্যের|জানতে) (?:জন্য )?যোগাযোগ|"
                 # Urdu, Nepali, Marathi, Gujarati, Punjabi, Tamil, Telugu, Kannada, Malayalam, Sinhala: "media
                 # contact",
                 # "for more information", "media inquiries" (Sinhala "media" written with its zero-width joiner)
                 r"رابطہ برائے (?:میڈیا|ذرائع ابلاغ)|सञ्चार सम्पर्क|सम्पर्क|(?:माध्यम|प्रसिद्धी) संपर्क|"
                 r"(?:મીડિયા )?સંપર્ક|(?:ਮੀਡੀਆ )?ਸੰਪਰਕ|ஊடகத் தொடர்பு|(?:மேலும் விவரங்களுக்கு|தொடர்புக்கு)|"
                 r"మీడియా సంప్రదింపులు|(?:ಮಾಧ್ಯಮ )?ಸಂಪರ್ಕ|മാധ്യമ ബന്ധങ്ങൾ|കൂടുതൽ വിവരങ്ങൾക്ക്|"
                 r"මාධ්‍ය (?:විමසීම්|සම්බන්ධතා)|වැඩි විස්තර සඳහා|"
                 r"媒体联系(?:人|方式)?|媒體聯絡(?:人|方式)?|媒体联络(?:人)?|媒體聯繫(?:人)?|新闻联络(?:人)?|新聞聯絡(?:人)?|"
                 r"新聞聯繫(?:人)?|新闻联系(?:人)?|新聞聯系(?:人)?|联系人|聯絡人|联系方式|聯絡方式|聯絡窗口|联络窗口|媒体垂询|媒體查詢|传媒查询|傳媒查詢|"
                 r"新闻垂询|如需更多信息|更多信息|"
                 r"報道関係者(?:の|からの|様|の皆様(?:からの)?)?お?問い?合わ?せ(?:先|窓口)?|"
                 r"(?:(?:언론|보도|미디어|보도자료|홍보) )?문의(?:처)?|보도 관련 문의|홍보 담당|담당(?:자)?|연락처|"
                 r"ติดต่อสื่อมวลชน|ติดต่อสอบถาม(?:เพิ่มเติม|ข้อมูลเพิ่มเติม)?|ติดต่อ|สอบถามข้อมูลเพิ่มเติม|"
                 r"ข้อมูลเพิ่มเติม(?:สำหรับสื่อมวลชน)?|ผู้ประสานงาน|"
                 r"ទំនាក់ទំនង(?:សារព័ត៌មាន)?|მედიასთან ურთიერთობა|საკონტაქტო ინფორმაცია|"
                 r"thông tin liên hệ báo chí|for (?:media|press) (?:queries|enquiries|inquiries),? please contact|"
                 # Spanish and Portuguese, Catalan, Galician, Basque, Maltese; an investors' and the media's contact
                 r"contacto (?:para|con) (?:los )?medios|contacto institucional|contatos? para (?:a )?imprensa|"
                 r"atendimento à imprensa|informações à imprensa|"
                 r"per a (?:més|mes) informació|contacte(?:s)? de premsa|gabinet de premsa|premsa|"
                 r"máis información|contacto de prensa e comunicación|informazio gehiago|prentsa|"
                 r"għal aktar informazzjoni|kuntatt(?:i)?(?: mal-media| għall-midja)?|"
                 r"(?:investors?|investor relations) and (?:media|press) contacts?|investors?(?=\s*:)|"
                 # Polish, Czech, Slovak, Hungarian, Romanian, Bulgarian, Serbian/Croatian/Bosnian, Slovenian
                 r"biuro prasowe|(?:dodatkowych |szczegółowych )?informacji udziela(?:ją)?|tiskové oddělení|"
                 r"(?:více|další) informací|tlačové oddelenie|további információ(?:k)?|"
                 r"pentru (?:mai multe )?informații(?: suplimentare)?|за контакти|пресцентър|"
                 r"kontakt za medije|za (?:više|dodatne|daljnje) informacij[ea]|za več informacij|"
                 # Bulgarian, Serbian and Macedonian in Cyrillic, Slovak, Albanian, Azerbaijani, Armenian
                 r"за (?:повече|више|повеќе) информаци(?:я|је|и)|контакт за (?:медиите|медије|медиуми)|"
                 r"kontakt pre médiá|për më shumë informacion|kontakti për media|əlavə məlumat üçün|"
                 r"media ilə əlaqə|əlaqə(?: üçün)?|(?:mətbuat|media) üçün əlaqə|լրացուցիչ տեղեկությունների համար|"
                 r"(?:media|press) and investor contacts?|"
                 # Estonian, Latvian, Lithuanian, Icelandic, Norwegian and Danish press offices; Afrikaans, Hausa,
                 # Amharic, Zulu, Yoruba, Somali, Malagasy, Kinyarwanda ("for more information", "media contact",
                 # "contact person", "information prepared by")
                 r"lisainfo|lisateave|täiendav info|(?:meedia|press)kontakt|meedia kontakt|kontaktisik|"
                 r"papildu informācija|papildinformācija|kontaktinformācija|kontaktpersona|"
                 r"saziņai ar (?:medijiem|presi|plašsaziņas līdzekļiem)|informāciju sagatavoja|"
                 r"daugiau informacijos|kontaktai|kontaktinis asmuo|informacija žiniasklaidai|plačiau|"
                 r"nánari upplýsingar|frekari upplýsingar|upplýsingar|tengiliður|fjölmiðlatengiliður|"
                 r"presseinformasjon|pressekontakter|pressehenvendelser|mediehenvendelser|"
                 r"vir (?:meer|verdere) inligting|navrae|media-?navrae|mediakontak|uitgereik deur|"
                 r"don ƙarin bayani|ለተጨማሪ መረጃ|ለመገናኛ ብዙኃን|የሚዲያ ግንኙነት|"
                 r"ukuthola ulwazi olwengeziwe|ngolwazi olwengeziwe|eminye imininingwane|wixii faahfaahin ah|"
                 r"xiriirka warbaahinta|ẹ kàn sí|fún àlàyé síwájú sí i|fún ìbéèrè|"
                 r"fanazavana fanampiny|ku bindi bisobanuro|kontaktai žiniasklaidai|"
                 # French-, Portuguese- and Arabic-speaking Africa's press offices, a contact person
                 r"cellule de communication|(?:direction|service|département) de la communication|"
                 r"relations avec (?:les médias|la presse)|personnes? (?:à|a) contacter|personne-ressource|"
                 r"gabinete de imprensa|assessoria de comunicação|(?:gabinete|departamento) de comunicação|"
                 r"للاتصال|للتواصل والاستفسار")
_MORE_NOTES = (r"یادداشت برای سردبیران|ایڈیٹرز کے لیے نوٹ|"
               r"note? per (?:le )?redazion[ei]|nota per la redazione|nota per als mitjans|notes per als mitjans|"
               r"noti għall-edituri|(?:σημείωση|σημειώσεις|σημείωμα) (?:προς|για) (?:τους )?συντάκτες|"
               r"maelezo kwa wahariri|tala para sa (?:mga )?editor|"
               r"примечани[ея] для редакци[ийя]|примечание(?: для редакторов)?|справка|справочная информация|"
               r"ملاحظات للمحررين|ملاحظة للمحررين|הערות? לעורכים|संपादकों के लिए (?:नोट|टिप्पणी)|"
               r"编者按|編者按|编者注|编辑说明|備註|备注|편집자 주|참고 자료|หมายเหตุ(?:ถึงบรรณาธิการ)?|"
               # Afrikaans, Estonian, Latvian, Lithuanian, Icelandic, Swedish, Norwegian, Amharic: "notes to editors"
               r"notas? aan (?:die )?redakteurs?|märkused toimetajatele|toimetajale|piezīmes? redaktoriem|"
               r"pastabos redaktoriams|athugasemdir? til ritstjóra|till redaktionen|til redaksjonen|"
               r"ለአርታዒያን ማስታወሻ|"
               # Central and Eastern Europe, the Balkans, the Caucasus: "notes to editors", "for the editors' attention"
               r"(?:a )?szerkesztők figyelmébe|megjegyzés(?:ek)? a szerkesztőknek|napomen[ae] za urednike|"
               r"napomen[ae] za urednišvo|bilješk[ae] za urednike|opomb[ae] za urednike|poznámk[ay] pre redakci[ea]|"
               r"напомен[ае] за уреднике|бележк[аи] (?:за|към) редактор(?:а|ите)|shënim(?:e)? për redaktorët|"
               r"redaktorlar üçün qeyd|შენიშვნა რედაქტორებისთვის|նշում խմբագիրներին|примітк[аи] для редакці[йї]")
# forward-looking statements and disclaimers (notes, like the English ones)
_MORE_LEGAL = (r"important information|viktig information|wichtige hinweise|informations importantes|"
               r"declarații privind perspectivele|declaraţii privind perspectivele|"
               r"framåtblickande (?:uttalanden|information)|fremtidsrettede (?:utsagn|uttalelser)|"
               r"fremadrettede (?:udsagn|udtalelser)|tulevaisuutta koskevat (?:lausumat|lausunnot)|"
               r"toekomstgerichte (?:verklaringen|uitspraken)|stwierdzenia dotyczące przyszłości|"
               r"ileriye (?:dönük|yönelik) (?:ifadeler|açıklamalar)|прогнозные заявления|"
               r"заявления прогнозного характера|前瞻性陈述|前瞻性陳述|将来見通しに関する注意事項|"
               r"미래예측(?:에 관한)? 진술|بيانات استشرافية")
# "About ..." before the organisation's name: Spanish "Acerca del", Scandinavian "Om" and Finnish "Tietoa" before a
# name in capitals ("Om Vindro") or one word alone on the line ("Om rapporten", "Tietoa tutkimuksesta": about the
# report), Catalan, Maltese, Urdu, Arabic, Persian, Hebrew, Russian, Ukrainian, Greek, Thai, Lao, Khmer, Hindi, Chinese,
# Korean ("회사 소개": company introduction)
_MORE_ABOUT = (r"acerca del|a propósito de|کے بارے میں|(?:om|tietoa)(?=\s+[^\s:]+[*_\s:]*$)|quant a|dwar|"
               r"نبذة عن|درباره|אודות|על אודות|σχετικά με|για (?:την|το|τον)|เกี่ยวกับ|ກ່ຽວກັບ|អំពី|के बारे में|"
               r"关于|關於|有关|有關|회사 소개|"
               # Arabic "حول" ("about", also "around") only before an organisation's word ("حول الشركة")
               r"حول(?=\s+(?:ال)?(?:شركة|مؤسسة|منظمة|وزارة|هيئة|جمعية|مجموعة|بنك|صندوق|جامعة|مركز))|"
               # Russian and Ukrainian "о", "об", "про" before a name or an organisation's word ("О компании",
               # "Об Агентстве"); before a lower-case word a heading of the body ("Об условиях конкурса")
               r"(?:о|об|про)(?=\s+(?:(?-i:[А-ЯЁІЇЄҐA-Z«\"])|компании|фонде|нас|агентстве|организации|банке|группе|"
               r"министерстве|проекте|центре|университете|компанії|фонд))|"
               r"про(?=\s+(?:компанію|проєкт|організацію|центр|університет)[*_\s:]*$)|"
               # Lithuanian "Apie", Icelandic "Um", Afrikaans "Oor", Hausa "Game da" before a name in capitals;
               # Latvian "Par" only before an organisation's word (before a name it is a French byline's "Par");
               # Estonian "Meist", "Ettevõttest" ("about us", "about the company"); Amharic "ስለ"
               r"(?:apie|um|oor|game da)(?=\s+(?-i:[A-ZÀ-ÞĀ-Ž]))|"
               r"par(?=\s+(?:uzņēmumu|mums|organizāciju|aģentūru|fondu|ministriju|pašvaldību|(?-i:AS|SIA|VAS))\b)|"
               r"apie(?=\s+(?:bendrovę|įmonę|organizaciją|fondą|agentūrą|ministeriją|banką)\b)|oor(?=\s+die\s+(?-i:[A-Z]))|"
               r"ስለ|"
               # Slavic "O" before an organisation's name or word in the locative ("O Jihomoravské polytechnice",
               # "O društvu", "O fondaciji", "O Dalmatinki Turizam": the first word ends as a locative does; the
               # Portuguese article before a nominative, "O Programa", "O Presidente", is no heading)
               r"o(?=\s+[^\W\d_]{3,}(?:ě|i|(?<![eé])u|ji|ce|ci|é|ém|ím|ách|ích|oj|om)(?:\s+\S+){0,4}[*_\s]*$)|"
               # Bulgarian and Macedonian "За" and Serbian Cyrillic "О" before a name in capitals or quotes or an
               # organisation's word ("За „Зелена Тракия“", "За нас", "О компанији"); before other words "for"
               r"за(?=\s+(?:(?-i:[А-ЯЁЂ-Џ])|[„«\"“]|нас|компанията|дружеството|фондацията|организацията|сдружението|"
               r"агенцията|министерството|банката|компанијата|здружението|фондацијата))|"
               r"о(?=\s+(?:компанији|фондацији|организацији|удружењу|агенцији|банци|нама))|"
               # Albanian "Rreth" ("about", "around") before a name in capitals or an organisation's word
               r"rreth(?=\s+(?:(?-i:[A-ZÇË])|nesh|kompanisë|organizatës|fondacionit|shoqatës|agjencisë|bankës))")
# "... about" after it: Hungarian "A Kerekerdő Nyrt.-ről", Hindi "... के बारे में", Japanese "...について", Korean
# "... 소개", Uzbek "... haqida", Kazakh "... туралы"; "X lyhyesti", "X w skrócie": "X in brief"
ABOUT_AFTER = (r"(?:(?:a|az)\s+)?(?-i:[A-ZÀ-ÞŐŰ])\S*(?:\s+\S+){0,5}?-?(?:ról|ről)|"
                r"\S+(?:\s+\S+){0,5}?(?:\s+(?:के बारे में|সম্পর্কে|haqida|haqqında|туралы|тухай|შესახებ)|"
                r"について|の概要|에 대하여|에 대해|\s(?:소개|개요))|"
                # Chinese, Thai, Khmer "about" written with no space before the name ("关于深蓝智航"); Japanese
                # "company profile", Korean "company introduction"
                r"(?:关于|關於|អំពី|เกี่ยวกับ)[^\s，。,.!?：:]{1,40}|(?:会社|団体|法人|機構|組織)概要|"
                r"(?:회사|기관|재단|법인|단체) 소개")
# investor relations' heading beside the media's (Turkish, Romanian, Polish, Russian, Chinese, Japanese, Korean, Arabic)
MORE_INVESTOR = (r"yatırımcı ilişkileri|relația cu investitorii|relații cu investitorii|relacje inwestorskie|"
                  r"relacje z inwestorami|связи с инвесторами|отношения с инвесторами|投资者关系|投資者關係|"
                  r"IR(?:担当|お問い合わせ)|IR 문의|투자자 관계|علاقات المستثمرين")
_MORE_BRIEF_WORDS = (r"lühidalt|īsumā|trumpai|í stuttu máli|"
                     r"lyhyesti|i korthet|i korte trekk|kort fortalt|w skrócie|ve zkratce|pe scurt|röviden|вкратце")
# a listed company's or an agency's legal sections: notes, their headings left out; they close a release, so in
# the first half of a long text such a heading ("Disclosure: ... may earn a commission" atop a review) is no end
# matter
LEGAL = (r"disclaimer|disclosure|forward[- ]looking statements?|"
          r"cautionary (?:note|statement)s?(?: (?:on|regarding|concerning) forward[- ]looking statements?)?|"
          r"declarações prospectivas|declaraciones prospectivas|déclarations prospectives|"
          r"dichiarazioni previsionali|zukunftsgerichtete aussagen|"
          r"safe harbou?r(?: statement)?|legal notice|avertissement|mentions légales|haftungsausschluss|"
          r"rechtliche hinweise?|aviso legal|exención de responsabilidad|esclusione di responsabilità|"
          r"aviso de isenção de responsabilidade|vrijwaring|"
          r"dichiarazione del dirigente preposto(?: alla redazione dei documenti contabili societari)?|" + _MORE_LEGAL)
NOTES = (r"notes? (?:to|for) (?:editors?|editor)|editors?'? notes?|notes?|background(?: information)?|"
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
          r"about us|à propos|acerca de nosotros|sobre nós|über uns|meist|ettevõttest|apie mus|um okkur|oor ons|"
          + _MORE_NOTES + "|" + LEGAL)
ABOUT = (r"about|profile of|profilo d[ie']|profil d[eu']|perfil d[eo]|profil von|profiel van|"
          r"à propos d(?:es|e|u|['’])|a propos d(?:es|e|u|['’])|"
          r"über|uber|acerca de|sobre|sobre el|sobre la|sobre o|sobre a|"
          r"informazioni su(?:ll['’]|lla|llo|l|i|gli|lle)?|chi è|chi siamo|over|tentang|giới thiệu về|về|"
          r"qui sommes-nous|"
          # Scandinavian "Om", Romanian "Despre", Finnish "Tietoa", Malay "Mengenai", Swahili "Kuhusu", Tagalog
          # "Tungkol sa", before a name in capitals ("Om Vindro"; "Om du ..." opens a sentence)
          r"(?:om|despre|tietoa|mengenai|kuhusu|tungkol sa)(?=\s+(?-i:[A-ZÀ-Þ]))|" + _MORE_ABOUT)
BRIEF_WORDS = (r"in breve|in brief|en bref|en breve|em resumo|in kürze|in het kort|hakkında|"  # Turkish: "X Hakkında"
                + _MORE_BRIEF_WORDS)
# "L'ATAI in breve", "Die Stiftung in Kürze": an organisation's name (up to five words, the first capitalised
# after an article) before words saying "in brief"
IN_BRIEF = (r"(?:(?:l['’]|la |le |il |lo |die |der |das |de |het |el |los |o |a |the )?"
             r"(?-i:[A-ZÀ-ÞİŞĞ])\S*(?:\s+\S+){0,4}?)"
             r"\s+(?:" + BRIEF_WORDS + r")")
CONTACT = (r"media contacts?|press contacts?|media enquiries|media inquiries|press enquiries|press inquiries|"
            r"(?:for )?media queries|rückfragehinweis(?:e)?|persverantwoordelijke|woordvoering|"
            r"press office|media relations|for (?:further|more) information(?:,? (?:please )?contact)?|contacts?|"
            r"contact presse|contacts presse|relations presse|service de presse|pour plus d['’]informations?|"
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
            r"for (?:further |more )?(?:enquiries|inquiries)(?:,? please contact)?|issued by|வெளியீடு|"
            r"for (?:further|more) information,? (?:please )?contact (?:the |our )?[^:,.]{2,50}?(?=\s*:)|"
            r"(?:para )?(?:mayor|más) información|meer informatie|"
            r"voor vragen van (?:de )?(?:pers|media|journalisten)|persvragen|mediavragen|"   # Dutch: press questions
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
# the media, journalists and interviews, in a line that asks them to contact someone ("Journalists seeking more
# information may contact:")
MEDIA_WORDS = (r"media|press|journalists?|interviews?|reporters?|médias|presse|journalistes|entrevues?|prensa|medios|"
               r"periodistas|entrevistas?|imprensa|jornalistas|stampa|giornalisti|interviste?|pers|journalisten|"
               r"medien|redaktionen|interviews?anfragen")
# "Ufficio Stampa e Comunicazione", "Press and Communications": a press office that also names communication
AND_COMMUNICATION = (r"(?:\s+(?:e|y|and|et|und|en|&)\s+(?:comunicazione|comunicación|communications?|kommunikation|"
                      r"comunicação|communicatie|komunikasi))?")
# "Notes to editors, not for publication", "Noot voor de redactie – niet voor publicatie": still the heading
NOT_FOR_PUBLICATION = (r"(?:not for publication|niet voor publicatie|ne pas publier|pas pour publication|"
                        r"nicht zur veröffentlichung|nicht für die veröffentlichung|no para publicación|"
                        r"no publicar|não para publicação|não publicar|non per la pubblicazione|non pubblicare|"
                        r"tidak untuk dipublikasikan)")
# (a newswire's "SOURCE Minera Cordillera Austral S.A." is `endmatter._source_line`'s: the contact section's first line)
# A release's signature: a line saying it was signed ("Signed", "Sgd.", Hausa "Sa hannu:", French "(Signé)", "(sé)",
# "(é)", Portuguese "Assinado", Spanish "Firmado"), alone or before the signer's name (the bracketed one-letter forms
# only in brackets); and where and when it was signed ("Fait à Abidjan, le ...", "Feito em Luanda, aos ...", "Hecho
# en ...", "Done at ...")
SIGNED_WORDS = r"signed|sgd\.?|signé|signée|sa hannu|assinado|assinada|firmado|firmada|imesainiwa"
SIGNED_BRACKETED = r"signed|sgd|signé|signée|sé|s\.é|é|assinado|firmado"
DONE_AT = r"fait à|fait a|feito em|feito a|hecho en|dado en|dado em|done at|given at|given under my hand at"
# "GCII, aos 3 de Junho de 2026.", "Dakar, le 3 mars 2026": an office or a place, then the day the release was
# signed written with its ordinal word ("aos", "le", "el", "a", "den", "am")
SIGNED_DAY = r"aos|le|el|a|den|am|on"

# A web page's furniture printed below a release (a browser's PDF of the page): a share bar ("Share: Facebook X
# LinkedIn", "Partilhar:", "Partager :", "Teilen:", "Compartir:", "Dela:"), and the heading of its list of other news
# ("Latest news", "Related news", "Senaste nytt", "Notícias relacionadas", "À lire aussi", "Weitere Meldungen")
SHARE_WORDS = (r"share(?: this)?(?: (?:article|page|release|story))?|partilhar|compartilhar|partager|teilen|compartir|"
               r"condividi|delen|dela|del|jaa|bagikan|chia sẻ|shiriki|مشاركة|поделиться")
SOCIAL_NETWORKS = r"facebook|x|twitter|whatsapp|linkedin|e-?mail|telegram|instagram|youtube|print|imprimir|copy link"
MORE_NEWS = (r"latest news|related news|related (?:articles|releases|stories)|more news|other news|read more|"
             r"see also|senaste nytt|siste nytt|seneste nyt|uusimmat uutiset|notícias relacionadas|mais notícias|"
             r"últimas notícias|noticias relacionadas|últimas noticias|más noticias|à lire aussi|actualités récentes|"
             r"dernières actualités|weitere (?:meldungen|nachrichten|pressemitteilungen)|aktuelle meldungen|"
             r"ultime notizie|notizie correlate|gerelateerd nieuws|laatste nieuws|berita terkait|berita terbaru|"
             r"habari zaidi|habari mpya")

# "Signed" / "Sa hannu:" / "(Signé) Awa Sarr": a line saying the release was signed, alone or before the signer
SIGNED_LINE = re.compile(r"^(?:\((?:" + SIGNED_BRACKETED + r")\)|(?:" + SIGNED_WORDS + r")\s*:?)"
                         r"(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE)
# "Fait à Abidjan, le 28 novembre 2025", "GCII, aos 3 de Junho de 2026.": where and when the release was signed
DONE_AT_LINE = re.compile(r"^(?:(?:" + DONE_AT + r")\s+\S.{0,70}|(?-i:[A-ZÀ-Þ])[^,.;:!?]{1,40},\s+(?:" + SIGNED_DAY
                          + r")\s+\d{1,2}(?:º|er|\.)?\s+(?:de\s+)?[^\W\d]+\s+(?:de\s+)?\d{4})\.?$", re.IGNORECASE)
# "(é) ", "(Signé) ": the mark of a signature before the signer's name
SIGNED_MARK = re.compile(r"^\((?:" + SIGNED_BRACKETED + r")\)\s+", re.IGNORECASE)
# "Share: Facebook X WhatsApp", "© 2026 Harbour Trust – Port Ellery", "Privacy · Contact · RSS": a web page's share
# bar, copyright line and footer links (a browser's PDF of the page prints them below the release)
SHARE_BAR = re.compile(r"^(?:" + SHARE_WORDS + r")\s*[:：]?(?:\s*[|·•,]?\s*(?:" + SOCIAL_NETWORKS + r")){1,10}$",
                       re.IGNORECASE)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
FOOTER_LINKS = re.compile(r"^[^\s·•|]+(?:\s[^\s·•|]+){0,3}(?:\s+[·•|]\s+[^\s·•|]+(?:\s[^\s·•|]+){0,3}){1,8}$")
MORE_NEWS_HEADING = re.compile(r"^(?:" + MORE_NEWS + r")[\s:：]*$", re.IGNORECASE)
# "(Release ID: 2110457)": a newsroom's reference of the release, in brackets on its own line closing it (a
# government press bureau's convention): no note
RELEASE_ID = re.compile(r"^\((?:release id|press release (?:id|no\.?)|ref(?:erence)?(?:\.? no\.?)?)\s*[:：.]?\s*"
                        r"[\w][\w/.\-]{0,30}\)$", re.IGNORECASE)
