"""The round-33b keep rules in the order they run: names in plain talk that put nobody anywhere.

Each module holds one class of false replacements read in the identifier-free controls, and its docstring says why:
titles read, watched or played and products with a model number (`titles_watched`), national bodies in the news
and lay associations (`news_bodies`), shops, grocery services and call apps used by customers (`shop_mentions`),
places only as a group's origin or a shopping trip's end (`general_places`), and words the model takes for names
after an option letter or in English speech (`model_words`); round 34o adds a company's legal form said alone
as a kind of company (`legal_forms.drop_bare_forms`: "Et Ltd. er som et AS") and a public body's acronym given
beside its name (`apposed_acronyms.drop_public_acronyms`: "Statens vegvesen (SVV) har nye regler"); round 41i a
town's centre named by its common word (`town_centres`: "Adresse: Ukjent, Sentrum kanskje"); round 44o a foreign school
word alone (`foreign_schools.drop_bare_heads`: "Lycée betyr videregående skole"). They run last, after every rule that finds, so they
judge each name by all its mentions.
"""

from __future__ import annotations

from workbench.io.pseudonymize.apposed_acronyms import drop_public_acronyms
from workbench.io.pseudonymize.foreign_schools import drop_bare_heads
from workbench.io.pseudonymize.general_places import drop_general_places
from workbench.io.pseudonymize.legal_forms import drop_bare_forms
from workbench.io.pseudonymize.model_words import drop_model_words
from workbench.io.pseudonymize.news_bodies import drop_news_bodies
from workbench.io.pseudonymize.shop_mentions import drop_shop_mentions
from workbench.io.pseudonymize.titles_watched import drop_titles_watched
from workbench.io.pseudonymize.town_centres import drop_town_centres


def drop_plain_talk(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without the names in plain talk of the round-33b classes."""
    for drop in (drop_titles_watched, drop_news_bodies, drop_shop_mentions, drop_general_places, drop_model_words,
                 drop_bare_forms, drop_public_acronyms, drop_town_centres, drop_bare_heads):
        found = drop(text, found)
    return found
