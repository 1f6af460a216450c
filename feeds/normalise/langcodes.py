"""ISO 639 language codes: which codes may be written in feeds, and their two-letter form. Pure, no I/O.

Feed validators know ISO 639-1 (two-letter) codes: a three-letter code with a two-letter form ("eng",
"fre") is written in that form; one without ("bcl", "pcm", "zxx") is not written at all.
"""
from __future__ import annotations

from functools import lru_cache

# ISO 639-1 code, then its ISO 639-2 terminology code and, where it differs, the bibliographic one.
_ISO_639 = (
    "aa,aar ab,abk ae,ave af,afr ak,aka am,amh an,arg ar,ara as,asm av,ava ay,aym az,aze ba,bak be,bel bg,bul "
    "bi,bis bm,bam bn,ben bo,bod,tib br,bre bs,bos ca,cat ce,che ch,cha co,cos cr,cre cs,ces,cze cu,chu "
    "cv,chv cy,cym,wel da,dan de,deu,ger dv,div dz,dzo ee,ewe el,ell,gre en,eng eo,epo es,spa et,est "
    "eu,eus,baq fa,fas,per ff,ful fi,fin fj,fij fo,fao fr,fra,fre fy,fry ga,gle gd,gla gl,glg gn,grn gu,guj "
    "gv,glv ha,hau he,heb hi,hin ho,hmo hr,hrv ht,hat hu,hun hy,hye,arm hz,her ia,ina id,ind ie,ile ig,ibo "
    "ii,iii ik,ipk io,ido is,isl,ice it,ita iu,iku ja,jpn jv,jav ka,kat,geo kg,kon ki,kik kj,kua kk,kaz "
    "kl,kal km,khm kn,kan ko,kor kr,kau ks,kas ku,kur kv,kom kw,cor ky,kir la,lat lb,ltz lg,lug li,lim ln,lin "
    "lo,lao lt,lit lu,lub lv,lav mg,mlg mh,mah mi,mri,mao mk,mkd,mac ml,mal mn,mon mr,mar ms,msa,may mt,mlt "
    "my,mya,bur na,nau nb,nob nd,nde ne,nep ng,ndo nl,nld,dut nn,nno no,nor nr,nbl nv,nav ny,nya oc,oci "
    "oj,oji om,orm or,ori os,oss pa,pan pi,pli pl,pol ps,pus pt,por qu,que rm,roh rn,run ro,ron,rum ru,rus "
    "rw,kin sa,san sc,srd sd,snd se,sme sg,sag si,sin sk,slk,slo sl,slv sm,smo sn,sna so,som sq,sqi,alb "
    "sr,srp ss,ssw st,sot su,sun sv,swe sw,swa ta,tam te,tel tg,tgk th,tha ti,tir tk,tuk tl,tgl tn,tsn to,ton "
    "tr,tur ts,tso tt,tat tw,twi ty,tah ug,uig uk,ukr ur,urd uz,uzb ve,ven vi,vie vo,vol wa,wln wo,wol xh,xho "
    "yi,yid yo,yor za,zha zh,zho,chi zu,zul "
)
_OBSOLETE = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro", "sh": "sr"}


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Every accepted primary subtag (two- or three-letter) -> its ISO 639-1 code."""
    out = dict(_OBSOLETE)
    for group in _ISO_639.split():
        two, *three = group.split(",")
        out[two] = two
        out.update((code, two) for code in three)
    return out


def iso639_1(code: str | None) -> str | None:
    """The ISO 639-1 code of a language code ("en", "eng", "fre" -> "fr"), or None when it has none."""
    return _codes().get(code.strip().lower()) if code else None

