"""The place slot: which names a clause puts something in, and when another place contradicts."""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.entities import AliasIndex, extract_entities
from factcheck.extract.places import extract_places
from factcheck.models import Place, Verdict
from tests.test_matching_rules import C, N, Rule, S, check_against
from tests.test_matching_rules import test_rule as check_rule

ALIASES = AliasIndex()


def places_of(text: str) -> list[Place]:
    return [place for a in analyze(text, AnalysisContext(ALIASES)) for place in a.places]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry terminal will be built in Casmere.", [("Casmere", "in", "town", "built")]),
        ("They opened a bakery near Dovrik Falls.", [("Dovrik Falls", "near", "town", "bakeri")]),
        ("The team landed in Nur-Sultan.", [("Nur-Sultan", "in", "town", "land")]),
        ("Their office in Kazakhstan closed.", [("Kazakhstan", "in", "country", "offic")]),
        ("Their office in the U.K. closed.", [("U.K.", "in", "country", "offic")]),
        ("The herds graze in the Orlen Valley.", [("Orlen Valley", "in", "area", "graze")]),
        ("Rain fell in Northern Casmere.", [("Northern Casmere", "in", "area", "fall")]),
        (
            "The ferry sailed from Casmere to Dovrik.",
            [("Casmere", "from", "town", "sail"), ("Dovrik", "to", "town", "sail")],
        ),
    ],
)
def test_a_name_after_a_place_preposition_is_a_place(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = [(p.text, p.relation, p.kind, p.anchor) for p in places_of(text)]
    assert found == expected


def test_a_town_before_its_airport_is_the_place() -> None:
    [place] = places_of("The plane landed at Casmere airport.")
    assert (place.canonical, place.relation, place.anchor) == ("Casmere", "in", "land")


def test_a_place_resolves_through_the_alias_table() -> None:
    [place] = places_of("The team landed in Nur-Sultan.")
    assert place.canonical == "Astana"


@pytest.mark.parametrize(
    "text",
    [
        "The talks were noted in Tarvia's report.",  # a possessor
        "She worked at the Casmere Ministry of Fisheries.",  # an institution
        "He served in UNDOF for a year.",  # an acronym
        "The leaflet was printed in Kazakh.",  # a language
        "The plane landed in Casmere region.",  # a name qualifying a noun
        "Flights from Spain and Algeria were stopped.",  # one of several
    ],
)
def test_names_that_are_not_the_place_itself_are_not_places(text: str) -> None:
    assert places_of(text) == []


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("in at near to from the Casmere Dovrik's, .-")), max_size=80
    )
)
def test_places_are_exact_spans_of_names(text: str) -> None:
    entities = extract_entities(text, ALIASES)
    for place in extract_places(text, entities):
        assert text[place.start : place.end] == place.text
        assert any((e.start, e.end) == (place.start, place.end) for e in entities)


def row(name: str, claim: str, evidence: str, expected: Verdict, why: str) -> ParameterSet:
    """One place rule as a test case named `name`."""
    return pytest.param(Rule(claim, evidence, expected, why), id=name)


