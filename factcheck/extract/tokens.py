"""Words with their offsets, and the folded stems ("terms") that matching compares."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

import snowballstemmer

from factcheck.extract.lexicon import (
    DEMONYMS,
    IRREGULAR_PAST,
    NOT_ISE_SPELLINGS,
    NOUNS_IN_LY,
    OWN_STEMS,
    PHRASES,
    SPELLINGS,
    STOPWORDS,
    synonym_table,
)
from factcheck.extract.patterns import regex

_WORD = regex(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[’'][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
_STEMMER = snowballstemmer.stemmer("english")
_SYNONYMS = synonym_table()
_PHRASES = {tuple(key.split()): tuple(value.split()) for key, value in PHRASES.items()}
# The phrases by their first word, longest first: most words start none, and are passed at once.
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _key, _value in sorted(_PHRASES.items(), key=lambda item: -len(item[0])):
    _PHRASES_BY_FIRST.setdefault(_key[0], []).append((_key, _value))


class Token(NamedTuple):
    """A word or number, where it stands in the text, and its folded form.

    `folded` is stored, not computed: the extractors read it many times per token.
    """

    text: str
    start: int
    end: int
    folded: str

    @property
    def is_number(self) -> bool:
        """True for digits like 139, 1,000 or 336.7."""
        return self.text[0].isdigit()


def tokenize(text: str) -> list[Token]:
    """Split text into words and numbers with their character offsets."""
    tokens: list[Token] = []
    end = 0
    for word in _WORD.findall(text):  # faster than `finditer`, which makes a match object a word
        # The word's first place after the last one is where `findall` found it: at any earlier
        # place the regex would have matched it too.
        start = text.find(word, end)
        end = start + len(word)
        tokens.append(Token(word, start, end, fold(word)))
    return tokens


_START = attrgetter("start")


def tokens_within(text: str, tokens: list[Token], start: int, end: int) -> list[Token]:
    """`tokenize(text[start:end])` with offsets into `text`, given `tokens = tokenize(text)`.

    A slice of `tokens` is the same words unless the span cuts one ("12,000" cut at its comma),
    so only then is the span tokenised again: a sentence is tokenised once, not once a clause.
    """
    first = bisect_left(tokens, start, key=_START)
    stop = bisect_left(tokens, end, key=_START)
    if (first > 0 and tokens[first - 1].end > start) or (
        stop > first and tokens[stop - 1].end > end
    ):
        return [
            t._replace(start=t.start + start, end=t.end + start) for t in tokenize(text[start:end])
        ]
    return tokens[first:stop]


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case a word, strip accents, curly apostrophes and a trailing possessive."""
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'").replace(".", ""))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return plain[:-2] if plain.endswith("'s") else plain


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a folded word, after spelling, synonym and demonym folding."""
    word = _american(SPELLINGS.get(word, word))
    word = _SYNONYMS.get(word, word)
    country = DEMONYMS.get(word)
    if country is not None:
        word = fold(country).replace(" ", "_")
    own = OWN_STEMS.get(word)
    if own is not None:
        return own
    stemmed: str = _STEMMER.stemWord(word)
    return stemmed


_ISE = regex(r"^(\w{4,})is(e|ed|es|ing|ation|ations)$")


def _american(word: str) -> str:
    """ "recognise" → "recognize", "organisation" → "organization"; "promise" stays."""
    match = _ISE.match(word)
    if match is None or f"{match.group(1)}ise" in NOT_ISE_SPELLINGS:
        return word
    return f"{match.group(1)}iz{match.group(2)}"


# "found guilty", "found Cosima Draythorne, the ex-finance director, not guilty": a verdict,
# the defendant between its words within this many words.
_VERDICT_REACH = 15
_FINDING = frozenset({"found", "finds", "find"})


def verdict_at(words: list[str], i: int) -> tuple[int, str] | None:
    """A verdict starting at `i`, the defendant inside it or not: how many words it takes and
    what it says ("convicted" or "acquitted")."""
    if words[i] not in _FINDING:
        return None
    for j in range(i + 1, min(len(words), i + 2 + _VERDICT_REACH)):
        if words[j] == "guilty":
            return j + 1 - i, "acquitted" if words[j - 1] == "not" else "convicted"
        if words[j] in _FINDING:
            return None
    return None


def _verdicts_folded(words: list[str]) -> list[str]:
    """ "found X not guilty" as "acquitted X", "found X guilty" as "convicted X"."""
    if "guilty" not in words or _FINDING.isdisjoint(words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        verdict = verdict_at(words, i)
        if verdict is None:
            out.append(words[i])
            i += 1
            continue
        length, meaning = verdict
        between = words[i + 1 : i + length - 1]
        out += [meaning, *(between[:-1] if between[-1:] == ["not"] else between)]
        i += length
    return out


def fold_phrases(words: list[str]) -> list[str]:
    """Replace multi-word expressions ("military personnel") by their folded form.

    Most word lists hold no phrase and are returned as they are, not copied.
    """
    words = _verdicts_folded(words)
    if _PHRASES_BY_FIRST.keys().isdisjoint(words):
        return words
    starts = [i for i, word in enumerate(words) if word in _PHRASES_BY_FIRST]
    out: list[str] = []
    done = 0  # words before this are in `out`
    for i in starts:
        if i < done:
            continue
        for key, replacement in _PHRASES_BY_FIRST[words[i]]:
            if tuple(words[i : i + len(key)]) == key:
                out.extend(words[done:i])
                out.extend(replacement)
                done = i + len(key)
                break
    out.extend(words[done:])
    return out


def is_past_form(word: str) -> bool:
    """A folded word in the past: "-ed", or an irregular past such as "began"."""
    return word.endswith("ed") or word in IRREGULAR_PAST


def is_ly_adverb(word: str) -> bool:
    """A folded word in "-ly" that is no noun: "eventually", "officially", not "family"."""
    return word.endswith("ly") and word not in NOUNS_IN_LY


def is_content_word(word: str) -> bool:
    """A folded word that carries meaning: not a stop word, a number or a single letter."""
    return len(word) > 1 and word not in STOPWORDS and not word[0].isdigit()


def terms_of_words(words: list[str]) -> tuple[str, ...]:
    """The content stems of folded words, phrases folded first, order kept, duplicates dropped."""
    stems = dict.fromkeys(map(_content_stem, fold_phrases(words)))
    return tuple(s for s in stems if s is not None)


@lru_cache(maxsize=65536)
def _content_stem(word: str) -> str | None:
    """The stem of a content word, None for other words: one cache look-up a word."""
    return stem(word) if is_content_word(word) else None


@lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str, ...]:
    """The content stems of a text (cached: titles and names are asked for again and again)."""
    return terms_of_words([token.folded for token in tokenize(text)])
