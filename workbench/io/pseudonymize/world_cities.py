"""Capitals and cities of more than about half a million people abroad, for the gazetteer's places (round 52p).

`world_places.CITIES` names the capitals and large cities of the countries most immigrants to Norway come
from; a participant may as well have grown up, studied or worked in Recife, Ciudad Juárez or Pointe-Noire.
This module adds the remaining capitals and the cities of more than about 500,000 people, in the forms a
Norwegian transcript writes them: Norwegian exonyms where they exist (`Kapstaden`, `Havanna`), otherwise the
French, Spanish and Portuguese forms with their hyphens and accents (`Saint-Louis`, `Cap-Haïtien`,
`Porto-Novo`, `São Luís`). Names of several words (`Porto Alegre`, `Santa Cruz de la Sierra`, `San Pedro Sula`)
are in `PHRASES`, found whole in any case by `place_frames.place_finds`; a hyphen may stand for a space.
Names that are also everyday words (`Porto`, `Lima`, `Rom`, `Nice`, `Lille`, `Essen`) are in
`place_words.PLACE_WORDS`. Written from general knowledge for this project.
"""

from __future__ import annotations

# One-word (or hyphenated) capitals and cities, lower case.
CITIES = frozenset("""
acapulco adana adelaide agadir albuquerque apia arequipa atlanta baltimore bandung bangui barquisimeto
barranquilla basseterre belmopan belém bilbao bobo-dioulasso bordeaux bremen bridgetown brisbane bristol
bucaramanga bursa calgary cali campinas cancún cap-haïtien cartagena castries chiclayo chongqing cochabamba
concepción constantine cuenca curitiba córdoba daegu dallas dammam denver detroit dili diyarbakir diyarbakır
dortmund dresden düsseldorf edmonton fez fortaleza fukuoka funafuti fès gaziantep genova georgetown giza goiânia
guarulhos gujranwala hangzhou hannover harbin havanna ho-chi-minh-byen honiara huambo incheon indianapolis
jacksonville jaipur jekaterinburg kananga kanpur kaohsiung kapstaden karaj kazan khulna kingstown kobe konya
kyoto leeds leipzig león liverpool lucknow luís maceió majuro makassar malabo manaus maracaibo marino marrakech
mbuji-mayi medan medina mekka memphis mendoza miami milano milwaukee monterrey montpellier montréal málaga
mérida nagoya nagpur nanjing nantes napoli nashville nassau novosibirsk nuku'alofa nürnberg omsk oran palembang
palermo paramaribo paulo penh perth philadelphia pointe-noire port-au-prince port-gentil portland porto-novo
praia puebla qom quebec rabat recife roma rosario roseau saint-denis saint-louis saint-étienne salvador samara
santiago sapporo semarang sevilla sfax sharjah sheffield shenyang soweto strasbourg stuttgart sucre surat suva
tanger tarawa teresina tianjin tijuana torino toulouse trujillo tucumán valencia valparaíso winnipeg xi'an
yokohama zapopan zaragoza århus
""".split())

# Capitals and cities of several words, lower case, words separated by a space.
PHRASES = tuple("""
benin city|ciudad de méxico|ciudad juárez|da nang|el alto|fort worth|la plata|las vegas|mar del plata|phnom penh
|port elizabeth|port moresby|port of spain|port vila|porto alegre|san antonio|san diego|san jose|san pedro sula
|santa cruz|santa cruz de la sierra|são luís|sao luis|sao paulo|santiago de chile|santiago de cuba
|ciudad guayana|san juan|saint john's|são tomé|quezon city|mexico city
""".replace("\n", "").split("|"))
