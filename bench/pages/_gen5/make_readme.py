import json, glob, os, subprocess
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev5")
SK = {
 "de_polizei_typo3": "TYPO3 police newsroom, soft hyphens in h1, visible date only",
 "fr_wordpress_regional": "WordPress (tagDiv Newspaper) regional daily; local 00h30 vs UTC previous day",
 "es_drupal_ministerio": "Drupal 10 ministry press release; bold dateline in first paragraph",
 "pt_nextjs_portal": "Next.js SSR (__NEXT_DATA__); UTC next day vs local 22h15",
 "it_joomla_cronaca": "Joomla 3 article; headline in h2; published+modified dl",
 "nl_gemeente_persbericht": "Municipal site, no metadata at all",
 "pl_regional_paywall": "Paywalled regional daily; truncated body",
 "cs_univerzita_zpravy": "University newsroom; only modified_time in meta",
 "sv_ghost_lokalnytt": "Ghost (Casper-like) local news; full metadata",
 "da_table_layout": "1990s table/font layout, <br><br> paragraphs",
 "fi_amp_uutinen": "AMP article",
 "tr_haber_portali": "Ad-heavy portal; zero-width space in h1; inline related",
 "id_wordpress_berita": "WordPress news; 'Baca juga' inside body",
 "vi_bao_dien_tu": "Vietnamese daily; GMT+7 06:00 vs UTC previous day",
 "ja_shiyakusho_houdou": "Japanese municipal CMS; Reiwa era dates only",
 "zh_zhengfu_menhu": "Chinese gov portal (TRS); headline in div; PubDate meta",
 "ko_news_br_title": "Korean daily; headline h2 split by <br>; KST 00:20 vs UTC previous day",
 "ar_wakala_anba": "Arabic RTL news agency; Arabic-Indic digits + Hijri date",
 "he_news_site": "Hebrew RTL news; dd.mm.yy dates",
 "ru_bitrix_region": "1C-Bitrix regional news",
 "uk_print_version": "Print view (no chrome), print date trap",
 "el_eidiseis_perifereia": "Greek regional news; question-mark headline",
 "en_us_sharepoint_city": "SharePoint 2013 city press release; US mm/dd/yyyy",
 "en_gb_liveblog": "UK live blog, newest-first entries",
 "en_newswire_release": "Newswire release with dateline, About boilerplate",
 "hu_aem_sajtokozlemeny": "Adobe AEM core components corporate release",
 "ro_squarespace_ong": "Squarespace 7.1 blog item (NGO)",
 "th_khao_buddhist_era": "Thai regional news; Buddhist Era date only",
 "hi_nuxt_samachar": "Nuxt 2 SSR Hindi news; metadata has only dateModified",
 "sw_hugo_ngo_nodate": "Hugo NGO press release; no date anywhere",
}
rows = []
for hp in sorted(glob.glob(D + "/*.html")):
    n = os.path.basename(hp)[:-5]
    e = json.load(open(D + "/" + n + ".expected.json", encoding="utf-8"))
    rows.append(f"| {n} | {e['language']} | {e['published']} | {os.path.getsize(hp)} | {SK[n]} |")
chk = subprocess.run(["python3", os.path.join(os.path.dirname(os.path.abspath(__file__)), "check.py")], capture_output=True, text=True).stdout.strip()
md = f"""# heldout4 — blind-written article pages

30 invented news / press-release pages (`NAME.html`) with expected extraction values (`NAME.expected.json`).
Generator and self-check: `/work/notes/pages/heldout4_gen/` (`python3 gen.py && python3 check.py`).
Every page is written from scratch; no real page or test page was copied. Inline `<style>` blocks of
site-specific utility CSS bring pages to a realistic 10-18 KB.

| name | lang | published | bytes | skeleton |
|---|---|---|---|---|
""" + "\n".join(rows) + f"""

## Judgement calls
- **published** = the publisher's local calendar day as printed on the page. Where machine dates are in UTC and fall on another day
  (fr 00h30 Paris vs 23:30Z; pt 22h15 BRT vs 01:15Z next day; vi 06:00 GMT+7 vs 23:00Z previous day; ko 00:20 KST vs 15:20Z
  previous day) the visible local day wins.
- Only-modified metadata (cs: article:modified_time; hi: JSON-LD dateModified only): published is the visible publication date, not the modified one.
- sw page states no date anywhere: published = null (copyright year ignored).
- Era calendars converted: Reiwa 7 -> 2025 (ja), Buddhist Era 2567 -> 2024 (th); Hijri date in ar top bar ignored in favour of the Gregorian
  article date. US numeric 03/04/2025 read month-first (4 March 2025).
- title = visible headline without kicker/site name; soft hyphens / zero-width spaces removed (de, tr); <br>-split headline joined with a
  single space (ko); when the page's h1 is the logo, the headline is the h2 (ko, it).
- body_first skips datelines ('Tübingen (ots) –', 'Madrid, 3 de febrero de 2025.', 'Semarang -', 'الدمام ١٠ نوفمبر (واخ) –',
  'PITTSBURGH, Dec. 2, 2024 /PRWireCentral/ --') and standfirsts.
- body_last stops before sign-offs: contact blocks, '###', '(انتهى)', editor initials, byline/copyright lines inside the body container,
  newswire 'About …' boilerplate (en_newswire_release), Japanese お問い合わせ box.
- Paywalled page (pl): body_last is the last paragraph shown before the paywall box.
- Live blog (en_gb): body = entries in document order (newest first), so body_first comes from the top entry and body_last from the
  oldest entry; timestamps, key-events list and standfirst bullets are not body.
- Thai (th): no sentence punctuation, so first and last paragraphs are single sentences and are used whole.
- Inline 'related' boxes inside the body container (Baca juga, İLGİLİ HABER, Lue myös, Διαβάστε επίσης, यह भी पढ़ें, עוד באתר) are not body.

## Self-check
`check.py`: every expected.json parses with all keys; title (modulo invisible characters), body_first, body_last and every absent
snippet occur in the visible text (scripts/styles/head removed, tags stripped, entities decoded, whitespace normalised); 4-6 absent
snippets; size 10-18 KB.

Result: `{chk}`
"""
open(D + "/README.md", "w", encoding="utf-8").write(md)
print(chk)
