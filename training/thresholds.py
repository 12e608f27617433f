"""Fitting the thresholds at which the model's opinion counts, on the validation parts.

`python -m training.thresholds [MODEL_DIR]` judges the benchmarks' validation parts
(`training.validation`) with the rules alone and with the model beside them at every
threshold in a small grid, prints each combination's accuracy and precisions, and writes the
best one into the model's card: the highest mean accuracy at which the verdicts the model
changes are themselves precise, pooled over the sets: of the claims it turns "supported", at
least 85% are supported, and of those it turns contradicted or conflicting, at least 90%. (A
floor on each set's overall precision would compare the model with the rules' own mistakes,
and on a set of a few dozen verdicts one claim moves it by several points.) VitaminC and
Check-COVID are
judged against their contexts, Climate-FEVER and SciFact against a store of their corpus
(indexed into `build/validation/` on the first run).
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.config import Flags, load_settings
from factcheck.evaluate import (
    EvalReport,
    SuiteRow,
    build_report,
    load_suite,
    outcome,
    row_judge,
)
from factcheck.extract.entities import AliasIndex
from factcheck.extract.normalise import clean
from factcheck.index.indexer import index_paths
from factcheck.index.store import EvidenceStore
from factcheck.judge.claims import Judge, open_judge
from factcheck.judge.entailment import MODEL_DIR, Entailment, EntailmentModel
from factcheck.judge.model_voice import ModelVoice
from factcheck.judge.retrieve import TextRetriever
from factcheck.judge.stance import Judgement
from factcheck.models import Assertion, Verdict
from training.data import shared_dir
from training.validation import BUILD, write_suites

CORPUS_SETS = {"climate-fever": "climate-fever/corpus.jsonl", "scifact": "scifact/corpus.jsonl"}
SUPPORT = (0.6, 0.7, 0.8, 0.9, 0.95, 0.98)
# How much of a claim's words a sentence must say for its own support threshold (the model's
# voice, `close_at`), tried once the other three are fitted.
CLOSE_AT = (0.5, 0.6, 0.7, 0.8)
REFUTE = (0.9, 0.95, 0.98, 1.01)  # 1.01: the model never contradicts on its own
VETO = (0.9, 0.95, 0.98, 1.01)  # 1.01: the model never turns down a rule's support
MIN_SUPPORTED_PRECISION = 0.85
MIN_BLOCKING_PRECISION = 0.90
BLOCKING = (Verdict.CONTRADICTED, Verdict.CONFLICTING)


class RememberingModel:
    """The model, each pair scored once however many threshold combinations ask."""

    def __init__(self, model: EntailmentModel) -> None:
        self.model = model
        self.seen: dict[tuple[str, str], Entailment] = {}

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[Entailment]:
        new = [pair for pair in dict.fromkeys(pairs) if pair not in self.seen]
        self.seen.update(zip(new, self.model.predict(new), strict=True))
        return [self.seen[pair] for pair in pairs]


@dataclass(frozen=True)
class Scores:
    accuracy: float
    supported_precision: float | None
    blocking_precision: float | None
    blocking: int


def scores(report: EvalReport) -> Scores:
    """Accuracy, and the precision of "supported" and of the blocking verdicts."""
    predicted = [(r.gold, r.predicted) for r in report.results]

    def precision(verdicts: Sequence[Verdict]) -> tuple[float | None, int]:
        made = [gold for gold, guess in predicted if guess in verdicts]
        right = sum(gold == guess for gold, guess in predicted if guess in verdicts)
        return (right / len(made) if made else None), len(made)

    supported, _ = precision([Verdict.SUPPORTED])
    blocking, count = precision(BLOCKING)
    return Scores(report.accuracy, supported, blocking, count)


@dataclass(frozen=True)
class Changes:
    """The verdicts the model changed, by what it changed them to: how many, how many right."""

    to_supported: tuple[int, int] = (0, 0)
    to_blocking: tuple[int, int] = (0, 0)
    to_unsettled: tuple[int, int] = (0, 0)

    def __add__(self, other: Changes) -> Changes:
        def add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
            return (a[0] + b[0], a[1] + b[1])

        return Changes(
            add(self.to_supported, other.to_supported),
            add(self.to_blocking, other.to_blocking),
            add(self.to_unsettled, other.to_unsettled),
        )


def changes(rules: EvalReport, combined: EvalReport) -> Changes:
    """What the model changed in the rules' verdicts of the same rows."""
    total = Changes()
    for before, after in zip(rules.results, combined.results, strict=True):
        if before.predicted != after.predicted:
            one = (1, int(after.predicted == after.gold))
            if after.predicted is Verdict.SUPPORTED:
                total += Changes(to_supported=one)
            elif after.predicted in BLOCKING:
                total += Changes(to_blocking=one)
            else:
                total += Changes(to_unsettled=one)
    return total


