"""Release labels ("PRESS RELEASE", "Communiqué de presse", "プレスリリース"), release numbers, embargo lines and the
metadata lines of a preamble, in the languages the project reads. Pure patterns and one predicate.
"""
from __future__ import annotations

import re

_LABEL_WORDS = (
    r"for immediate release|immediate release|for release|press release|news release|media release|media advisory|"
    r"media statement|press statement|joint statement|joint press release|statement|news|press notice|"
    r"communiqué de presse|communiqué conjoint|communiqué|déclaration(?: conjointe)?|pour diffusion immédiate|"
    r"pour publication immédiate|information presse|avis aux médias|comunicado de prensa|comunicado|nota de prensa|"
    r"nota informativa|declaración(?: conjunta)?|para publicación inmediata|pressemitteilung|presseinformation|"
    r"medienmitteilung|gemeinsame erklärung|erklärung|zur sofortigen veröffentlichung|comunicado de imprensa|"
    r"comunicado à imprensa|nota à imprensa|nota de imprensa|release|para divulgação imediata|comunicato stampa|"
    r"comunicato|nota stampa|persbericht|perscommuniqué|siaran pers|rilis pers|thông cáo báo chí|"
    r"press briefing|advisory|news alert|media alert|update|"
    r"communiqué commun|déclaration commune|comunicato congiunto|gemeinsame pressemitteilung|pressemeldung|"
    r"boletín(?: de prensa)?|boletim|aviso de prensa|aviso à imprensa|persmededeling|siaran media|"
    r"tuyên bố chung|tuyên bố báo chí|untuk (?:segera )?disiarkan(?: segera)?|untuk (?:segera )?diterbitkan|"
    r"untuk siaran segera|per (?:la )?diffusione immediata|para difusión inmediata|voor onmiddellijke publicatie|"
    r"komunikat prasowy|informacja prasowa|pressemeddelelse|pressmeddelande|pressemelding|tiedote|lehdistötiedote|"
    # a listed company's releases: "Stock exchange release", Finnish "Pörssitiedote", Swedish "Börsmeddelande",
    # Danish "Selskabsmeddelelse", Norwegian "Børsmelding", "Inside information", "Ad hoc-Mitteilung"
    r"stock exchange (?:release|announcement)|company (?:announcement|release)|regulatory (?:news|release|"
    r"announcement)|investor news|inside information|pörssitiedote|sisäpiiritieto|börsmeddelande|"
    r"selskabsmeddelelse|børsmelding|ad[- ]hoc[- ]mitteilung|insiderinformation|"
    # Latin America and Southern Europe: Argentina's "gacetilla", Brazil's "nota oficial", "aviso de pauta"
    # (a media advisory), Catalan, Galician, Basque, Greek, Croatian, Slovenian, Serbian, Romanian, Albanian, Maltese
    r"gacetilla(?: de prensa)?|nota oficial|nota para a imprensa|aviso de pauta|sugestão de pauta|"
    r"convocatoria (?:de prensa|a (?:los )?medios)|aviso a (?:los )?medios|información de prensa|"
    r"comunicado oficial|boletín informativo|nota de premsa|comunicat de premsa|prentsa oharra|"
    r"δελτίο τύπου|ανακοίνωση τύπου|priopćenje(?: za (?:medije|javnost))?|sporočilo za (?:javnost|medije)|"
    r"saopštenje(?: za (?:javnost|medije))?|саопштење(?: за јавност)?|comunicat de presă|comunicat|"
    r"njoftim për shtyp|stqarrija għall-istampa|"
    # East and Southeast Asia, Russia and Central Asia, the Middle East and South Asia (scripts without word
    # boundaries are matched whole: a line that is the label and nothing else)
    r"пресс-релиз|пресс релиз|прес-реліз|информационное сообщение|сообщение для (?:прессы|сми)|"
    r"совместное заявление|заявление для (?:прессы|сми)|баспасөз релизі|ақпараттық хабарлама|"
    r"press-reliz|matbuot relizi|axborot xabari|хэвлэлийн мэдээ|kenyataan akhbar|kenyataan media|"
    r"siaran akhbar|pahayag(?: sa pamamahayag)?|paabiso|basın bülteni|basın açıklaması|"
    r"プレスリリース|ニュースリリース|報道関係各位|報道関係者の皆様|報道発表(?:資料)?|報道資料|記者発表(?:資料)?|報道関係者各位|"
    r"新闻稿|新聞稿|新闻发布|新聞發佈|新聞發布|新闻通稿|媒体通告|媒體通告|即时发布|即時發佈|即時發布|"
    r"보도자료|보도 자료|보도참고자료|즉시 배포|ข่าวประชาสัมพันธ์|ข่าวเผยแพร่|แถลงการณ์|"
    r"សេចក្តីប្រកាសព័ត៌មាន|သတင်းထုတ်ပြန်ချက်|ຂ່າວປະຊາສຳພັນ|"
    r"මාධ්‍ය නිවේදනය|මාධ්ය නිවේදනය|පුවත් නිවේදනය|ஊடக அறிக்கை|செய்திக் குறிப்பு|பத்திரிகை செய்தி|"   # Sinhala, Tamil
    r"הודעה לעיתונות|بيان صحفي|بيان صحافي|بيان إعلامي|प्रेस विज्ञप्ति|প্রেস বিজ্ঞপ্তি|"
    # Urdu, Persian, Hindi, Bengali, Hebrew and Arabic ones more ("press release" in each script's spelling)
    r"پریس ریلیز|پریس ریلیز|پریس نوٹ|اعلامیہ|اطلاعیه مطبوعاتی|بیانیه مطبوعاتی|प्रेस रिलीज़|प्रेस रिलीज|प्रेस नोट|"
    r"প্রেস রিলিজ|সংবাদ বিজ্ঞপ্তি|הודעה לתקשורת|הודעה לעיתונאים|خبر صحفي|بيان للصحافة|"
    # Central and Eastern Europe, the Baltic states, Iceland, Ireland, Wales, Luxembourg
    r"tisková zpráva|tiskové prohlášení|tlačová správa|tlačové vyhlásenie|sajtóközlemény|sajtótájékoztató|"
    r"съобщение за (?:медиите|пресата)|прессъобщение|pressiteade|pressiteave|paziņojums (?:presei|medijiem)|"
    r"preses relīze|pranešimas (?:spaudai|žiniasklaidai)|fréttatilkynning|preaseisiúint|datganiad i'?r wasg|"
    r"pressematdeelung|communiqué de presse conjoint|basın duyurusu|"
    # Africa: Swahili, Afrikaans, Zulu, Hausa, Somali, Kinyarwanda, Malagasy, Amharic
    r"taarifa kwa (?:vyombo vya habari|umma|waandishi wa habari)|taarifa ya habari|mediaverklaring|"
    r"persverklaring|media-?vrystelling|isitatimende sabezindaba|sanarwa ga manema labarai|war-?saxaafadeed|"
    r"itangazo rigenewe abanyamakuru|fanambarana ho an'ny mpanao gazety|ጋዜጣዊ መግለጫ|"
    # "for immediate release" in Hebrew, Arabic, Persian, Urdu, Hindi and Turkish
    r"לפרסום מיידי|לפרסום מידי|للنشر الفوري|للنشر فورا|للنشر فوراً|برای انتشار فوری|فوری اشاعت کے لیے|"
    r"तत्काल प्रकाशन (?:हेतु|के लिए)|तत्काल जारी करने (?:हेतु|के लिए)|derhal yayınlanmak üzere"
)
_LABEL = re.compile(r"^[*_#\s]*(?:" + _LABEL_WORDS + r")(?:\s*[-–—|:/]\s*(?:" + _LABEL_WORDS + r"))*[*_\s.:]*$",
                    re.IGNORECASE)
