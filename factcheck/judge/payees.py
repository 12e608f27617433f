"""Who is paid: a sum paid to one party, so a sentence paying it to another denies the claim's.

"The insurers agreed to pay Pell Marine 181 million" is denied by "the insurers agreed to pay
Quist Imaging 181 million ... after a Pell Marine launch": the sum, the payer and every name
match, and the one the sentence pays is another. "pay X 5 million", "pay 5 million to X",
"awarded X 5 million" and "X will be paid 5 million" say it the same way. Parties are compared
by their capitalised words, as owners are.
"""

from __future__ import annotations

from factcheck.extract.patterns import regex
from factcheck.judge.rivals import Rival, another_party, parties_named

_NAME = r"(?:the\s+)?(?P<payee>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})"
_PAYING = (
    r"(?:pay|pays|paid|paying|award|awards|awarded|awarding|grant|grants|granted|owe|owes|owed)"
)
# What a sum starts with: a currency sign, digits, or a number word.
_SUM = (
    r"(?:[$€£¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|millions|thousands)\b)"
)
_PAID = (
    regex(rf"\b{_PAYING}\s+{_NAME}\s+(?:a\s+total\s+of\s+|a\s+sum\s+of\s+)?{_SUM}"),
    regex(rf"\b{_PAYING}\s+(?:a\s+total\s+of\s+)?{_SUM}[^,;:.()]{{0,40}}?\s+to\s+{_NAME}"),
    regex(
        rf"\b{_NAME}\s+(?:was|were|is|are|will\s+be|would\s+be|has\s+been|had\s+been)"
        rf"\s+(?:paid|awarded|granted)\s+{_SUM}"
    ),
)
# Capitalised words that name no party: a sentence's first word, weekdays, months.
_NOT_PARTIES = frozenset(
    """The A An This That These Those It Its Their His Her Under In On Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August
    September October November December""".split()
)


def payees_in(text: str) -> frozenset[str]:
    """The parties a text says a sum is paid (or awarded, or owed) to."""
    return parties_named(_PAID, "payee", text, _NOT_PARTIES)


def another_payee(ours: frozenset[str], source_text: str) -> Rival | None:
    """The party the source pays where the claim pays others (`ours`, as `payees_in` reads
    the claim); None when either names none, or the source pays the claim's party too."""
    return another_party(ours, payees_in(source_text), "paid to")
