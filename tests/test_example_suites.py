"""The project's own claim suites: their evidence is their sources' text, and the suites on
topics the rules were not written for stay where they were measured."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.sources.read import iter_source_documents

ROOT = Path(__file__).parents[1]
DOMAINS = (
    "second-domain",
    "third-domain",
    "fourth-domain",
    "fifth-domain",
    "sixth-domain",
    "seventh-domain",
    "eighth-domain",
    "ninth-domain",
    "tenth-domain",
    "eleventh-domain",
    "twelfth-domain",
    "thirteenth-domain",
    "fourteenth-domain",
    "fifteenth-domain",
    "sixteenth-domain",
    "seventeenth-domain",
    "eighteenth-domain",
    "nineteenth-domain",
    "twentieth-domain",
    "twenty-first-domain",
    "twenty-second-domain",
    "twenty-third-domain",
    "twenty-fourth-domain",
    "twenty-fifth-domain",
    "twenty-sixth-domain",
)
# Each suite with the folder of its sources: the bundled one, then those written for a topic
# under examples/.
SUITES = {
    "bundled": (ROOT / "claims" / "bundled.jsonl", ROOT / "evidence"),
    **{
        name: (ROOT / "claims" / f"{name}.jsonl", ROOT / "examples" / name / "sources")
        for name in DOMAINS
    },
}
_SOURCE_SUFFIXES = {".txt", ".md", ".html", ".jsonl"}


def _said(text: str) -> str:
    """Text compared as the suites quote it: straight quotes, single spaces."""
    text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    return re.sub(r"\s+", " ", text)


def _source_text(folder: Path) -> str:
    files = sorted(p for p in folder.iterdir() if p.suffix in _SOURCE_SUFFIXES)
    return _said(" ".join(d.text for f in files for d in iter_source_documents(f)))


@pytest.mark.parametrize("name", sorted(SUITES))
def test_every_evidence_quote_of_a_suite_is_in_its_sources(name: str) -> None:
    suite, sources = SUITES[name]
    text = _source_text(sources)
    rows = [json.loads(line) for line in suite.read_text(encoding="utf-8").splitlines() if line]
    missing = [
        (row["id"], quote)
        for row in rows
        for quote in row.get("evidence", [])
        if _said(quote) not in text
    ]
    assert not missing


# What each suite on a topic the rules were not written for was last measured at
# (docs/accuracy.md): right answers at least, wrong blocking verdicts at most, and wrong
# "supported" at most. The third domain's one wrong block says "contradicted" where the sources
# disagree; the fourth's one wrong "supported" is a claim its sources disagree on, the disagreeing
# sentence not found ("signed ... on a three-year contract" for "joined"); the fifth's one wrong
# block is also "contradicted" where its sources disagree (31 hospitals or 29: the one saying 31
# says "enrolled ... at", not the claim's "was run at"). The sixth's wrong block says
# "conflicting" where its label says "contradicted" (the press release's bullet dates the
# quarter's profit by the bullet beside it); it supports none wrongly since a takeover that "would
# not close by the end of January" dates no completion then. The seventh (an election) supports
# none wrongly. The eighth (a fraud trial) supports two wrongly: a figure of what was found
# against what was ordered, and a count of invoices its sources disagree on, the disagreeing
# sentence saying them of the contractor. The ninth (a wildfire) supports one
# wrongly: a peak staffing figure its two sources disagree on, the disagreeing sentence ("more
# than 2,300 firefighters ... were working on the fire") not found. The tenth (a dock strike)
# supports none wrongly, and blocks one as "contradicted" where its sources disagree (a count of
# ships, the other source not found). The eleventh (a derailment) supports none wrongly since
# a route run backwards, a share left to another party, "all" against a part and a count of
# those aboard against one of the dead were read. The twelfth (a restitution) supports one
# wrongly, the model's ("keeps ownership" against "their ownership should nonetheless pass"),
# and blocks one as "contradicted" where its sources disagree (the other count, 38, said as
# "The first 38", not read as a count of objects); the same disagreement makes a second
# "supported" where its label says "conflicting" ("Forty-two objects", no longer read as a name
# its sources must give, is found in one of them, the 38 of the other still not read).
# The thirteenth (a blackout) supports one wrongly, the model's (a minister who "blamed
# overgrown trees" for one who called it "an act of nature").
# The fourteenth (a doping case) supports none wrongly, and blocks two with the other blocking
# verdict: a prize said of one event and counted against a total ("conflicting" where the label
# is "contradicted"), and its sources' disagreement on a concentration, the other source not
# read ("contradicted" by the second sample's 0.6 ng/mL where the label is "conflicting").
# The fifteenth (a failed satellite launch) supports one wrongly: a supplier "dropped" for one
# "used" ("reduced" is read as "dropped"; the "second" failure is no longer met by the first);
# it blocks one with the other blocking verdict: 11 of 18 satellites lost against the eight
# launched later ("contradicted" where its sources disagree). A settlement "15 million less
# than the operator had claimed" is no longer denied by the sum claimed.
# The sixteenth (a food-poisoning outbreak and recall) is as written: it supports two wrongly,
# a creamery "closed" on the day a timeline gives for swabs taken there and production stopped,
# and a region with "more cases than any other" from a sentence naming it second of the two
# largest.
# The seventeenth (a road tunnel's overrun and opening) supports two wrongly, a safety fine
# "paid by the city council" from the fine itself, and one of the two final costs its sources
# disagree on (the other's sentence names "the contractor", not Keelstone); it blocks one with
# the other blocking verdict: a final cost "once all the bills were in" denied by an earlier
# estimate, the disputed other final cost not read ("bills" is no word of it).
# The eighteenth (a ransomware attack on a hospital trust) supports two wrongly, both the
# model's: a staff account's password for a supplier's, and patients who took up an offer of
# credit monitoring the sources never count; it blocks one with the other
# blocking verdict: a count of patients whose data was stolen that its sources disagree on, the
# second source's sentence saying "They" for the attackers.
# The nineteenth (a savings bank's collapse and the payouts) supports and blocks none wrongly
# (a loan the guarantee fund took is no longer denied by the part of it the fund repaid later).
# The twentieth (an exam board's grading error) supports two wrongly: 590 candidates who
# "started their courses", from a sentence in which 3,480 started theirs and the 590 accepted a
# deferred place (each count has its own verb there; the claim's is read as "deferred"), and
# "more than 28,000 Upper Diploma candidates" from the board's 28,160, the regulator's 26,840
# not read (its sentence names the qualification only in the sentence before).
# The twenty-first (a tanker's grounding and oil spill) supports none wrongly and blocks one
# with the other blocking verdict: a spill of "more than 13,000 tonnes" that its sources
# disagree on, denied by the owner's first figure, which the claim itself calls an estimate.
# The twenty-second (a research-misconduct case) supports and blocks none wrongly (letters to
# the trial's patients are no longer supported by the item of the inquiry's recommendations
# that asks for them).
# The twenty-third (an airline's outage) supports and blocks none wrongly (a list of each
# day's cancellations no longer gives "fewer than 4,000" over the six days, nor does July's
# estimate deny a later one the claim sets against it).
# The twenty-fourth (a census's undercount) supports and blocks none wrongly ("failed to count
# more than 100,000 residents" is no longer read as a negation set against "missed 131,700").
# The twenty-fifth (a supermarket cartel) supports one wrongly: a price rise "just under 7
# per cent" that its sources disagree on (6.8 and 8.3), the court's 8.3 not read (its sentence
# says "raised the shelf prices of the affected products", the claim "added ... to the price of
# the own-label staples").
# The twenty-sixth (a football club's administration) is as written, measured at the session's
# end and not yet worked on: five wrong "supported" (a pledge read as money collected, a
# position and relegation, fees the sources leave open, a ceiling on the disputed debts, a bond
# said repaid) and five wrong blocks (three "conflicting" on supported claims, two of the
# disputed debts "contradicted" where they are "conflicting").
MEASURED = {
    "second-domain": (40, 0, 0),
    "third-domain": (32, 1, 0),
    "fourth-domain": (30, 0, 1),
    "fifth-domain": (30, 1, 0),
    "sixth-domain": (22, 1, 0),
    "seventh-domain": (16, 0, 0),
    "eighth-domain": (20, 0, 2),
    "ninth-domain": (20, 0, 1),
    "tenth-domain": (12, 1, 0),
    "eleventh-domain": (14, 0, 0),
    "twelfth-domain": (17, 1, 2),
    "thirteenth-domain": (14, 0, 1),
    "fourteenth-domain": (12, 2, 0),
    "fifteenth-domain": (11, 1, 1),
    "sixteenth-domain": (12, 0, 2),
    "seventeenth-domain": (13, 1, 2),
    "eighteenth-domain": (14, 1, 2),
    "nineteenth-domain": (12, 0, 0),
    "twentieth-domain": (10, 0, 2),
    "twenty-first-domain": (8, 1, 0),
    "twenty-second-domain": (9, 0, 0),
    "twenty-third-domain": (13, 0, 0),
    "twenty-fourth-domain": (13, 0, 0),
    "twenty-fifth-domain": (11, 0, 1),
    "twenty-sixth-domain": (10, 5, 5),
}


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_a_suite_on_an_unseen_topic_keeps_its_precision(name: str, tmp_path: Path) -> None:
    suite, sources = SUITES[name]
    store = tmp_path / "suite.db"
    runner = CliRunner()
    indexed = runner.invoke(main, ["index", str(sources), "--store", str(store)])
    assert indexed.exit_code == 0, indexed.output
    result = runner.invoke(main, ["eval", str(suite), "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    wrong = [(r["id"], r["gold"], r["predicted"]) for r in report["misses"]]
    right, blocks, supports = MEASURED[name]
    assert report["correct"] >= right, wrong
    assert len([w for w in wrong if w[2] == "supported"]) <= supports, wrong
    assert len([w for w in wrong if w[2] in ("contradicted", "conflicting")]) <= blocks, wrong
