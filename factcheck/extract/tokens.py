"""Words with their offsets, and the folded stems ("terms") that matching compares."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from factcheck.extract.lexicon import (
    DEMONYMS,
    NOT_ISE_SPELLINGS,
    PHRASES,
    SPELLINGS,
    STOPWORDS,
    synonym_table,
)

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[’'][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
_STEMMER = snowballstemmer.stemmer("english")
_SYNONYMS = synonym_table()
_PHRASES = {tuple(key.split()): tuple(value.split()) for key, value in PHRASES.items()}
# The phrases by their first word, longest first: most words start none, and are passed at once.
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _key, _value in sorted(_PHRASES.items(), key=lambda item: -len(item[0])):
    _PHRASES_BY_FIRST.setdefault(_key[0], []).append((_key, _value))


@dataclass(frozen=True)
class Token:
    """A word or number and where it stands in the text."""

    text: str
    start: int
    end: int

    @property
    def folded(self) -> str:
        """Lower case, accents and possessive removed."""
        return fold(self.text)

    @property
    def is_number(self) -> bool:
        """True for digits like 139, 1,000 or 336.7."""
        return self.text[0].isdigit()


def tokenize(text: str) -> list[Token]:
    """Split text into words and numbers with their character offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


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
    return _STEMMER.stemWord(word)


_ISE = re.compile(r"^(\w{4,})is(e|ed|es|ing|ation|ations)$")


def _american(word: str) -> str:
    """ "recognise" → "recognize", "organisation" → "organization"; "promise" stays."""
    match = _ISE.match(word)
    if match is None or f"{match.group(1)}ise" in NOT_ISE_SPELLINGS:
        return word
    return f"{match.group(1)}iz{match.group(2)}"


def fold_phrases(words: list[str]) -> list[str]:
    """Replace multi-word expressions ("military personnel") by their folded form."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for key, replacement in _PHRASES_BY_FIRST.get(words[i], ()):
            if tuple(words[i : i + len(key)]) == key:
                out.extend(replacement)
                i += len(key)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def is_content_word(word: str) -> bool:
    """A folded word that carries meaning: not a stop word, a number or a single letter."""
    return len(word) > 1 and word not in STOPWORDS and not word[0].isdigit()


def terms_of_words(words: list[str]) -> tuple[str, ...]:
    """The content stems of folded words, phrases folded first, order kept, duplicates dropped."""
    stems = (stem(word) for word in fold_phrases(words) if is_content_word(word))
    return tuple(dict.fromkeys(stems))


@lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str, ...]:
    """The content stems of a text (cached: titles and names are asked for again and again)."""
    return terms_of_words([token.folded for token in tokenize(text)])
