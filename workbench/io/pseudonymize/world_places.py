"""Countries, capitals and large cities abroad, in their Norwegian (bokmål) forms.

A participant's home country, the city they grew up in and the places they studied or worked
abroad identify them as surely as a Norwegian town: in a small programme, "a geologist from
Bulawayo" is one person. The word rules take an unknown capitalised word after `i`/`fra` as a
place, but miss a place that is also a dictionary word ("Minsk", an imperative), one at the start
of a sentence, and one whose name is a prefix and a region ("Sør-Afrika") or several words ("Den
dominikanske republikk"). These lists name them outright: every country, every capital, and the
largest cities of the countries most immigrants to Norway come from. Names that are everyday
Norwegian words ("Hue", "Alger", "Rabat", "Male") are left out; the context rules still see them.
Written from general knowledge for this project.
"""

from __future__ import annotations

import re

# Countries and territories, one word or joined by hyphens (lower case, as `lexicon.listed` compares).
COUNTRIES = frozenset("""
afghanistan albania algerie andorra angola antigua argentina armenia aserbajdsjan australia bahamas
bahrain bangladesh barbados belarus belgia belize benin bhutan bolivia bosnia bosnia-hercegovina botswana
brasil brunei bulgaria burkina burundi burma canada chile colombia cuba danmark djibouti dominica ecuador
egypt ekvatorial-guinea elfenbenskysten england eritrea estland eswatini etiopia fiji filippinene finland
frankrike færøyene gabon gambia georgia ghana grenada grønland guatemala guinea guinea-bissau guyana haiti
hellas honduras hviterussland india indonesia irak iran irland island israel italia jamaica japan jemen
jordan kambodsja kamerun kasakhstan kenya kina kirgisistan kiribati kongo kongo-brazzaville kongo-kinshasa
korea kosovo kroatia kuwait kypros laos latvia lesotho libanon liberia libya liechtenstein litauen
luxembourg madagaskar makedonia malawi malaysia maldivene mali malta marokko mauritania mauritius mexico
moldova monaco mongolia montenegro mosambik myanmar namibia nauru nederland nepal new nicaragua niger
nigeria nord-irland nord-korea nord-makedonia oman pakistan palau palestina panama papua paraguay peru
polen portugal qatar romania russland rwanda samoa saudi-arabia senegal serbia seychellene singapore
skottland slovakia slovenia somalia somaliland spania storbritannia sudan surinam sveits sverige swaziland
syria sør-afrika sør-korea sør-sudan tadsjikistan taiwan tanzania thailand tibet togo tonga trinidad
tsjad tsjekkia tsjetsjenia tunisia turkmenistan tuvalu tyrkia tyskland uganda ukraina ungarn uruguay usa
usbekistan vanuatu vatikanstaten venezuela vietnam wales zambia zimbabwe øst-timor østerrike
kurdistan dagestan ingusjetia krim abkhasia vest-sahara palestina gaza vestbredden
""".split()) - {"new", "papua", "burkina", "antigua", "trinidad"}

