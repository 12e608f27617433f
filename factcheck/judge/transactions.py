"""What was done with a sum: "the fund had to borrow 4.5 billion" is a loan, which no sum the
fund repaid ("we repay 1.2 billion of the loan") or paid out ("had paid 5.83 billion to
savers") denies: each is another movement of money than the claim's."""

from __future__ import annotations

from factcheck.judge.beside import words_beside

_DEALS = {
    **dict.fromkeys(
        "borrow borrowed borrows borrowing lend lends lent lending loaned loan loans".split(),
        "loan",
    ),
    **dict.fromkeys("repay repaid repays repaying repayment repayments".split(), "repayment"),
    **dict.fromkeys("pay paid pays paying payment payments payout payouts".split(), "payment"),
    **dict.fromkeys(
        "withdraw withdrew withdrawn withdraws withdrawing withdrawal withdrawals pulled".split(),
        "withdrawal",
    ),
    **dict.fromkeys("deposit deposits deposited".split(), "deposit"),
    **dict.fromkeys("spend spends spent spending".split(), "spending"),
}
_PAYING = frozenset({"pay", "paid", "pays", "paying"})
_TAKING = frozenset({"take", "took", "taken", "takes", "taking"})
_NEAR = 3  # words on either side of a sum that may say what was done with it


def deal_of(text: str, figure: str) -> str | None:
    """What the text says was done with the sum `figure` (as written in it), if it says."""
    beside = words_beside(text, figure)
    if beside is None:
        return None
    before, after = ([word.lower() for word in side[:_NEAR]] for side in beside)
    for index, word in enumerate(before):
        previous = before[index + 1] if index + 1 < len(before) else ""
        if word == "back" and previous in _PAYING:
            return "repayment"  # "paid back 1.2 billion"
        if word == "out" and previous in _TAKING:
            return "withdrawal"  # "took out about 380 million"
        if word in _DEALS:
            return _DEALS[word]
    for index, word in enumerate(after):
        if word in _PAYING and after[index + 1 : index + 2] == ["back"]:
            return "repayment"  # "1.2 billion was paid back"
        if word in _DEALS:
            return _DEALS[word]
    return None


def another_deal(claim_text: str, claim_figure: str, source_text: str, source_figure: str) -> bool:
    """Claim and source each say what was done with their sum, and not the same thing: a
    loan taken against a part repaid or a sum paid out."""
    ours = deal_of(claim_text, claim_figure)
    theirs = deal_of(source_text, source_figure)
    return ours is not None and theirs is not None and ours != theirs
