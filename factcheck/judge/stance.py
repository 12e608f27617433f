"""Assertion × evidence sentence → stance with reasons, by aligning slots, not word overlap."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from factcheck.extract.clock import clock_times, day_parts
from factcheck.extract.dates import parse_iso_date, weekday_ranges
from factcheck.extract.entities import (
    FUZZY_LENGTH_SLACK,
    FUZZY_MIN_LENGTH,
    KIND_WORDS,
    AliasIndex,
    is_country,
    joined_term,
    kind_beside,
    looks_like_person,
    title_before,
)
from factcheck.extract.patterns import regex
from factcheck.extract.quotations import PROPOSING_VERBS, SPEECH_VERBS, named_author
from factcheck.extract.reception import reception, tone_difference, tone_terms
from factcheck.extract.tokens import terms
from factcheck.extract.verbs import VerbSense, verb_senses
from factcheck.judge.all_or_part import part_for_all
from factcheck.judge.antecedents import named_before
from factcheck.judge.casting import ClaimedCasting, casting_agreed, claimed_casting, rival_casting
from factcheck.judge.corrections import retracted
from factcheck.judge.directions import change_reversed
from factcheck.judge.editions import edition_noun, year_of_another_thing
from factcheck.judge.event_dates import (
    dated_as_claimed_beside,
    dated_otherwise_before,
    dates_another_doing,
    dates_the_same_doing,
    no_date_given,
)
from factcheck.judge.excess import opposite_excess
from factcheck.judge.fates import another_fate
from factcheck.judge.figure_match import (
    SlotComparison,
    another_month,
    comparison_direction,
    counted_by_name,
    match_quantity,
    match_time,
    said_when_published,
    time_in_neighbours,
    time_in_title,
)
from factcheck.judge.intervals import GENERIC_STEMS, SlotMatch, compare_times
from factcheck.judge.makers import Maker, maker_named, rival_maker
from factcheck.judge.neighbours import sentence_before
from factcheck.judge.nicknames import ClaimedNickname, claimed_nickname, nickname_agreed
from factcheck.judge.null_findings import denies_a_difference, tells_of_no_difference
from factcheck.judge.opposition import (
    Opposition,
    an_instruction,
    decisive_verb_unsaid,
    denied_plan_dates,
    find_opposition,
    future_verb_unsaid,
    negation_answers,
    obtaining_unsaid,
    only_planned,
    tells_of_a_deed,
)
from factcheck.judge.ordinals import another_ordinal
from factcheck.judge.owners import another_owner, owners_in
from factcheck.judge.payees import another_payee, payees_in
from factcheck.judge.payers import Payment, compare_payers, payment_in
from factcheck.judge.places import (
    SITING_TERMS,
    misplaced,
    one_off,
    place_contradiction,
    place_names,
    rival_place,
)
from factcheck.judge.posts import other_post
from factcheck.judge.remainders import left_the_rest
from factcheck.judge.results import Result, result_said, results_in
from factcheck.judge.rivals import Rival
from factcheck.judge.roles import misplaced_parties
from factcheck.judge.routes import reversed_route
from factcheck.judge.shares import whole_said_before
from factcheck.judge.study_aims import asserts, tells_a_finding
from factcheck.judge.superlatives import Superlative, rival_holder, superlatives_in
from factcheck.judge.teams import ClaimedClub, claimed_club, club_agreed, rival_club
from factcheck.judge.tenure import another_tenure
from factcheck.judge.totals import total_against_a_cap
from factcheck.judge.transactions import another_deal
from factcheck.models import (
    AnalyzedSentence,
    Assertion,
    EvidenceSentence,
    Quantity,
    Stance,
)

# A verb by which a figure is counted, or given as a level, right before the figure: "reported
# more than 9,500", "stood at $1.06 billion", "came to $31.8 million".
_VOTE_TALLY = regex(
    r"\b(received|receives|got|gets|polled|polls|took|takes|won|wins|garnered|secured)\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?"
    r"\d[\d,.]*\s*(?:%|percent|per\s+cent)?\s+(?:of\s+the\s+)?(?:votes?|ballots?)\b",
    re.IGNORECASE,
)
# "The walkout at Pell began on 11 March": an event that began on a day took place from it,
# which "dockers walked out on 11 March" says without the verb.
_EVENT_BEGAN = regex(
    r"\b(?:walkouts?|strikes?|stoppages?|fires?|blazes?|wildfires?|war|fighting|outbreaks?"
    r"|epidemic|talks|negotiations|trial|hearings?|inquiry|investigation|campaign|protests?"
    r"|evacuation|search|lockdown|shutdown|closure|construction|deployment|operation)"
    r"(?:\s+[\w,'-]+){0,8}?\s+(?:began|begun|begins|started|starts|commenced)\b",
    re.IGNORECASE,
)
_MEASURE_TERMS = frozenset(terms("number count total toll tally amount"))
_TALLY_VERB = regex(
    r"\b(reported|recorded|registered|confirmed|counted|logged|stood|stands|came|comes"
    r"|amounted|amounts|totall?ed)\s+(?:at\s+|to\s+)?(?=(?:(?:more|fewer|less)"
    r"\s+than|over|under|about|around|nearly|almost|at\s+least|at\s+most|up\s+to|some)?"
    r"\s*\$?\d)",
    re.IGNORECASE,
)

# How much a claim word counts when found in the clause, elsewhere in its sentence, or nearby.
CLAUSE_WEIGHT, SENTENCE_WEIGHT, WINDOW_WEIGHT = 1.0, 0.75, 0.5
MIN_COVERAGE = 0.5
MIN_COVERAGE_WITH_FIGURES = 0.35  # two exact figures or more, each matched
SUBJECT_COVERAGE = 0.5
MIN_COVERAGE_WITH_DATES_ONLY = 0.6
MIN_COVERAGE_WITHOUT_SLOTS = 0.7
MIN_CONTRADICTION_COVERAGE = 0.6
# A figure counting the very noun the claim's counts needs fewer of the claim's other words:
# "released in 2,950 theaters" and "will open ... from 3,000 theaters" measure one thing. So
# does a bound on a sum or a share ("earned more than $54.5 million" against "grossed $54
# million"): its unit says what is measured, and a bound is how a figure is restated.
MIN_COUNTED_CONTRADICTION_COVERAGE = 0.5
# ... when the source's figure is near the bound (a quarter of it), as a restated one is: a
# share far from it ("more than 90%" against "as much as 20 percent") is likely another's.
_BOUNDED_KINDS = frozenset({"money", "percent"})
_BOUNDS = frozenset({"over", "under", "at_least", "up_to", "almost"})
_BOUNDED = 0.25
_RESTATED = 0.05  # a confirming figure this near the claim's is the one it restates
# A statement its sentence gives to "she" or "he": the speaker is named before.
_SPEAKER_PRONOUN = regex(r"\b(?:she|he)\s+(?:said|says|added|told|noted|wrote)\b", re.I)
_PERSONAL_PRONOUN = regex(r"\b(?:she|he)\b", re.I)
# A different date or a negation needs the clause to say nearly all the claim says.
MIN_EVENT_CONTRADICTION_COVERAGE = 0.75


@dataclass(frozen=True)
class Judgement:
    """What one evidence sentence says about one assertion, and why."""

    stance: Stance
    strength: float
    reason: str
    evidence: EvidenceSentence
    supporting_neighbours: tuple[AnalyzedSentence, ...] = ()
    # Unrelated only for want of words (a paraphrase, a subject named differently), not for
    # a name, figure or date the sentence lacks or gives otherwise: a learned judge may decide
    # what the words leave open, never what the slots settle.
    open_question: bool = False
    # Where only wording keeps the rules from deciding (not a negation, an opposite verb or a
    # missing slot), how much of the claim's words the sentence and its neighbours say: how
    # close a paraphrase the model is asked about. 0 otherwise.
    wording: float = 0.0


@dataclass(frozen=True)
class Context:
    """The terms around a clause, from nearest to farthest."""

    clause: frozenset[str]
    sentence: frozenset[str]
    window: frozenset[str]


@dataclass(frozen=True, eq=False)
class _Name:
    """A claim entity as matching looks for it; by identity, as each claim has its own."""

    text: str
    canonical: str
    # The terms of the name as written, and of every name the entity goes by.
    spelled: frozenset[str]
    known: frozenset[str]
    # The known words long enough to be found by a close spelling.
    fuzzy: frozenset[str]
    # The name as written, its words run together ("Century Link" as "CenturyLink").
    joined: str | None = None

    def spelled_in(self, found_terms: frozenset[str]) -> bool:
        """True when every word of the name as written is among the terms, or all of them
        run together."""
        if self.joined is not None and self.joined in found_terms:
            return True
        return bool(self.spelled) and self.spelled <= found_terms


@dataclass(frozen=True)
class _Prepared:
    """What judging needs from one claim assertion, worked out once for all its candidates."""

    names: tuple[_Name, ...]
    people: tuple[_Name, ...]
    subject_names: frozenset[_Name]
    # Descriptive words with their weights, and the weight they add up to.
    words: tuple[tuple[str, float], ...]
    total: float
    subject_words: tuple[tuple[str, float], ...]
    subject_needed: float
    # Every word of every name, and those of them a close spelling can stand for.
    vocabulary: frozenset[str]
    fuzzy: frozenset[str]
    # The club the claim says someone plays for ("plays for Pell Rovers"), if any.
    club: ClaimedClub | None = None
    # The actor and role the claim pairs ("Mara Quist plays Ines in Tides"), if that is all.
    casting: ClaimedCasting | None = None
    # Who the claim says pays for what ("the council will pay for the ferry"), if it says so.
    payment: Payment | None = None
    # The firm the claim says made the thing ("built by Pell Marine"), if it names one.
    maker: Maker | None = None
    # The person the claim says said or proposed it ("Mara Quist said ..."), if any.
    speaker: _Name | None = None
    # Who the claim says beat whom ("Pell defeated Dovrik"), if it says so.
    result: Result | None = None
    # The nickname the claim gives someone ("Mara Quist is known as Tova"), if that is all.
    nickname: ClaimedNickname | None = None
    # What the claim says is the most of its kind ("Pell is the largest town in Quist").
    superlatives: tuple[Superlative, ...] = ()
    # Whether it tells what its subject said or found ("The High Court ruled that ...").
    tells_what_was_said: bool = False
    # The comparatives its figures are said with ("27 percent lower"), and whose it says a
    # thing is ("Aldervane's property").
    comparatives: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()
    payees: frozenset[str] = frozenset()  # whom it says a sum is paid to ("pay Pell $5m")
    # The names found among a set of terms, by the terms that decide it.
    found: dict[frozenset[str], frozenset[_Name]] = field(default_factory=dict, compare=False)

    def without(self, speaker: _Name, subject: str) -> _Prepared:
        """The claim as if it did not say who said it: what was said, and nothing of whom
        (the `subject`: the speaker with a title, "Mara Quist, the head of the mission")."""
        whom = set(terms(subject))
        words = tuple((word, weight) for word, weight in self.words if word not in whom)
        return replace(
            self,
            words=words,
            total=sum((weight for _, weight in words), 0.0),
            names=tuple(n for n in self.names if n is not speaker),
            people=tuple(n for n in self.people if n is not speaker),
            subject_names=frozenset(),
            subject_words=(),
            subject_needed=0.0,
            speaker=None,
            found={},
        )


@dataclass(frozen=True)
class _Sentence:
    """The terms of an evidence sentence: all its clauses', and each clause's."""

    own: frozenset[str]
    clauses: tuple[frozenset[str], ...]


# AliasIndex also finds a name word by a close spelling (Dzhaksybekov / Jaksybekov) when the
# word is long and the lengths differ by at most the slack.
_SLACK = range(-FUZZY_LENGTH_SLACK, FUZZY_LENGTH_SLACK + 1)


@dataclass(frozen=True)
class Matcher:
    """Judges evidence for claims with the store's term weights and aliases.

    A matcher remembers what it worked out per claim, per sentence and per mention, so it is
    meant for one batch of claims over an alias table that does not change meanwhile.
    """

    aliases: AliasIndex
    idf: Mapping[str, float] = field(default_factory=dict)
    unseen_idf: float = 10.0
    # Every figure of the claim being judged, of all its assertions: a source figure that is
    # one of them is that one's, and denies no other.
    claim_figures: tuple[Quantity, ...] = ()
    # Whether an entity, by canonical name, is mentioned among a set of deciding terms.
    _mentions: dict[tuple[str, frozenset[str]], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # Keyed by id(): records hash by value, which costs as much as the work saved. Each entry
    # keeps its record alive, so the id cannot be reused while the entry is there.
    _claims: dict[int, tuple[Assertion, _Prepared]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _sentences: dict[int, tuple[AnalyzedSentence, _Sentence]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def judge(
        self, claim: Assertion, evidence: EvidenceSentence, *, places_named: bool = True
    ) -> Judgement:
        """The stance of one evidence sentence towards one claim assertion.

        `places_named=False` asks only whether the evidence puts the claim's event in another
        place than the claim's, which it does not name.
        """
        if retracted(evidence.sentence.sentence.text):
            # What a correction says was wrong is the source's denial, not its word: no voice
            # may take it for support.
            return _unrelated(evidence, "tells what an earlier version wrongly said")
        prepared = self._prepare(claim)
        misattributed = self._said_by_another(claim, prepared, evidence)
        if misattributed is not None:
            return misattributed
        return self._judge(claim, prepared, evidence, places_named=places_named)

    def _judge(
        self,
        claim: Assertion,
        prepared: _Prepared,
        evidence: EvidenceSentence,
        *,
        places_named: bool = True,
    ) -> Judgement:
        if tells_of_a_deed(claim):
            before = sentence_before(evidence)
            if an_instruction(
                evidence.sentence.sentence.text, before.sentence.text if before else ""
            ):
                # "3. write to each of the 131 patients ..." under "We recommend that the
                # University:": what should be done, which no voice may read as done.
                return _unrelated(evidence, "tells what should be done, not that it was done")
        # The title is context for every sentence: "the pandemic", "the two countries".
        plain = self._sentence(evidence.sentence)
        title_terms = _title_terms(evidence.source.title or "")
        own = _referring_to_title(plain, evidence.sentence, title_terms)
        sentence_terms = own.own | title_terms
        window_terms = frozenset().union(*(self._sentence(n).own for n in evidence.neighbours))
        everything = sentence_terms | window_terms
        # Names and subject are looked for in everything the evidence offers, whichever clause
        # is best, so a candidate lacking them is turned down before clauses are compared.
        named = self._names_in(prepared, everything)
        missing = _missing(prepared, named)
        # "for the county" in a story that named Bexhollow County last of its kind; never the
        # claim's subject, who must be named ("the district's reserve" says nothing the
        # district did).
        recovered = frozenset(
            n
            for n in prepared.names
            if n.text in missing
            and n not in prepared.subject_names
            and named_before(n.text, evidence)
        )
        named |= recovered
        missing -= {n.text for n in recovered}
        # What is paid for may be named only in the title: "It was funded by ..." in a
        # release titled by the trial.
        nearby = window_terms | title_terms
        paid = self._paid_by(prepared, evidence, missing, nearby) if prepared.payment else None
        if paid is not None:
            return paid
        cast = _cast(prepared.casting, evidence, missing, everything) if prepared.casting else None
        if cast is not None:
            return cast
        text = evidence.sentence.sentence.text
        route = reversed_route(claim.text, text)
        if route is not None:
            # The journey run the other way: however close the words, no voice may call it
            # the claim's.
            return _unrelated(evidence, f"gives the journey as {route}")
        if prepared.nickname is not None:
            known = nickname_agreed(prepared.nickname, text, everything)
            if known is not None:
                return Judgement(Stance.SUPPORTS, 1.0, f"matches: {known}", evidence)
        if prepared.superlatives:
            rival = rival_holder(prepared.superlatives, claim.text, text, everything)
            if rival is not None:
                return Judgement(Stance.CONTRADICTS, 1.0, rival[0].reason(rival[1]), evidence)
        if missing and places_named:
            if missing <= place_names(claim):
                elsewhere = self._judge(claim, prepared, evidence, places_named=False)
                if elsewhere.stance == Stance.CONTRADICTS:
                    return elsewhere
            subject_named = prepared.subject_names <= self._names_in(prepared, sentence_terms)
            club = _another_club(prepared.club, evidence, missing) if subject_named else None
            if club is not None:
                return club
            made = self._made_by_another(claim, prepared, evidence, missing)
            if made is not None:
                return made
            return _unrelated(evidence, f"does not mention {', '.join(sorted(missing))}")
        if not prepared.subject_names <= named or not _enough(
            prepared.subject_words, prepared.subject_needed, everything
        ):
            reason = f"does not mention the subject, {claim.subject}"
            if prepared.tells_what_was_said:
                # "The regulator confirmed that ..." against what the chief executive said:
                # who said it is the fact, and no voice may guess it from the rest.
                return _unrelated(evidence, reason)
            # How close the sentence is otherwise: its words as if all were the clause's.
            near = _coverage(prepared, Context(sentence_terms, sentence_terms, window_terms))
            return _worded(evidence, reason, near)
        clause, context = self._best_clause(
            prepared, evidence.sentence, own, sentence_terms, window_terms
        )
        opposition = find_opposition(
            claim, clause, lambda ours, theirs: self._same_roles(prepared, ours, theirs)
        )
        if prepared.result is not None and result_said(prepared.result, text, sentence_terms):
            # "Dovrik lost to Pell" says the claim's "Pell defeated Dovrik": its verb, said
            # from the other side, answers the claim's and opposes nothing.
            opposition = None
            context = replace(
                context, clause=context.clause | frozenset(terms(prepared.result.verb))
            )
        context = _answered(context, opposition)
        coverage = _coverage(prepared, context)
        agreed = club_agreed(prepared.club, text) if prepared.club else None
        if agreed is not None and not _missing(prepared, self._names_in(prepared, sentence_terms)):
            # "X plays for the Seahawks" says only that: "a linebacker for the Seahawks" does.
            return Judgement(Stance.SUPPORTS, 1.0, f"matches: plays for {agreed}", evidence)
        if coverage < min(MIN_COVERAGE, _support_threshold(claim)):
            reason = f"shares too little with the claim ({coverage:.0%})"
            # A clause with a verb opposite to the claim's ("ending eight years of its rule"
            # against "kept its majority") is no near paraphrase, however many words it shares.
            return _worded(evidence, reason, 0.0 if opposition is not None else coverage)
        sentence_only = _own_words(context, opposition)
        earlier = self._referred_to(claim, clause, evidence)
        if earlier:
            # "The deployment is scheduled for March" names what the sentence before told of.
            sentence_only = replace(sentence_only, sentence=sentence_only.sentence | earlier)
        lent = own.own - plain.own
        if lent:
            # The title tells whom "She" or "the company" is, not what this sentence says of
            # them: "to step down" in the title is not the doing of "She will be succeeded on
            # April 1", whose date must not deny the claim's date for stepping down.
            lent -= prepared.vocabulary | {word for word, _ in prepared.subject_words}
            sentence_only = replace(
                sentence_only,
                clause=sentence_only.clause - lent,
                sentence=sentence_only.sentence - lent,
            )
        referred = self._people_referred_to(prepared, evidence)
        absent = {n.text for n in prepared.people if not n.spelled_in(sentence_terms | referred)}
        if absent:
            # Who said or did it is part of the fact: a name in a neighbouring sentence may
            # belong to another statement.
            return _unrelated(evidence, f"does not name {', '.join(sorted(absent))} itself")
        sayers = prepared.subject_names
        if (
            sayers
            and prepared.tells_what_was_said
            and not sayers & self._names_in(prepared, plain.own | referred)
        ):
            # "The High Court ruled that ..." against "The Pell group had argued that ...", the
            # court named only nearby or in the title: who said it is the fact, and no voice
            # may guess it.
            return _unrelated(evidence, f"does not say {claim.subject} said it")
        alignment = Alignment(
            clause=clause,
            coverage=coverage,
            claim_figures=self.claim_figures,
            # A contradiction needs the claim's words: a figure of the same kind may be
            # another thing's ("61 percent last year", "17% of emissions").
            clause_coverage=_coverage(
                prepared, sentence_only, excused=_figure_kinds(claim) | prepared.comparatives
            ),
            names_in_sentence=not _missing(
                prepared, self._names_in(prepared, sentence_terms | referred) | recovered
            ),
            subject_in_sentence=_enough(prepared.subject_words, prepared.subject_needed, own.own),
            # "The new Quist garage": its last word says what it is, "new" does not.
            head_in_sentence=not prepared.subject_words
            or prepared.subject_words[-1][0] in plain.own | earlier,
            opposition=opposition,
            places_named=places_named,
            coverage_beside_siting=(
                _coverage(prepared, sentence_only, excused=SITING_TERMS) if claim.places else 0.0
            ),
            subject_only_nearby=bool(prepared.subject_names)
            and not prepared.subject_names & self._names_in(prepared, context.clause),
        )
        decided = _decide(claim, evidence, alignment)
        party = another_owner(prepared.owners, text) or another_payee(prepared.payees, text)
        if party is None or decided.stance is Stance.CONTRADICTS:
            return decided
        if decided.stance is Stance.SUPPORTS:
            # "remain Aldervane's property" against "on loan to the museum from Oyembra",
            # "pay Halvane 181 million" against "pay Brenhollow 181 million": the thing
            # matched, its owner (or whom it is paid to) did not.
            return Judgement(Stance.CONTRADICTS, decided.strength, party.reason(), evidence)
        # Whose it is, or whom it is paid to, was said, and not as the claim says: no voice
        # may call it a paraphrase.
        return _unrelated(evidence, party.reason())

    def _said_by_another(
        self, claim: Assertion, prepared: _Prepared, evidence: EvidenceSentence
    ) -> Judgement | None:
        """The sentence says what the claim says someone said or proposed, but in another's
        name: "Mara Quist said 60 staff would stay" against "Director Ines Okafor said 60 staff
        will stay"."""
        speaker = prepared.speaker
        if speaker is None:
            return None
        text = evidence.sentence.sentence.text
        named = named_author(text)
        # "Velmoran President Ines Okafor": the title before the name is no part of it.
        theirs = " ".join(named.split()[-2:]) if named else None
        own = self._sentence(evidence.sentence).own
        if theirs is None or speaker.spelled_in(own) or speaker.known & set(terms(theirs)):
            return None
        if not looks_like_person(theirs, self.aliases) or len(theirs.split()) < 2:
            return None
        unattributed = self._judge(claim, prepared.without(speaker, claim.subject or ""), evidence)
        if unattributed.stance != Stance.SUPPORTS:
            return None
        if unattributed.strength < MIN_EVENT_CONTRADICTION_COVERAGE:
            return None
        act = "proposed" if _verb(claim) in PROPOSING_VERBS else "said"
        reason = f"claim: {act} by {speaker.text}; source: {act} by {theirs}"
        return Judgement(Stance.CONTRADICTS, unattributed.strength, reason, evidence)

    def _made_by_another(
        self, claim: Assertion, prepared: _Prepared, evidence: EvidenceSentence, missing: set[str]
    ) -> Judgement | None:
        """The sentence says another firm made what the claim says its maker made: the maker
        is all of the claim the sentence lacks, and the sentence names what was made (the last
        word of the claim's subject)."""
        maker = prepared.maker
        if maker is None or not _lacks_only(maker.name, missing):
            return None
        own = self._sentence(evidence.sentence).own
        if prepared.subject_words and prepared.subject_words[-1][0] not in own:
            return None
        return _denied_by(rival_maker(maker, evidence.sentence.sentence.text), evidence)

    def _paid_by(
        self,
        prepared: _Prepared,
        evidence: EvidenceSentence,
        missing: set[str],
        nearby: frozenset[str],
    ) -> Judgement | None:
        """The sentence names who pays for what the claim says is paid for: the same payer
        supports the claim, another denies it (the claim's payer is all it may lack)."""
        claimed = prepared.payment
        if claimed is None or not all(set(terms(name)) <= claimed.party() for name in missing):
            return None
        found = compare_payers(claimed, evidence.sentence.sentence.text, self.weight, nearby)
        if found is None:
            return None
        agreed = found.same_payer() and not found.split()
        stance = Stance.SUPPORTS if agreed else Stance.CONTRADICTS
        return Judgement(stance, 1.0, found.reason(), evidence)

    def _same_roles(self, prepared: _Prepared, ours: VerbSense, theirs: VerbSense) -> bool:
        """Who does it and to what are the same on both sides: every name and word before the
        claim's verb comes before the clause's, and both objects are about the same noun; or,
        one side passive, the names it was done to are the other's object ("Quist was
        acquitted" and "the jury convicted Quist")."""
        if ours.passive != theirs.passive:
            passive, active = (ours, theirs) if ours.passive else (theirs, ours)
            done_to = self._names_in(prepared, passive.before)
            return bool(done_to) and done_to <= self._names_in(prepared, active.after)
        if not ours.before or not theirs.before or ours.object_head != theirs.object_head:
            return False  # a verb with no subject before it may be anyone's
        subject_names = [n for n in prepared.names if n.spelled <= ours.before]
        if not set(subject_names) <= self._names_in(prepared, theirs.before):
            return False
        return {t for t in ours.before if t not in prepared.vocabulary} <= theirs.before

    def _people_referred_to(
        self, prepared: _Prepared, evidence: EvidenceSentence
    ) -> frozenset[str]:
        """The words of the claim's people named in the sentence before one that gives its
        words to "she" or "he" (who "she" is in '"...," she said'), or named as the subject of
        the sentence before one that says "he" or "she" did something: who "he" is in "Pike
        tore a ligament. ... he is expected to be out for six months"."""
        text = evidence.sentence.sentence.text
        # "she said": whoever the claim says said it is a person, whether or not the name
        # looks like one ("Thollesby told analysts").
        speakers = prepared.people or (
            tuple(prepared.subject_names) if _SPEAKER_PRONOUN.search(text) else ()
        )
        if not speakers or not _PERSONAL_PRONOUN.search(text):
            return frozenset()
        before = sentence_before(evidence)
        if before is None:
            return frozenset()
        if _SPEAKER_PRONOUN.search(text):
            named = self._sentence(before).own
        else:
            # "he" is the one the sentence before is about, its subject: "Pell met Quist. He
            # left" is Pell's leaving.
            named = frozenset(terms(_first_named(before)))
        return frozenset().union(*(n.spelled for n in speakers if n.spelled_in(named)))

    def _referred_to(
        self, claim: Assertion, clause: Assertion, evidence: EvidenceSentence
    ) -> frozenset[str]:
        """The words of the sentence before, when the clause's subject points back to it by a
        noun of the claim's ("The deployment", "This proposal"); else none."""
        match = _POINTING_SUBJECT.match(clause.subject or "")
        if match is None or not set(terms(match.group("noun"))) <= set(claim.terms):
            return frozenset()
        # A sentence before that points back in turn ("This contingent will serve ...") is
        # read with the one before it.
        found: frozenset[str] = frozenset()
        by_index = {n.sentence.index: n for n in evidence.neighbours}
        index = evidence.sentence.sentence.index - 1
        while index in by_index:
            before = by_index[index]
            found |= self._sentence(before).own
            first = before.assertions[0].subject if before.assertions else None
            if not _POINTING_SUBJECT.match(first or ""):
                break
            index -= 1
        return found

    def _best_clause(
        self,
        prepared: _Prepared,
        sentence: AnalyzedSentence,
        terms_of: _Sentence,
        sentence_terms: frozenset[str],
        window_terms: frozenset[str],
    ) -> tuple[Assertion, Context]:
        best: tuple[float, Assertion, Context] | None = None
        for clause, clause_terms in zip(sentence.assertions, terms_of.clauses, strict=True):
            context = Context(clause_terms, sentence_terms, window_terms)
            in_clause = len({n.canonical for n in self._names_in(prepared, clause_terms)})
            score = in_clause + _coverage(prepared, context)
            if best is None or score > best[0]:
                best = (score, clause, context)
        if best is None:
            empty = Assertion(text="", start=0, end=0)
            return empty, Context(frozenset(), sentence_terms, window_terms)
        return best[1], best[2]

    def weight(self, word: str) -> float:
        """How much a word counts: rare words more."""
        return self.idf.get(word, self.unseen_idf)

    def descriptive_terms(self, claim: Assertion) -> tuple[str, ...]:
        """The claim's words that are not part of a name."""
        named = {t for e in claim.entities for t in _name_terms(e.text)}
        own = tuple(t for t in claim.terms if t not in named)
        return own or claim.terms

    def _prepare(self, claim: Assertion) -> _Prepared:
        entry = self._claims.get(id(claim))
        if entry is None:
            entry = (claim, self._prepared(claim))
            self._claims[id(claim)] = entry
        return entry[1]

    def _prepared(self, claim: Assertion) -> _Prepared:
        names = tuple(self._name(e.text, e.canonical) for e in claim.entities)
        towns = {place.text for place in claim.places if place.kind != "area"}
        subject = claim.subject or ""
        subject_names = frozenset(n for n in names if n.text in subject)
        people = tuple(
            n for n in names if looks_like_person(n.text, self.aliases) and n.text not in towns
        )
        # "Site manager Ines Okafor said ...": she is who said it, and the sentences that name
        # her need not repeat her title.
        titled = {
            t for n in people if n in subject_names for t in terms(title_before(subject, n.text))
        }
        # "reported 9,500 infections" says how the figure is known, which "had 9,120
        # infections" need not repeat.
        tallying = {t for verb in _TALLY_VERB.findall(claim.text) for t in terms(verb)}
        # "took 51.7 percent of the vote": the votes say what was got, as "had 43,905 votes".
        tallying |= {t for verb in _VOTE_TALLY.findall(claim.text) for t in terms(verb)}
        if _EVENT_BEGAN.search(claim.text):
            tallying |= set(terms("began commenced"))
        # "530 people died": "people" is what the figure counts, as "561 deaths" says.
        counted_people = {t for q in claim.quantities for t in q.noun} & GENERIC_STEMS
        words = tuple(
            (t, self.weight(t))
            for t in self.descriptive_terms(claim)
            if t not in titled and t not in tallying and t not in counted_people
        )
        # A figure with a unit ("66 %", "$ 3.6 million") says as much as the claim's commonest
        # word: a sentence giving a figure of that kind has that share of the claim, whatever
        # its verb, and no more (the same figure may be said of something else).
        least = min((w for _, w in words), default=self.unseen_idf)
        words += tuple((kind, least) for kind in sorted(_figure_kinds(claim)))
        # The tone of a reception ("mixed reviews") is a slot compared on its own, not words a
        # source must repeat: "flattering" is said "positive".
        toned = tone_terms(claim.text)
        if toned:
            weight = max((w for t, w in words if t in toned), default=least)
            words = (*((t, w) for t, w in words if t not in toned), (_RECEPTION, weight))
        # "The film Salt Roads" is the name: a sentence about it need not say "film" (but
        # "the film grossed ..." after a title naming it says what the claim says).
        kinds = {t for n in subject_names for t in terms(kind_beside(subject, n.text))}
        name_terms = {t for n in subject_names for t in n.spelled} | titled | kinds
        # What a number counts ("530 people") is the number's business, not the subject's.
        counted = {t for q in claim.quantities for t in q.noun}
        if claim.quantities:
            # "The death toll rose to five", "the number of firefighters peaked at 2,300": the
            # figure is the measure, which a source gives without naming it.
            counted |= _MEASURE_TERMS
        subject_words = tuple(
            (t, self.weight(t))
            for t in terms(subject)
            if t in claim.terms and t not in name_terms | counted
        )
        return _Prepared(
            names=names,
            # "in Lake Placid" names a town, however much it looks like a person's name.
            people=people,
            subject_names=subject_names,
            words=words,
            total=sum((weight for _, weight in words), 0.0),
            subject_words=subject_words,
            subject_needed=SUBJECT_COVERAGE * sum(weight for _, weight in subject_words),
            vocabulary=frozenset().union(*(n.known | n.spelled for n in names)),
            fuzzy=frozenset().union(*(n.fuzzy for n in names)),
            club=None if claim.negated else claimed_club(claim.text),
            casting=None if claim.negated else claimed_casting(claim.text),
            payment=_claimed_payment(claim),
            maker=None if claim.negated else maker_named(claim.text),
            speaker=_speaker(claim, subject_names, people),
            result=None if claim.negated else next(iter(results_in(claim.text)), None),
            nickname=None if claim.negated else claimed_nickname(claim.text),
            superlatives=() if claim.negated else tuple(superlatives_in(claim.text)),
            tells_what_was_said=_tells_what_was_said(claim),
            comparatives=_comparatives(claim),
            owners=owners_in(claim.text, lending=False),
            payees=frozenset() if claim.negated else payees_in(claim.text),
        )

    def _name(self, text: str, canonical: str) -> _Name:
        names = self.aliases.names(canonical)
        joined = {t for name in names if (t := joined_term(name)) is not None}
        known = frozenset(t for name in names for t in _name_terms(name)) | joined
        return _Name(
            text=text,
            canonical=canonical,
            spelled=frozenset(_name_terms(text)),
            known=known,
            fuzzy=frozenset(t for t in known if len(t) >= FUZZY_MIN_LENGTH),
            joined=joined_term(text),
        )

    def _sentence(self, sentence: AnalyzedSentence) -> _Sentence:
        entry = self._sentences.get(id(sentence))
        if entry is None:
            clauses = tuple(_slot_terms(a) for a in sentence.assertions)
            entry = (sentence, _Sentence(frozenset().union(*clauses), clauses))
            self._sentences[id(sentence)] = entry
        return entry[1]

    def _names_in(self, prepared: _Prepared, found_terms: frozenset[str]) -> frozenset[_Name]:
        """The claim's names that the terms mention, by any name they go by or as written."""
        key = _deciding_terms(found_terms, prepared.vocabulary, prepared.fuzzy)
        found = prepared.found.get(key)
        if found is None:
            found = frozenset(n for n in prepared.names if self._found(n, key))
            prepared.found[key] = found
        return found

    def _found(self, name: _Name, found_terms: frozenset[str]) -> bool:
        """`AliasIndex.mentioned_in`, or the name as written, asked once per deciding terms."""
        key = _deciding_terms(found_terms, name.known, name.fuzzy)
        mentioned = self._mentions.get((name.canonical, key))
        if mentioned is None:
            mentioned = self.aliases.mentioned_in(name.canonical, key, self.weight)
            self._mentions[(name.canonical, key)] = mentioned
        return mentioned or name.spelled_in(found_terms)


