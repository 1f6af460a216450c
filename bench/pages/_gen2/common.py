import json, os, html as H, re
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'dev2')
PAGES = []

def page(name, url, lang, title, published, body_first, body_last, absent, notes, doc):
    PAGES.append(dict(name=name, url=url, lang=lang, title=title, published=published,
                      body_first=body_first, body_last=body_last, absent=absent, notes=notes, doc=doc))

def ul(items, cls='', a=True):
    c = f' class="{cls}"' if cls else ''
    if a:
        return f'<ul{c}>' + ''.join(f'<li><a href="/{re.sub(r"[^a-z0-9]+","-",i.lower()).strip("-") or "x"}/">{i}</a></li>' for i in items) + '</ul>'
    return f'<ul{c}>' + ''.join(f'<li>{i}</li>' for i in items) + '</ul>'

def ps(paras, cls=None):
    c = f' class="{cls}"' if cls else ''
    out = []
    for p in paras:
        if p.startswith('<'):
            out.append(p)
        else:
            out.append(f'<p{c}>{p}</p>')
    return '\n'.join(out)

def jsonld(d):
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + '</script>'

def filler_footer(site, cols):
    s = '<footer class="site-footer"><div class="footer-cols">'
    for head, items in cols:
        s += f'<div class="col"><h4>{head}</h4>{ul(items)}</div>'
    s += f'</div><p class="copy">&copy; 2024 {site}. All rights reserved.</p></footer>'
    return s

def write_all():
    os.makedirs(OUT, exist_ok=True)
    for p in PAGES:
        doc = p['doc']
        if len(doc.encode()) < 8600 and '</head>' in doc:
            rules = []
            props = ['margin-top','margin-bottom','padding-left','padding-right','gap']
            i = 0
            while len(doc.encode()) + len(''.join(rules)) < 8800:
                pr = props[i % len(props)]; k = i // len(props)
                rules.append(f'.u-{pr}-{k}{{{pr}:{k*4}px!important}}')
                if i % 7 == 6: rules.append('\n')
                i += 1
            doc = doc.replace('</head>', '<style id="utility-css">' + ''.join(rules) + '</style>\n</head>', 1)
        with open(os.path.join(OUT, p['name'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(doc)
        lab = {k: p[k] for k in ('url',)}
        lab['language'] = p['lang']
        for k in ('title', 'published', 'body_first', 'body_last', 'absent', 'notes'):
            lab[k] = p[k]
        with open(os.path.join(OUT, p['name'] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)

def megafooter(site, sections, bottom):
    s = '<footer class="footer"><div class="footer__inner">'
    for head, items in sections:
        s += f'<section class="footer__col"><h3 class="footer__heading">{head}</h3>{ul(items,"footer__list")}</section>'
    s += f'<div class="footer__bottom">{ul(bottom,"footer__legal")}<p>&copy; {site}</p></div></div></footer>'
    return s

CSS = '''<style>:root{--ghost-accent-color:#15171a;--font-sans:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
.gh-head{height:88px;font-size:1.6rem;line-height:1.3em;background-color:#fff;color:#15171a}.gh-head-inner{display:grid;column-gap:40px;grid-template-columns:auto 1fr auto;grid-auto-flow:row dense;align-items:center;height:100%}
.gh-head-brand{display:flex;align-items:center;height:40px;max-width:200px;text-align:center;word-break:break-all}.gh-head-logo{display:block;padding:10px 0;font-weight:800;font-size:2.6rem;letter-spacing:-.02em;color:inherit;white-space:nowrap}
.article-title{color:#15171a;font-size:clamp(3.2rem,5vw,5.2rem);font-weight:800;line-height:1.05em}.article-excerpt{margin-top:20px;max-width:720px;font-size:2.3rem;line-height:1.4em;opacity:.6}
.gh-content>*+*{margin-top:max(3.2vmin,24px);margin-bottom:0}.gh-content>blockquote{position:relative;font-style:italic;padding:0}.gh-content>blockquote:before{content:"";position:absolute;left:-1.5em;top:0;bottom:0;width:.3rem;background:var(--ghost-accent-color)}
.post-card{position:relative;flex:1 1 301px;display:flex;flex-direction:column;min-height:220px;background-size:cover}.post-card-title{margin:0 0 .4em;font-size:2.1rem;font-weight:800;line-height:1.15em}
@media (max-width:767px){.gh-head-inner{grid-template-columns:1fr}.article-title{font-size:3.4rem}}</style>'''

JSPAD = '''<script>
var _gaq = _gaq || [];
function fnSatisfy(form){ var v = $("input[name=s]:checked").val(); if(!v){ alert("만족도를 선택해 주세요."); return false; }
  $.ajax({ url: "/cmm/satisfy/insert.do", type: "post", data: { menuNo: "1010101", score: v, pageUrl: location.href }, dataType: "json",
  success: function(res){ if(res.result == "OK"){ alert("소중한 의견 감사합니다."); } else { alert("이미 평가하셨습니다."); } },
  error: function(){ alert("오류가 발생했습니다. 잠시 후 다시 시도해 주세요."); } }); return false; }
function fnPrint(){ var w = window.open("", "print", "width=800,height=700,scrollbars=yes"); w.document.write($("#contents").html()); w.document.close(); w.print(); }
function fnFontSize(t){ var s = parseInt($("body").css("font-size")); if(t=="plus" && s < 20){ s += 1; } else if(t=="minus" && s > 11){ s -= 1; } $("body").css("font-size", s + "px"); }
$(document).ready(function(){ $("#gnb > ul > li").on("mouseenter focusin", function(){ $(this).addClass("on").siblings().removeClass("on"); });
  $("#gnb").on("mouseleave", function(){ $("#gnb > ul > li").removeClass("on"); }); $(".family_site select").on("change", function(){ if(this.value) window.open(this.value); }); });
</script>'''
