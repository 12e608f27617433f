"""Comparison rules, one row each: a claim judged against one invented document (context mode).

Every row is (claim, evidence text, expected verdict, why). The document is analysed the way the
indexer analyses a source, each sentence handed to matching with its ±2 neighbours.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import models
from factcheck.extract.analyse import analyze_document
from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.entities import AliasIndex, acronym_definitions
from factcheck.extract.tokens import terms
from factcheck.judge.casting import castings_in, claimed_casting
from factcheck.judge.claims import Judge
from factcheck.judge.event_dates import dated_as_claimed_beside
from factcheck.judge.excess import opposite_excess
from factcheck.judge.figure_match import match_quantity
from factcheck.judge.intervals import SlotMatch
from factcheck.judge.nicknames import claimed_nickname, nickname_agreed
from factcheck.judge.null_findings import denies_a_difference, tells_of_no_difference
from factcheck.judge.opposition import an_instruction, decisive_verb_unsaid
from factcheck.judge.results import results_in
from factcheck.judge.retrieve import TextRetriever
from factcheck.judge.stance import _another_agent
from factcheck.judge.superlatives import superlatives_in
from factcheck.models import ClaimResult, SourceDocument, Verdict

S, C, X, N = (
    Verdict.SUPPORTED,
    Verdict.CONTRADICTED,
    Verdict.CONFLICTING,
    Verdict.NOT_ENOUGH_EVIDENCE,
)
NEIGHBOURS = 2


class Rule(NamedTuple):
    """One comparison rule as a user would state it."""

    claim: str
    evidence: str
    expected: Verdict
    why: str


def document(
    text: str, *, published: str | None = None, title: str | None = None
) -> SourceDocument:
    """An in-memory source document."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return SourceDocument(
        id="doc", path="doc.txt", published=published, content_hash=digest, text=text, title=title
    )


def check_against(
    claim: str, text: str, *, published: str | None = None, title: str | None = None
) -> ClaimResult:
    """Judge a claim against one document, every sentence a candidate with its neighbours."""
    doc = document(text, published=published, title=title)
    aliases = AliasIndex(acronym_definitions(text, doc.id))
    analyzed = analyze_document(doc, aliases)
    sentences = [
        models.EvidenceSentence(
            source=doc,
            sentence=sentence,
            neighbours=tuple(
                other for j, other in enumerate(analyzed) if j != i and abs(j - i) <= NEIGHBOURS
            ),
        )
        for i, sentence in enumerate(analyzed)
    ]
    return Judge(TextRetriever(sentences), aliases).check(claim)


EMBASSIES = "Velmora opened an embassy in Quist in 1993, while Tarvia opened one in Pell in 2003."

MISSION_CHIEF = (
    "The Dovrik mission moved to Pell in May. Dovrik mission chief Ines Okafor said on Monday "
    "that 40 of her staff will stay in Pell."
)

FLEET = (
    "The Pell transit board voted on Tuesday to keep the bus fare at $2.25 and to buy 40 "
    "electric buses. A new garage, in Quist, is planned to open in 2031 for the fleet. Each new "
    "electric bus costs about $1.2 million."
)

SEAT_ON_THE_BOARD = (
    "Velmora is the only inland town to have held a non-voting seat on the Pell Harbour "
    "Board (in 2031-2032)."
)

QUARTER = (
    "Pell Transit carried 3.1 million trips in the first three months of 2031, up 6 percent "
    "from a year earlier. Weekend ridership grew fastest, up 11 percent."
)


