"""Norwegian municipalities by their names, for the gazetteer's places.

A participant's municipality places them as surely as a street does in a small one. The word rules
take a capitalised word after `i`/`fra`/`på` as a place, but not at the start of a sentence or after
`om`/`og` ("Seljord er en fin kommune", "vi snakket om Gratangen"). This list names the municipalities
(as of the 2024 reform, former ones too where still used as place names) whose names are no everyday
Norwegian word; names that are words ("Gran", "Time", "Strand", "Lom", "Hole") are left to the context
rules, so "i tide" and "en strand" stay words. Written from general knowledge for this project.
"""

from __future__ import annotations

MUNICIPALITIES = frozenset("""
aremark askvoll askøy aurskog-høland austevoll austrheim balsfjord bardu beiarn berlevåg bjerkreim
bjørnafjorden bremanger bygland bykle båtsfjord dovre drangedal dyrøy eidfjord enebakk engerdal etne etnedal
fedje fitjar fjaler flesberg folldal froland frøya fyresdal gamvik gildeskål giske gjerdrum gjerstad gjesdal
gloppen grane gratangen hamarøy hammerfest hareid hasvik hattfjelldal hemnes hemsedal hjartdal hjelmeland
hurdal hustadvika hyllestad hægebostad høyanger høylandet indre-fosen indre-østfold jevnaker karasjok
kautokeino kvam kvinesdal kviteseid kvitsøy kvæfjord kvænangen kåfjord lavangen lebesby leirfjord lesja lunner
lurøy lærdal løten masfjorden meløy midt-telemark midtre-gauldal modalen målselv nannestad nesbyen nesseby
nissedal nome nord-aurdal nord-fron nord-odal nordre-follo nordre-land nordreisa nore nærøysund osterøy
porsanger rakkestad randaberg rendalen ringebu rollag rødøy salangen saltdal samnanger sauda seljord sigdal
siljan sirdal skjervøy skjåk smøla sogndal sokndal solund steigen stor-elvdal storfjord stryn suldal sunndal
sveio søndre-land sør-aurdal sør-fron sør-odal sør-varanger sørfold sørreisa tolga trysil træna tynset tysnes
tysvær ulvik vaksdal vanylven vegårshei vennesla vestnes vestre-slidre vestre-toten vevelstad vindafjord vinje
vågå åmli årdal åseral åsnes østre-toten øvre-eiker øygarden øystre-slidre
""".split())
