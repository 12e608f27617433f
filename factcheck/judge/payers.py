"""Who pays for a thing: one party, so a source naming another payer denies the claim's.

"The Velmora council will pay for the new ferry" is denied by "the ferry will be financed from
the state budget", and "the costs of the ferry will be covered by the state" is supported by
"the ferry will be fully funded by the state budget". Who pays is said in many words (a
"side", a "budget", a "government"); the party behind them is what is compared, by its own
words or its initials ("UN" for "United Nations"). A share ("partly", "jointly", "half of")
is no one payer, so it never decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import fold, terms, terms_of_words
from factcheck.judge.rivals import Rival

# Words after "finance" or "fund" that make it a post or a body, not paying: "Pell Rail's
# finance director", "a fund manager".
_POST_WORDS = (
    r"directors?|ministers?|ministry|chiefs?|officers?|committees?|departments?|secretar(?:y|ies)"
    r"|managers?|heads?|teams?|chairs?|chairman|chairwoman"
)
# "will pay for", "is to pay to", "agreed to finance", "will cover the costs of".
_ACTIVE = regex(
    r"(?P<payer>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+"
    r"(?:(?:will|would|shall|must|is\s+to|are\s+to|(?:has|have)\s+agreed\s+to|agreed\s+to)\s+)?"
    r"(?:fully\s+|entirely\s+)?"
    r"(?:pay(?:s|ing)?\s+(?:for|to)|paid\s+for"
    r"|(?:cover|bear|meet)(?:s|ing)?\s+(?:all\s+)?(?:the\s+)?(?:costs?|expenses?|bill)\s+(?:of|for)"
    r"|foot(?:s|ing)?\s+the\s+bill\s+for"
    rf"|financ(?:e|es|ing)|fund(?:s|ing)?)(?!\s+(?:{_POST_WORDS})\b)\s+(?P<thing>[^.;:!?]+)",
    re.IGNORECASE,
)
# "will be covered by the X side", "was fully financed from the Y budget".
_PASSIVE = regex(
    r"\b(?:be|is|are|was|were|been|being)\s+(?:\w+ly\s+)?"
    r"(?P<verb>paid\s+for|covered|financed|funded|borne|met|footed)\s+"
    r"(?:in\s+full\s+|entirely\s+)?(?:by|from|out\s+of|through)\s+(?P<payer>[^,;.:()“”\"!?]+)",
    re.IGNORECASE,
)
# Auxiliaries and adverbs before a passive, which belong to neither side.
_BEFORE_PASSIVE = regex(r"(?:\s+(?:will|would|shall|must|to|has|have|had|\w+ly))+\s*$", re.I)
# Where the thing paid for begins, looking back from the verb: a quotation, a clause.
_THING_START = regex(r"[“”\";:]|\b(?:that|which)\s+(?=(?:the|all|its|their)\b)")
# Where a payer's words end: "the Tarvian side, with $4 million set aside".
_PAYER_END = regex(r"\s(?:with|and|for|as|to|in|on|under|until|after|before|while)\s", re.I)
# "Covered" and "met" say who pays only of a cost or of a party's purse: "the match was
# covered by the BBC" is reporting.
_COST_WORDS = frozenset(terms_of_words("cost costs expense expenses bill bills fee fees".split()))
_PURSE_WORDS = frozenset(
    terms_of_words("side budget budgets government treasury taxpayers insurer sponsor".split())
)
_NEEDS_A_COST = frozenset({"covered", "met", "borne"})
# Words of a thing paid for that do not say which thing it is: "all of the new buses".
_THING_FILLER = frozenset(terms_of_words("new old current existing entire whole".split()))
# Words that say how a party pays, not who it is.
_PAYER_WORDS = frozenset(
    terms_of_words(
        """side budget budgets government governments own fund funds money coffers account
        treasury purse resources part""".split()
    )
)
# Pronouns and the like, which name no payer.
_NO_ONE = frozenset("it its they them this that which who he she we you".split())
# A share is not one payer ("partly funded by", "jointly financed", "half of the cost"), and
# who does not pay says nothing of who does.
_SHARED = regex(
    r"(?<![\w-])(?:partly|partially|part|jointly|shared?|co-?financ\w*|co-?fund\w*|half|some|"
    r"also|together|along|both|not|never|no|n't)(?![\w-])",
    re.IGNORECASE,
)
# "... will pay for $30 million of that; the rest will come from the Pell reserve": the cost
# split, its rest paid by another.
_REST = regex(
    r"\bthe\s+(?:rest|remainder|balance)\b[^.;:]{0,40}?\b(?:come|comes|paid|covered|met|funded"
    r"|financed)\s+(?:from|by|out\s+of|through)\s+(?P<payer>[^,;.:()“”\"!?]+)",
    re.IGNORECASE,
)
# A claim that one party pays for all of a thing: "will pay for all of", "the entire cost".
_WHOLE = regex(r"\b(?:all|entire|whole|full|fully|entirely|in\s+full)\b", re.IGNORECASE)
# What the sentence before told of: "$30 million of that", "of it".
_POINTING_BACK = regex(r"\b(?:that|it|this|them)\s*$", re.IGNORECASE)
_ABBREVIATION = regex(r"\b[A-Z](?:\.?[A-Z])+\.?(?![\w])")
_WORD = regex(r"[\w'’-]+")
_BASE_LENGTH = 4  # the shortest word another may be made of
_THING_WORDS = 15  # how far back from a passive verb the thing paid for may begin
_THING_COVERAGE = 0.6  # the share of the claim's thing, by weight, the source must say


@dataclass(frozen=True)
class Payment:
    """Who a text says pays, and for what, in its own words."""

    payer: str
    thing: str
    # Who pays the rest, where the text splits the cost ("the rest will come from ...").
    rest: str | None = None

    def party(self) -> frozenset[str]:
        """The payer's own words: "the Tarvian side" → {tarvian}."""
        return frozenset(terms(self.payer)) - _PAYER_WORDS

    def initials(self) -> frozenset[str]:
        """The payer's abbreviations ("UN", "U.N.") and the initials of its capitalised
        words ("United Nations" → "un"), by which one party is named two ways."""
        found = {fold(w) for w in _ABBREVIATION.findall(self.payer)}
        capitals = [w for w in _WORD.findall(self.payer) if w[:1].isupper() and w != "The"]
        if len(capitals) > 1:
            found.add("".join(w[0] for w in capitals).lower())
        return frozenset(w for w in found if len(w) > 1)

    def named(self) -> bool:
        """The payer is a party at all, not only "the government" or "its budget"."""
        return bool(self.party() or self.initials())


