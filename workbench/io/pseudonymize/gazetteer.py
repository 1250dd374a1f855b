"""Word lists behind the offline pseudonymisation rules: given names, surnames, places.

Without a spaCy pipeline that recognises names, a capitalised word in the middle of a
sentence that is a known given name or surname, or a known place, is taken as one. The
lists cover frequent names in Norway, including those of the largest immigrant groups,
Norwegian towns and Oslo districts, and countries and large cities abroad. They are
deliberately wide: a wrongly bracketed word costs a reader little, a name that slips
through costs a participant their anonymity. The project's own term list (loaded with
`workbench pseudonyms import`) adds what a study needs beyond them.
"""

from __future__ import annotations

from workbench.io.pseudonymize import norway_places, norway_towns, world_cities, world_places

GIVEN_NAMES = frozenset("""
aase abbas abdi abdiaziz abdikadir abdul abdullah abdullahi abdulrahman abebe abel abraham adam adan
adel adele adrian adriana agnes agnieszka ahmad ahmed aida aisha aishe ajay akram alan alba aleksander
aleksandra alex alexander alexandra alf alfred ali alice alicja alina alma amal amalie amanda amani amanuel
amina amir amira amna amra ana anastasia anders andrea andreas andrei andrzej anette angela angelica
ania anita anja ann anna anne anne-grete anne-lise anne-marie annette anni ansgar anton antonio arash
are arild arne arnfinn arvid asbjørn asgeir ashraf aslak asle aslaug asma astrid atle audun aud august
ayan ayaan ayesha aylin azadeh aziz baard bahar bakhtiar bashir bashar beata beate belal ben benedicte
benjamin bente berit bernt bertil bilal birgit birgitte birger bjarne bjørg bjørn bjørnar bodil bogdan
boris borghild brage bror bushra camilla carina carl carlos caroline cathrine catherine cecilie celina
charlotte chen christian christina christine christoffer cornelia dag dagfinn dagny dagrun daniel daniela
dariusz darko david dawit deeqa dina dominika dorota dorthe ebba edel edith edvard edvin egil eileen einar
eirik eivind ekaterina elena eli elias elin elina elisabeth elise ella ellen elsa else emil emilie emilia
emma endre erik erika erlend erling ermias espen essa eva even evelina ewa eyerusalem fadumo fahad faisal
farah farhad farid farida fariba farzana fatima fatuma fatma fawad feven filip filmon finn fredrik freya
frida frode gabriel gabriela gaute geir georg george gerd gina gisle goran gro gry gudrun gunhild gunn
gunnar gunnhild guro guttorm habib hadi hafsa hagos haile haider hakim halima halvard halvor hamid hamza
hana hanan hani hanna hanne hans harald hasan hassan hawa hedda hege heidi helen helena helene helga
helge henning henrik henriette herman hilde hiwot hoda hodan hossein hussein håkon håvard ibrahim
ida idil ihsan ilyas imran inga inge ingeborg inger ingrid ingunn irene iris isa isabel isabella isak
ismail ivan ivar iwona jakob jalal jamal jamila jan jana janne jarle jasmin javad javier jenny jens
jesper jo joachim joakim joanna johan johanna johannes john jon jonas jonatan jorunn josef josefine
joseph jostein juan julia julie julian jørgen jørn kaia kamal kamila kamilla karen kari karim karin
karina karl karoline kasia katarina katarzyna kathrine katrine kaveh kenneth khadija khalid kim kine
kirsten kjell kjersti kjetil knut kristian kristiane kristin kristina kristine kristoffer krzysztof
kurt lailo laila lana lars layla lea leah leila lena leo leon lidia lill lina linda line linn lisa
lise liv liva lotte louise lucas ludvig luis lukas lydia maciej madeleine magdalena magne magnhild
magnus mahad mahmoud mahamed maja malak malgorzata malin mana maren margit margrete margrethe maria
mariam mariana marianne marie marit mariusz mark marta marte martin martine maryam mathias mats
matteo maya mehdi mehmet merete meron merethe mia michael michal mikael mikkel milan mina mira
mirjam mohamed mohammad mohammed mohamud mona monica monika morten muhammad muna mustafa nadia
nadine naima najib nancy naomi nasra nasir natalia natasha nawal nazanin nikolai nikola nina nils
noor nora norunn nour nuur odd oda oddbjørn oddny oddvar olaf olav ole oliver olga omar oscar oskar
osman paul paulina pavel pawel pedro per peter petra petter piotr pål ragnar ragnhild rahel rahim
rama rami randi rania rashid rasmus rawan reidar reza rigmor rikke rita robert roger rolf roman rona
rune rut ruth ryan saad sabina sabrina sadia saeed safa safiya sahra said saida salah salam saleh
salma sam samir samira samuel sana sanna sara sarah selam selma semira senait shadi sharif shirin
shukri sidra sigmund sigrid sigrun silje simen simon sindre sissel siv siri sofia sofie solveig sondre
sonja stefan stein steinar stian stig stine sulaiman sultan sunniva susanne svein sven sverre
sylvia synnøve tamara tarek tariq tatiana teklit terese terje tesfay thea theo therese thomas thor
thore tiril tobias tom tomas tommy tone tor tord tore torgeir tori torill torstein trine trond
trude truls turid tuva unni vegard vera veronica victoria vidar viktor viktoria vilde vilja ville
vivian wafa walid wenche wilhelm william yasin yasmin yohannes yonas yousef yusuf zahra zainab
zakaria zara zeinab zeynep zofia øystein øyvind åse åshild åsmund
marek marcin lukasz łukasz grzegorz jakub kamil mateusz wojciech tomasz agata barbara justyna kinga
mahlet tsegay berhane mulu tigist aster samrawit tekle goitom biniam robel saba luwam semhar winta
khaled khalil yasser youssef nabil dima rasha hiba ghada maher wael ziad bassam rim
faduma ladan hamdi ubah filsan sagal abdirahman abdirizak liban guled mukhtar warsame
mahsa nasrin parisa navid babak arash farzad omid payam
valentina camila andrés andres jorge diego alejandro fernando lucia paola juliana
sol storm ask bror mai lykke vår frøya rosa rose jarl
grete grethe anne-grethe ingvild ingebjørg jorid mette ranveig rannveig reidun signe sigve solfrid sølvi tove
torunn vibeke venche yngve ørjan åsa eldbjørg gunvor hallvard inger-lise kåre leif målfrid oddrun sigurd
svanhild tordis torbjørn vigdis arnt halldis idun margun oddveig olaug ragna signy solbjørg steinunn
åge ådne mari mathilde ketil kolbjørn torleif audhild marit-helen bodhild gunnbjørg kjellaug
jun-ho min-jun seo-yeon ji-woo min-seo ha-eun ji-hoon hyun-woo sung-min young-ho ji-min soo-jin
mei wei xiao ming hui ying hiroshi yuki kenji takeshi haruka linh thanh minh hoa tuan duc hung
memory precious innocent patience blessing lucky comfort mercy faith hope joy grace charity prudence
loveness fortunate godknows nomatter marvellous prosper tendai tatenda tapiwa tafadzwa chipo rutendo nyasha
farai rumbidzai kudzai chiedza fadzai tsitsi
""".split())