RULES = [
    # --- what a study set out to learn supports nothing it might find
    pytest.param(
        Rule(
            "Statin use reduces the risk of hip fracture in older women.",
            "OBJECTIVE To determine whether statin use reduces the risk of hip fracture in older"
            " women.",
            N,
            "an aim asks whether; it does not say so",
        ),
        id="an-aim-is-no-finding",
    ),
    pytest.param(
        Rule(
            "Emergency visits for strokes fell after the Vellish emergency declaration.",
            "This report describes trends in emergency visits for strokes before and after the"
            " Vellish emergency declaration.",
            N,
            "a report that describes trends does not say which way they went",
        ),
        id="a-method-is-no-finding",
    ),
    pytest.param(
        Rule(
            "Statin use reduces the risk of hip fracture in older women.",
            "Statin use reduces the risk of hip fracture in older women, the trial found.",
            S,
            "a finding is one",
        ),
        id="a-finding-supports",
    ),
    # --- "The voyage" names what the sentences before told of
    pytest.param(
        Rule(
            "The voyage of Tarvia's first hospital ship is scheduled for May 2025.",
            "Tarvia's navy announced plans to send its first hospital ship to Pell. This ship will"
            " carry 40 doctors and 12 nurses. The voyage is scheduled for March 2025, with an"
            " agreement to be signed with Pell.",
            C,
            "'The voyage' and 'This ship' point back to Tarvia's first hospital ship",
        ),
        id="a-definite-subject-points-back",
    ),
    # --- a fraction is a share of a whole
    pytest.param(
        Rule(
            "Nearly a third of Pell's voters backed the plan.",
            "In all, 32 percent of Pell's voters backed the plan.",
            S,
            "'nearly a third' is just under 33.3%",
        ),
        id="nearly-a-third-is-32-percent",
    ),
    pytest.param(
        Rule(
            "Nearly a third of Pell's voters backed the plan.",
            "In all, 45 percent of Pell's voters backed the plan.",
            C,
            "45% is no third",
        ),
        id="nearly-a-third-is-not-45-percent",
    ),
    # --- quantities with qualifiers are intervals
    pytest.param(
        Rule(
            "The Veltran ministry hired about 100 inspectors.",
            "The Veltran ministry hired 98 inspectors.",
            S,
            "'about 100' allows 98",
        ),
        id="about-100-vs-98",
    ),
    pytest.param(
        Rule(
            "The Veltran ministry hired about 100 inspectors.",
            "The Veltran ministry hired 130 inspectors.",
            C,
            "'about 100' does not stretch to 130",
        ),
        id="about-100-vs-130",
    ),
    pytest.param(
        Rule(
            "Ostrava Rail will hire up to 430 drivers.",
            "Ostrava Rail will hire 500 drivers.",
            C,
            "500 is above the cap of 430",
        ),
        id="up-to-430-vs-500",
    ),
    pytest.param(
        Rule(
            "Ostrava Rail will hire up to 430 drivers.",
            "Ostrava Rail will hire 400 drivers.",
            N,
            "a smaller figure is consistent with a cap but does not confirm it",
        ),
        id="up-to-430-vs-400",
    ),
    pytest.param(
        Rule(
            "Over 4 million tourists visited Marendia.",
            "About 3 million tourists visited Marendia.",
            C,
            "3 million is below 'over 4 million'",
        ),
        id="over-4-million-vs-3-million",
    ),
    pytest.param(
        Rule(
            "Ostrava Rail hired at least 12 drivers.",
            "Ostrava Rail hired 15 drivers.",
            S,
            "15 is at least 12",
        ),
        id="at-least-12-vs-15",
    ),
    pytest.param(
        Rule(
            "Ostrava Rail hired twenty drivers.",
            "Ostrava Rail hired 20 drivers.",
            S,
            "number words and digits are the same number",
        ),
        id="twenty-vs-20",
    ),
    pytest.param(
        Rule(
            "Turnout in Marendia reached 40 percent.",
            "Turnout in Marendia reached 40%.",
            S,
            "'percent' and '%' are the same unit",
        ),
        id="percent-vs-sign",
    ),
    pytest.param(
        Rule(
            "Marendia spent $8 million on the Brenno Bridge.",
            "Marendia spent $12 million on the Brenno Bridge.",
            C,
            "different amounts of the same currency",
        ),
        id="money-differs",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge closed for six months.",
            "The Brenno Bridge closed for 26 weeks.",
            S,
            "durations compare in days",
        ),
        id="six-months-vs-26-weeks",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge closed for six months.",
            "The Brenno Bridge closed for two years.",
            C,
            "two years is not six months",
        ),
        id="six-months-vs-two-years",
    ),
    pytest.param(
        Rule(
            "Marendia spent $8 million on the Brenno Bridge.",
            "Marendia spent approximately $8 million on the Brenno Bridge.",
            S,
            "the claim states the figure the source gives, without its 'approximately'",
        ),
        id="exact-vs-approximately-same-figure",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge closed for six months.",
            "The Brenno Bridge closed for half a year.",
            S,
            "half a year is six months",
        ),
        id="six-months-vs-half-a-year",
    ),
    # --- dates compare at their granularity
    pytest.param(
        Rule(
            "The Brenno Bridge opened in March 2024.",
            "The Brenno Bridge opened on 15 March 2024.",
            S,
            "15 March 2024 falls in March 2024",
        ),
        id="march-2024-vs-15-march-2024",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge opened in March 2024.",
            "The Brenno Bridge opened in April 2024.",
            C,
            "April is not March",
        ),
        id="march-vs-april",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge opened in 1993.",
            "The Brenno Bridge opened in 2003.",
            C,
            "different years for the same event",
        ),
        id="1993-vs-2003",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge opened in the 1990s.",
            "The Brenno Bridge opened in 1993.",
            S,
            "1993 is in the 1990s",
        ),
        id="decade-vs-year",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge opened in 1993.",
            "The Brenno Bridge opened in the 1990s.",
            N,
            "the 1990s does not say which year",
        ),
        id="year-vs-decade",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge was rebuilt in 2017-2018.",
            "The Brenno Bridge was rebuilt in 2018.",
            S,
            "2018 is inside 2017-2018",
        ),
        id="range-vs-year",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge opened to traffic in May 2019.",
            "The Brenno Bridge opened to traffic after years of delays. "
            "The ceremony took place in May 2019.",
            S,
            "a date may come from a neighbouring sentence",
        ),
        id="date-from-neighbour",
    ),
    # --- negation
    pytest.param(
        Rule(
            "Tarvia recognizes the Oslen government.",
            "Tarvia does not recognize the Oslen government.",
            C,
            "the source negates what the claim asserts",
        ),
        id="source-negates",
    ),
    pytest.param(
        Rule(
            "Tarvia does not recognize the Oslen government.",
            "Tarvia recognizes the Oslen government.",
            C,
            "the claim negates what the source asserts",
        ),
        id="claim-negates",
    ),
    pytest.param(
        Rule(
            "Tarvia is part of the Lumen Pact.",
            "Tarvia is not part of the Lumen Pact.",
            C,
            "'is not part of' denies membership",
        ),
        id="not-part-of",
    ),
    pytest.param(
        Rule(
            "Tarvia does not recognize the Oslen government.",
            "Tarvia does not recognize the Oslen government.",
            S,
            "both sides negate the same thing",
        ),
        id="both-negated",
    ),
    pytest.param(
        Rule(
            "Tarvia sent troops to Pell.",
            "Tarvia sent troops to Pell, but it did not send engineers.",
            S,
            "the negation belongs to the other clause",
        ),
        id="negation-in-other-clause",
    ),
    pytest.param(
        Rule(
            "The Brenno Bridge reopening was not unprecedented.",
            "The Brenno Bridge reopening was unprecedented.",
            C,
            "'not unprecedented' says the opposite of 'unprecedented'",
        ),
        id="litotes-vs-plain",
    ),
    # --- verbs that oppose each other, and refusals that are not negations
    pytest.param(
        Rule(
            "The Pell zoning board rejected the marina expansion.",
            "The Pell zoning board approved the marina expansion on Tuesday.",
            C,
            "approving is the opposite of rejecting, by the same board, of the same project",
        ),
        id="opposite-verbs",
    ),
    pytest.param(
        Rule(
            "The Pell zoning board turned down the marina permit by a 5-2 vote.",
            "The Pell zoning board voted 5-2 to reject a permit for the marina.",
            S,
            "turning down is rejecting: a refusal is a verb, not a negation",
        ),
        id="refusal-paraphrase",
    ),
    pytest.param(
        Rule(
            "Fitch downgraded the Quist port authority's bond rating in March 2022.",
            "In March 2022, Fitch affirmed the Quist port authority's bond rating.",
            C,
            "affirming a rating is keeping it, not lowering it",
        ),
        id="affirmed-is-not-downgraded",
    ),
    pytest.param(
        Rule(
            "The Pell mayor approved the council's budget.",
            "The Pell council rejected the mayor's budget.",
            N,
            "opposite verbs, but the actor and the object have swapped places",
        ),
        id="opposite-verbs-other-roles",
    ),
    pytest.param(
        Rule(
            "The Pell council approved the library budget.",
            "The Pell council rejected an amendment to the library budget.",
            N,
            "rejecting an amendment to the budget is not rejecting the budget",
        ),
        id="opposite-verbs-other-object",
    ),
    pytest.param(
        Rule(
            "The Pell council approved three housing permits in May 2021.",
            "In May 2021, the Pell council rejected three housing permits.",
            N,
            "a council may approve three permits and reject three others",
        ),
        id="opposite-verbs-counted-objects",
    ),
    pytest.param(
        Rule(
            "Norway kept 36 nurses in Bergen in 2021.",
            "In 2021, Norway increased its nurses in Bergen to 36.",
            N,
            "keeping 36 nurses there says where they were, not that their number never rose",
        ),
        id="kept-a-count-is-no-level",
    ),
    pytest.param(
        Rule(
            "Moody's kept Pell's bond rating at AA in 2021.",
            "In 2021, Moody's lowered Pell's bond rating to AA.",
            C,
            "keeping a rating denies lowering it",
        ),
        id="kept-vs-lowered",
    ),
    pytest.param(
        Rule(
            "The Pell copper mine closed in 2015.",
            "The Pell copper mine opened in 1950 and closed in 2015.",
            N,
            "1950 is the date of the opening, another event than the closing",
        ),
        id="opposite-verb-another-event",
    ),
    pytest.param(
        Rule(
            "The Pell savings bank raised its interest rates in May 2022.",
            "In May 2022, the Pell savings bank kept its interest rates unchanged.",
            C,
            "keeping rates unchanged denies raising them, in the same month",
        ),
        id="kept-unchanged-vs-raised",
    ),
    pytest.param(
        Rule(
            "The Pell council will raise parking fees in 2025.",
            "The Pell council will borrow for the new garage in 2025 without raising parking fees.",
            N,
            "an aside that denies the raise neither supports it nor contradicts the claim",
        ),
        id="denied-in-an-aside",
    ),
    pytest.param(
        Rule(
            "Ticket sales at the Pell opera rose 8% in 2021.",
            "Ticket sales at the Pell opera fell 8% in 2021.",
            C,
            "rising and falling by the same amount, of the same thing, in the same year",
        ),
        id="rose-vs-fell",
    ),
    pytest.param(
        Rule(
            "Norway turned down Chile's request to shelter its diplomats in Bergen.",
            "Last spring Chile asked Norway for permission to shelter some of its diplomats in "
            "Bergen, a quiet city. After a week of talks, the Norwegian government accepted "
            "this request.",
            C,
            "'this request' is the one the sentence before describes, and it was accepted",
        ),
        id="opposite-verb-on-an-object-named-before",
    ),
    pytest.param(
        Rule(
            "Norway turned down Chile's request to shelter its diplomats in Bergen.",
            "Last spring Chile asked Norway for permission to shelter some of its diplomats in "
            "Bergen, a quiet city.",
            N,
            "the request is there, the refusal is not",
        ),
        id="a-refusal-must-be-said",
    ),
    pytest.param(
        Rule(
            "The Pell zoning board did not approve the marina expansion.",
            "The Pell zoning board rejected the marina expansion.",
            S,
            "not approving agrees with rejecting",
        ),
        id="negated-opposite-agrees",
    ),
    pytest.param(
        Rule(
            "The Quist transit agency will raise bus fares in 2025.",
            "The Quist transit agency will not increase bus fares in 2025.",
            C,
            "raising is increasing, and the source negates it",
        ),
        id="raise-is-increase",
    ),
    pytest.param(
        Rule(
            "Director Ana Pirelli said the transit agency would not increase fares in 2025.",
            "Director Ana Pirelli said the transit agency will not raise fares in 2025.",
            S,
            "both sides negate the same reported statement",
        ),
        id="reported-negation-agrees",
    ),
    pytest.param(
        Rule(
            "Two Polish sailors were among those rescued from the ferry by the Danish navy.",
            "A Danish navy patrol boat reached the ferry at dawn and took off the crew safely, "
            "along with 14 Swedish sailors and one each from Poland and Norway.",
            C,
            "'Polish' says what the number counts, not who acted: the Danish navy's figure is one",
        ),
        id="counted-nationality-is-not-the-actor",
    ),
    pytest.param(
        Rule(
            "Director Ana Pirelli said the transit agency would not increase fares in 2025.",
            'Director Ana Pirelli spoke after the vote. "The transit agency will not raise fares '
            'in 2025," she said.',
            S,
            "'she' is the speaker the sentence before names",
        ),
        id="reported-by-a-pronoun",
    ),
    pytest.param(
        Rule(
            "Director Ana Pirelli said the transit agency would not increase fares in 2025.",
            "Director Ana Pirelli spoke after the vote. Councillor Omar Reyes disagreed. "
            '"The transit agency will not raise fares in 2025," he said.',
            N,
            "'he' follows another person, not the claim's speaker",
        ),
        id="reported-by-a-pronoun-after-another-person",
    ),
    # --- roles: each clause keeps its own actor and date
    pytest.param(
        Rule(
            "Tarvia opened an embassy in Pell in 1993.",
            EMBASSIES,
            C,
            "1993 belongs to Velmora's embassy; Tarvia's opened in 2003",
        ),
        id="roles-wrong-year",
    ),
    pytest.param(
        Rule(
            "Tarvia opened an embassy in Pell in 2003.",
            EMBASSIES,
            S,
            "Tarvia's own clause gives 2003",
        ),
        id="roles-right-year",
    ),
    pytest.param(
        Rule(
            "Velmora opened an embassy in Quist in 1993.",
            EMBASSIES,
            S,
            "Velmora's own clause gives 1993",
        ),
        id="roles-first-clause",
    ),
    # --- what a number counts
    pytest.param(
        Rule(
            "Tarvia sent 50 engineers to Pell.",
            "Tarvia sent 12 trucks to Pell.",
            N,
            "12 counts trucks, not engineers",
        ),
        id="number-counts-something-else",
    ),
    pytest.param(
        Rule(
            "Tarvia sent 50 engineers to Pell.",
            "Tarvia sent engineers to Pell. The convoy carried 12 engineers of its own.",
            N,
            "a figure in a neighbouring sentence may count something else",
        ),
        id="figure-in-neighbour-never-contradicts",
    ),
    pytest.param(
        Rule(
            "Tarvia sent 50 engineers to Pell.",
            "Tarvia sent 60 engineers to Pell.",
            C,
            "same thing counted, different number",
        ),
        id="same-noun-different-number",
    ),
    # --- relevance
    pytest.param(
        Rule(
            "Tarvia sent 50 engineers to Pell.",
            "The weather in Lisbrook was mild all week.",
            N,
            "the sentence is about something else",
        ),
        id="unrelated-sentence",
    ),
    pytest.param(
        Rule(
            "The Tarvia ministry sent 50 engineers to Pell.",
            "The Quist ministry sent 50 engineers to Pell.",
            N,
            "another country's ministry sent them",
        ),
        id="other-actor-inside-sentence",
    ),
    pytest.param(
        Rule(
            "Tarvia sent 50 engineers to Pell.",
            "Quist sent 50 engineers to Pell.",
            N,
            "another country sent them",
        ),
        id="other-actor-opening-the-sentence",
    ),
    pytest.param(
        Rule(
            "The U.N. sent 30 observers to Pell.",
            "The United Nations sent 30 observers to Pell.",
            S,
            "U.N. is the United Nations",
        ),
        id="alias",
    ),
    pytest.param(
        Rule(
            "The LMANB recorded 14 floods in 2021.",
            "The Lake Monitoring Agency for Northern Basins (LMANB) publishes data yearly. "
            "In 2021 the Lake Monitoring Agency for Northern Basins recorded 14 floods.",
            S,
            "the source defines the acronym",
        ),
        id="acronym-defined-in-source",
    ),
    pytest.param(
        Rule(
            "Varn Books sold more than 975,000 copies.",
            "Varn Books sold 979,603 copies.",
            S,
            "979,603 is more than 975,000, however close to it",
        ),
        id="more-than-a-close-smaller-figure",
    ),
    pytest.param(
        Rule(
            "The Orlo channel has more than 25 million subscribers.",
            "The Orlo channel has more than 26 million subscribers.",
            S,
            "a tighter lower bound implies the looser one",
        ),
        id="tighter-lower-bound",
    ),
    pytest.param(
        Rule(
            "The Orlo channel has more than 27 million subscribers.",
            "The Orlo channel has more than 26 million subscribers.",
            N,
            "a looser lower bound neither confirms nor denies a tighter one",
        ),
        id="looser-lower-bound",
    ),
    pytest.param(
        Rule(
            "The Orlo channel has more than 35 million subscribers.",
            "The Orlo channel has more than 26 million subscribers.",
            C,
            "'more than 26 million' is read as a little over 26 million, not 35",
        ),
        id="lower-bound-far-past",
    ),
    # --- a figure counts only against the figure of the same thing at the same time
    pytest.param(
        Rule(
            "The Brell tour earned $120 million worldwide.",
            "The Brell tour earned $55.4 million in Europe and $43.5 million in Asia, "
            "for a worldwide total of $99 million.",
            C,
            "the worldwide figure is the one that counts",
        ),
        id="the-whole-not-a-part",
    ),
    pytest.param(
        Rule(
            "The Brell tour earned over $98.95 million worldwide.",
            "The Brell tour earned $55.4 million in Europe and $43.5 million in Asia, "
            "for a worldwide total of $99 million.",
            S,
            "the parts do not deny the total",
        ),
        id="parts-do-not-deny-the-total",
    ),
    pytest.param(
        Rule(
            "The Pell council adopted a $395 million budget.",
            "The Pell council adopted a $412 million budget, up from last year's $395 million.",
            C,
            "last year's figure is not this year's",
        ),
        id="last-years-figure",
    ),
    pytest.param(
        Rule(
            "The Pell quarry supplied 4,200 tonnes of gravel in 2022.",
            "Of the 2022 total, 7,500 tonnes of gravel came from Quist Mine, 4,200 tonnes from "
            "the Pell quarry, and 900 tonnes were imported.",
            S,
            "each figure of a list goes with its own source",
        ),
        id="figure-of-another-thing-in-a-list",
    ),
    pytest.param(
        Rule(
            "The Orva mill shipped 31,000 crates in 2023.",
            "The Orva mill shipped 26,500 crates in 2023, down from 31,000 crates in 2022.",
            C,
            "the figure for the claim's year differs; the other is of another year",
        ),
        id="figure-of-another-year",
    ),
    pytest.param(
        Rule(
            "Customers of the Pell utility used 17 percent less water in August than a year "
            "earlier.",
            "Customers of the Pell utility cut their water use by 17 percent in August "
            "compared with August of last year.",
            S,
            "a change against a year earlier is not a figure of a year earlier",
        ),
        id="change-than-a-year-earlier",
    ),
    pytest.param(
        Rule(
            "By September 2023, Lake Orva had dropped to 22 percent of capacity.",
            "Lake Orva, which held 34 percent of its capacity in June 2023, had fallen to "
            "22 percent by September 2023.",
            S,
            "the June figure is of another time",
        ),
        id="figure-of-another-month",
    ),
    pytest.param(
        Rule(
            "More than 100 people spoke during the Pell hearing on water rates.",
            "About 150 people attended the Pell hearing, and 61 of them spoke during the "
            "hearing on water rates.",
            C,
            "the figure whose own words say what the claim's says is the one that counts",
        ),
        id="vague-figure-named-by-its-words",
    ),
    pytest.param(
        Rule(
            "By May 6, the Pell clinic had recorded more than 540 flu cases.",
            "As of 5 May 2021, the Pell clinic had recorded 531 flu cases.",
            N,
            "a count of the day before may have grown by the claim's date",
        ),
        id="figure-dated-by-the-sentence",
    ),
    pytest.param(
        Rule(
            "The Pell clinic has recorded more than 240 flu cases.",
            "The Pell clinic recorded 67 new flu cases on Monday, bringing its total to 255.",
            S,
            "new cases are an increase, not the total",
        ),
        id="new-cases-are-not-the-total",
    ),
    pytest.param(
        Rule(
            "The Vell album sold more than 20 million copies worldwide.",
            "The Vell album sold 8.1 million copies in Norway and an estimated 32 million "
            "copies worldwide.",
            S,
            "the worldwide figure is in the sentence's other clause",
        ),
        id="figure-in-another-clause",
    ),
    # --- a vote tally is a figure
    pytest.param(
        Rule(
            "The Pell board closed the depot on a 6-3 vote.",
            "The Pell board voted 7-2 to close the depot.",
            C,
            "another tally of the same vote",
        ),
        id="tally-6-3-vs-7-2",
    ),
    pytest.param(
        Rule(
            "The Pell board unanimously voted to close the depot.",
            "The Pell board voted 7-2 to close the depot.",
            C,
            "two votes against is not unanimous",
        ),
        id="unanimous-vs-7-2",
    ),
    pytest.param(
        Rule(
            "The Pell board unanimously voted to close the depot.",
            "The Pell board voted 9-0 to close the depot.",
            S,
            "none against is unanimous",
        ),
        id="unanimous-vs-9-0",
    ),
    pytest.param(
        Rule(
            "The Pell board voted 9-0 to close the depot.",
            "The Pell board voted unanimously to close the depot.",
            N,
            "unanimity does not say how many voted",
        ),
        id="9-0-vs-unanimous",
    ),
    # --- several sources, several parts
    pytest.param(
        Rule(
            "Ostrava Rail hired 20 drivers.",
            "Ostrava Rail hired 20 drivers, its annual report said. "
            "A union survey found that Ostrava Rail hired 35 drivers.",
            X,
            "one sentence supports, another contradicts",
        ),
        id="conflicting",
    ),
    pytest.param(
        Rule(
            "Velmora opened an embassy in Quist in 1993 and Tarvia opened one in Pell in 1993.",
            EMBASSIES,
            C,
            "one part of the claim is wrong",
        ),
        id="compound-one-part-wrong",
    ),
    pytest.param(
        Rule(
            "Velmora opened an embassy in Quist in 1993 and Tarvia opened one in Pell in 2003.",
            EMBASSIES,
            S,
            "every part is right",
        ),
        id="compound-all-parts-right",
    ),
    pytest.param(
        Rule(
            "Last month, Israel's aircraft evacuated 34 citizens from Brazil.",
            "Last month, Serbia's aircraft evacuated 13 citizens from Brazil and one from Israel.",
            N,
            "the figure is what another country's aircraft did",
        ),
        id="figure-of-another-country",
    ),
    pytest.param(
        Rule(
            "Last month, Serbia's aircraft evacuated 34 citizens from Brazil.",
            "Last month, Serbia's aircraft evacuated 13 citizens from Brazil and one from Israel.",
            C,
            "the same country's figure differs",
        ),
        id="figure-of-the-same-country",
    ),
    # --- a surname alone refers to the person the document named in full before
    pytest.param(
        Rule(
            "Ines Okafor said crews had replaced 40 beams on the bridge.",
            "Site manager Ines Okafor met reporters on Monday. "
            "Okafor said crews had replaced 40 beams on the bridge.",
            S,
            "'Okafor' is the Ines Okafor named in the sentence before",
        ),
        id="surname-refers-back",
    ),
    pytest.param(
        Rule(
            "Ines Okafor said crews had replaced 40 beams on the bridge.",
            "Site manager Ines Okafor met reporters on Monday. "
            "Her cousin Teo Okafor runs the crane company. "
            "Okafor said crews had replaced 40 beams on the bridge.",
            N,
            "two people named Okafor: the surname alone may be either",
        ),
        id="surname-shared-by-two",
    ),
    pytest.param(
        Rule(
            "Ines Okafor said crews had replaced 40 beams on the bridge.",
            "Okafor said crews had replaced 40 beams on the bridge. "
            "Site manager Ines Okafor met reporters on Monday.",
            N,
            "a surname refers back, never forward",
        ),
        id="surname-before-the-full-name",
    ),
    pytest.param(
        Rule(
            "Port Commissioner Lena Moritz said the dock would close for 3 months.",
            "Port Commissioner Lena Moritz opened the meeting. "
            "Moritz said the dock would close for 3 months.",
            S,
            "the person after the title is Lena Moritz, whom 'Moritz' refers to",
        ),
        id="title-before-a-name",
    ),
    pytest.param(
        Rule(
            "Port commissioner Lena Moritz said the dock would close for 3 months.",
            "Port commissioner Lena Moritz opened the meeting. Gulls circled the pier. "
            "A band played. Fishermen mended nets by the slipway. "
            "Moritz said the dock would close for 3 months.",
            S,
            "a sentence that names the person need not repeat her title",
        ),
        id="title-not-repeated",
    ),
    pytest.param(
        Rule(
            "Ghana had reported more than 9,500 COVID-19 infections by May 3.",
            "Ghana had 9,120 confirmed COVID-19 infections as of May 3, 2021.",
            C,
            "a name with a number in it (COVID-19) before the noun does not hide what is counted",
        ),
        id="hyphened-name-before-the-counted-noun",
    ),
    pytest.param(
        Rule(
            "Kenya recorded over 9,500 measles infections by May 3.",
            "Kenya had 9,120 confirmed measles infections as of May 3, 2031.",
            C,
            "'recorded over 9,500' says how the figure is known; the source need not say so",
        ),
        id="a-tally-verb-is-no-word-to-find",
    ),
    pytest.param(
        Rule(
            "Ada Voss released Saltroads before March 2031.",
            "On 30 September 2031, Saltroads was released as the second single from Ada Voss's "
            "fourth album.",
            C,
            "'the second single' names the song, it measures nothing of its period: the release "
            "date is the claim's event",
        ),
        id="an-ordinal-naming-the-thing-is-no-measure",
    ),
    pytest.param(
        Rule(
            "More than 530 people recovered from measles in Tarvia before 24 April 2031.",
            "As of 23 April 2031, there have been 1,735 confirmed measles cases, 561 recoveries "
            "and 7 deaths in Tarvia.",
            S,
            "people who recovered are recoveries: 561 is over 530, on a day before the 24th",
        ),
        id="people-who-recovered-are-recoveries",
    ),
    pytest.param(
        Rule(
            "No one ever says it, but the Orlen ferry terminal will be built in Casmere.",
            "The mayor announced the closure of the Dovrik smelter. The Orlen ferry terminal "
            "will be built in Casmere, the port authority said.",
            S,
            "'No one ever says it' is about the rest of the claim, not a statement of its own "
            "that any sentence saying 'announced' would deny",
        ),
        id="a-part-of-one-word-is-no-statement",
    ),
    pytest.param(
        Rule(
            "The 2031 Orlen Rankings had Pell University on the 256th spot.",
            "Pell University was ranked 218th in the 2034 Orlen Rankings.",
            N,
            "beside a claim's rank, a rank of another year is another year's measure",
        ),
        id="a-rank-of-another-year-is-no-contradiction",
    ),
    pytest.param(
        Rule(
            "The documentary Salt Roads earned more than $3 million in its opening weekend.",
            "Salt Roads earned $2.1 million in its opening weekend.",
            C,
            "'the documentary' says what Salt Roads is; the sentence naming it need not repeat it",
        ),
        id="kind-of-thing-before-a-name",
    ),
    pytest.param(
        Rule(
            "Salt Roads (documentary) earned $2.1 million in its opening weekend.",
            "Salt Roads earned $2.1 million in its opening weekend.",
            S,
            "a bracketed kind after a name describes it",
        ),
        id="kind-of-thing-in-brackets-after-a-name",
    ),
    pytest.param(
        Rule(
            "The Quist Gazette gave the bakery a score of more than 80%.",
            "The Quist Gazette gave the bakery a score of 74 out of 100.",
            C,
            "74 out of 100 is 74 percent",
        ),
        id="out-of-100-is-a-percentage",
    ),
    pytest.param(
        Rule(
            "Floods hit 11 districts of Pell in May 2021.",
            "In May 2021 floods hit 11 out of 19 districts of Pell.",
            S,
            "the part of a whole counts what the whole counts; the whole is not a figure itself",
        ),
        id="part-of-a-whole",
    ),
    pytest.param(
        Rule(
            "Floods hit 19 districts of Pell in May 2021.",
            "In May 2021 floods hit 11 out of 19 districts of Pell.",
            C,
            "the whole is not what the part counts",
        ),
        id="the-whole-is-not-the-part",
    ),
    pytest.param(
        Rule(
            "Quist's population is more than 20,000.",
            "Quist, a market town, has a population of 18,400.",
            C,
            "a number whose noun is named before it counts that noun on both sides",
        ),
        id="noun-named-before-the-number",
    ),
    pytest.param(
        Rule(
            "Quist's population was more than 20,000 in 2012.",
            "With a 2016 population of 21,400, Quist is the largest town of the valley.",
            N,
            "a population of another year says nothing of 2012's",
        ),
        id="year-before-a-dated-noun",
    ),
    pytest.param(
        Rule(
            "Since 1990, engineers have been unable to raise the Pell dam's output.",
            "Since 1990, engineers have not been able to raise the Pell dam's output.",
            S,
            "'unable to' denies as 'not able to' does: both sides deny the same thing",
        ),
        id="unable-is-a-negation",
    ),
    pytest.param(
        Rule(
            "Pell reported 0 cases of measles by May 2.",
            "As of May 2, there were 12 cases in Quist and no reported cases in Pell.",
            N,
            "Quist's 12 cases are not Pell's, and 'no cases' does not deny '0 cases'",
        ),
        id="a-figure-of-another-place-and-zero-as-none",
    ),
    pytest.param(
        Rule(
            "Pell reported 3 cases of measles by May 2.",
            "As of May 2, there were 12 cases in Quist and no reported cases in Pell.",
            N,
            "a figure the sentence puts in another place is not the claim's place's figure",
        ),
        id="a-figure-of-another-place",
    ),
    pytest.param(
        Rule(
            "Before June 11, Pell had run fewer than 6,000 flood drills.",
            "As of 11 June, after running 7,240 flood drills, Pell stopped.",
            N,
            "a running total on June 11 does not give the total before that day",
        ),
        id="a-total-before-the-day-of-the-sources",
    ),
    pytest.param(
        Rule(
            "The Quist Owls were also named league champions in 2011.",
            "The Quist Owls were named league champions in 1972.",
            N,
            "'also in 2011' adds a year to 1972; it does not deny it",
        ),
        id="also-adds-a-time",
    ),
    pytest.param(
        Rule(
            "The Quist Owls were named league champions in 2011.",
            "The Quist Owls were named league champions in 1972.",
            C,
            "without 'also', the one-off event is dated otherwise",
        ),
        id="without-also-a-date-contradicts",
    ),
    pytest.param(
        Rule(
            "The state has awarded Pell a $40 million grant for the new bridge.",
            "To help pay for the bridge, Pell has applied for a $40 million grant from the state.",
            N,
            "applying for a grant is not being awarded it, however many words they share",
        ),
        id="asked-for-is-not-obtained",
    ),
    pytest.param(
        Rule(
            "The state has awarded Pell a $40 million grant for the new bridge.",
            "Pell applied for a $40 million grant in May, and the state awarded it in June.",
            S,
            "a sentence saying both the request and the grant says the grant",
        ),
        id="asked-for-and-obtained",
    ),
    pytest.param(
        Rule(
            "Ada Voss suffered a knee injury after March 2019.",
            "On April 9, 2019, Ada Voss announced that she had suffered a knee injury in "
            "March 2019.",
            C,
            "the injury's date is the one beside 'suffered a knee injury', not the announcement's",
        ),
        id="the-date-whose-words-are-the-claims",
    ),
    pytest.param(
        Rule(
            "The Pell mill made films between 1981 and 2004.",
            "The Pell mill made films between 1981 and 2003; its best-known one came out in 1993.",
            N,
            "a period says when something began and ended: neither 2003 nor 1993 confirms 2004",
        ),
        id="a-period-is-confirmed-by-the-same-period-only",
    ),
    pytest.param(
        Rule(
            "The Pell mill made films between 1981 and 2003.",
            "The Pell mill made films between 1981 and 2003; its best-known one came out in 1993.",
            S,
            "the same period",
        ),
        id="the-same-period",
    ),
    pytest.param(
        Rule(
            "Pell's ferry crews have never been tested for hearing loss.",
            "Objective: To assess hearing loss among Pell's ferry crews tested in 2021.",
            N,
            "a study's aim asserts nothing: it neither says the crews were tested nor denies it",
        ),
        id="an-aim-asserts-nothing",
    ),
    # --- "planned to", "scheduled to" and "will" say the same: the modality, not a term
    pytest.param(
        Rule(
            "The Quist museum is scheduled to reopen in May 2031.",
            "The Quist museum will reopen in June 2031.",
            C,
            "a reopening scheduled for May is not the one that will be in June",
        ),
        id="scheduled-to-against-will",
    ),
    pytest.param(
        Rule(
            "The Quist museum plans to reopen in May 2031.",
            "The Quist museum is due to reopen in May 2031.",
            S,
            "'plans to' and 'is due to' both say it is planned",
        ),
        id="plans-to-against-due-to",
    ),
    pytest.param(
        Rule(
            "Ada Voss was born after 1970 .",
            "Ada Voss ( born in the port of Pell on November 2 , 1953 ) is an American child "
            "actor , best known for her role of Jo Pell in the drama Saltroads ( 2014 ) and "
            "Mira Quist in the adventure drama Harbor ( 2015 ) .",
            N,
            "the birth is dated 1953 in the sentence: the film's 2014 does not date it",
        ),
        id="a-date-elsewhere-in-the-sentence-is-not-the-claims-when-its-own-words-disagree",
    ),
    pytest.param(
        Rule(
            "Ada Voss was born after 1970 .",
            "Ada Voss ( born November 2 , 1953 ) is an American child actor , best known for "
            "her role of Jo Pell in the drama Saltroads ( 2014 ) .",
            C,
            "a short '( born ... )' after a name is said of the name: 1953 is not after 1970",
        ),
        id="a-birth-date-in-brackets-is-the-names",
    ),
    pytest.param(
        Rule(
            "The sequel to Saltroads was out on December 1 , 2031 .",
            "A sequel to Saltroads was announced on October 4 , 2031 .",
            N,
            "the date of the announcement is not the date of the release",
        ),
        id="an-announcement-date-is-not-the-events",
    ),
    pytest.param(
        Rule(
            "Ada Voss suffered an injury before March 2031 .",
            "On March 4 , 2031 , Ada Voss announced that she had suffered an injury in early "
            "March 2031 .",
            C,
            "what an announcement reports keeps its own date",
        ),
        id="a-reported-date-is-the-events",
    ),
    pytest.param(
        Rule(
            "Ada Voss was the 21st mayor of Pell .",
            "Ada Voss ( born 17 March 1946 ) is a Tarvian politician who was the 22nd mayor of "
            "Pell , a port in western Tarvia .",
            C,
            "the 22nd mayor is not the 21st",
        ),
        id="a-rank-differs",
    ),
    pytest.param(
        Rule(
            "The 2031 Quist Rankings had Pell University on the 256th spot .",
            "The 2031 Quist Rankings ranked Pell University 256th in the world .",
            S,
            "on the 256th spot is ranked 256th",
        ),
        id="a-rank-matches",
    ),
    pytest.param(
        Rule(
            "The Pell Cup is the 4th most attended league of all sports .",
            "The Pell Cup is the most-attended curling league in the world and in 2031 ranked "
            "sixth by average attendance among all sports leagues .",
            C,
            "ranked sixth is not 4th",
        ),
        id="a-rank-in-words",
    ),
    pytest.param(
        Rule(
            "Ada Voss portrayed Mira Quist in Saltroads in 2031.",
            "In 2031 Ada Voss played Mira Quist in Saltroads.",
            S,
            "to portray a role is to play it",
        ),
        id="portrayed-is-played",
    ),
    pytest.param(
        Rule(
            "The first flight with the Quist delegation landed in Pell.",
            "On 18 May, the first flight with the Quist delegation landed at Dovrik airport.",
            C,
            "a first flight lands in one place: at Dovrik airport is in Dovrik, not Pell",
        ),
        id="a-one-off-event-in-another-town",
    ),
    pytest.param(
        Rule(
            "A flight with the Quist delegation landed in Pell.",
            "On 18 May, the first flight with the Quist delegation landed at Dovrik airport.",
            N,
            "another flight may have landed in Pell",
        ),
        id="an-event-that-recurs-may-be-elsewhere-too",
    ),
    # --- a part of a figure, and a figure after another's noun
    pytest.param(
        Rule(
            "Tarvia had more than 1,905 measles cases and over 330 recoveries by 26 April 2031.",
            "As of 26 April 2031, the total number of measles cases registered in Tarvia is "
            "1,998, of which 333 cases have recovered and 10 have died.",
            S,
            "1,998 cases meets the first figure, and 333 cases that have recovered are 333"
            " recoveries, over 330 (10 counts deaths, which deny nothing)",
        ),
        id="a-part-of-a-whole-and-a-figure-after-another",
    ),
    pytest.param(
        Rule(
            "More than 115 people had recovered from measles in Tarvia by 13 April 2031.",
            "As of 13 April 2031, the total number of measles cases registered in Tarvia is 727,"
            " of which 109 cases have recovered so far and 4 have died.",
            C,
            "109 cases have recovered: the recoveries, not the 727 cases in all",
        ),
        id="recoveries-are-the-part-that-recovered",
    ),
    pytest.param(
        Rule(
            "Tarvia had fewer than 1,900 measles cases by 26 April 2031.",
            "As of 26 April 2031, the total number of measles cases registered in Tarvia is "
            "1,998, of which 333 cases have recovered and 10 have died.",
            C,
            "the whole is 1,998 cases",
        ),
        id="the-whole-not-its-part",
    ),
    pytest.param(
        Rule(
            "Tarvia recorded under 2,520 measles fatalities by 26 April 2031.",
            "As of 26 April 2031, Tarvia had 116,801 measles cases with 2,508 deaths.",
            S,
            "fatalities are deaths",
        ),
        id="fatalities-are-deaths",
    ),
    # --- a month without a year is of the year its paragraph last wrote
    pytest.param(
        Rule(
            "The Pell ferry office moved to Quist in May 2030.",
            "In April 2030 the Pell council sold its harbour offices. "
            "The Pell ferry office moved its base to Quist in June.",
            C,
            "'in June' after 'In April 2030' is June 2030, and the move was not in May",
        ),
        id="a-month-takes-the-paragraphs-year",
    ),
    pytest.param(
        Rule(
            "The Pell ferry office moved its base to Quist in June 2030.",
            "In April 2030 the Pell council sold its harbour offices. "
            "The Pell ferry office moved its base to Quist in June.",
            S,
            "'in June' after 'In April 2030' is June 2030",
        ),
        id="a-month-confirmed-with-the-paragraphs-year",
    ),
    pytest.param(
        Rule(
            "The Pell ferry office moved its base to Quist in April 2030.",
            "In April 2030 the Pell council sold its harbour offices. "
            "The Pell ferry office moved its base to Quist in June.",
            C,
            "a month of its own dates the move: April nearby is the sale's",
        ),
        id="a-nearby-date-never-replaces-the-clauses-own",
    ),
    pytest.param(
        Rule(
            "The Pell ferry office moved its base to Quist in April 2030.",
            "In April 2030 the Pell council sold its harbour offices.\n"
            "The Pell ferry office moved its base to Quist in June.",
            N,
            "in a paragraph of its own, 'June' has no year; April in another paragraph is not "
            "the move's month",
        ),
        id="a-yearless-month-in-another-paragraph",
    ),
    # --- who said it, what a body's members are, what a seat and a service are
    pytest.param(
        Rule(
            "Mara Quist, head of the Dovrik mission, said 40 of her staff would stay in Pell.",
            MISSION_CHIEF,
            C,
            "what was said, in another's name: a misattribution denies the claim",
        ),
        id="a-statement-in-another-name",
    ),
    pytest.param(
        Rule(
            "Ines Okafor, the head of the Dovrik mission, said 40 of her staff would stay in Pell.",
            MISSION_CHIEF,
            S,
            "in the right name it is the same statement",
        ),
        id="a-statement-in-its-speakers-name",
    ),
    pytest.param(
        Rule(
            "Mara Quist said 90 of her staff would stay in Pell.",
            MISSION_CHIEF,
            N,
            "another figure said: the sentence tells nothing of what Quist said",
        ),
        id="another-statement-another-speaker",
    ),
    pytest.param(
        Rule(
            "Mara Quist said the mission would close its office in Pell.",
            MISSION_CHIEF,
            N,
            "something else said: nothing of what Quist said",
        ),
        id="something-else-said",
    ),
    pytest.param(
        Rule(
            "All 38 senators at the session voted for the Pell treaty.",
            "The 38 members of the Senate at the session voted for the Pell treaty.",
            S,
            "45 members of the Senate are senators",
        ),
        id="members-of-the-senate-are-senators",
    ),
    pytest.param(
        Rule(
            "All 40 senators at the session voted for the Pell treaty.",
            "The 38 members of the Senate at the session voted for the Pell treaty.",
            C,
            "another count of the Senate's members",
        ),
        id="another-count-of-senators",
    ),
    pytest.param(
        Rule(
            "Velmora sat on the Pell Harbour Board as a non-voting member in 2029-2030.",
            SEAT_ON_THE_BOARD,
            C,
            "a seat on a body is sitting on it, in other years",
        ),
        id="a-seat-in-other-years",
    ),
    pytest.param(
        Rule(
            "Velmora sat on the Pell Harbour Board as a non-voting member in 2031-2032.",
            SEAT_ON_THE_BOARD,
            S,
            "a seat on a body is sitting on it",
        ),
        id="a-seat-is-sitting",
    ),
    pytest.param(
        Rule(
            "The Pell utility supplies water to more than 90,000 people.",
            "The Pell utility serves about 61,000 people through 20,000 service connections.",
            C,
            "serving people is supplying them: another count",
        ),
        id="supplying-is-serving-another-count",
    ),
    pytest.param(
        Rule(
            "The Pell utility provides water to about 61,000 people.",
            "The Pell utility serves about 61,000 people through 20,000 service connections.",
            S,
            "serving people is providing for them",
        ),
        id="providing-is-serving",
    ),
    # --- a figure of the same thing at the same time; the date of a doing
    pytest.param(
        Rule(
            "The Pell transit board voted to buy 40 electric buses for $46.8 million.",
            FLEET,
            N,
            "a fare is no price for a fleet: sums 1000 times apart measure different things",
        ),
        id="a-fare-is-no-fleets-price",
    ),
    pytest.param(
        Rule(
            "The Pell transit board voted to keep the bus fare at $2.25 million.",
            FLEET,
            C,
            "a slip of scale is still a wrong figure",
        ),
        id="a-slip-of-scale",
    ),
    pytest.param(
        Rule(
            "The new Quist garage will cost about $80 million.",
            FLEET,
            N,
            "a figure of the bus is no figure of the garage named only in the sentence before",
        ),
        id="a-bus-price-is-no-garage-cost",
    ),
    pytest.param(
        Rule(
            "Each new electric bus costs about $1.2 million.",
            FLEET,
            S,
            "the same sum for the same thing",
        ),
        id="the-same-sum",
    ),
    pytest.param(
        Rule(
            "Each new electric bus costs about $2 million.",
            FLEET,
            C,
            "another sum for the same thing",
        ),
        id="another-sum",
    ),
    pytest.param(
        Rule(
            "Weekend ridership rose 9 percent in 2030.",
            QUARTER,
            N,
            "the undated sentence speaks of the time of the one before it: 2031, not 2030",
        ),
        id="an-undated-figure-of-another-year",
    ),
    pytest.param(
        Rule(
            "Weekend ridership rose 9 percent in 2031.",
            QUARTER,
            C,
            "the undated sentence's figure, of the claim's year",
        ),
        id="an-undated-figure-of-the-claims-year",
    ),
    pytest.param(
        Rule(
            "The Pell lighthouse was built in 1890.",
            "The Pell lighthouse, built in 1880, draws about 9,000 visitors a year.",
            C,
            "what happens once has one year, whatever else the clause counts",
        ),
        id="built-in-another-year",
    ),
    pytest.param(
        Rule(
            "The Pell lighthouse was built in 1880.",
            "The Pell lighthouse, built in 1880, draws about 9,000 visitors a year.",
            S,
            "built in the same year",
        ),
        id="built-in-the-same-year",
    ),
    pytest.param(
        Rule(
            "The Pell lighthouse was painted in 1890.",
            "The Pell lighthouse, painted in 1880, draws about 9,000 visitors a year.",
            N,
            "a doing that may come again is no one-off: painted in 1880 and again in 1890",
        ),
        id="painted-again",
    ),
    pytest.param(
        Rule(
            "Two ministers, Ines Okafor and Mara Quist, voted against the Pell treaty.",
            "The Pell treaty passed on Monday. Ministers Ines Okafor and Mara Quist voted no.",
            S,
            "a count of people named right after it is the count of those names",
        ),
        id="a-count-named",
    ),
    pytest.param(
        Rule(
            "Three ministers, Ines Okafor and Mara Quist, voted against the Pell treaty.",
            "The Pell treaty passed on Monday. Ministers Ines Okafor and Mara Quist voted no.",
            N,
            "three counted, two named: the names do not confirm the count",
        ),
        id="a-count-not-named",
    ),
    pytest.param(
        Rule(
            "The Pell ferry board raised the day fare to $4.50.",
            "The Pell ferry board voted on Monday to keep the day fare at $3.75 for a third year.",
            C,
            "opposite changes put the fare at two levels: the source's level denies the claim's",
        ),
        id="another-level",
    ),
    pytest.param(
        Rule(
            "The Pell ferry board raised the day fare by $0.50.",
            "The Pell ferry board voted on Monday to keep the day fare at $3.75 for a third year.",
            N,
            "a change by an amount is no level: the opposite verbs alone leave it open",
        ),
        id="a-change-by-an-amount",
    ),
    # --- a bound on a sum or a share is how a figure is restated
    pytest.param(
        Rule(
            "The Velmora Story earned more than $54.5 million in total.",
            "The Velmora Story has grossed $54 million worldwide.",
            C,
            "a bound on a sum: its unit says what is measured, so half the claim's words deny it",
        ),
        id="a-bound-on-a-sum",
    ),
    pytest.param(
        Rule(
            "The Velmora Story earned less than $54.5 million in total.",
            "The Velmora Story has grossed $55 million worldwide.",
            C,
            "the same, from above",
        ),
        id="a-bound-on-a-sum-from-above",
    ),
    pytest.param(
        Rule(
            "The Velmora Story earned $54.5 million in total.",
            "The Velmora Story has grossed $55 million worldwide.",
            N,
            "an exact sum needs more of the claim's words: another sum of the story may differ",
        ),
        id="an-exact-sum-is-no-bound",
    ),
    pytest.param(
        Rule(
            "The Velmora Story earned more than $54.5 million in total.",
            "The Velmora Story has grossed $12 million worldwide.",
            N,
            "a sum far from the bound, with half the claim's words, may be another thing's",
        ),
        id="a-far-sum-is-no-restated-bound",
    ),
    pytest.param(
        Rule(
            "The Quist duo had a career shorter than 16 years.",
            "Over their 15-year career, the Quist duo sold 50 million records.",
            S,
            "'shorter than' bounds a length from above, as 'fewer than' a count",
        ),
        id="shorter-than-is-a-bound",
    ),
    pytest.param(
        Rule(
            "The Quist duo had a career longer than 16 years.",
            "Over their 15-year career, the Quist duo sold 50 million records.",
            C,
            "'longer than' from below: 15 years is not longer than 16",
        ),
        id="longer-than-is-a-bound",
    ),
    # --- names
    pytest.param(
        Rule(
            "The Pell Hour is a comedy TV series.",
            "The Pell Hour is an American comedy television series created by Mara Quist.",
            S,
            "TV is television: the abbreviation names nothing the sentence lacks",
        ),
        id="tv-is-television",
    ),
    # --- where a figure is
    pytest.param(
        Rule(
            "The Velmora Story earned $55.7 million outside of Canada.",
            "The Velmora Story grossed $55.7 million in Canada, and $62.2 million in other "
            "territories.",
            N,
            "a figure in Canada is no figure for outside it: the same number does not confirm",
        ),
        id="outside-is-not-in",
    ),
    pytest.param(
        Rule(
            "The Velmora Story earned $80 million outside Canada.",
            "The Velmora Story grossed $55.7 million in Canada.",
            N,
            "nor does another number deny it",
        ),
        id="outside-is-not-denied-by-in",
    ),
    pytest.param(
        Rule(
            "Quist Bank has less than 5 million customers and about 20 million through partner "
            "banks in Pell.",
            "Quist Bank has 1.5 million shareholders and 4.5 million customers worldwide, with a "
            "further 20 million customers through partner banks in Pell.",
            N,
            "the figure that restates the claim's 'about 20 million' is that one's: it denies "
            "no other of the claim's figures",
        ),
        id="a-restated-figure-is-spoken-for",
    ),
    pytest.param(
        Rule(
            "Quist Bank has less than 5 million customers and about 20 million through partner "
            "banks in Pell.",
            "Quist Bank has 6.5 million customers at home, with a further 20 million customers "
            "through partner banks in Pell.",
            C,
            "a figure no other of the claim's restates still denies",
        ),
        id="an-unspoken-figure-denies",
    ),
    pytest.param(
        Rule(
            "Dovrik's new album had a bleak reception.",
            "Dovrik's new album had a warm reception.",
            C,
            "'bleak' reviews are negative ones, and a positive reception denies them",
        ),
        id="bleak-is-a-negative-tone",
    ),
    pytest.param(
        Rule(
            "Dovrik's memoir was published after March 2021.",
            "Dovrik's first memoir, Tides, publishes in November 2020.",
            C,
            "'publishes' is the verb 'published' in another tense",
        ),
        id="publishes-is-published",
    ),
    pytest.param(
        Rule(
            "Quist Press publishes ferry timetables.",
            "Publishers of ferry timetables include Quist Press and Pell Books.",
            S,
            "a publisher of something publishes it",
        ),
        id="a-publisher-publishes",
    ),
    pytest.param(
        Rule(
            "The Velmora Story was remade on 15 January 2018.",
            "The Velmora Story is remaking on 15th January 2017 with a new cast.",
            C,
            "'remade' and 'remaking' are one verb",
        ),
        id="remade-is-remaking",
    ),
    pytest.param(
        Rule(
            "Mara Quist plays Tova Lind in Salt Roads.",
            "In Salt Roads, Tova Lind ( Mara Quist ) leaves Pell by night with her brother.",
            S,
            "a plot summary names each actor in brackets after the role",
        ),
        id="role-with-its-actor-in-brackets",
    ),
    pytest.param(
        Rule(
            "Tova Lind is portrayed by Mara Quist in Salt Roads.",
            "Salt Roads stars Ines Okafor as the ferry captain and Mara Quist as Tova Lind.",
            S,
            "a cast list pairs them with 'as'",
        ),
        id="actor-as-role",
    ),
    pytest.param(
        Rule(
            "Mara Quist plays Tova Lind in Salt Roads.",
            "In Salt Roads, Tova Lind ( Ines Okafor ) leaves Pell by night with her brother.",
            C,
            "the role is given to another actor, and the claim's is not named",
        ),
        id="role-given-to-another-actor",
    ),
    pytest.param(
        Rule(
            "Mara Quist plays Tova Lind in Salt Roads.",
            "In Salt Roads, Tova Lind ( Ines Okafor ) meets her older self, played by Mara Quist.",
            S,
            "a role may have two actors: the other one named beside the claim's denies nothing",
        ),
        id="two-actors-for-one-role",
    ),
    pytest.param(
        Rule(
            "Mara Quist plays Tova Lind in Salt Roads.",
            "In Harbour Lights, Tova Lind ( Mara Quist ) leaves Pell by night with her brother.",
            N,
            "the pairing in another film is not the claim's",
        ),
        id="casting-in-another-film",
    ),
    pytest.param(
        Rule(
            "Dovrik played Velmora in the cup semi.",
            "In the cup semi, Velmora ( Pell United ) beat Quist Town on penalties.",
            N,
            "a side playing another is no casting, whatever the brackets say",
        ),
        id="a-match-is-not-a-casting",
    ),
    # --- a place in a series, however written: "Week 14" is "the 14th week"
    pytest.param(
        Rule(
            "Mara Quist tore a ligament in the 14th round of the league.",
            "In Round 14, Mara Quist tore a ligament and missed the rest of the league.",
            S,
            "the 14th round and round 14 are one place in the series",
        ),
        id="round-14-is-the-14th-round",
    ),
    pytest.param(
        Rule(
            "In episode 15 of the second season, Dovrik is arrested for theft.",
            "In episode 8 of season 2, Dovrik is arrested for theft.",
            C,
            "another episode of the same season is another place in the series",
        ),
        id="another-episode",
    ),
    pytest.param(
        Rule(
            "Quist and Pell collided before the 59th lap.",
            "Running behind Pell, Quist collided with him on lap 57.",
            S,
            "lap 57 comes before the 59th",
        ),
        id="a-lap-before-a-bound",
    ),
    pytest.param(
        Rule(
            "Quist and Pell collided after the 59th lap.",
            "Running behind Pell, Quist collided with him on lap 57.",
            C,
            "lap 57 is not after the 59th",
        ),
        id="a-lap-not-after-a-bound",
    ),
    pytest.param(
        Rule(
            "Salt Roads drew 15% fewer viewers in its second season than in its first season.",
            "In its second season, Salt Roads drew 8.4 million viewers, a drop of 15%, finishing"
            " 6th.",
            N,
            "a chart place is no season: the first season is not said",
        ),
        id="a-chart-place-is-no-season",
    ),
    pytest.param(
        Rule(
            "The population of Velmora is approximately more than 328,000.",
            "Velmora is estimated to have a population of 327,996 as of June.",
            C,
            "an approximation before a bound does not loosen it: 327,996 is not more than 328,000",
        ),
        id="an-approximate-bound-is-a-bound",
    ),
    # --- who beat whom, said from either side, with its score
    pytest.param(
        Rule(
            "Pell Rovers defeated Dovrik City 3-1 in the cup.",
            "In the cup, Dovrik City lost 3–1 to Pell Rovers at home.",
            S,
            "losing to the winner is the same result, and the score is the claim's",
        ),
        id="lost-to-is-defeated-by",
    ),
    pytest.param(
        Rule(
            "Pell Rovers defeated Dovrik City 3-1 in the cup.",
            "In the cup, Dovrik City lost 2–0 to Pell Rovers at home.",
            C,
            "the same result with another score",
        ),
        id="the-same-result-another-score",
    ),
    pytest.param(
        Rule(
            "Dovrik City defeated Pell Rovers in the cup.",
            "In the cup, Dovrik City lost to Pell Rovers at home.",
            N,
            "the result the other way round is no support, and two sides may meet again",
        ),
        id="a-result-the-other-way-round",
    ),
    pytest.param(
        Rule(
            "Pell Rovers defeated Dovrik City 3-1 in the cup.",
            "In the cup, Dovrik City were beaten by Pell Rovers at home.",
            N,
            "the claim's score is said nowhere",
        ),
        id="a-score-said-nowhere",
    ),
    pytest.param(
        Rule(
            "Pell Rovers won against Dovrik City.",
            "Pell Rovers' first win was a 1–0 victory over Dovrik City, in the fifth round.",
            S,
            "a victory over the loser is a win against it",
        ),
        id="a-victory-over-is-a-win-against",
    ),
    pytest.param(
        Rule(
            "Pell Rovers were relegated after a 4-0 home defeat by Dovrik City.",
            "Pell Rovers were relegated after losing 4-0 at home to Dovrik City.",
            S,
            "a defeat by the winner is losing to it",
        ),
        id="a-defeat-by-is-losing-to",
    ),
    pytest.param(
        Rule(
            "Dovrik City beat Pell Rovers 4-1.",
            "Pell Rovers were relegated after losing 4-0 at home to Dovrik City.",
            C,
            "the same result with another score",
        ),
        id="losing-to-with-another-score",
    ),
    pytest.param(
        Rule(
            "Pell Rovers won the league by five points.",
            "Pell Rovers beat Dovrik City 3-1 on Saturday to win the league by two points.",
            C,
            "won is a form of win: the margin is the claim's figure",
        ),
        id="won-is-win",
    ),
    # --- "he" or "she" is who the sentence before is about
    pytest.param(
        Rule(
            "Ines Okafor is expected to be out for about six months.",
            "Ines Okafor tore a knee ligament in the cup draw. Scans confirmed the injury on"
            " Monday, and she is expected to be out for about six months.",
            S,
            "she is the one the sentence before is about",
        ),
        id="she-is-the-one-before",
    ),
    pytest.param(
        Rule(
            "Ines Okafor is expected to be out for about six months.",
            "Mara Quist met Ines Okafor in the cup draw. Scans confirmed the injury on Monday,"
            " and she is expected to be out for about six months.",
            N,
            "the sentence before is about another person, who may be the one meant",
        ),
        id="she-may-be-another",
    ),
    # --- a change from one level to another
    pytest.param(
        Rule(
            "Velmora season tickets will cost £135 in 2032.",
            "Velmora season ticket prices will rise from £120 to £135 in 2032.",
            S,
            "£135 is the level reached",
        ),
        id="the-level-reached",
    ),
    pytest.param(
        Rule(
            "Velmora season tickets will cost £150 in 2032.",
            "Velmora season ticket prices will rise from £120 to £135 in 2032.",
            C,
            "£135, not £150; £120 is the level left behind, not the claim's",
        ),
        id="not-the-level-reached",
    ),
    pytest.param(
        Rule(
            "Velmora season tickets will go up to £150 in 2032.",
            "Velmora season ticket prices will rise from £120 to £135 in 2032.",
            C,
            "going up to £150 is a new level, not a cap that £135 meets",
        ),
        id="going-up-to-is-a-level",
    ),
    pytest.param(
        Rule(
            "Average ridership in Pell fell this season.",
            "Figures published on Friday showed that average ridership across Pell rose 8 percent"
            " this season, to 640.",
            C,
            "this season says when, not what fell or rose",
        ),
        id="this-season-is-when",
    ),
    # --- figures said in other words
    pytest.param(
        Rule(
            "Tarvia confirmed more than 30 additional measles cases on 12 March 2031.",
            "On 12 March 2031, Tarvia reported 22 new measles cases.",
            C,
            "new cases are additional ones: 22, not more than 30",
        ),
        id="new-is-additional",
    ),
    pytest.param(
        Rule(
            "The Pell airport ranked # 4 on the list of the busiest airports in Velmora.",
            "In 2031 the Pell airport handled 8.2 million passengers, making it the fourth"
            " busiest airport in Velmora.",
            S,
            "# 4 is a place in an order, as fourth is",
        ),
        id="hash-4-is-fourth",
    ),
    pytest.param(
        Rule(
            "Mara Quist joined the Pell band when she was 22 years old.",
            "A teacher by training, Mara Quist joined the Pell band aged 22.",
            S,
            "aged 22 is 22 years old",
        ),
        id="aged-22-is-22-years-old",
    ),
    pytest.param(
        Rule(
            "Most measles deaths in Tarvia were of patients aged over 70 years.",
            "Most measles deaths in Tarvia were of patients aged 70 or older.",
            S,
            "70 or older is a floor, not the figure 70: it does not deny 'over 70'",
        ),
        id="or-older-is-a-floor",
    ),
    pytest.param(
        Rule(
            "Velmora annexed Quist in the 17th century.",
            "Quist was annexed by Velmora in 1583.",
            C,
            "1583 is in the 16th century, not the 17th",
        ),
        id="a-century-is-its-years",
    ),
    # --- what someone is known as
    pytest.param(
        Rule(
            "Mara Quist is known as `` Tova ''.",
            "Mara `` Tova '' Quist was born in Pell in 1961.",
            S,
            "a nickname inside the name is what she is known as",
        ),
        id="a-nickname-inside-a-name",
    ),
    pytest.param(
        Rule(
            "Ines Okafor's nickname is Dovrik.",
            "Ines Okafor, known by the nickname `` Dovrik '', joined the crew in Pell.",
            S,
            "known by the nickname, in a sentence naming her",
        ),
        id="known-by-the-nickname",
    ),
    pytest.param(
        Rule(
            "Mara Quist is known as `` Tova ''.",
            "Mara `` Velmora '' Quist was born in Pell in 1961.",
            N,
            "another nickname denies nothing: one may go by several",
        ),
        id="another-nickname",
    ),
    # --- a difference between two levels is no level
    pytest.param(
        Rule(
            "Nurses in Pell had 8 sick days a year.",
            "Nurses in Pell had 3 fewer sick days a year than nurses in Quist.",
            N,
            "3 fewer sick days is how far apart two levels are, not Pell's level",
        ),
        id="a-difference-is-no-level",
    ),
    pytest.param(
        Rule(
            "Nurses in Pell had 3 more sick days a year than nurses in Quist.",
            "Nurses in Pell had 3 fewer sick days a year than nurses in Quist.",
            N,
            "3 more and 3 fewer are differences the other way round, not the same figure",
        ),
        id="a-difference-the-other-way",
    ),
    pytest.param(
        Rule(
            "Nurses in Pell had 3 fewer sick days a year than nurses in Quist.",
            "Nurses in Pell had 3 fewer sick days a year than nurses in Quist, a survey found.",
            S,
            "the same difference",
        ),
        id="the-same-difference",
    ),
    # --- a finding of no difference
    pytest.param(
        Rule(
            "Nurses in Pell took sick leave less often than nurses in Quist.",
            "The survey found no significant difference between the two groups of hospitals "
            "in how often nurses in Pell and Quist took sick leave.",
            C,
            "no difference denies the claim's 'less often than'",
        ),
        id="no-difference-denies-a-comparison",
    ),
    pytest.param(
        Rule(
            "Nurses in Pell took sick leave less often than nurses in Quist.",
            "The survey assumed no significant difference between the two groups of hospitals "
            "in how often nurses in Pell and Quist took sick leave.",
            N,
            "a difference assumed away is a supposition, not a finding",
        ),
        id="a-supposed-no-difference",
    ),
    # --- a figure alone in brackets restates the words around them
    pytest.param(
        Rule(
            "41 percent of nurses in Pell saw their sick days at least halved.",
            "Nearly four in ten nurses in Pell (41 percent) saw their sick days fall by at "
            "least half, against 17 percent of nurses on the placebo.",
            S,
            "the bracketed 41 percent is the share of Pell's nurses, not the 17 percent after",
        ),
        id="a-figure-alone-in-brackets",
    ),
    # --- a start happens once
    pytest.param(
        Rule(
            "A survey of nurses in Pell will start in January 2033.",
            "The team will begin a second survey of nurses aged 30 to 40 in Pell in "
            "September 2032.",
            C,
            "a survey begins once: September 2032 is not January 2033, whatever ages it counts",
        ),
        id="a-start-happens-once",
    ),
    # --- "but not for X": the verb of the clause before, denied for X
    pytest.param(
        Rule(
            "The Pell council approved the Dovrik plan for children.",
            "The Pell council approved the Dovrik plan for adults with a licence on Tuesday, "
            "but not for children.",
            C,
            "'but not for children' denies the approval for children",
        ),
        id="but-not-for-another",
    ),
    pytest.param(
        Rule(
            "The Pell council approved the Dovrik plan for adults.",
            "The Pell council approved the Dovrik plan for adults with a licence on Tuesday, "
            "but not for children.",
            S,
            "the approval for adults stands",
        ),
        id="but-not-for-another-leaves-the-first",
    ),
    pytest.param(
        Rule(
            "Quistamab reduced sick days among nurses with chronic back pain.",
            "Quistamab reduced sick days among nurses in chronic, but not in episodic, back pain.",
            S,
            "what 'but not in episodic' denies is 'episodic', not the back pain both share",
        ),
        id="but-not-denies-its-own-word",
    ),
    # --- only one thing is the most of its kind
    pytest.param(
        Rule(
            "Dizziness was the most common side effect of quistamab.",
            "Nausea was the most common side effect, affecting 14 percent of nurses on quistamab.",
            C,
            "nausea was the most common side effect, so dizziness was not",
        ),
        id="another-holds-the-top",
    ),
    pytest.param(
        Rule(
            "Dovrik Lake is the largest lake in Pell.",
            "The largest lake in Pell is Quist Water, which holds 3 billion litres.",
            C,
            "the largest lake in Pell is another",
        ),
        id="another-holds-the-top-said-first",
    ),
    pytest.param(
        Rule(
            "Dovrik Lake is the largest lake in Tarvia.",
            "The largest lake in Pell is Quist Water.",
            N,
            "the top of another place's lakes",
        ),
        id="the-top-of-another-scope",
    ),
    pytest.param(
        Rule(
            "Dovrik Lake is the largest lake in Pell.",
            "Quist Water is one of the largest lakes in Pell.",
            N,
            "one of the largest is one of several",
        ),
        id="one-of-the-largest",
    ),
    # Business news (the sixth domain's lessons, on invented firms).
    pytest.param(
        Rule(
            "Dovrik Foods has agreed to buy Pell Dairies.",
            "Pell Dairies has agreed to buy Dovrik Foods for $40 million.",
            N,
            "the buyer and the bought the other way round",
        ),
        id="parties-the-other-way-round",
    ),
    pytest.param(
        Rule(
            "Quist Media bought Harbourlight.",
            "Quist Media bought Tarvia Studios, the maker of Harbourlight, in 2031.",
            N,
            "the same buyer bought another firm",
        ),
        id="the-doer-did-it-to-another",
    ),
    pytest.param(
        Rule(
            "Quist Media bought Tarvia Studios.",
            "Quist Media bought Tarvia Studios, the maker of Harbourlight, in 2031.",
            S,
            "the same buyer and the same firm bought",
        ),
        id="the-doer-did-it-to-the-claimed-party",
    ),
    pytest.param(
        Rule(
            "Pell Freight expects an operating margin of about 12 percent.",
            "Pell Freight expects an operating margin of about 11 percent.",
            C,
            "two round figures are the same only if one rounds to the other",
        ),
        id="about-12-is-not-about-11",
    ),
    pytest.param(
        Rule(
            "Pell Freight's sales grew about 12 percent.",
            "Pell Freight's sales grew 11 percent.",
            C,
            "about 12 percent reaches 11.5, not 11",
        ),
        id="about-12-does-not-reach-11",
    ),
    pytest.param(
        Rule(
            "Pell Freight employs about 1,200 drivers.",
            "Pell Freight employs 1,240 drivers.",
            S,
            "1,240 rounds to about 1,200",
        ),
        id="about-1200-reaches-1240",
    ),
    pytest.param(
        Rule(
            "Pell Freight will shut its Quist factory, eliminating 340 jobs.",
            "Pell Freight will close its plant in Quist, cutting 340 jobs.",
            S,
            "shut is close, a factory a plant, eliminating jobs cutting them",
        ),
        id="business-synonyms",
    ),
    pytest.param(
        Rule(
            "Ines Okafor will join the Pell Freight board after she steps down.",
            "Ines Okafor will step down as head of Pell Freight in March. Okafor will stay on "
            "as an adviser but will not join the board.",
            N,
            "joining the board is its own statement, which the source denies",
        ),
        id="after-she-is-a-clause-of-its-own",
    ),
    pytest.param(
        Rule(
            "Pell Freight's third-quarter profit was $31.8 million.",
            "Pell Freight's profit for the three months to September was $31.8 million.",
            S,
            "a quarter is a time, never a figure",
        ),
        id="a-quarter-is-no-figure",
    ),
    pytest.param(
        Rule(
            "Pell Freight expects revenue of $1.6bn in 2031.",
            "Pell Freight expects revenue of $1.6 billion in 2031.",
            S,
            "$1.6bn is $1.6 billion",
        ),
        id="a-scale-written-onto-the-digits",
    ),
    pytest.param(
        Rule(
            "Pell Freight's earnings per share were 94 cents.",
            "Pell Freight reported earnings per share of $0.94.",
            S,
            "94 cents is $0.94",
        ),
        id="cents-are-hundredths-of-a-dollar",
    ),
    pytest.param(
        Rule(
            "Pell Freight expects 2031 revenue of $1.6 billion.",
            "In 2031, Pell Freight expects revenue of $1.6 billion.",
            S,
            "the year before revenue dates it",
        ),
        id="a-year-before-revenue-dates-it",
    ),
    pytest.param(
        Rule(
            "Pell Freight's net profit in 2030 was $31.8 million.",
            "Pell Freight reported a net profit of $31.8 million (2030: $36.1 million).",
            N,
            "2030 labels the figure in brackets, not $31.8 million",
        ),
        id="a-labelled-figure-keeps-its-date",
    ),
    pytest.param(
        Rule(
            "Pell Freight shares rose more than 6 percent.",
            "Pell Freight shares are listed in Quist. Pell Freight expects an operating margin "
            "of about 11 percent.",
            N,
            "a bound met from afar by a figure of another thing",
        ),
        id="a-bound-met-from-afar",
    ),
    pytest.param(
        Rule(
            "Pell Freight will restart share buybacks in 2031.",
            "Pell Freight will pay a dividend of 28 cents a share in 2031. A restart of "
            "buybacks is under review.",
            N,
            "the claim's words are in the sentence after, not this one",
        ),
        id="neighbours-complete-words-never-say-most",
    ),
    pytest.param(
        Rule(
            "Pell Freight's order backlog stood at $1.06 billion at the end of September 2031.",
            "Pell Freight reported a record order backlog of $1.16 billion at September 30, 2031.",
            C,
            "'stood at' and 'the end of' are no words a source must repeat",
        ),
        id="stood-at-the-end-of",
    ),
    pytest.param(
        Rule(
            "Pell Freight's operating margin widened to 12.9 percent.",
            "Pell Freight's operating margin fell to 11.2 percent from 12.9 percent.",
            C,
            "the level reached is 11.2 percent; 12.9 percent is the level left",
        ),
        id="the-level-left-after-the-level-reached",
    ),
    pytest.param(
        Rule(
            "Pell Freight's shares dropped 6.3% to $48.20 on the day weak quarterly results "
            "came out.",
            "Pell Freight shares fell 6.3 percent to $48.20 in Quist trading.",
            S,
            "two exact figures matched pin the fact down, whatever words date it",
        ),
        id="two-exact-figures-need-fewer-words",
    ),
    pytest.param(
        Rule(
            "Pell Freight's net profit rose 12 percent.",
            "Pell Freight reported a 12 percent fall in net profit on Tuesday.",
            C,
            "a fall in net profit is said of net profit, as 'net profit fell' is",
        ),
        id="a-fall-in-the-thing-denies-its-rise",
    ),
    pytest.param(
        Rule(
            "Pell Freight's revenue fell 12 percent.",
            "Pell Freight reported a 12 percent fall in net profit on Tuesday, and Pell Freight "
            "revenue grew.",
            N,
            "a fall in net profit is no fall in revenue",
        ),
        id="a-change-in-another-thing",
    ),
    pytest.param(
        Rule(
            "Pell Freight revenue rose 7.4 percent from a year earlier.",
            "Pell Freight revenue rose 7.4 percent to $412.6 million from $384.2 million a "
            "year earlier.",
            S,
            "'from a year earlier' says what the change is measured against, not an old value",
        ),
        id="a-change-from-a-year-earlier",
    ),
    pytest.param(
        Rule(
            "Pell Freight's margin rose 11 percent.",
            "Pell Freight's revenue forecast rose, and its margin rose to 11 percent.",
            N,
            "rising 11 percent is a change; rising to 11 percent a level",
        ),
        id="a-change-is-no-level",
    ),
    pytest.param(
        Rule(
            "Once late ballots were counted, Ines Okafor's winning margin over Mara Quist stood "
            "at 4,573 votes.",
            "With late ballots still to be counted, Ines Okafor had 48,312 votes, or 44.6 "
            "percent, to Mara Quist's 43,905.",
            N,
            "a winning margin is no tally of votes",
        ),
        id="a-margin-is-no-tally",
    ),
    pytest.param(
        Rule(
            "Ines Okafor won the count by 5,473 votes.",
            "With late ballots still to be counted, Ines Okafor had 48,312 votes, or 44.6 "
            "percent, to Mara Quist's 43,905.",
            N,
            "won by 5,473 votes is a margin, not her 48,312 votes",
        ),
        id="won-by-is-a-margin",
    ),
    pytest.param(
        Rule(
            "Ines Okafor beat Mara Quist by 4,573 votes.",
            "Ines Okafor had 48,312 votes, and her lead of 4,573 votes over Mara Quist held.",
            S,
            "a lead of 4,573 votes is the margin she won by",
        ),
        id="a-lead-is-a-margin",
    ),
    pytest.param(
        Rule(
            "A recount in the ninth ward overturned the election-night result.",
            "A hand recount in Tarvia's Ward 9 has overturned the election-night result.",
            S,
            "the ninth ward is Ward 9, whose owner's name does not make it a title",
        ),
        id="the-ninth-ward-is-ward-9",
    ),
    pytest.param(
        Rule(
            "Turnout at the 2031 Tarvia election was 42.3 percent.",
            "In the Tarvia election on 6 May 2031, 110,097 ballots were cast. That was a turnout "
            "of 42.3 percent, compared with 38.9 percent at the election of 4 May 2027.",
            S,
            "the date after 'compared with' is the compared figure's, not the turnout's",
        ),
        id="a-compared-figures-date-denies-nothing",
    ),
    # --- a plan is not its deed; a vote's tally in words; a role before a name
    pytest.param(
        Rule(
            "Free ferry rides for pensioners began in Pell in September 2031.",
            "Pell mayor Ines Okafor said free ferry rides for pensioners would begin in September "
            "2031 as planned.",
            N,
            "'would begin' tells of a plan; it does not say the rides began",
        ),
        id="a-plan-is-not-its-deed",
    ),
    pytest.param(
        Rule(
            "Free ferry rides for pensioners began in Pell in September 2031.",
            "Free ferry rides for pensioners began in Pell in September 2031, as Mayor Ines "
            "Okafor had promised.",
            S,
            "a deed done as promised is done",
        ),
        id="a-deed-done-as-promised",
    ),
    pytest.param(
        Rule(
            "The jury was unanimous in convicting Mara Quist of fraud.",
            "The jury convicted Mara Quist of fraud by a majority of ten to two.",
            C,
            "a majority of ten to two is two votes short of unanimous",
        ),
        id="a-majority-in-words-is-no-unanimity",
    ),
    pytest.param(
        Rule(
            "The Dovrik board unanimously approved the merger.",
            "The Dovrik board approved the merger by seven votes to two.",
            C,
            "seven votes to two, written in words, is a tally with two against",
        ),
        id="votes-to-in-words-is-a-tally",
    ),
    pytest.param(
        Rule(
            "The Pell council split 5-2 on the budget.",
            "The Pell council approved the budget by five votes to two.",
            S,
            "split 5-2 is the tally, not a range from 2 to 5",
        ),
        id="split-is-a-tally",
    ),
    pytest.param(
        Rule(
            "Contractor Ines Okafor admitted the theft of the Pell pumps.",
            "Ines Okafor admitted the theft of the Pell pumps in court.",
            S,
            "'Contractor' before her name is her role, not part of it",
        ),
        id="a-role-before-a-name-is-no-part-of-it",
    ),
    # --- a court's verdicts and a defendant's pleas
    pytest.param(
        Rule(
            "Mara Quist was acquitted of money laundering.",
            "The jury convicted Mara Quist of fraud, false accounting and money laundering.",
            C,
            "convicted and acquitted deny each other; the passive's subject is the active's object",
        ),
        id="acquitted-against-convicted",
    ),
    pytest.param(
        Rule(
            "Mara Quist was found guilty of money laundering.",
            "The jury convicted Mara Quist of fraud, false accounting and money laundering.",
            S,
            "found guilty is convicted",
        ),
        id="found-guilty-is-convicted",
    ),
    pytest.param(
        Rule(
            "The jury found Mara Quist not guilty of fraud over the £700,000 paid to Pell "
            "Advisory.",
            "The jury could not reach a verdict on a further fraud count against Mara Quist "
            "concerning £700,000 paid to Pell Advisory.",
            N,
            "no verdict is no acquittal, though every other word is there",
        ),
        id="no-verdict-is-no-acquittal",
    ),
    pytest.param(
        Rule(
            "Mara Quist admitted the charges against her.",
            "Mara Quist denied all the charges and did not testify.",
            C,
            "'did not testify' negates another verb: 'denied' stays opposed to 'admitted'",
        ),
        id="denied-against-admitted-beside-a-negation",
    ),
    pytest.param(
        Rule(
            "Ines Okafor admitted fraud in September 2031.",
            "Ines Okafor pleaded guilty to fraud on 14 September 2031.",
            S,
            "pleading guilty is admitting",
        ),
        id="pleaded-guilty-is-admitted",
    ),
    pytest.param(
        Rule(
            "Mara Quist admitted the charges against her.",
            "19 February 2031: Mara Quist charged with six offences.",
            N,
            "being charged is not admitting the charges",
        ),
        id="charged-is-not-admitted",
    ),
    # --- holding what one has is keeping it, which denies losing it
    pytest.param(
        Rule(
            "Tarvia lost the title in 2031.",
            "Tarvia held on to the title in 2031.",
            C,
            "held on to is kept, the opposite of lost",
        ),
        id="held-on-to-is-not-lost",
    ),
    pytest.param(
        Rule(
            "The Pell Party kept its two council seats.",
            "The Pell Party held its two seats, in the fourth and eleventh wards.",
            S,
            "held its two seats is kept them",
        ),
        id="held-its-seats-is-kept",
    ),
    pytest.param(
        Rule(
            "The Pell Party lost its two seats in 2031.",
            "The Pell Party held its two seats in 2031.",
            C,
            "held its two seats is kept them, the opposite of lost: its own seats, not two others",
        ),
        id="held-its-seats-is-not-lost",
    ),
    pytest.param(
        Rule(
            "Prosecutors alleged that Mara Quist took £2.4 million.",
            "The prosecution had alleged that Mara Quist took a total of £2.4 million.",
            S,
            "the prosecution is the prosecutors",
        ),
        id="prosecutors-are-the-prosecution",
    ),
    pytest.param(
        Rule(
            "The jurors deliberated for about 19 hours.",
            "The jury had deliberated for about 19 hours over four days.",
            S,
            "the jury is its jurors",
        ),
        id="jurors-are-the-jury",
    ),
    # --- emergencies: orders lifted or extended, judgements of too much, who was not hurt
    pytest.param(
        Rule(
            "Officials extended the evacuation order for eastern Pell on August 19.",
            "Thousands of residents of eastern Pell went home on Aug. 19 after Quist County "
            "officials lifted the evacuation order.",
            C,
            "lifting an order is the opposite of extending it",
        ),
        id="lifted-against-extended",
    ),
    pytest.param(
        Rule(
            "The county lifted the curfew in Pell on 3 May.",
            "The county imposed a curfew in Pell on 3 May.",
            C,
            "imposing a curfew is the opposite of lifting it",
        ),
        id="imposed-against-lifted",
    ),
    pytest.param(
        Rule(
            "The Pell Kestrels will leave the city after voters rejected the stadium tax.",
            "Voters also rejected the stadium tax, a half-cent sales tax that would have paid "
            "for a new stadium for the Pell Kestrels in the city.",
            N,
            "every word but the verb of what will happen: the sentence says nothing of leaving",
        ),
        id="what-will-happen-needs-its-verb",
    ),
    pytest.param(
        Rule(
            "Ada Pell took 51.7 percent of the vote in the 2038 mayoral race.",
            "In the 2038 mayoral election, Ada Pell of the Quist Party had 44,388 votes, or 40.47 "
            "percent.",
            C,
            "'took ... of the vote' says what 'had ... votes' says; a race is an election",
        ),
        id="took-a-share-of-the-vote-is-had-it",
    ),
    pytest.param(
        Rule(
            "The federal government approved a major disaster declaration for Pell County on 1 "
            "September 2039.",
            "PELL COUNTY, Quist, Sept. 2 (Wire) — The Tarvia Fire was declared fully contained on "
            "1 September 2039. Its final size was put at 48,260 acres. Fewer than 200 "
            "firefighters remain. Also on 1 September 2039, the federal government approved a "
            "major disaster declaration for the county.",
            S,
            "'the county' is the county the story named last",
        ),
        id="the-county-is-the-one-named-before",
    ),
    pytest.param(
        Rule(
            "The federal government approved a major disaster declaration for Pell County on 1 "
            "September 2039.",
            "PELL COUNTY, Quist, Sept. 2 (Wire) — The fire was declared fully contained on 1 "
            "September 2039. Its final size was put at 48,260 acres. Fewer than 200 firefighters "
            "remain. Dovrik County sent crews. Also on 1 September 2039, the federal government "
            "approved a major disaster declaration for the county.",
            N,
            "'the county' after Dovrik County was named is Dovrik County",
        ),
        id="the-county-is-the-last-one-named",
    ),
    pytest.param(
        Rule(
            "The last evacuation orders, for Quist and Tarvia, were lifted on 19 August 2039.",
            "The county also lifted the evacuation warning for western Pell on 19 August 2039, "
            "but orders stay in force for Quist and Tarvia.",
            N,
            "orders that stay in force for Quist are kept there, not lifted",
        ),
        id="stay-in-force-is-not-lifted",
    ),
    pytest.param(
        Rule(
            "The inquiry found that Route 9 had been closed too early on 10 August.",
            "The inquiry also found that Route 9 was closed too late on 10 August.",
            C,
            "too late is the other side of the scale from too early",
        ),
        id="too-late-against-too-early",
    ),
    pytest.param(
        Rule(
            "The inquiry found that Route 9 had been closed too late on 10 August.",
            "The inquiry also found that Route 9 was closed too late on 10 August.",
            S,
            "the same judgement agrees",
        ),
        id="too-late-with-too-late",
    ),
    pytest.param(
        Rule(
            "Quist was evacuated on Aug. 10, several hours before the flames reached the town.",
            "The early evacuation of Quist, ordered on the afternoon of 10 August, saved lives: "
            "the fire reached the edge of the town about four hours later, and no one in Quist "
            "was hurt.",
            S,
            "'and no one ... was hurt' is a clause of its own: its negation denies nothing else",
        ),
        id="and-no-one-opens-a-clause",
    ),
    pytest.param(
        Rule(
            "The Pell Fire was 60 percent contained by Sunday, Aug. 14, 2039.",
            "The Pell Fire was 60 percent contained on Friday, Aug. 19, 2039, up from 15 percent "
            "on Sunday, Aug. 14.",
            C,
            "the date after 'up from' is the earlier figure's: the 60 percent's is Aug. 19",
        ),
        id="a-date-after-up-from-is-the-earlier-figures",
    ),
    pytest.param(
        Rule(
            "The Pell Fire was 15 percent contained on Aug. 14, 2039.",
            "The Pell Fire was 60 percent contained on Friday, Aug. 19, 2039, up from 15 percent "
            "on Sunday, Aug. 14.",
            N,
            "the later figure, with a date of its own, does not deny the earlier one",
        ),
        id="a-later-figure-does-not-deny-the-earlier",
    ),
    pytest.param(
        Rule(
            "The Pell Fire broke out on 9 August 2039.",
            "The Pell Fire started at about 2:40 p.m. on 9 August 2039 in Quist Canyon.",
            S,
            "a fire that breaks out starts",
        ),
        id="broke-out-is-started",
    ),
    pytest.param(
        Rule(
            "The Pell Fire started on the afternoon of 9 August 2039.",
            "The Pell Fire started at about 2:40 p.m. on 9 August 2039 in Quist Canyon.",
            S,
            "2:40 p.m. is in the afternoon",
        ),
        id="a-clock-time-says-the-part-of-the-day",
    ),
    pytest.param(
        Rule(
            "The Pell Fire started on the morning of 9 August 2039.",
            "The Pell Fire started at about 2:40 p.m. on 9 August 2039 in Quist Canyon.",
            N,
            "2:40 p.m. is not in the morning",
        ),
        id="a-clock-time-is-not-another-part-of-the-day",
    ),
    pytest.param(
        Rule(
            "The Pell Fire broke out on 11 August 2039.",
            "The Pell Fire burned 48,000 acres. The county and the fire service have begun a "
            "review of the response, which they expect to publish in November 2039.",
            N,
            "the month dates the publishing, not the fire's start",
        ),
        id="a-date-of-another-infinitive-denies-nothing",
    ),
    pytest.param(
        Rule(
            "At its peak on Saturday, August 13, 2039, the Pell Fire had 1,740 firefighters "
            "assigned to it.",
            "Staffing on the Pell Fire peaked on 13 August 2039, when 2,300 firefighters were "
            "assigned to it.",
            C,
            "a date between commas is part of the opener, not the subject",
        ),
        id="a-date-between-commas-opens-the-clause",
    ),
    # --- a dock strike (the tenth domain's kinds of sentence, other names and figures)
    pytest.param(
        Rule(
            "The walkout at Pell Basin began on Monday, 4 March 2041.",
            "11 March 2041, 6 a.m.: members at Pell Basin walk out",
            C,
            "an event that began on a day is what the timeline dates; its clock time counts "
            "nothing",
        ),
        id="a-walkout-began-on-its-day",
    ),
    # --- a train crash (the eleventh domain's kinds of sentence, other names and figures)
    pytest.param(
        Rule(
            "The Pell depot gang had all its posts filled when the crash happened.",
            "When the crash happened, the Pell depot gang had only 9 of its 15 posts filled.",
            C,
            "9 of its 15 posts is not all its posts",
        ),
        id="a-part-is-not-all",
    ),
    pytest.param(
        Rule(
            "There were 164 passengers on the Pell train on 3 May 2041.",
            "Five passengers died when the Pell train crashed on 3 May 2041.",
            N,
            "the passengers who died are not the passengers aboard",
        ),
        id="a-count-of-the-dead-is-not-a-count-aboard",
    ),
    pytest.param(
        Rule(
            "More than 160 passengers were aboard the Pell train that crashed.",
            "The Pell train crashed near Quist on 3 May 2041. It was carrying 151 passengers, a "
            "driver and a conductor.",
            C,
            "who is aboard is what a train carries",
        ),
        id="aboard-is-carried",
    ),
    pytest.param(
        Rule(
            "Quist Rail will bear 85 percent of the cost of the Pell scheme.",
            "Tarvia Track will meet 85 percent of the cost of the Pell scheme and Quist Rail the "
            "rest.",
            C,
            "the 85 percent is Tarvia Track's; Quist Rail bears the rest",
        ),
        id="the-rest-is-another-share",
    ),
    # --- a restitution (the twelfth domain's kinds of sentence, other names and figures)
    pytest.param(
        Rule(
            "The five Pell plaques whose history could not be traced were returned to Quist in "
            "March 2047.",
            "The five Pell plaques were returned to Quist in March 2047.",
            S,
            "the denial in the subject's relative clause says which plaques, not that they were "
            "not returned",
        ),
        id="a-denial-in-a-relative-clause-is-no-denial",
    ),
    pytest.param(
        Rule(
            "Five Pell plaques were returned to Quist.",
            "Five Pell plaques were left out of the return to Quist.",
            C,
            "left out of the return is not returned",
        ),
        id="left-out-of-is-not-in",
    ),
    pytest.param(
        Rule(
            "Five Pell plaques were returned to Quist in 2047.",
            "Pell said its research into five plaques, which were left out of the return to "
            "Quist, would be published in 2047.",
            N,
            "the aside denies their return; the sentence dates the research",
        ),
        id="an-aside-leaving-them-out-supports-nothing",
    ),
    pytest.param(
        Rule(
            "Ines Okafor hosted the Straight But Not Narrow game to raise funds for Pell.",
            "Since 2031 she has hosted the Straight But Not Narrow game in Quist, which raises "
            "funds for Pell, said Ines Okafor.",
            S,
            "a capitalised Not inside a sentence is part of a name, no negation",
        ),
        id="not-in-a-name-is-no-negation",
    ),
    pytest.param(
        Rule(
            "The five plaques whose history is unknown were returned to Quist in early 2047.",
            "Pell should complete its research into the five plaques whose history is unknown, "
            "and report to Quist by the end of 2046.",
            N,
            "the figure says which plaques; the clause dates a report, not their return",
        ),
        id="a-figure-in-the-subject-does-not-date-another-doing",
    ),
    pytest.param(
        Rule(
            "Twenty Pell plaques will stay in Quist.",
            "The other five Pell plaques will stay in Quist while research continues.",
            N,
            "the other five are another group than the twenty",
        ),
        id="the-other-five-are-another-group",
    ),
    pytest.param(
        Rule(
            "The new Pell museum will cost about 48 million velts.",
            "The government paid the first 5 million velts of its 15 million velt contribution to "
            "the new Pell museum.",
            N,
            "5 million is a part of another sum, no cost of the museum",
        ),
        id="a-part-of-a-sum-is-no-cost",
    ),
    pytest.param(
        Rule(
            "The first Pell handover returned 38 objects to Quist.",
            "The handover was the first under the Pell agreement, under which ownership of 141 of "
            "the 146 objects passed to Quist.",
            N,
            "the figures are the relative clause's, whose doing is a passing of ownership",
        ),
        id="a-relative-clauses-figure-is-its-own",
    ),
    pytest.param(
        Rule(
            "More than 40 objects went back to Quist in the first Pell handover.",
            "The handover was the first under the Pell agreement, under which ownership of 141 of "
            "the 146 objects passed to Quist.",
            N,
            "146 objects passed in ownership; none is said to have gone back at the handover",
        ),
        id="a-relative-clauses-figure-supports-nothing-else",
    ),
    pytest.param(
        Rule(
            "The 20 Pell plaques on show in Corby remain Quist's property.",
            "Quist gave up its claim to the Pell plaques in 2041. The 20 Pell plaques on show in "
            "Corby are on loan to the museum from Tarvia.",
            C,
            "a lender owns what it lends: the plaques are Tarvia's, not Quist's",
        ),
        id="a-loan-says-whose-it-is",
    ),
    pytest.param(
        Rule(
            "The 20 Pell plaques on show in Corby belong to Tarvia.",
            "The 20 Pell plaques on show in Corby are on loan to the museum from Tarvia.",
            S,
            "what Tarvia lends belongs to Tarvia",
        ),
        id="a-loan-says-whose-it-is-met",
    ),
    pytest.param(
        Rule(
            "Pell sold 12 percent fewer tickets than Quist.",
            "Pell sold 12 percent more tickets than Quist.",
            C,
            "12 percent fewer is not 12 percent more (it had been supported on the figure)",
        ),
        id="fewer-is-not-more",
    ),
    pytest.param(
        Rule(
            "Ridership on Pell Transit in 2031 was 8 percent higher than in 2029.",
            "Ridership on Pell Transit in 2031 was 8 percent lower than in 2029.",
            C,
            "8 percent higher is not 8 percent lower",
        ),
        id="higher-is-not-lower",
    ),
    pytest.param(
        Rule(
            "Ridership on Pell Transit in 2031 was 8 percent higher than in 2029.",
            "Pell Transit's ridership in 2031 was 8% higher than in 2029.",
            S,
            "the same comparison, the same way",
        ),
        id="higher-is-higher",
    ),
    # --- a blackout (the thirteenth domain's kinds of sentence, other names and figures)
    pytest.param(
        Rule(
            "Pell's call centre answered 71 percent of the 212,000 calls it received on 16 July.",
            "On 16 July Pell's call centre received 212,000 calls, of which 71 percent went "
            "unanswered.",
            N,
            "went unanswered is not answered (it had been supported on the figures)",
        ),
        id="went-unanswered-is-not-answered",
    ),
    pytest.param(
        Rule(
            "All 40 Pell passengers were harmed.",
            "All 40 Pell passengers were unharmed.",
            N,
            "unharmed is not harmed",
        ),
        id="unharmed-is-not-harmed",
    ),
    pytest.param(
        Rule(
            "Pell Water appealed against its $5.2 million fine.",
            "The regulator fined Pell Water $5.2 million on Tuesday.",
            N,
            "a fine is not an appeal against it",
        ),
        id="a-fine-is-not-an-appeal",
    ),
    pytest.param(
        Rule(
            "Pell Water appealed against its $5.2 million fine.",
            "Pell Water has appealed against the $5.2 million fine the regulator imposed on "
            "Tuesday.",
            S,
            "the appeal said",
        ),
        id="an-appeal-said",
    ),
    pytest.param(
        Rule(
            "Pell Power finished clearing its tree backlog by the end of 2049.",
            "Pell Power says it will clear the whole tree backlog by the end of 2049.",
            N,
            "a promise to clear it is not having finished clearing it",
        ),
        id="finished-clearing-is-done-clearing",
    ),
    pytest.param(
        Rule(
            "The Quist Link to Pell had been built and was carrying power.",
            "Minister Ines Okafor said the Quist Link, a cable to Pell, will be built on time and "
            "will carry power from 2052.",
            N,
            "will be built is a plan, not had been built (it had been supported on the words)",
        ),
        id="had-been-built-is-no-plan",
    ),
    pytest.param(
        Rule(
            "At least 500,000 of the Quist district's residents were evacuated.",
            "By Friday 310,000 of the district's 1.2 million residents had been evacuated from "
            "Quist.",
            C,
            "the part evacuated is 310,000; 1.2 million is the whole (it had supported the bound)",
        ),
        id="a-part-is-not-met-by-the-whole",
    ),
    # --- a doping case (the fourteenth domain's kinds of sentence, other names and figures)
    pytest.param(
        Rule(
            "Ines Okafor must repay 24,500 florins in prize money, but she no longer has to pay "
            "4,000 florins in costs.",
            "Ines Okafor must repay her prize money and pay 4,000 florins in costs.",
            N,
            "4,000 florins is the claim's other figure, the costs, not the prize money's",
        ),
        id="a-figure-of-another-part-of-the-claim",
    ),
    pytest.param(
        Rule(
            "Ines Okafor must repay 24,500 florins in prize money.",
            "Her Pell win carried prize money of 16,500 florins and her Quist title prize money "
            "of 8,000 florins, which Ines Okafor must repay.",
            N,
            "16,500 and 8,000 are the parts of the 24,500",
        ),
        id="parts-adding-up-deny-nothing",
    ),
    pytest.param(
        Rule(
            "Mara Quist was presented in June 2050 with the Pell gold medal she had missed in May "
            "2049.",
            "Mara Quist was presented with the Pell gold medal on June 19, 2050.",
            N,
            "June 19, 2050 is the claim's other date, not a denial of its May 2049",
        ),
        id="a-date-of-another-part-of-the-claim",
    ),
    pytest.param(
        Rule(
            "The Pell panel accepted the athlete's explanation.",
            "The Pell panel does not accept, however, that the athlete bore no significant fault.",
            N,
            "not accepting that she bore no fault finds her at fault, no denial of accepting",
        ),
        id="a-denied-denial-decides-nothing",
    ),
    pytest.param(
        Rule(
            "Coach Mara Quist has completed the Pell education course.",
            "Last week the Pell committee gave coach Mara Quist a warning and ordered her to "
            "complete the Pell education course.",
            N,
            "ordered to complete it is not having completed it",
        ),
        id="ordered-to-is-not-done",
    ),
    pytest.param(
        Rule(
            "Ines Okafor asked for her Pell B sample to be analysed.",
            "Ines Okafor has the right to ask for her Pell B sample to be analysed.",
            N,
            "the right to ask is not asking",
        ),
        id="the-right-to-ask-is-not-asking",
    ),
    # --- a failed launch (the fifteenth domain's kinds of sentence, other names and figures)
    pytest.param(
        Rule(
            "The Pell court cut the ban from four years to two and a half years.",
            "The Pell court reduced the four-year ban to 30 months.",
            S,
            "two and a half years are 30 months, and 'four-year ban' is the level left",
        ),
        id="two-and-a-half-years-are-30-months",
    ),
    pytest.param(
        Rule(
            "The Pell council cut the bus fare from $2 to $1.50.",
            "The Pell council cut the bus fare from $2 to $1.25 on Monday.",
            C,
            "the fare reached is $1.25, not $1.50 (the change is no range from $2 to $1.50)",
        ),
        id="a-change-with-its-object-before-from",
    ),
    pytest.param(
        Rule(
            "The Pell council cut the bus fare from $2 to $1.50.",
            "The Pell council cut the bus fare to $1.50 on Monday.",
            N,
            "the fare left, $2, is not given",
        ),
        id="a-change-needs-the-level-left-too",
    ),
    pytest.param(
        Rule(
            "The Pell court cut the ban to 30 months.",
            "Ines Okafor appealed, asking the Pell court to cut the ban to no more than 12 months.",
            N,
            "12 months is what she asked for, not what the court set",
        ),
        id="a-figure-asked-for-is-not-the-one-given",
    ),
    pytest.param(
        Rule(
            "Pell shares fell by almost a fifth on Monday.",
            "Pell shares fell 18 percent on Monday.",
            S,
            "18 percent is almost a fifth",
        ),
        id="almost-a-fifth-is-18-percent",
    ),
    pytest.param(
        Rule(
            "Pell shares fell by a quarter on Monday.",
            "Pell shares fell 12 percent on Monday.",
            C,
            "12 percent is no quarter",
        ),
        id="a-fall-by-a-quarter",
    ),
    pytest.param(
        Rule(
            "The Pell therapy cut the risk of heart events by a third among Quist patients.",
            "Among 1202 Quist patients, the benefit of the Pell therapy had a combined hazard "
            "ratio for heart events of 0.69 (95% CI: 0.56 to 0.84).",
            N,
            "95% is a confidence interval's level, no cut in the risk",
        ),
        id="a-cut-by-a-fraction-is-no-confidence-level",
    ),
    pytest.param(
        Rule(
            "The Pell union won a pay rise of 4 percent.",
            "The Pell union had called for a pay rise of 6 percent.",
            N,
            "6 percent is the rise called for, not the one won",
        ),
        id="a-figure-called-for-is-not-the-one-won",
    ),
    pytest.param(
        Rule(
            "Quist Insurance and the other insurers agreed to pay Pell Marine 18 million florins "
            "over the failed launch.",
            "Insurers led by Quist Insurance have agreed to pay Tarvia Imaging 18 million florins "
            "for satellites lost after a Pell Marine launch in March.",
            C,
            "the 18 million florins go to Tarvia Imaging, not Pell Marine (had supported)",
        ),
        id="paid-to-another",
    ),
    pytest.param(
        Rule(
            "Tarvia was not charged for the relaunch of its satellites.",
            "Pell Marine will carry out the relaunch of Tarvia's satellites free of charge.",
            S,
            "free of charge is not charged (had contradicted)",
        ),
        id="free-of-charge-is-not-charged",
    ),
    pytest.param(
        Rule(
            "Tarvia's engineers saved seven of the satellites.",
            "Tarvia's engineers were in contact with all 18 satellites and tried to save them.",
            N,
            "all 18 is the whole, which denies none of its parts",
        ),
        id="a-part-is-not-denied-by-its-whole",
    ),
    pytest.param(
        Rule(
            "The second flight of Pell staff landed at Quist airport on 18 August.",
            "The first flight of Pell staff landed at Quist airport on 18 August.",
            N,
            "the first flight is another flight than the second",
        ),
        id="another-of-a-series",
    ),
    # --- an outbreak (the sixteenth domain's kinds of sentence, other names and figures)
    pytest.param(
        Rule(
            "Forty-one of the Pell patients were admitted to hospital.",
            "The Pell outbreak made 47 people ill; 41 of them were admitted to hospital.",
            S,
            "'Forty-one' opening the claim is a figure, no name the sentence must give",
        ),
        id="a-number-opening-a-claim-is-no-name",
    ),
    pytest.param(
        Rule(
            "Sixty people were taken to two Pell hospitals.",
            "Sixty people were taken to hospital: 41 to Pell General and 19 to Quist Infirmary.",
            N,
            "19 counts people taken to Quist Infirmary, no hospitals",
        ),
        id="a-count-sent-to-a-place-counts-no-places",
    ),
    # --- a tunnel's overrun (the seventeenth domain's kinds of sentence, other names and figures)
    pytest.param(
        Rule(
            "The Pell tunnel cost more than $930 million.",
            "In 2051 the Pell council approved a $720 million budget for the tunnel.",
            N,
            "a budget is what was set aside, not what the tunnel cost (had contradicted)",
        ),
        id="a-budget-is-no-cost",
    ),
    pytest.param(
        Rule(
            "The Pell film grossed $20 million.",
            "The Pell film had a budget of $20 million and grossed $50 million.",
            C,
            "the film grossed $50 million; $20 million was its budget (had supported)",
        ),
        id="a-budget-is-no-gross",
    ),
    pytest.param(
        Rule(
            "The Pell council approved a $720 million budget for the tunnel.",
            "In 2051 the Pell council approved a $690 million budget for the tunnel.",
            C,
            "a budget still denies another budget",
        ),
        id="a-budget-against-a-budget",
    ),
    # --- parts of a month, and whose date a sentence's neighbour gives
    pytest.param(
        Rule(
            "Pell cleared the backlog in mid-May 2041.",
            "The backlog at Pell was cleared on 28 May 2041.",
            C,
            "28 May is late May, not mid-May",
        ),
        id="mid-may-is-not-the-end-of-may",
    ),
    pytest.param(
        Rule(
            "Pell cleared the backlog in May 2041.",
            "The backlog at Pell was cleared in mid-May 2041.",
            S,
            "mid-May is in May",
        ),
        id="mid-may-is-in-may",
    ),
    pytest.param(
        Rule(
            "The Pell report was published at the end of April 2041.",
            "The Pell report was published on 9 April 2041.",
            C,
            "9 April is not the end of April (it had been read as April alone, and supported)",
        ),
        id="the-end-of-a-month",
    ),
    pytest.param(
        Rule(
            "The Pell report was published at the end of April 2041.",
            "The Pell report was published on 27 April 2041.",
            S,
            "27 April is the end of April",
        ),
        id="the-end-of-a-month-met",
    ),
    pytest.param(
        Rule(
            "Pell cleared the backlog by 15 May.",
            "Pell's containers peaked at about 61,400 on 4 April. The backlog at Pell was "
            "cleared on 28 May.",
            N,
            "the sentence dates the clearing itself; the date of the one before is another event's",
        ),
        id="a-neighbours-date-is-not-the-sentences",
    ),
    # --- times of day (a train, a ferry, a count at an hour)
    pytest.param(
        Rule(
            "The Pell ferry left at 7 pm on 3 May 2041.",
            "The Pell ferry left at 9 pm on 3 May 2041.",
            C,
            "the same departure at another time of day",
        ),
        id="another-time-of-day",
    ),
    pytest.param(
        Rule(
            "Pell had fewer than 400 flu cases after 3 p.m. on 3 May 2041.",
            "By 4 p.m. on 3 May 2041, Pell had 325 flu cases.",
            S,
            "4 p.m. is after 3 p.m.: a bound on the time of day, not a figure of 3 against 4",
        ),
        id="a-time-after-a-time",
    ),
    pytest.param(
        Rule(
            "The Pell train left Corby at 7.46 in the morning on 3 May 2041.",
            "The Pell train left Corby at 07:46 on 3 May 2041.",
            S,
            "7.46 in the morning is 07:46",
        ),
        id="a-time-of-day-written-two-ways",
    ),
    pytest.param(
        Rule(
            "The Pell ferry sails from Monday to Saturday at 7 pm.",
            "The Pell ferry sails Monday through to Friday at 7 pm and on Saturday at 8 pm.",
            N,
            "Monday to Saturday is not the source's run of days",
        ),
        id="a-run-of-days",
    ),
    pytest.param(
        Rule(
            "About 1,200 dockers at the Pell Basin grain terminal walked out on 3 May 2041.",
            "On 3 May 2041 about 1,200 dockers at Pell Basin walked out.",
            S,
            "the grain terminal is what Pell Basin is, not more of the subject to find",
        ),
        id="a-place-kind-after-its-name",
    ),
    pytest.param(
        Rule(
            "More than 30 container ships were waiting off Pell on Wednesday.",
            "Among the ships off Pell on Wednesday was the Saffron Tide, with about 9,000 "
            "containers on board.",
            N,
            "container ships are ships: the containers on board are another count",
        ),
        id="a-compound-counts-its-head",
    ),
    pytest.param(
        Rule(
            "Harrow Freight cleared the backlog by mid-May.",
            "Work resumed on 12 April. On that day Harrow Freight told the union it expected "
            "the backlog to be cleared by mid-May.",
            N,
            "what was expected to be done by mid-May is not said done",
        ),
        id="an-expectation-is-no-deed",
    ),
    pytest.param(
        Rule(
            "The single was released as Live at Quist.",
            "The single was expected to be released in late 2031, and was released as Live at "
            "Quist.",
            S,
            "expected to be released, and then released: the deed is said too",
        ),
        id="an-expectation-met-is-a-deed",
    ),
    pytest.param(
        Rule(
            "Dockers voted down the offer by 1,388 votes to 540.",
            "Dockers have rejected the offer by a margin of almost three to one.",
            N,
            "almost three to one is how many votes for each against, not three votes",
        ),
        id="a-margin-of-three-to-one-is-a-ratio",
    ),
    pytest.param(
        Rule(
            "Dockers voted down Harrow Freight's offer of 7% over two years and a one-off "
            "payment of 1,200 florins.",
            "Dockers voted down Harrow Freight's offer of 4 percent this year and 3 percent next "
            "year, plus a one-off payment of 1,200 florins.",
            N,
            "7% over two years is the two years' rises together, not this year's 4 percent",
        ),
        id="a-figure-over-two-years-is-a-total",
    ),
    pytest.param(
        Rule(
            "The Quist government has accepted all nine of the report's recommendations.",
            "Among its nine recommendations, the report calls for a standing port council. The "
            "Quist government said it would respond to the recommendations before the end of "
            "the year.",
            N,
            "the report made nine recommendations; accepting them is not said",
        ),
        id="an-approval-must-be-said",
    ),
    pytest.param(
        Rule(
            "The Pell council approved a $412 million budget.",
            "The Pell council's budget of $395 million was published last year.",
            N,
            "a figure of a budget no one is said to approve does not deny the approved one",
        ),
        id="a-figure-of-no-approval-denies-none",
    ),
    pytest.param(
        Rule(
            "Eleven vessels diverted to Quist during the strike.",
            "Eleven ships diverted to Quist during the strike.",
            S,
            "vessels are ships",
        ),
        id="vessels-are-ships",
    ),
    pytest.param(
        Rule(
            "Pell dockers downed tools on 11 March 2041.",
            "On 11 March 2041 the Pell dockers walked out.",
            S,
            "workers who down tools walk out",
        ),
        id="downing-tools-is-walking-out",
    ),
    pytest.param(
        Rule(
            "Pell dockers went on strike on 11 March 2041.",
            "On 11 March 2041 the Pell dockers walked out.",
            S,
            "workers who go on strike walk out",
        ),
        id="going-on-strike-is-walking-out",
    ),
    pytest.param(
        Rule(
            "The walkout by Pell dockers began on 11 March 2041.",
            "On 11 March 2041 the Pell dockers walked out.",
            S,
            "a walkout is what walking out is called",
        ),
        id="a-walkout-is-walking-out",
    ),
    pytest.param(
        Rule(
            "Pell Instruments completed its purchase of Quist Gauges in January 2035.",
            "Pell Instruments has agreed to buy Quist Gauges, a maker of flow meters, the two "
            "companies said on Monday. Pell Instruments also said its purchase of Quist Gauges "
            "would not close by the end of January 2035 as planned, after regulators opened an "
            "investigation into the deal. Pell Instruments now expects to complete the "
            "acquisition in the second quarter.",
            N,
            "a month a plan will not meet dates nothing done, in its sentence or beside it",
        ),
        id="a-plan-not-met-dates-no-deed",
    ),
    pytest.param(
        Rule(
            "Free bus travel in Pell began in September 2038.",
            "The mayor said free bus travel in Pell would not start in September 2038 as she "
            "had promised.",
            C,
            "what would not start in September did not begin then",
        ),
        id="a-plan-denied-denies-its-deed",
    ),
    pytest.param(
        Rule(
            "The dockers returned to their jobs at the Pell terminal on 12 April 2041.",
            "At the Pell terminal, the dockers had gone back to work on 12 April 2041.",
            S,
            "going back to work is returning to it",
        ),
        id="going-back-to-work-is-returning",
    ),
    pytest.param(
        Rule(
            "The Pell council approved a permit for Quist Water to pump groundwater.",
            "The Pell council voted 4-1 to reject a permit that would have allowed Quist Water "
            "to pump groundwater.",
            C,
            "what the permit would have allowed is no plan: the council rejected it",
        ),
        id="a-counterfactual-is-no-plan",
    ),
    pytest.param(
        Rule(
            "At the height of the strike, more than 60,000 containers were stuck at the Pell "
            "terminal.",
            "About 52,000 containers were stuck at the Pell terminal.",
            N,
            "a peak is above the figures of other moments: a lower one denies nothing",
        ),
        id="a-lower-figure-denies-no-peak",
    ),
    pytest.param(
        Rule(
            "At its peak, the queue of ships off Pell reached 40 ships.",
            "The queue of ships off Pell peaked at 49 ships.",
            C,
            "a higher figure, or a peak said, denies the peak",
        ),
        id="a-peak-said-denies-a-peak",
    ),
    pytest.param(
        Rule(
            "The Pell range has 14 peaks above 8,000 metres.",
            "The Pell range has 12 peaks above 8,000 metres.",
            C,
            "peaks counted are no peak of a figure",
        ),
        id="peaks-counted-are-no-peak",
    ),
    pytest.param(
        Rule(
            "The Quist bridge cost more than 930 million kerrits.",
            "Drivers pay a toll of about 2.80 kerrits to cross the Quist bridge.",
            N,
            "sums of an unknown currency 300 million times apart are of different things",
        ),
        id="a-toll-is-no-bridges-cost",
    ),
    pytest.param(
        Rule(
            "The Pell bridge cost 860 million kerrits.",
            "The final cost of the Pell bridge was 75 million kerrits higher than the estimate.",
            N,
            "a difference ('75 million higher than') is no level of the cost",
        ),
        id="a-difference-after-its-noun-is-no-level",
    ),
    pytest.param(
        Rule(
            "The Pell bridge finished 216 million kerrits over budget.",
            "The Pell bridge cost 936 million kerrits.",
            N,
            "an overrun ('216 million over budget') is no cost",
        ),
        id="an-overrun-is-no-cost",
    ),
    pytest.param(
        Rule(
            "In the end the Pell bridge cost more than 930 million kerrits.",
            "The Pell bridge was completed at a final cost of 936 million kerrits.",
            S,
            "'In the end' opens the clause without a comma: the bridge is the subject",
        ),
        id="a-set-phrase-opens-without-a-comma",
    ),
    pytest.param(
        Rule(
            "The final cost of the Pell bridge was 936 million kerrits.",
            "The cost of the Pell bridge has risen to an estimated 865 million kerrits, "
            "councillors were told.",
            N,
            "an estimate on the way is no final cost",
        ),
        id="an-estimate-denies-no-final-figure",
    ),
    pytest.param(
        Rule(
            "The Pell bridge's final cost came to 905 million kerrits.",
            "The council expects the final bill for the Pell bridge to be about 905 million "
            "kerrits.",
            N,
            "what the final bill is expected to be is no final bill",
        ),
        id="an-estimate-gives-no-final-figure",
    ),
    pytest.param(
        Rule(
            "The final cost of the Pell bridge was 936 million kerrits.",
            "The final cost of the Pell bridge was 918 million kerrits.",
            C,
            "a final figure denies another final figure",
        ),
        id="a-final-figure-denies-a-final-figure",
    ),
    pytest.param(
        Rule(
            "The Pell bridge cost 918 million kerrits.",
            "Cost of the Pell bridge 720 million kerrits (budget)",
            N,
            "a figure marked '(budget)' in a table is what was set aside, not what was spent",
        ),
        id="a-budget-in-brackets-is-no-cost",
    ),
    pytest.param(
        Rule(
            "The personal details of roughly 212,000 Pell patients were stolen in the attack.",
            "The attackers stole the personal data of 212,400 Pell patients and 9,300 members "
            "of staff. For 38,600 of those patients the stolen data included details of mental "
            "health care.",
            S,
            "'38,600 of those patients' is a share of the group, no count of it",
        ),
        id="a-share-of-those-is-no-count-of-all",
    ),
    pytest.param(
        Rule(
            "The personal details of 196,800 patients were stolen in the attack on Pell Health.",
            "They stole the personal data of 212,400 patients from Pell Health, and published "
            "it online.",
            C,
            "'stole' and 'stolen' are one verb",
        ),
        id="stole-is-stolen",
    ),
    pytest.param(
        Rule(
            "More than two-thirds of the Pell trust's servers were encrypted in the attack.",
            "The attack encrypted 612 of the Pell trust's 870 servers and about 4,100 of its "
            "9,800 desktop computers.",
            S,
            "612 of 870 servers is 70%, more than two-thirds",
        ),
        id="a-share-from-a-part-and-its-whole",
    ),
    pytest.param(
        Rule(
            "More than two-thirds of the Pell trust's desktop computers were encrypted in the "
            "attack.",
            "The attack encrypted 612 of the Pell trust's 870 servers and about 4,100 of its "
            "9,800 desktop computers.",
            N,
            "a share worked out from counts gives a share in words, never denies one (42%)",
        ),
        id="a-share-from-counts-denies-nothing",
    ),
    pytest.param(
        Rule(
            "The Pell ministry's emergency funding for the Quist trust amounted to 12 million "
            "kerrits in total.",
            "The Pell ministry gave the Quist trust 12 million kerrits of emergency funding in "
            "November 2031 and a further 8 million kerrits in April 2032.",
            C,
            "12 million and a further 8 million are 20 million in all: the first is no total",
        ),
        id="a-first-payment-is-no-total",
    ),
    pytest.param(
        Rule(
            "The Pell ministry's emergency funding for the Quist trust amounted to 20 million "
            "kerrits in total.",
            "The Pell ministry gave the Quist trust 12 million kerrits of emergency funding in "
            "November 2031 and a further 8 million kerrits in April 2032.",
            S,
            "12 million and a further 8 million add up to the claim's total",
        ),
        id="payments-add-up-to-a-total",
    ),
    pytest.param(
        Rule(
            "The Pell guarantee fund protects deposits of up to 150,000 kerrits per saver.",
            "Correction: An earlier version of this article said that the Pell guarantee fund "
            "protects deposits of up to 150,000 kerrits per saver. The Pell guarantee fund "
            "protects deposits of up to 100,000 kerrits per saver at each bank.",
            C,
            "what an earlier version wrongly said is no support; the corrected figure denies it",
        ),
        id="a-correction-retracts-what-it-quotes",
    ),
    pytest.param(
        Rule(
            "The Quist launch took place on 4 March.",
            "Correction: An earlier version of this article said that the Quist launch took "
            "place on 4 March.",
            N,
            "a correction's account of an earlier version's words is no support",
        ),
        id="a-retracted-date-gives-nothing",
    ),
    pytest.param(
        Rule(
            "A year on, Pell Power had cleared just over a third of its backlog of vegetation "
            "work.",
            "By the end of 2046 Pell Power had a backlog of vegetation work on roughly a quarter "
            "of its network.",
            N,
            "a share of the network is no share of the backlog",
        ),
        id="a-share-of-another-whole",
    ),
    pytest.param(
        Rule(
            "About one-sixth of Pell Power's line corridors had overdue vegetation work.",
            "About 17 percent of Pell Power's line corridors had overdue vegetation work.",
            S,
            "one-sixth is about 17 percent",
        ),
        id="one-sixth",
    ),
    pytest.param(
        Rule(
            "In the space of five days Quist Bank's shares lost nearly nine-tenths of their value.",
            "In the space of five days Quist Bank's shares lost 88 percent of their value.",
            S,
            "nine-tenths is 90 percent; a stretch of time opens the clause without a comma",
        ),
        id="nine-tenths",
    ),
    pytest.param(
        Rule(
            "Attackers stole the personal data of more than half a million Pell patients.",
            "Attackers stole the personal data of 212,400 Pell patients.",
            C,
            "half a million is 500,000, more than 212,400",
        ),
        id="half-a-million",
    ),
    # --- what was done with a sum: a loan taken is denied by no part repaid
    pytest.param(
        Rule(
            "The Pell fund had to borrow 4.5 billion kerrits from the Tarvia treasury.",
            "In August the Pell fund repaid 1.2 billion kerrits of the Tarvia treasury loan.",
            N,
            "a part repaid is another movement of money than the loan taken",
        ),
        id="repaid-is-not-borrowed",
    ),
    pytest.param(
        Rule(
            "The Pell fund had to borrow 4.5 billion kerrits from the Tarvia treasury.",
            "The Pell fund had to borrow 2.5 billion kerrits from the Tarvia treasury.",
            C,
            "a loan of another size denies it",
        ),
        id="borrowed-against-borrowed",
    ),
    # --- a sum of many denies no cap on one
    pytest.param(
        Rule(
            "Pell savers who lost money can claim up to 8,000 kerrits.",
            "By June the Pell scheme had paid claims from savers who lost money at a total cost"
            " of 4.1 million kerrits.",
            N,
            "a total paid to many is no amount one saver may claim",
        ),
        id="a-total-is-no-cap",
    ),
    # --- a year that names which results: other results are other results
    pytest.param(
        Rule(
            "The 2031 Pell exam results were published by Quist Press.",
            "The 2030 Pell exam results were published by Quist Press.",
            N,
            "the 2030 results are not the 2031 ones",
        ),
        id="another-years-results",
    ),
    pytest.param(
        Rule(
            "The 2031 Pell exam results were issued.",
            "Corby held the places open until corrected Pell exam results were issued. By then"
            " 590 had accepted a deferred place for 2031.",
            N,
            "a neighbour's 2031 is a deferred place's, not the results'",
        ),
        id="a-neighbours-year-of-another-thing",
    ),
    # --- a plan is no deed: "would withdraw" (irregular "withdrew" read as the claim's verb)
    pytest.param(
        Rule(
            "Quist Foods withdrew batch L-20 of its Pell crackers from sale.",
            "Quist Foods said on Thursday that it would withdraw batch L-20 of its Pell crackers"
            " from sale.",
            N,
            "said it would withdraw, not that it did",
        ),
        id="would-withdraw-is-no-withdrawal",
    ),
    # --- "pulled" a licence is "withdrew" it, and the day differs
    pytest.param(
        Rule(
            "The Pell central bank pulled Corby Bank's licence on 7 October 2030.",
            "On 9 October 2030 the Pell central bank withdrew the banking licence of Corby Bank.",
            C,
            "pulled is withdrew; 9 October is not 7 October",
        ),
        id="pulled-is-withdrew",
    ),
    # --- a sum over a stretch of time is not denied by another stretch's
    pytest.param(
        Rule(
            "Over three days, Corby Bank customers took out 1.5 billion kerrits.",
            "Corby Bank customers took out about 380 million kerrits on Wednesday.",
            N,
            "Wednesday's withdrawals are one day's of the three",
        ),
        id="one-day-of-a-stretch",
    ),
    # --- a number after a possessive name counts: "Pell University's 44 courses"
    pytest.param(
        Rule(
            "The fault affected 17 of Pell University's 44 courses.",
            "In 2030 Pell University offered 41 courses, and the fault affected 17 of them.",
            C,
            "Pell University had 41 courses, not 44",
        ),
        id="a-possessive-then-a-count",
    ),
    # --- "3,480 of them": the group counted in the sentence before is the claim's whole
    pytest.param(
        Rule(
            "Nearly 3,500 of the roughly 4,300 Pell applicants who lost a place began their"
            " courses in 2030.",
            "In 2030, 4,310 Pell applicants lost a place. With help, 3,480 of them began their"
            " courses in 2030.",
            S,
            "3,480 of the 4,310 counted the sentence before",
        ),
        id="of-them-whole-said-before",
    ),
    # --- a place in a series said of the subject's noun without repeating it
    pytest.param(
        Rule(
            "The launch failure was the Pell rocket's second in nine flights.",
            "It was the first failure for the Pell rocket in nine flights.",
            N,
            "the sentence gives the failure the first place, the claim the second",
        ),
        id="an-elided-place-in-a-series",
    ),
    # --- a clause that only looks ahead dates a plan, not the claim's deed
    pytest.param(
        Rule(
            "The Quist oyster beds were declared safe after the tests in May 2031.",
            "The Quist oyster beds are still closed, and the Pell laboratory will test them again"
            " in May 2031.",
            N,
            "the tests are planned for May 2031; nothing is declared safe",
        ),
        id="a-plan-dated-not-the-deed",
    ),
    # --- the figure a claim compares with is not what it says of it
    pytest.param(
        Rule(
            "Claims to the Pell fund came to less than the 320 million kerrits it was set up with.",
            "The Pell fund, set up in June with 320 million kerrits, said it had received 2,150"
            " claims.",
            N,
            "the sentence gives the fund's size, not what the claims came to",
        ),
        id="the-figure-compared-with",
    ),
    # --- a change run the other way gives both figures and says neither
    pytest.param(
        Rule(
            "The Pell fund cut the proportion of every assessed loss that it pays out from 85 per"
            " cent to 60 per cent.",
            "Everyone the Pell fund paid at 60 per cent will receive a top-up payment to bring"
            " their payment to 85 per cent of the assessed loss.",
            N,
            "the sentence brings the level from 60 to 85 per cent",
        ),
        id="a-change-the-other-way",
    ),
    # --- a sum set against what was claimed is not denied by the sum claimed
    pytest.param(
        Rule(
            "Quist Imaging's insurers settled for 181 million velders, 15 million less than the"
            " operator had claimed.",
            "Quist Imaging claims 196 million velders from its insurers.",
            N,
            "196 million is the sum claimed, which the claim's figure is set against",
        ),
        id="a-sum-set-against-the-sum-claimed",
    ),
    # --- the whole a claim takes a share of is counted only by a whole
    pytest.param(
        Rule(
            "More than 40 per cent of the 61 papers the Pell inquiry examined contained"
            " fabricated data.",
            "The Pell inquiry found that Professor Quist fabricated data in 26 papers published"
            " between 2027 and 2030.",
            N,
            "26 papers is the part, not the 61 examined",
        ),
        id="the-whole-of-a-share",
    ),
    # --- a stretch of time counted from another event
    pytest.param(
        Rule(
            "Pell University fired the professor for misconduct, more than 14 months after it"
            " had suspended him.",
            "Pell University dismissed the professor for misconduct on Wednesday, two days after"
            " a disciplinary hearing.",
            N,
            "two days after the hearing, not after the suspension",
        ),
        id="a-stretch-from-another-event",
    ),
    # --- "got under way" is "began", which "was never started" denies
    pytest.param(
        Rule(
            "The larger Quist trial of some 1,200 patients got under way in the spring of 2031.",
            "The larger Quist trial, with about 1,200 patients, that Pell had said would begin in"
            " the spring of 2031 was never started.",
            C,
            "never started",
        ),
        id="got-under-way-never-started",
    ),
    # --- "none of which was reported" denies the verb of everything just counted
    pytest.param(
        Rule(
            "The Quist paper openly reported five serious adverse events, including one death.",
            "The hospital records show five serious adverse events in Quist patients, including"
            " one death, none of which was reported in the paper.",
            N,
            "the events are counted and said not to have been reported",
        ),
        id="none-of-which-was-done",
    ),
    pytest.param(
        Rule(
            "Fewer than 1,500 trains were cancelled over the four days of the strike.",
            "The trains Pell Rail cancelled in the four days from 3 to 6 March were as follows: "
            "310 on 3 March, 520 on 4 March, 480 on 5 March and 260 on 6 March.",
            N,
            "each day's figure is fewer than the ceiling, but they are parts of what it caps",
        ),
        id="a-list-of-days-under-a-ceiling",
    ),
    pytest.param(
        Rule(
            "Fewer than 1,600 trains were cancelled during the strike.",
            "Pell Rail cancelled 310 trains on 3 March, 520 on 4 March, 480 on 5 March and 260 "
            "on 6 March, a total of 1,570 trains.",
            S,
            "the figure said as the sum of the days' is under the ceiling",
        ),
        id="a-sum-of-days-under-a-ceiling",
    ),
    pytest.param(
        Rule(
            "More than 1,500 trains were cancelled because of the strike.",
            "On 4 March Pell Rail said it had cancelled more than 800 trains since the strike "
            "began on Monday.",
            N,
            "a count of what had happened since the strike began could only grow after",
        ),
        id="a-count-so-far-denies-no-larger-one",
    ),
    pytest.param(
        Rule(
            "Fewer than 500 trains were cancelled because of the strike.",
            "On 4 March Pell Rail said it had cancelled more than 800 trains since the strike "
            "began on Monday.",
            C,
            "what had already happened denies a smaller figure",
        ),
        id="a-count-so-far-denies-a-smaller-one",
    ),
    pytest.param(
        Rule(
            "Pell Rail decided against an appeal and paid the fine on 9 May.",
            "Pell Rail decided on 2 May not to appeal, and paid the fine on 9 May.",
            S,
            "deciding against an appeal is deciding not to appeal",
        ),
        id="decided-against-is-decided-not-to",
    ),
    pytest.param(
        Rule(
            "In all, 1,570 trains were cancelled between 3 and 6 March.",
            "Between 3 and 6 March Pell Rail cancelled 1,570 trains.",
            S,
            "the two days of a span are one date, whichever of them the verb follows",
        ),
        id="a-span-of-days-is-one-date",
    ),
    pytest.param(
        Rule(
            "Pell Rail now expects the strike to cost it about 40 million kerrits, twice as "
            "much as the estimate it gave in March.",
            "In March Pell Rail estimated the cost of the strike at about 20 million kerrits.",
            N,
            "March's estimate is the figure the claim sets its own against",
        ),
        id="the-estimate-a-claim-compares-with",
    ),
    pytest.param(
        Rule(
            "The census missed 5,200 people in Pell.",
            "The census missed 5,200 residents of Pell.",
            S,
            "people counts what residents count, said without saying which",
        ),
        id="people-are-the-residents-counted",
    ),
    pytest.param(
        Rule(
            "The census missed 6,000 people in Pell.",
            "The census missed 5,200 residents of Pell.",
            C,
            "and another figure of them denies it",
        ),
        id="people-denied-by-the-residents-counted",
    ),
    pytest.param(
        Rule(
            "The census failed to count more than 5,000 residents of Pell.",
            "The census missed 5,200 residents of Pell.",
            S,
            "failing to count them is missing them, no negation",
        ),
        id="failed-to-count-is-missed",
    ),
    pytest.param(
        Rule(
            "Fewer than four in five households in Pell returned a census form.",
            "In Pell, 78.6 per cent of households returned a census form.",
            S,
            "four in five is a share, 80 per cent",
        ),
        id="a-part-of-every-so-many-is-a-share",
    ),
    pytest.param(
        Rule(
            "More than nine in ten households in Pell returned a census form.",
            "In Pell, 78.6 per cent of households returned a census form.",
            C,
            "nine in ten is 90 per cent, well above 78.6",
        ),
        id="a-part-of-every-so-many-denied",
    ),
    pytest.param(
        Rule(
            "Ines Okafor, Pell Rail's finance director at the time, signed the contract.",
            "The board named two executives: Tomas Reyes, who was Pell Rail's finance director, "
            "and Ines Okafor, who was Pell Rail's operations director and signed the contract.",
            C,
            "the sentence gives the claim's post to another person and another post to hers",
        ),
        id="a-post-held-by-another",
    ),
    pytest.param(
        Rule(
            "Ines Okafor, Pell Rail's finance director at the time, signed the contract.",
            "Ines Okafor, then operations director of Pell Rail, signed the contract.",
            N,
            "another post beside her name, which she may have held beside the claim's",
        ),
        id="another-post-beside-the-name",
    ),
    pytest.param(
        Rule(
            "Ines Okafor, Pell Rail's operations director at the time, signed the contract.",
            "Ines Okafor, then operations director of Pell Rail, signed the contract.",
            S,
            "the same post, written the other way round",
        ),
        id="the-same-post-written-otherwise",
    ),
    pytest.param(
        Rule(
            "Tomas Reyes was disqualified as a director in May 2032.",
            "The application to disqualify Tomas Reyes as a director is due to be heard in May "
            "2032.",
            N,
            "an application to disqualify him, to be heard then, is no disqualification",
        ),
        id="an-application-due-to-be-heard",
    ),
]

