"""The words a speaker puts a number right with, and hesitates with, shared by the rules that read numbers.

A number said twice ("7033. Nei, 7034", "AAF418273. Eh, nei, AAF481273.", "4630, tror jeg, eller 4631") is
read by `number_corrections` (a code or a postcode put right) and `postcode_alternatives` (a postcode said
again, as an alternative or after a move), and `postcode_words` reads the same in words. Each reads its own
set of words around the second try, but the words of putting right and of hesitating are one list, here:

* `CORRECTION`: the words that say the first try was wrong (`nei`, `unnskyld`, `sorry`, `beklager`);
* `HESITATION`: the fillers a speaker says while finding the right one (`eh`, `ehm`, `øh`, `æh`).

`spoken_numbers` keeps its own token sets (`_SKIP_WORDS`, `_RESTART_WORDS`): they are read word by word, with
more fillers and `mener jeg` as two tokens.
"""

from __future__ import annotations

CORRECTION = r"(?:nei|unnskyld|sorry|beklager)"
HESITATION = r"(?:eh|ehm|øh|æh)"
