"""Who held which post: a claim that calls someone "Brambury's buying director" is not
supported by a sentence that sets another post beside that name ("Bertrand Coombe, then
commercial director of Orlaine Supermarkets, convened ..."), and is denied by one that gives
the claim's post to another person as well ("Wystan Hallard, who was Brambury's buying
director, and Bertrand Coombe, who was Orlaine's commercial director"), however many of the
claim's other words either repeats."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.patterns import regex

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
_OWNER = r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*"
_TITLE = r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
# A post: "Brambury's buying director", or "(then) commercial director of Orlaine Supermarkets".
_POST = (
    rf"(?:(?P<owner>{_OWNER})['’]s\s+(?P<title>{_TITLE})"
    rf"|(?:then\s+|the\s+)?(?P<title_of>{_TITLE})\s+of\s+(?:the\s+)?(?P<owner_of>{_OWNER}))"
)
# In a claim, a post set beside a name: "Bertrand Coombe, Brambury's buying director at the
# time, convened ...".
_CLAIMED = regex(rf"(?P<name>{_NAME}),\s+{_POST}(?:\s+at\s+the\s+time)?,")
# In a source, a post given to a name: "Wystan Hallard, who was Brambury's buying director,".
_GIVEN = regex(
    rf"(?P<name>{_NAME}),\s+(?:who\s+(?:was|is|had\s+been|has\s+been)\s+)?{_POST}"
    r"(?=\s*(?:,|\.|;|\band\b|$))"
)


@dataclass(frozen=True)
class Post:
    """A post as written, and whose it is and what it is, in lower case."""

    said: str
    owner: tuple[str, ...]
    title: tuple[str, ...]

    def same(self, other: Post) -> bool:
        """The same title of the same owner ("Brambury" is "Brambury Stores")."""
        shorter, longer = sorted((set(self.owner), set(other.owner)), key=len)
        return self.title == other.title and shorter <= longer


@dataclass(frozen=True)
class OtherPost:
    """What a sentence says of the post a claim sets beside a name: the post it gives that
    name, and who else it gives the claim's post to (None: nobody)."""

    name: str
    claimed: Post
    theirs: Post
    holder: str | None

    def reason(self) -> str:
        if self.holder is None:
            return f"calls {self.name} {self.theirs.said}, not {self.claimed.said}"
        return (
            f"source gives {self.claimed.said} to {self.holder}, "
            f"and calls {self.name} {self.theirs.said}"
        )


def other_post(claim: str, sentence: str) -> OtherPost | None:
    """The sentence sets beside the name the claim gives a post another post, and perhaps
    gives the claim's post to someone else."""
    claimed = _CLAIMED.search(claim)
    if claimed is None:
        return None
    name, post = claimed["name"], _post(claimed)
    given = {m["name"]: _post(m) for m in _GIVEN.finditer(sentence)}
    theirs = given.get(name)
    if theirs is None or theirs.same(post):
        return None
    holder = next((n for n, p in given.items() if n != name and p.same(post)), None)
    return OtherPost(name, post, theirs, holder)


def _post(match: re.Match[str]) -> Post:
    owner = match["owner"] or match["owner_of"]
    title = match["title"] or match["title_of"]
    said = match.string[match.end("name") : match.end()]
    return Post(_cleaned(said), _words(owner), _words(title))


def _cleaned(said: str) -> str:
    text = said.strip(" ,")
    for opener in ("who was ", "who is ", "who had been ", "who has been "):
        text = text.removeprefix(opener)
    return text.removesuffix(" at the time").rstrip(",")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.replace("’", "'").lower().split())