_NUMBER = re.compile(
    r"^[*_\s]*(?:"
    r"(?:(?:" + _LABEL_WORDS + r")\s*)?(?:#|no\.?|n\.|nº|n°|n\.º|nr\.?|number|núm\.?|número|numéro|numero|"
    r"nummer|nomor|số|ref\.?|№|ฉบับที่|исх\.\s*№|"
    r"reference|référence|referencia|referência|riferimento|kenmerk|aktenzeichen|az\.?)\s*[:.]?\s*[\w/.\-]{1,30}"
    r"|(?:" + _LABEL_WORDS + r")\s+[\w.\-]*\d[\w/.\-]*"                                 # "Comunicado 018/2024"
    r")[*_\s]*$", re.IGNORECASE)
_EMBARGO_WORDS = (
    r"embargo|embargoed|under embargo|sous embargo|sperrfrist|not for (?:publication|release|broadcast)|"
    r"hold for release|strictly embargoed|embargad[oa]s?|embargat[oa]|embargament|(?:bajo|sob|sotto|onder) embargo|"
    r"embargo hasta|embargo até|embargo fino|embargo tot|sperrefrist|"
    r"julkaistavissa|får publiceras|publiceras tidigast|må ikke (?:offentliggøres|publiceres|publiseres)|"
    # Russian, Ukrainian, Japanese ("lifted"), Korean ("time of reporting"), Chinese
    r"эмбарго|ембарго|не для (?:публикации|печати|оприлюднення) до|не публиковать до|解禁|報道解禁|엠바고|"
    r"보도\s?시점|보도\s?일시|禁止发布|禁止發布|"
    # Arabic "embargo on publication until", Hebrew "embargo", "not for publication before", Hindi "embargo"
    r"حظر النشر|يحظر النشر|محظور النشر|إمبارغو|امبارغو|אמברגו|לא לפרסום לפני|एम्बार्गो|प्रकाशन पर रोक|"
    r"ambargo|yayın yasağı|embargas|birtingarbann|ekki til birtingar|"
    # Hungarian and Azerbaijani spellings
    r"embargó|embarqo"
)  # Finnish "publishable on", Swedish "may be published (at the earliest)", Danish "not before"
# Phrases saying when a release may be published that are no embargo by themselves ("Publiceringsfritt" alone, "For
# release" a label): an embargo line only when a date or a time (a figure) follows on the line. English "for release
# at/on", Portuguese "divulgação sob embargo até", Spanish "publicación embargada hasta", French "diffusion autorisée à
# partir du", German "Veröffentlichung frei ab", Italian "non pubblicare prima delle", Dutch "niet publiceren vóór",
# Finnish "julkaisuvapaa" ("free to publish"), Swedish "publiceringsfritt", Danish "må (først) offentliggøres",
# Norwegian "kan publiseres fra", Polish "do publikacji po".
_EMBARGO_DATED_WORDS = (
    r"for (?:release|publication|broadcast) (?:at|on|after|from|no earlier than|not before)|"
    r"not to be (?:published|released|broadcast) (?:before|until|prior to)|"
    r"(?:divulgação|publicação|difusão) (?:sob embargo|embargada|proibida antes|"
    r"(?:permitida|autorizada|liberada) (?:a partir|após|depois|desde))|"
    r"(?:proibida a (?:divulgação|publicação)|não (?:divulgar|publicar)) antes|"
    r"(?:publicación|difusión|divulgación) (?:bajo embargo|embargada|prohibida antes|"
    r"(?:permitida|autorizada) (?:a partir|desde|después))|no (?:publicar|difundir|divulgar) antes|"
    r"(?:publication|diffusion) (?:sous embargo|interdite avant|(?:autorisée|libre) (?:à partir|dès|après))|"
    r"(?:à |a )?ne pas (?:diffuser|publier) avant|"
    r"(?:zur |frei zur )?veröffentlichung (?:frei )?(?:ab|nicht vor|frühestens)|(?:frei )?zur veröffentlichung "
    r"(?:am|ab|nach)|freigabe (?:ab|zur veröffentlichung)|nicht (?:zur veröffentlichung|veröffentlichen) vor|"
    r"(?:pubblicazione|diffusione) (?:sotto embargo|vietata prima|(?:consentita|autorizzata) (?:a partire|dalle|dopo))|"
    r"(?:da )?non (?:pubblicare|diffondere) prima|"
    r"(?:publicatie|openbaarmaking) (?:onder embargo|niet vóór|niet voor)|"
    r"niet (?:publiceren|openbaar maken) (?:vóór|voor)|vrij (?:voor|ter) publicatie|"
    r"julkaisuvapaa|ei julkaistavaksi ennen|publiceringsfritt|publiceringsfri|publiceras (?:ej|inte) före|"
    r"ej för publicering före|må (?:først )?offentliggøres|offentliggøres tidligst|kan offentliggøres (?:fra|efter)|"
    r"kan publiseres (?:fra|etter)|publiseres (?:ikke før|tidligst)|fri for publisering|"
    r"do publikacji (?:po|od|nie wcześniej niż)|publikacja nie wcześniej niż|nie publikować przed"
)
# An embargo line: an embargo's phrase opens it (after a quote's ">" or emphasis), or one of the phrases above does,
# or either follows a release's label ("TIEDOTE / Julkaisuvapaa 12.11.2025", "Press release – Embargoed until 10:00")
# and a figure follows.
EMBARGO = re.compile(
    r"^[*_>\s]*(?:(?:" + _EMBARGO_WORDS + r")(?:\b|(?=[\s:：]))"
    r"|(?:(?:" + _LABEL_WORDS + r")\s*[-–—|:/]\s*)*(?:" + _EMBARGO_WORDS + "|" + _EMBARGO_DATED_WORDS + r")"
    r"(?:\b|(?=[\s:：]))(?=[^\n]*\d))",
    re.IGNORECASE)


def is_label(line: str) -> bool:
    return bool(_LABEL.match(line) or _NUMBER.match(line)
                or (_SPACED.match(line) and _LABEL.match(line.replace(" ", ""))))


# "보 도 자 료", "新 闻 稿": a label's letters set apart by spaces (East Asian letterheads)
_SPACED = re.compile(r"^[*_\s]*\S(?: \S){2,8}[*_\s]*$")


# "Date: ...", "Time: 2:45 p.m.", "Contact: ...": metadata lines of a preamble
# "Source: Harbour Bank Limited": a newswire's line naming whose release it is
_META = re.compile(r"^(?:date|time|hora|heure|uhrzeit|zeit|ora|fecha|datum|data|tanggal|waktu|contact|kontakt|"
                   r"contacto|contato|location|lieu|ort|place|source|quelle|fuente|fonte)\s*:\s*\S.{0,60}$",
                   re.IGNORECASE)