SURNAMES = frozenset("""
aas aasen abdi abdullahi abrahamsen ahmadi ahmed ali amundsen andersen andreassen andresen antonsen
arnesen bakke bakken berg berge berntsen birkeland bråten brekke bøe christensen dahl danielsen
edvardsen eide eliassen ellingsen eriksen evensen fredriksen gundersen gulbrandsen hagen halvorsen
hansen hanssen hassan haug hauge haugen haugland helland henriksen holm hussain hussein ibrahim
isaksen iversen jacobsen jakobsen jensen jenssen johannessen johansen johnsen jørgensen karlsen
khan knudsen knutsen kowalski kowalska kristensen kristiansen kristoffersen larsen lie lien lunde
madsen martinsen mathisen mikkelsen moe moen mohamed mohammadi myhre myklebust nguyen nielsen nilsen
nowak nygård næss olsen omar osman paulsen pedersen pettersen rasmussen rønning ruud sandvik simonsen
singh sivertsen solberg solheim strand strøm svendsen sæther sørensen tangen thomassen thorsen tran
tveit vik wisniewski yusuf ødegård
park choi jung kang cho yoon jang lim wang zhang liu chen yang huang zhao zhou xu nguyen pham hoang
dang bui tanaka suzuki takahashi watanabe yamamoto nakamura kobayashi sato
""".split())

# Given names that are also ordinary Bokmål words: only taken as names when capitalised
# in the middle of a sentence.
AMBIGUOUS = frozenset("""
are ask august ben berg dag even finn gry hans isa jo liv line lie mai mana mark mina odd per rama
rune said salam sam siv stein sten stig sultan tom tone tore vik vil ville sol storm bror lykke vår frøya rosa rose jarl
endre bjørn roman rim iris edel gro adel pål trine kaia rikke lise linn karen helen ebba helge
bakken strøm hagen haug bakke strand haugen berge tangen lien tran eide brekke lunde moen hauge
park signe mari lim
""".split())

