"""Frozen records that cross module boundaries: sources, sentences, facts, assertions, verdicts."""

from __future__ import annotations

import math
from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer


class Record(BaseModel):
    """Base for every record: immutable, and unknown fields are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Verdict(str, Enum):
    """What the evidence says about a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    CONFLICTING = "conflicting"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"


class Stance(str, Enum):
    """What one evidence sentence says about one assertion."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    UNRELATED = "unrelated"


Qualifier = Literal["exact", "about", "up_to", "at_least", "over", "almost", "under", "between"]
QuantityKind = Literal["count", "money", "percent", "duration", "tally", "score", "rank"]
Granularity = Literal["day", "month", "year", "decade", "year_range"]
Modality = Literal["asserted", "planned", "reported"]
TimeRelation = Literal["at", "before", "after", "since", "by"]
PlaceRelation = Literal["in", "near", "from", "to"]
PlaceKind = Literal["country", "town", "area"]


class SourceDocument(Record):
    """One evidence document, its text exactly as read and what is known about it."""

    id: str
    path: str
    file_line: int | None = Field(
        default=None,
        description="the line of the file holding the whole document (a .jsonl line); None "
        "when the document is the file, and its sentences' lines are the file's",
    )
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) when known")
    published_note: str | None = None
    content_hash: str
    text: str

    def line_in_file(self, line: int) -> int:
        """The file's line for a line of `text` (a .jsonl document is all on one line)."""
        return line if self.file_line is None else self.file_line


class Sentence(Record):
    """A sentence of a source: `text == source.text[start:end]`; line and column are 1-based."""

    source_id: str
    index: int
    paragraph: int
    line: int
    column: int
    start: int
    end: int
    text: str


def _none_is_unbounded(value: object) -> object:
    return math.inf if value is None else value


def _unbounded_is_none(value: float) -> float | None:
    return None if math.isinf(value) else value


# An interval end; JSON has no infinity, so an open end ("over 4 million") is written as null.
Bound = Annotated[
    float,
    BeforeValidator(_none_is_unbounded),
    PlainSerializer(_unbounded_is_none, return_type=float | None, when_used="json"),
]


class Quantity(Record):
    """A number with what it counts, its unit and its qualifier turned into an interval."""

    text: str
    start: int
    end: int
    value: float
    low: Bound
    high: Bound = Field(description="null when the interval has no upper end")
    kind: QuantityKind = "count"
    unit: str | None = None
    qualifier: Qualifier = "exact"
    noun: tuple[str, ...] = ()
    head: str | None = Field(
        default=None,
        description="the stem of the plural noun that heads what is counted ('34 container "
        "ships' → ship), which two figures must share to count the same thing; null when the "
        "words give none",
    )
    nationality: str | None = Field(
        default=None, description="whose the counted people are: '36 Kazakh troops' → Kazakhstan"
    )
    against: float | None = Field(
        default=None,
        description="a vote tally's votes against ('7-2' → value 7, against 2; 'unanimously' → "
        "at least 1, against 0), or a game score's lower number ('won 0–1' → value 1, "
        "against 0); null for other quantities",
    )


class TimeExpression(Record):
    """A date or period at its own granularity; `year` is None where it could not be resolved."""

    text: str
    start: int
    end: int
    granularity: Granularity
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    relation: TimeRelation = Field(
        default="at", description="'before 22 April', 'after', 'since', 'by' or just 'at'"
    )


class Entity(Record):
    """A named thing in the text and the canonical name its aliases resolve to."""

    text: str
    start: int
    end: int
    canonical: str


class Place(Record):
    """A named place a clause puts something in, near, from or to: "built in Lake Placid"."""

    text: str
    start: int
    end: int
    canonical: str
    relation: PlaceRelation = Field(
        description="'in' (in, at, inside), 'near' (near, outside), 'from' or 'to' (to, into)"
    )
    kind: PlaceKind = Field(
        description="'country' (a country the demonym list knows), 'area' (a region, a "
        "'the ...' name, a name with a word such as Valley or Province) or 'town' (any other "
        "name: a town, city or site); only places of one kind exclude each other"
    )
    anchor: str | None = Field(
        default=None,
        description="the stem of the word the place goes with: 'built in X' → built, "
        "'a plant in X' → plant",
    )


class Alias(Record):
    """An alternative name for an entity, e.g. an acronym a source defines."""

    alias: str
    canonical: str
    origin: str = Field(description="'builtin', 'user', or the id of the source defining it")


class Assertion(Record):
    """One structured statement: a claim part, or a clause of a source sentence.

    Offsets are relative to the text the assertion was parsed from.
    """

    text: str
    start: int
    end: int
    subject: str | None = None
    action: str | None = None
    object: str | None = None
    terms: tuple[str, ...] = Field(default=(), description="content-word stems, synonyms folded")
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    negated: bool = False
    negation_scope: tuple[str, ...] = Field(default=(), description="stems the negation covers")
    modality: Modality = "asserted"


class AnalyzedSentence(Record):
    """A source sentence with the assertions extracted from it."""

    sentence: Sentence
    assertions: tuple[Assertion, ...]


class EvidenceSentence(Record):
    """A stored sentence handed to matching, with its source's metadata and its neighbours."""

    source: SourceDocument
    sentence: AnalyzedSentence
    neighbours: tuple[AnalyzedSentence, ...] = ()
    retrieval_score: float = 0.0


class Evidence(Record):
    """A cited source sentence and what it says about the claim."""

    source: str
    title: str | None
    path: str
    line: int
    start: int
    end: int
    text: str
    stance: Stance
    score: float
    reason: str


class AssertionResult(Record):
    """The verdict on one assertion of a claim."""

    assertion: Assertion
    verdict: Verdict
    explanation: str


class ClaimResult(Record):
    """The verdict on one claim, with the evidence that decides it."""

    claim: str
    verdict: Verdict
    confidence: float
    explanation: str
    assertions: tuple[AssertionResult, ...]
    evidence: tuple[Evidence, ...]


class Summary(Record):
    """Counts of verdicts over a report."""

    total: int
    supported: int = 0
    contradicted: int = 0
    conflicting: int = 0
    not_enough_evidence: int = 0


class CheckReport(Record):
    """The JSON output of `factcheck check`."""

    schema_version: Literal[1] = 1
    results: tuple[ClaimResult, ...]
    summary: Summary


class Location(Record):
    """Where a sentence stands in a draft: 1-based lines and columns, end exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int


class DraftResult(ClaimResult):
    """The verdict on one check-worthy sentence of a draft, located in its file."""

    location: Location
    fingerprint: str = Field(description="stable id of the claim: hash of its normalised text")
    suppressed: bool = False
    suppression_reason: str | None = None
    baselined: bool = Field(
        default=False,
        description="a finding recorded in the baseline: reported, but it does not fail the gate",
    )


class SkippedSentence(Record):
    """A draft sentence not checked, and why (question, opinion, hedge, no checkable fact)."""

    location: Location
    text: str
    reason: str


class DraftProblem(Record):
    """Something wrong in a draft itself, e.g. a suppression without a reason or never used."""

    location: Location
    code: str
    message: str


class VerifyReport(Record):
    """The JSON output of `factcheck verify`."""

    schema_version: Literal[1] = 1
    results: tuple[DraftResult, ...]
    skipped: tuple[SkippedSentence, ...] = ()
    problems: tuple[DraftProblem, ...] = ()
    summary: Summary