@dataclass(frozen=True)
class Prepared:
    """One row with the rules' judgements, worked out once for every threshold."""

    row: SuiteRow
    judge: Judge
    judged: list[tuple[Assertion, list[Judgement]]]


def prepare(name: str, store_judge: Judge | None, context: Judge) -> list[Prepared]:
    """Every row of a validation suite with the judge it needs and the rules' judgements."""
    prepared = []
    for row in load_suite(BUILD / f"{name}.jsonl"):
        judge = row_judge(row, store_judge, context)
        prepared.append(Prepared(row, judge, judge.rule_judgements(clean(row.claim))))
    return prepared


def judge_suite(name: str, rows: Sequence[Prepared], voice: ModelVoice | None) -> EvalReport:
    outcomes = [
        outcome(p.row, replace(p.judge, voice=voice).decide(clean(p.row.claim), p.judged))
        for p in rows
    ]
    return build_report(outcomes, suite=name, seconds=0.0)


def corpus_store(name: str) -> Path:
    """A store of the set's corpus, indexed once."""
    path = BUILD / f"{name}.db"
    with EvidenceStore.open(path) as store:
        index_paths([shared_dir() / "benchmarks" / CORPUS_SETS[name]], store)
    return path


# support, refute and veto thresholds, then the coverage from which a sentence is close and
# the support threshold of close sentences (None: no second threshold).
Point = tuple[float, float, float, float | None, float | None]


@dataclass(frozen=True)
class Outcome:
    """One grid point's scores on each set, and what the model changed over all of them."""

    by_set: dict[str, Scores]
    changed: Changes


def fit(model_dir: Path) -> dict[str, Any]:
    write_suites()
    model = RememberingModel(EntailmentModel(model_dir))
    names = ["vitaminc-real", "check-covid", *CORPUS_SETS]
    with ExitStack() as stack:
        stores = {
            name: stack.enter_context(
                open_judge(
                    load_settings(Flags(store=corpus_store(name), judge="rules"), cwd=BUILD, env={})
                )
            )
            for name in CORPUS_SETS
        }
        context = Judge(TextRetriever([]), AliasIndex())
        rows = {name: prepare(name, stores.get(name), context) for name in names}
        rules = {name: judge_suite(name, rows[name], None) for name in names}
        rules_scores = {name: scores(report) for name, report in rules.items()}
        print(_row("rules alone", rules_scores, Changes()), file=sys.stderr, flush=True)

        def measured(point: Point) -> Outcome:
            reports = {n: judge_suite(n, rows[n], ModelVoice(model, *point)) for n in names}
            changed = sum((changes(rules[n], reports[n]) for n in names), Changes())
            found = Outcome({n: scores(r) for n, r in reports.items()}, changed)
            print(_row(_label(point), found.by_set, changed), file=sys.stderr, flush=True)
            return found

        # In two stages, each point judging every set again: the three thresholds first, then
        # the close sentences' pair with them (the whole product would take hours).
        first: list[Point] = [
            (*three, None, None) for three in itertools.product(SUPPORT, REFUTE, VETO)
        ]
        results = {point: measured(point) for point in first}
        best = best_point(results)
        for close in itertools.product(CLOSE_AT, SUPPORT):
            point = (*best[:3], *close)
            results[point] = measured(point)
    return choose(results, rules_scores)


