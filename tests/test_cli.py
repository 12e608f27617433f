"""The command line, as a user drives it: exit codes, the documented JSON, indexing, help."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import jsonschema
import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.sources.read import bundled_evidence_dir

SUPPORTED = "Kazakhstan sent 139 troops to UNDOF in March 2024"
CONTRADICTED = "Kazakhstan sent 200 troops to UNDOF in March 2024"
UNKNOWN = "The Moon is made of green cheese"
EVIDENCE_KEYS = {"source", "title", "path", "line", "start", "end", "text", "stance", "score"}


def run(*args: str | Path, stdin: str | None = None) -> Result:
    """Invoke the command line in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def check_json(*claims: str, stdin: str | None = None) -> tuple[int, dict[str, Any]]:
    """`factcheck check --format json`: the exit code and the parsed report."""
    result = run("check", "--format", "json", *claims, stdin=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def counts(output: str) -> dict[str, int]:
    """The numbers an `index` run reports: {'new': 3, 'changed': 0, ...}."""
    found = re.findall(r"(\d+) (new|changed|unchanged|removed)", output)
    return {word: int(n) for n, word in found}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- check


def test_check_table_shows_verdict_reason_and_citation() -> None:
    result = run("check", SUPPORTED)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("SUPPORTED (0.")
    assert SUPPORTED in result.stdout
    assert "why: " in result.stdout
    assert "evidence/002_6dc53c71c62add71.txt:23 [" in result.stdout
    assert "139 military personnel" in result.stdout


def test_check_json_is_the_documented_report() -> None:
    code, report = check_json(SUPPORTED, CONTRADICTED, UNKNOWN)
    assert code == 1
    assert report["schema_version"] == 1
    assert [r["claim"] for r in report["results"]] == [SUPPORTED, CONTRADICTED, UNKNOWN]
    verdicts = [r["verdict"] for r in report["results"]]
    assert verdicts == ["supported", "contradicted", "not_enough_evidence"]
    assert report["summary"] == {
        "total": 3,
        "supported": 1,
        "contradicted": 1,
        "conflicting": 0,
        "not_enough_evidence": 1,
    }
    for result in report["results"]:
        assert 0 <= result["confidence"] <= 1
        assert result["explanation"]
        assert result["assertions"] and all(a["verdict"] for a in result["assertions"])
    for result in report["results"][:2]:
        assert result["evidence"]
        for evidence in result["evidence"]:
            assert evidence.keys() >= EVIDENCE_KEYS
            assert evidence["stance"] in ("supports", "contradicts")


def test_every_cited_span_slices_the_bundled_file() -> None:
    embassy = "Afghanistan opened an embassy in Almaty in 1993"
    _, report = check_json(SUPPORTED, CONTRADICTED, embassy)
    cited = [e for result in report["results"] for e in result["evidence"]]
    assert len(cited) >= 3
    for evidence in cited:
        assert evidence["path"].startswith("evidence/")
        path = bundled_evidence_dir() / Path(evidence["path"]).name
        text = path.read_bytes().decode("utf-8-sig")  # the file as read: no newline translation
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
        assert text.count("\n", 0, evidence["start"]) + 1 == evidence["line"]


def test_claims_from_standard_input_one_per_line() -> None:
    code, report = check_json("-", stdin=f"{SUPPORTED}\n\n  \n{UNKNOWN}\n")
    assert code == 0
    assert [r["claim"] for r in report["results"]] == [SUPPORTED, UNKNOWN]


def test_stdin_claims_mix_with_argument_claims_in_order() -> None:
    _, report = check_json(UNKNOWN, "-", stdin=f"{SUPPORTED}\n")
    assert [r["claim"] for r in report["results"]] == [UNKNOWN, SUPPORTED]


@pytest.mark.parametrize(
    ("claims", "code"),
    [
        pytest.param([SUPPORTED], 0, id="supported"),
        pytest.param([UNKNOWN], 0, id="not-enough-evidence-passes-the-gate"),
        pytest.param([CONTRADICTED], 1, id="contradicted"),
        pytest.param([SUPPORTED, CONTRADICTED], 1, id="any-contradicted"),
    ],
)
def test_exit_status_is_the_gate(claims: list[str], code: int) -> None:
    assert run("check", *claims).exit_code == code
    assert run("check", "--format", "json", *claims).exit_code == code


def test_check_json_validates_against_the_printed_schema() -> None:
    schema = json.loads(run("schema").stdout)
    _, report = check_json(SUPPORTED, CONTRADICTED, UNKNOWN)
    jsonschema.validate(report, schema)


def test_open_ended_quantities_validate_against_the_printed_schema() -> None:
    schema = json.loads(run("schema").stdout)
    _, report = check_json("Kazakhstan sent more than 100 troops to UNDOF")
    jsonschema.validate(report, schema)


@pytest.mark.parametrize(
    "claim",
    [
        pytest.param(CONTRADICTED, id="as-typed"),
        pytest.param(
            f"   {CONTRADICTED}",
            id="leading-spaces",
        ),
    ],
)
def test_assertion_spans_slice_the_reported_claim(claim: str) -> None:
    _, report = check_json(claim)
    [result] = report["results"]
    assert result["claim"] == claim
    for part in result["assertions"]:
        assertion = part["assertion"]
        assert claim[assertion["start"] : assertion["end"]] == assertion["text"]
        for slot in (*assertion["quantities"], *assertion["times"], *assertion["entities"]):
            assert claim[slot["start"] : slot["end"]] == slot["text"]


# ---------------------------------------------------------------- index and sources


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small folder of sources in three formats."""
    folder = tmp_path / "sources"
    write(
        folder / "harbour.txt",
        "Harbour report\n\nThe Lisbrook harbour handled 120 ships in 2022. "
        "It did not open on Sundays.\n",
    )
    write(
        folder / "bridge.md",
        "---\ntitle: Brenno Bridge\npublished: 2024-02-01\n---\n\n# Brenno Bridge\n\n"
        "The Brenno Bridge opened in March 2024 after a $40 million rebuild.\n",
    )
    write(
        folder / "rail.html",
        "<html><head><title>Ostrava Rail</title></head><body><article>"
        "<p>Ostrava Rail hired 20 drivers in May 2023.</p></article></body></html>",
    )
    return folder


def sources_json(store: Path) -> list[dict[str, Any]]:
    result = run("sources", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_index_then_sources_lists_every_file_with_counts(corpus: Path, own_store: Path) -> None:
    result = run("index", corpus, "--store", own_store)
    assert result.exit_code == 0, result.output
    assert counts(result.stdout) == {"new": 3, "changed": 0, "unchanged": 0, "removed": 0}
    listed = {s["id"]: s for s in sources_json(own_store)}
    assert set(listed) == {"sources/harbour.txt", "sources/bridge.md", "sources/rail.html"}
    assert listed["sources/bridge.md"]["title"] == "Brenno Bridge"
    assert listed["sources/bridge.md"]["published"] == "2024-02-01"
    assert all(s["sentences"] >= 1 and s["facts"] >= 1 for s in listed.values())
    table = run("sources", "--store", own_store).stdout
    for source_id in listed:
        assert re.search(
            rf"^{source_id}\s.*\s{listed[source_id]['sentences']}\s+"
            rf"{listed[source_id]['facts']}$",
            table,
            re.MULTILINE,
        ), table


def test_an_indexed_folder_answers_checks(corpus: Path, own_store: Path) -> None:
    run("index", corpus, "--store", own_store)
    result = run(
        "check",
        "--store",
        own_store,
        "--format",
        "json",
        "The Lisbrook harbour handled 120 ships in 2022",
    )
    report = json.loads(result.stdout)
    assert report["results"][0]["verdict"] == "supported"
    [evidence] = report["results"][0]["evidence"][:1]
    assert evidence["source"] == "sources/harbour.txt"
    text = (corpus / "harbour.txt").read_text(encoding="utf-8")
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_reindex_is_incremental(corpus: Path, own_store: Path) -> None:
    run("index", corpus, "--store", own_store)
    before = sources_json(own_store)

    again = run("index", corpus, "--store", own_store)
    assert again.exit_code == 0
    assert counts(again.stdout) == {"new": 0, "changed": 0, "unchanged": 3, "removed": 0}
    assert sources_json(own_store) == before

    write(corpus / "harbour.txt", "Harbour report\n\nThe Lisbrook harbour handled 95 ships.\n")
    edited = run("index", corpus, "--store", own_store)
    assert counts(edited.stdout) == {"new": 0, "changed": 1, "unchanged": 2, "removed": 0}

    (corpus / "rail.html").unlink()
    removed = run("index", corpus, "--store", own_store)
    assert counts(removed.stdout) == {"new": 0, "changed": 0, "unchanged": 2, "removed": 1}
    assert {s["id"] for s in sources_json(own_store)} == {
        "sources/harbour.txt",
        "sources/bridge.md",
    }


# ---------------------------------------------------------------- parse and schema


def test_parse_shows_quantities_dates_entities_and_polarity() -> None:
    result = run("parse", "Kazakhstan did not send about 139 troops in March 2024")
    assert result.exit_code == 0, result.output
    [assertion] = json.loads(result.stdout)
    [quantity] = assertion["quantities"]
    assert quantity["value"] == 139
    assert quantity["qualifier"] == "about"
    assert quantity["low"] < 139 < quantity["high"]
    assert "troop" in quantity["noun"]
    [time] = assertion["times"]
    assert (time["granularity"], time["year"], time["month"]) == ("month", 2024, 3)
    assert [e["canonical"] for e in assertion["entities"]] == ["Kazakhstan"]
    assert assertion["negated"] is True


def test_schema_is_a_valid_json_schema_of_the_report() -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert {"schema_version", "results", "summary"} <= set(schema["properties"])


# ---------------------------------------------------------------- help


COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name: str) -> None:
    command = main.commands[name]
    assert isinstance(command, click.Command)
    assert command.help and command.help.strip(), f"{name} has no docstring"
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    assert command.help.splitlines()[0].strip() in " ".join(result.stdout.split())


def test_group_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert re.search(rf"^\s+{re.escape(name)}\s", result.stdout, re.MULTILINE), name


def test_python_dash_m_factcheck_help() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "factcheck", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Usage:" in completed.stdout
    assert "check" in completed.stdout and "index" in completed.stdout
    assert completed.stderr == ""
