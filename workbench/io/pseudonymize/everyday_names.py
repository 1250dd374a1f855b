"""An "everyday Norway" gazetteer: what everyone in Norway buys, watches, eats, uses, plays and celebrates.

Everyday talk names these things as sentence subjects ("Europris har alt"), in lists ("Farmen og Kjendis,
og på fredag Lindmo") and in passing, not only after a verb of buying or watching, so the frames that
`everyday.py` and the reference rules read cannot keep them all. Held-out 17's control lost programmes
named after their hosts, chains, food brands, apps and a game that way. These names identify nobody
unless the document ties them to someone's work or to a person who bears them; `everyday_listed.py`
decides that. The list is general knowledge, by category, and is meant to be broad: a name belongs here
when most adults in Norway would know it as a shop, brand, programme, app, game, service or occasion.

Places are left out on purpose (a sports venue like Holmenkollen is also where someone lives), and so
are sports clubs (a club is where someone plays or coaches, which identifies).

`EMPLOYING` holds the categories that are also common workplaces (a chain, a food producer, a transport,
delivery or payment company): for those, a work word anywhere in the sentence ties the name as well as the
frames right around it. Programmes, apps and events are tied by those frames alone ("jobber i Senkveld",
"jobbet i Toppserien"); every category is tied by a person frame.
"""

from __future__ import annotations


def _entries(block: str) -> frozenset[str]:
    """One entry a line (an entry may have several words), casefolded; `#` starts a comment."""
    return frozenset(line.split("#")[0].strip().casefold() for line in block.splitlines()
                     if line.split("#")[0].strip())


# Groceries, kiosks and petrol stations.
GROCERIES = _entries("""
rema
rema 1000
kiwi
coop
coop extra
coop prix
coop mega
coop obs
coop marked
extra
obs
prix
mega
meny
bunnpris
joker
spar
eurospar
matkroken
nærbutikken
kolonial.no
lidl
narvesen
7-eleven
deli de luca
circle k
esso
shell
uno-x
yx
st1
vinmonopolet
polet
""")

# Clothing, shoes, sport, electronics, books, toys and general goods.
RETAIL = _entries("""
europris
normal
nille
rusta
tiger
flying tiger
søstrene grene
clas ohlson
biltema
jula
jernia
elkjøp
power
komplett
netonnet
expert
lefdal
xxl
intersport
g-sport
sport 1
anton sport
stormberg
cubus
dressmann
lindex
kappahl
h&m
bik bok
carlings
skoringen
eurosko
din sko
nordic feet
ellos
zalando
boozt
temu
wish
amazon
shein
ark
ark bokhandel
norli
tanum
libris
adlibris
bokklubben
br-leker
toys r us
gamestop
kremmerhuset
princess
tilbords
kitchn
jernia
cutters
""")

# Furniture, hardware and garden.
HOME = _entries("""
ikea
jysk
skeidar
bohus
fagmøbler
a-møbler
ikea-møbler
plantasjen
mester grønn
maxbo
byggmakker
montér
obs bygg
coop byggmix
byggmix
felleskjøpet
megaflis
flisekompaniet
kid
kid interiør
""")

# Pharmacies, opticians and personal care.
HEALTH = _entries("""
apotek 1
vitusapotek
boots
boots apotek
ditt apotek
specsavers
brilleland
interoptik
synsam
kicks
fitness24seven
sats
""")

# Second hand, marketplaces and job sites.
SECOND_HAND = _entries("""
fretex
uff
tise
finn
finn.no
blocket
qxl
facebook marketplace
marketplace
jobbnorge
""")

# Food, drink and sweets: brands everyone knows from the shop.
FOOD = _entries("""
tine
tine melk
q-meieriene
synnøve finden
jarlsberg
norvegia
snøfrisk
gilde
prior
nortura
stabburet
grandiosa
big one
fjordland
toro
mills
idun
nora
freia
melkesjokolade
kvikk lunsj
smil
firkløver
stratos
troika
smash
sørlandschips
kims
maarud
potetgull
nugatti
cocio
solo
farris
urge
pepsi max
coca-cola
cola
fanta
imsdal
bonaqua
friele
evergood
ali kaffe
fjellkaffe
kaffebrenneriet
baker brun
bakehuset
hatting
mors hjemmebakte
wasa
leksands
gulløye
mclanes
lerum
nidar
laban
daim
kong haakon
twist
non stop
tacofredag
taco
peppes
peppes pizza
dolly dimples
burger king
mcdonald's
espresso house
starbucks
waynes
""")

