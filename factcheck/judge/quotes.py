"""Direct quotations: who said what, looked up in the sources' own quotations.

A quotation is the text between double quotes (curly or straight, within one paragraph) of at
least `MIN_WORDS` words. Its speaker comes from the attribution next to it: `“…,” Ashimbayev
said`, `“…,” said Ashimbayev`, `Ashimbayev said (…) that “…”`, `according to Ashimbayev, “…”`.
A pronoun or a one-word role (`he said`, `the minister answered`) is resolved to whoever was
quoted or named with a speech verb (full name) last before it.

Quotations are compared word by word after normalising quotes, dashes, whitespace and case. A
draft quotation is the same as a source's when most of its words are found in order; it is
near-verbatim when the texts are at least `NEAR_VERBATIM`% alike and no number, name or negation
differs. Each sentence of a draft quotation, and each part between ellipses, is looked up on its
own, since quoting some sentences of a longer statement is common.

- near-verbatim, same speaker (or the draft names none) → supported;
- the same words with a number, name or negation changed, same speaker → contradicted, with the
  differing words;
- the words under another speaker → not enough evidence, with a misattribution note;
- no source has the words → not enough evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein, Opcode

from factcheck.extract.numbers import NUMBER_WORDS
from factcheck.extract.polarity import NEGATION_CUES
from factcheck.extract.tokens import terms
from factcheck.models import (
    Assertion,
    AssertionResult,
    Evidence,
    SourceDocument,
    Stance,
    Verdict,
)

MIN_WORDS = 3
SAME_QUOTE = 0.6  # share of the draft quotation's words found in order
NEAR_VERBATIM = 90.0  # rapidfuzz ratio of the normalised texts
CONTEXT = 300  # characters looked at around a quotation for its attribution
RESOLVE_WINDOW = 3000  # characters looked back to resolve "he said"
STANCES = {
    Verdict.SUPPORTED: Stance.SUPPORTS,
    Verdict.CONTRADICTED: Stance.CONTRADICTS,
    Verdict.NOT_ENOUGH_EVIDENCE: Stance.UNRELATED,
}
# A supported quotation's confidence follows how alike the words are.
CONFIDENCE = {Verdict.CONTRADICTED: 0.9, Verdict.NOT_ENOUGH_EVIDENCE: 0.6}

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
_NAME_WORD = r"[A-Z][\w’'\-]*\w"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:of\s+(?:the\s+)?|al-|bin\s+|de\s+|van\s+|von\s+)?{_NAME_WORD}))*"
_QUOTATION = re.compile(r"“((?:[^“”\n]|\n(?![ \t]*\n))+)”|\"((?:[^\"\n]|\n(?![ \t]*\n))+)\"")
_SPEAKER_AFTER = re.compile(
    rf"\s*,?\s*(?:(?P<name>{_NAME}|he|she|they|the\s+[a-z][\w-]*)\s+{_VERB}\b"
    rf"|{_VERB}\s+(?P<name2>{_NAME}|the\s+[a-z][\w-]*))"
)
_SPEAKER_BEFORE = re.compile(
    rf"(?:(?P<name>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:[\w-]+\s+){{0,3}}?[a-z][\w-]*)"
    rf"\s+{_VERB}\b[^“”\".!?\n]{{0,80}}"
    rf"|[Aa]ccording\s+to\s+(?P<name2>{_NAME}|him|her|them)\s*,?\s*)$"
)
_NAMED_SPEECH = re.compile(rf"(?P<name>{_NAME})\s+{_VERB}\b|{_VERB}\s+(?P<name2>{_NAME})")
_SENTENCE_START = re.compile(r"(?:[.!?][”\"’)]*\s+|\n)(?=\S)")
_WORD = re.compile(r"\w+(?:[’'.,]\w+)*")
# Where a draft may leave words out of a quotation: an ellipsis, or between its sentences.
_GAP = re.compile(r"\.\s?\.\s?\.|…|\[\s*(?:\.\.\.|…)\s*\]|(?<=[.!?])\s+(?=[A-Z])")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


class Quotation(NamedTuple):
    """A quotation in a text: its words, who said it, and the span of quote and attribution."""

    text: str
    start: int  # the opening mark
    end: int  # after the closing mark
    speaker: str | None
    cite_start: int
    cite_end: int


class _Word(NamedTuple):
    text: str
    folded: str
    first: bool  # opens its fragment: a capital letter there says nothing


class Match(NamedTuple):
    """A draft quotation compared with one source quotation."""

    share: float
    ratio: float
    differences: tuple[tuple[str, str], ...]  # (draft words, source words) that matter


class _Found(NamedTuple):
    source: SourceDocument
    quotation: Quotation
    match: Match
    speaker: str  # "same", "other" or "unknown"


def normalise(text: str) -> str:
    """Quotes, dashes and spaces folded, whitespace collapsed, lower case."""
    return " ".join(text.translate(_FOLD).split()).casefold()


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
    for match in _NAMED_SPEECH.finditer(text):
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


def same_speaker(draft: str | None, source: str | None) -> str:
    """'same' when the surnames agree (or the draft names no one), 'other', or 'unknown'."""
    if draft is None:
        return "same"
    if source is None:
        return "unknown"
    draft_names = {normalise(w).removesuffix("'s") for w in draft.split()}
    source_names = {normalise(w).removesuffix("'s") for w in source.split()}
    surname = normalise(draft.split()[-1]).removesuffix("'s")
    return (
        "same"
        if surname in source_names or normalise(source.split()[-1]) in draft_names
        else "other"
    )


def compare(draft: str, source: str) -> Match:
    """How much of a draft quotation a source quotation holds, and the differences that matter."""
    parts = [part for part in _GAP.split(draft) if _WORD.search(part)]
    found = [_compare_part(_words(part), _words(source)) for part in parts]
    if not found:
        return Match(0.0, 0.0, ())
    return Match(
        share=min(m.share for m in found),
        ratio=min(m.ratio for m in found),
        differences=tuple(d for m in found for d in m.differences),
    )


def _words(text: str) -> list[_Word]:
    words = _WORD.findall(text.translate(_FOLD))
    return [_Word(w, w.casefold(), i == 0) for i, w in enumerate(words)]


def _compare_part(draft: list[_Word], source: list[_Word]) -> Match:
    """One fragment of a draft quotation aligned word by word with a source quotation."""
    ops = list(Levenshtein.opcodes([w.folded for w in draft], [w.folded for w in source]))
    while ops and ops[0].tag == "insert":
        ops.pop(0)
    while ops and ops[-1].tag == "insert":
        ops.pop()
    if not ops:
        return Match(0.0, 0.0, ())
    window = source[ops[0].dest_start : ops[-1].dest_end]
    equal = sum(op.src_end - op.src_start for op in ops if op.tag == "equal")
    ratio = fuzz.ratio(" ".join(w.folded for w in draft), " ".join(w.folded for w in window))
    differences = tuple(
        _with_context(op, draft, source)
        for op in ops
        if op.tag != "equal"
        and _matters([*draft[op.src_start : op.src_end], *source[op.dest_start : op.dest_end]])
    )
    return Match(equal / max(len(draft), len(window)), ratio, differences)


def _with_context(op: Opcode, draft: Sequence[_Word], source: Sequence[_Word]) -> tuple[str, str]:
    """(draft words, source words) of an edit, with a word of context when a side is empty."""
    i1, i2, j1, j2 = op.src_start, op.src_end, op.dest_start, op.dest_end
    if op.tag in ("insert", "delete"):
        if i1 > 0 and j1 > 0:
            i1, j1 = i1 - 1, j1 - 1
        elif i2 < len(draft) and j2 < len(source):
            i2, j2 = i2 + 1, j2 + 1
    return _join(draft[i1:i2]), _join(source[j1:j2])


def _join(words: Sequence[_Word]) -> str:
    return " ".join(w.text for w in words)


def _matters(words: Sequence[_Word]) -> bool:
    """Whether changed words change the meaning: a number, a name or a negation."""
    return any(
        w.text[0].isdigit()
        or w.folded in NUMBER_WORDS
        or w.folded in NEGATION_CUES
        or w.folded.endswith("n't")
        or (w.text[0].isupper() and not w.first)
        for w in words
    )


def check_quotation(
    quotation: Quotation, claim: str, sources: Sequence[SourceDocument]
) -> tuple[AssertionResult, float, list[Evidence]]:
    """The verdict on a draft quotation against the quotations of the given sources."""
    found = [
        _Found(source, quoted, match, same_speaker(quotation.speaker, quoted.speaker))
        for source in sources
        for quoted in source_quotations(source.text)
        if (match := compare(quotation.text, quoted.text)).share >= SAME_QUOTE
    ]
    found.sort(key=lambda f: (-f.match.share, -f.match.ratio, f.source.id, f.quotation.start))
    verdict, confidence, explanation, cited = _decide(quotation, found)
    offset = max(0, claim.find(quotation.text))
    assertion = Assertion(
        text=quotation.text,
        start=offset,
        end=offset + len(quotation.text),
        subject=quotation.speaker,
        action="said",
        terms=terms(quotation.text),
    )
    result = AssertionResult(assertion=assertion, verdict=verdict, explanation=explanation)
    return result, confidence, cited


def _decide(
    quotation: Quotation, found: Sequence[_Found]
) -> tuple[Verdict, float, str, list[Evidence]]:
    """Verdict, confidence, explanation and citations from the matching source quotations."""
    exact = [f for f in found if f.match.ratio >= NEAR_VERBATIM and not f.match.differences]
    changed = [f for f in found if f.match.differences]
    said = quotation.speaker or "the draft"
    if hit := _first(exact, "same"):
        kind = "verbatim" if hit.match.ratio >= 100 else f"near-verbatim ({hit.match.ratio:.0f}%)"
        return _decided(hit, Verdict.SUPPORTED, f"quotation found {kind}")
    if hit := _first(changed, "same"):
        return _decided(hit, Verdict.CONTRADICTED, f"quotation differs: {_differences(hit)}")
    if hit := _first([*exact, *changed], "other"):
        note = f"misattributed: the source gives these words to {hit.quotation.speaker}, not {said}"
        changes = f"; and they differ: {_differences(hit)}" if hit.match.differences else ""
        return _decided(hit, Verdict.NOT_ENOUGH_EVIDENCE, note + changes)
    if hit := _first([*exact, *changed], "unknown"):
        note = f"the source quotes these words without saying who said them, so not that {said} did"
        return _decided(hit, Verdict.NOT_ENOUGH_EVIDENCE, note)
    if found:
        note = (
            f"no source has these words; the nearest quotation is {found[0].match.ratio:.0f}% alike"
        )
        return _decided(found[0], Verdict.NOT_ENOUGH_EVIDENCE, note)
    return Verdict.NOT_ENOUGH_EVIDENCE, 0.8, "no source contains this quotation", []


def _first(found: Sequence[_Found], speaker: str) -> _Found | None:
    return next((f for f in found if f.speaker == speaker), None)


def _differences(found: _Found) -> str:
    """The changed words, e.g. `"30" where the source has "20"`."""
    return "; ".join(
        f"“{draft}” where the source has “{source}”" for draft, source in found.match.differences
    )


def _decided(
    found: _Found, verdict: Verdict, note: str
) -> tuple[Verdict, float, str, list[Evidence]]:
    """A verdict explained by one source quotation, which is cited."""
    speaker = found.quotation.speaker or "an unnamed speaker"
    where = f"{found.source.id}, line {_line(found.source.text, found.quotation.cite_start)}"
    explanation = f"{note} ({speaker}, {where})"
    confidence = CONFIDENCE.get(verdict, 0.5 + 0.45 * found.match.ratio / 100)
    return verdict, round(confidence, 2), explanation, [_cite(found, STANCES[verdict], note)]


def _cite(found: _Found, stance: Stance, reason: str) -> Evidence:
    """The source quotation and its attribution as a citation."""
    source, quoted = found.source, found.quotation
    return Evidence(
        source=source.id,
        title=source.title,
        path=source.path,
        line=_line(source.text, quoted.cite_start),
        start=quoted.cite_start,
        end=quoted.cite_end,
        text=source.text[quoted.cite_start : quoted.cite_end],
        stance=stance,
        score=round(found.match.share, 3),
        reason=reason,
    )


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
