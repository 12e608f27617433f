"""Named entities, the aliases that resolve them, and acronyms that sources define."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from rapidfuzz import fuzz, process

from factcheck.extract.dates import MONTHS
from factcheck.extract.lexicon import BUILTIN_ALIASES, COUNTRIES, DEMONYMS, STOPWORDS
from factcheck.extract.numbers import FRACTION_WORDS, NUMBER_WORDS
from factcheck.extract.patterns import regex
from factcheck.extract.tokens import fold, terms, tokenize
from factcheck.models import Alias, Entity

_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|(?:[dD][’']|[Aa]l-)?[A-Z][\w’'\-]*\w|[A-Z])"
_CONNECTOR = r"(?:\s+(?:of|for|de|du|of\s+the|for\s+the|and\s+the)\s+|\s+|-)"
_NAME = regex(rf"{_NAME_WORD}(?:{_CONNECTOR}{_NAME_WORD})*")
_ACRONYM = regex(r"\(\s*([A-Z][A-Z\-]{1,9})(?=[\s,;)])")
_CAPITAL = regex(r"[A-Z]")
_NAME_PREFIXES = frozenset({"d’", "d'", "D’", "D'", "al-", "Al-"})  # as `_NAME_WORD` has them
_NON_SPACE = regex(r"\S+")
_AND_BETWEEN = regex(r"\s+and\s+")
_LONG_FORM_WORD = regex(r"[\w’'.\-]+")
_NOT_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "i",
    ]
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
_PREPOSITIONS = frozenset({"in", "of", "for", "on", "at"})
_NAME_CONNECTORS = frozenset({"in", "of", "for", "on", "at", "the", "and", "de", "du", "to"})
_MAX_LONG_FORM = 12
_LONG_NAME_COVERAGE = 0.6
_COUNTRIES = frozenset(" ".join(fold(w) for w in c.split()) for c in COUNTRIES)
# Spelling variants of names: long words only, or short ones collide ("Mali"/"Male"), and
# of about the same length.
FUZZY_MIN_LENGTH = 8
FUZZY_LENGTH_SLACK = 1
_FUZZY_SCORE = 85
Weight = Callable[[str], float]


class AliasIndex:
    """Resolves names to canonical entities and lists every name an entity goes by."""

    def __init__(self, aliases: Iterable[Alias] = ()) -> None:
        self._canonical: dict[str, str] = {}
        self._names: dict[str, set[str]] = defaultdict(set)
        builtin = [
            Alias(alias=a, canonical=c, origin="builtin") for a, c in BUILTIN_ALIASES.items()
        ]
        for alias in [*builtin, *aliases]:
            self.add(alias.alias, alias.canonical)

    def add(self, alias: str, canonical: str) -> None:
        """Record that `alias` names the same thing as `canonical`."""
        canonical = self.canonical(canonical)
        self._canonical[_key(alias)] = canonical
        self._names[_key(canonical)].update({alias, canonical})

    def canonical(self, name: str) -> str:
        """The canonical name for a name, the name itself when no alias is known."""
        key = _key(name)
        if key in self._canonical:
            return self._canonical[key]
        country = DEMONYMS.get(key)
        return country if country is not None else name.replace("’", "'")

    def is_known(self, name: str) -> bool:
        """True for a name the alias table or the demonym list knows."""
        key = _key(name)
        return key in self._canonical or key in self._names or key in DEMONYMS or key in _COUNTRIES

    def names(self, canonical: str) -> set[str]:
        """Every name known for an entity, the canonical one included."""
        return {canonical, *self._names.get(_key(canonical), ())}

    def mentioned_in(
        self, canonical: str, text_terms: frozenset[str], weight: Weight = lambda term: 1.0
    ) -> bool:
        """True when one of the entity's names appears among the terms of a text.

        A long name counts as mentioned when most of it, by `weight`, is there ("the UN
        mission monitoring disengagement in the Golan Heights" names UNDOF).
        """
        return any(
            _name_in(name, text_terms, weight) or joined_term(name) in text_terms
            for name in self.names(canonical)
        )


# Words that make a capitalised name an organisation, a place or a title, not a person.
_NOT_PERSON_WORDS = frozenset(
    """agency air army assembly association authority bank board building bureau center centre
    city club coast committee company council country court department east embassy federation
    force forces front fund government heights house institute island islands kingdom league
    ministry mission nations north organization organisation parliament party peace process
    province region republic river sea security senate service south state states street times
    union united university west western eastern northern southern central airport president
    minister secretary general chairman chief school college high academy church hospital
    stadium park hotel museum festival award awards prize cup championship league club
    records studios pictures entertainment media group network channel press times news
    valley reservoir lake dam county bay mountain mountains mount canyon creek falls port
    harbor harbour beach bridge road avenue highway district station plant township village
    town basin desert forest gulf ocean peninsula strait canal square hall tower library
    prison base fort boulevard plaza market mall inc corp ltd foundation trust society
    commission office program programme project system laboratory quay wharf pier docks
    dockyard shipyard terminal terminals marina depot junction exchange roads freeway
    motorway expressway parkway airfield racecourse""".split()
)


# Words of a title written before a person's name: "Board President Ana Ruiz", "Deputy Mayor
# Li Wei", "Site Manager Ines Okafor". The person is the name after the last of them.
_TITLE_WORDS = frozenset(
    """president vice minister secretary general chairman chairwoman chair chief director
    manager mayor governor senator representative councilmember councilman councilwoman
    commissioner superintendent spokesperson spokesman spokeswoman judge justice professor
    officer executive coach captain deputy trustee treasurer attorney ambassador premier
    chancellor dr mr mrs ms councillor councilor prosecutor lawyer barrister solicitor
    contractor economist analyst candidate""".split()
)


def title_before(text: str, name: str) -> str:
    """The title written just before a name in a text ("Site manager" in "Site manager Ines
    Okafor said"), with the one word that qualifies it; "" when the name has none."""
    at = text.find(name)
    words = text[: max(at, 0)].split()
    first = len(words)
    while first > 0 and fold(words[first - 1]) in _TITLE_WORDS:
        first -= 1
    if first == len(words):
        return ""
    if first > 0 and fold(words[first - 1]) not in STOPWORDS and words[first - 1][-1].isalpha():
        first -= 1
    return " ".join(words[first:])


# Kinds of thing written beside a name to say what it is: "the film Salt Roads", "Salt Roads
# (film)", "rapper Dale Onu". They describe the name; a sentence about it need not repeat them.
KIND_WORDS = frozenset(
    """film movie documentary series show sitcom album song single band group novel book
    play musical opera game company firm brand team club magazine newspaper channel network
    website app singer rapper actor actress player artist musician writer author poet
    director producer comedian model politician footballer journalist""".split()
)
# Kinds of place written after its name, with at most one word saying what it handles: "the
# Pell Basin grain terminal" is Pell Basin. Only after the name: "the port" alone
# points at no document's title (see KIND_WORDS).
_PLACE_KIND_WORDS = frozenset(
    """terminal port harbour harbor airport station plant factory mine refinery depot works
    mill dam reservoir bridge tunnel hospital clinic school college university campus prison
    stadium arena""".split()
)
_PLACE_KIND = regex(rf"\s+((?:([a-z]+)\s+)?(?:{'|'.join(sorted(_PLACE_KIND_WORDS))}))\b")


def kind_beside(text: str, name: str) -> str:
    """The words saying what kind of thing a name is, written just before it ("the film" in
    "The film Salt Roads"), just after it ("the Salt Roads film", "the Pell Basin grain
    terminal") or in brackets just after it ("( film )"); "" when none."""
    at = text.find(name)
    if at < 0:
        return ""
    before = text[:at].split()
    rest = text[at + len(name) :]
    after = re.match(r"\s*\(\s*([^()]{1,40}?)\s*\)", rest)
    next_word = re.match(r"\s+(\w+)", rest)
    place_kind = _PLACE_KIND.match(rest)
    said = []
    if before and fold(before[-1]) in KIND_WORDS:
        said.append(before[-1])
    if after and all(fold(word) in KIND_WORDS for word in after.group(1).split()):
        said.append(after.group(1))
    elif next_word and fold(next_word.group(1)) in KIND_WORDS:
        said.append(next_word.group(1))
    elif place_kind and fold(place_kind.group(2) or "") not in STOPWORDS:
        said.append(place_kind.group(1))
    return " ".join(said)


def is_country(name: str) -> bool:
    """True for a country the demonym list knows ("Kazakhstan", "United Arab Emirates")."""
    return _key(name) in _COUNTRIES


def looks_like_person(name: str, aliases: AliasIndex) -> bool:
    """ "Antonio Guterres", "Kassym-Jomart Tokayev": two to four capitalised words that are not
    an organisation, place, title or known name."""
    words = name.split()
    if not 2 <= len(words) <= 4 or aliases.is_known(name) or name.isupper():
        return False
    return all(
        w[:1].isupper() and fold(w) not in _NOT_PERSON_WORDS and fold(w) not in DEMONYMS
        for w in words
    )


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """The folded words of a name: cached, as every name met is looked up more than once."""
    return " ".join(token.folded for token in tokenize(name.replace(".", "")))


def joined_term(name: str) -> str | None:
    """The term of a name of several words written as one: "Century Link" is "CenturyLink",
    "You Tube" "YouTube"; None for a name of one word."""
    words = name.replace(".", "").split()
    if len(words) < 2:
        return None
    found = terms("".join(words))
    return found[0] if len(found) == 1 else None


def _name_in(name: str, text_terms: frozenset[str], weight: Weight) -> bool:
    name_terms = terms(name.replace(".", ""))
    if not name_terms:
        return True  # "M25": nothing comparable to look for, so nothing to miss
    if len(name_terms) <= 2:
        return all(_term_in(term, text_terms) for term in name_terms)
    found = sum(weight(term) for term in name_terms if _term_in(term, text_terms))
    return found / sum(weight(term) for term in name_terms) >= _LONG_NAME_COVERAGE


def _term_in(term: str, text_terms: frozenset[str]) -> bool:
    """Exact, or a close spelling of a long name word (Dzhaksybekov / Jaksybekov)."""
    if term in text_terms:
        return True
    if len(term) < FUZZY_MIN_LENGTH:
        return False
    candidates = [t for t in text_terms if abs(len(t) - len(term)) <= FUZZY_LENGTH_SLACK]
    return (
        process.extractOne(term, candidates, scorer=fuzz.ratio, score_cutoff=_FUZZY_SCORE)
        is not None
    )


def extract_entities(text: str, aliases: AliasIndex) -> list[Entity]:
    """Capitalised names in the text (demonyms included), each with its canonical name."""
    entities: list[Entity] = []
    for match in _name_matches(text):
        start, end = _trim_name(text, match.start(), match.end())
        if start >= end or _ordinary_first_word(text, start, end, aliases):
            continue
        start = _after_title(text, start, end, aliases)
        for part_start, part_end in _split_demonym_pairs(text, start, end):
            if _joins_a_country(text, entities, part_start, part_end):
                part_start = entities.pop().start
            name = text[part_start:part_end]
            entities.append(
                Entity(text=name, start=part_start, end=part_end, canonical=aliases.canonical(name))
            )
    return entities


def _joins_a_country(text: str, found: list[Entity], start: int, end: int) -> bool:
    """The name before, "and" and this name are one country's: "Bosnia and Herzegovina"."""
    if not found or not _AND_BETWEEN.fullmatch(text, found[-1].end, start):
        return False
    return is_country(text[found[-1].start : end])


def _after_title(text: str, start: int, end: int, aliases: AliasIndex) -> int:
    """Where the person's name begins in a name opened by a title: "Board President Ana Ruiz"
    names Ana Ruiz; a name with no person after its title is left whole."""
    words = list(_NON_SPACE.finditer(text, start, end))
    titles = [k for k, word in enumerate(words) if fold(word.group()) in _TITLE_WORDS]
    if not titles or titles[-1] + 1 >= len(words):
        return start
    person = words[titles[-1] + 1]
    return person.start() if looks_like_person(text[person.start() : end], aliases) else start


def _name_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_NAME.finditer(text)` finds, found faster.

    A name starts at a capital, or at the "d’" or "al-" before one; the regex engine finds
    capitals much faster than it tries `_NAME` at every position, so it is tried only there.
    """
    searched = 0  # where the last name ends: `finditer` goes on from there
    for capital in _CAPITAL.finditer(text):
        at = capital.start()
        for start in (at - 3, at - 2, at):
            if start < searched or not (start == at or text[start:at] in _NAME_PREFIXES):
                continue
            match = _NAME.match(text, start)
            if match is not None:
                searched = match.end()
                yield match


def _ordinary_first_word(text: str, start: int, end: int, aliases: AliasIndex) -> bool:
    """A lone capitalised word opening the text ("Roughly", "Permission") is not a name,
    unless it is a known name, demonym or acronym."""
    name = text[start:end]
    if text[:start].strip(" \"“‘'(") or " " in name or "-" in name or name.isupper():
        return False
    return aliases.canonical(name) == name.replace("’", "'") and not aliases.is_known(name)


def _trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading stop words ("The", "In") and words that are not names (months)."""
    kept = _name_words(text[start:end])
    if kept is None:
        return start, start
    end = start + kept[1]
    if text[end - 2 : end] in ("'s", "’s"):  # "Kazakhstan's foreign minister"
        end -= 2
    return start + kept[0], end


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[int, int] | None:
    """Where the words of a name that are names start and end; cached, as names recur."""
    words = list(_NON_SPACE.finditer(name))
    while words and _not_a_name(words[0].group()):
        words.pop(0)
    while words and _not_a_name(words[-1].group()):
        words.pop()
    return (words[0].start(), words[-1].end()) if words else None


@lru_cache(maxsize=65536)
def _not_a_name(word: str) -> bool:
    key = fold(word).strip(".,")
    if key in NUMBER_WORDS or key in MONTHS:
        return True
    if "-" in key and all(
        part in NUMBER_WORDS or part in FRACTION_WORDS for part in key.split("-")
    ):
        return True  # "Forty-one", "Two-thirds" opening a sentence count; they name no one
    return key in STOPWORDS or key in _NOT_NAMES or len(key) < 2


def _split_demonym_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "Afghan-Kazakh" names two countries; other hyphenated names stay whole."""
    name = text[start:end]
    parts = name.split("-")
    if len(parts) > 1 and all(fold(part) in DEMONYMS for part in parts):
        spans, offset = [], start
        for part in parts:
            spans.append((offset, offset + len(part)))
            offset += len(part) + 1
        return spans
    return [(start, end)]


def acronym_definitions(text: str, origin: str) -> list[Alias]:
    """Acronyms a text defines, e.g. "... Assistance Mission in Afghanistan (UNAMA)"."""
    found: dict[str, Alias] = {}
    parentheses = list(_ACRONYM.finditer(text))
    # The words before the last parenthesis, found once for all: a text defines many acronyms.
    last = parentheses[-1].start() if parentheses else 0
    words = list(_LONG_FORM_WORD.finditer(text, 0, last))
    for match in parentheses:
        acronym = match.group(1)
        long_form = _long_form_before(text, words, match.start())
        if long_form and _plausible_expansion(long_form, acronym):
            found[_key(long_form)] = Alias(alias=long_form, canonical=acronym, origin=origin)
    return list(found.values())


def _plausible_expansion(long_form: str, acronym: str) -> bool:
    """A long acronym needs a long name: "Western Sahara" does not spell MINURSO."""
    words = len(long_form.split())
    return _key(long_form) != _key(acronym) and words >= min(len(acronym), 3)


def _long_form_before(text: str, words: list[re.Match[str]], paren: int) -> str | None:
    """The name written just before an opening parenthesis, walking back word by word.

    `words` are the text's words up to a parenthesis at or after this one: those before this
    one end before it, as a word never holds a parenthesis.
    """
    taken: list[re.Match[str]] = []
    for k in range(bisect_left(words, paren, key=_match_start) - 1, -1, -1):
        word = words[k]
        gap_end = taken[-1].start() if taken else paren
        if text[word.end() : gap_end].strip() or len(taken) == _MAX_LONG_FORM:
            break
        lowered = fold(word.group())
        if lowered[:1].isdigit():
            break
        if lowered in _DETERMINERS and not _continues_through(words, k):
            break
        # A name is capitalised words and connectors: "serve in Western Sahara" stops at "serve".
        if not word.group()[:1].isupper() and lowered not in _NAME_CONNECTORS:
            break
        taken.append(word)
    while taken and not taken[-1].group()[:1].isupper():
        taken.pop()
    if not any(w.group()[:1].isupper() for w in taken):
        return None
    return text[taken[-1].start() : taken[0].end()].rstrip(".") if taken else None


def _match_start(match: re.Match[str]) -> int:
    return match.start()


def _continues_through(words: list[re.Match[str]], k: int) -> bool:
    """A determiner inside a name: "Force for Disengagement in the Golan Heights"."""
    if k < 2:
        return False
    return fold(words[k - 1].group()) in _PREPOSITIONS and words[k - 2].group()[:1].isupper()