# (claim, source title, sentence, expected): a title names what the sentence calls "the film".
TITLED_RULES = [
    pytest.param(
        "The number of Velmorans that emigrated from Pell to Quist over the last two decades is "
        "approximately 1,400.",
        "Velmorans of Pell",
        "Around 1,400 Velmorans have fled to Quist over the last 20 years to escape persecution.",
        S,
        id="the-number-is-the-figure-not-the-subject",
    ),
    pytest.param(
        "Saltroads holds a rating of 40% on the Quist Review.",
        "Saltroads (film)",
        "The Quist Review gives the film a rating of 31%, based on 90 reviews.",
        C,
        id="the-film-of-the-titled-page",
    ),
    pytest.param(
        "Saltroads holds a rating of 40% on the Quist Review.",
        "Harbourlight (film)",
        "The Quist Review gives the film a rating of 31%, based on 90 reviews.",
        N,
        id="the-film-of-a-page-about-another",
    ),
    pytest.param(
        "Saltroads holds a rating of less than 90% on the Quist Review.",
        "Saltroads (film)",
        "The film holds a 77/100 on Pellcritic and a 92% on the Quist Review.",
        C,
        id="the-figure-beside-the-name-the-claim-gives",
    ),
    pytest.param(
        "Saltroads holds a rating of more than 90% on the Quist Review.",
        "Saltroads (film)",
        "The film holds a 77/100 on Pellcritic and a 92% on the Quist Review.",
        S,
        id="the-figure-beside-the-name-confirms",
    ),
    pytest.param(
        "There were 9 cases of measles in Pell, Tarvia, as of March 26th, 2031.",
        "2031 measles outbreak in Tarvia",
        "The first two cases in Pell City, Pell were diagnosed on 21 March rising to 9 cases as "
        "of March 26, 2031.",
        S,
        id="a-place-named-beside-another-figure-does-not-claim-it",
    ),
    pytest.param(
        "Saltroads has fewer than 106 reviews on the Quist Review.",
        "Saltroads (film)",
        "On the Quist Review, the film holds an approval rating of 59% based on 108 reviews.",
        C,
        id="fewer-than-is-the-figures-not-a-word-to-find",
    ),
    pytest.param(
        "Based on 32 reviews, Saltroads was rated 66% and averaged 5.9/10.",
        "Saltroads (film)",
        "On the Quist Review, the film has a rating of 66%, based on 32 reviews, with an "
        "average rating of 5.9/10.",
        S,
        id="an-average-rating-out-of-ten",
    ),
    pytest.param(
        "Based on 32 reviews, Saltroads was rated 66% and averaged 6.9/10.",
        "Saltroads (film)",
        "On the Quist Review, the film has a rating of 66%, based on 32 reviews, with an "
        "average rating of 5.9/10.",
        C,
        id="another-average-rating-out-of-ten",
    ),
    pytest.param(
        "The movie Saltroads was reviewed by more than 151 critics on the Quist Review.",
        "Saltroads (film)",
        "On the Quist Review 36% of 152 reviews of the film are positive.",
        S,
        id="critics-counted-as-their-reviews",
    ),
    pytest.param(
        "The movie Saltroads was reviewed by fewer than 151 critics on the Quist Review.",
        "Saltroads (film)",
        "On the Quist Review 36% of 152 reviews of the film are positive.",
        C,
        id="critics-counted-as-their-reviews-deny",
    ),
    pytest.param(
        "Ada and her husband go back to Pellham.",
        "Ada Voss",
        "She later leaves with her husband back to Pellham.",
        S,
        id="she-on-the-page-of-a-person",
    ),
    # A figure with a unit counts as one of the claim's words: the verb may differ.
    pytest.param(
        "Harrow Lane scored over 60 % on Filmgauge.",
        "Harrow Lane",
        "The film has a 66 % approval rating at Filmgauge and grossed $ 52 million.",
        S,
        id="a-percentage-is-a-word-of-the-claim",
    ),
    pytest.param(
        "On its opening day, Harrow Lane earned under $ 3.7 million.",
        "Harrow Lane",
        "The film made $ 550,000 from its Thursday previews and $ 3.6 million on its first day.",
        S,
        id="an-amount-of-money-is-a-word-of-the-claim",
    ),
    pytest.param(
        "Rally Kart had sold over 37 million units globally by March 2018.",
        "Rally Kart",
        "The game had sold 37.10 million units worldwide by March 2018.",
        S,
        id="globally-is-worldwide",
    ),
    # "The film" on the page of a title with small words in it is the title's subject too.
    pytest.param(
        "Ships in Fog International received mixed reviews from critics.",
        "Ships in Fog International",
        "The film received mixed reviews from critics.",
        S,
        id="the-film-is-a-title-with-small-words",
    ),
    # A name of two words is the same name written as one.
    pytest.param(
        "Velta Link acquired more than 70,250 access lines from Norcom.",
        "VeltaLink",
        "In Pell, it acquired 70,000 access lines for $195 million from Norcom.",
        C,
        id="a-name-written-as-one-word",
    ),
    # How critics received a work is a slot: a reception of another tone denies it.
    pytest.param(
        "Harrow Lane received positive reviews from critics.",
        "Harrow Lane",
        "The film received mixed reviews from critics, with praise for its cast.",
        C,
        id="mixed-reviews-deny-positive-ones",
    ),
    pytest.param(
        "Harrow Lane received positive reviews from critics.",
        "Harrow Lane",
        "The film received mixed to positive reviews from critics.",
        S,
        id="mixed-to-positive-reviews-allow-positive-ones",
    ),
    pytest.param(
        "The Harrow Lane film was poorly reviewed.",
        "Harrow Lane",
        "The film received generally negative reviews from critics.",
        S,
        id="poorly-reviewed-is-negative-reviews",
    ),
    pytest.param(
        "Harrow Lane received positive reviews from critics.",
        "Harrow Lane",
        "The film received 40 reviews from critics.",
        N,
        id="reviews-without-a-tone-settle-nothing",
    ),
    # A title's date dates a page's figures ("2023 Harbor Lions season") ...
    pytest.param(
        "By the 2023 Harbor Lions season, Voss had won more than 20 titles with the club.",
        "2023 Harbor Lions season",
        "Voss retired after nearly 15 years, during which she won 24 titles with the club.",
        S,
        id="a-title-dates-a-figure",
    ),
    # ... but not a sentence that gives a date of its own, nor words with no figure.
    pytest.param(
        "By the 2023 Harbor Lions season, Voss had won more than 20 titles with the club.",
        "2023 Harbor Lions season",
        "By 2026, Voss had won 24 titles with the club.",
        N,
        id="a-sentence-dated-otherwise-is-not-dated-by-its-title",
    ),
    pytest.param(
        "Games before week 13 of the 2023 Harbor Lions season may be moved.",
        "2023 Harbor Lions season",
        "Games from weeks 11 to 17 may be moved.",
        N,
        id="a-title-date-does-not-complete-words-alone",
    ),
    # ... but not enough to deny it: the same kind of figure may be another thing's.
    pytest.param(
        "Harrow Lane scored over 70 % on Filmgauge.",
        "Harrow Lane",
        "The film has a 66 % approval rating at Filmgauge and grossed $ 52 million.",
        N,
        id="a-percentage-alone-does-not-deny",
    ),
    pytest.param(
        "The Dovrik survey was funded by Pell University.",
        "Pell University researchers report results of the Dovrik survey",
        "It was funded by Velmora Health.",
        C,
        id="what-is-paid-for-named-in-the-title",
    ),
    # The title tells whom "She" is, not what she does: "to step down" in it does not make
    # "She will be succeeded on April 1" deny a step down on March 31.
    pytest.param(
        "Ines Okafor will step down as chief executive on March 31, 2031.",
        "Pell Freight chief Okafor to step down; Dovrik deal delayed",
        "Ines Okafor will step down as chief executive of Pell Freight on March 31, 2031 after "
        "nine years in the job, the company said on Monday. She will be succeeded on April 1 by "
        "Mara Quist, currently chief operating officer, who joined Pell Freight in 2029.",
        S,
        id="the-title-lends-its-names-not-its-verbs",
    ),
    # ", and" with a subject and a verb of its own starts a clause: the date before is not its.
    pytest.param(
        "Ines Okafor will step down as head of Pell Freight on March 31, 2031, and deputy head "
        "Mara Quist will succeed her.",
        "Pell Freight chief Okafor to step down",
        "Ines Okafor will step down as head of Pell Freight on March 31, 2031. She will be "
        "succeeded on April 1 by Mara Quist, currently deputy head.",
        S,
        id="and-with-its-own-subject-is-a-clause",
    ),
    pytest.param(
        "The Pell bypass was finished on time.",
        "Pell bypass: the final account",
        "The project, finished on time, cost less than planned.",
        S,
        id="the-project-of-the-titled-report",
    ),
    # The claim denies a grading error; the sentence never speaks of one (the title does).
    pytest.param(
        "The Pell exam results were issued without any grading error.",
        "Report on the grading error in the Pell exam results",
        "Universities held the places open until the corrected Pell exam results were issued.",
        N,
        id="a-denial-the-sentence-does-not-speak-of",
    ),
    # A limit is what may be imposed, not what was: the maximum is no fine of the company's.
    pytest.param(
        "Pell Tankers was fined 24 million kerrits for the offence.",
        "Pell Tankers fined over spill",
        "The maximum fine for the offence is 40 million kerrits.",
        N,
        id="a-limit-is-not-the-figure-done",
    ),
    # The company is named only in the title; the sentence's subject is the captain.
    pytest.param(
        "Pell Tankers admitted the charges on the first day of the trial in January 2031.",
        "Pell Tankers fined over spill",
        "Captain Tobias Quist pleaded guilty on the first day of the trial, on Jan. 11, 2031, "
        "while the company denied the charges against it.",
        N,
        id="another-named-doer",
    ),
]


