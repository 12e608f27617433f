"""A seeded synthetic corpus in the shape of the bundled sources, and claims with known answers.

Each generated document is a run of sentences from one bundled source with its facts swapped:
countries (with their demonyms), people, months, years, days and figures are replaced from seeded
lists, consistently within the document, so the text reads like the news it came from and its
facts hang together. The same seed gives the same bytes.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.entities import AliasIndex
from factcheck.extract.lexicon import DEMONYMS
from factcheck.extract.segment import split_sentences
from factcheck.models import SourceDocument, Verdict
from factcheck.sources.read import bundled_evidence_dir, find_source_files, read_source_file

# The people the bundled sources name; a surname alone is swapped with the full name's.
PEOPLE = (
    "Kassym-Jomart Tokayev",
    "Nursultan Nazarbayev",
    "Ruslan Zhaksylykov",
    "Adilbek Dzhaksybekov",
    "Maulen Ashimbayev",
    "Erlan Idrissov",
    "Antonio Guterres",
    "Deborah Lyons",
    "Nooruddin Azizi",
    "Dipanjan Roy",
    "Aibek Smadiarov",
    "Vusala Abbasova",
)
FIRST_NAMES = (
    "Aida",
    "Amir",
    "Anna",
    "Arman",
    "Beatriz",
    "Carlos",
    "Chen",
    "Dana",
    "Daniyar",
    "Elena",
    "Emeka",
    "Farida",
    "Gulnara",
    "Hana",
    "Ivan",
    "Jamal",
    "Julia",
    "Karim",
    "Lars",
    "Leila",
    "Luis",
    "Madina",
    "Marco",
    "Maria",
    "Mehmet",
    "Nadia",
    "Nurlan",
    "Olga",
    "Omar",
    "Priya",
    "Rafael",
    "Rustam",
    "Sara",
    "Serik",
    "Sofia",
    "Tamar",
    "Timur",
    "Yusuf",
    "Zara",
    "Zhanna",
)
LAST_NAMES = (
    "Abenov",
    "Alvarez",
    "Baker",
    "Bekova",
    "Costa",
    "Demir",
    "Dubois",
    "Esposito",
    "Fischer",
    "Garcia",
    "Haddad",
    "Hansen",
    "Ibrahim",
    "Ivanova",
    "Jensen",
    "Kaplan",
    "Karimov",
    "Kim",
    "Kowalski",
    "Larsen",
    "Mansour",
    "Meyer",
    "Moreau",
    "Nasser",
    "Novak",
    "Okafor",
    "Omarova",
    "Park",
    "Petrov",
    "Quintero",
    "Rahman",
    "Rossi",
    "Sadykov",
    "Santos",
    "Schmidt",
    "Silva",
    "Suleimenov",
    "Tanaka",
    "Usmanov",
    "Vargas",
    "Weber",
    "Yilmaz",
    "Zhang",
    "Zhumabekov",
)
# Names and countries that never appear in a corpus: claims about them must find nothing.
UNSEEN_FIRST_NAMES = ("Ingrid", "Tomasz", "Wiremu", "Xochitl")
UNSEEN_LAST_NAMES = ("Halvorsen", "Kowalczyk", "Ngata", "Quispe")
UNSEEN_COUNTRIES = ("Norway", "Portugal", "Vietnam", "Kenya", "Mongolia", "Argentina")
# "May" is left alone: it is also a verb.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
YEAR_SHIFTS = range(-12, 1)  # years move back only, so no fact lands in the future
DOCUMENT_SENTENCES = (12, 40)
CLAIM_LENGTH = (40, 320)


def _title(name: str) -> str:
    return " ".join(word.capitalize() for word in name.split())


@cache
def _demonyms() -> dict[str, tuple[str, str]]:
    """Country -> (singular, plural) demonym as written: Afghan/Afghans, Swiss/Swiss."""
    by_country: dict[str, list[str]] = defaultdict(list)
    for demonym, country in DEMONYMS.items():
        by_country[country].append(demonym)
    forms: dict[str, tuple[str, str]] = {}
    for country, names in by_country.items():
        singular = min(names, key=lambda name: (len(name), name))
        plural = singular + "s" if singular + "s" in names else singular
        forms[country] = (_title(singular), _title(plural))
    return forms


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


@cache
def _slot_pattern() -> re.Pattern[str]:
    """What gets swapped: names first (longest first), then months, then numbers."""
    surnames = [person.split()[-1] for person in PEOPLE]
    demonyms = [_title(name) for name in DEMONYMS]
    # "South Sudan" is a country of its own, not a Sudan to swap.
    return re.compile(
        rf"(?P<person>\b(?:{_alternation(list(PEOPLE))})\b)"
        rf"|(?P<surname>\b(?:{_alternation(surnames)})\b)"
        rf"|(?<!South )(?P<country>\b(?:{_alternation(sorted(set(DEMONYMS.values())))})\b)"
        rf"|(?P<demonym>\b(?:{_alternation(demonyms)})\b)"
        rf"|(?P<month>\b(?:{_alternation(list(MONTHS))})\b)"
        r"|(?P<number>(?<![\w.,\[])\d+(?:[.,]\d+)*(?:s\b)?(?![\w]))"
    )


_MONTH_BEFORE = re.compile(rf"(?:{'|'.join(MONTHS)}|May|Dec\.)\s$")
_MONTH_AFTER = re.compile(rf"^\s(?:{'|'.join(MONTHS)}|May)\b")
_FULL_NAMES = {person.split()[-1]: person for person in PEOPLE}


@dataclass(frozen=True)
class Hole:
    """A span of a source text that a cast fills, and what it held."""

    kind: str  # person, surname, country, demonym, month, decade, year, day or figure
    start: int
    end: int
    original: str


@cache
def holes(text: str) -> tuple[Hole, ...]:
    """The holes of a text, found once: the same sentences are filled again and again."""
    found: list[Hole] = []
    for match in _slot_pattern().finditer(text):
        kind = match.lastgroup or ""
        if kind == "number":
            kind = _number_kind(
                match.group(), text[max(0, match.start() - 12) : match.start()], text[match.end() :]
            )
        found.append(Hole(kind, match.start(), match.end(), match.group()))
    return tuple(found)


def _number_kind(number: str, before: str, after: str) -> str:
    if number.endswith("s"):
        return "decade"
    if number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2099:
        return "year"
    beside_month = _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)
    return "day" if number.isdigit() and len(number) <= 2 and beside_month else "figure"


@dataclass(frozen=True)
class Slot:
    """A filled span of a generated sentence: its kind, where it is, and whom it names."""

    kind: str  # "entity", "figure", "year", "day" or "month"
    start: int
    end: int
    # What the checker matches a name by: the country of a demonym, the surname of a person.
    name: str | None = None


@dataclass
class Cast:
    """One document's replacements, chosen lazily and then kept for the whole document."""

    rng: random.Random
    countries: tuple[str, ...]
    people: tuple[str, ...]
    year_shift: int = 0
    chosen: dict[tuple[str, str], str] = field(default_factory=dict)
    taken: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def swap(self, text: str) -> tuple[str, list[Slot]]:
        """The text with every hole filled, and where the replacements now are."""
        out: list[str] = []
        slots: list[Slot] = []
        position = length = 0
        for hole in holes(text):
            new, kind, name = self._fill(hole)
            length += hole.start - position
            out += [text[position : hole.start], new]
            slots.append(Slot(kind, length, length + len(new), name))
            length += len(new)
            position = hole.end
        out.append(text[position:])
        return "".join(out), slots

    def _fill(self, hole: Hole) -> tuple[str, str, str | None]:
        """(replacement, slot kind, the name it stands for)."""
        kind, found = hole.kind, hole.original
        if kind in ("person", "surname"):
            person = self._distinct("person", _FULL_NAMES.get(found, found), self.people)
            surname = person.split()[-1]
            return (person if kind == "person" else surname), "entity", surname
        if kind in ("country", "demonym"):
            original = found if kind == "country" else DEMONYMS[found.lower()]
            country = self._distinct("country", original, self.countries)
            if kind == "country":
                return country, "entity", country
            plural = found != _demonyms()[original][0]
            return _demonyms()[country][plural], "entity", country
        if kind == "decade":
            return f"{(int(found[:-1]) + self.year_shift) // 10 * 10}s", "year", None
        if kind == "year":
            return str(int(found) + self.year_shift), "year", None
        if kind == "month":
            return self._kept(("month", found), lambda: self.rng.choice(MONTHS)), "month", None
        if kind == "day":
            return self._kept(("day", found), lambda: str(self.rng.randint(1, 28))), "day", None
        scaled = self._kept(("figure", found), lambda: _scaled(found, self.rng.uniform(0.4, 2.5)))
        return scaled, "figure", None

    def _distinct(self, kind: str, original: str, options: tuple[str, ...]) -> str:
        """The replacement of a name; different names of a kind get different replacements."""

        def pick() -> str:
            taken = self.taken[kind]
            choice = self.rng.choice(options)
            while choice in taken and len(taken) < len(options):
                choice = self.rng.choice(options)
            taken.add(choice)
            return choice

        return self._kept((kind, original), pick)

    def _kept(self, key: tuple[str, str], choose: Callable[[], str]) -> str:
        if key not in self.chosen:
            self.chosen[key] = choose()
        return self.chosen[key]

    def reset(self) -> None:
        """Forget every choice: the next text gets names of its own."""
        self.chosen.clear()
        self.taken.clear()


