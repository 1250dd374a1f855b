"""Web addresses on any real top-level domain (round 36x).

`identifiers.URL` knew a short list of top-level domains (`.no`, `.com`, `.io`, `.app` …). Participants name
their own sites on the newer generic domains and on country codes ("porteføljen ligger på oksana.design",
"bloggen hennes er hodan.blog", "siden hans på petrenko.tech", "luciafernandez.es"), and a personal site
identifies its owner as an e-mail address does. Here are the other real top-level domains: the newer generic
ones people use for a portfolio, a shop or a blog, and the two-letter country codes. They are matched in lower
case only ("ferdig.Er" is a missing space, no address), after a name part of three or more characters with a
letter in it ("kl.to" is no address); a site of an everyday service on them stays as `_public_domain` judges it.
File endings that are also domains (`.zip`, `.mov`) are left out, and so are country codes that end Norwegian
abbreviations written without a space (`org.nr`, `mill.kr`).
"""

from __future__ import annotations

_GENERIC = """
dev tech design shop art site online ai blog store studio xyz cloud digital agency media photo photography page
link live world email consulting solutions services company business academy education health care life family
fun space website guru codes software systems network group team tools games music video news travel food cafe
restaurant coffee fashion style beauty fit yoga events club one pro name mobi asia global community social
partners law legal finance money capital ventures works ink gallery graphics film pictures church ngo ong
foundation charity expert coach training school university careers jobs work help support today tips wiki zone
""".split()
_COUNTRIES = """
ac ad ae af ag al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd
cf cg ch ci ck cl cm cn cr cu cv cw cx cy cz dj dm do dz ec ee eg er es et fj fk fm fo fr ga gd ge gf gg gh gi
gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in iq ir is it je jm jo jp ke kg kh ki km kn kp
kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na
nc ne nf ng ni np nr nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd sg sh si sk
sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug us uy uz va vc ve vg
vi vn vu wf ws ye yt za zm zw
""".split()
# Country codes that end Norwegian abbreviations written without a space ("org.nr", "mill.kr", "bl.a.mv").
_ABBREVIATION_ENDINGS = frozenset({"nr", "kr", "mv", "st", "ss", "sa"})
# For `identifiers.URL`: a lower-case name part of 3+ characters with a letter, then one of these domains.
OTHER_DOMAINS = (r"(?-i:(?=[\w-]{3})[a-z0-9æøå][\w-]*[a-zæøå][\w-]*(?:\.[\w-]+)*\.(?:"
                 + "|".join(sorted(set(_GENERIC + _COUNTRIES) - _ABBREVIATION_ENDINGS, key=len, reverse=True)) + r"))")
