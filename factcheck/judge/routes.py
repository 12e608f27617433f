"""Journeys written by their ends: "the service from Corby to Quist" runs the other way
from "travelling from Quist to Corby", however many words the two share."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex

_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_ROUTE = regex(rf"\bfrom\s+(?P<start>{_PLACE})\s+to\s+(?P<end>{_PLACE})")


def reversed_route(claim_text: str, source_text: str) -> str | None:
    """The source's journey between the claim's two places, run the other way, as the source
    writes it ("Corby to Quist"); None when the source runs it the claim's way or does
    not name both ends."""
    for route in _ROUTE.finditer(claim_text):
        start, end = route["start"], route["end"]
        backwards = re.search(rf"\b{re.escape(end)}\s+to\s+{re.escape(start)}\b", source_text)
        forwards = re.search(rf"\b{re.escape(start)}\s+to\s+{re.escape(end)}\b", source_text)
        if backwards and not forwards:
            return backwards.group(0)
    return None
