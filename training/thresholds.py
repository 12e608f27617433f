"""Fitting the thresholds at which the model's opinion counts, on the validation parts.

`python -m training.thresholds [MODEL_DIR]` judges the benchmarks' validation parts
(`training.validation`) with the rules alone and with the model beside them at every
threshold in a small grid, prints each combination's accuracy and precisions, and writes the
best one into the model's card: the highest mean accuracy whose "supported" precision is at
least 0.85 and whose blocking precision (contradicted, conflicting) is at least 0.90 on every
set, or no lower than the rules' own where those fall short. VitaminC and Check-COVID are
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
SUPPORT = (0.8, 0.9, 0.95, 0.98)
REFUTE = (0.9, 0.95, 0.98, 1.01)  # 1.01: the model never contradicts on its own
VETO = (0.9, 0.95, 0.98, 1.01)  # 1.01: the model never turns down a rule's support
MIN_SUPPORTED_PRECISION = 0.85
MIN_BLOCKING_PRECISION = 0.90
TOLERANCE = 0.01  # a precision may dip this much below its floor (one verdict in a hundred)
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


def fit(model_dir: Path) -> dict[str, Any]:
    write_suites()
    model = RememberingModel(EntailmentModel(model_dir))
    names = ["vitaminc-real", "check-covid", *CORPUS_SETS]
    results: dict[tuple[float, float, float] | None, dict[str, Scores]] = {}
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
        grid: list[tuple[float, float, float] | None] = [
            None,
            *itertools.product(SUPPORT, REFUTE, VETO),
        ]
        for point in grid:
            voice = None if point is None else ModelVoice(model, *point)
            results[point] = {name: scores(judge_suite(name, rows[name], voice)) for name in names}
            print(_row(point, results[point]), file=sys.stderr, flush=True)
    return choose(results)


def _row(point: tuple[float, float, float] | None, by_set: dict[str, Scores]) -> str:
    if point is None:
        label = "rules alone"
    else:
        label = "support {:.2f} refute {:.2f} veto {:.2f}".format(*point)
    cells = [
        f"{name} {s.accuracy:.3f} S{_p(s.supported_precision)} B{_p(s.blocking_precision)}"
        for name, s in by_set.items()
    ]
    return f"{label:<36} " + " | ".join(cells)


def _p(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def acceptable(by_set: dict[str, Scores], rules: dict[str, Scores]) -> bool:
    """Whether the model keeps each precision at its target, or at the rules' own if lower."""

    def kept(got: float | None, target: float, before: float | None) -> bool:
        floor = min(target, before if before is not None else target) - TOLERANCE
        return got is None or got >= floor

    return all(
        kept(s.supported_precision, MIN_SUPPORTED_PRECISION, rules[n].supported_precision)
        and kept(s.blocking_precision, MIN_BLOCKING_PRECISION, rules[n].blocking_precision)
        for n, s in by_set.items()
    )


def choose(results: dict[tuple[float, float, float] | None, dict[str, Scores]]) -> dict[str, Any]:
    """The best acceptable combination, with every set's scores, and the rules' beside it."""
    rules = results[None]
    candidates = [p for p, by_set in results.items() if p is not None and acceptable(by_set, rules)]
    if not candidates:  # the model may not speak at all
        candidates = [max(p for p in results if p is not None)]
    best = max(candidates, key=lambda p: sum(s.accuracy for s in results[p].values()))
    support_at, refute_at, veto_at = best
    return {
        "support_at": support_at,
        "refute_at": refute_at,
        "veto_at": veto_at,
        "validation": {n: s.__dict__ for n, s in results[best].items()},
        "rules_alone": {n: s.__dict__ for n, s in rules.items()},
        "criteria": "highest mean accuracy keeping, on every set, the precision of supported "
        f"at {MIN_SUPPORTED_PRECISION} and of the blocking verdicts at {MIN_BLOCKING_PRECISION}, "
        "or at the rules' own where those are lower",
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
