"""Verbs of a known sense ("approved", "rose", "downgraded"), who comes before them and what
they act on, and which senses deny each other."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.changes import changed_thing
from factcheck.extract.lexicon import OPPOSED_SENSES, PHRASES, VERB_SENSES
from factcheck.extract.numbers import NUMBER_WORDS
from factcheck.extract.tokens import (
    Token,
    is_content_word,
    stem,
    terms,
    terms_of_words,
    tokenize,
    verdict_at,
)

_SENSE_OF = {form: sense for sense, forms in VERB_SENSES.items() for form in forms}
# Phrases by their first word, longest first: "turned down" says "rejected", and "as opposed
# to" says nothing of opposing.
_PHRASES_AT: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _key, _value in sorted(PHRASES.items(), key=lambda item: -len(item[0].split())):
    _PHRASES_AT.setdefault(_key.split()[0], []).append((tuple(_key.split()), _value))
# Words that end the object's noun phrase: "the request | to host", "a permit | that would".
_PHRASE_ENDS = frozenset(
    """about after against among and as at because before but by during for from if in into
    of on or over since than that to under until when where whether which while who with
    within without""".split()
)
# Words that start another phrase once the object has its noun: "rates | this year", "the
# permit | would have", and participles: "a permit | letting", "the plan | approved in May".
_PHRASE_STARTS = frozenset(
    """a an the this that these those last next every each is are was were be been has have
    had will would can could may might shall should do does did""".split()
)
_PARTICIPLE_ENDINGS = ("ing", "ed")
# Words that make an idiom of the verb before them: "fall into a category", "fell short".
_IDIOM_PARTICLES = frozenset({"into", "under", "behind", "short", "apart", "through", "asleep"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_AFTER_WORDS = 6  # "convicted Draythorne, 53, of fraud": the object comes first


def _may_head(word: str) -> bool:
    """A word that may name what a phrase is about: not a stop word or a number."""
    return is_content_word(word) and word not in NUMBER_WORDS


def _is_participle(tokens: list[Token], index: int) -> bool:
    """ "letting" in "a permit letting Clearbrook pump", not in "a credit rating on Monday":
    a participle takes an object of its own."""
    following = tokens[index + 1].folded if index + 1 < len(tokens) else ""
    return tokens[index].folded.endswith(_PARTICIPLE_ENDINGS) and is_content_word(following)


@dataclass(frozen=True)
class VerbSense:
    """A verb of a known sense in a text, as written, with the terms before it (who) and the
    stem of the noun its object is about (what), None when it has no object."""

    sense: str
    said: str
    before: frozenset[str]
    object_head: str | None
    # "accepted this request": the object is the one the sentences before describe.
    refers_back: bool = False
    # "was acquitted": what comes before is what it was done to, not who did it.
    passive: bool = False
    # The terms of the few words after it: the object of an active verb.
    after: frozenset[str] = frozenset()
    # "lost its two seats": the object is the subject's own.
    owned: bool = False


def opposed(one: str, other: str) -> bool:
    """Whether two senses deny each other: "approved" and "rejected", "rose" and "fell"."""
    return frozenset((one, other)) in OPPOSED_SENSES


@lru_cache(maxsize=8192)
def verb_senses(text: str) -> tuple[VerbSense, ...]:
    """The verbs of a known sense in a text, in order; refusals are verbs here, not negations.

    A capitalised word inside the text is part of a name ("Linden Falls"), not a verb.
    """
    tokens = tokenize(text)
    words = [token.folded for token in tokens]
    found: list[VerbSense] = []
    i = 0
    while i < len(words):
        length, meaning = _phrase_at(words, i)
        # "held its" means "kept its": the sense is its verb's.
        sense = _SENSE_OF.get(meaning.split()[0])
        idiom = i + length < len(words) and words[i + length] in _IDIOM_PARTICLES
        if sense is not None and not idiom and (i == 0 or not tokens[i].text[:1].isupper()):
            before = frozenset(terms_of_words(words[:i]))
            object_head = _object_head(text, tokens, i + length)
            # "reported a 12 percent fall in net profit": what fell comes after the noun, as a
            # subject comes before a verb ("net profit fell 12 percent").
            thing = (
                changed_thing(text, tokens[i - 1].end)
                if i and words[i - 1] in _AMOUNT_UNITS
                else ""
            )
            if thing:
                before |= frozenset(terms(thing))
                object_head = None
            found.append(
                VerbSense(
                    sense=sense,
                    said=text[tokens[i].start : tokens[i + length - 1].end],
                    before=before,
                    object_head=object_head,
                    refers_back=i + length < len(words)
                    and words[i + length] in _DEMONSTRATIVES
                    and not _says_when(tokens, i + length),
                    passive=i > 0 and words[i - 1] in _BE,
                    after=frozenset(terms_of_words(words[i + length : i + length + _AFTER_WORDS])),
                    owned=i + length < len(words) and words[i + length] in _POSSESSIVES,
                )
            )
        i += length
    return tuple(found)


def _phrase_at(words: list[str], i: int) -> tuple[int, str]:
    """How many words a phrase starting at `i` takes, and what it means; else the word itself."""
    verdict = verdict_at(words, i)
    if verdict is not None:
        return verdict
    for key, meaning in _PHRASES_AT.get(words[i], ()):
        if tuple(words[i : i + len(key)]) == key:
            return len(key), meaning
    return 1, words[i]


# Words that, before a noun of time, say when: "fell this season", "rose last year".
_WHEN_WORDS = frozenset({"this", "last", "next", "every", "each"})
_TIME_NOUNS = frozenset(
    """year years season seasons month months week weeks day days quarter decade summer winter
    spring autumn term time weekend morning evening night""".split()
)
# What an amount after a verb of change is counted in: "rose 8 percent".
_AMOUNT_UNITS = frozenset({"percent", "pct", "%"})


def _says_when(tokens: list[Token], index: int) -> bool:
    following = tokens[index + 1].folded if index + 1 < len(tokens) else ""
    return tokens[index].folded in _WHEN_WORDS and following in _TIME_NOUNS


def _object_head(text: str, tokens: list[Token], first: int) -> str | None:
    """The stem of the last noun-like word of the phrase after a verb: "rating" in "the
    district's AA credit rating on Monday", None in "rose 5% in May"."""
    head = None
    previous_end = tokens[first - 1].end if first > 0 else 0
    if first < len(tokens) and tokens[first].folded == "by":
        first += 1  # "was backed by the mayor": in the passive, who did it is the phrase after
    for index in range(first, len(tokens)):
        token = tokens[index]
        word = token.folded
        if word in _PHRASE_ENDS or any(mark in text[previous_end : token.start] for mark in ",.;:"):
            break
        if head is not None and (
            word in _PHRASE_STARTS or word in _SENSE_OF or _is_participle(tokens, index)
        ):
            break  # "kept rates | unchanged", "rates | this year", "a permit | letting"
        if head is None and _says_when(tokens, index):
            break  # "fell this season": when, not what
        if word in _AMOUNT_UNITS:
            continue  # "rose 8 percent": by how much, not what
        # "approved the plan unanimously": an adverb after the noun is not the noun.
        if _may_head(word) and not (head is not None and word.endswith("ly")):
            head = stem(word)
        previous_end = token.end
    return head
