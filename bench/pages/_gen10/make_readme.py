#!/usr/bin/env python3
import json, os, subprocess, sys
H = os.path.dirname(os.path.abspath(__file__))
rows = json.load(open(os.path.join(H, 'rows.json')))
chk = subprocess.run([sys.executable, os.path.join(H, 'check.py')], capture_output=True, text=True).stdout.strip().splitlines()[-1]
langs = sorted({r[1] for r in rows})
out = ['# heldout7 — blind-written article pages', '',
       '30 invented article pages (`NAME.html`) with expected extraction values (`NAME.expected.json`).',
       'Generator: `../heldout7_gen/gen.py` (skeletons in `skeletons.py`, content in `pages_a/b/c.py`); self-check: `../heldout7_gen/check.py`.', '',
       'Languages (%d): %s. Non-English pages: %d of %d.' % (len(langs), ', '.join(langs), sum(1 for r in rows if r[1] != 'en'), len(rows)), '',
       '| name | lang | published | bytes | skeleton |', '|---|---|---|---|---|']
for r in rows:
    out.append('| %s | %s | %s | %d | %s |' % (r[0], r[1], r[2] or 'null', r[3], r[4]))
out += ['', '## Judgement calls', '',
"- **published** is always the publisher's local calendar day as printed. Pages where a machine date is in UTC and falls on a different day: "
"fr_wp_festival_jazz (article:published_time 2025-06-14T22:30Z, printed 15 juin 0 h 30), sv_polis_handelse (2025-09-28T22:40Z vs 29 september 00.40), "
"tr_nextjs_deprem_tatbikat (all machine dates 2026-02-14T21:30Z vs 15 Şubat 00:30), hi_nuxt_monsoon (2025-08-22T18:50Z vs 23 अगस्त 12:20 AM IST). "
"en_us_liveblog_storm has dateModified on the UTC next day.",
"- Era calendars converted: 令和7年4月1日 → 2025-04-01 (ja), พ.ศ. 2569 → 2026 (th). Hijri date on the ar page is shown alongside the Gregorian one.",
"- A 'last updated'/'modified'/'printed on' date is never the publication date (de meta name=date, da print view 'Udskrevet', en_aem only article:modified_time, ja 最終更新日, pl 'Data aktualizacji').",
"- en_gb_table_layout_nodate states no publication date anywhere → `null` (copyright range is not a date of publication).",
"- **title** = visible headline without kicker, site name or date; where the headline is an h2 under a section-name h1 (pl, sv, ja, Joomla it/uk, portals vi/zh/ko/th) the h2 is the title. "
"Soft hyphens (de) and a zero-width space (fi) are removed; the <br>-split Greek h1 is joined with one space. Where <title>/og:title is an SEO variant, the visible h1 wins.",
"- **body_first** skips standfirst/deck/lead/sapo blocks (even when, as on fr_wp, the chapo sits inside entry-content with its own class) and datelines "
"(\"Weilheim –\", \"Semarang (Kabar Nusantara) -\", \"LIMA, Ohio –\", \"本报合肥11月2日电\" — for zh the run-in \"记者陈晨报道：\" is kept as part of the sentence).",
"- **body_last** stops before paywall teasers, editor/copyright lines, press contacts, attachment boxes and tip boxes. On the live blog the body is the summary plus "
"the chronologically ordered entries; body_last is the last sentence of the last entry (entry time labels are not body).",
"- In-body boilerplate (pull quote, 'Lesen Sie auch'/'LEIA TAMBÉM'/'Baca juga' links, ad labels, figure captions) is not body; body list items (ja) and subheadings are body.",
"- Thai has no sentence punctuation: body_first/body_last are whole paragraphs.",
"- Page size is reached partly with inline critical CSS (generated, deterministic), as many real sites do; all visible chrome is hand-written per page.",
'', '## Self-check', '', 'Checks: every expected.json parses and has all keys; title (modulo soft hyphen/zero-width chars), body_first, body_last and every absent snippet '
'occur in the visible text (head/script/style/comments removed, tags stripped, <br> as space, entities decoded, whitespace normalised); 4–6 absent snippets; size 10–18 KB; '
'date format. The generator additionally verifies that no absent snippet occurs inside the body text.', '', 'Result: `%s`' % chk, '']
open(os.path.join(H, '..', 'heldout7', 'README.md'), 'w').write('\n'.join(out))
print(chk)