def _deciding_terms(
    found_terms: frozenset[str], vocabulary: frozenset[str], fuzzy: frozenset[str]
) -> frozenset[str]:
    """The terms that decide which names are mentioned: the names' own words, and any word that
    could be a close spelling of a missing one. Most candidates come down to the same few."""
    key = found_terms & vocabulary
    missing = fuzzy - key
    if missing:
        lengths = {len(t) + d for t in missing for d in _SLACK}
        key |= {t for t in found_terms if len(t) in lengths}
    return key


def _missing(prepared: _Prepared, named: frozenset[_Name]) -> set[str]:
    present = {n.canonical for n in named}
    return {n.text for n in prepared.names if n.canonical not in present}


def _coverage(
    prepared: _Prepared, context: Context, *, excused: frozenset[str] = frozenset()
) -> float:
    words = prepared.words
    if excused:
        words = tuple((word, weight) for word, weight in words if word not in excused)
    if not words:
        return 1.0
    found = 0.0
    for word, weight in words:
        if word in context.clause:
            found += weight * CLAUSE_WEIGHT
        elif word in context.sentence:
            found += weight * SENTENCE_WEIGHT
        elif word in context.window:
            found += weight * WINDOW_WEIGHT
    total = sum(weight for _, weight in words) if excused else prepared.total
    return found / total


