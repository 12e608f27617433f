"""The model's voice changes only what the rules leave open, and every change says so.

A stand-in model gives fixed probabilities, so these tests pin the decision, not the model.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from factcheck.evaluate import context_sentences
from factcheck.extract.entities import AliasIndex
from factcheck.judge.claims import Judge
from factcheck.judge.entailment import Entailment
from factcheck.judge.model_voice import MIN_PARAPHRASE_WORDING, ModelVoice
from factcheck.judge.retrieve import TextRetriever
from factcheck.models import ClaimResult, Verdict

SOURCE = (
    "The Harbor Valley board approved the desalination plant by a 7-2 vote in September 2024. "
    "The plant will cost $318 million. "
    "S&P Global Ratings affirmed the district's AA rating in August 2024."
)
SURE = 0.99


class Fixed:
    """A stand-in model that says the same thing of every pair, and counts what it is asked."""

    def __init__(self, supports: float = 0.0, refutes: float = 0.0) -> None:
        self.answer = Entailment(supports, refutes, 1.0 - supports - refutes)
        self.asked: list[tuple[str, str]] = []

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[Entailment]:
        self.asked += pairs
        return [self.answer for _ in pairs]


def judge_of(name: str, source: str, title: str, voice: ModelVoice | None = None) -> Judge:
    """A judge over one source document, with the model's voice when one is given."""
    aliases = AliasIndex()
    sentences = context_sentences(name, source, aliases, title)
    return Judge(TextRetriever(sentences), aliases, voice=voice)


def judged(claim: str, model: Fixed | None) -> ClaimResult:
    voice = None if model is None else ModelVoice(model, 0.9, 0.95, 0.95)
    return judge_of("district", SOURCE, "Harbor Valley water", voice).check(claim)


def test_a_paraphrase_the_rules_leave_open_is_supported_by_a_sure_model() -> None:
    claim = "Harbor Valley's board gave the go-ahead to desalination."
    assert judged(claim, None).verdict is Verdict.NOT_ENOUGH_EVIDENCE
    result = judged(claim, Fixed(supports=SURE))
    assert result.verdict is Verdict.SUPPORTED
    assert "model: supports 0.99" in result.explanation
    assert result.evidence and "approved the desalination plant" in result.evidence[0].text


def test_an_unsure_model_changes_nothing() -> None:
    claim = "Harbor Valley's board gave the go-ahead to desalination."
    assert judged(claim, Fixed(supports=0.6, refutes=0.3)) == judged(claim, None)


def test_a_sure_refutation_of_an_open_question_contradicts_and_says_why() -> None:
    claim = "Harbor Valley's board shelved desalination."
    result = judged(claim, Fixed(refutes=SURE))
    assert result.verdict is Verdict.CONTRADICTED
    assert "model: refutes 0.99" in result.explanation


def test_a_figure_the_rules_contradict_stays_contradicted_whatever_the_model_says() -> None:
    claim = "The plant will cost $400 million."
    assert judged(claim, None).verdict is Verdict.CONTRADICTED
    result = judged(claim, Fixed(supports=SURE))
    assert result.verdict is Verdict.CONTRADICTED
    assert "model" not in result.explanation


def test_a_figure_the_source_lacks_is_never_supported_by_the_model() -> None:
    claim = "The plant will employ 400 people."
    result = judged(claim, Fixed(supports=SURE))
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE


def test_a_name_the_source_lacks_is_never_supported_by_the_model() -> None:
    claim = "Moody's approved the desalination plant."
    result = judged(claim, Fixed(supports=SURE))
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE


def test_matching_slots_do_not_outvote_a_sure_refutation_of_the_verb() -> None:
    claim = "The Harbor Valley board postponed the desalination plant in September 2024."
    assert judged(claim, None).verdict is Verdict.SUPPORTED  # the date and the words match
    result = judged(claim, Fixed(refutes=SURE))
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "but model: refutes 0.99" in result.explanation


def test_a_rule_support_stands_when_the_model_does_not_object() -> None:
    claim = "The plant will cost $318 million."
    assert judged(claim, Fixed(refutes=0.5)) == judged(claim, None)


@pytest.mark.parametrize("claim", ["The plant will cost $318 million."])
def test_the_model_reads_each_candidate_with_its_source_title(claim: str) -> None:
    model = Fixed()
    judged(claim, model)
    assert model.asked
    assert all(premise.startswith("Harbor Valley water: ") for _, premise in model.asked)
    assert all(said == claim for said, _ in model.asked)