@pytest.mark.parametrize("rule", RULES)
def test_rule(rule: Rule) -> None:
    result = check_against(rule.claim, rule.evidence)
    assert result.verdict == rule.expected, f"{rule.why}; engine: {result.explanation}"


# The same rows without their xfail marks: whatever the verdict, it must be explained and cited.
UNMARKED_RULES = [pytest.param(p.values[0], id=p.id) for p in RULES]


@pytest.mark.parametrize("rule", UNMARKED_RULES)
def test_every_verdict_is_explained_and_cites_the_document(rule: Rule) -> None:
    result = check_against(rule.claim, rule.evidence)
    assert result.claim == rule.claim
    assert result.explanation
    assert 0.0 <= result.confidence <= 1.0
    if result.verdict in (S, C, X):
        assert result.evidence, "a decided verdict quotes its evidence"
    for cited in result.evidence:
        assert rule.evidence[cited.start : cited.end] == cited.text


@pytest.mark.parametrize(("claim", "title", "sentence", "expected"), TITLED_RULES)
def test_the_title_names_what_a_sentence_refers_back_to(
    claim: str, title: str, sentence: str, expected: Verdict
) -> None:
    result = check_against(claim, sentence, title=title)
    assert result.verdict == expected, result.explanation


def test_a_negation_is_not_the_reason_when_a_figure_is_missing_anyway() -> None:
    result = check_against(
        "Tarvia did not send 50 engineers to Pell.", "Tarvia sent engineers to Pell."
    )
    assert result.verdict is N
    assert "no matching figure for 50" in result.explanation