def _enough(
    words: tuple[tuple[str, float], ...], needed: float, found_terms: frozenset[str]
) -> bool:
    """Who or what the claim is about must be there: "Tarvia sent 50 engineers" is not
    supported by "Quist sent 50 engineers"."""
    if not words:
        return True
    return sum(weight for word, weight in words if word in found_terms) >= needed


# Figures of these kinds carry their unit; a count's noun is a word of its own already.
_UNIT_KINDS = frozenset({"money", "percent", "score", "duration"})


_RECEPTION = "\x1freception"
# A subject that points back by a common noun: "The deployment", "This proposal", "The new plan".
_POINTING_SUBJECT = regex(
    r"^(?:the|this|that|these|those)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)$", re.IGNORECASE
)


def _slot_terms(clause: Assertion) -> frozenset[str]:
    """A clause's terms, with a term for each slot it fills that a claim's words may stand for:
    a kind of figure, a reception's tone, the part of the day a clock time is in."""
    found = frozenset(clause.terms) | _figure_kinds(clause)
    found |= frozenset(terms(" ".join(sorted(day_parts(clause.text)))))
    return found | {_RECEPTION} if reception(clause.text) else found


def _figure_kinds(assertion: Assertion) -> frozenset[str]:
    """A term for each kind of figure with a unit that the assertion gives: "\x1fmoney"."""
    return frozenset(f"\x1f{q.kind}" for q in assertion.quantities if q.kind in _UNIT_KINDS)


