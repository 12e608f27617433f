"""Tests for `factcheck eval`: the scores on hand-made predictions, context suites, bad input."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck import evaluate
from factcheck.cli import main
from factcheck.config import Flags, load_settings
from factcheck.evaluate import (
    SuiteRow,
    build_report,
    cites_gold,
    load_suite,
    outcome,
    run_suite,
)
from factcheck.models import ClaimResult, Evidence, Stance, Verdict

S, C, F, N = (
    Verdict.SUPPORTED,
    Verdict.CONTRADICTED,
    Verdict.CONFLICTING,
    Verdict.NOT_ENOUGH_EVIDENCE,
)
GOLD = "Kazakhstan sent 139 troops to the UNDOF mission in March 2024."
CONTEXT = (
    "The mission was set up in 1974. " + GOLD + " The contingent is based in the Golan Heights."
)
CONTEXT_SUITE: list[dict[str, Any]] = [
    {"id": "c1", "claim": "Kazakhstan sent 139 troops to UNDOF in March 2024.",
     "label": "supported", "evidence": [GOLD], "context": CONTEXT, "page": "extra keys ignored"},
    {"id": "c2", "claim": "Kazakhstan sent 200 troops to UNDOF in March 2024.",
     "label": "contradicted", "evidence": [GOLD], "context": CONTEXT},
    {"id": "c3", "claim": "Kazakhstan sent 139 troops to UNDOF in May 2024.",
     "label": "contradicted", "evidence": [GOLD], "context": CONTEXT},
    {"id": "c4", "claim": "The bridge over the river Vltava was opened in 1357.",
     "label": "not_enough_evidence", "evidence": [], "context": CONTEXT},
]  # fmt: skip
DEV_SET = Path(__file__).parents[2] / "shared" / "eval" / "dev-claims.jsonl"


def _write_suite(path: Path, rows: Sequence[Mapping[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _evidence(text: str) -> Evidence:
    return Evidence(
        source="s", title=None, path="s.txt", line=1, start=0, end=len(text), text=text,
        stance=Stance.SUPPORTS, score=1.0, reason="test",
    )  # fmt: skip


def _result(claim: str, verdict: Verdict, *cited: str) -> ClaimResult:
    return ClaimResult(
        claim=claim, verdict=verdict, confidence=0.9, explanation="because",
        assertions=(), evidence=tuple(_evidence(text) for text in cited),
    )  # fmt: skip


def _row(row_id: str, label: Verdict, *gold: str) -> SuiteRow:
    return SuiteRow(id=row_id, claim=f"claim {row_id}", label=label, evidence=gold)


# ---------------------------------------------------------------- scores


def test_scores_of_a_hand_made_prediction_set() -> None:
    gold_sentence = "The “first” contingent  had 139 troops."
    pairs = [
        # right and cited: curly quotes, spacing and case differ from the gold sentence
        (_row("r1", S, gold_sentence), S, ['As planned, the "first" contingent had 139 TROOPS.']),
        # cited the gold sentence, but the label is wrong: not right-and-cited
        (_row("r2", S, gold_sentence), C, [gold_sentence]),
        # right label, but cites something else
        (_row("r3", C, gold_sentence), C, ["An unrelated sentence about the weather today."]),
        (_row("r4", C, gold_sentence), N, []),
        (_row("r5", N), N, []),  # not scored for citations
        (_row("r6", N), S, ["Anything at all, it does not matter here."]),
        (
            _row("r7", F, "Source A says 60.", "Source B says about 100 people."),
            F,
            ["Source B says about 100 people."],
        ),
    ]
    outcomes = [
        outcome(row, _result(row.claim, predicted, *cited)) for row, predicted, cited in pairs
    ]
    report = build_report(outcomes, suite="hand-made", seconds=2.0)

    assert (report.rows, report.correct, report.accuracy) == (7, 4, round(4 / 7, 4))
    assert [o.cited for o in report.results] == [True, True, False, False, None, None, True]
    assert (report.cited_rows, report.right_and_cited_count, report.right_and_cited) == (5, 2, 0.4)
    assert report.confusion == {
        S: {S: 1, C: 1, F: 0, N: 0},
        C: {S: 0, C: 1, F: 0, N: 1},
        F: {S: 0, C: 0, F: 1, N: 0},
        N: {S: 1, C: 0, F: 0, N: 1},
    }
    scores = {s.verdict: (s.gold, s.predicted, s.correct, s.precision, s.recall)
              for s in report.per_verdict}  # fmt: skip
    assert scores == {
        S: (2, 2, 1, 0.5, 0.5),
        C: (2, 2, 1, 0.5, 0.5),
        F: (1, 1, 1, 1.0, 1.0),
        N: (2, 2, 1, 0.5, 0.5),
    }
    assert (report.majority_label, report.majority_floor) == (S, round(2 / 7, 4))
    assert [(m.id, m.gold, m.predicted) for m in report.misses] == [
        ("r2", S, C), ("r4", C, N), ("r6", N, S),
    ]  # fmt: skip
    assert report.claims_per_second == 3.5


def test_precision_and_recall_are_none_when_undefined() -> None:
    report = build_report([outcome(_row("a", S), _result("claim a", S))], suite="x", seconds=1.0)
    scores = {s.verdict: (s.precision, s.recall) for s in report.per_verdict}
    assert scores[S] == (1.0, 1.0)
    assert scores[C] == (None, None)
    assert report.right_and_cited is None  # a supported row without gold evidence is not scored


@pytest.mark.parametrize(
    ("cited", "gold", "expected"),
    [
        ("In March, 139 troops went.", "139 troops went", True),  # cited contains gold
        ("139 troops went to UNDOF", "In March, 139 troops went to UNDOF.", True),  # inside gold
        ("139 troops went", "In March, 139 troops went to UNDOF.", False),  # inside but too short
        ("It’s “here”\u00a0now  TODAY", 'it\'s "here" now today', True),  # normalised
        ("Something else entirely, quite long.", "139 troops went", False),
    ],
)
def test_cites_gold(cited: str, gold: str, expected: bool) -> None:
    assert cites_gold([cited], [gold]) is expected


def test_a_crashing_row_is_recorded_and_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = evaluate.judge_row

    def flaky(row: SuiteRow, *args: object) -> ClaimResult:
        if row.id == "c2":
            raise ValueError("boom")
        return real(row, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(evaluate, "judge_row", flaky)
    rows = [SuiteRow(**{k: v for k, v in r.items() if k != "page"}) for r in CONTEXT_SUITE]
    settings = load_settings(Flags(), cwd=Path.cwd(), env={})
    report = run_suite(rows, suite="x", settings=settings)
    crashed = [o for o in report.results if o.error]
    assert report.crashed == 1
    assert [(o.id, o.predicted, o.error) for o in crashed] == [("c2", N, "ValueError: boom")]
    assert report.rows == 4


# ---------------------------------------------------------------- the command


def test_context_suite_through_the_cli(tmp_path: Path) -> None:
    suite = _write_suite(tmp_path / "suite.jsonl", CONTEXT_SUITE)
    result = CliRunner().invoke(main, ["eval", str(suite), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["schema_version"] == 1
    assert (report["rows"], report["accuracy"], report["right_and_cited"]) == (4, 1.0, 1.0)
    assert [r["predicted"] for r in report["results"]] == [
        "supported", "contradicted", "contradicted", "not_enough_evidence",
    ]  # fmt: skip
    cited = report["results"][1]["evidence"][0]
    assert (cited["source"], cited["path"], cited["text"]) == ("c2", "<context>", GOLD)
    assert CONTEXT[cited["start"] : cited["end"]] == GOLD
    assert report["confusion"]["contradicted"]["contradicted"] == 2
    assert report["majority_floor"] == 0.5
    assert report["misses"] == []
    assert set(report) >= {"per_verdict", "claims_per_second", "crashed", "majority_label"}


def test_table_output_fits_80_columns_and_lists_misses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_claim = "Kazakhstan sent 200 troops " + "and a great deal of equipment " * 6
    wrong = {**CONTEXT_SUITE[1], "id": "wrong-label", "label": "supported", "claim": long_claim}
    _write_suite(tmp_path / "suite.jsonl", [*CONTEXT_SUITE, wrong])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["eval", "suite.jsonl"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(map(len, lines)) <= 80
    assert "accuracy         0.800 (4/5)" in lines
    assert "misses (1; the first 1):" in lines
    assert any(line.startswith("- wrong-label: gold supported, got ") for line in lines)
    assert any(line.startswith("gold \\ predicted") for line in lines)


def test_limit_runs_only_the_first_rows(tmp_path: Path) -> None:
    suite = _write_suite(tmp_path / "suite.jsonl", CONTEXT_SUITE)
    result = CliRunner().invoke(main, ["eval", str(suite), "--limit", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.output)["results"]] == ["c1", "c2"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"id": "a", "claim": "x is 1", "label": "supported"}\n{not json\n', "line 2"),
        ('{"id": "a", "claim": "x is 1", "label": "maybe"}\n', "'label' must be one of"),
        ('{"id": "a", "label": "supported"}\n', "'claim' is missing"),
        ('["a", "b"]\n', "is not a JSON object"),
        ('{"id": "a", "claim": "  ", "label": "supported"}\n', "claim is empty"),
        ("\n\n", "holds no claims"),
    ],
)
def test_bad_suite_exits_2_naming_the_file(tmp_path: Path, content: str, expected: str) -> None:
    suite = tmp_path / "broken-suite.jsonl"
    suite.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(suite)])
    assert result.exit_code == 2
    message = result.output.strip()
    assert "broken-suite.jsonl" in message and expected in message
    assert "Traceback" not in result.output and len(message.splitlines()) == 1


def test_missing_suite_and_missing_store_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 2 and "absent.jsonl" in result.output
    suite = _write_suite(
        tmp_path / "s.jsonl", [{"id": "a", "claim": "x is 1", "label": "supported"}]
    )
    result = CliRunner().invoke(main, ["eval", str(suite), "--store", str(tmp_path / "no.db")])
    assert result.exit_code == 2


def test_load_suite_keeps_the_fields_it_knows(tmp_path: Path) -> None:
    suite = _write_suite(tmp_path / "s.jsonl", [{**CONTEXT_SUITE[0], "id": 7}])
    [row] = load_suite(suite)
    assert (row.id, row.label, row.evidence, row.context) == ("7", S, (GOLD,), CONTEXT)


BENCHMARK_LABELS = {
    S: ["SUPPORTS", "supports", "Supported", "SUPPORT", "true", True, "entailment"],
    C: ["REFUTES", "refuted", "contradicted", "Contradiction", "false", False],
    F: ["DISPUTED", "conflicting", "Conflict"],
    N: [
        *["NOT ENOUGH INFO", "NOT_ENOUGH_INFO", "not-enough-info", "NEI", "nei", "neutral"],
        *["not_enough_evidence", "Not enough evidence"],
    ],
}


@pytest.mark.parametrize(
    ("label", "verdict"),
    [(label, verdict) for verdict, labels in BENCHMARK_LABELS.items() for label in labels],
    ids=str,
)
def test_benchmark_label_spellings_are_read_as_verdicts(
    tmp_path: Path, label: object, verdict: Verdict
) -> None:
    suite = _write_suite(tmp_path / "s.jsonl", [{"id": 1, "claim": "x is 1", "label": label}])
    [row] = load_suite(suite)
    assert row.label is verdict


def test_a_fever_style_suite_is_measured(tmp_path: Path) -> None:
    labels = ["SUPPORTS", "REFUTES", "REFUTES", "NOT ENOUGH INFO"]
    fever = [{**row, "label": label} for row, label in zip(CONTEXT_SUITE, labels, strict=True)]
    suite = _write_suite(tmp_path / "fever.jsonl", fever)
    result = CliRunner().invoke(main, ["eval", str(suite), "--format", "json"])
    assert result.exit_code == 0, result.output
    gold = [r["gold"] for r in json.loads(result.output)["results"]]
    assert gold == ["supported", "contradicted", "contradicted", "not_enough_evidence"]


# ---------------------------------------------------------------- the dev set


def test_dev_set_accuracy() -> None:
    if not DEV_SET.exists():
        pytest.skip(f"{DEV_SET} is not here (the shared eval folder is absent)")
    result = CliRunner().invoke(main, ["eval", str(DEV_SET), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    misses = [(m["id"], m["gold"], m["predicted"]) for m in report["misses"]]
    assert report["accuracy"] >= 0.9, misses
    assert report["right_and_cited"] >= 0.85
