"""Labels of a pasted web form or questionnaire at a line start: what follows opens a sentence.

Researchers paste the answers from a web form (`nettskjema`) into a transcript as they stand:
`Spørsmål 1 Hva ønsker du å få ut av programmet?`, `Spørsmål 12: Hvor bor du?`, `Svar 4: …`,
`Kommentar: …`. The label and its number are no name, and the question after them is a new
sentence: its first word ("Hva", "Kor", "Hvilken") is capitalised because it opens it. The run
rules read "Spørsmål 1 Hva" as one capitalised run joined by a number, the way "Rema 1000" or
"Apotek 1" are, and took it for an organisation.

Here such a label at the start of a line (a form's own words for a question, an answer, a
comment, a task or an item, in Bokmål, Nynorsk or English, with its number and a `.`, `:` or
`)` or none) marks the word after it as a sentence start. A name in the question or the
answer is judged as anywhere else ("Spørsmål 2 Hvem hjalp deg? » Arvid Bentsen"), and a firm
given as an answer on the next line stays an answer (`workplace_answers`).
"""

from __future__ import annotations

import re

# A form label at a line start, its number, and the space before the first word of the question.
LABEL = re.compile(
    r"(?i)[ \t]*(?:spørsmål|spm\.?|svar|kommentar(?:ar|er)?|merknad(?:er)?|oppgåve|oppgave|punkt|"
    r"question|answer)[ \t]*\d{1,3}[a-z]?[ \t]*[.:)]?[ \t]+")


def opens_question(text: str, pos: int) -> bool:
    """Whether the word at `pos` comes right after a line-initial form label and its number
    ("Spørsmål 1 Hva …", "Spørsmål 12: Korleis …", "Svar 4: …")."""
    line = text.rfind("\n", 0, pos) + 1
    return pos - line < 24 and LABEL.fullmatch(text, line, pos) is not None