@dataclass(frozen=True)
class PayerComparison:
    """The claim's payer beside the source's, for the same thing."""

    claim: Payment
    source: Payment

    def same_payer(self) -> bool:
        """Both name the same party, by a word, its initials, or a word and the one made of
        it ("Velmora" and "Velmoran", where no list of demonyms knows the country)."""
        mine, theirs = self.claim.party(), self.source.party()
        return bool(
            mine & theirs
            or self.claim.initials() & self.source.initials()
            or any(_derived(a, b) or _derived(b, a) for a in mine for b in theirs)
        )

    def split(self) -> bool:
        """The claim has one party pay for all of the thing, the source two for shares."""
        return self.source.rest is not None and bool(_WHOLE.search(self.claim.thing))

    def reason(self) -> str:
        """Why it decides: "claim: paid by X; source: paid by Y" or "matches: paid by Y"."""
        ours, theirs = _inline(self.claim.payer), _inline(self.source.payer)
        if self.split():
            both = f"{theirs} and {_inline(self.source.rest or '')}"
            return Rival(f"all paid by {ours}", f"paid by {both}").reason()
        if self.same_payer():
            return f"matches: paid by {theirs}"
        return Rival(f"paid by {ours}", f"paid by {theirs}").reason()


def payment_in(text: str) -> Payment | None:
    """Who the text says pays for what, if it names one payer for one thing."""
    for found in _PASSIVE.finditer(text):
        before = _BEFORE_PASSIVE.sub("", text[: found.start()])
        start = max((m.end() for m in _THING_START.finditer(before)), default=0)
        thing = " ".join(before[start:].split()[-_THING_WORDS:])
        payer = _PAYER_END.split(f" {found.group('payer')} ", maxsplit=1)[0].strip()
        if _SHARED.search(text[start : found.end()]) or not thing:
            continue
        payment = _payment(payer, thing)
        if payment is None:
            continue
        if found.group("verb").lower() in _NEEDS_A_COST and not _about_money(payment):
            continue
        return payment
    for found in _ACTIVE.finditer(text):
        words = re.split(r",|\b(?:that|said|says|and|but|while|because)\b", found.group("payer"))
        payer = _PAYER_END.split(f" {words[-1]} ")[-1].strip()
        if _SHARED.search(found.group(0)):
            continue
        payment = _payment(payer, found.group("thing").strip())
        if payment is not None:
            rest = _REST.search(text, found.end("payer"))
            return replace(payment, rest=rest.group("payer").strip()) if rest else payment
    return None


def compare_payers(
    claimed: Payment,
    source_text: str,
    weight: Callable[[str], float],
    nearby: frozenset[str] = frozenset(),
) -> PayerComparison | None:
    """The claim's payer beside the one the source names for the same thing, if it names one:
    the source must say most of what the claim says is paid for, a word of the sentences
    `nearby` (their terms) counting half."""
    theirs = payment_in(source_text)
    if theirs is None or not claimed.named() or not theirs.named():
        return None
    wanted = [t for t in terms(claimed.thing) if t not in _COST_WORDS | _THING_FILLER]
    said = set(terms(source_text))
    # "$30 million of that" pays for what the sentence before told of, in full.
    pointing = bool(_POINTING_BACK.search(theirs.thing))
    near = 1.0 if pointing else 0.5
    found = sum(weight(t) * (1.0 if t in said else near if t in nearby else 0.0) for t in wanted)
    if not wanted or found < _THING_COVERAGE * sum(weight(t) for t in wanted):
        return None
    if not pointing and not set(wanted) & set(terms(theirs.thing)):
        return None  # the sentence pays for something else, naming the claim's thing elsewhere
    compared = PayerComparison(claimed, theirs)
    return None if theirs.rest is not None and not compared.split() else compared


def _inline(payer: str) -> str:
    """A payer as said inside a sentence: "The Velmora council" → "the Velmora council"."""
    return f"the {payer[4:]}" if payer.startswith("The ") else payer


def _derived(word: str, base: str) -> bool:
    """ "velmoran" is made of "velmora": a longer word that starts with the whole of it."""
    return len(base) >= _BASE_LENGTH and word.startswith(base) and len(word) - len(base) <= 3


def _payment(payer: str, thing: str) -> Payment | None:
    words = payer.lower().split()
    if not words or words[-1] in _NO_ONE:
        return None
    return Payment(payer, thing)


def _about_money(payment: Payment) -> bool:
    return bool(set(terms(payment.thing)) & _COST_WORDS or set(terms(payment.payer)) & _PURSE_WORDS)