def test_a_model_that_may_never_veto_is_not_asked_about_what_the_rules_support() -> None:
    """With the veto threshold above 1 (the shipped one), the rules' supports cannot change:
    asking would only load the model for nothing."""
    model = Fixed(refutes=SURE)
    voice = ModelVoice(model, 0.9, 0.95, 1.01)
    result = judge_of("district", SOURCE, "Harbor Valley water", voice).check(
        "The plant will cost $318 million."
    )
    assert result.verdict is Verdict.SUPPORTED
    assert model.asked == []


def close_voice(model: Fixed) -> ModelVoice:
    """Sure only from 0.95, but from 0.7 on a sentence saying 60% of the claim's words."""
    return ModelVoice(model, 0.95, 1.01, 1.01, close_at=0.6, close_support_at=0.7)


def checked(claim: str, voice: ModelVoice) -> ClaimResult:
    return judge_of("district", SOURCE, "Harbor Valley water", voice).check(claim)


def test_a_near_paraphrase_is_supported_from_the_close_threshold() -> None:
    # Most words are the sentence's: "endorsed" for "approved" (and "new" it does not say).
    claim = "The Harbor Valley board endorsed the new desalination plant."
    assert checked(claim, close_voice(Fixed(supports=0.6))).verdict is Verdict.NOT_ENOUGH_EVIDENCE
    result = checked(claim, close_voice(Fixed(supports=0.8)))
    assert result.verdict is Verdict.SUPPORTED
    assert "model: supports 0.80" in result.explanation


def test_a_loose_paraphrase_still_needs_the_model_to_be_sure() -> None:
    claim = "Harbor Valley's board gave the go-ahead to desalination."
    assert checked(claim, close_voice(Fixed(supports=0.8))).verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert checked(claim, close_voice(Fixed(supports=SURE))).verdict is Verdict.SUPPORTED