PLACE_RULES = [
    row(
        "same-date-other-town",
        "The fishery ministers of Velmora and Tarvia met in Casmere on 4 May 2031.",
        "The fishery ministers of Velmora and Tarvia met in Dovrik on 4 May 2031.",
        C,
        "the same meeting on the same date in another town",
    ),
    row(
        "other-date-other-town",
        "The fishery ministers of Velmora and Tarvia met in Casmere on 4 May 2031.",
        "The fishery ministers of Velmora and Tarvia met in Dovrik on 9 June 2031.",
        N,
        "another date may be another meeting",
    ),
    row(
        "undated-meeting",
        "The fishery ministers of Velmora and Tarvia met in Casmere.",
        "The fishery ministers of Velmora and Tarvia met in Dovrik.",
        N,
        "with no date, they may have met in both towns",
    ),
    row(
        "country-vs-town",
        "The fishery ministers of Velmora and Tarvia met in Casmere on 4 May 2031.",
        "The fishery ministers of Velmora and Tarvia met in Kazakhstan on 4 May 2031.",
        N,
        "a country is not another town: the town may be in it",
    ),
    row(
        "region-vs-town",
        "The fishery ministers of Velmora and Tarvia met in Casmere on 4 May 2031.",
        "The fishery ministers of Velmora and Tarvia met in the Orlen Valley on 4 May 2031.",
        N,
        "a region may hold the town",
    ),
    row(
        "built-in-vs-built-near",
        "The Orlen ferry terminal will be built in Casmere.",
        "The Orlen ferry terminal will be built near Dovrik, the port authority said.",
        C,
        "a thing is built in one place",
    ),
    row(
        "thing-in-another-town",
        "The Orlen ferry terminal will be built in Casmere.",
        "The port authority agreed to build a new Orlen ferry terminal in Dovrik.",
        C,
        "'a terminal in Dovrik' says where the terminal will be built",
    ),
    row(
        "another-one-elsewhere",
        "The Orlen ferry terminal will be built in Casmere.",
        "Orlen also runs a ferry terminal in Dovrik, which it built in 2010.",
        N,
        "another terminal may stand elsewhere",
    ),
    row(
        "both-towns-named",
        "The Orlen ferry terminal will be built in Casmere.",
        "The Orlen ferry terminal will be built in Dovrik and a marina near Casmere.",
        N,
        "the source names the claim's town too: unsure which goes where",
    ),
    row(
        "same-town",
        "The Orlen ferry terminal will be built in Casmere.",
        "The Orlen ferry terminal will be built in Casmere, the port authority said.",
        S,
        "the same town",
    ),
    # Anyone is born or dies in one place, whatever the date.
    row(
        "born-in-another-town",
        "Ada Voss was born in Casmere.",
        "Ada Voss was born in Dovrik and grew up in Pell.",
        C,
        "anyone is born in one place",
    ),
    row(
        "born-in-another-town-of-a-country",
        "Ada Voss was born in Casmere, Nepal.",
        "Ada Voss was born in Dovrik, Chile, and studied in Pell.",
        C,
        "the country after the town is part of where: the town is another",
    ),
    row(
        "died-in-another-town",
        "Ada Voss died in Casmere.",
        "Ada Voss died in Dovrik in 2031.",
        C,
        "anyone dies in one place",
    ),
    row(
        "lived-in-another-town",
        "Ada Voss lived in Casmere.",
        "Ada Voss lived in Dovrik in 2031.",
        N,
        "one may live in several towns",
    ),
]


@pytest.mark.parametrize("rule", PLACE_RULES)
def test_place_rule(rule: Rule) -> None:
    check_rule(rule)


def test_a_place_contradiction_says_both_places() -> None:
    result = check_against(
        "The Orlen ferry terminal will be built in Casmere.",
        "The Orlen ferry terminal will be built near Dovrik, the port authority said.",
    )
    assert result.explanation.startswith("claim: in Casmere; source: near Dovrik")


def test_an_origin_or_destination_does_not_contradict_a_site() -> None:
    claim = "The fishery ministers of Velmora and Tarvia met in Casmere on 4 May 2031."
    for evidence in (
        "Velmora and Tarvia fishery ministers flew from Dovrik to Casmere on 4 May 2031.",
        "Velmora and Tarvia fishery ministers flew from Casmere to Dovrik on 4 May 2031.",
    ):
        assert check_against(claim, evidence).verdict != C


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Voss was born in Casmere, Nepal.", [("Casmere", "in", "town", "born")]),
        ("Born in Casmere, New Zealand, she moved to Pell.", [("Casmere", "in", "town", "born")]),
        ("Flights landed in Casmere, Dovrik and Pell.", []),
        ("Flights landed in Casmere, Nepal and Pell, Chile.", []),
    ],
)
def test_a_town_followed_by_its_country_is_a_place(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = [(p.text, p.relation, p.kind, p.anchor) for p in places_of(text)]
    assert found[:1] == expected
