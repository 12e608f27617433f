"""Negation and its scope, and modality: planned or reported versus asserted as done."""

from __future__ import annotations

from factcheck.extract.tokens import Token, fold_phrases, terms_of_words
from factcheck.models import Modality

NEGATION_CUES = frozenset(
    {
        "not",
        "never",
        "no",
        "neither",
        "nor",
        "without",
        "cannot",
        "unable",
        "lacks",
        "lack",
        "lacked",
        "lacking",
    }
)
_CONTRACTED = ("n't", "n’t")
# "not only", "no matter how", "no doubt": the cue negates nothing.
_NOT_NEGATING_NEXT = frozenset({"only", "just", "merely", "least", "matter", "doubt"})
_SCOPE_WORDS = 6
_SCOPE_BREAKS = frozenset({"but", "while", "although", "though", "whereas", "however"})
PLANNED_CUES = frozenset(
    {
        "will",
        "would",
        "shall",
        "scheduled",
        "intends",
        "intend",
        "intended",
        "proposed",
        "proposes",
        "propose",
        "expected",
        "upcoming",
    }
)
# These mean a plan only before "to": "plans to deploy", not "approved the plan".
PLANNED_BEFORE_TO = frozenset(
    {"plan", "plans", "planned", "planning", "aims", "aim", "going", "set", "due"}
)
REPORTED_CUES = frozenset(
    {"said", "says", "reportedly", "according", "claimed", "claims", "alleged", "allegedly"}
)


def negation(folded: list[str]) -> tuple[bool, tuple[str, ...]]:
    """Whether folded words negate something, and the stems of what the negation covers.

    An aside ("borrowed without raising rates") tells how something was done: it does not
    negate the clause, but what it denies is in the scope all the same.
    """
    words = fold_phrases(folded)
    if not _may_negate(words):
        return False, ()
    scope: list[str] = []
    negated = False
    for i, word in enumerate(words):
        next_word = words[i + 1] if i + 1 < len(words) else ""
        aside = _is_aside(word, next_word)
        if not aside and (not _is_cue(word, next_word) or _a_bound(words[i : i + 3])):
            continue
        negated = negated or not aside
        following: list[str] = []
        for next_word in words[i + 1 : i + 1 + _SCOPE_WORDS]:
            if next_word in _SCOPE_BREAKS:
                break
            following.append(next_word)
        scope.extend(terms_of_words(following))
    return negated, tuple(dict.fromkeys(scope))


def _may_negate(words: list[str]) -> bool:
    """A quick test that most sentences fail: a cue word, or a contraction somewhere."""
    if not NEGATION_CUES.isdisjoint(words):
        return True
    joined = "".join(words)
    return any(ending in joined for ending in _CONTRACTED)


_COMPARATIVES = frozenset({"more", "fewer", "less", "greater", "higher", "lower"})


def _a_bound(words: list[str]) -> bool:
    """ "no more than 10", "not fewer than 5": a figure's bound, which denies nothing."""
    return len(words) == 3 and words[1] in _COMPARATIVES and words[2] == "than"


def _is_aside(word: str, next_word: str) -> bool:
    return word == "without" and next_word.endswith("ing")


def _is_cue(word: str, next_word: str) -> bool:
    if word.endswith(_CONTRACTED):
        return True
    # "not only" adds, it does not deny.
    return word in NEGATION_CUES and next_word not in _NOT_NEGATING_NEXT


# Cues that say more than that a thing is planned: "proposed a budget" is an act of its own,
# "an upcoming album" a kind of album.
_NOT_ONLY_PLANNING = frozenset({"proposed", "proposes", "propose", "upcoming"})
# Before these, "plan" is a noun: "approved the plan to widen the road" is done.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})


def planning_words(tokens: list[Token]) -> frozenset[int]:
    """Where words only say a thing is planned ("plans to send", "is scheduled to open", "set
    for May"), by their start: the modality says it, not the terms, so "planned to send 25"
    and "will be sent" share all their words."""
    folded = [t.folded for t in tokens]
    return frozenset(
        tokens[i].start for i in _planning(folded) if folded[i] not in _NOT_ONLY_PLANNING
    )


def _planning(folded: list[str]) -> list[int]:
    """The positions of the words that say a thing is planned (folded words)."""
    found = []
    for i, word in enumerate(folded):
        before = folded[i - 1] if i else ""
        after = folded[i + 1] if i + 1 < len(folded) else ""
        if _counterfactual(word, before, after):
            continue
        if word in PLANNED_CUES or (
            word in PLANNED_BEFORE_TO and after in ("to", "for") and before not in _DETERMINERS
        ):
            found.append(i)
    return found


def _counterfactual(word: str, before: str, after: str) -> bool:
    """ "a permit that would have allowed ...": what a thing would have done, said of it in a
    relative clause, is no plan of the clause's (its doing is the verb before)."""
    return word == "would" and after == "have" and before in ("that", "which")


def modality(folded: list[str]) -> Modality:
    """ "planned" for future or scheduled actions, "reported" for attributed ones (folded words)."""
    if _planning(folded):
        return "planned"
    if set(folded) & REPORTED_CUES:
        return "reported"
    return "asserted"
