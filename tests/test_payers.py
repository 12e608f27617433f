"""Who pays for a thing: one payer, read from the claim and from the source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.judge.payers import Payment, payment_in
from factcheck.models import Verdict
from tests.test_matching_rules import check_against

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_ENOUGH_EVIDENCE
FERRY = (
    "The Velmora transport office said on Monday that the new ferry to Pell will be built this "
    "winter. The minister assured that the purchase of the ferry and its engines would be "
    "covered by the Tarvian side, with $4 million set aside for the engines."
)
OFFICE = (
    "The Dovrik Coastal Mission moved its staff to Pell last month. A press release said that "
    "“all expenses for the staff's housing and the rent of office space will be fully financed "
    "from the DCM budget.”"
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # Another party pays: the claim's payer is denied.
        ("The Velmora council will pay for the new ferry and its engines.", FERRY, C),
        ("Velmora will pay to buy the ferry and its engines.", FERRY, C),
        # The same party, named by its initials in the source.
        (
            "The costs of the staff's housing and office rent will be covered by the Dovrik "
            "Coastal Mission.",
            OFFICE,
            S,
        ),
        ("The Tarvian government will pay for the staff's housing in Pell.", OFFICE, C),
        # The same payer, said another way.
        ("Tarvia will pay for the ferry and its engines.", FERRY, S),
        # Something else paid for: the source says nothing of it.
        ("Tarvia will pay for the new harbour lights.", FERRY, N),
    ],
)
def test_one_payer_for_one_thing(claim: str, source: str, expected: Verdict) -> None:
    result = check_against(claim, source)
    assert result.verdict == expected, result.explanation


def test_the_explanation_names_both_payers() -> None:
    result = check_against("The Velmora council will pay for the new ferry and its engines.", FERRY)
    assert "claim: paid by the Velmora council; source: paid by the Tarvian side" in (
        result.explanation
    )


@pytest.mark.parametrize(
    "source",
    [
        # A share is no one payer.
        "The ferry and its engines will be partly funded by the Tarvian side.",
        "The ferry and its engines will be jointly financed by Tarvia and Pell.",
        # Not paying says nothing of who does.
        "The ferry and its engines will not be covered by the Tarvian budget.",
        # "Covered" of no cost and no purse is reporting, not paying.
        "The launch of the ferry and its engines was covered by the Pell Herald.",
    ],
)
def test_a_share_a_denial_or_a_report_names_no_other_payer(source: str) -> None:
    result = check_against("Velmora will pay for the ferry and its engines.", source)
    assert result.verdict != C, result.explanation


def test_the_payer_is_read_in_its_own_words() -> None:
    assert payment_in("the repairs would be covered by the Tarvian side, with $4 million") == (
        Payment("the Tarvian side", "the repairs")
    )
    assert payment_in("Minister Quist said the Velmora council will pay for the repairs.") == (
        Payment("the Velmora council", "the repairs")
    )
    # A pronoun names no one.
    assert payment_in("They will pay for the repairs.") is None
    # "finance" before a post is a post, not paying.
    assert payment_in("Ines Okafor, Pell Rail's finance director, signed the contract.") is None
    assert payment_in("Pell Rail will finance the new depot.") == (
        Payment("Pell Rail", "the new depot")
    )


@given(st.text(max_size=200))
def test_reading_a_payer_never_fails(text: str) -> None:
    found = payment_in(text)
    assert found is None or (found.payer and found.thing)


SPLIT = (
    "Pell's ferry office ordered 12 new ferries on Monday. A state grant will pay for $30 "
    "million of that; the rest will come from the harbour board's reserve."
)


def test_one_payer_for_all_of_a_split_cost_is_denied() -> None:
    claim = "The harbour board's reserve will pay for all of the new ferries."
    result = check_against(claim, SPLIT)
    assert result.verdict == C, result.explanation
    assert (
        "claim: all paid by the harbour board's reserve; source: paid by A state grant and the "
        "harbour board's reserve" in result.explanation
    )
