"""A surname alone, within one document, stands for the person named in full before it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.analyse import analyze_document
from factcheck.extract.entities import AliasIndex, extract_entities, title_before
from factcheck.models import AnalyzedSentence, SourceDocument


def analysed(text: str) -> list[AnalyzedSentence]:
    doc = SourceDocument(id="d", path="d.txt", content_hash="d", text=text)
    return analyze_document(doc, AliasIndex())


def people_in(sentence: AnalyzedSentence) -> set[str]:
    return {e.canonical for a in sentence.assertions for e in a.entities}


def terms_of(sentence: AnalyzedSentence) -> set[str]:
    return {t for a in sentence.assertions for t in a.terms}


def test_a_surname_after_the_full_name_is_that_person() -> None:
    first, later, quoted = analysed(
        "Chief engineer Priya Raman opened the tunnel. "
        "Raman said it cost less than planned. "
        '"We finished early," said Raman.'
    )
    assert people_in(first) == {"Priya Raman"}
    for sentence in (later, quoted):
        assert people_in(sentence) == {"Priya Raman"}
        assert {"priya", "raman"} <= terms_of(sentence)


def test_a_surname_two_people_share_stays_unresolved() -> None:
    *_, last = analysed("Priya Raman spoke first. Arjun Raman spoke next. Raman left early.")
    assert "priya" not in terms_of(last) and "arjun" not in terms_of(last)


def test_a_surname_inside_a_longer_name_is_not_the_person() -> None:
    _, street = analysed("Priya Raman opened the tunnel. The road to Raman Street reopened.")
    assert "priya" not in terms_of(street)


def test_a_title_before_a_name_is_not_part_of_the_person() -> None:
    aliases = AliasIndex()
    for text, person in [
        ("Board President Omar Haddad spoke.", "Omar Haddad"),
        ("Deputy Mayor Jun Takeda Ross agreed.", "Jun Takeda Ross"),
    ]:
        assert [e.text for e in extract_entities(text, aliases)] == [person]
    assert [e.text for e in extract_entities("The Lake Council met.", aliases)] == ["Lake Council"]


@settings(max_examples=50, deadline=None)
@given(
    st.sampled_from(["Raman", "Okafor", "Lindqvist"]),
    st.sampled_from(["said", "added", "told reporters"]),
)
def test_only_the_later_mention_gains_the_first_name(surname: str, verb: str) -> None:
    before, _, after = analysed(
        f"{surname} {verb} nothing. Inspector Mira {surname} arrived. {surname} {verb} more."
    )
    assert "mira" not in terms_of(before)
    assert "mira" in terms_of(after)


def test_the_title_before_a_name_is_found_with_its_qualifier() -> None:
    assert title_before("Site manager Ines Okafor", "Ines Okafor") == "Site manager"
    assert title_before("The port's deputy mayor Li Wei", "Li Wei") == "port's deputy mayor"
    assert title_before("Ines Okafor, the site manager", "Ines Okafor") == ""
    assert title_before("Tall Ines Okafor", "Ines Okafor") == ""
