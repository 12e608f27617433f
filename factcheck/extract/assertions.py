"""Text → structured assertions: clauses with their quantities, times, entities and polarity.

The same function reads source sentences and claims, so both sides of a comparison are
understood the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from factcheck.extract.dates import (
    MONTHS,
    WEEKDAYS,
    extract_times,
    relative_spans,
    year_part_spans,
)
from factcheck.extract.entities import AliasIndex, extract_entities
from factcheck.extract.lexicon import IRREGULAR_PAST
from factcheck.extract.numbers import extract_quantities, qualified_start
from factcheck.extract.patterns import regex
from factcheck.extract.places import extract_places
from factcheck.extract.polarity import NEGATION_CUES, modality, negation, planning_words
from factcheck.extract.ranks import SERIES_MEMBERS
from factcheck.extract.tokens import (
    Token,
    is_content_word,
    is_ly_adverb,
    is_past_form,
    terms,
    terms_of_words,
    tokenize,
    tokens_within,
)
from factcheck.models import Assertion, Entity, Place, Quantity, TimeExpression

# Semicolons, contrasts, and a clause of its own after "after she" or "before they": "will
# join the board after she steps down" says two things, each with its own words.
_ALWAYS_SPLIT = regex(
    r";\s+|,\s+(?:while|whereas|but)\s+|\s+but\s+"
    r"|,?\s+(?:after|before|once)\s+(?=(?:he|she|it|they|we)\s)"
)
# One is in every `_ALWAYS_SPLIT` match.
_ALWAYS_SPLIT_WORDS = (";", "while", "whereas", "but", "after", "before", "once")
_AND_SPLIT = regex(r",?\s+and\s+")
# The part of a period a date names: "the end of", "the start of", "the middle of".
_PART_OF_PERIOD = regex(
    r"\b(?:the\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# The day of the week a date is ("Monday, 4 March 2041"): part of the date, which its slot
# compares, not a word of the clause.
_WEEKDAY_BEFORE = regex(rf"\b(?:{'|'.join(WEEKDAYS)}),?\s+$", re.IGNORECASE)
# A clause after "and" with its own subject opens with a few words, then one of these.
_CLAUSE_AUXILIARIES = frozenset(
    "will would has have had is are was were can could may might".split()
)
_OWN_SUBJECT_WORDS = 6
_LIST_ITEM_WORDS = 3
_POINTING_PRONOUNS = frozenset("he she it they this that these those which who".split())
# Words that open a subject saying there was none: "no one", "nobody", "none of them".
_NEGATING_SUBJECTS = frozenset("no nobody none nothing neither".split())
# A clause that denies the one before for another thing, its verb left out: "not for children".
_LEFT_OUT_VERB = regex(r"not\s+(?:for|in|to|on|at|from|with|by|as|into)\s", re.IGNORECASE)
_LEADING_SUBORDINATE = regex(
    r"^\s*(?:Despite|Although|Though|Even though|Whereas|Because|Unless|If)\b[^,;]{3,200},"
)
# Words that open a phrase or clause set before the subject with a comma: "In 2023, ...",
# "According to the report, ...", "Once it is running, ...", "Meanwhile, ...".
_OPENER_WORDS = frozenset(
    """according after against amid among as at before besides beyond by despite during
    following for from if in inside instead into last like meanwhile next now on once outside
    over since through throughout thus to today under unlike until upon when whenever where
    whereas while with within without yesterday afterwards also earlier eventually finally
    however later moreover nevertheless nonetheless overall previously recently separately
    similarly still then therefore tomorrow""".split()
)
# Adverbs that open a clause only when a comma follows them alone: "Indeed, ..." (but "Often
# the cooling, known as ..." has its subject before the comma).
_ADVERB_OPENERS = frozenset(
    """indeed consequently furthermore additionally notably importantly ultimately hence
    instead""".split()
)
# "Years later, ...", "Two weeks earlier, ...", "A decade ago, ...".
_OPENER_LAST_WORDS = frozenset({"later", "earlier", "ago"})
# "The day after the crash, ...", "The next morning, ...", "That evening, ...": a time said by
# its distance from another, which opens the clause as a date would.
_TIME_UNITS = frozenset(
    "day days week weeks month months year years morning afternoon evening night weekend".split()
)
_TIME_RELATIONS = frozenset("after before later earlier ago following next".split())
_MOST_TIME_OPENER_WORDS = 8
_DATE_PREPOSITIONS = frozenset({"in", "on", "by", "during", "since"})
# Irregular verbs the "-ed" test misses, for finding where a subject ends ("A team found
# that ..."); clauses are not split at them, as "and won 22 trophies" shares its subject.
_IRREGULAR_VERBS = frozenset(
    """found rose fell grew told built paid spent sold kept bought brought led saw won seems
    seem broke struck lost went stood withdrew took""".split()
)
# Verbs in the present, or in a past spelled like it ("hit", "put"), that the tests above miss.
# Many double as nouns ("the spending cuts", "test results"), so one ends a subject only when
# the next word opens its object or complement: "The study suggests that", "The reservoir hit
# its low point", "Mice lacking it show no ...", "The rule applies to".
_PRESENT_VERB_LEMMAS = """hit put cut set let cost spread shut hurt quit split beat cast show
    suggest indicate confirm demonstrate reveal use mean point apply occur note find go feel
    agree recover estimate cause lead make take give get hold need want require include contain
    remain become seem appear involve affect reduce prevent protect help provide produce create
    leave carry reach exceed link predict report say tell claim argue explain describe support
    represent depend receive offer play serve face know think believe consider expect""".split()
_PRESENT_VERBS = frozenset(
    form
    for lemma in _PRESENT_VERB_LEMMAS
    for form in (
        lemma,
        lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in "aeiou" else "",
        lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else lemma + "s",
    )
    if form
)
_COMPLEMENT_STARTS = frozenset(
    """the a an its their his her our this that these those to at in on out up beyond how
    what whether why no more less some all only it them us him every each any many much
    several both""".split()
)
# "it’s", "that’s": the pronoun and "is" in one word.
_PRONOUNS_BEFORE_IS = frozenset({"it", "that", "there", "what", "here", "he", "she", "who"})
_RELATIVE_PRONOUNS = frozenset({"who", "which"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "these", "those", "new"})
_PARENTHETICAL = regex(r"\(([^()]*)\)")
# A figure labelled by its own time, as results compare: "(Q3 2033: $36.1 million)".
_LABELLED = regex(r"^[^:]*\b(?:1[5-9]\d\d|20\d\d)\b[^:]*:\s*\S*\d")
_SUBORDINATORS = ("although", "though", "while", "whereas", "but", "which", "who")
_VERB_HINTS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "do",
        "does",
        "did",
        "said",
        "says",
        "sent",
        "send",
        "opened",
        "voted",
        "began",
        "held",
        "hosted",
        "provided",
        "included",
        "extracted",
        "established",
        "remain",
        "remained",
        "amounted",
        "reached",
        "recognized",
        "recognize",
        "achieved",
        "deployed",
        "allocated",
        "moved",
        "became",
        "joined",
        "signed",
        "met",
        "made",
        "took",
        "gave",
    ]
)


@dataclass(frozen=True)
class AnalysisContext:
    """What an analysis needs beyond the text: aliases and dates to resolve partial dates."""

    aliases: AliasIndex
    published: date | None = None
    context_year: int | None = None
    # The year written last in the sentence's paragraph before it: "In August 2021, ... . The
    # mission moved in September." is September 2021.
    paragraph_year: int | None = None


@dataclass(frozen=True)
class _Found:
    """What a whole sentence holds; each clause takes the part inside it."""

    tokens: list[Token]
    times: list[TimeExpression]
    quantities: list[Quantity]
    entities: list[Entity]
    slotted: frozenset[int]  # the offsets inside a date or quantity
    places: list[Place]


def analyze(text: str, context: AnalysisContext) -> list[Assertion]:
    """Split a sentence or claim into clauses and read each clause's slots."""
    tokens = tokenize(text)
    times = extract_times(
        text,
        published=context.published,
        context_year=context.context_year,
        paragraph_year=context.paragraph_year,
    )
    time_spans = [(t.start, t.end) for t in times]
    # "a year earlier" is a time even where its year is unknown, never a figure.
    year_parts = year_part_spans(text)
    periods = relative_spans(text) + year_parts
    quantities = extract_quantities(text, skip=time_spans + periods, tokens=tokens)
    entities = extract_entities(text, context.aliases)
    # A figure's qualifier ("fewer than", "in excess of") is part of its slot, not a term, as
    # are the part of a period a date names ("at the end of September 2034") and a part of a
    # year ("third-quarter profit").
    slots = [(_part_of_period_start(text, start), end) for start, end in time_spans]
    slots += [(_weekday_start(text, t.start), t.start) for t in times if t.granularity == "day"]
    slots += [(qualified_start(text, q.start), q.end) for q in quantities] + year_parts
    # What a rank places in a series ("Week 14", "the first season") is a word of the clause.
    members = {
        t.start
        for q in quantities
        if q.kind == "rank"
        for t in tokens_within(text, tokens, q.start, q.end)
        if t.folded in SERIES_MEMBERS
    }
    slotted = frozenset(i for start, end in slots for i in range(start, end)) - members
    found = _Found(tokens, times, quantities, entities, slotted, extract_places(text, entities))
    clauses: list[Assertion] = []
    for start, end in clause_spans(text, times, quantities, tokens, entities):
        clause = _assertion(text, start, end, found)
        if clauses:
            clause = _with_subject_of(clauses[-1], _with_verb_of(clauses[-1], clause))
        clauses.append(clause)
    return clauses


