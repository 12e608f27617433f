"""Times of day: "at 6 a.m.", "07:46", "7.46 in the morning", "11 o'clock".

A time of day counts nothing, so the figures leave it alone; a claim that gives one is
supported only by a sentence giving the same time (or one within its bound: "after 3 p.m."),
and a sentence that tells of the same doing at another time denies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.patterns import regex

_HALF_DAY = 12 * 60
_LATER_HALF = regex(r"^p|afternoon|evening|night", re.IGNORECASE)

# "6 a.m.", "7:30pm", "11 o'clock"; "7.46 in the morning" or "at 7 in the evening" (a bare
# hour only after "at", "around" or "about"); "07:46" or "7:46" (a colon and two digits).
_CLOCK = regex(
    r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*"
    r"(?P<said>[ap]\.m\b\.?|[ap]m\b|o['\u2019]clock\b)"
    r"|(?:\b(?P<hour2>\d{1,2})[:.](?P<minute2>\d{2})|\b(?:at|around|about)\s(?P<hour3>\d{1,2}))"
    r"\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
    r"|(?<![\d:.])(?P<hour4>\d{1,2}):(?P<minute4>[0-5]\d)\b(?![:.]\d|\s*(?:aspect\s+)?ratio)",
    re.IGNORECASE,
)
_BOUND_BEFORE = regex(r"\b(after|before|by|until)\s+(?:about\s+|around\s+)?\Z", re.IGNORECASE)
_HOURS = ("hour", "hour2", "hour3", "hour4")
_MINUTES = ("minute", "minute2", "minute4")


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day as written, in minutes after midnight; `whole_day` is False when the
    text does not say morning or evening ("11 o'clock"), so 11:00 and 23:00 are alike."""

    text: str
    start: int
    end: int
    minutes: int
    whole_day: bool
    bound: str = ""  # "after", "before", "by" or "until" when the text bounds the time

    def said(self) -> str:
        """The time with its bound, as the text gives it: "after 3 p.m."."""
        return f"{self.bound} {self.text}" if self.bound else self.text

    def met_by(self, other: ClockTime) -> bool:
        """`other`, a time a source gives, is this one or within its bound: "after 3 p.m."
        is met by "4 p.m."."""
        if self.whole_day and other.whole_day:
            ours, theirs = self.minutes, other.minutes
        else:
            ours, theirs = self.minutes % _HALF_DAY, other.minutes % _HALF_DAY
        if self.bound == "after":
            return theirs >= ours
        if self.bound:
            return theirs <= ours
        return theirs == ours


def clock_times(text: str) -> list[ClockTime]:
    """Every time of day the text gives, in order."""
    found = []
    for match in _CLOCK.finditer(text):
        groups = match.groupdict()
        hour = int(next(groups[k] for k in _HOURS if groups[k] is not None))
        minute = int(next((groups[k] for k in _MINUTES if groups[k] is not None), "0"))
        marker = (groups["said"] or groups["part"] or "").lower()
        half_said = bool(marker) and not marker.startswith("o")
        if minute > 59 or hour > (12 if half_said else 23):
            continue
        if half_said:
            hour = hour % 12 + (12 if _LATER_HALF.search(marker) else 0)
        # "07:46" and "19:00" say which half of the day; "7:46" and "11 o'clock" do not.
        written = groups["hour4"]
        whole_day = half_said or (written is not None and (len(written) == 2 or hour > 12))
        bound = _BOUND_BEFORE.search(text, 0, match.start())
        found.append(
            ClockTime(
                match.group(0),
                match.start(),
                match.end(),
                hour * 60 + minute,
                whole_day,
                bound.group(1).lower() if bound else "",
            )
        )
    return found


def day_parts(text: str) -> frozenset[str]:
    """The parts of the day the text's clock times fall in: "2:40 p.m." and "14:40" are in the
    afternoon, as a claim may say ("11 o'clock" says neither)."""
    return frozenset(
        _DAY_PARTS[time.minutes // 60] for time in clock_times(text) if "clock" not in time.text
    )


# Each hour by the part of the day it is in.
_DAY_PARTS = (
    *["night"] * 5,
    *["morning"] * 7,
    *["afternoon"] * 6,
    *["evening"] * 3,
    *["night"] * 3,
)