PLACES = frozenset("""
alta arendal asker askim bergen bodø brumunddal bryne bærum drammen egersund elverum fauske florø
fredrikstad førde gjøvik grimstad halden hamar harstad haugesund holmestrand horten
hønefoss jessheim kirkenes kongsberg kongsvinger kristiansand kristiansund larvik levanger
lillehammer lillestrøm lørenskog mandal molde mosjøen moss namsos rana narvik notodden orkanger
porsgrunn raufoss sandefjord sandnes sandvika sarpsborg skien stavanger steinkjer stjørdal tromsø
trondheim tønsberg vadsø vardø voss ålesund oslo ullensaker nittedal ski ås kolbotn
grünerløkka grønland tøyen furuset stovner groruddalen holmlia majorstuen frogner sagene bjerke
romsås mortensrud lambertseter grorud haugerud vålerenga gamle-oslo nordstrand alna loddefjord åsane
laksevåg
sri lanka sierra leone addis abeba
sørlandet vestlandet østlandet nord-norge trøndelag finnmark rogaland agder
""".split()) | world_places.COUNTRIES | world_places.CITIES | norway_places.MUNICIPALITIES \
    | norway_towns.ALL | world_cities.CITIES  # the country, city, municipality, town and district lists live there

# Words that name a person's role in a sentence; a capitalised word right after one
# (optionally after a possessive and a comma) is taken as that person's name:
# "mentoren min Kari", "programlederen, Hilde,".
ROLE_NOUNS = frozenset("""
mentor mentoren mentee menteen programleder programlederen leder lederen sjef sjefen veileder
veilederen kollega kollegaen kollegaer saksbehandler saksbehandleren lærer læreren kontaktperson
kontaktpersonen venn vennen venninne venninnen venninna nabo naboen mann mannen kone kona konen
samboer samboeren sønn sønnen datter datteren dattera bror broren søster søsteren søstera
rådgiver rådgiveren koordinator koordinatoren arbeidsgiver arbeidsgiveren
""".split())
# Titles that begin a name when the name follows ("Dronning Mauds Minne", "St. Olavs hospital").
NAME_TITLES = frozenset("dronning kong prins prinsesse sankt st dr".split())
POSSESSIVES = frozenset("min mi mitt mine hans hennes deres vår vårt sin si sitt dets".split())
# Words that follow a person's name at the start of a sentence but never a possessive:
# finite verbs, conjunctions and the garpe genitive ("Vår ringte", "Hans og jeg", "Vår sin mann").
NAME_FOLLOWERS = frozenset("""
er var har hadde blir ble kan kunne skal skulle vil ville må måtte får fikk gikk går kom kommer
satt sitter sto står tok tar ga gir gjorde gjør vet visste så ser hjalp hjelper jobber jobbet bor
bodde kjente kjenner likte liker ønsket ønsker prøvde prøver fant finner begynte begynner sluttet
slutter trenger trengte hørte hører skrev skriver leste leser sendte sender kjørte kjører viste
viser lærte lærer fulgte følger ordnet ordner sa sier fortalte forteller ringte ringer spurte spør
svarte svarer mente mener synes syntes tror trodde lurte smilte lo møtte foreslo foreslår
anbefalte anbefaler tipset introduserte inviterte studerer studerte heter het flyttet giftet
snakket snakker tenkte tenker pleier pleide husket husker sendte skulle ville burde bør ble
og eller men sin si sitt sine selv også alltid aldri ikke
""".split())
NAMING_VERBS = frozenset("heter het kalt kalles kaller kalte".split())
# Object pronouns between a naming verb and a name ("de kaller meg Vei").
OBJECT_PRONOUNS = frozenset("meg deg ham han henne oss dere dem seg".split())
# After these, an unknown capitalised word is more likely a place than a person.
PLACE_PREPOSITIONS = frozenset("i fra til på ved utenfor nær rundt mot gjennom hos".split())