def _with_subject_of(before: Assertion, clause: Assertion) -> Assertion:
    """ "was fined £40,000 and ordered to carry out 180 hours of unpaid work": a clause opening
    with its verb is done by the subject of the one before."""
    first = _FIRST_WORD.match(clause.text)
    if first is None or before.subject is None:
        return clause
    if first[0] in _CLAUSE_AUXILIARIES:
        # "and was 15 percent contained", "and will spend $3 million": the auxiliary and the
        # verb after it, if there is one.
        after = _NEXT_WORD.match(clause.text, first.end())
        verb = clause.action or (after[1] if after else "")
        action = f"{first[0]} {verb}".strip()
    elif _past_verb(first[0]):
        action = first[0]
    else:
        return clause
    return clause.model_copy(update={"subject": before.subject, "action": action})


_FIRST_WORD = regex(r"[a-z]+\b")
_NEXT_WORD = regex(r"\s+([a-z]+)\b")


def _past_verb(word: str) -> bool:
    return (is_past_form(word) and len(word) > 4) or word in IRREGULAR_PAST


def _weekday_start(text: str, start: int) -> int:
    """Where the day of the week written just before a day's date begins, else the date's
    start."""
    found = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start)
    return found.start() if found else start


_WEEKDAY_REACH = 14  # "Wednesday, " and a space or two


