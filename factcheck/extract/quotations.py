"""Direct quotations in a text: their words, who said them, and the span to cite.

Takes any text (a draft or a source); gives `Quotation` records. A quotation is the text between
double quotes (curly or straight, within one paragraph) of at least `MIN_WORDS` words. Its
speaker comes from the attribution next to it: `“…,” Ashimbayev said`, `“…,” said Ashimbayev`,
`Ashimbayev said (…) that “…”`, `according to Ashimbayev, “…”`. A pronoun or a one-word role
(`he said`, `the minister answered`) is resolved to whoever was quoted or named with a speech
verb (full name) last before it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.patterns import regex

MIN_WORDS = 3
CONTEXT = 300  # characters looked at around a quotation for its attribution
RESOLVE_WINDOW = 3000  # characters looked back to resolve "he said"
SPEECH_VERBS = frozenset(
    "said says told tells stated states added adds noted notes explained explains answered "
    "answers replied replies declared declares announced announces wrote writes asked asks "
    "insisted insists argued argues stressed stresses emphasised emphasized emphasises "
    "emphasizes recalled recalls commented comments remarked remarks warned warns claimed "
    "claims confirmed confirms continued continues spoke speaks addressed addresses".split()
)
_REFERRING = frozenset({"he", "she", "they", "him", "her", "them"})
_NOT_NAMES = frozenset(
    "He She They It We I The A An This That These Those But And Earlier Later Then Also "
    "Meanwhile However Officials Many Some".split()
)
_VERB = r"(?:" + "|".join(sorted(SPEECH_VERBS)) + r")"
# Bounded, so that a run of capitals ("AAAA…", "Aa Aa Aa …") costs linear time: a name is at
# most MAX_NAME_WORDS words of at most 42 characters.
MAX_NAME_WORDS = 10
_NAME_WORD = r"[A-Z][\w’'\-]{0,40}\w"
_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:(?:of\s+(?:the\s+)?|al-|bin\s+|de\s+|van\s+|von\s+)?{_NAME_WORD}))"
    rf"{{0,{MAX_NAME_WORDS - 1}}}"
)
_QUOTATION = regex(r"“((?:[^“”\n]|\n(?![ \t]*\n))+)”|\"((?:[^\"\n]|\n(?![ \t]*\n))+)\"")
_SPEAKER_AFTER = regex(
    rf"\s*,?\s*(?:(?P<name>{_NAME}|he|she|they|the\s+[a-z][\w-]*)\s+{_VERB}\b"
    rf"|{_VERB}\s+(?P<name2>{_NAME}|the\s+[a-z][\w-]*))"
)
_SPEAKER_BEFORE = regex(
    rf"(?:(?P<name>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:[\w-]+\s+){{0,3}}?[a-z][\w-]*)"
    rf"\s+{_VERB}\b[^“”\".!?\n]{{0,80}}"
    rf"|[Aa]ccording\s+to\s+(?P<name2>{_NAME}|him|her|them)\s*,?\s*)$"
)
_NAMED_SPEECH = regex(rf"(?P<name>{_NAME})\s+{_VERB}\b|{_VERB}\s+(?P<name2>{_NAME})")
# Who put something forward is its author as who said it is: "Minister Ines Okafor proposed".
PROPOSING_VERBS = frozenset("proposed proposes suggested suggests".split())
_NAMED_AUTHOR = regex(
    rf"(?P<name>{_NAME})\s+(?:{_VERB}|{'|'.join(sorted(PROPOSING_VERBS))})\b"
    rf"|{_VERB}\s+(?P<name2>{_NAME})"
)
_SENTENCE_START = regex(r"(?:[.!?][”\"’)]*\s+|\n)(?=\S)")
_WORD = regex(r"\w+(?:[’'.,]\w+)*")


@dataclass(frozen=True)
class Quotation:
    """A quotation in a text: its words, who said it, and the span of quote and attribution."""

    text: str
    start: int  # the opening mark
    end: int  # after the closing mark
    speaker: str | None
    cite_start: int
    cite_end: int


def find_quotations(text: str) -> list[Quotation]:
    """The quotations of at least MIN_WORDS words in a text, speakers resolved in order."""
    found: list[Quotation] = []
    for match in _QUOTATION.finditer(text):
        words = " ".join((match.group(1) or match.group(2)).split()).strip(" ,.;:")
        if len(_WORD.findall(words)) < MIN_WORDS:
            continue
        phrase, cite_start, cite_end = _attribution(text, match.start(), match.end())
        speaker = _resolve(text, cite_start, phrase, found) if phrase else None
        found.append(Quotation(words, match.start(), match.end(), speaker, cite_start, cite_end))
    return found


@functools.lru_cache(maxsize=64)
def source_quotations(text: str) -> tuple[Quotation, ...]:
    """Every quotation of a source text (cached: the same sources serve many claims)."""
    return tuple(find_quotations(text))


def _attribution(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """The speaker phrase next to a quotation and the span to cite: quote and attribution."""
    after = _SPEAKER_AFTER.match(text, end, min(len(text), end + CONTEXT))
    if after:
        return after.group("name") or after.group("name2"), start, after.end()
    window = max(0, start - CONTEXT)
    sentence = max((m.end() for m in _SENTENCE_START.finditer(text, window, start)), default=window)
    before = _SPEAKER_BEFORE.search(text, sentence, start)
    if before:
        return before.group("name") or before.group("name2"), before.start(), end
    return None, start, end


def _resolve(text: str, at: int, phrase: str, earlier: Sequence[Quotation]) -> str | None:
    """A named speaker as given; a pronoun or one-word role resolved to a person before it."""
    name = _strip_not_names(phrase)
    words = phrase.split()
    if name or not (words[-1].lower() in _REFERRING or len(words) == 2):
        return name or phrase
    window = max(0, at - RESOLVE_WINDOW)
    if len(words) == 2 and (titled := _titled(text, words[1], window, at)):
        return titled
    named = [
        (m.start(), person)
        for m in _NAMED_SPEECH.finditer(text, window, at)
        if len((person := _strip_not_names(m.group("name") or m.group("name2"))).split()) >= 2
    ]
    quoted = [(q.start, q.speaker) for q in earlier if q.speaker and q.start >= window]
    return max([*named, *quoted], default=(0, None))[1]


def _titled(text: str, role: str, start: int, end: int) -> str | None:
    """The last full name given with a role before `end`: "Foreign Minister Erlan Idrissov",
    "the defence minister, Adilbek Dzhaksybekov" for "the minister"."""
    pattern = re.compile(rf"(?i:\b{re.escape(role)}\b)[^.!?\n]{{0,40}}?(?P<name>{_NAME})")
    names = [_strip_not_names(m.group("name")) for m in pattern.finditer(text, start, end)]
    full = next((n for n in reversed(names) if len(n.split()) >= 2), None)
    return " ".join(full.split()[-2:]) if full else None  # "…of Kazakhstan Adilbek Dzhaksybekov"


def named_speaker(text: str) -> str | None:
    """The first person or body named as saying something in a text, if any."""
    return _first_named(_NAMED_SPEECH, text)


def named_author(text: str) -> str | None:
    """The first person or body named as saying or proposing something in a text, if any."""
    return _first_named(_NAMED_AUTHOR, text)


def _first_named(pattern: re.Pattern[str], text: str) -> str | None:
    for match in pattern.finditer(text):
        name = _strip_not_names(match.group("name") or match.group("name2"))
        if name:
            return name
    return None


def _strip_not_names(phrase: str) -> str:
    """A capitalised phrase without leading pronouns, articles and connectives."""
    words = phrase.split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    return " ".join(words) if words and words[0][0].isupper() else ""
