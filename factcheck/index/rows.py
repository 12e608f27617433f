"""A source as rows for the evidence store: takes a document and its analysed sentences, gives
plain tuples (`PreparedSource`) ready to insert.

A pure function of its input, so worker processes can prepare sources while one process writes;
the tuples are cheap to pass between processes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from pydantic import TypeAdapter

from factcheck.models import (
    Alias,
    AnalyzedSentence,
    Assertion,
    Sentence,
    SourceDocument,
    TimeExpression,
)

SOURCE_COLUMNS = (
    "id",
    "path",
    "file_line",
    "title",
    "outlet",
    "author",
    "url",
    "published",
    "published_note",
    "content_hash",
    "text",
)  # exactly SourceDocument's fields
# How a sentence's assertions are stored (the `analysis` column) and read back.
ASSERTIONS_JSON = TypeAdapter(tuple[Assertion, ...])
FactRow = tuple[str, str, float | str | None, str | None, str | None]
SourceRow = tuple[str | int | None, ...]  # the values of SOURCE_COLUMNS
SentenceRow = tuple[str, int, int, int, int, int, int, str, str]


class PreparedSentence(NamedTuple):
    """A sentence as rows: its `sentences` row, its FTS terms and its facts."""

    row: SentenceRow
    terms: str
    facts: tuple[FactRow, ...]

    @property
    def text(self) -> str:
        """The sentence's text."""
        return self.row[7]


class PreparedSource(NamedTuple):
    """A source as plain rows ready to insert (cheap to pass between processes)."""

    id: str
    row: SourceRow
    sentences: tuple[PreparedSentence, ...]
    aliases: tuple[tuple[str, str, str], ...]
    left_out: tuple[tuple[int, int], ...] = ()  # (line, length) of sentences too long to store
    vectors: tuple[bytes, ...] = ()  # one int8 vector per sentence, or none (`index.vectors`)


def prepare_source(
    doc: SourceDocument,
    sentences: Sequence[AnalyzedSentence],
    *,
    aliases: Sequence[Alias] = (),
    left_out: Sequence[Sentence] = (),
) -> PreparedSource:
    """The rows that store `doc`, its analysed sentences and the aliases it defines.

    `left_out` are the sentences not analysed for being longer than LONGEST_SENTENCE.
    """
    _check_belongs(doc, sentences, aliases)
    row: SourceRow = tuple(getattr(doc, column) for column in SOURCE_COLUMNS)
    prepared = tuple(_prepare_sentence(s) for s in sentences)
    return PreparedSource(
        doc.id,
        row,
        prepared,
        tuple((a.alias, a.canonical, a.origin) for a in aliases),
        tuple((s.line, s.end - s.start) for s in left_out),
    )


def _prepare_sentence(analyzed: AnalyzedSentence) -> PreparedSentence:
    """A sentence's `sentences` row (its assertions as JSON), its indexed terms and its facts."""
    s = analyzed.sentence
    row = (
        s.source_id,
        s.index,
        s.paragraph,
        s.line,
        s.column,
        s.start,
        s.end,
        s.text,
        ASSERTIONS_JSON.dump_json(analyzed.assertions).decode(),
    )
    facts = tuple(fact for a in analyzed.assertions for fact in _fact_rows(a))
    return PreparedSentence(row, _indexed_terms(analyzed), facts)


def _indexed_terms(sentence: AnalyzedSentence) -> str:
    """The union of the assertions' term stems, in first-seen order, space-joined."""
    return " ".join(dict.fromkeys(t for a in sentence.assertions for t in a.terms))


def _iso_time(time: TimeExpression) -> str | None:
    """An ISO-like value: 2020-03-05, 2020-03, 2020, 2010s, 2019/2021; None without a year."""
    if time.year is None:
        return None
    year = f"{time.year:04d}"
    if time.granularity == "day" and time.month and time.day:
        return f"{year}-{time.month:02d}-{time.day:02d}"
    if time.granularity == "month" and time.month:
        return f"{year}-{time.month:02d}"
    if time.granularity == "decade":
        return f"{year}s"
    if time.granularity == "year_range" and time.end_year is not None:
        return f"{year}/{time.end_year:04d}"
    return year


def _fact_rows(assertion: Assertion) -> Iterator[FactRow]:
    """(kind, text, value, unit, qualifier) for each fact; a time's unit is its granularity."""
    for q in assertion.quantities:
        yield ("quantity", q.text, q.value, q.unit, q.qualifier)
    for t in assertion.times:
        yield ("time", t.text, _iso_time(t), t.granularity, None)
    for e in assertion.entities:
        yield ("entity", e.text, e.canonical, None, None)
    if assertion.negated:
        yield ("negation", assertion.text, " ".join(assertion.negation_scope) or None, None, None)


def _check_belongs(
    doc: SourceDocument, sentences: Sequence[AnalyzedSentence], aliases: Sequence[Alias]
) -> None:
    """Reject sentences or aliases of another source before anything is written."""
    for s in sentences:
        if s.sentence.source_id != doc.id:
            raise ValueError(
                f"sentence {s.sentence.index} belongs to {s.sentence.source_id!r}, not {doc.id!r}"
            )
    for alias in aliases:
        if alias.origin != doc.id:
            raise ValueError(f"alias {alias.alias!r} has origin {alias.origin!r}, not {doc.id!r}")