def _part_of_period_start(text: str, start: int) -> int:
    """Where "the end of" or "the start of" before a date begins, else the date's start."""
    found = _PART_OF_PERIOD.search(text, 0, start)
    return found.start() if found else start


def _with_verb_of(before: Assertion, clause: Assertion) -> Assertion:
    """ "approved the drug for adults, but not for children": the clause after "but" leaves
    out the verb of the one before, which it denies for its own words only."""
    own = clause.quantities or clause.times or clause.action
    left_out = _LEFT_OUT_VERB.match(clause.text)
    if own or not clause.terms or left_out is None:
        return clause
    # "but not in episodic, tension-type headache" after "in chronic": what it denies is
    # "episodic", up to the comma, and only what the clause before did not say.
    denied = terms(clause.text[left_out.end() :].split(",")[0])
    return clause.model_copy(
        update={
            "subject": before.subject,
            "action": before.action,
            "terms": tuple(dict.fromkeys(before.terms + clause.terms)),
            "entities": before.entities + clause.entities,
            "negation_scope": tuple(t for t in denied if t not in before.terms),
        }
    )


def clause_spans(
    text: str,
    times: list[TimeExpression],
    quantities: list[Quantity],
    tokens: list[Token],
    entities: list[Entity],
) -> list[tuple[int, int]]:
    """Clause boundaries: semicolons, contrasts, clausal asides, and "X in 1993 and Y in 2003",
    never inside a name ("Bosnia and Herzegovina").

    `tokens` are `tokenize(text)`.
    """
    cuts = _always_cuts(text)
    cuts += _leading_subordinate_cut(text)
    cuts += _parenthetical_cuts(text)
    anchors = sorted([t.start for t in times] + [q.start for q in quantities])
    slot_spans = [(t.start, t.end) for t in times] + [(q.start, q.end) for q in quantities]
    # "and" splits only after an anchor: most sentences have none, and skip the search.
    and_matches = _AND_SPLIT.finditer(text) if anchors else ()
    for match in and_matches:
        named = any(e.start < match.start() and match.end() < e.end for e in entities)
        if named:
            continue
        if (
            _separates_anchors(match.start(), match.end(), anchors, cuts)
            and _has_verb_before(text, tokens, match.end(), anchors)
        ) or (
            text[match.start()] == ","
            and not _ends_a_list(text, match.start(), slot_spans)
            and _anchored_before(match.start(), anchors, cuts)
            and not _anchored_after(match.end(), anchors, cuts)
            and _opens_own_clause(text, tokens, match.end())
        ):
            cuts.append(match.span())
    spans: list[tuple[int, int]] = []
    position = 0
    for cut_start, cut_end in sorted(cuts):
        if cut_start >= position:
            spans.append((position, cut_start))
            position = cut_end
    spans.append((position, len(text)))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip(" ,.()")]