def _label(point: Point) -> str:
    support, refute, veto, close_at, close_support = point
    label = f"support {support:.2f} refute {refute:.2f} veto {veto:.2f}"
    if close_at is not None and close_support is not None:
        label += f" close {close_at:.2f}: {close_support:.2f}"
    return label


def _row(label: str, by_set: dict[str, Scores], changed: Changes) -> str:
    cells = [
        f"{name} {s.accuracy:.3f} S{_p(s.supported_precision)} B{_p(s.blocking_precision)}"
        for name, s in by_set.items()
    ]
    made = "changed: +S {}/{} +B {}/{} +N {}/{}".format(
        *changed.to_supported[::-1], *changed.to_blocking[::-1], *changed.to_unsettled[::-1]
    )
    return f"{label:<36} " + " | ".join(cells) + f" | {made}"


def _p(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def acceptable(changed: Changes) -> bool:
    """Whether the verdicts the model made are precise enough to let it make them."""

    def precise(made: tuple[int, int], target: float) -> bool:
        count, right = made
        return count == 0 or right / count >= target

    return precise(changed.to_supported, MIN_SUPPORTED_PRECISION) and precise(
        changed.to_blocking, MIN_BLOCKING_PRECISION
    )


def best_point(results: dict[Point, Outcome]) -> Point:
    """The most accurate acceptable point; among equals, the one whose thresholds are
    highest (the model speaking least). With none acceptable, the model may not speak."""
    candidates = [p for p, got in results.items() if acceptable(got.changed)]
    if not candidates:
        candidates = [max(results, key=_strictness)]
    return max(
        candidates,
        key=lambda p: (sum(s.accuracy for s in results[p].by_set.values()), _strictness(p)),
    )


def _strictness(point: Point) -> tuple[float, ...]:
    """Thresholds in order, no second threshold counting as the highest."""
    return tuple(2.0 if value is None else value for value in point)


def choose(results: dict[Point, Outcome], rules: dict[str, Scores]) -> dict[str, Any]:
    """The best acceptable combination, with every set's scores, and the rules' beside it."""
    best = best_point(results)
    support_at, refute_at, veto_at, close_at, close_support_at = best
    changed = results[best].changed
    return {
        "support_at": support_at,
        "refute_at": refute_at,
        "veto_at": veto_at,
        "close_at": close_at,
        "close_support_at": close_support_at,
        "validation": {n: s.__dict__ for n, s in results[best].by_set.items()},
        "rules_alone": {n: s.__dict__ for n, s in rules.items()},
        "changed": {
            "to_supported": {"made": changed.to_supported[0], "right": changed.to_supported[1]},
            "to_blocking": {"made": changed.to_blocking[0], "right": changed.to_blocking[1]},
            "to_unsettled": {"made": changed.to_unsettled[0], "right": changed.to_unsettled[1]},
        },
        "criteria": "highest mean accuracy at which, pooled over the sets, the verdicts the "
        f"model changed to supported are right at least {MIN_SUPPORTED_PRECISION:.0%} of the "
        f"time and those it changed to contradicted or conflicting at least "
        f"{MIN_BLOCKING_PRECISION:.0%}",
    }


def main(argv: list[str] | None = None) -> int:
    model_dir = Path((argv or sys.argv[1:] or [str(MODEL_DIR)])[0])
    fitted = fit(model_dir)
    card_path = model_dir / "card.json"
    card = json.loads(card_path.read_text("utf-8"))
    card["thresholds"] = fitted
    card_path.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", "utf-8")
    print(json.dumps(fitted, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
