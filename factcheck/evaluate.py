"""Measure verdicts against a labelled claim suite: accuracy, right-and-cited, per-verdict scores.

A suite is JSON Lines, one claim a line: `{"id", "claim", "label", "evidence", "context"}`
and optionally `title` (or `page`), the title of the context's document (extra keys are
ignored). A row with `context` is judged against that text alone; the others
against an evidence store. Right-and-cited is the FEVER-style strict score of
`../shared/eval/score_claims.py` (relative to the checkout): the label is right and one cited
sentence contains a gold sentence (or is contained in one and longer than 20 characters), after
normalising quotes, whitespace and case; it counts only rows with a label other than
not_enough_evidence and gold evidence.

A label is a verdict (`supported`, `contradicted`, `conflicting`, `not_enough_evidence`) or a
spelling public benchmarks use for one (`LABEL_SPELLINGS`: FEVER's `SUPPORTS`, `REFUTES`,
`NOT ENOUGH INFO`, Climate-FEVER's `DISPUTED`, `NEI`, `true`/`false`, NLI's `entailment`,
`contradiction`, `neutral`, …), compared ignoring case and with spaces, hyphens and
underscores alike.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, ValidationError

from factcheck.errors import FactcheckError, InputError
from factcheck.extract.analyse import analyze_document
from factcheck.extract.entities import AliasIndex
from factcheck.judge.claims import Judge, open_judge, validate_claim, voice
from factcheck.judge.retrieve import TextRetriever
from factcheck.models import (
    AnalyzedSentence,
    ClaimResult,
    Evidence,
    EvidenceSentence,
    Record,
    SourceDocument,
    Verdict,
)
from factcheck.sources.jsonl import json_object

if TYPE_CHECKING:
    from factcheck.config import Settings

VERDICT_ORDER: tuple[Verdict, ...] = tuple(Verdict)
SUITE_FIELDS = ("id", "claim", "label", "evidence", "context", "title")  # others ignored
CONTEXT_PATH = "<context>"
NEIGHBOUR_WINDOW = 2  # as the store's neighbours: ±2 sentences of the same source
MIN_CONTAINED_CHARS = 20  # a cited text inside a gold sentence must be longer than this
LABEL_SPELLINGS: dict[str, Verdict] = {
    **dict.fromkeys(["supported", "supports", "support", "true", "entailment"], Verdict.SUPPORTED),
    **dict.fromkeys(
        ["contradicted", "contradicts", "contradiction", "refutes", "refuted", "refute", "false"],
        Verdict.CONTRADICTED,
    ),
    **dict.fromkeys(["conflicting", "conflict", "disputed"], Verdict.CONFLICTING),
    **dict.fromkeys(
        [
            "not enough evidence",
            "not enough info",
            "not enough information",
            "nei",
            "neutral",
        ],
        Verdict.NOT_ENOUGH_EVIDENCE,
    ),
}
_LABEL_GAPS = re.compile(r"[\s_-]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\xa0": " "})

Progress = Callable[[int, int], None]


class SuiteRow(Record):
    """One labelled claim of a suite."""

    id: str
    claim: str
    label: Verdict
    evidence: tuple[str, ...] = ()
    context: str | None = None
    title: str | None = None


class RowOutcome(Record):
    """A suite row with the tool's verdict on it and whether a gold sentence was cited."""

    id: str
    claim: str
    gold: Verdict
    predicted: Verdict
    confidence: float
    explanation: str
    cited: bool | None = None  # None: not scored (no gold evidence, or gold not enough evidence)
    evidence: tuple[Evidence, ...] = ()
    error: str | None = Field(
        default=None, description="the exception the row raised; counted as not enough evidence"
    )


class Miss(Record):
    """A row whose predicted verdict is not the gold one."""

    id: str
    gold: Verdict
    predicted: Verdict
    claim: str
    explanation: str


class VerdictScore(Record):
    """Precision and recall of one verdict; None where undefined (nothing predicted or gold)."""

    verdict: Verdict
    gold: int
    predicted: int
    correct: int
    precision: float | None
    recall: float | None


class EvalReport(Record):
    """The output of `factcheck eval`: the scores, and each row's prediction with citations."""

    schema_version: Literal[1] = 1
    suite: str
    rows: int
    correct: int
    accuracy: float
    crashed: int = Field(description="rows whose check raised an exception")
    cited_rows: int
    right_and_cited_count: int
    right_and_cited: float | None
    majority_label: Verdict
    majority_floor: float
    per_verdict: tuple[VerdictScore, ...]
    confusion: dict[Verdict, dict[Verdict, int]]  # gold → predicted → count
    seconds: float
    claims_per_second: float
    misses: tuple[Miss, ...]
    results: tuple[RowOutcome, ...]


# ---------------------------------------------------------------- loading


