"""A surname alone → the person a document named in full before it.

News names a person in full once ("Site manager Ines Okafor said ...") and by surname after
("... Okafor said."); a claim naming "Ines Okafor" must reach those later sentences too. Within
one document, a capitalised word standing alone that is the last word of exactly one person
named in full earlier refers to that person; a surname two earlier people share refers to
neither.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from factcheck.extract.entities import AliasIndex, looks_like_person
from factcheck.extract.tokens import Token, fold, terms, tokenize
from factcheck.models import Assertion, Entity


class NamedPeople:
    """The people a document has named in full so far, by the fold of their surname."""

    def __init__(self, aliases: AliasIndex) -> None:
        self.aliases = aliases
        self._by_surname: dict[str, dict[str, str]] = defaultdict(dict)

    def learn(self, assertions: Iterable[Assertion]) -> None:
        """Remember the people these clauses name in full (not places that look like names)."""
        for assertion in assertions:
            placed = {(p.start, p.end) for p in assertion.places}
            for entity in assertion.entities:
                if (entity.start, entity.end) in placed:
                    continue
                if looks_like_person(entity.text, self.aliases):
                    surname = fold(entity.text.split()[-1])
                    self._by_surname[surname][fold(entity.text)] = entity.text

    def referent(self, word: str) -> str | None:
        """The one person named in full whose surname this word is; None if none or several."""
        people = self._by_surname.get(fold(word))
        return next(iter(people.values())) if people and len(people) == 1 else None

    def resolve(self, text: str, assertions: Sequence[Assertion]) -> tuple[Assertion, ...]:
        """The clauses of a sentence with each lone surname in them standing for its person:
        the full name's words join the clause's terms and the surname is that person's entity."""
        if not self._by_surname:
            return tuple(assertions)
        tokens = tokenize(text)
        referred = [
            (token, person)
            for i, token in enumerate(tokens)
            if _stands_alone(text, tokens, i) and (person := self.referent(token.text))
        ]
        return tuple(self._referring(a, referred) for a in assertions)

    def _referring(self, assertion: Assertion, referred: list[tuple[Token, str]]) -> Assertion:
        inside = [(t, p) for t, p in referred if assertion.start <= t.start < assertion.end]
        if not inside:
            return assertion
        spans = {(token.start, token.end) for token, _ in inside}
        entities = [e for e in assertion.entities if (e.start, e.end) not in spans]
        entities += [
            Entity(text=t.text, start=t.start, end=t.end, canonical=self.aliases.canonical(p))
            for t, p in inside
        ]
        added = [term for _, person in inside for term in terms(person)]
        return assertion.model_copy(
            update={
                "terms": tuple(dict.fromkeys([*assertion.terms, *added])),
                "entities": tuple(sorted(entities, key=lambda e: e.start)),
            }
        )


def _stands_alone(text: str, tokens: list[Token], i: int) -> bool:
    """A capitalised word that is not part of a longer name: no capitalised word right next
    to it ("Okafor said", "according to Okafor,"; not "Ines Okafor" or "Okafor Street")."""
    token = tokens[i]
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and tokens[j].text[:1].isupper():
            between = text[min(tokens[j].end, token.end) : max(tokens[j].start, token.start)]
            if not between.strip():
                return False
    return True