def _always_cuts(text: str) -> list[tuple[int, int]]:
    """Semicolons and contrasts; a text with none of their words is not searched."""
    if not any(word in text for word in _ALWAYS_SPLIT_WORDS):
        return []
    return [m.span() for m in _ALWAYS_SPLIT.finditer(text)]


def _leading_subordinate_cut(text: str) -> list[tuple[int, int]]:
    """ "Despite X, Y": the concession is a clause of its own, with its own facts."""
    match = _LEADING_SUBORDINATE.match(text)
    return [(match.end() - 1, match.end())] if match else []


def _parenthetical_cuts(text: str) -> list[tuple[int, int]]:
    """A clause in parentheses, "(although X is not part of Y)", stands on its own."""
    cuts = []
    for match in _PARENTHETICAL.finditer(text):
        inner = match.group(1).strip()
        # Words, not the commas some texts write apart: "( born November 2 , 1998 )" is four.
        words = [word for word in inner.split() if any(c.isalnum() for c in word)]
        if inner.lower().startswith(_SUBORDINATORS) or len(words) >= 5 or _LABELLED.match(inner):
            cuts.append((match.start(), match.start() + 1))
            cuts.append((match.end() - 1, match.end()))
    return cuts


def _separates_anchors(
    start: int, end: int, anchors: list[int], cuts: list[tuple[int, int]]
) -> bool:
    """Split at "and" only when each side carries its own number or date."""
    return _anchored_before(start, anchors, cuts) and _anchored_after(end, anchors, cuts)


def _anchored_before(start: int, anchors: list[int], cuts: list[tuple[int, int]]) -> bool:
    """Whether the clause ending at `start` carries a number or date of its own."""
    left_bound = max([c[1] for c in cuts if c[1] <= start], default=0)
    return any(left_bound <= a < start for a in anchors)


def _anchored_after(end: int, anchors: list[int], cuts: list[tuple[int, int]]) -> bool:
    """Whether the clause starting at `end` carries a number or date of its own."""
    right_bound = min([c[0] for c in cuts if c[0] >= end], default=10**9)
    return any(end <= a < right_bound for a in anchors)


def _ends_a_list(text: str, comma: int, slot_spans: list[tuple[int, int]]) -> bool:
    """ "actress, model, and musician Evan Rachel Wood": the comma before "and" ends the
    last but one item of a list, a few words after another comma (not one inside a date,
    as in "on March 31, 2035, and")."""
    before = comma
    while True:
        before = text.rfind(",", 0, before)
        if before < 0:
            return False
        if not any(start <= before < end for start, end in slot_spans):
            return len(text[before + 1 : comma].split()) <= _LIST_ITEM_WORDS


def _opens_own_clause(text: str, tokens: list[Token], start: int) -> bool:
    """ "..., and chief operating officer Rufina Achterberg will succeed her": after ", and", a
    subject of a few words and then a verb of its own, so the date before is not this
    clause's. A pronoun ("and she will ...") points back to the clause before, and an opener
    ("and, according to Cohen, it was ...") is no subject."""
    words = tokens_within(text, tokens, start, len(text))[: _OWN_SUBJECT_WORDS + 1]
    for index, token in enumerate(words):
        if token.folded in _POINTING_PRONOUNS or "," in text[start : token.start]:
            return False
        if index == 0 and token.folded in _NEGATING_SUBJECTS:
            continue  # "and no one in the town was hurt": the subject denies, the clause is new
        if _is_verb(token.folded) or token.folded in NEGATION_CUES:
            return index > 0 and token.folded in _CLAUSE_AUXILIARIES
    return False