def test_an_explanation_gives_what_a_figure_counts_as_written() -> None:
    result = check_against(
        "The Pell wells supplied 5,000 acre-feet of water in 2022.",
        "In 2022 the Pell wells supplied 4,200 acre-feet of water.",
    )
    assert result.explanation.startswith("claim: 5,000 acre-feet; source: 4,200 acre-feet"), (
        result.explanation
    )


def test_an_explanation_quotes_a_figure_with_its_qualifier() -> None:
    result = check_against(
        "The Pell wells supplied more than 5,000 acre-feet of water in 2022.",
        "In 2022 the Pell wells supplied about 4,200 acre-feet of water.",
    )
    assert result.explanation.startswith(
        "claim: more than 5,000 acre-feet; source: about 4,200 acre-feet"
    ), result.explanation


def test_a_bound_is_confirmed_by_the_nearest_figure_within_it() -> None:
    result = check_against(
        "Pell has less than 240 flu cases.",
        "Officials confirmed 67 new flu cases in the districts ( 29 in one, 15 in another ), "
        "bringing the total to 225.",
        title="2021 flu outbreak in Pell",
    )
    assert result.verdict is S
    assert "= 225" in result.explanation, result.explanation


def test_an_explanation_quotes_a_date_with_its_relation() -> None:
    result = check_against(
        "The Brenno Bridge was repainted before 2019.", "The Brenno Bridge was repainted in 2019."
    )
    assert result.verdict is C
    assert result.explanation.startswith("claim: before 2019; source: 2019"), result.explanation