# Compass prepositions and adverbs ("Østenfor elva", "Søndenfor byen", "Nordover"): closed-class words that
# open a sentence before a place or a noun and are no part of it (round 33g).
COMPASS_WORDS = frozenset("""
østenfor vestenfor nordenfor sørenfor søndenfor sønnenfor østafor vestafor nordafor norafor sørafor sønnafor
sunnafor nordpå sørpå østpå vestpå nordover sørover østover vestover
""".split())
# Closed-class words that start a sentence without being part of a name after them.
FUNCTION_WORDS = frozenset("""
i på hos for med etter før da når men og så der her nå det den de jeg vi han hun du dere også
til fra om av ved under over mellom uten mot som hvis fordi at hva hvem hvor hvordan hvorfor
et en ei ikke bare kanskje ja nei vel jo tja hei takk først senere etterpå siden dessuten
min mitt mine din ditt dine vår vårt våre hans hennes deres sin sitt sine alle mange noen ingen
hele denne dette disse gjennom rundt blant ifølge tidligere dermed derfor likevel altså
innen langs bak foran utenfor innenfor kun selv spesielt særlig heller nettopp akkurat både enten
verken hverken unntatt inkludert hver hvert hvilken hvilket enhver ethvert annen annet andre samme
egen eget egne begge flere få
""".split()) | COMPASS_WORDS

# Capitalised words never to be taken as names or places by the rules.
NEVER = frozenset("""
norge norden norsk norske nordmann nordmenn europa skandinavia nav jeg du han hun vi dere de den det
mentee mentor programleder intervjuer ja nei men og så når hvis da
teams canvas linkedin facebook whatsapp messenger zoom google excel word powerpoint outlook
instagram tiktok snapchat twitter youtube vipps bankid autocad signal telegram
finn.no udi nokut imdi sankt
sir madam mister miss mrs ms mr
""".split()) | COMPASS_WORDS

# -- organisations and things that identify nobody ------------------------------------