def _scaled(number: str, factor: float) -> str:
    """A figure of about the same size, written the same way (thousands commas, decimals)."""
    if "." in number:
        places = len(number.rsplit(".", 1)[1])
        return _written(float(number.replace(",", "")) * factor, number, places)
    value = int(number.replace(",", ""))
    new = round(value * factor)
    new = max(10, new) if value >= 10 else max(2, min(9, new))  # keep the order of magnitude
    return _written(new, number, 0)


def changed_figure(number: str) -> str:
    """A clearly different figure written the same way, for a claim that contradicts."""
    places = len(number.rsplit(".", 1)[1]) if "." in number else 0
    return _written(float(number.replace(",", "")) * 3 + 7, number, places)


def _written(value: float, like: str, places: int) -> str:
    """`value` written like `like`: with thousands commas only if it has them."""
    if not places and "," not in like and 1900 <= round(value) <= 2099:
        value += 300  # a bare four-digit figure must not read as a year
    text = f"{value:,.{places}f}"
    return text if "," in like else text.replace(",", "")


# --- the shapes of the bundled sources --------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """A sentence of a bundled source, the text up to the next one, and whether it makes a claim."""

    text: str
    gap: str
    claimable: bool


@dataclass(frozen=True)
class Shape:
    """A bundled source as templates, with the metadata a generated document inherits."""

    title: str
    outlet: str | None
    published: str | None
    templates: tuple[Template, ...]