# TV and radio programmes, series and podcasts, including those named after their hosts.
PROGRAMMES = _entries("""
dagsrevyen
dagsnytt
dagsnytt 18
kveldsnytt
debatten
brennpunkt
kalkun
nytt på nytt
senkveld
lindmo
skavlan
torp
grosvold
hellstrøm rydder opp
hvem kan slå aamodt
aamodt
kjendis
farmen
farmen kjendis
maskorama
skal vi danse
stjernekamp
the voice
idol
paradise hotel
luksusfellen
71 grader nord
71° nord
kompani lauritzen
alt for norge
jakten på kjærligheten
gift ved første blikk
løvens hule
der ingen skulle tru at nokon kunne bu
ut i naturen
norge rundt
norsken norsken
side om side
exit
skam
lilyhammer
vikingane
himmelblå
mammon
okkupert
hjem til jul
heimebane
rådebank
state of happiness
førkveld
god morgen norge
åndenes makt
hver gang vi møtes
4-stjerners middag
kjærlighet og grensesprenging
sommeråpent
sommerbåten
sommer i bakken
nrk super
supernytt
barne-tv
fantorangen
jul i skomakergata
jul i svingen
reisen til julestjernen
tre nøtter til askepott
nissene på låven
p1
p2
p3
p4
p5
nrk p1
radio norge
lørdagsrådet
abels tårn
ekko
ukeslutt
radioresepsjonen
misjonen
loff
chit chat med helle
friminutt
harrys sommer
""")

# Apps, games, lotteries, streaming and public digital services.
APPS = _entries("""
bankid
minid
buypass
altinn
digipost
helsenorge
helsenorge.no
nav.no
skatteetaten sin app
yr
storm
trumf
too good to go
spond
snapchat
facebook
messenger
instagram
tiktok
whatsapp
youtube
netflix
hbo
nrk tv
nrk radio
mittkino
duolingo
google translate
wordfeud
alfapet
ludo
yatzy
uno
minecraft
fortnite
roblox
fifa
candy crush
ea sports fc
ea fc
fc 24
fc 25
football manager
rocket league
counter-strike
valorant
league of legends
call of duty
gta
grand theft auto
mario kart
super mario
zelda
the sims
clash of clans
clash royale
pubg
apex legends
overwatch
world of warcraft
playstation
xbox
nintendo
nintendo switch
steam
pokémon go
lotto
vikinglotto
eurojackpot
flax
keno
oddsen
""")

# Transport, delivery, payment, streaming and gaming companies everyone uses (also employers); the postal and
# parcel services since round 30o ("et brev med Posten", "en pakke med Bring": a service used).
TRAVEL = _entries("""
vipps
ruter
entur
skyss
kolumbus
atb
brakar
vy
foodora
wolt
just eat
norsk tipping
rikstoto
kahoot
spotify
strava
storytel
podme
viaplay
tv 2 play
norwegian
widerøe
sas
flytoget
color line
fjord line
hurtigruten
havila
stena line
flybussen
nor-way bussekspress
vy buss
posten
bring
postnord
""")

# Holidays, traditions, national events and sports events.
OCCASIONS = _entries("""
jul
julaften
nyttårsaften
påske
påskeaften
pinse
kristi himmelfart
sankthans
sankt hans
sankthansaften
17. mai
syttende mai
sytende mai
grunnlovsdagen
barnetoget
russefeiringen
fastelavn
halloween
black friday
black week
morsdag
farsdag
valentinsdagen
advent
lucia
luciadagen
allehelgensdag
eid
ramadan
nissen
julenissen
tv-aksjonen
tur-norge-uka
kondisløpet
holmenkollstafetten
holmenkollmarsjen
birkebeinerrennet
birken
vasaloppet
norway cup
tour de france
tour of norway
norway chess
premier league
champions league
europa league
tour de ski
giro d'italia
vuelta
vuelta a españa
arctic race
arctic race of norway
paris–roubaix
paris-roubaix
super bowl
wimbledon
roland-garros
roland garros
us open
australian open
french open
grand slam
grand prix
formel 1
formula 1
nba
nhl
afrikamesterskapet
africa cup of nations
asiamesterskapet
copa america
copa américa
fotball-vm
fotball-em
vinter-ol
sommer-ol
styrkeprøven
birkebeinerrittet
holmenkollen skifestival
eliteserien
obos-ligaen
toppserien
cupfinalen
""")

# International brands everyone names in passing (also employers, so the work frame applies).
BRANDS = _entries("""
heinz
lego
nike
adidas
puma
iphone
samsung
apple
android
volvo
tesla
toyota
skoda
hyundai
kia
nissan
mazda
honda
suzuki
peugeot
renault
citroën
volkswagen
vw
audi
bmw
mercedes
mercedes-benz
ford
opel
polestar
byd
mg
""")

EMPLOYING = BRANDS | GROCERIES | RETAIL | HOME | HEALTH | SECOND_HAND | FOOD | TRAVEL
ALL = BRANDS | GROCERIES | RETAIL | HOME | HEALTH | SECOND_HAND | FOOD | PROGRAMMES | APPS | TRAVEL | OCCASIONS