# Public bodies, national services, holidays, laws, tests and programmes that every
# participant deals with: naming them identifies no one, so they stay. Since round 53f emergency and health
# services and their acronyms too (AMK, HRS, 113, legevakt, akuttmottak; see `look_alikes`).
PUBLIC = frozenset("""
stortinget storting statens regjeringen regjering kongen dronningen statsministeren nav udi imdi nokut
skatteetaten tolletaten politietaten lånekassen husbanken politiet tollvesenet arbeidstilsynet helsedirektoratet
utdanningsdirektoratet utlendingsdirektoratet utlendingsnemnda une kompetanse-norge altinn
helsenorge folkeregisteret brønnøysundregistrene arkivverket enhetsregisteret statsforvalteren fylkesmannen
arbeidsdepartementet kunnskapsdepartementet direktoratet departementet tilsynet etaten nemnda ombudet
utvalget kommunen fylkeskommunen staten regjeringa hk-dir hkdir diku nasjonalt tolkeregister
jul julaften juledag nyttår nyttårsaften påske påsken påskeaften pinse pinsen ramadan ramadanen eid
id al-fitr al-adha eid-al-fitr eid-al-adha bajram diwali hanukka jom kippur nowruz newroz tet advent fastetiden sankthans allehelgens
grunnlovsdagen nasjonaldagen kristi himmelfart langfredag skjærtorsdag
gud allah koranen bibelen internett korona covid
riksrevisjonen sivilombudet trygderetten bufetat forbrukerrådet statistisk
introduksjonsprogrammet introduksjonsprogram norskprøven norskprøve statsborgerprøven
samfunnskunnskapsprøven bergenstesten kvalifiseringsprogrammet jobbsjansen fagbrev
dsb sikt nve nsm kripos økokrim datatilsynet mattilsynet petroleumstilsynet havindustritilsynet havtil
sjøfartsdirektoratet luftfartstilsynet kartverket nkom bufdir hdir dibk digdir brreg patentstyret
miljødirektoratet fiskeridirektoratet legemiddelverket dsa helfo ssb lovdata vegvesen vegvesenet
folkeuniversitetet studieforbundet vox ks trygdeetaten
""".split()) | frozenset("""
amk amk-sentralen amk-sentralens hrs jrcc hovedredningssentralen redningssentralen nødetatene nødetater nødnett
legevakt legevakta legevakten legevakter akuttmottak akuttmottaket luftambulanse luftambulansen
ambulansetjeneste ambulansetjenesten dps bup kad 110-sentralen 112 113 110
""".split()) | {"st. hans", "sankt hans"} | frozenset("""
startlån startlånet bostøtte bostøtten bustøtte bustøtta barnetrygd barnetrygden kontantstøtte kontantstøtten
dagpenger dagpengene sykepenger sykepengene foreldrepenger foreldrepengene engangsstønad uføretrygd uføretrygden
uføretrygda alderspensjon alderspensjonen sosialhjelp sosialhjelpen arbeidsavklaringspenger grunnstønad
hjelpestønad overgangsstønad overgangsstønaden introduksjonsstønad introduksjonsstønaden kvalifiseringsstønad
barnebidrag bidragsforskudd ektefelletillegg gjeldsordning gjeldsordningen etableringslån etableringstilskudd
utbedringslån tilpasningstilskudd grunnlån studielån studielånet studiestipend utdanningsstipend bsu frikort
frikortet egenandel pleiepenger omsorgspenger opplæringspenger supplerende-stønad sykelønn folketrygd folketrygden
""".split())  # public loans and benefits: a participant's welfare, claimed by many
# Endings of words for laws, public programmes, tests, schemes and public bodies.
PUBLIC_SUFFIXES = (
    "loven", "lova", "lov", "programmet", "programmer", "prøven", "prøve", "testen", "ordningen",
    "reformen", "direktoratet", "departementet", "tilsynet", "etaten", "tinget", "meldingen",
    "stønaden", "tilskuddet", "avtalen", "kurset", "utvalget", "nemnda", "rådet", "ombudet",
    "opplæringen", "opplæringa", "revisjonen", "vesenet", "vesen", "tjenesten",
    "registeret", "registrene", "databasen",
)
# Endings of public programmes and schemes that count only after a dictionary word
# ("Kompetanseløftet", "Inkluderingsdugnaden", "Kompetansepluss"), so names keep them.
PROGRAMME_SUFFIXES = ("løftet", "dugnaden", "garantien", "satsingen", "satsinga", "sjansen", "pluss", "reformen")
# World regions: wider than any home country, so they identify nobody ("Latin-Amerika", "Midtøsten").
WORLD_REGIONS = frozenset("""
afrika asia amerika europa oseania arktis antarktis midtøsten balkan kaukasus østen vesten orienten
skandinavia norden karibia sahel levanten maghreb syden
""".split())
REGION_PREFIXES = frozenset("nord sør øst vest sentral latin sørøst sørvest nordøst nordvest midt".split())
# A region's name that everyday speech uses for one country ("i Amerika" is the USA): a place when it
# stands alone, a region only with a prefix ("Latin-Amerika", "Nord-Amerika").
COUNTRY_BY_REGION_NAME = frozenset({"amerika"})
# Prefixed regions that are countries ("Sør-Afrika"), which stay places.
REGION_COUNTRIES = frozenset({"sør-afrika"})
# Common acronyms and short forms that name no particular organisation.
GENERIC_ACRONYMS = frozenset("""
cv hr it ok tv pc eu fn usa uk sms id pdf mva ppu ki ai vgs sfo nav udi imdi nokut nho lo ks
nrk vg tv2 dna pin bsu ppt ceo cfo cto kpi faq gps nb bl ca mm osv evt dvs nr tlf mob ref
b1 b2 c1 c2 a1 a2 hpr org nr phd msc bsc mba ba ma jr sr
as asa ans hms iso gmp hplc fse fef sap erp crm api kpi ikt ux ui sql cad bim vvs el pdf excel ppt cv-en
mvp nda hr-sjef ok-ish sfo ppu dss lis pc-en rtg cnc plc ehs qa qc r&d q&a b&b p&l it-støtte
adhd add ptsd hiv aids covid ocd ms als kols ssb nve eøs oecd unhcr iom ilo who vm em
ipad iphone mac usb wifi dab lcd led tlf-nr sos rus kpi-er
duf ce be c1e d1 d1e de me ap frp krf mdg sv sp ys unio ntb ud pst fhi kvp aap amo ip fau vta aps aft ips nkr krle vg1 vg2 vg3 gsk
""".split())
# Words that make a capitalised name before them an organisation ("Lysklett Bygg AS",
# "Asker kommune", "Sandvika videregående skole").
ORG_TAILS = frozenset("""
as asa sa ans da ba ltd inc gmbh ab oy kommune fylkeskommune bydel sykehus universitetssykehus
sykehjem omsorgssenter helsesenter legesenter legekontor tannlegekontor apotek skole skule
barneskole ungdomsskole videregående barnehage voksenopplæring læringssenter universitet
høgskole høyskole bibliotek menighet moské kirke senter klinikk bygg regnskap
revisjon frakt transport elektro eiendom consulting consult gruppen group holding invest
motor verksted bakeri restaurant kafé cafe hotell maritime solutions power energi energy
bryggeri byggservice renhold rør maskin data systems technologies partner partnere
studio salong hårstudio service trafikkskole kjøreskole catering forsikring
pizza pizzeria kebab sushi grill bar pub kafe café bistro butikk kiosk frisør vask
rengjøring bemanning vikarbyrå byrå institutt stiftelse sjukehus sjukeheim høgskule logistikk
handel omsorg assistanse montasje sikkerhet vakt drift media reklame design arkitekter advokater
advokatfirma shipping offshore engineering management capital finans sjømat foods auto dekk
fysioterapi tannhelse helse bank sparebank hospital hotel fabrikk verft rederi meieri idrettslag
klubb kompani cargo logistics freight
""".split())
# Words that start an organisation name before a place ("Universitetet i Oslo").
ORG_HEADS = frozenset("""
universitetet høgskolen høyskolen høgskulen sykehuset bydel kommune nav apotek kafé kafe café restaurant
hotell bakeri frisør klinikk tannklinikk legesenteret barnehagen
""".split())
# Particles inside names from many languages ("Ramón de la Cruz", "Abdullah al-Tamimi").
NAME_PARTICLES = frozenset("al el ul bin ibn bint abu ben van von der den de la le da di du dos das del ter ten".split())
# Endings of single words that name an institution or workplace (Rikshospitalet).
ORG_SUFFIXES = (
    "sykehus", "sykehuset", "hospitalet", "hjemmet", "instituttet", "universitetet", "høgskolen",
    "banken", "foreningen", "forbundet", "senteret", "klinikken", "skolen", "kompaniet",
)
# Endings that make a compound of ordinary words a place or a family name all the same
# (Fyllingsdalen, Skogstad, Haugsnes, Bekkestua).
NAME_ELEMENTS = (
    "berg", "dal", "dalen", "vik", "vika", "viken", "stad", "rud", "sen", "heim", "haug", "haugen",
    "strand", "by", "byen", "bygd", "øy", "øya", "fjord", "nes", "neset", "vold", "li", "lia", "lien",
    "bakken", "strøm", "sund", "våg", "vågen", "holm", "holmen", "stein", "mo", "moen", "eng", "seth",
    "set", "land", "lund", "åsen", "ås", "rød", "stua", "tun", "tunet", "bø", "gård", "gard", "ker",
    "sjø", "sjøen", "elv", "elva", "foss", "fossen", "torp", "tveit", "mark", "marka",
)
# Large employers and chains that readers know by name (the rules cannot tell them from words).
EMPLOYERS = frozenset("""
equinor telenor dnb rema kiwi coop meny bunnpris posten bring ruter vy tine
orkla schibsted hydro yara aker kongsberg statkraft statnett elvia sweco multiconsult cowi
norconsult skanska mesta securitas iss sodexo elkjøp ikea xxl jysk
adecco manpower randstad kpmg pwc deloitte accenture tietoevry evry atea sintef
gjensidige storebrand klp sparebank nordea handelsbanken vinmonopolet norgesgruppen
ntnu uio uib uit nmbu usn hvl uia uis hiof hinn oslomet nhh ous unn ahus
""".split())  # the last line: universities, colleges and hospitals by their acronyms, written in lower case too
# Domains of public services and big sites: a bare mention (finn.no) identifies no one.
PUBLIC_DOMAINS = frozenset("""
finn.no nav.no udi.no imdi.no arbeidsplassen.no altinn.no helsenorge.no skatteetaten.no
lanekassen.no samordnaopptak.no utdanning.no linkedin.com facebook.com google.com youtube.com
vg.no nrk.no dagbladet.no aftenposten.no regjeringen.no norge.no nokut.no
lovdata.no brreg.no ssb.no fhi.no sikt.no vilbli.no dsb.no arbeidstilsynet.no datatilsynet.no kartverket.no
vegvesen.no politiet.no domstol.no digdir.no hkdir.no norsk.no ks.no helfo.no legemiddelverket.no
coursera.org udemy.com edx.org khanacademy.org
indeed.no indeed.com jobbnorge.no karriere.no karrierestart.no stepstone.no webcruiter.no proff.no purehelp.no
online.no gmail.com hotmail.com outlook.com yahoo.com live.no icloud.com start.no
ordbokene.no naob.no snl.no ndla.no wikipedia.org hybel.no duolingo.com lichess.org chess.com
gulesider.no 1881.no yr.no ung.no studenttorget.no utdanning.no kompetansenorge.no norskprøven.no ruter.no entur.no
finn linkedin nav vg nrk google facebook youtube
""".split())
