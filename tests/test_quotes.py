"""Quotations: found in the sources' own quotations, with the speaker checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.quotations import find_quotations
from factcheck.judge.quotes import check_quotation, compare
from factcheck.models import SourceDocument, Stance, Verdict
from factcheck.sources.read import read_source_file

SPEECH = """\
---
title: Parliament backs observers
published: 2014-12-20
---
# Parliament backs observers

Senators debated the plan on Tuesday. “We are only going to be deploying 20 officers – five \
people to four countries,” Maulen Ashimbayev said after the vote.

Foreign Minister Erlan Idrissov spoke later. “Our observers will not take direct part in \
military actions,” he said.

The defence minister, Adilbek Dzhaksybekov, was asked about the risks. “These are soldiers and \
their work is risky,” the minister answered.
"""


@pytest.fixture
def speech(tmp_path: Path) -> SourceDocument:
    path = tmp_path / "speech.md"
    path.write_text(SPEECH, encoding="utf-8")
    [doc] = read_source_file(path, key="speech.md")
    return doc


def judge(sentence: str, source: SourceDocument) -> tuple[Verdict, str, Stance | None]:
    """The verdict on the one quotation of a draft sentence, its explanation and cited stance."""
    [quotation] = find_quotations(sentence)
    judged = check_quotation(quotation, sentence, [source])
    cited = judged.citations
    return judged.result.verdict, judged.result.explanation, cited[0].stance if cited else None


QUOTE = "We are only going to be deploying 20 officers – five people to four countries"


def test_verbatim_with_the_same_speaker_is_supported(speech: SourceDocument) -> None:
    verdict, why, stance = judge(f"“{QUOTE},” Ashimbayev said.", speech)
    assert verdict is Verdict.SUPPORTED
    assert why.startswith("quotation found verbatim (Maulen Ashimbayev, speech.md, line 7)")
    assert stance is Stance.SUPPORTS


def test_quotes_dashes_and_spacing_are_normalised(speech: SourceDocument) -> None:
    sentence = (
        '"We are only going to be  deploying 20 officers — five people to four countries,"'
        " said Ashimbayev."
    )
    assert judge(sentence, speech)[0] is Verdict.SUPPORTED


def test_near_verbatim_is_supported_and_says_how_near(speech: SourceDocument) -> None:
    sentence = f"“{QUOTE.replace('to be deploying', 'to deploy')},” Ashimbayev said."
    verdict, why, _ = judge(sentence, speech)
    assert verdict is Verdict.SUPPORTED
    assert why.startswith("quotation found near-verbatim (")


def test_an_ellipsis_stands_for_words_left_out(speech: SourceDocument) -> None:
    sentence = (
        "“We are only going to be deploying 20 officers … to four countries,” Ashimbayev said."
    )
    assert judge(sentence, speech)[0] is Verdict.SUPPORTED


def test_a_changed_number_is_contradicted_with_the_differing_words(speech: SourceDocument) -> None:
    sentence = f"“{QUOTE.replace('20', '30')},” Ashimbayev said."
    verdict, why, stance = judge(sentence, speech)
    assert verdict is Verdict.CONTRADICTED
    assert "“30” where the source has “20”" in why
    assert stance is Stance.CONTRADICTS


def test_a_dropped_negation_is_contradicted(speech: SourceDocument) -> None:
    sentence = "Idrissov said: “Our observers will take direct part in military actions.”"
    verdict, why, _ = judge(sentence, speech)
    assert verdict is Verdict.CONTRADICTED
    assert "where the source has “will not”" in why


def test_a_changed_name_is_contradicted(speech: SourceDocument) -> None:
    sentence = f"“{QUOTE.replace('four countries', 'four Idrissov')},” Ashimbayev said."
    verdict, why, _ = judge(sentence, speech)
    assert verdict is Verdict.CONTRADICTED
    assert "“Idrissov” where the source has “countries”" in why
    recased = f"“{QUOTE.replace('four countries', 'Four Countries')},” Ashimbayev said."
    assert judge(recased, speech)[0] is Verdict.SUPPORTED  # case alone changes no word


def test_words_of_another_speaker_are_a_misattribution(speech: SourceDocument) -> None:
    verdict, why, stance = judge(f"“{QUOTE},” Idrissov said.", speech)
    assert verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert why.startswith(
        "misattributed: the source gives these words to Maulen Ashimbayev, not Idrissov"
    )
    assert stance is Stance.UNRELATED


def test_a_pronoun_is_resolved_to_the_person_named_before(speech: SourceDocument) -> None:
    sentence = "“Our observers will not take direct part in military actions,” Idrissov said."
    assert judge(sentence, speech)[0] is Verdict.SUPPORTED
    assert (
        judge(sentence.replace("Idrissov", "Ashimbayev"), speech)[0] is Verdict.NOT_ENOUGH_EVIDENCE
    )


def test_a_role_is_resolved_to_the_person_last_named(speech: SourceDocument) -> None:
    sentence = "“These are soldiers and their work is risky,” Dzhaksybekov said."
    assert judge(sentence, speech)[0] is Verdict.SUPPORTED


def test_a_quotation_no_source_holds_is_not_enough_evidence(speech: SourceDocument) -> None:
    verdict, why, stance = judge(
        "“Kazakhstan will send a thousand soldiers to Mars,” Ashimbayev said.", speech
    )
    assert verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert why == "no source contains this quotation"
    assert stance is None


def test_a_quotation_without_a_speaker_is_judged_on_its_words(speech: SourceDocument) -> None:
    assert judge(f"The plan was “{QUOTE}”.", speech)[0] is Verdict.SUPPORTED


def test_citations_are_exact_spans_of_the_source(speech: SourceDocument) -> None:
    [quotation] = find_quotations(f"“{QUOTE},” Ashimbayev said.")
    [cited] = check_quotation(quotation, QUOTE, [speech]).citations
    assert speech.text[cited.start : cited.end] == cited.text
    assert cited.text.endswith("Maulen Ashimbayev said")
    assert speech.text.splitlines()[cited.line - 1].find("“We are only") >= 0


def test_short_scare_quotes_are_not_quotations() -> None:
    assert find_quotations("Officials called it a “new” beginning in 2024.") == []


def test_comparison_folds_quotes_dashes_spaces_and_case() -> None:
    match = compare("“It’s  Five – Six”\xa0now", '"it\'s five - six" NOW')
    assert match.ratio == 100 and match.share == 1.0 and not match.differences


def test_compare_reports_only_meaningful_differences() -> None:
    match = compare("we will send the 20 officers", "we will send 20 officers")
    assert match.differences == ()
    assert compare("we will send 30 officers", "we will send 20 officers").differences == (
        ("30", "20"),
    )


def test_quotations_end_to_end_through_verify(tmp_path: Path, own_store: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "speech.md").write_text(SPEECH, encoding="utf-8")
    runner = CliRunner()
    indexed = runner.invoke(main, ["index", str(sources), "--store", str(own_store)])
    assert indexed.exit_code == 0, indexed.output
    draft = tmp_path / "draft.md"
    draft.write_text(
        f"“{QUOTE},” Ashimbayev said.\n\n“{QUOTE.replace('20', '30')},” Ashimbayev said.\n\n"
        f"“{QUOTE},” Idrissov said.\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        main, ["verify", "--store", str(own_store), "--format", "json", str(draft)]
    )
    assert result.exit_code == 1, result.output
    verdicts = [r["verdict"] for r in json.loads(result.stdout)["results"]]
    assert verdicts == ["supported", "contradicted", "not_enough_evidence"]
