"""The model may speak only where the verdicts it changes are themselves precise."""

from __future__ import annotations

from factcheck.evaluate import RowOutcome, build_report
from factcheck.models import Verdict
from training.thresholds import Changes, Outcome, Scores, acceptable, changes, choose

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_ENOUGH_EVIDENCE


def _report(rows: list[tuple[Verdict, Verdict]]):  # type: ignore[no-untyped-def]
    outcomes = [
        RowOutcome(
            id=str(i), claim="c", gold=gold, predicted=guess, confidence=0.5, explanation="e"
        )
        for i, (gold, guess) in enumerate(rows)
    ]
    return build_report(outcomes, suite="s", seconds=0.0)


def test_changes_counts_what_the_model_changed_and_how_often_it_was_right() -> None:
    rules = _report([(S, N), (C, N), (C, N), (N, S), (N, N)])
    combined = _report([(S, S), (C, S), (C, C), (N, N), (N, N)])
    assert changes(rules, combined) == Changes(
        to_supported=(2, 1), to_blocking=(1, 1), to_unsettled=(1, 1)
    )


def test_a_model_that_adds_imprecise_supports_may_not_speak() -> None:
    assert acceptable(Changes(to_supported=(20, 18), to_blocking=(10, 9)))
    assert not acceptable(Changes(to_supported=(20, 16)))  # 80% < 85%
    assert not acceptable(Changes(to_blocking=(10, 8)))  # 80% < 90%
    assert acceptable(Changes())  # changing nothing is always allowed


def test_choose_takes_the_most_accurate_acceptable_point() -> None:
    def outcome(accuracy: float, changed: Changes) -> Outcome:
        return Outcome({"a": Scores(accuracy, None, None, 0)}, changed)

    results = {
        (0.6, 1.01, 1.01, None, None): outcome(0.70, Changes(to_supported=(10, 5))),  # imprecise
        (0.8, 1.01, 1.01, None, None): outcome(0.65, Changes(to_supported=(10, 9))),
        (0.9, 1.01, 1.01, None, None): outcome(0.60, Changes()),
    }
    chosen = choose(results, {"a": Scores(0.6, None, None, 0)})
    assert chosen["support_at"] == 0.8 and chosen["close_at"] is None
    assert chosen["changed"]["to_supported"] == {"made": 10, "right": 9}


def test_a_close_sentences_threshold_is_kept_only_where_it_adds_precise_verdicts() -> None:
    def outcome(accuracy: float, changed: Changes) -> Outcome:
        return Outcome({"a": Scores(accuracy, None, None, 0)}, changed)

    results = {
        (0.95, 1.01, 1.01, None, None): outcome(0.60, Changes(to_supported=(2, 2))),
        (0.95, 1.01, 1.01, 0.6, 0.8): outcome(0.66, Changes(to_supported=(20, 18))),
        (0.95, 1.01, 1.01, 0.5, 0.6): outcome(0.70, Changes(to_supported=(40, 30))),  # 75%
        # as accurate as the chosen one, but the model speaks more: not taken
        (0.95, 1.01, 1.01, 0.6, 0.7): outcome(0.66, Changes(to_supported=(20, 18))),
    }
    chosen = choose(results, {"a": Scores(0.6, None, None, 0)})
    assert (chosen["close_at"], chosen["close_support_at"]) == (0.6, 0.8)