def _has_verb_before(text: str, tokens: list[Token], start: int, anchors: list[int]) -> bool:
    """The right side of "and" is a clause when a verb comes before its number or date, and
    before another "and" ("of brush and timber ... and was 15 percent contained" is one clause
    up to the second "and")."""
    stop = min([a for a in anchors if a >= start], default=len(text))
    for token in tokens_within(text, tokens, start, stop):
        if token.folded == "and":
            return False
        if _is_verb(token.folded):
            return True
    return False


def _is_verb(word: str) -> bool:
    return word in _VERB_HINTS or (word.endswith("ed") and len(word) > 4)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,.;()\u00a0\n\t":
        start += 1
    while end > start and text[end - 1] in " ,;()\u00a0\n\t":
        end -= 1
    return start, end


def _as_negation_reads(text: str, token: Token) -> str:
    """A word as negation reads it: one written onto another by a hyphen ("the Low-No grant",
    "a no-bid contract", "not-for-profit") is part of a name or a modifier, no negation."""
    if token.folded not in NEGATION_CUES:
        return token.folded
    hyphened = text[token.start - 1 : token.start] == "-" or text[token.end : token.end + 1] == "-"
    # "the Straight But Not Narrow campaign": a capital inside a sentence makes it a name's
    # ("No" aside, which opens sentences and names alike: "No Way Out is the debut album").
    named = (
        token.folded != "no"
        and token.text[:1].isupper()
        and text[: token.start].rstrip()[-1:].isalnum()
    )
    return "" if hyphened or named else token.folded


def _assertion(text: str, start: int, end: int, found: _Found) -> Assertion:
    tokens = tokens_within(text, found.tokens, start, end)
    content = [t for t in tokens if t.start not in found.slotted] if found.slotted else tokens
    # "In the end" says when, as a date would, and no word of what happened.
    phrase = _SET_OPENERS.match(text, start)
    if phrase is not None:
        content = [t for t in content if t.start >= phrase.end()]
    folded = [t.folded for t in tokens]
    read = [_as_negation_reads(text, t) for t in tokens]
    negated, scope = negation(read)
    subject, action, obj = _roles(text, content, start, end, tokens)
    if negated:
        main = _main_verb_of(text, content, start, end, tokens)
        verb = end if main is None else main.tokens[main.verb].start
        head_end = end if main is None else main.tokens[main.head_end].start
        relatives = _relative_clauses(text, tokens, end, verb, head_end)
        if relatives:
            # "The plaques whose history could not be established were returned": the denial
            # says which plaques, not that they were not returned, and covers the relative
            # clause's own words ("could not be traced"), not "were returned to Quist".
            inside = [any(s <= t.start < e for s, e in relatives) for t in tokens]
            negated, scope = negation(
                [w if not hid else "" for w, hid in zip(read, inside, strict=True)]
            )
            aside = negation([w if hid else "" for w, hid in zip(read, inside, strict=True)])[1]
            scope = tuple(dict.fromkeys((*scope, *aside)))
    return Assertion(
        text=text[start:end],
        start=start,
        end=end,
        subject=subject,
        action=action,
        object=obj,
        terms=_terms(content, planning_words(tokens)),
        quantities=tuple(q for q in found.quantities if start <= q.start < end),
        times=tuple(t for t in found.times if start <= t.start < end),
        entities=tuple(e for e in found.entities if start <= e.start < end),
        places=tuple(p for p in found.places if start <= p.start < end),
        negated=negated,
        negation_scope=scope,
        modality=modality(folded),
    )


def _terms(content: list[Token], planning: frozenset[int]) -> tuple[str, ...]:
    """The clause's content stems, without the words that only say it is planned."""
    return terms_of_words([t.folded for t in content if t.start not in planning])


class _MainVerb(NamedTuple):
    """Where a clause's parts begin: after any opener (`start`), its main verb (`verb`, an
    index into `tokens`) and where its subject's head ends (`head_end`, before any relative
    clause of the subject)."""

    start: int
    tokens: list[Token]
    verb: int
    head_end: int


