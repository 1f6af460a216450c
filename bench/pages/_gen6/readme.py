import json, os, subprocess
D=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'dev6')
rows=json.load(open(D+'/_rows.json'))
chk=subprocess.run(['python3',os.path.join(os.path.dirname(os.path.abspath(__file__)), 'check.py')],capture_output=True,text=True).stdout.strip().splitlines()[-1]
langs=sorted({r[1] for r in rows})
out=['# dev6 article pages (blind writer)','',
f'{len(rows)} pages, {len(langs)} languages ({", ".join(langs)}); 1 English page. Generator: bench/pages/_gen6/gen.py (skeletons) + pages_a/b/c.py (content); self-check: check.py.','',
'| name | lang | published | bytes | skeleton |','|---|---|---|---|---|']
for n,l,p,b,s in rows: out.append(f'| {n} | {l} | {p or "null"} | {b} | {s} |')
out+=['','## Judgement calls','',
'- **Published = publisher\'s local calendar day.** tl_balita_wordpress (meta 2024-03-02T16:30Z → "Marso 3, 2024", Manila), id_nextjs_wib (__NEXT_DATA__ 2024-02-05T17:20Z → 6 Feb 00:20 WIB), sv_amp_kvall (meta 2022-10-01T22:15Z → "2 oktober 2022 kl. 00.15"): expected is the local day, never the UTC day.',
'- **Published vs modified:** when both are shown (ko 입력/수정, hi प्रकाशित/अपडेटेड, uk, hu, nl, is, pt_br, he) the first-publication day is expected; uk_aem_ministry and nl_wix_vereniging carry only a modified time in meta.',
'- **Calendars:** th uses Buddhist Era (2566 → 2023), ja Reiwa (令和5年 → 2023), zh_tw Minguo numeric (112-10-05 → 2023-10-05).',
'- **Numeric order:** en_us_campus_police "03/04/2024" read month-first (US .edu site, related 02/27/2024 confirms) → 2024-03-04; es_mx "01/12/2023" and pt_br "09/10/2023" day-first (confirmed by dateline/meta).',
'- **No date:** da_squarespace_nodate → null.',
'- **Datelines** (vi, et, es_mx wires) are excluded from body_first; wire boilerplate ("About …", contact) ends the body.',
'- **Paywall** (ro_wp_paywall): body_last is the last sentence served before the paywall teaser.',
'- **Live blog** (he_liveblog): summary + timestamped entries are the body; body_last is the last entry in document order (the oldest, 06:30 entry).',
'- **Titles:** the visible headline, with soft hyphens (fi) / zero-width space (tr) removed and the <br> in pl replaced by a space; h1 as section label with headline in h2/h3 (sw, ja, ru); <title>/og:title SEO variants differ on most pages.',
'- Thai has no sentence punctuation: a "sentence" is a space-delimited clause as written. Japanese/Chinese sentences end with 。 and are joined without spaces.',
'- Pages reach 10-18 KB partly through inline <style> blocks (as real themes do); visible text is 1-3 KB per page.',
'',f'## Self-check\n\n`python3 bench/pages/_gen6/check.py` → **{chk}** (keys present, title/body_first/body_last/absent found in visible text, sizes 10-18 KB). The generator additionally verifies no absent snippet occurs inside the body or headline.','']
open(D+'/README.md','w').write('\n'.join(out))
import os; os.remove(D+'/_rows.json')