@cache
def shapes() -> tuple[Shape, ...]:
    """The bundled sources, cut into templates."""
    documents = [
        doc
        for path in find_source_files([bundled_evidence_dir()])
        for doc in read_source_file(path)
    ]
    return tuple(_shape(doc) for doc in documents)


def _shape(doc: SourceDocument) -> Shape:
    sentences = split_sentences(doc)
    ends = [s.start for s in sentences[1:]] + [len(doc.text)]
    templates = tuple(
        Template(s.text, doc.text[s.end : end], _claimable(s.text))
        for s, end in zip(sentences, ends, strict=True)
    )
    return Shape(doc.title or doc.id, doc.outlet, doc.published, templates)


def _claimable(sentence: str) -> bool:
    """Whether a sentence makes a claim with a known answer wherever its slots are swapped.

    It needs two names (so that each swapped copy is about its own pair and no other copy
    contradicts it), a figure the extractors read as a quantity (to change for a contradiction),
    and dates that carry their year (a claim has no surrounding text to supply it). Judged on one
    swapped copy.
    """
    if not CLAIM_LENGTH[0] <= len(sentence) <= CLAIM_LENGTH[1]:
        return False
    text, slots = Cast(random.Random(0), _countries(), _people()).swap(sentence)
    assertions = analyze(text, AnalysisContext(aliases=AliasIndex()))
    spans = [(q.start, q.end) for a in assertions for q in a.quantities]
    figures = [s for s in slots if s.kind == "figure" and any(a <= s.start < b for a, b in spans)]
    years_known = all(t.year is not None for a in assertions for t in a.times)
    return sum(s.kind == "entity" for s in slots) >= 2 and bool(figures) and years_known