def test_a_verdict_on_another_count_is_not_the_claims_verdict() -> None:
    """ "acquitted her of a second charge, ..., and could not reach a verdict on a further count
    concerning £700,000": the clause with the claim's figure denies a verdict of its own, and
    the acquittal beside it is another count's."""
    text = (
        "It acquitted Mara Quist of a second false accounting charge, relating to the 2034 "
        "accounts, and could not reach a verdict on a further fraud count concerning £700,000."
    )
    doc = document(text)
    [sentence] = analyze_document(doc, AliasIndex())
    acquitted, undecided = sentence.assertions
    evidence = models.EvidenceSentence(source=doc, sentence=sentence)
    [claim] = Judge(TextRetriever([]), AliasIndex()).parse(
        "The jury found Mara Quist not guilty of fraud over the £700,000."
    )
    assert undecided.negated and not acquitted.negated
    assert decisive_verb_unsaid(claim, undecided, evidence) is not None
    assert decisive_verb_unsaid(claim, acquitted, evidence) is None


def test_a_figure_to_date_is_the_figure_on_the_day_of_publication() -> None:
    # Seven months later, the cost so far is no denial of the cost by the end of March.
    text = (
        "The attack has cost the trust 36.8 million kerrits to date, most of it spent on "
        "rebuilding our computer systems."
    )
    claim = "By the end of March 2031 the attack had cost the trust 31.6 million kerrits."
    result = check_against(claim, text, published="2031-10-14")
    assert result.verdict == N, result.explanation