_UN_WORD = regex(r"\b[Uu]n(?P<rest>[a-z]{4,})\b")


def _said_undone(claim: Assertion, clause: Assertion) -> str | None:
    """A word of the clause that denies a word the claim says by "un-" ("unanswered" for
    "answered", "unharmed" for "harmed"), the claim not saying it so itself."""
    wanted = set(claim.terms)
    for word in _UN_WORD.finditer(clause.text):
        denied = set(terms(word["rest"]))
        if denied & wanted and not set(terms(word[0])) & wanted:
            return word[0]
    return None


def _comparatives(assertion: Assertion) -> frozenset[str]:
    """The comparative each figure is said with ("27 percent lower"): a source saying the
    figure the other way ("27 percent more") denies it, so the word is not wanted of it."""
    found = (
        comparison_direction(assertion.text, q.end - assertion.start) for q in assertion.quantities
    )
    return frozenset(t for d in found if d is not None for t in terms(d.said))


def _name_terms(name: str) -> tuple[str, ...]:
    return terms(name.replace(".", ""))


def _referring_to_title(
    terms_of: _Sentence, sentence: AnalyzedSentence, title_terms: frozenset[str]
) -> _Sentence:
    """A sentence that says "the film" or "the company" in a document titled by one speaks of
    it: the title's words count as each clause's own ("The Quist Review gives the film 31%" on
    the page of a film; "The film grossed $12 million, and is expected to ...")."""
    if not title_terms or not _refers_back(sentence.sentence.text):
        return terms_of
    return _Sentence(
        terms_of.own | title_terms, tuple(found | title_terms for found in terms_of.clauses)
    )


def _refers_back(text: str) -> bool:
    """ "the film", "this company": a thing of a kind named before, not by its name; or a
    sentence whose subject is "It", "He" or "She", the one its document is about."""
    words = re.findall(r"[a-z]+", text.lower())
    return words[:1] in (["it"], ["he"], ["she"]) or any(
        first in ("the", "this") and (second in KIND_WORDS or second in _UNDERTAKINGS)
        for first, second in pairwise(words)
    )


# What a report on a public work or a plan calls the thing its title names: "the project".
_UNDERTAKINGS = frozenset({"project", "scheme", "programme", "program"})


@lru_cache(maxsize=1024)
def _title_terms(title: str) -> frozenset[str]:
    """A document's title names what "the two countries" or "the country" refer to."""
    return frozenset(terms(title))


def _unrelated(
    evidence: EvidenceSentence, reason: str, *, open_question: bool = False
) -> Judgement:
    return Judgement(Stance.UNRELATED, 0.0, reason, evidence, open_question=open_question)


def _worded(evidence: EvidenceSentence, reason: str, coverage: float) -> Judgement:
    """Turned down for wording alone, saying `coverage` of the claim's words."""
    return Judgement(Stance.UNRELATED, 0.0, reason, evidence, open_question=True, wording=coverage)