@cache
def _countries() -> tuple[str, ...]:
    """The countries a corpus may name."""
    return tuple(c for c in sorted(set(DEMONYMS.values())) if c not in UNSEEN_COUNTRIES)


@cache
def _people() -> tuple[str, ...]:
    """The people a corpus may name."""
    return tuple(f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES)


def _unseen_people() -> tuple[str, ...]:
    return tuple(f"{first} {last}" for first in UNSEEN_FIRST_NAMES for last in UNSEEN_LAST_NAMES)


# --- generation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """A claim and the verdict the corpus implies for it."""

    text: str
    expected: Verdict
    document: str

    def to_json(self) -> str:
        """One line of a claims file."""
        record = {"claim": self.text, "expected": self.expected.value, "document": self.document}
        return json.dumps(record, ensure_ascii=False)


@dataclass(frozen=True)
class Corpus:
    """The files of a generated corpus and what is in them."""

    path: Path
    claims_path: Path
    documents: int
    sentences: int
    claims: int


@dataclass(frozen=True)
class _Candidate:
    """A generated sentence that could become a claim."""

    copy: int  # which copy of a claimable template this is, counting from 0
    text: str
    slots: tuple[Slot, ...]
    template: Template
    document: str

    @property
    def names(self) -> frozenset[str]:
        """Whom the sentence names."""
        return frozenset(s.name for s in self.slots if s.name)


@dataclass
class _Copies:
    """Where the copies of each claimable template are, by the names their documents mention.

    The checker finds a claim's names anywhere near a sentence or in its document's title, so a
    copy of the same sentence in a document naming all of the claim's names might contradict
    it: such a claim has no sure answer and is not used.
    """

    mentioning: dict[tuple[str, str], set[int]] = field(default_factory=lambda: defaultdict(set))

    def add(self, candidate: _Candidate, document_names: frozenset[str]) -> None:
        """Record a copy and the names of its document."""
        for name in document_names:
            self.mentioning[(candidate.template.text, name)].add(candidate.copy)

    def alone(self, candidate: _Candidate) -> bool:
        """Whether no other copy of the sentence sits in a document naming all of its names."""
        copies = [self.mentioning[(candidate.template.text, n)] for n in candidate.names]
        return set.intersection(*copies) == {candidate.copy}


def generate(
    directory: Path, *, sentences: int, seed: int = 0, claims_per_kind: int = 100
) -> Corpus:
    """Write `corpus.jsonl` (about `sentences` sentences) and `claims.jsonl` under `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    path, claims_path = directory / "corpus.jsonl", directory / "claims.jsonl"
    reservoir = _Reservoir(claims_per_kind * 20, random.Random(f"{seed}/claims"))
    copies = _Copies()
    written = documents = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for generated in _documents(seed, sentences):
            out.write(json.dumps(generated.record, ensure_ascii=False) + "\n")
            documents += 1
            written += generated.sentences
            for candidate in generated.candidates:
                copies.add(candidate, generated.names)
                reservoir.offer(candidate)
    usable = [c for c in reservoir.items if copies.alone(c)]
    claims = _claims(usable, claims_per_kind, random.Random(f"{seed}/unseen"))
    claims_path.write_text("".join(c.to_json() + "\n" for c in claims), encoding="utf-8")
    return Corpus(path, claims_path, documents, written, len(claims))


def read_claims(path: Path) -> list[Claim]:
    """The claims of a claims file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        Claim(r["claim"], Verdict(r["expected"]), r["document"]) for r in map(json.loads, lines)
    ]