def test_what_the_rules_turned_down_for_a_verb_is_not_a_near_paraphrase() -> None:
    """ "has applied for a grant" against "was awarded a grant": the rules' reason is the verb,
    and the model needs its full certainty to overrule it, however many words are shared."""
    source = "The Harbor Valley district has applied for a $120 million grant from the state."
    claim = "The state has awarded the Harbor Valley district a $120 million grant."
    rules = judge_of("district", source, "Harbor Valley water").rule_judgements(claim)
    assert next(j.reason for _, js in rules for j in js) == "does not say awarded"
    voice = close_voice(Fixed(supports=0.9))
    result = judge_of("district", source, "Harbor Valley water", voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE


def test_a_sentence_denying_the_claims_words_is_not_a_near_paraphrase() -> None:
    """ "approved ... for adults, but not for children" says half of "approved for daily use
    in children" and denies its "children": the model needs its full certainty there."""
    source = (
        "The state regulator approved quistamab for adults with chronic back pain on Tuesday, "
        "but not for children. A second trial in children aged 12 to 17 will begin in May."
    )
    voice = ModelVoice(Fixed(supports=0.9), 0.95, 1.01, 1.01, close_at=0.52, close_support_at=0.7)
    judge = judge_of("release", source, "Regulator approves quistamab", voice)
    result = judge.check("Quistamab was approved for daily use in children.")
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE


def test_a_sentence_sharing_few_of_the_claims_words_is_no_paraphrase() -> None:
    """ "The union will hold a strike at the plant" shares a name and a place with "the union
    said it would fight the closure of the plant": however sure the model is, it is no
    paraphrase, and the claim has not enough evidence."""
    source = (
        "Dovrik Foods will close its plant in Quist by June 2031. Ines Okafor of the Pell "
        "Bakers' Union said the union would fight this closure every step of the way."
    )
    title = "Dovrik Foods to close Quist plant"
    claim = "The Pell Bakers' Union will hold a strike and picket the Quist plant all summer."
    rules = judge_of("wire", source, title).rule_judgements(claim)
    wordings = [j.wording for _, js in rules for j in js if j.open_question]
    assert wordings and all(0 < w < MIN_PARAPHRASE_WORDING for w in wordings)
    voice = ModelVoice(Fixed(supports=SURE), 0.9, 1.01, 1.01)
    result = judge_of("wire", source, title, voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE


def test_a_sentence_saying_no_one_was_hurt_never_supports_that_someone_was() -> None:
    """ "and no one in Quist was hurt" shares the town and the verb with "Several Quist
    residents were hurt": however sure the model is, a clause negating the claim's own words
    supports nothing of it."""
    source = (
        "The early evacuation of Quist, ordered on 10 August, probably saved lives: the fire "
        "reached the edge of the town about four hours later, and no one in Quist was hurt."
    )
    claim = "Several Quist residents were hurt when the fire reached the town."
    voice = ModelVoice(Fixed(supports=SURE), 0.9, 1.01, 1.01, close_at=0.5, close_support_at=0.7)
    result = judge_of("review", source, "Pell Fire review", voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE


def test_a_sentence_with_the_opposite_verb_is_not_a_near_paraphrase() -> None:
    """ "ending eight years of Pell Party rule on the council" shares most words with "The Pell
    Party kept its majority on the council", and says the opposite: the model needs its full
    certainty there."""
    source = (
        "Ada Quist of the Tarvia Party won the mayoral election on Thursday, ending eight years "
        "of Pell Party rule on the council and carrying her party to within one seat of a "
        "majority."
    )
    claim = "The Pell Party kept its majority on the council."
    rules = judge_of("paper", source, "Quist wins City Hall").rule_judgements(claim)
    assert [j.wording for _, js in rules for j in js] == [0.0]
    result = judge_of("paper", source, "Quist wins City Hall", close_voice(Fixed(0.9))).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE


def test_what_one_party_argued_is_never_what_another_ruled() -> None:
    """ "The High Court ruled that ..." against "The Pell group had argued that ...", the court
    named only in the title: who said it is the fact, and no model may guess it."""
    source = (
        "The Pell group had argued that Minister Ines Okafor acted unlawfully when she "
        "consented to the transfer."
    )
    claim = (
        "The High Court ruled that Ines Okafor acted unlawfully when she consented to the transfer."
    )
    voice = ModelVoice(Fixed(supports=SURE), 0.9, 1.01, 1.01)
    result = judge_of("wire", source, "High Court rejects Pell challenge", voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "model" not in result.explanation


def test_a_plan_is_never_turned_into_a_deed() -> None:
    """ "will be built" against "had been built": however sure the model is, a sentence that
    gives the claim's deed only as a plan supports no claim that it was done."""
    source = 'Minister Ines Okafor said the Quist Link "will be built, and built on time".'
    claim = "The Quist Link had been built and was carrying power."
    voice = ModelVoice(Fixed(supports=SURE), 0.9, 1.01, 1.01)
    result = judge_of("wire", source, "Okafor promises Quist Link", voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "model" not in result.explanation


def test_another_of_a_series_is_never_the_claims() -> None:
    """ "the first stage" against "its second-stage engine": however sure the model is, a
    sentence that gives the claim's noun only another place in its series is about another."""
    source = "A Pell rocket failed on Tuesday after its second-stage engine shut down early."
    claim = "It was the Pell rocket's first stage that shut down too early."
    voice = ModelVoice(Fixed(supports=SURE), 0.9, 1.01, 1.01)
    result = judge_of("wire", source, "Pell rocket fails", voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "model" not in result.explanation


def test_an_interim_post_is_never_the_permanent_one() -> None:
    """ "named Quist as its permanent chief executive" against "Quist has been interim chief
    executive ... expects to appoint a permanent chief executive": the words are the claim's,
    the post is not, however sure the model is."""
    source = (
        "Mara Quist has been interim chief executive of Pell Freight since May, and the board "
        "expects to appoint a permanent chief executive by the end of the year."
    )
    claim = "The board of Pell Freight has named Mara Quist as its permanent chief executive."
    voice = ModelVoice(Fixed(supports=SURE), 0.9, 1.01, 1.01)
    result = judge_of("wire", source, "Pell Freight's new chief", voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "model" not in result.explanation


def test_who_confirmed_it_is_the_fact_and_no_model_may_guess_it() -> None:
    """ "The regulator confirmed that ..." against what the company's chief said: the sentence
    does not name the regulator, and no model may take its words for the regulator's."""
    source = (
        "Asked whether the new stage had been tested before use, Pell Freight's chief said it "
        'had been "tested thoroughly".'
    )
    claim = "The regulator confirmed that the new stage had been tested thoroughly before use."
    voice = ModelVoice(Fixed(supports=SURE), 0.9, 1.01, 1.01)
    result = judge_of("paper", source, "Pell Freight under fire", voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "model" not in result.explanation


def test_a_recommendation_is_never_turned_into_a_deed() -> None:
    """An item of a list of recommendations ("3. write to each of the 131 patients ...") tells
    what should be done: however sure the model is, it supports no claim that it was done."""
    source = (
        "We recommend that Pell University:\n\n"
        "1. ask the journals concerned to retract 17 papers;\n"
        "2. write to each of the 131 patients who took part in the Quist trial, to explain "
        "what we found;\n"
        "3. apologise to Dr Tarvia."
    )
    claim = "Pell University has written to each of the 131 Quist trial patients."
    voice = ModelVoice(Fixed(supports=SURE), 0.9, 0.95, 0.95)
    result = judge_of("report", source, "Inquiry into the Quist trial", voice).check(claim)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "model" not in result.explanation