@dataclass(frozen=True)
class Alignment:
    """How well a clause lines up with a claim before its slots are compared."""

    clause: Assertion
    coverage: float
    clause_coverage: float
    names_in_sentence: bool
    subject_in_sentence: bool
    opposition: Opposition | None = None
    places_named: bool = True
    coverage_beside_siting: float = 0.0  # clause coverage without "built" or "located"
    # The clause itself names none of who the claim says did it (they are only nearby).
    subject_only_nearby: bool = False
    # The last word of the claim's subject (what it is: "garage") is in the sentence itself,
    # not only in its page's title ("Our fleet and garages").
    head_in_sentence: bool = True
    # The figures of the whole claim, its other assertions' too.
    claim_figures: tuple[Quantity, ...] = ()


def _answered(context: Context, opposition: Opposition | None) -> Context:
    """The claim's verb answered by its opposite counts as said, so the rest of the claim
    decides how close the clause is."""
    if opposition is None or not opposition.same_roles:
        return context
    said = context.clause | frozenset(opposition.claim_terms)
    return Context(said, context.sentence, context.window)


def _first_named(sentence: AnalyzedSentence) -> str:
    """Who a sentence is about: its first clause's subject, or where none was read ("Ines
    Okafor tore a ligament"), the first name it gives."""
    if not sentence.assertions:
        return ""
    first = sentence.assertions[0]
    if first.subject:
        return first.subject
    return first.entities[0].text if first.entities else ""


def _own_words(context: Context, opposition: Opposition | None) -> Context:
    """The sentence's words without its neighbours', which may be about something else; but
    an object that points back ("accepted this request") is what the sentences before say."""
    if opposition is not None and opposition.same_roles and opposition.refers_back:
        return context
    return Context(context.clause, context.sentence, frozenset())


def _decide(claim: Assertion, evidence: EvidenceSentence, alignment: Alignment) -> Judgement:
    """Contradiction needs a precise slot mismatch in the clause; support needs every slot."""
    clause, sentence = alignment.clause, evidence.sentence
    published = parse_iso_date(evidence.source.published)
    quantities = [match_quantity(q, claim, clause, sentence, published) for q in claim.quantities]
    quantities = [
        counted_by_name(q, slot, claim, sentence.sentence.text)
        for q, slot in zip(claim.quantities, quantities, strict=True)
    ]
    times = [match_time(t, claim, clause) for t in claim.times]
    contradiction = _contradiction(claim, evidence, quantities, times, alignment)
    if contradiction is not None:
        return Judgement(Stance.CONTRADICTS, alignment.coverage, contradiction, evidence)
    rival = misplaced(claim, clause)
    if rival is not None:
        return _unrelated(evidence, rival.difference())
    toned = tone_difference(claim.text, clause.text)
    if toned is not None:
        return _toned(claim, evidence, alignment, quantities, times, toned)
    support = _support(claim, evidence, alignment, quantities, times)
    if support.stance is not Stance.SUPPORTS:
        if support.wording and (
            _negates_claimed_words(claim, clause) or alignment.opposition is not None
        ):
            # "but not for children" is no near paraphrase of "approved for children", nor
            # "ending eight years of its rule" of "kept its majority".
            return replace(support, wording=0.0)
        # Said for want of something else first: a negation is worth mentioning only where
        # the clause would otherwise support the claim.
        return support
    if not tells_a_finding(sentence.sentence.text):
        return _unrelated(evidence, "tells what a study set out to learn, not what it found")
    if claim.quantities and all(_compared_with(claim, q) for q in claim.quantities):
        # "came to less than the 320 million skelds it was set up with": the sentence gives
        # the figure compared with, not what the claim says of it.
        return _unrelated(evidence, "gives only the figure the claim compares with")
    undone = None if claim.negated else _none_of_them(claim, sentence.sentence.text)
    if undone is not None:
        # "five serious adverse events ..., none of which was reported" gives the claim's
        # figures and denies its verb of every one of them.
        return _unrelated(evidence, f"says none of them was {undone}")
    claimed = [(slot.claim, slot.source) for slot in quantities]
    reversed_change = change_reversed(claim.text, claimed, sentence.sentence.text)
    if reversed_change is not None:
        # "cut from 85 per cent to 60 per cent" against "paid at 60 per cent ... to bring their
        # payment to 85 per cent": both figures, the change the other way.
        left, reached = reversed_change
        return _unrelated(evidence, f"gives the change from {left} to {reached}")
    excess = opposite_excess(claim.text, clause.text) if claim.negated == clause.negated else None
    if excess is not None:
        # Every slot and most words agree; "too late" denies "too early" of the same doing.
        return Judgement(Stance.CONTRADICTS, alignment.coverage, excess.reason(), evidence)
    post = other_post(claim.text, sentence.sentence.text)
    if post is not None:
        # Another post beside the claim's name ("then commercial director of Orlaine
        # Supermarkets") may be held beside the claim's; with the claim's post given to someone
        # else ("Wystan Hallard, who was Brambury's buying director") it denies it.
        if post.holder is None:
            return _unrelated(evidence, post.reason())
        return Judgement(Stance.CONTRADICTS, alignment.coverage, post.reason(), evidence)
    for slot in quantities:
        other = left_the_rest(claim.subject or "", sentence.sentence.text, slot.source)
        if other is not None and not claim.negated:
            # "Tarvia Track will meet 85 percent of the cost and Quist Rail the rest".
            reason = f"source gives {slot.source} to another party, and {other}"
            return Judgement(Stance.CONTRADICTS, alignment.coverage, reason, evidence)
    part = None if claim.negated else part_for_all(claim.text, clause)
    if part is not None:
        # "had only 9 of its 15 posts filled" denies "had all its posts filled".
        return Judgement(
            Stance.CONTRADICTS, alignment.coverage, f"source says {part}, not all", evidence
        )
    if (
        _polarity_conflict(claim, alignment)
        or _denied_aside(claim, clause)
        or tells_of_no_difference(claim.text, clause.text)
        or (_negates_claimed_words(claim, clause) and _a_denied_denial(clause.text))
    ):
        return _unrelated(
            evidence, "differs in negation but is not about the same statement", open_question=True
        )
    opposition = alignment.opposition
    if opposition is not None and (
        not opposition.same_roles or not negation_answers(opposition, claim, clause)
    ):
        # "The council rejected the mayor's plan" shares every word with "the mayor approved
        # the council's plan", and supports it no more than it denies it.
        roles = "" if opposition.same_roles else ", but not about the same statement"
        return _unrelated(
            evidence,
            f"says {opposition.source} where the claim says {opposition.claim}{roles}",
            open_question=True,
        )
    if _denial_unsaid(claim, clause, sentence.sentence.text):
        # "were issued without any grading error" is not what "before they are issued" says,
        # the error named only in the title.
        return _unrelated(evidence, "does not say what the claim denies", open_question=True)
    misplaced_roles = misplaced_parties(claim, clause)
    if misplaced_roles is not None:
        return _unrelated(evidence, misplaced_roles.reason)
    if another_tenure(claim.text, sentence.sentence.text):
        # "has been interim chief executive ... expects to appoint a permanent chief
        # executive": every word of "named her its permanent chief executive", not the post.
        return _unrelated(evidence, "gives the post another tenure")
    agent = _another_agent(claim, clause) if alignment.subject_only_nearby else None
    agent = agent or _another_doer(claim, clause)
    if agent is not None:
        # "would be covered by the Albanian side": the clause says who did it, and it is not
        # the one the claim names (found only in a sentence nearby or in the title).
        return _unrelated(evidence, f"says it was done by {agent}, not {claim.subject}")
    unsaid = (
        None
        if opposition is not None
        else decisive_verb_unsaid(claim, clause, evidence)
        or obtaining_unsaid(claim, evidence)
        or future_verb_unsaid(claim, evidence)
    )
    if unsaid is not None:
        return _unrelated(evidence, f"does not say {unsaid}", open_question=True)
    if only_planned(claim, clause):
        return _unrelated(evidence, "says it was planned, not that it was done", open_question=True)
    return support


def _toned(
    claim: Assertion,
    evidence: EvidenceSentence,
    alignment: Alignment,
    quantities: list[SlotComparison],
    times: list[SlotComparison],
    difference: str,
) -> Judgement:
    """A reception of another tone denies the claim's when the clause is about the same
    work and every other slot agrees; a clause giving no tone leaves it open."""
    if not difference:
        return _unrelated(evidence, "gives no tone of the reviews", open_question=True)
    figures_agree, times_agree = _figures_agree(quantities), _times_agree(times)
    same = alignment.clause_coverage >= MIN_CONTRADICTION_COVERAGE and alignment.subject_in_sentence
    if same and figures_agree and times_agree and claim.negated == alignment.clause.negated:
        return Judgement(Stance.CONTRADICTS, alignment.coverage, difference, evidence)
    return _unrelated(evidence, difference, open_question=True)