@dataclass(frozen=True)
class _Generated:
    """A generated document: its JSONL record and what the claims need to know of it."""

    record: dict[str, str | None]
    sentences: int
    candidates: list[_Candidate]
    names: frozenset[str]


def _documents(seed: int, sentences: int) -> Iterator[_Generated]:
    """Generated documents until there are `sentences` sentences."""
    left, number, copies = sentences, 0, 0
    while left > 0:
        generated = _document(seed, number, left, first_copy=copies)
        left -= generated.sentences
        copies += len(generated.candidates)
        number += 1
        yield generated


def _document(seed: int, number: int, most: int, *, first_copy: int) -> _Generated:
    """One document: a run of one source's sentences with its own cast; at most `most` long."""
    rng = random.Random(f"{seed}/{number}")
    shape = rng.choice(shapes())
    size = min(rng.randint(*DOCUMENT_SENTENCES), len(shape.templates), most)
    first = rng.randrange(len(shape.templates) - size + 1)
    cast = Cast(rng, _countries(), _people(), year_shift=rng.choice(YEAR_SHIFTS))
    doc_id = f"doc{number:07d}"
    title, title_slots = cast.swap(shape.title)
    names: set[str] = {s.name for s in title_slots if s.name}
    parts: list[str] = []
    candidates: list[_Candidate] = []
    for template in shape.templates[first : first + size]:
        text, slots = cast.swap(template.text)
        parts += [text, template.gap]
        names.update(s.name for s in slots if s.name)
        if template.claimable:
            copy = first_copy + len(candidates)
            candidates.append(_Candidate(copy, text, tuple(slots), template, doc_id))
    record = {
        "id": doc_id,
        "title": title,
        "outlet": shape.outlet,
        "published": _shifted(shape.published, cast.year_shift),
        "text": "".join(parts).strip(),
    }
    return _Generated(record, size, candidates, frozenset(names))


def _shifted(published: str | None, years: int) -> str | None:
    """A YYYY-MM-DD date moved by whole years (29 February becomes the 28th)."""
    if published is None:
        return None
    year, rest = int(published[:4]) + years, published[4:]
    return f"{year:04d}{'-02-28' if rest == '-02-29' else rest}"


@dataclass
class _Reservoir:
    """A uniform sample of a stream of unknown length (Algorithm R), seeded."""

    capacity: int
    rng: random.Random
    items: list[_Candidate] = field(default_factory=list)
    seen: int = 0

    def offer(self, item: _Candidate) -> None:
        """Consider one more item."""
        self.seen += 1
        if len(self.items) < self.capacity:
            self.items.append(item)
            return
        slot = self.rng.randrange(self.seen)
        if slot < self.capacity:
            self.items[slot] = item


def _claims(candidates: list[_Candidate], per_kind: int, rng: random.Random) -> list[Claim]:
    """Supported, contradicted and unseen claims, `per_kind` of each when there are enough."""
    chosen = candidates[:per_kind]
    claims = [Claim(c.text, Verdict.SUPPORTED, c.document) for c in chosen]
    claims += [Claim(_with_changed_figure(c), Verdict.CONTRADICTED, c.document) for c in chosen]
    unseen = Cast(rng, UNSEEN_COUNTRIES, _unseen_people())
    for candidate in chosen:
        unseen.reset()  # each claim gets its own unseen names
        claims.append(
            Claim(unseen.swap(candidate.template.text)[0], Verdict.NOT_ENOUGH_EVIDENCE, "")
        )
    return claims


def _with_changed_figure(candidate: _Candidate) -> str:
    """The candidate's sentence with its first figure made clearly different."""
    slot = next(s for s in candidate.slots if s.kind == "figure")
    figure = candidate.text[slot.start : slot.end]
    return candidate.text[: slot.start] + changed_figure(figure) + candidate.text[slot.end :]