def load_suite(path: Path) -> list[SuiteRow]:
    """Every row of a suite file; a bad file or line is an InputError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(
            f"Cannot read suite '{path}': {reason} — give a JSON Lines file."
        ) from None
    rows = [parse_row(line, number, str(path)) for number, line in _lines(text)]
    if not rows:
        raise InputError(f"'{path}' holds no claims — give one JSON object per line.")
    return rows


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def parse_row(line: str, number: int, shown: str) -> SuiteRow:
    """One suite line as a row, or an InputError saying where and what is wrong."""
    where = f"{shown}, line {number}"
    raw = json_object(line, where=where)
    fields = {key: raw[key] for key in SUITE_FIELDS if key in raw}
    if "title" not in fields and isinstance(raw.get("page"), str):
        fields["title"] = raw["page"]  # the page a context sentence comes from (VitaminC)
    try:
        row = SuiteRow(**_normalised(fields))
    except ValidationError as error:
        raise InputError(f"{where}: {_first_problem(error)}.") from None
    try:
        validate_claim(row.claim)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None
    return row


def _normalised(fields: dict[str, Any]) -> dict[str, Any]:
    """Lists as tuples, numeric ids as text: what the JSON gives, in the record's types."""
    found = dict(fields)
    if isinstance(found.get("evidence"), list):
        found["evidence"] = tuple(found["evidence"])
    if found.get("evidence") is None:
        found.pop("evidence", None)
    if isinstance(found.get("id"), int) and not isinstance(found.get("id"), bool):
        found["id"] = str(found["id"])
    if "label" in found:
        found["label"] = verdict_label(found["label"])
    return found


def verdict_label(label: Any) -> Any:
    """The verdict a suite's label spells (`SUPPORTS`, `NEI`, `true`…); anything else as given."""
    if isinstance(label, bool):
        label = str(label)
    if not isinstance(label, str):
        return label
    return LABEL_SPELLINGS.get(_LABEL_GAPS.sub(" ", label.strip().lower()), label)


def _first_problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    field = ".".join(str(part) for part in problem["loc"]) or "row"
    if field == "label":
        valid = ", ".join(v.value for v in VERDICT_ORDER)
        return (
            f"'label' must be one of {valid}, or a benchmark's spelling of one "
            "(SUPPORTS, REFUTES, NOT ENOUGH INFO, DISPUTED, NEI, true, false…)"
        )
    if problem["type"] == "missing":
        return f"'{field}' is missing"
    return f"'{field}': {problem['msg'].lower()}"


# ---------------------------------------------------------------- judging


def context_sentences(
    row_id: str, text: str, aliases: AliasIndex, title: str | None = None
) -> list[EvidenceSentence]:
    """The sentences of a row's context as evidence, each with its ±2 neighbours."""
    doc = SourceDocument(id=row_id, path=CONTEXT_PATH, title=title, content_hash="", text=text)
    analyzed = analyze_document(doc, aliases)
    return [
        EvidenceSentence(source=doc, sentence=sentence, neighbours=_neighbours(analyzed, index))
        for index, sentence in enumerate(analyzed)
    ]


def _neighbours(analyzed: Sequence[AnalyzedSentence], index: int) -> tuple[AnalyzedSentence, ...]:
    low = max(0, index - NEIGHBOUR_WINDOW)
    return (*analyzed[low:index], *analyzed[index + 1 : index + 1 + NEIGHBOUR_WINDOW])


def judge_row(row: SuiteRow, store_judge: Judge | None, context_judge: Judge) -> ClaimResult:
    """The tool's verdict on a row: against its context when it has one, else the store."""
    return row_judge(row, store_judge, context_judge).check(row.claim)


def row_judge(row: SuiteRow, store_judge: Judge | None, context_judge: Judge) -> Judge:
    """The judge of a row: `context_judge` reading the row's context alone, or the store's.

    `context_judge` is the judge for contexts, its retriever replaced by each row's context.
    """
    if row.context is not None:
        sentences = context_sentences(row.id, row.context, context_judge.aliases, row.title)
        return replace(context_judge, retriever=TextRetriever(sentences))
    if store_judge is None:
        raise InputError(f"Row '{row.id}' has no context and no evidence store is open.")
    return store_judge


def safe_outcome(row: SuiteRow, store_judge: Judge | None, context_judge: Judge) -> RowOutcome:
    """The outcome of a row; a crash is recorded on the row and the run goes on."""
    try:
        return outcome(row, judge_row(row, store_judge, context_judge))
    except FactcheckError:
        raise  # the store or the input is unusable: no later row would fare better
    except Exception as error:  # a bug on one row must not cost the whole measurement
        return crashed_outcome(row, f"{type(error).__name__}: {error}")


def crashed_outcome(row: SuiteRow, error: str) -> RowOutcome:
    """A row whose check raised: no verdict, so not enough evidence, and the error kept."""
    return RowOutcome(
        id=row.id,
        claim=row.claim,
        gold=row.label,
        predicted=Verdict.NOT_ENOUGH_EVIDENCE,
        confidence=0.0,
        explanation=f"the check crashed: {error}",
        cited=False if scores_citation(row) else None,
        error=error,
    )