def _contradiction(
    claim: Assertion,
    evidence: EvidenceSentence,
    quantities: list[SlotComparison],
    times: list[SlotComparison],
    alignment: Alignment,
) -> str | None:
    """Why the clause contradicts the claim, if it does.

    The clause's own words must say what the claim says (a number in a neighbouring sentence
    may count something else), and every other slot must agree: a different figure for a
    different year, or a different date for a different figure, is not a contradiction.
    """
    clause = alignment.clause
    if _about_another_country(claim, clause):
        return None
    if alignment.opposition is not None:
        opposed = _opposed_verbs(claim, evidence, alignment, quantities, times)
        return opposed or _another_level(claim, evidence, quantities, times, alignment)
    elsewhere = _placed_elsewhere(claim, clause, quantities, times, alignment)
    if elsewhere is not None or not alignment.places_named:
        return elsewhere
    figures_agree, times_agree = _figures_agree(quantities), _times_agree(times)
    # A source figure that restates one of the claim's figures is that one's: it cannot also
    # deny another ("$41.5 million in North America" is not the claim's "$7 million elsewhere").
    restated = {
        slot.source
        for figure, slot in zip(claim.quantities, quantities, strict=True)
        if slot.match == SlotMatch.SUPPORTS and _near(figure, slot, _RESTATED)
    }
    # ... and so is one that restates a figure of another part of the claim ("must still pay
    # back 24,500 kerrits, but no longer has to contribute 4,000 kerrits").
    restated |= {
        slot.source
        for slot in quantities
        if slot.source_value is not None
        and any(
            other.kind == figure.kind and math.isclose(other.value, slot.source_value)
            for figure in claim.quantities
            for other in alignment.claim_figures
            if other not in claim.quantities
        )
    }
    # "Over three days, savers took out 1.5 billion": a sum over a stretch of time the
    # clause does not give may be another stretch's ("took out about 380 million on Wednesday").
    stretch_unsaid = any(
        _a_stretch(claim, figure) and slot.match != SlotMatch.SUPPORTS
        for figure, slot in zip(claim.quantities, quantities, strict=True)
    )
    for figure, slot in zip(claim.quantities, quantities, strict=True):
        counted = slot.same_noun or (_bounded_measure(figure) and _near(figure, slot, _BOUNDED))
        needed = MIN_COUNTED_CONTRADICTION_COVERAGE if counted else MIN_CONTRADICTION_COVERAGE
        denied = slot.match == SlotMatch.CONTRADICTS and times_agree
        denied = denied and slot.source not in restated and not stretch_unsaid
        # The figure is the thing's the sentence itself speaks of: "each bus costs $1.2
        # million" gives no price for the garage named only in the sentence before.
        denied = denied and (alignment.head_in_sentence or alignment.names_in_sentence)
        # ... and of the claim's time: a sentence giving no date of its own speaks of the
        # one before's ("in the first three months of 2025. ... up 11 percent"), which must
        # not be another time than the claim's.
        denied = denied and (bool(clause.times) or not dated_otherwise_before(claim, evidence))
        # ... and of the claim's decision: "approved a $412 million budget" is denied by no
        # figure of a budget no one is said to approve or reject.
        denied = denied and decisive_verb_unsaid(claim, clause, evidence) is None
        # A peak ("at the height of the dispute, more than 60,000 containers") is denied by
        # no lower figure of a moment not said to be the peak ("about 52,000 are stuck").
        denied = denied and not _below_a_peak(claim, clause, figure, slot)
        # ... and of what befell them: "five passengers died" counts no passengers aboard.
        denied = denied and not another_fate(claim.text, figure.text, clause.text, slot.source)
        # ... and what was done with it: a loan taken is denied by no sum repaid or paid out.
        denied = denied and not another_deal(claim.text, figure.text, clause.text, slot.source)
        denied = denied and not total_against_a_cap(figure, claim.text, clause.text, slot.source)
        if denied and alignment.clause_coverage >= needed:
            return f"claim: {slot.claim}; source: {slot.source}"
    if alignment.clause_coverage < MIN_EVENT_CONTRADICTION_COVERAGE:
        # "have not yet been selected" denies "had been selected" outright, its verb under the
        # negation: fewer of the claim's other words need repeating.
        pending = _NOT_YET.search(clause.text) and figures_agree and times_agree
        if pending and alignment.clause_coverage >= MIN_CONTRADICTION_COVERAGE:
            return _polarity_conflict(claim, alignment) if _dated(claim, evidence) else None
        return None
    # A date only contradicts a one-off event, or the same figure at another time: a clause
    # with a figure of its own measures something in its period, and other periods differ.
    # A bound or an estimate ("more than 20,000") is no one figure: met at another time, it
    # tells of a later state ("a 2016 population of 21,400"), not of the claim's.
    exact = all(q.qualifier == "exact" for q in claim.quantities)
    # An ordinal ("released as the second single") names the thing, where the claim has no
    # figure; beside a claim's rank ("on the 256th spot in 2011"), it is the measure.
    measures = [q for q in clause.quantities if q.kind != "rank" or claim.quantities]
    # The figures pin the event only where the clause says the claim's doing: "the five
    # plaques ... report by the end of 2046" does not date the plaques' return.
    same_event = (
        claim.quantities and figures_agree and exact and _doing_said(claim, clause)
    ) or not measures
    # "was put to parliament on January 9" against "put forward ... on January 19, paving the
    # way for up to 40 officers": the day dates the claim's own doing, whatever else is
    # counted (a year does so for what happens once: "built in 1961, carries 9,000 cars").
    same_event = same_event or dates_the_same_doing(claim, clause)
    # "were champions also in 2007" adds a time to those a source may give; "was announced
    # on October 4" dates the announcement, not what was announced.
    same_event = same_event and not _RECURRING.search(claim.text) and not _said_on(claim, clause)
    # "begin construction in 2025, and ... deliver its first water in 2028": the sentence's
    # other clause says the claim's doing, and dates it as the claim does.
    same_event = same_event and not dated_as_claimed_beside(claim, clause, evidence.sentence)
    same_event = same_event and not dates_another_doing(claim, clause)
    for index, slot in enumerate(times):
        denied = slot.match == SlotMatch.CONTRADICTS and same_event
        # "the 2064 results" are not denied by a date of the 2063 ones: other results.
        denied = denied and edition_noun(claim, index) is None
        if denied and not _dated_as_another(claim, index, clause):
            return f"claim: {slot.claim}; source: {slot.source}"
    clocked = _another_time_of_day(claim, clause)
    if clocked is not None and same_event and figures_agree and times_agree:
        return clocked
    dated = _dated(claim, evidence) or no_date_given(claim, clause)
    if figures_agree and times_agree and dated and asserts(clause.text):
        return _polarity_conflict(claim, alignment)
    return None


def _another_time_of_day(claim: Assertion, clause: Assertion) -> str | None:
    """The clause gives a time of day, and none the claim's: "left at 9 pm", not "at 7 pm"."""
    given = clock_times(clause.text)
    if not given:
        return None
    for wanted in clock_times(claim.text):
        if not any(wanted.met_by(time) for time in given):
            return f"claim: {wanted.said()}; source: {given[0].text}"
    return None


_PEAK = regex(
    r"\b(?:at\s+(?:the|its|their)\s+(?:height|peak)|peak(?:ed)?|at\s+(?:the|its)\s+highest)\b",
    re.IGNORECASE,
)


def _below_a_peak(
    claim: Assertion, clause: Assertion, figure: Quantity, slot: SlotComparison
) -> bool:
    """The claim gives a peak and the clause, saying no peak, a lower figure: of another
    moment, which the peak was above."""
    if not _PEAK.search(claim.text) or _PEAK.search(clause.text) or slot.source_value is None:
        return False
    return slot.source_value < figure.low


def _figures_agree(quantities: list[SlotComparison]) -> bool:
    """Every figure of the claim is matched."""
    return all(slot.match == SlotMatch.SUPPORTS for slot in quantities)


def _times_agree(times: list[SlotComparison]) -> bool:
    """No date of the claim is given otherwise (one not given at all is no disagreement)."""
    return all(slot.match != SlotMatch.CONTRADICTS for slot in times)


# Words by which a claim says it tells of one more time, not the only one.
_RECURRING = regex(r"\b(?:also|again|as well|once more)\b", re.IGNORECASE)


# What introduces the content of a saying: "announced that ...", "said: ...".
_REPORTED = regex(r"\bthat\b|:")


def _said_on(claim: Assertion, clause: Assertion) -> bool:
    """The clause tells when something was said ("a sequel was announced on October 4"),
    where the claim tells when it happened ("was out on December 1"). What it reports ("...
    announced that she had left in early March") has dates of its own."""
    reports = _REPORTED.search(clause.text)
    return _verb(clause) in SPEECH_VERBS and _verb(claim) not in SPEECH_VERBS and not reports


def _verb(assertion: Assertion) -> str:
    words = (assertion.action or "").lower().split()
    return words[-1] if words else ""


# Verbs that give what a court, a panel or an inquiry found, beside those of speech.
_FINDING_VERBS = frozenset(
    "ruled rules found finds concluded concludes decided decides held holds judged".split()
)


def _tells_what_was_said(claim: Assertion) -> bool:
    """The claim tells what its subject said or found: "The High Court ruled that ..."."""
    verb = _verb(claim)
    if verb not in SPEECH_VERBS and verb not in _FINDING_VERBS:
        return False
    return re.search(rf"\b{re.escape(verb)}\s+that\b", claim.text, re.IGNORECASE) is not None


def _dated_as_another(claim: Assertion, index: int, clause: Assertion) -> bool:
    """Every date of the clause that differs from the claim's date `index` is another date of
    the claim's: "runner-up in May 2049, was given the medal in June 2050" is not denied by
    "on June 19" for its May."""
    ours = claim.times[index]
    others = [t for k, t in enumerate(claim.times) if k != index]
    differing = [t for t in clause.times if compare_times(ours, t) == SlotMatch.CONTRADICTS]
    return bool(others and differing) and all(
        any(compare_times(other, t) == SlotMatch.SUPPORTS for other in others) for t in differing
    )


def _doing_said(claim: Assertion, clause: Assertion) -> bool:
    """The clause says the claim's verb, where the claim's figures only tell which things did
    it: "The five plaques ... were returned in early 2047" is not dated by "complete its
    research into the five plaques ... by the end of 2046"; "reported 3 deaths" is."""
    subject = claim.subject or ""
    at = claim.text.find(subject) if subject else -1
    if at < 0 or any(q.end > claim.start + at + len(subject) for q in claim.quantities):
        return True
    return set(terms(_verb(claim))) <= set(terms(clause.text))


def _dated(claim: Assertion, evidence: EvidenceSentence) -> bool:
    """Every date of the claim is near: "recognised the Taliban in 2024" is not denied by a
    denial from 2023."""
    return all(time_in_neighbours(t, claim, evidence) is not None for t in claim.times)


def _another_level(
    claim: Assertion,
    evidence: EvidenceSentence,
    quantities: list[SlotComparison],
    times: list[SlotComparison],
    alignment: Alignment,
) -> str | None:
    """Opposite verbs of a change put the same thing at two levels: "raised the fare to
    $2.50" against "kept the fare at $2.25" says the fare is $2.25, not $2.50."""
    if not _times_agree(times) or alignment.clause_coverage < MIN_CONTRADICTION_COVERAGE:
        return None
    text = evidence.sentence.sentence.text
    # The kinds of the sentence's figures said at a level ("at $2.25").
    levels = {
        q.kind
        for a in evidence.sentence.assertions
        for q in a.quantities
        if _at_a_level(text[: q.start])
    }
    for quantity, slot in zip(claim.quantities, quantities, strict=True):
        ours = claim.text[: quantity.start - claim.start]
        denied = slot.match == SlotMatch.CONTRADICTS and quantity.kind in levels
        if denied and _at_a_level(ours):
            return f"claim: {slot.claim}; source: {slot.source}"
    return None


