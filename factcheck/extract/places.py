"""Places a clause puts something in: a name right after "in", "at", "near", "from" or "to".

Only names the entity extractor found are candidates, and only those that read as places: not
a person's possession ("in Macron's speech"), an organisation ("at the Ministry of Energy"),
an acronym ("in UN missions"), a language or nationality ("in Breton") or a name qualifying
the noun after it ("in Lyon region"), unless that noun is a place in the town ("at Lyon
airport" is in Lyon).
"""

from __future__ import annotations

import re

from factcheck.extract.entities import is_country
from factcheck.extract.lexicon import DEMONYMS, STOPWORDS
from factcheck.extract.patterns import regex
from factcheck.extract.tokens import fold, terms_of_words
from factcheck.models import Entity, Place, PlaceKind, PlaceRelation

_PREPOSITION = regex(
    r"\b(?P<preposition>in|at|inside|near|outside(?:\s+of)?|from|into|to)\s+(?P<the>the\s+)?$",
    re.IGNORECASE,
)
_RELATIONS: dict[str, PlaceRelation] = {
    "in": "in",
    "at": "in",
    "inside": "in",
    "near": "near",
    "outside": "near",
    "from": "from",
    "to": "to",
    "into": "to",
}
_LOOK_BEHIND = 17  # "outside of the " is the longest preposition with its article
# Words that make a name an institution or an event, not a place one is in.
_INSTITUTION_WORDS = frozenset(
    """academy agency assembly association authority bank board bureau center centre church
    club co college commission committee company conference congress corporation council court
    cup department embassy festival forum foundation fund games government group hospital hotel
    house inc institute league ltd ministry mission museum nations network office organisation
    organization parliament party press programme program project school senate service stadium
    summit times union university""".split()
)
# Words that make a name a region or a natural feature: such places overlap other places.
_AREA_WORDS = frozenset(
    """africa america americas antarctica arctic area asia atlantic balkans basin bay caribbean
    caucasus central coast continent county desert district east eastern europe greater gulf
    heights hills island islands lake lower mediterranean middle mountains north northern ocean
    oblast pacific peninsula plain plains province region river sea south southern state
    territory upper valley west western world""".split()
)
# Places in a town that a name before them locates there: "landed at Almaty airport".
_FACILITY_WORDS = frozenset({"airport", "station", "terminal", "port", "harbour", "harbor"})
_NEXT_WORD = regex(r"\s+([a-z][\w’'-]*)")
_POSSESSIVE = ("'s", "’s")
# "from Spain, & Algeria", "in Lyon and Paris": one of several places, not the place.
_LIST = regex(r"\s*(?:,\s*)?(?:and|or|&|,)\s+(?:the\s+)?[A-Z]")
_WORD = regex(r"[\w’'-]+")
_COUNTRY_AFTER = regex(r"\s*,\s*((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_ANCHOR_REACH = 4  # words looked back through for the word a place goes with
_ANCHOR_WINDOW = 80  # characters before the preposition holding those words


def extract_places(text: str, entities: list[Entity]) -> list[Place]:
    """The names in `text` that stand for a place, with how the text relates to each."""
    places = []
    for entity in entities:
        before = _PREPOSITION.search(text, max(0, entity.start - _LOOK_BEHIND), entity.start)
        if before is None or before.end() != entity.start or not _reads_as_place(text, entity):
            continue
        relation = _RELATIONS[before.group("preposition").lower().split()[0]]
        places.append(
            Place(
                text=entity.text,
                start=entity.start,
                end=entity.end,
                canonical=entity.canonical,
                relation=relation,
                kind=_kind(entity, after_the=before.group("the") is not None),
                anchor=_anchor(text, before.start()),
            )
        )
    return places


def _reads_as_place(text: str, entity: Entity) -> bool:
    """Not an organisation, acronym, language or possessor, nor a name qualifying a noun."""
    words = [fold(word) for word in entity.text.split()]
    key = " ".join(words)
    acronym = entity.text.isupper() and not is_country(entity.canonical)  # but "the U.K."
    if acronym or any(word in _INSTITUTION_WORDS for word in words):
        return False
    if key in DEMONYMS and not is_country(entity.text):
        return False
    after = text[entity.end :]
    if after.startswith(_POSSESSIVE) or (_LIST.match(after) and not _in_country(entity, after)):
        return False
    following = _NEXT_WORD.match(after)
    # "in Lyon on Monday", "at Lake Placid recorded": a verb or a small word may follow; and
    # "at Almaty airport" is in Almaty, where "in Lyon region" is a region named after it.
    return (
        following is None
        or _is_small_word_or_verb(following.group(1))
        or (following.group(1) in _FACILITY_WORDS)
    )


def _in_country(entity: Entity, after: str) -> bool:
    """A town followed by its country, which says where the town is ("in Duffel, Belgium,
    he ..."), not by another place of a list ("in Lyon, Paris and Rome")."""
    return not is_country(entity.canonical) and country_after(after) is not None


def country_after(after: str) -> str | None:
    """The country named after a comma that `after` (the text after a town) opens with, when
    it ends the list: "Nepal" in ", Nepal, he ...", nothing in ", Nepal and Pell"."""
    country = _COUNTRY_AFTER.match(after)
    if country is None or not is_country(country.group(1)) or _LIST.match(after[country.end() :]):
        return None
    return country.group(1)


def _is_small_word_or_verb(word: str) -> bool:
    return word in STOPWORDS or word.endswith("ed")


def _kind(entity: Entity, *, after_the: bool) -> PlaceKind:
    if is_country(entity.canonical) or is_country(entity.text):
        return "country"
    words = {fold(word) for word in re.split(r"[\s-]+", entity.text)}
    return "area" if after_the or words & _AREA_WORDS else "town"


def _anchor(text: str, preposition: int) -> str | None:
    """The word the place goes with: the nearest content word before the preposition that is
    not itself a name ("a plant in X" → plant, "flew from Y to X" → flew)."""
    start = max(0, preposition - _ANCHOR_WINDOW)
    found = list(_WORD.finditer(text, start, preposition))[-_ANCHOR_REACH:]
    for match in reversed(found):
        word = match.group()
        # A capital starting the text is no name: "Born in Duffel, he ...".
        opening = not text[: match.start()].strip()
        if (word[:1].isupper() and not opening) or word[:1].isdigit():
            continue
        stems = terms_of_words([fold(word)])
        if stems:
            return stems[0]
    return None
