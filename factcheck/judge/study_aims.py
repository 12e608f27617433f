"""What a study set out to learn is not what it found: a sentence stating an aim or a method
asserts nothing a claim could rest on."""

from __future__ import annotations

import re

from factcheck.extract.patterns import regex

# A clause that states an aim asserts nothing yet: "To assess the outcomes among nurses",
# "Objective: to examine whether ...".
_AIM = regex(r"^\W*(?:(?:objectives?|aims?|purpose|goal)\s*:\s*)?to\s+[a-z]+\b", re.IGNORECASE)
# Nor does a sentence telling what a study set out to learn or how: "OBJECTIVE To determine
# whether ...", "This report describes trends in ...", "The main outcome measures were ...".
_STUDY_AIM = regex(
    r"^\W*(?:(?:objectives?|aims?|purpose|goals?|background)\W*)?to\s+(?:determine|assess|evaluate"
    r"|examine|investigate|explore|compare|test|estimate|describe|identify|characteri[sz]e"
    r"|quantify|measure|analy[sz]e|understand|establish)\b"
    r"|\bwhether\b"
    r"|\b(?:this|the\s+present|the\s+current|our)\s+(?:study|report|review|paper|article|analysis"
    r"|trial|work)\s+(?:describes|examines|examined|investigates|investigated|assesses|assessed"
    r"|evaluates|evaluated|explores|explored|aims|aimed|sought|seeks)\b"
    r"|\bwe\s+(?:aimed|sought|set\s+out|wanted)\s+to\b"
    r"|\boutcome\s+measures?\s+(?:was|were|is|are|included)\b",
    re.IGNORECASE,
)


def asserts(clause: str) -> bool:
    """Whether a clause says something is so, rather than what a study set out to learn."""
    return not _AIM.match(clause)


def tells_a_finding(sentence: str) -> bool:
    """Whether a sentence tells what was found, rather than what a study set out to learn
    or how it went about it: only a finding supports a claim."""
    return not _STUDY_AIM.search(sentence)
