"""Word lists behind `pastimes`: clubs supported, providers and job sites used, approval schemes held.

`pastimes.py` keeps these names where no mention ties them to someone; the lists are general knowledge and
live here, apart from that logic, as `everyday_names.py` and `gazetteer.py` hold theirs:

* `CLUBS`: the sports clubs people in Norway support or watch, and `NEEDS_SPORT`, those named like a town
  or a common word, kept only where every mention reads as sport;
* `PROVIDERS`: phone, internet, TV and power providers a customer names;
* `JOB_SITES`: job sites and marketplaces where work is looked for;
* `SCHEMES`: public approval schemes, certifications and labels;
* `OPENERS`, the adverbs that open a verbless answer before a name ("Mest Bunnpris."), and `PARTICLES`,
  the lower-case particles inside an event's name ("Tour de France").
"""

from __future__ import annotations


def _entries(block: str) -> frozenset[str]:
    """One entry a line (an entry may have several words), casefolded; `#` starts a comment."""
    return frozenset(line.split("#")[0].strip().casefold() for line in block.splitlines()
                     if line.split("#")[0].strip())


# Clubs that people in Norway support or watch: the big clubs of the leagues shown on Norwegian TV, the
# clubs of the countries many immigrants come from, and Norway's own top clubs in football, handball and
# ice hockey. A club named after its town is a place as well: a place reading of any mention ties it.
CLUBS = _entries("""
arsenal
chelsea
liverpool
tottenham
spurs
everton
manchester united
manchester city
man united
man city
newcastle
aston villa
west ham
leeds
leicester
wolves
southampton
brighton
fulham
crystal palace
nottingham forest
brentford
celtic
rangers
real madrid
barcelona
barça
atlético madrid
atletico madrid
sevilla
valencia
real sociedad
villarreal
athletic bilbao
juventus
inter
ac milan
milan
napoli
roma
lazio
atalanta
fiorentina
bayern
bayern münchen
borussia dortmund
dortmund
bayer leverkusen
leverkusen
schalke
rb leipzig
eintracht frankfurt
psg
paris saint-germain
marseille
lyon
monaco
benfica
porto
sporting
ajax
psv
feyenoord
galatasaray
fenerbahçe
fenerbahce
beşiktaş
besiktas
trabzonspor
al ahly
zamalek
al hilal
al nassr
boca juniors
river plate
flamengo
dynamo kyiv
shakhtar
crvena zvezda
partizan
dinamo zagreb
hajduk split
olympiakos
panathinaikos
brøndby
fc københavn
malmö ff
aik
djurgården
hammarby
rosenborg
molde
bodø/glimt
glimt
brann
viking
vålerenga
lillestrøm
lsk
stabæk
strømsgodset
godset
sarpsborg 08
haugesund
aalesund
aafk
hamkam
sandefjord
fredrikstad
kolstad
vipers
storhamar
elverum
thw kiel
kiel
flensburg
veszprém
aalborg
lakers
celtics
warriors
bulls
yankees
ferrari
mclaren
""")
# Clubs whose names are common words or places: kept only where some mention reads as sport.
NEEDS_SPORT = frozenset("brann viking lyn start glimt inter milan roma lyon porto sporting monaco valencia "
                        "sevilla leeds kiel aalborg molde fredrikstad haugesund sandefjord lillestrøm rosenborg "
                        "kolstad elverum liverpool dortmund leverkusen bulls warriors rangers".split())
# Phone, internet, TV and power providers a customer names.
PROVIDERS = _entries("""
telenor
telia
ice
talkmore
onecall
mycall
chilimobil
chili mobil
lycamobile
lebara
happybytes
phonero
saga mobil
komplett mobil
fjordkraft
tibber
norgesenergi
altibox
get
allente
riks-tv
riks tv
canal digital
""")
# Job sites and marketplaces where work is looked for.
JOB_SITES = _entries("""
finn
finn.no
indeed
karrierestart
jobbnorge
webcruiter
linkedin
stepstone
jobylon
easycruit
arbeidsplassen
jobindex
glassdoor
jooble
academicwork
""")
# Public approval schemes, certifications and labels on goods and firms.
SCHEMES = _entries("""
miljøfyrtårn
nøkkelhullet
debio
ø-merket
svanemerket
svanemerke
svanen
fairtrade
grønt flagg
nyt norge
spesialitet
trygg mat
smilefjes
smilefjesordningen
startbank
achilles
sellihca
iso 14001
iso 9001
mesterbrev
mesterbrevet
ansvarsrett
""")
# Adverbs that open a verbless answer before a name ("Mest Bunnpris.", "Oftest Extra, av og til Lidl.").
OPENERS = frozenset("mest oftest helst bare ofte alltid vanligvis stort kanskje nesten egentlig særlig "
                    "spesielt først gjerne også mostly".split())
PARTICLES = frozenset("de d' du des la le del della di da van von der den af".split())
