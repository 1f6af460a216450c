import html, json, re, random
E = html.escape
CSS_BITS = ["body{margin:0;font-family:%s;color:#1a1a1a;background:#fff}",".wrap{max-width:1180px;margin:0 auto;padding:0 16px}",
".hdr{border-bottom:3px solid %s;padding:12px 0}",".nav a{display:inline-block;padding:8px 12px;text-decoration:none;color:#222}",
".crumbs{font-size:13px;color:#666;margin:10px 0}",".cookie{position:fixed;bottom:0;left:0;right:0;background:#111;color:#eee;padding:14px;z-index:99}",
".side{float:right;width:300px}",".main{float:left;width:760px}",".ftr{clear:both;background:#f2f2f2;padding:30px 0;font-size:13px}",
".share a{margin-right:8px}",".rel li{margin-bottom:6px}",".caption{font-size:12px;color:#555}",
"@media (max-width:900px){.side,.main{float:none;width:auto}}",".btn{background:%s;color:#fff;border:0;padding:8px 14px;border-radius:3px}"]
def css(seed, font, color):
    r = random.Random(seed)
    out=[]
    for b in CSS_BITS:
        if '%s' in b:
            b = b % (font if 'font' in b else color)
        out.append(b)
    for i in range(r.randint(25,40)):
        out.append(".c%x-%d{margin:%dpx %dpx;padding:%dpx;line-height:%.2f}"%(r.randint(4096,65535),i,r.randint(0,30),r.randint(0,20),r.randint(0,16),1+r.random()))
    return "\n".join(out)
def tracker(seed, site):
    r = random.Random(seed*7)
    return ("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());"
            "gtag('config','G-%s');var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);"
            "(function(){var u='https://stats.%s/';_paq.push(['setTrackerUrl',u+'matomo.php']);_paq.push(['setSiteId','%d']);"
            "var d=document,g=d.createElement('script'),s=d.getElementsByTagName('script')[0];g.async=true;g.src=u+'matomo.js';s.parentNode.insertBefore(g,s)})();"
            % (''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(10)), site, r.randint(1,40)))
def ul(items, cls="", link=True):
    lis = "".join('<li><a href="/%s">%s</a></li>' % (re.sub(r'\W+','-',i.lower())[:40] or 'x', E(i)) for i in items)
    return '<ul class="%s">%s</ul>' % (cls, lis)
def paras(ps, cls=None):
    c = ' class="%s"'%cls if cls else ''
    return "\n".join("<p%s>%s</p>"%(c,p) for p in ps)
def pad_to(htmltext, seed, minsize=10800):
    # add a realistic config blob in a script before </body> if the page is too small
    b = len(htmltext.encode('utf-8'))
    if b >= minsize: return htmltext
    r = random.Random(seed)
    need = minsize - b + r.randint(200,1500)
    items=[]; s=0
    while s < need:
        it = {"slot":"ad-%d"%len(items),"sizes":[[300,250],[728,90]] if len(items)%2 else [[320,50]],"targeting":{"pos":"p%d"%len(items),"kw":["n%x"%r.randint(0,99999)]},"lazy":True}
        j=json.dumps(it); items.append(it); s+=len(j)+1
    blob = '<script>window.__ADCONFIG__=%s;</script>\n' % json.dumps({"v":3,"slots":items})
    return htmltext.replace('</body>', blob + '</body>')