def _main_verb_of(
    text: str, tokens: list[Token], start: int, end: int, every: list[Token]
) -> _MainVerb | None:
    """The clause's main verb, by the first verb-like word after any opener and past a
    relative clause of its subject; None when it has none."""
    start = _opener_end(text, tokens, start, end)
    tokens = [t for t in tokens if t.start >= start]
    i = _main_verb(text, tokens, end, every)
    if i is None:
        return None
    return _MainVerb(start, tokens, *_after_subject_clause(tokens, i))


def _roles(
    text: str, tokens: list[Token], start: int, end: int, every: list[Token]
) -> tuple[str | None, str | None, str | None]:
    """Subject, verb and object, by the first verb-like word after any opener: a sketch, not a
    parse. "By May, the city had ..." is about the city; the opener's date stays the clause's.

    `tokens` are the clause's words outside its slots; `every` all of them, for the word that
    follows a verb ("uses a third of", where "a third" is a figure's slot)."""
    found = _main_verb_of(text, tokens, start, end, every)
    if found is None:
        return None, None, text[_opener_end(text, tokens, start, end) : end] or None
    start, tokens, i, head_end = found
    token = tokens[i]
    verb_end = (
        tokens[i + 1].end
        if token.folded in _VERB_HINTS
        and i + 1 < len(tokens)
        and (tokens[i + 1].folded.endswith(("ed", "en")) or tokens[i + 1].folded == "not")
        else token.end
    )
    subject_start = _subject_start(tokens[:head_end], start)
    subject_end = _before_adverbs(text, subject_start, tokens[head_end].start)
    subject = text[subject_start:subject_end].strip(" ,") or None
    obj = text[verb_end:end].strip(" ,.") or None
    return subject, text[token.start : verb_end], obj


# Words opening a relative clause: "the plaques whose history ...", "passengers who were hurt".
# "that" opens one only inside a subject ("The plan that the council rejected was ..."); after
# a verb it opens what was said ("said that it would not ...").
_RELATIVE_OPENERS = frozenset({"who", "whose", "which"})
# The relative clause's subject before its verb is a few words at most ("whose history", "that
# the city council"); farther off, the verb found is the main one.
_RELATIVE_SUBJECT_WORDS = 3
_PREPOSITIONS = frozenset(
    "in of for on at to from with by about against into over under after before during".split()
)
_SUBJECT_PRONOUNS = frozenset("it he she they we i you".split())
_AUXILIARIES = _CLAUSE_AUXILIARIES | {"shall", "should", "do", "does", "did"}
# What may follow a verb group's first word inside it: "could not be established", "has never
# been"; another finite auxiliary ("were returned") starts the next verb group.
_VERB_GROUP_WORDS = frozenset({"be", "been", "being", "have", "not", "never"})