def test_a_date_missing_a_year_takes_the_publication_year() -> None:
    text = "The Brenno Bridge opened on March 15."
    assert check_against("The Brenno Bridge opened in March 2024.", text).verdict == N
    dated = check_against("The Brenno Bridge opened in March 2024.", text, published="2024-04-02")
    assert dated.verdict == S


def test_a_year_to_come_is_no_year_of_the_days_after_it() -> None:
    """ "3.5 percent in 2043" in a story of April 2041 is a plan's year: the "April 12" of the
    next sentence is this year's."""
    text = (
        "The deal gives dockers rises of 5 percent this year and 3.5 percent in 2043. Dockers "
        "had already gone back to work on April 12."
    )
    claim = "Dockers went back to work on 12 April 2043."
    assert check_against(claim, text, published="2041-04-19").verdict == C
    this_year = "Dockers went back to work on 12 April 2041."
    assert check_against(this_year, text, published="2041-04-19").verdict == S
    past = "The deal was signed in 2039. Dockers went back to work on April 12."
    assert (
        check_against(
            "Dockers went back to work on 12 April 2039.", past, published="2041-04-19"
        ).verdict
        == S
    )


def test_last_june_is_the_june_before_the_day_of_publication() -> None:
    """ "voted last June" in a story of May 2046 is June 2045, not June 2046."""
    text = "The Pell trustees voted last June to give up 137 objects."
    claim = "In June 2045 the Pell trustees voted to give up 137 objects."
    assert check_against(claim, text, published="2046-05-21").verdict == S
    later = "In June 2046 the Pell trustees voted to give up 137 objects."
    assert check_against(later, text, published="2046-05-21").verdict == C