# A level a thing is put at, as the words before its figure say: "to $2.50", "at $2.25".
_AT_A_LEVEL = regex(r"\b(?:to|at)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _at_a_level(before: str) -> bool:
    """The figure after these words is a level a thing is put at ("to", "at")."""
    return bool(_AT_A_LEVEL.search(before))


def _opposed_verbs(
    claim: Assertion,
    evidence: EvidenceSentence,
    alignment: Alignment,
    quantities: list[SlotComparison],
    times: list[SlotComparison],
) -> str | None:
    """Opposite verbs deny each other when every slot agrees; otherwise the clause tells of
    another event ("opened in 1950" is not "closed in 2015"), whose date and figures are not
    the claim's. A negation of one side's verb is agreement: "did not approve" and
    "rejected"."""
    opposition = alignment.opposition
    if opposition is None or not opposition.same_roles:
        return None
    if negation_answers(opposition, claim, alignment.clause):
        return None
    if alignment.clause_coverage < MIN_EVENT_CONTRADICTION_COVERAGE:
        return None
    if not alignment.places_named or rival_place(claim, alignment.clause) is not None:
        return None  # done elsewhere, or in a place the clause does not name
    figures_agree, times_agree = _figures_agree(quantities), _times_agree(times)
    if not (figures_agree and times_agree and _dated(claim, evidence)):
        return None
    return f"source says {opposition.source}, claim says {opposition.claim}"


def _placed_elsewhere(
    claim: Assertion,
    clause: Assertion,
    quantities: list[SlotComparison],
    times: list[SlotComparison],
    alignment: Alignment,
) -> str | None:
    """The same event in another place: as a date, it needs nearly all the claim's words,
    but for where a thing is built, which "a plant in Porto" says without the verb."""
    conflict = rival_place(claim, clause)
    if conflict is None:
        return None
    sited = conflict.sited(claim, clause)
    coverage = alignment.coverage_beside_siting if sited else alignment.clause_coverage
    if coverage < MIN_EVENT_CONTRADICTION_COVERAGE:
        return None
    once = (one_off(claim) and one_off(clause)) or conflict.once_in_a_life()
    return place_contradiction(
        conflict, clause, quantities=quantities, times=times, sited=sited, once=once
    )


def _another_club(
    claimed: ClaimedClub | None, evidence: EvidenceSentence, missing: set[str]
) -> Judgement | None:
    """The sentence says the claim's player plays for another club than the one the claim
    names, which is all of the claim the sentence lacks."""
    if claimed is None or not _lacks_only(claimed.name, missing):
        return None
    return _denied_by(rival_club(claimed, evidence.sentence.sentence.text), evidence)


def _cast(
    claimed: ClaimedCasting, evidence: EvidenceSentence, missing: set[str], said: frozenset[str]
) -> Judgement | None:
    """The sentence pairs the claim's actor and role (and the title or the sentences nearby
    say the rest: which film), or gives the role to another actor, the claim's named nowhere."""
    text = evidence.sentence.sentence.text
    if missing:
        lacks_actor = _lacks_only(claimed.casting.actor, missing)
        return _denied_by(rival_casting(claimed, text), evidence) if lacks_actor else None
    agreed = casting_agreed(claimed, text)
    if agreed is None or not claimed.rest <= said:
        return None
    return Judgement(Stance.SUPPORTS, 1.0, f"matches: {agreed.said()}", evidence)


def _lacks_only(name: str, missing: set[str]) -> bool:
    """All the sentence lacks of the claim's names is words of the claim's party (`name`)."""
    return all(set(terms(n)) <= set(terms(name)) for n in missing)


def _denied_by(rival: Rival | None, evidence: EvidenceSentence) -> Judgement | None:
    """The sentence names another party where the claim's holds one at a time."""
    if rival is None:
        return None
    return Judgement(Stance.CONTRADICTS, 1.0, rival.reason(), evidence)


def _speaker(
    claim: Assertion, subject_names: frozenset[_Name], people: tuple[_Name, ...]
) -> _Name | None:
    """The one person the claim's subject names, when the claim tells what they said or
    proposed."""
    speakers = [n for n in people if n in subject_names]
    stating = _verb(claim) in SPEECH_VERBS or _verb(claim) in PROPOSING_VERBS
    if len(speakers) != 1 or claim.negated or not stating:
        return None
    return speakers[0]


def _claimed_payment(claim: Assertion) -> Payment | None:
    """Who the claim says pays, where that is all it tells: no figure, no date, no negation."""
    if claim.negated or claim.quantities or claim.times:
        return None
    return payment_in(claim.text)


def _about_another_country(claim: Assertion, clause: Assertion) -> bool:
    """The clause's subject names countries, but not every one the claim's names: "Serbia's
    aircraft extracted 13 citizens, one from Israel" gives no figure for what Israel's aircraft
    did, nor "Albania's role in Sweden" for Albania's role in Armenia."""
    theirs = _subject_countries(clause)
    return bool(theirs) and not _subject_countries(claim) <= theirs


def _subject_countries(assertion: Assertion) -> set[str]:
    """The countries the subject names as actors: in "Two Russian citizens were flown out by
    Kazakhstan", Russia is what the number counts, not who acted."""
    subject = assertion.subject or ""
    counted = {q.nationality for q in assertion.quantities}
    return {
        e.canonical
        for e in assertion.entities
        if subject and e.text in subject and is_country(e.canonical) and e.canonical not in counted
    }


# Words before a length of time that make it the stretch a sum was counted over.
_STRETCH_BEFORE = regex(r"\b(?:over|in|across|during|within)\s+(?:the\s+)?$", re.IGNORECASE)
_STRETCH_WORD = regex(r"(?:over|in|across|during|within)\s", re.IGNORECASE)


def _a_stretch(claim: Assertion, figure: Quantity) -> bool:
    """The figure is a stretch of time something was counted over: "over three days", "in
    the first week" (not "lasted three days", which measures the stretch itself)."""
    if figure.kind != "duration":
        return False
    # "Over three days, ..." opening the claim is the stretch's own text, read as no bound.
    opening = figure.qualifier == "exact" and _STRETCH_WORD.match(figure.text) is not None
    start = figure.start - claim.start
    return opening or _STRETCH_BEFORE.search(claim.text[: max(start, 0)]) is not None


def _bounded_measure(figure: Quantity) -> bool:
    """ "More than $54.5 million", "less than 84%": a bound on a sum or a share."""
    return figure.kind in _BOUNDED_KINDS and figure.qualifier in _BOUNDS


def _near(figure: Quantity, slot: SlotComparison, within: float) -> bool:
    """The source's figure is within a share `within` of the claim's."""
    value = slot.source_value
    return value is not None and math.isclose(figure.value, value, rel_tol=within)


def _support(
    claim: Assertion,
    evidence: EvidenceSentence,
    alignment: Alignment,
    quantities: list[SlotComparison],
    times: list[SlotComparison],
) -> Judgement:
    """Support needs every number and date matched and enough of the claim's words."""
    if len(evidence.sentence.sentence.text.split()) < _HEADING_WORDS:
        # "Rates", "Our fleet": a heading names a topic and states nothing about it.
        return _unrelated(evidence, "is a heading, which states nothing")
    placed = another_ordinal(claim.text, evidence.sentence.sentence.text)
    if placed is not None:
        # "the first stage shut down early" is not said of "its second-stage engine".
        return _unrelated(evidence, f"says {placed.source}, not {placed.claim}")
    given = clock_times(evidence.sentence.sentence.text)
    clocked = []
    for wanted in clock_times(claim.text):
        # A time of day is no figure, but a claim that gives one says when: "at 7 pm".
        met = next((time for time in given if wanted.met_by(time)), None)
        if met is None:
            return _unrelated(evidence, f"gives no matching time of day for {wanted.said()}")
        clocked.append(f"{wanted.said()} = {met.text}")
    days = weekday_ranges(evidence.sentence.sentence.text)
    if days and (runs := weekday_ranges(claim.text) - days):
        # "from Monday to Saturday" is not "Monday through to Friday".
        first, last = (day.title() for day in min(runs))
        return _unrelated(evidence, f"gives no run of days from {first} to {last}")
    neighbours: list[AnalyzedSentence] = []
    for index, slot in enumerate(times):
        if slot.match == SlotMatch.CONTRADICTS:
            return _unrelated(evidence, f"gives {slot.source}, not {slot.claim}")
        if slot.match != SlotMatch.SUPPORTS:
            if another_month(claim.times[index], alignment.clause):
                # "moved in September" is not dated by "In August 2021" nearby.
                return _unrelated(evidence, f"gives {slot.source}, not {slot.claim}")
            found = time_in_neighbours(claim.times[index], claim, evidence)
            edition = edition_noun(claim, index)
            if (
                found
                and edition
                and year_of_another_thing(edition, found.sentence.sentence.text, found.date)
            ):
                # The year of "the 2064 results" says which results: a neighbour's year may
                # be another thing's ("a deferred place for 2064").
                found = None
            if found is not None:
                times[index] = SlotComparison(SlotMatch.SUPPORTS, slot.claim, found.date)
                neighbours.append(found.sentence)
                continue
            # A title's date is the page's, not each statement's: it completes a support a
            # matching figure pins down, never one resting on words alone. A report's date of
            # publication dates what it says someone said.
            by_source = (
                time_in_title(claim.times[index], claim, evidence) if claim.quantities else None
            ) or said_when_published(claim.times[index], claim, alignment.clause, evidence)
            if by_source is None:
                return _unrelated(evidence, f"gives no matching date for {slot.claim}")
            times[index] = SlotComparison(SlotMatch.SUPPORTS, slot.claim, by_source)
    for index, slot in enumerate(quantities):
        if slot.match not in (SlotMatch.SUPPORTS, SlotMatch.CONTRADICTS):
            # "3,480 of them": the group the sentence before counted is the claim's whole.
            group = whole_said_before(claim.quantities[index], claim.text, claim.start, evidence)
            if group is not None:
                quantities[index] = SlotComparison(
                    SlotMatch.SUPPORTS, slot.claim, group.figure.text
                )
                neighbours.append(group.sentence)
    unmatched = [slot.claim for slot in quantities if slot.match != SlotMatch.SUPPORTS]
    if unmatched:
        return _unrelated(evidence, f"gives no matching figure for {unmatched[0]}")
    coverage = alignment.coverage
    threshold = _support_threshold(claim)
    far = bool(claim.quantities) and all(map(_far_inside_bound, claim.quantities, quantities))
    if far and not alignment.head_in_sentence:
        # "Corvennic shares rose more than 6 percent" is met by any figure above 6, "an
        # operating margin of about 11 percent" among them: a bound met from afar, in a
        # sentence that does not say what the claim measures ("shares"), pins down no more
        # than a date.
        threshold = max(threshold, MIN_COVERAGE_WITH_DATES_ONLY)
    if not claim.quantities and not alignment.names_in_sentence:
        return _worded(evidence, "names the claim's subjects only in nearby sentences", coverage)
    if not claim.quantities and not claim.times and not alignment.subject_in_sentence:
        # With no number or date to pin the fact down, who did it must be in the sentence.
        return _worded(evidence, f"does not say {claim.subject} did it", coverage)
    if coverage < threshold:
        return _worded(evidence, f"shares too little with the claim ({coverage:.0%})", coverage)
    if not claim.quantities and alignment.clause_coverage < MIN_COVERAGE:
        # With no figure to pin it down, the neighbours may complete a sentence's words, never
        # say most of them: "will pay a quarterly dividend" is not "will restart its buyback
        # programme" for the sentence after it.
        own = alignment.clause_coverage
        return _worded(evidence, f"says too little of the claim itself ({own:.0%})", coverage)
    undone = _said_undone(claim, alignment.clause)
    if undone is not None:
        # "71 percent went unanswered" shares every word and figure of "answered 71 percent"
        # but the one that says it was not done.
        return _unrelated(evidence, f"says {undone}")
    denied = denied_plan_dates(claim, alignment.clause)
    for slot in times:
        if denied & set(terms(slot.source)):
            # "would not close by the end of January": the month is what the clause denies.
            return _unrelated(evidence, f"denies it for {slot.source}", open_question=True)
    matched = "; ".join(
        [*(f"{slot.claim} = {slot.source}" for slot in [*quantities, *times]), *clocked]
    )
    reason = f"matches: {matched}" if matched else "states the same"
    return Judgement(Stance.SUPPORTS, alignment.coverage, reason, evidence, tuple(neighbours))


_HEADING_WORDS = 3  # a "sentence" of fewer words is a heading or a label


def _far_inside_bound(figure: Quantity, slot: SlotComparison) -> bool:
    """The source's figure meets the claim's bound ("more than 6 percent") from well past it."""
    if figure.qualifier not in _BOUNDS or slot.source_value is None:
        return False
    return abs(slot.source_value - figure.value) > _BOUND_NEAR * abs(figure.value)


_BOUNDS = frozenset({"over", "at_least", "under", "up_to"})
_BOUND_NEAR = 0.1  # within a tenth of its bound, a figure is the one the bound rounds


def _support_threshold(claim: Assertion) -> float:
    """A matching number is strong evidence; a date alone, or no slot at all, needs more words."""
    if len(claim.quantities) > 1 and all(q.qualifier == "exact" for q in claim.quantities):
        # Two exact figures matched in one sentence pin the fact down as no single one does:
        # "dropped 6.3% to $48.20 on the day the results came out" is said by "fell 6.3
        # percent to $48.20 in Northgate trading", whatever words date it.
        return MIN_COVERAGE_WITH_FIGURES
    if claim.quantities:
        return MIN_COVERAGE
    return MIN_COVERAGE_WITH_DATES_ONLY if claim.times else MIN_COVERAGE_WITHOUT_SLOTS


def _denied_aside(claim: Assertion, clause: Assertion) -> bool:
    """One side asserts what an aside of the other denies: "borrowed without raising rates"
    supports no claim that rates were raised (nor contradicts one: it tells how, not whether)."""
    if claim.negated or clause.negated:
        return False
    theirs, ours = set(clause.negation_scope), set(claim.negation_scope)
    return bool(theirs & (set(claim.terms) - ours) or ours & (set(clause.terms) - theirs))


# An aside denying a verb of all the things just counted: "none of which was reported".
_NONE_OF_THEM = regex(
    r"\b(?:none|neither|not\s+one)\s+of\s+(?:which|whom|them|these|those)\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


def _none_of_them(claim: Assertion, text: str) -> str | None:
    """The claim's verb, where the sentence says none of what it counts was so: "none of
    which was reported" against "openly reported five serious adverse events"."""
    claimed = set(terms(claim.text))
    for found in _NONE_OF_THEM.finditer(text):
        if set(terms(found["verb"])) & claimed:
            return found["verb"]
    return None


# What comes just before a passive's agent: "covered by the Albanian side".
_BY = regex(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _another_agent(claim: Assertion, clause: Assertion) -> str | None:
    """The name a passive clause gives its agent ("by the Albanian side"), when it is not one
    the claim's subject names."""
    subject = claim.subject or ""
    ours = {e.canonical for e in claim.entities if e.text in subject}
    for entity in clause.entities:
        before = clause.text[: entity.start - clause.start]
        if _BY.search(before) and entity.canonical not in ours:
            return entity.text
    return None


# Words before a figure that make it what another is compared with: "less than the 320
# million", "eight times the 1,500 tonnes".
_COMPARED_WITH = regex(
    r"\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger)\s+than|times"
    r"|exceed(?:s|ed|ing)?|short\s+of)\s+(?:the|its|their|his|her)\s+\S{0,4}$",
    re.IGNORECASE,
)


def _compared_with(claim: Assertion, figure: Quantity) -> bool:
    """The claim's `figure` is what it compares another with, not what it gives."""
    return _COMPARED_WITH.search(claim.text, 0, figure.start - claim.start) is not None


def _another_doer(claim: Assertion, clause: Assertion) -> str | None:
    """The name an active clause gives the subject of the claim's own deed (a verb of known
    sense: "admitted", "approved"), where the clause names nobody the claim names and the
    claim's subject is a name: "Captain Drabwick pleaded guilty" tells of his admission, not
    of the company's named in the title."""
    subject, named = claim.subject or "", {e.canonical for e in claim.entities}
    if not any(e.text in subject for e in claim.entities):
        return None
    deeds = {v.sense for v in verb_senses(claim.text)}
    if not deeds & {v.sense for v in verb_senses(clause.text)}:
        return None
    spelled = set(_NAME_WORD.findall(clause.text.lower()))
    if named & {e.canonical for e in clause.entities} or any(
        set(_NAME_WORD.findall(e.text.lower())) & spelled for e in claim.entities
    ):
        return None
    theirs = clause.subject or ""
    claimed = set(_NAME_WORD.findall(claim.text.lower()))
    for entity in clause.entities:
        within = entity.start - clause.start + len(entity.text) <= len(theirs)
        if (
            within
            and entity.text in theirs
            and not set(_NAME_WORD.findall(entity.text.lower())) & claimed
        ):
            return entity.text
    return None


_NAME_WORD = regex(r"[^\W\d_]+")


# What has not happened by the time of writing: "not yet", "has yet to".
_NOT_YET = regex(r"\bnot\s+yet\b|\b(?:has|have|had)\s+yet\s+to\b", re.IGNORECASE)


def _polarity_conflict(claim: Assertion, alignment: Alignment) -> str | None:
    """A negation on one side covering words the other side asserts; with opposite verbs, a
    negation on one side is agreement."""
    clause = alignment.clause
    if claim.negated == clause.negated or alignment.opposition is not None:
        return None
    if _says_none(claim) or _says_none(clause):
        return None  # "reported 0 cases" says what "no reported cases" does
    said = clause.text.strip(' “”"')  # the clause may open a quotation of its own
    if _negates_claimed_words(claim, clause) and not _a_denied_denial(clause.text):
        return f"source negates it: “{said}”"
    if clause.negated and denies_a_difference(claim.text, clause.text):
        return f"source finds no difference: “{said}”"
    if (
        claim.negated
        and claim.negation_scope[:1]
        and claim.negation_scope[0] in clause.negation_scope
    ):
        # "was not charged for the launch" against "to be launched free of charge": the
        # clause's aside denies the very word the claim denies first.
        return None
    if claim.negated and set(claim.negation_scope) & set(clause.terms):
        return f"claim is negated; source asserts: “{said}”"
    return None


# A denial of a finding that is itself a denial: "does not accept that the Athlete bore no
# significant fault".
_DENIED_DENIAL = regex(
    r"\b(?:not|n[’']t)\s+(?:accept|agree|believe|find|think|consider|conclude)\w*"
    r"(?:,[^,.;:]{0,20},)?\s+that\b"
    r"[^.;:]*\b(?:no|not|never|n[’']t)\b",
    re.IGNORECASE,
)


def _a_denied_denial(text: str) -> bool:
    """The clause denies a finding that is itself a denial ("does not accept that she bore no
    significant fault"), which finds what the inner denial denies: no single negation."""
    return _DENIED_DENIAL.search(text) is not None


def _denial_unsaid(claim: Assertion, clause: Assertion, text: str) -> bool:
    """The claim denies words that the clause neither denies nor says: a sentence that does
    not speak of what the claim denies cannot agree with the denial."""
    scope = set(claim.negation_scope)
    return claim.negated and not clause.negated and bool(scope) and not scope & set(terms(text))


def _negates_claimed_words(claim: Assertion, clause: Assertion) -> bool:
    """The clause negates some of the claim's own words, which the claim asserts."""
    return (
        clause.negated and not claim.negated and bool(set(clause.negation_scope) & set(claim.terms))
    )


def _says_none(assertion: Assertion) -> bool:
    """A count of zero: a negation in figures ("0 cases", "zero deaths")."""
    return any(q.kind == "count" and q.value == 0 for q in assertion.quantities)