def _after_subject_clause(tokens: list[Token], i: int) -> tuple[int, int]:
    """The main verb and where the subject ends, when the verb found first (`i`) is a relative
    clause's inside the subject: in "The plaques whose history could not be established were
    returned" the verb group "could not be established" tells which plaques, "were returned"
    is the sentence's, and the subject is "The plaques". Else (`i`, `i`)."""
    opener = next(
        (
            j
            for j in range(max(1, i - _RELATIVE_SUBJECT_WORDS - 1), i)
            if _opens_relative(tokens, j, i)
        ),
        None,
    )
    if opener is None or any(t.folded in _PREPOSITIONS for t in tokens[opener - 1 : i]):
        return i, i
    k = i + 1
    while k < len(tokens) and tokens[k].folded in _VERB_GROUP_WORDS:
        k += 1
    auxiliary = tokens[i].folded in _AUXILIARIES
    if auxiliary and k < len(tokens) and tokens[k].folded.endswith(("ed", "en")):
        k += 1  # the participle ending the group: "could not be established", "were hurt"
    for m in range(k, len(tokens)):
        word = tokens[m].folded
        if word in _AUXILIARIES:
            return m, opener
        past = (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_VERBS
        if past and tokens[m - 1].folded not in _DETERMINERS and not tokens[m].text[0].isupper():
            return m, opener
    return i, i


def _opens_relative(tokens: list[Token], j: int, verb: int) -> bool:
    """ "whose" in "the plaques whose history could not ...", "that" in "the plan that the
    council rejected" (not in "the report on that plan", where it points)."""
    word = tokens[j].folded
    if word in _RELATIVE_OPENERS:
        return True
    following = tokens[j + 1].folded
    return word == "that" and (j + 1 == verb or following in _DETERMINERS | _SUBJECT_PRONOUNS)


def _relative_clauses(
    text: str, tokens: list[Token], end: int, verb: int, head_end: int
) -> list[tuple[int, int]]:
    """The spans of the clause's relative clauses: the subject's own, from where its head ends
    (`head_end`) to the main verb (`verb`); and one from "who", "whose" or "which" after a
    word that is no verb, to the main verb, the next comma or the clause's end."""
    spans = [(head_end, verb)] if head_end < verb else []
    for j, token in enumerate(tokens):
        if j == 0 or token.folded not in _RELATIVE_OPENERS:
            continue
        if tokens[j - 1].folded in _AUXILIARIES | _VERB_GROUP_WORDS or _is_verb(
            tokens[j - 1].folded
        ):
            continue
        stop = verb if token.start < verb else end
        comma = text.find(",", token.end, stop)
        spans.append((token.start, comma if comma >= 0 else stop))
    return spans


def _before_adverbs(text: str, start: int, verb_start: int) -> int:
    """Where the subject ends before the adverbs that lead to its verb: "Prosecutors eventually
    decided", "The council unanimously approved" are the prosecutors' and the council's."""
    end = verb_start
    for word in reversed(list(_WORD.finditer(text, start, verb_start))):
        if text[word.end() : end].strip() or not _is_adverb(word[0]):
            break
        end = word.start()
    return end


_WORD = regex(r"[A-Za-z]+")
# Adverbs of time that come between a subject and its verb: "Police later arrested him".
_TIME_ADVERBS = frozenset("later then also now still already again soon never often".split())


def _is_adverb(word: str) -> bool:
    if word in _TIME_ADVERBS:
        return True
    return word[:1].islower() and len(word) > 4 and is_ly_adverb(word)


def _main_verb(text: str, tokens: list[Token], end: int, every: list[Token]) -> int | None:
    """The index of the first verb-like word that is not inside an aside: in "The mayor, who
    took office in May, said ..." the verb is "said"."""
    aside_end = -1
    after = 0  # `every` is in text order, as `tokens` is: the next token is found by walking on
    for i, token in enumerate(tokens):
        if (i == 0 and not _holds_is(token)) or token.start < aside_end:
            continue
        while after < len(every) and every[after].start < token.end:
            after += 1
        following = every[after] if after < len(every) else None
        if not _may_be_main_verb(text, token, following) or _describes_noun(tokens, i):
            continue
        if _opens_aside(text, tokens[i - 1]):
            comma = text.find(",", token.end, end)
            if comma >= 0:
                aside_end = comma
                continue
        return i
    return None


# Words that open a noun phrase a participle may describe: "every wrongly downgraded candidate".
_NOUN_PHRASE_OPENERS = _DETERMINERS | {"every", "each", "all", "any", "some", "his", "her", "our"}


def _describes_noun(tokens: list[Token], i: int) -> bool:
    """A participle after an adverb inside a noun phrase: "Every wrongly downgraded candidate
    is owed", "the newly elected mayor said": it tells which, the verb comes after."""
    if i < 2 or i + 1 >= len(tokens) or not tokens[i].folded.endswith("ed"):
        return False
    adverb, opener, noun = tokens[i - 1], tokens[i - 2], tokens[i + 1]
    return (
        is_ly_adverb(adverb.folded)
        and opener.folded in _NOUN_PHRASE_OPENERS
        and noun.text[:1].islower()
        and is_content_word(noun.folded)
    )


def _may_be_main_verb(text: str, token: Token, following: Token | None) -> bool:
    """A verb-like word that is not part of a name or the end of a compound ("peer-reviewed")."""
    compound = text[token.start - 1 : token.start] == "-"
    if _holds_is(token):
        return True
    verb_like = (
        _is_verb(token.folded)
        or token.folded in _IRREGULAR_VERBS
        or _is_present_verb(token, following)
    )
    return verb_like and not compound and not token.text[:1].isupper()


def _is_present_verb(token: Token, following: Token | None) -> bool:
    """ "suggests" in "The study suggests that", not "cuts" in "the spending cuts hurt"."""
    if token.folded not in _PRESENT_VERBS or following is None:
        return False
    return following.folded in _COMPLEMENT_STARTS or following.is_number


def _holds_is(token: Token) -> bool:
    return token.folded in _PRONOUNS_BEFORE_IS and token.text[-2:] in ("’s", "'s")


def _opens_aside(text: str, word: Token) -> bool:
    """ ", who ..." and ", which ..." open an aside about the word before the comma."""
    return word.folded in _RELATIVE_PRONOUNS and "," in text[word.start - 2 : word.start]


def _subject_start(subject: list[Token], start: int) -> int:
    """Where the subject's words begin: a gerund's object is what "Building the plant is
    expected to ..." is about, as a source may name the work otherwise ("construction")."""
    if len(subject) >= 3 and _is_gerund(subject[0].folded) and subject[1].folded in _DETERMINERS:
        return subject[1].start
    return start


def _is_gerund(word: str) -> bool:
    return word.endswith("ing") and len(word) > 5


def _opener_end(text: str, tokens: list[Token], start: int, end: int) -> int:
    """Where the subject may begin: after the introductory phrases that open the clause."""
    position = _after_a_dated_opener(text, [t for t in tokens if start <= t.start < end], start)
    while True:
        comma = _clause_comma(text, position, end)
        if comma < 0:
            return position
        words = [t.folded for t in tokens if position <= t.start < comma]
        if not _is_opener(words) and not _is_date(text[position:comma]):
            return position
        position = comma + 1
        while position < end and text[position].isspace():
            position += 1


def _clause_comma(text: str, start: int, end: int) -> int:
    """The first comma from `start` that is not a thousands separator ("1,850"); -1 if none."""
    comma = text.find(",", start, end)
    while 0 < comma < end - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


# Set phrases that open a clause without a comma: "In the end the tunnel cost ...", and a
# stretch of time ("In the space of a week the shares lost ...", "Over three days savers
# pulled ...") unless what follows the unit still belongs to it ("the first week of May").
_SET_OPENERS = regex(
    r"(?:in\s+the\s+end|in\s+the\s+meantime|at\s+first|at\s+last|by\s+then|so\s+far"
    r"|all\s+told|since\s+then|until\s+then|of\s+course"
    r"|(?:in|over|within|for)\s+(?:the\s+space\s+of\s+)?(?:a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+|the\s+(?:next|following|past))\s+(?:[a-z]+\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)"
    r"(?!\s+(?:of|after|before|in|to|and|since|from|ago|later|earlier|that|when)\b))"
    r"\s+(?=\w)",
    re.IGNORECASE,
)


def _after_a_dated_opener(text: str, tokens: list[Token], start: int) -> int:
    """ "In October 2034 Thollesby told analysts ...": a date opens the clause without a comma
    (its words are a slot's, not the clause's), and the subject begins after it; so does a set
    phrase ("In the end")."""
    phrase = _SET_OPENERS.match(text, start)
    if phrase is not None:
        return phrase.end()
    if len(tokens) < 2 or tokens[0].folded not in _DATE_PREPOSITIONS:
        return start
    gap = text[tokens[0].end : tokens[1].start]
    digits = [i for i, c in enumerate(gap) if c.isdigit()]
    # A comma inside the date ("March 3, 2031") is the date's; one after it ends an opener,
    # which the commas are for.
    return tokens[1].start if digits and "," not in gap[digits[-1] :] else start


def _is_date(stretch: str) -> bool:
    """ "Saturday", "August 13", "2039": a date between commas ("on Saturday, August 13, the
    fire had ...") is part of the opener."""
    words = stretch.lower().replace(".", " ").split()
    named = any(word in MONTHS or word in WEEKDAYS or _YEAR.fullmatch(word) for word in words)
    return named and all(
        word in MONTHS or word in WEEKDAYS or _DAY_OR_YEAR.fullmatch(word) for word in words
    )


_DAY_OR_YEAR = regex(r"\d{1,4}(?:st|nd|rd|th)?")
_YEAR = regex(r"1[5-9]\d\d|2\d\d\d")


def _is_opener(words: list[str]) -> bool:
    """ "In 2023", "According to the agency", "Years later", "Once it is running", "The day
    after the crash", "That evening"."""
    if not words:
        return False
    if words == words[:1] and words[0] in _ADVERB_OPENERS:
        return True
    if words[0] in _OPENER_WORDS or words[-1] in _OPENER_LAST_WORDS:
        return True
    if not _TIME_UNITS & set(words[:3]) or len(words) > _MOST_TIME_OPENER_WORDS:
        return False
    return bool(_TIME_RELATIONS & set(words)) or words[:1] in (["that"], ["this"])
