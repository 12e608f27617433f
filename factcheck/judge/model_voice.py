"""The model's voice beside the rules: it decides what the rules' words leave open.

Takes an assertion's claim text and the rules' judgements of its candidate sentences; gives the
judgements revised, each change saying so ("model: supports 0.93"). The rules stay the
authority on figures, dates, names and explicit negation:

- a sentence the rules found contradicting stays contradicting;
- a sentence the rules turned down for a name, figure or date it lacks or gives otherwise
  stays unrelated, whatever the model says;
- a sentence the rules turned down only for want of shared words (a paraphrase, a subject
  named differently) supports or contradicts when the model is at least as sure as the
  thresholds, fitted on held-out parts of public benchmarks (docs/model.md), and only when the
  sentence (with its neighbours and title) names every name of the claim and matches each of
  its figures and dates: the model judges the verb, never the slots; a sentence that already
  says most of the claim's words (a near paraphrase) has a threshold of its own, and one that
  says under a third of them (`MIN_PARAPHRASE_WORDING`) is no paraphrase at all; one whose
  clause negates the claim's words, gives the claim's deed only as a plan ("will be
  built" for "had been built") or the claim's post another tenure ("interim" for
  "permanent"), supports it at no certainty;
- a sentence the rules found supporting is turned down when the model is sure it refutes the
  claim: the figures matched, the verb did not ("affirmed" against "downgraded").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.extract.patterns import regex
from factcheck.extract.tokens import terms
from factcheck.judge.entailment import Entailment, PairScorer, shipped_model
from factcheck.judge.intervals import SlotMatch, compare_quantities, compare_times
from factcheck.judge.opposition import only_planned
from factcheck.judge.ordinals import another_ordinal
from factcheck.judge.stance import Judgement
from factcheck.judge.tenure import another_tenure
from factcheck.models import Assertion, EvidenceSentence, Stance

ASKED = 3  # candidate sentences shown to the model per assertion, the most related first
# The least share of the claim's words a sentence turned down for its wording must say for the
# model to find it a paraphrase; below it the sentence is about something else.
MIN_PARAPHRASE_WORDING = 0.3
NEVER = 2.0  # a threshold no probability reaches
_NAME = regex(r"\b[A-Z][\w&'’.-]*")


@dataclass(frozen=True)
class ModelVoice:
    """The entailment model with the thresholds at which its opinion counts.

    The shipped thresholds come with the model, in its card: `python -m training.thresholds`
    fits them on the benchmarks' validation parts (docs/model.md).
    """

    model: PairScorer
    support_at: float
    refute_at: float
    veto_at: float
    # A sentence that says most of the claim's words (at least `close_at` of their weight) is
    # a near paraphrase, where the model is right more often: its support counts from
    # `close_support_at`. None: no such second threshold.
    close_at: float | None = None
    close_support_at: float | None = None
    asked: int = ASKED

    @classmethod
    def shipped(cls) -> ModelVoice:
        """The shipped model with the thresholds fitted for it."""
        model = shipped_model()
        fitted = model.card["thresholds"]
        return cls(
            model,
            fitted["support_at"],
            fitted["refute_at"],
            fitted["veto_at"],
            fitted.get("close_at"),
            fitted.get("close_support_at"),
        )

    def support_threshold(self, judgement: Judgement) -> float:
        """How sure the model must be to turn the rules' open question into a support: less
        where only wording kept the rules from deciding and the sentence already says most of
        the claim's words; never less where they saw a negation, an opposite verb or a
        request where the claim says it was granted."""
        if 0.0 < judgement.wording < MIN_PARAPHRASE_WORDING:
            # "The union will hold a strike" is no paraphrase of "the union vowed to fight the
            # closure", however sure the model is: too few of the claim's words are there.
            return NEVER
        close = self.close_at is not None and judgement.wording >= self.close_at
        if close and self.close_support_at is not None:
            return min(self.support_at, self.close_support_at)
        return self.support_at

    def revise(
        self, claim: str, assertion: Assertion, judgements: Sequence[Judgement]
    ) -> list[Judgement]:
        """The rules' judgements with the model's opinion where it may change them.

        `claim` is what the model reads: the whole claim, or the assertion's own text.
        """
        # A veto threshold above 1 is never met: the rules' supports are not worth asking
        # about, and a claim the rules settle does not load the model at all.
        may_veto = self.veto_at <= 1.0
        questions = _worth_asking(claim, assertion, judgements, self.asked, may_veto=may_veto)
        if not questions:
            return list(judgements)
        opinions = self.model.predict([(claim, premise(judgements[i].evidence)) for i in questions])
        revised = list(judgements)
        for index, opinion in zip(questions, opinions, strict=True):
            # A contradiction needs the claim's figures and dates in the sentence itself: in a
            # neighbour they may belong to another statement (as the rules hold too).
            own = _slots_hold(assertion, judgements[index].evidence, neighbours=False)
            support_at = self.support_threshold(judgements[index])
            evidence = judgements[index].evidence
            if (
                _negates_claimed_words(assertion, evidence)
                or _plans_it(assertion, evidence)
                or another_ordinal(assertion.text, evidence.sentence.sentence.text) is not None
                or another_tenure(assertion.text, evidence.sentence.sentence.text)
            ):
                support_at = NEVER
            revised[index] = self._revised(revised[index], opinion, support_at, may_contradict=own)
        return revised

    def _revised(
        self, judgement: Judgement, opinion: Entailment, support_at: float, *, may_contradict: bool
    ) -> Judgement:
        if judgement.stance is Stance.SUPPORTS:
            if opinion.refutes < self.veto_at:
                return judgement
            reason = f"{judgement.reason}, but model: refutes {opinion.refutes:.2f}"
            return replace(judgement, stance=Stance.UNRELATED, strength=0.0, reason=reason)
        if opinion.supports >= support_at:
            reason = f"model: supports {opinion.supports:.2f} (rules: {judgement.reason})"
            return replace(
                judgement, stance=Stance.SUPPORTS, strength=opinion.supports, reason=reason
            )
        if opinion.refutes >= self.refute_at and may_contradict:
            reason = f"model: refutes {opinion.refutes:.2f} (rules: {judgement.reason})"
            return replace(
                judgement, stance=Stance.CONTRADICTS, strength=opinion.refutes, reason=reason
            )
        return judgement


def premise(evidence: EvidenceSentence) -> str:
    """The evidence as the model was trained to read it: the source's title, then the sentence."""
    title = evidence.source.title
    text = evidence.sentence.sentence.text
    return f"{title}: {text}" if title else text


