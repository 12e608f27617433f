"""A document → its analysed sentences: each sentence with the assertions it makes.

Also the fingerprint of this package's code (`analyzer_version`): what is analysed with one
version of the extractors goes stale when it changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.dates import is_a_figures_year, parse_iso_date
from factcheck.extract.entities import AliasIndex
from factcheck.extract.patterns import regex
from factcheck.extract.segment import split_sentences
from factcheck.extract.surnames import NamedPeople
from factcheck.models import AnalyzedSentence, Sentence, SourceDocument, TimeExpression

# Longer than this, a "sentence" is not prose (a word list, a table or a log dumped on one line):
# it is not analysed, so it is never evidence: it would only slow every check down (analysing
# one clause costs more than linear time in its figures and dates) and could seem to support a
# claim by holding all of its words. The longest sentence of the benchmark corpora is under
# 2,000 characters.
LONGEST_SENTENCE = 5_000


def analyze_document(doc: SourceDocument, aliases: AliasIndex) -> list[AnalyzedSentence]:
    """Every sentence of a document with its assertions; "the same year" follows the text.

    Sentences longer than LONGEST_SENTENCE are left out (the indexer warns of them).
    """
    sentences = [s for s in split_sentences(doc) if s.end - s.start <= LONGEST_SENTENCE]
    return analyze_sentences(doc, sentences, aliases)


def analyze_sentences(
    doc: SourceDocument, sentences: Iterable[Sentence], aliases: AliasIndex
) -> list[AnalyzedSentence]:
    """These sentences of a document, in order, with their assertions (as `analyze_document`).

    A surname alone stands for the person the sentences before named in full.
    """
    published = parse_iso_date(doc.published)
    analyzed: list[AnalyzedSentence] = []
    year: int | None = published.year if published else None
    # A date without its year in an undated document is of the year its title is about.
    titled = None if published else title_year(doc.title or "")
    written: int | None = titled  # the year written last in the current paragraph
    paragraph: int | None = None
    people = NamedPeople(aliases)
    for sentence in sentences:
        if sentence.line != paragraph:
            written, paragraph = titled, sentence.line
        context = AnalysisContext(
            aliases=aliases, published=published, context_year=year, paragraph_year=written
        )
        found = analyze(sentence.text, context)
        assertions = people.resolve(sentence.text, found)
        people.learn(found)
        analyzed.append(AnalyzedSentence(sentence=sentence, assertions=assertions))
        times = [t for a in assertions for t in a.times if t.year is not None]
        year = times[-1].year if times else year
        written = _last_written_year(sentence.text, times, published) or written
    return analyzed


def _last_written_year(
    text: str, times: list[TimeExpression], published: date | None
) -> int | None:
    """The year a sentence wrote out last, which a date without its year in the sentences
    after it is of: not one after the publication ("a further 3.5 percent in 2043" is a
    plan's), since the days that follow are then most likely the news's own, nor one a
    figure is for ("3 percent for 2042")."""
    for time in reversed(times):
        written = time.year is not None and str(time.year) in time.text
        written = written and not is_a_figures_year(text, time)
        if written and (published is None or (time.year or 0) <= published.year):
            return time.year
    return None


def title_year(title: str) -> int | None:
    """The one year a title is about ("2020 floods in Pell"), which a date without its year
    in the text is of; None for a title with no year, several, or a span ("2019–20 season")."""
    years = _YEAR.findall(title)
    return int(years[0]) if len(years) == 1 and not _SPAN.search(title) else None


_YEAR = regex(r"(?<![\d–-])(?:1[5-9]|20)\d\d(?![\d])")
_SPAN = regex(r"\d\d\s*(?:[–—-]|to)\s*\d\d")


def analyzer_version() -> str:
    """A fingerprint of the extractors' code: stored facts go stale when it changes."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
