"""Norwegian towns, villages, former municipalities and city districts, for the gazetteer's places (round 52p).

`norway_places.MUNICIPALITIES` names the municipalities of the 2024 reform whose names are no everyday word;
this module adds what a participant says where they live or work beside them: the municipalities that list
left to `gazetteer.PLACES` gaps (`Ringerike`, `Karmøy`, `Sortland`), the former municipalities still used as
place names after the mergers (`Hurum`, `Tjøme`, `Nøtterøy`, `Skedsmo`, `Søgne`), the towns and larger
villages (tettsteder: `Hokksund`, `Drøbak`, `Svolvær`, `Nærbø`), the traditional districts (`Hadeland`,
`Valdres`, `Jæren`), and the city districts (bydeler) and well-known neighbourhoods of Oslo, Bergen, Trondheim,
Stavanger, Kristiansand, Tromsø, Drammen and Fredrikstad (`Ytrebygda`, `Fyllingsdalen`, `Byåsen`, `Hillevåg`,
`Vågsbygd`, `Tromsdalen`, `Bragernes`, `Gressvik`). In a small programme, a neighbourhood places a person as
surely as a street.

Names that are also everyday words (`Lier`, `Gol`, `Sola`, `Lade`, `Tasta`, `Røyken`, `Fana`) are not here but in
`place_words.PLACE_WORDS`, which only a place frame turns into a place; names that are also listed surnames
(`Tveit`, `Nygård`, `Birkeland`, `Lunde`) stay with the name lists, and `Brønnøysund`, which most often stands for
the national registers there ("slå opp i Brønnøysund"), is left to `generic.looked_up` and the context rules. Written from general knowledge for this
project, not from any test text.
"""

from __future__ import annotations

# Municipalities (2024) missing from `norway_places.MUNICIPALITIES` and `gazetteer.PLACES`.
MUNICIPALITIES = frozenset("""
alstahaug alvdal andøy aukra aurland averøy bamble bindal brønnøy bømlo eidskog eidsvoll eigersund evenes
evje-og-hornnes farsund flakstad flatanger flekkefjord frogn frosta færder gausdal gjemnes grong hadsel herøy hitra holtålen
ibestad inderøy iveland karlsøy karmøy kragerø krødsherad kvinnherad lierne lillesand lindesnes luster
lyngdal lødingen malvik melhus meråker modum moskenes måsøy namsskogan nesna nesodden nordkapp nore-og-uvdal
oppdal orkland overhalla rauma rennebu rindal ringerike ringsaker risør rælingen røros røyrvik sande selbu senja
skaun skiptvet snåsa sortland stord sunnfjord surnadal sykkylven sømna tingvoll tjeldsund tvedestrand tydal
ullensvang ulstein utsira vefsn vega verdal vestby vestvågøy volda vågan værøy åfjord øksnes ørland ørsta
""".split())

# Former municipalities (before the 2017-2024 mergers) still used as place names.
FORMER = frozenset("""
agdenes andebu audnedal balestrand ballangen bjugn eidsberg finnøy forsand fusa gaular granvin hemne hobøl hof
hornindal hurum jondal jølster klæbu kvalsund lardal leikanger leksvik lenvik lindås marnardal meland meldal
midsund naustdal nedre-eiker nesset norddal nøtterøy odda oppegård orkdal radøy rennesøy roan rømskog sandøy
skedsmo skodje skånland snillfjord songdalen spydeberg stordal svelvik søgne sørum tjøme tranøy trøgstad
tysfjord vågsøy ørskog
""".split())

# Towns and larger villages (tettsteder) and traditional districts.
TOWNS = frozenset("""
akkerhaugen aksdal andenes ballstad bardufoss barkåker beitostølen berkåk billingstad botngård brandbu brattvåg
brekstad brevik byglandsfjord dombås drøbak elnesvågen fagernes fannrem fetsund figgjo fillan
filtvet finnsnes fjellhamar follo fornebu fosnavåg frekhaug gardermoen geilo geithus gudbrandsdalen gvarv
hadeland hallingdal heggedal helgeland helgeroa hermansverk hokksund holmsbu hommelvik honningsvåg husnes høvik
jæren jørpeland kjøpsvik kleppestø knarvik kodal kolvereid kopervik krokstadelva kyrksæterøra lakselv langesund
langhus leirvik leknes lierbyen lofoten lonevåg lærdalsøyri melsomvik mjøndalen moi myre måløy namdalen nesbru
nevlunghavn nodeland nordfjordeid nordhordland nordmøre norheimsund numedal nærbø olderdalen osøyro prestfoss
ranheim reinsvoll revetal rjukan romerike romsdal rosendal ryfylke rørvik sandane sandnessjøen selvik setermoen
setesdal sjøvegan skjetten skogn skudeneshavn slemmestad slependen spikkestad spjelkavik stathelle stavern
stokmarknes storsteinnes straume sunndalsøra sunnhordland sunnmøre svarstad svolvær sylling sætre sørumsand
tangvall toten tranby tyristrand ulefoss ulsteinvik valdres vanvikan verdalsøra vesterålen vigeland vigrestad
vikersund vinstra vinterbro vrådal åkrehamn ålgård åndalsnes årdalstangen årnes øvre-årdal
""".split())

# City districts (bydeler) and well-known neighbourhoods, hyphenated where the district has two words.
DISTRICTS = frozenset("""
abildsø adamstuen ammerud arna bakklandet bekkelaget bergenhus bestum bislett bjølsen bjørndal bjørvika blindern
bogerud bogstad bragernes breivika briskeby brundalen brynseng buøy bygdøy byåsen bønes charlottenlund
danmarksplass danvik eidsvåg eiganes ekeberg ensjø etterstad fagerborg fagereng flaktveit flatåsen flekkerøy
flesland forus fridalen fyllingsdalen gausel gimlekollen godlia godvik grefsen gressvik gulskogen hasle
haugenstua hauketo heimdal hellerud helsfyr hillevåg hjellestad holmenkollen homansbyen hovseter hundvåg
høybråten høyenhall indre-arna jakobsli jordal justvik jåttå kalandseidet kalbakken kattem kjelsås kokstad
kolstad konnerud korsvoll kronstad kroppan kråkenes kråkerøy kvaløysletta kværner lademoen landås langnes
lerkendal lilleborg lindeberg linderud lisleby ljan lysaker løren madla majorstua manglerud midtbyen midttun
minde moholt montebello mosby møhlenpris møllenberg nardo nattland nesttun nordnes nordre-aker nydalen olsvik
onsøy oppsal persaunet posebyen prinsdal randesund ranheim risløkka rolvsøy romolslia rosenborg ruseløkka rådal
røa rødtvet sandaker sandsli sandviken saupstad seiersten selsbakk singsaker sinsen sjetnemarka sjølyst skattøra
skillebekk skullerud slemdal slettebakken slettheia smestad solheimsviken st.-hanshaugen stakkevollan stavne
steinsland stensparken storetveit storhaug storo strai strindheim strømsø sverresborg sædalen søndre-nordstrand
sørenga tertnes tjensvoll tjuvholmen tonsenhagen torridal torshov torsnes tromsdalen tromsøya trosterud trosvik
tveita tyholt tåsen ullandhaug ullern ullevål ulset uranienborg valentinlyst veitvet vestli vestre-aker
vettakollen vikåsen vinderen vågsbygd våland ytre-arna ytrebygda årstad årvoll åsengen åskollen økern østbyen
østensjø
""".split())

ALL = MUNICIPALITIES | FORMER | TOWNS | DISTRICTS