def run_suite(
    rows: Sequence[SuiteRow],
    *,
    suite: str,
    settings: Settings,
    progress: Progress | None = None,
) -> EvalReport:
    """Judge every row and score the verdicts; the store is opened only if a row needs it.

    Rows with a context are judged against it alone, with the built-in names only.
    """
    # One alias table for every context (it remembers names it has looked up); the built-in
    # names only, and the judge the settings ask for.
    context_judge = Judge(TextRetriever([]), AliasIndex(), voice=voice(settings))
    outcomes: list[RowOutcome] = []
    with ExitStack() as stack:
        store_judge: Judge | None = None
        if any(row.context is None for row in rows):
            store_judge = stack.enter_context(open_judge(settings))
        started = time.perf_counter()
        for done, row in enumerate(rows, start=1):
            outcomes.append(safe_outcome(row, store_judge, context_judge))
            if progress is not None:
                progress(done, len(rows))
        seconds = time.perf_counter() - started
    return build_report(outcomes, suite=suite, seconds=seconds)


# ---------------------------------------------------------------- scoring


def normalise_citation(text: str) -> str:
    """Curly quotes straightened, whitespace collapsed, lower case: how citations are compared."""
    return " ".join(text.translate(_QUOTES).split()).lower()


def cites_gold(cited: Sequence[str], gold: Sequence[str]) -> bool:
    """Whether a cited text contains a gold sentence, or lies inside one and is not tiny."""
    texts = [normalise_citation(text) for text in cited]
    for sentence in map(normalise_citation, gold):
        for text in texts:
            if sentence in text or (text in sentence and len(text) > MIN_CONTAINED_CHARS):
                return True
    return False


def scores_citation(row: SuiteRow) -> bool:
    """Whether a row counts for right-and-cited: a decisive gold label with gold evidence."""
    return row.label != Verdict.NOT_ENOUGH_EVIDENCE and bool(row.evidence)


def outcome(row: SuiteRow, result: ClaimResult) -> RowOutcome:
    """A row and the tool's result on it, with the citation check where it applies."""
    cited = None
    if scores_citation(row):
        cited = cites_gold([e.text for e in result.evidence], row.evidence)
    return RowOutcome(
        id=row.id,
        claim=row.claim,
        gold=row.label,
        predicted=result.verdict,
        confidence=result.confidence,
        explanation=result.explanation,
        cited=cited,
        evidence=result.evidence,
    )


def confusion_matrix(outcomes: Sequence[RowOutcome]) -> dict[Verdict, dict[Verdict, int]]:
    """Counts of (gold, predicted) pairs, every verdict present in both dimensions."""
    pairs = Counter((o.gold, o.predicted) for o in outcomes)
    return {gold: {pred: pairs[(gold, pred)] for pred in VERDICT_ORDER} for gold in VERDICT_ORDER}


def verdict_scores(confusion: dict[Verdict, dict[Verdict, int]]) -> tuple[VerdictScore, ...]:
    """Precision and recall of each verdict from the confusion matrix."""
    scores = []
    for verdict in VERDICT_ORDER:
        gold = sum(confusion[verdict].values())
        predicted = sum(confusion[g][verdict] for g in VERDICT_ORDER)
        correct = confusion[verdict][verdict]
        scores.append(
            VerdictScore(
                verdict=verdict,
                gold=gold,
                predicted=predicted,
                correct=correct,
                precision=_ratio(correct, predicted),
                recall=_ratio(correct, gold),
            )
        )
    return tuple(scores)


def majority(outcomes: Sequence[RowOutcome]) -> tuple[Verdict, float]:
    """The most frequent gold label and the accuracy of always answering it."""
    counts = Counter(o.gold for o in outcomes)
    label = max(VERDICT_ORDER, key=lambda v: counts[v])  # ties: the first in verdict order
    return label, _ratio(counts[label], len(outcomes)) or 0.0


def find_misses(outcomes: Sequence[RowOutcome]) -> tuple[Miss, ...]:
    """The rows predicted wrong, in suite order."""
    return tuple(
        Miss(id=o.id, gold=o.gold, predicted=o.predicted, claim=o.claim, explanation=o.explanation)
        for o in outcomes
        if o.predicted != o.gold
    )


def build_report(outcomes: Sequence[RowOutcome], *, suite: str, seconds: float) -> EvalReport:
    """Every score of a run from its outcomes."""
    correct = sum(o.predicted == o.gold for o in outcomes)
    scored = [o for o in outcomes if o.cited is not None]
    right_cited = sum(o.cited is True and o.predicted == o.gold for o in scored)
    confusion = confusion_matrix(outcomes)
    label, floor = majority(outcomes)
    return EvalReport(
        suite=suite,
        rows=len(outcomes),
        correct=correct,
        accuracy=_ratio(correct, len(outcomes)) or 0.0,
        crashed=sum(o.error is not None for o in outcomes),
        cited_rows=len(scored),
        right_and_cited_count=right_cited,
        right_and_cited=_ratio(right_cited, len(scored)),
        majority_label=label,
        majority_floor=floor,
        per_verdict=verdict_scores(confusion),
        confusion=confusion,
        seconds=round(seconds, 3),
        claims_per_second=round(len(outcomes) / seconds, 2) if seconds > 0 else 0.0,
        misses=find_misses(outcomes),
        results=tuple(outcomes),
    )


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None