def _worth_asking(
    claim: str,
    assertion: Assertion,
    judgements: Sequence[Judgement],
    asked: int,
    *,
    may_veto: bool,
) -> list[int]:
    """The judgements the model may change, the `asked` sharing most words with the claim:
    the rules' supports (when the model may veto them), and what they left open in a sentence
    holding the claim's slots."""
    wanted = set(terms(claim))
    open_ones = [
        i
        for i, j in enumerate(judgements)
        if (j.stance is Stance.SUPPORTS and may_veto)
        or (
            j.stance is Stance.UNRELATED
            and j.open_question
            and _names_present(claim, j.evidence)
            and _slots_hold(assertion, j.evidence)
        )
    ]

    def shared(index: int) -> int:
        return len(wanted & set(terms(judgements[index].evidence.sentence.sentence.text)))

    return sorted(sorted(open_ones, key=shared, reverse=True)[:asked])


def _names_present(claim: str, evidence: EvidenceSentence) -> bool:
    """Whether every capitalised word of the claim is in the sentence, a neighbour or the title.

    Capitalised words stand for names, whether or not the extractors know them as entities:
    a claim about "Moody's" is not settled by a sentence about another agency.
    """
    around = " ".join(
        [
            evidence.source.title or "",
            evidence.sentence.sentence.text,
            *(n.sentence.text for n in evidence.neighbours),
        ]
    )
    found = set(terms(around))
    return all(set(terms(name)) <= found for name in _NAME.findall(claim))


def _negates_claimed_words(assertion: Assertion, evidence: EvidenceSentence) -> bool:
    """A clause of the sentence negates words the claim asserts, beyond its names: "no one in
    Sellicombe was hurt" supports no claim that residents there were hurt, however close the
    rest of the wording."""
    if assertion.negated:
        return False
    names = {t for entity in assertion.entities for t in terms(entity.text)}
    asserted = set(assertion.terms) - names
    return any(
        clause.negated and asserted & set(clause.negation_scope)
        for clause in evidence.sentence.assertions
    )


def _plans_it(assertion: Assertion, evidence: EvidenceSentence) -> bool:
    """A clause of the sentence says the claim's deed only as a plan: "the Kaskara Link will be
    built" supports no claim that it had been built, however sure the model is."""
    return any(only_planned(assertion, clause) for clause in evidence.sentence.assertions)


def _slots_hold(
    assertion: Assertion, evidence: EvidenceSentence, *, neighbours: bool = True
) -> bool:
    """Whether the sentence (or, with `neighbours`, a neighbour) matches each figure and date
    of the assertion."""
    nearby = [evidence.sentence, *(evidence.neighbours if neighbours else ())]
    held = [a for s in nearby for a in s.assertions]
    return all(
        any(
            compare_quantities(q, found) is SlotMatch.SUPPORTS
            for a in held
            for found in a.quantities
        )
        for q in assertion.quantities
    ) and all(
        any(compare_times(t, found) is SlotMatch.SUPPORTS for a in held for found in a.times)
        for t in assertion.times
    )
