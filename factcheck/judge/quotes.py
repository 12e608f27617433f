"""A draft's quotation judged against the sources' own quotations: who said what.

Takes a `Quotation` (found by `factcheck.extract.quotations`) and the sources that may hold it;
gives an `AssertionVerdict`.

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

from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein, Opcode

from factcheck.extract.numbers import NUMBER_WORDS
from factcheck.extract.patterns import regex
from factcheck.extract.polarity import NEGATION_CUES
from factcheck.extract.quotations import Quotation, source_quotations
from factcheck.extract.tokens import terms
from factcheck.judge.verdict import AssertionVerdict, citation
from factcheck.models import Assertion, AssertionResult, Evidence, SourceDocument, Stance, Verdict

SAME_QUOTE = 0.6  # share of the draft quotation's words found in order
NEAR_VERBATIM = 90.0  # rapidfuzz ratio of the normalised texts
STANCES = {
    Verdict.SUPPORTED: Stance.SUPPORTS,
    Verdict.CONTRADICTED: Stance.CONTRADICTS,
    Verdict.NOT_ENOUGH_EVIDENCE: Stance.UNRELATED,
}
# A supported quotation's confidence follows how alike the words are.
CONFIDENCE = {Verdict.CONTRADICTED: 0.9, Verdict.NOT_ENOUGH_EVIDENCE: 0.6}

_WORD = regex(r"\w+(?:[’'.,]\w+)*")
# Where a draft may leave words out of a quotation: an ellipsis, or between its sentences.
_GAP = regex(r"\.\s?\.\s?\.|…|\[\s*(?:\.\.\.|…)\s*\]|(?<=[.!?])\s+(?=[A-Z])")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


class _Word(NamedTuple):
    text: str
    folded: str
    first: bool  # opens its fragment: a capital letter there says nothing


class Match(NamedTuple):
    """A draft quotation compared with one source quotation."""

    share: float
    ratio: float
    differences: tuple[tuple[str, str], ...]  # (draft words, source words) that matter


class Speaker(Enum):
    """Whether a source quotation's speaker is the draft's."""

    SAME = "same"  # the surnames agree, or the draft names no one
    OTHER = "other"
    UNKNOWN = "unknown"  # the source does not say who spoke


class _Found(NamedTuple):
    source: SourceDocument
    quotation: Quotation
    match: Match
    speaker: Speaker


def _folded(text: str) -> str:
    """Quotes, dashes and spaces folded, whitespace collapsed, lower case."""
    return " ".join(text.translate(_FOLD).split()).casefold()


def same_speaker(draft: str | None, source: str | None) -> Speaker:
    """SAME when the surnames agree (or the draft names no one), OTHER, or UNKNOWN."""
    if draft is None:
        return Speaker.SAME
    if source is None:
        return Speaker.UNKNOWN
    draft_names = {_folded(w).removesuffix("'s") for w in draft.split()}
    source_names = {_folded(w).removesuffix("'s") for w in source.split()}
    surname = _folded(draft.split()[-1]).removesuffix("'s")
    if surname in source_names or _folded(source.split()[-1]) in draft_names:
        return Speaker.SAME
    return Speaker.OTHER


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
) -> AssertionVerdict:
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
    return AssertionVerdict(result, confidence, tuple(cited))


def _decide(
    quotation: Quotation, found: Sequence[_Found]
) -> tuple[Verdict, float, str, list[Evidence]]:
    """Verdict, confidence, explanation and citations from the matching source quotations."""
    exact = [f for f in found if f.match.ratio >= NEAR_VERBATIM and not f.match.differences]
    changed = [f for f in found if f.match.differences]
    said = quotation.speaker or "the draft"
    if hit := _first(exact, Speaker.SAME):
        kind = "verbatim" if hit.match.ratio >= 100 else f"near-verbatim ({hit.match.ratio:.0f}%)"
        return _decided(hit, Verdict.SUPPORTED, f"quotation found {kind}")
    if hit := _first(changed, Speaker.SAME):
        return _decided(hit, Verdict.CONTRADICTED, f"quotation differs: {_differences(hit)}")
    if hit := _first([*exact, *changed], Speaker.OTHER):
        note = f"misattributed: the source gives these words to {hit.quotation.speaker}, not {said}"
        changes = f"; and they differ: {_differences(hit)}" if hit.match.differences else ""
        return _decided(hit, Verdict.NOT_ENOUGH_EVIDENCE, note + changes)
    if hit := _first([*exact, *changed], Speaker.UNKNOWN):
        note = f"the source quotes these words without saying who said them, so not that {said} did"
        return _decided(hit, Verdict.NOT_ENOUGH_EVIDENCE, note)
    if found:
        note = (
            f"no source has these words; the nearest quotation is {found[0].match.ratio:.0f}% alike"
        )
        return _decided(found[0], Verdict.NOT_ENOUGH_EVIDENCE, note)
    return Verdict.NOT_ENOUGH_EVIDENCE, 0.8, "no source contains this quotation", []


def _first(found: Sequence[_Found], speaker: Speaker) -> _Found | None:
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
    where = f"{found.source.id}, line {_line(found.source, found.quotation.cite_start)}"
    explanation = f"{note} ({speaker}, {where})"
    confidence = CONFIDENCE.get(verdict, 0.5 + 0.45 * found.match.ratio / 100)
    return verdict, round(confidence, 2), explanation, [_cite(found, STANCES[verdict], note)]


def _cite(found: _Found, stance: Stance, reason: str) -> Evidence:
    """The source quotation and its attribution as a citation."""
    source, quoted = found.source, found.quotation
    line = _line(source, quoted.cite_start)
    span = (quoted.cite_start, quoted.cite_end)
    return citation(source, line, span, stance=stance, score=found.match.share, reason=reason)


def _line(source: SourceDocument, offset: int) -> int:
    """The line of the source's file an offset into its text is on."""
    return source.line_in_file(source.text.count("\n", 0, offset) + 1)