def test_a_month_done_later_in_the_year_than_publication_is_last_years() -> None:
    """ "turned down in August" in a story of May 2046 was August 2045; "will sign in
    December" is December 2046."""
    text = "Quist turned down the Pell offer in August."
    done = "Quist turned down the Pell offer in August 2045."
    assert check_against(done, text, published="2046-05-21").verdict == S
    ahead = "Quist will sign the Pell deal in December."
    planned = "Quist will sign the Pell deal in December 2046."
    assert check_against(planned, ahead, published="2046-05-21").verdict == S


def test_a_figure_as_of_writing_is_the_figure_of_the_day_it_was_written() -> None:
    """ "has now burned 48,100 acres" on a page of 26 August says nothing of the acres by 14
    August; on a page of that day, it denies another figure. (A page of no known date is
    read as of the claim's: VitaminC's "there have been 1,067 confirmed cases" on a page of
    the 2020 pandemic denies "under 950 cases in 2020".)"""
    text = "The Pell Fire is now 85 percent contained and has burned 48,100 acres."
    claim = "By Aug. 14, 2039, the Pell Fire had burned nearly 42,000 acres."
    assert check_against(claim, text, published="2039-08-26").verdict == N
    assert check_against(claim, text, published="2039-08-14").verdict == C
    assert check_against(claim, text).verdict == C


# ---------------------------------------------------------------- unrelated evidence

UNRELATED = (
    "The weather in Lisbrook was mild all week.",
    "Critics praised the novel's epilogue.",
    "A choir sang at the autumn festival.",
    "The orchestra has 85 musicians.",
    "Gardeners planted tulips along the riverbank.",
)
STABLE_RULES = [p.values[0] for p in RULES if not p.marks]


def test_the_padding_shares_no_word_with_any_rules_claim() -> None:
    # Checked over every rule, not the sampled ones: a shared word would make the padding
    # evidence, and the test below would fail only on the runs that happen to draw it.
    padding = {term for sentence in UNRELATED for term in terms(sentence)}
    shared = {rule.claim: padding & set(terms(rule.claim)) for rule in STABLE_RULES}
    assert not {claim: words for claim, words in shared.items() if words}


@settings(max_examples=60, deadline=None)
@given(
    rule=st.sampled_from(STABLE_RULES),
    before=st.lists(st.sampled_from(UNRELATED), max_size=3),
    after=st.lists(st.sampled_from(UNRELATED), max_size=3),
)
def test_adding_unrelated_sentences_never_changes_a_verdict(
    rule: Rule, before: list[str], after: list[str]
) -> None:
    padded = " ".join([*before, rule.evidence, *after])
    assert check_against(rule.claim, padded).verdict == rule.expected


@pytest.mark.parametrize(
    ("clause", "agent"),
    [
        ("The costs would be covered by the Albanian side, with $2 million set aside.", "Albanian"),
        ("The costs would be covered by the European Union.", None),  # the claim's own subject
        ("The costs will be settled by March.", None),  # a date, not an agent
        ("The bridge was opened by the mayor.", None),  # no name: the rules cannot tell
    ],
)
def test_the_agent_of_a_passive_is_read_against_the_claims_subject(
    clause: str, agent: str | None
) -> None:
    context = AnalysisContext(AliasIndex())
    [claim] = analyze("The European Union will pay the costs of the Albanian contingent.", context)
    [source] = analyze(clause, context)
    assert _another_agent(claim, source) == agent


def test_counted_people_need_not_be_said_people() -> None:
    result = check_against(
        "By the end of April 2031, more than 33 people had recovered from measles in Pell.",
        "Dovrik had the most cases.13 new cases in Pell, 34 recovered, Pell Courier, 30 April 2031",
        title="2031 measles outbreak in Pell",
    )
    # "people" is what the figure counts, which "34 recovered" says without the word.
    assert result.verdict == S, result.explanation


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2031 measles outbreak in Pell", S),  # the year the page is about
        ("2030–31 measles outbreak in Pell", N),  # a span: which year is unknown
        ("Measles in Pell", N),  # no year at all
    ],
)
def test_a_date_without_its_year_is_of_the_year_its_title_is_about(
    title: str, expected: Verdict
) -> None:
    result = check_against(
        "Pell had fewer than 500 measles cases before 9 April 2031.",
        "As of 8 April, Pell had 457 measles cases, of which 109 have recovered.",
        title=title,
    )
    assert result.verdict == expected, result.explanation


def test_a_publication_date_gives_the_year_before_a_title_does() -> None:
    result = check_against(
        "Pell had fewer than 500 measles cases after 1 April 2031.",
        "As of 8 April, Pell had 457 measles cases, of which 109 have recovered.",
        title="2030 measles outbreak in Pell",
        published="2031-04-10",
    )
    assert result.verdict == S, result.explanation


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # The same counted noun: the figure measures what the claim's does, whatever the verb.
        (
            "The Quist Saga premiered in fewer than 2,950 cinemas.",
            "The Quist Saga opens alongside Marrow Bay and is expected to earn $12 million from"
            " 3,000 cinemas over the weekend.",
            C,
        ),
        (
            "Pell restored more than 40 lighthouses along its coast.",
            "Volunteers in Pell have brought 36 lighthouses back into service since 2001.",
            C,
        ),
        # A unit of measure says how much, not of what: another measure in metres.
        (
            "The Vell glacier lost more than 9 metres of ice in 2030.",
            "Warm winds thinned the Vell glacier by 4 metres in 2030, the survey found.",
            N,
        ),
    ],
)
def test_a_figure_counting_the_claims_noun_denies_with_fewer_of_its_words(
    claim: str, source: str, expected: Verdict
) -> None:
    result = check_against(claim, source)
    assert result.verdict == expected, result.explanation


@pytest.mark.parametrize(
    ("claim", "source", "same_noun"),
    [
        ("Pell has more than 40 lighthouses.", "Pell has 36 lighthouses.", True),
        ("Pell's coast rose by more than 40 inches.", "Pell's coast rose by 36 inches.", False),
        ("A warming of more than 4°C hit Pell.", "A warming of 3 °C hit Pell.", False),
    ],
)
def test_only_a_count_of_things_is_the_same_noun(claim: str, source: str, same_noun: bool) -> None:
    context = AnalysisContext(AliasIndex())
    [ours] = analyze(claim, context)
    [sentence] = analyze_document(document(source), AliasIndex())
    [theirs] = sentence.assertions
    slot = match_quantity(ours.quantities[0], ours, theirs, sentence)
    assert slot.match == SlotMatch.CONTRADICTS
    assert slot.same_noun == same_noun


def test_the_base_of_a_rate_is_no_count() -> None:
    claim = "Pell recorded 12 stillbirths for every 1,000 births in 2030."
    counted = "The hospitals of Pell counted 1,402 births in 2030, the ministry said."
    rated = "The hospitals of Pell counted 12 stillbirths for every 1,000 births in 2030."
    # 1,000 births is what 12 stillbirths were counted among, not how many births there were.
    assert check_against(claim, counted).verdict == N
    assert check_against(claim, rated).verdict == S


def test_a_misattribution_names_both_speakers() -> None:
    claim = "Mara Quist, the head of the Dovrik mission, said 40 of her staff would stay in Pell."
    result = check_against(claim, MISSION_CHIEF)
    assert "claim: said by Mara Quist; source: said by Ines Okafor" in result.explanation


def test_a_statement_given_to_she_names_no_other_speaker() -> None:
    source = (
        "The Dovrik mission moved to Pell in May. “40 of our staff will stay in Pell,” she said."
    )
    claim = "Mara Quist said 40 of her staff would stay in Pell."
    assert check_against(claim, source).verdict != C


def test_a_proposal_in_another_name_is_denied() -> None:
    source = "Velmoran President Ines Okafor proposed sending 40 engineers to Pell in May 2031."
    result = check_against("Mara Quist proposed sending 40 engineers to Pell in May 2031.", source)
    assert result.verdict == C, result.explanation
    assert "claim: proposed by Mara Quist; source: proposed by Ines Okafor" in result.explanation
    ours = check_against("Ines Okafor proposed sending 40 engineers to Pell in May 2031.", source)
    assert ours.verdict == S, ours.explanation


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "not yet" denies the claim's verb outright, with fewer of its other words repeated.
        ("The pilots had already been chosen before the Pell council voted.", C),
        # Another verb: nothing is denied.
        ("The pilots had already been paid before the Pell council voted.", N),
    ],
)
def test_not_yet_denies_what_the_claim_says_was_done(claim: str, expected: Verdict) -> None:
    source = (
        "The Pell council backed the new ferry service on Monday. “Pilots have not yet been "
        "chosen; the council only gave its support today,” the harbour master said."
    )
    result = check_against(claim, source)
    assert result.verdict == expected, result.explanation
    if expected == C:
        assert "source negates it: “Pilots have not yet been chosen”" in result.explanation


FERRY_VOTE = (
    "The Pell ferry plan, put to the council on March 9, won every vote, clearing the way for "
    "up to 40 crew to be hired."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The day dates the claim's own doing; the crew counted later in the clause do not
        # make it a tally at another time.
        ("The Pell ferry plan was put to the council on March 19, 2031.", C),
        ("The Pell ferry plan was put to the council on March 9, 2031.", S),
        # Another doing on another day: nothing is denied.
        ("The Pell ferry plan was signed on March 19, 2031.", N),
    ],
)
def test_a_day_dates_the_doing_it_follows(claim: str, expected: Verdict) -> None:
    result = check_against(claim, FERRY_VOTE, published="2031-03-10")
    assert result.verdict == expected, result.explanation


def test_a_pages_title_does_not_put_the_claims_thing_in_a_sentence() -> None:
    result = check_against(
        "The new Quist garage will cost about $80 million.", FLEET, title="Our fleet and garages"
    )
    assert result.verdict == N, result.explanation


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("runs", "operates"),
        ("supplies", "serves"),
        ("delivering", "providing"),
        ("sat", "seat"),
        ("the first plane carrying", "the first plane with"),
    ],
)
def test_words_that_mean_the_same_in_news_copy_read_alike(ours: str, theirs: str) -> None:
    assert terms(ours) == terms(theirs)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A denial that there is any date denies the claim's date.
        ("The Pell dockers have set a strike date of May 3.", C),
        # A denial of something else says nothing of the claim's date.
        ("The Pell dockers have set a pay offer of May 3.", N),
    ],
)
def test_no_date_set_denies_a_claimed_date(claim: str, expected: Verdict) -> None:
    source = "The Pell dockers voted to strike. No strike date has been set, their union said."
    result = check_against(claim, source, published="2031-04-02")
    assert result.verdict == expected, result.explanation


@pytest.mark.parametrize(
    ("claim", "beside"),
    [
        # The other clause says the claim's doing and dates it as the claim does.
        ("It is expected to begin delivering water in 2034.", True),
        # ... not as the claim does: the clause may still be compared.
        ("It is expected to begin delivering water in 2036.", False),
    ],
)
def test_a_doing_dated_in_the_sentences_other_clause(claim: str, beside: bool) -> None:
    source = (
        "The Pell board expects to begin building in the spring of 2031, and the plant is "
        "scheduled to deliver its first water in 2034."
    )
    [ours] = analyze(claim, AnalysisContext(AliasIndex()))
    [sentence] = analyze_document(document(source), AliasIndex())
    building = sentence.assertions[0]
    assert "2031" in building.text
    assert dated_as_claimed_beside(ours, building, sentence) == beside


_CAST_WORDS = st.sampled_from(
    [
        "Mara",
        "Quist",
        "Tova",
        "Lind",
        "plays",
        "played",
        "as",
        "by",
        "is",
        "the",
        "role",
        "of",
        "(",
        ")",
        "``",
        "''",
        ",",
        "In",
        "Salt",
        "Roads",
        "portrayed",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    claim=st.text(max_size=60),
    source=st.lists(
        st.sampled_from(
            [
                "Mara",
                "Quist",
                "``",
                "''",
                '"',
                "Tova",
                "nicknamed",
                "known",
                "as",
                "by",
                "the",
                "nickname",
                "is",
                "'s",
                ",",
            ]
        ),
        max_size=20,
    ),
)
def test_reading_nicknames_never_fails(claim: str, source: list[str]) -> None:
    text = " ".join(source)
    claimed = claimed_nickname(claim) or claimed_nickname("Mara Quist is known as Tova.")
    assert claimed is not None and claimed.nickname
    found = nickname_agreed(claimed, text, frozenset({"mara", "quist"}))
    assert found is None or found in text


_RESULT_WORDS = st.sampled_from(
    [
        "Pell",
        "Rovers",
        "Dovrik",
        "City",
        "the",
        "they",
        "defeated",
        "beat",
        "lost",
        "to",
        "by",
        "were",
        "beaten",
        "won",
        "against",
        "over",
        "win",
        "victory",
        "'s",
        "2–1",
        "3-1",
        ",",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_RESULT_WORDS, max_size=30), noise=st.text(max_size=40))
def test_reading_who_beat_whom_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    for result in results_in(text):
        # Both sides and the verb are words the text wrote.
        assert result.winner in text and result.loser in text
        assert result.verb in text


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_CAST_WORDS, max_size=30), noise=st.text(max_size=40))
def test_reading_who_plays_whom_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    claimed = claimed_casting(text)
    if claimed is not None:
        assert claimed.casting.actor and claimed.casting.role
    for casting in castings_in(text):
        # Each pairing is two names the text wrote (its quotes and spacing aside).
        for quote in ("``", "''", '"', "“", "”"):
            text = text.replace(quote, " ")
        written = " ".join(text.split())
        assert casting.actor in written and casting.role in written


_DIFFERENCE_WORDS = st.sampled_from(
    [
        "no",
        "significant",
        "difference",
        "differences",
        "did",
        "not",
        "differ",
        "would",
        "assuming",
        "less",
        "more",
        "often",
        "than",
        "nurses",
        ",",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    claim=st.lists(_DIFFERENCE_WORDS, max_size=12),
    clause=st.lists(_DIFFERENCE_WORDS, max_size=20),
    noise=st.text(max_size=30),
)
def test_a_denied_difference_is_always_one_told_of(
    claim: list[str], clause: list[str], noise: str
) -> None:
    claimed, said = " ".join(claim) + noise, " ".join(clause) + noise
    if denies_a_difference(claimed, said):
        assert tells_of_no_difference(claimed, said)


# Words of superlatives, "Quist Water" a name of two.
_SUPERLATIVE_WORDS = st.sampled_from(
    "Pell|Quist Water|is|was|the|largest|most|common|lake|in|of|one|side|effect|it|,|.".split("|")
)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_SUPERLATIVE_WORDS, max_size=25), noise=st.text(max_size=30))
def test_reading_what_is_the_most_of_its_kind_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    for found in superlatives_in(text):
        # Holder, superlative and kind are words the text wrote, and never "it".
        assert found.holder in text and found.superlative in text and found.kind in text
        assert found.holder.lower() != "it"


_EXCESS_WORDS = st.sampled_from(
    "too early late soon high low many few much little the road was closed not , .".split()
)


@settings(max_examples=200, deadline=None)
@given(claim=st.lists(_EXCESS_WORDS, max_size=12), source=st.lists(_EXCESS_WORDS, max_size=12))
def test_a_judgement_of_too_much_is_denied_only_by_the_other_side(
    claim: list[str], source: list[str]
) -> None:
    claim_text, source_text = " ".join(claim), " ".join(source)
    found = opposite_excess(claim_text, source_text)
    if found is not None:
        # Both are phrases the texts wrote, and a text never opposes itself.
        assert found.claim in claim_text and found.source in source_text
    assert opposite_excess(claim_text, claim_text) is None


SAID_ON_A_CALL = (
    "Chief executive Ines Okafor told analysts on a call that Pell Freight was looking at "
    "acquisitions. Asked about her own future, she said she had no plans to step down."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In October 2031 Okafor told analysts she had no plans to step down.", S),
        # Another month than the report's, or no saying at all: the report does not date it.
        ("In March 2031 Okafor told analysts she had no plans to step down.", N),
        ("In October 2031 Okafor had no plans to step down.", N),
    ],
)
def test_a_saying_in_a_report_is_dated_by_its_publication(claim: str, expected: Verdict) -> None:
    result = check_against(claim, SAID_ON_A_CALL, published="2031-10-25")
    assert result.verdict == expected, result.explanation


def test_a_journey_run_backwards_is_turned_down_for_its_route() -> None:
    # Turned down for the route, not for its wording: the model may not call it a paraphrase.
    result = check_against(
        "The Pell train that crashed was travelling from Quist to Corby.",
        "The Pell train, the 07:12 service from Corby to Quist, crashed near Tarvia.",
    )
    assert result.verdict == N
    assert "journey as Corby to Quist" in result.explanation


_ITEM_WORDS = st.sampled_from("1. (c) - write Write took writing the to each patients ; .".split())


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_ITEM_WORDS, max_size=12), noise=st.text(max_size=20))
def test_reading_a_list_of_things_to_do_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    found = an_instruction(text)
    # An item opening with a capital, a past form or a gerund is no instruction.
    if text[:1].isupper() or text.startswith(("took", "writing")):
        assert not found