# Capitals and large cities (the countries most immigrants to Norway come from first), one word or hyphenated.
CITIES = frozenset("""
kabul herat kandahar mazar-e-sharif jalalabad ghazni kunduz islamabad karachi lahore rawalpindi peshawar
faisalabad multan quetta gujrat kharian sialkot teheran mashhad isfahan shiraz tabriz ahvaz kermanshah
bagdad basra mosul erbil sulaymaniyah kirkuk duhok najaf damaskus aleppo homs latakia idlib raqqa
qamishli daraa beirut tripoli amman irbid zarqa riyadh jidda sanaa muskat doha
manama dubai kairo alexandria benghazi tunis casablanca marrakesh nouakchott bamako niamey ndjamena
khartoum omdurman juba asmara keren massawa mendefera gondar mekele hawassa jimma djibouti
mogadishu hargeisa berbera burao kismayo baidoa garowe bosaso galkayo beledweyne nairobi mombasa kisumu
kampala gulu dodoma arusha zanzibar kigali bujumbura gitega kinshasa lubumbashi goma bukavu kisangani
brazzaville libreville yaoundé yaounde douala abuja lagos ibadan enugu accra kumasi lomé lome
abidjan yamoussoukro monrovia freetown conakry bissau dakar banjul ouagadougou luanda lusaka lilongwe
maputo harare bulawayo gaborone windhoek pretoria johannesburg kappstaden durban maseru mbabane
antananarivo moroni
warszawa kraków krakow gdańsk gdansk gdynia sopot wrocław wroclaw poznań poznan łódź lodz szczecin
lublin katowice białystok bialystok rzeszów rzeszow olsztyn bydgoszcz toruń torun kielce opole
vilnius kaunas klaipėda klaipeda šiauliai siauliai panevėžys panevezys riga daugavpils liepaja tallinn
tartu narva minsk homel gomel grodno hrodna brest vitebsk mogiljov kyiv kiev kharkiv odesa odessa lviv
dnipro mykolaiv zaporizjzja tsjernihiv poltava moskva murmansk arkhangelsk kaliningrad
tsjisinau chisinau bucuresti bukarest cluj-napoca iași iasi timișoara timisoara constanța constanta
sofia plovdiv varna beograd niš zagreb rijeka ljubljana sarajevo mostar tuzla zenica bihać bihac
podgorica tirana durrës durres pristina prizren skopje athen thessaloniki ankara istanbul izmir
antalya tbilisi jerevan baku budapest debrecen praha brno bratislava wien bern zürich zurich genève
geneve paris lyon marseille madrid barcelona lisboa amsterdam rotterdam brussel antwerpen london
manchester birmingham edinburgh glasgow dublin reykjavik helsingfors helsinki tammerfors åbo stockholm
göteborg malmö uppsala københavn aarhus odense berlin hamburg münchen frankfurt köln luxembourg
valletta nicosia vaduz andorra
delhi mumbai kolkata chennai bangalore bengaluru hyderabad ahmedabad pune amritsar jalandhar ludhiana
colombo jaffna kandy batticaloa trincomalee dhaka chittagong sylhet kathmandu pokhara thimphu yangon
naypyidaw mandalay bangkok pattaya vientiane hanoi saigon haiphong jakarta surabaya
manila cebu davao quezon beijing peking shanghai guangzhou shenzhen chengdu wuhan hongkong taipei tokyo
osaka seoul busan pyongyang tasjkent samarkand bukhara dusjanbe bisjkek almaty astana asjkhabad
jerusalem ramallah hebron nablus
washington chicago houston boston seattle minneapolis ottawa toronto montreal vancouver guadalajara
havana bogotá bogota medellín medellin caracas quito guayaquil asunción asuncion montevideo brasília
brasilia managua tegucigalpa kingston canberra sydney melbourne wellington auckland
""".split())

# Places of several words, as written (first letters capital, `og`/`de`/`del` small).
_PHRASES = """
Den dominikanske republikk|Den sentralafrikanske republikk|Den demokratiske republikken Kongo|Republikken Kongo
|De forente arabiske emirater|De forente stater|Det forente kongerike|Sri Lanka|Sierra Leone|Burkina Faso
|Costa Rica|El Salvador|Puerto Rico|Kapp Verde|Papua Ny-Guinea|New Zealand|Trinidad og Tobago
|Antigua og Barbuda|São Tomé og Príncipe|Saint Lucia|Saint Kitts og Nevis|Bosnia og Hercegovina
|Addis Abeba|Dire Dawa|Bahir Dar|Dar es Salaam|Port Sudan|Deir ez-Zor|Banja Luka|Novi Sad|Tel Aviv
|Abu Dhabi|Kuala Lumpur|Phnom Penh|Ho Chi Minh-byen|Ho Chi Minh|Chiang Mai|Ulan Bator|New Delhi|Hong Kong
|St\\. Petersburg|Sankt Petersburg|Nizjnij Novgorod|Port Harcourt|Port-au-Prince|Port Louis|Santo Domingo
|San José|San Salvador|Guatemala by|Mexico by|Panama by|Buenos Aires|La Paz|Rio de Janeiro|São Paulo
|Sao Paulo|Belo Horizonte|New York|Los Angeles|San Francisco|Cape Town|Gaza by
"""
PHRASES = re.compile(r"(?<![\w-])(?:" + "|".join(p.strip() for p in _PHRASES.replace("\n", "").split("|"))
                     + r")(?:s)?(?![\w-])")


def place_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", source) for countries and cities of several words ("Den dominikanske republikk"),
    found again whole (never "Den" alone)."""
    return [(m.start(), m.end(), "place", "rule:world-place") for m in PHRASES.finditer(text)]
