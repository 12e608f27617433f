"""The CI gate end to end: configuration, include/exclude, baseline, --changed-since."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.workers import default_jobs

CONTRADICTED = "Kazakhstan opened an embassy in Kabul in 1993."
SUPPORTED = (
    "The first contingent of 139 military personnel is to serve in the Golan Heights "
    "from March 2024."
)
ALSO_CONTRADICTED = "Kazakhstan sent 200 troops to UNDOF in March 2024."


def run(*args: str | Path, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def verify_json(*args: str | Path) -> tuple[int, dict[str, Any]]:
    result = run("verify", "--format", "json", *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def config_json(*args: str | Path) -> dict[str, Any]:
    result = run("config", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def claims(report: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["claim"], r["verdict"]) for r in report["results"]]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder, the working directory of the test."""
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


# ---------------------------------------------------------------- configuration


def test_config_without_a_file_shows_the_defaults(project: Path) -> None:
    shown = config_json()
    assert shown["file"] is None
    settings = shown["settings"]
    assert list(settings) == [
        "sources", "store", "baseline", "fail-on", "include", "exclude", "aliases",
        "min-confidence", "judge", "jobs",
    ]  # fmt: skip
    assert settings["fail-on"] == {"value": ["contradicted", "conflicting"], "from": "default"}
    assert settings["judge"] == {"value": "combined", "from": "default"}
    assert settings["baseline"] == {"value": None, "from": "default"}
    assert settings["store"]["from"] == "env FACTCHECK_STORE"  # tests/conftest.py sets it


def test_store_precedence_is_flag_then_env_then_file(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(project / ".factcheck.toml", 'store = "stores/news.db"\n')
    monkeypatch.setenv("FACTCHECK_STORE", str(project / "env.db"))
    flagged = config_json("--store", "flag.db")["settings"]["store"]
    assert flagged == {"value": "flag.db", "from": "flag --store"}
    from_env = config_json()["settings"]["store"]
    assert from_env == {"value": str(project / "env.db"), "from": "env FACTCHECK_STORE"}
    monkeypatch.delenv("FACTCHECK_STORE")
    from_file = config_json()
    assert from_file["file"] == str(config)
    assert from_file["settings"]["store"] == {
        "value": str(project / "stores" / "news.db"), "from": str(config),
    }  # fmt: skip


def test_fail_on_precedence_decides_the_exit_status(project: Path) -> None:
    draft = write(project / "draft.md", f"{SUPPORTED}\n")
    assert run("verify", draft).exit_code == 0
    config = write(project / "pyproject.toml", '[tool.factcheck]\nfail-on = ["supported"]\n')
    assert config_json()["settings"]["fail-on"] == {"value": ["supported"], "from": str(config)}
    assert run("verify", draft).exit_code == 1
    assert run("verify", "--fail-on", "contradicted", draft).exit_code == 0
    assert config_json("--fail-on", "contradicted")["settings"]["fail-on"]["from"] == (
        "flag --fail-on"
    )


def test_the_nearest_file_with_settings_wins_and_paths_are_relative_to_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = write(project / ".factcheck.toml", 'baseline = "known.json"\n')
    write(project / "pyproject.toml", '[tool.factcheck]\nbaseline = "ignored.json"\n')
    write(project / "docs" / "pyproject.toml", "[project]\nname = 'docs'\n")  # no settings
    monkeypatch.chdir(project / "docs")
    shown = config_json()
    assert shown["file"] == str(top)
    assert shown["settings"]["baseline"] == {
        "value": str(project / "known.json"), "from": str(top),
    }  # fmt: skip


def test_config_table_names_each_value_and_where_it_came_from(project: Path) -> None:
    config = write(
        project / ".factcheck.toml",
        'exclude = ["archive/*"]\nmin-confidence = 0.5\n[aliases]\nQazaqstan = "Kazakhstan"\n',
    )
    result = run("config", "--fail-on", "contradicted")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"configuration file: {config}"
    rows = {line.split()[0]: line for line in lines[2:] if line.strip()}
    assert rows["exclude"].split()[1:] == ["archive/*", str(config)]
    assert rows["aliases"].split()[1:] == ["Qazaqstan", "→", "Kazakhstan", str(config)]
    assert rows["min-confidence"].split()[1:] == ["0.5", str(config)]
    assert rows["fail-on"].split()[1:] == ["contradicted", "flag", "--fail-on"]
    assert rows["include"].split()[1:] == ["-", "default"]


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        (".factcheck.toml", 'colour = "red"\n', "{path}"),
        ("pyproject.toml", '[tool.factcheck]\ncolour = "red"\n', "[tool.factcheck] of {path}"),
    ],
)
def test_an_unknown_key_is_a_one_line_error_naming_file_and_key(
    project: Path, name: str, text: str, where: str
) -> None:
    path = write(project / name, text)
    draft = write(project / "draft.md", f"{CONTRADICTED}\n")
    for args in (["config"], ["verify", str(draft)], ["baseline", str(draft)]):
        result = run(*args)
        assert result.exit_code == 2, args
        assert result.stdout == ""
        message = result.stderr.strip()
        assert len(message.splitlines()) == 1
        assert f"Unknown key 'colour' in {where.format(path=path)}" in message
        assert "fail-on" in message  # the valid keys are listed


def test_jobs_default_to_the_cpus_and_a_flag_beats_the_file(project: Path) -> None:
    assert config_json()["settings"]["jobs"] == {
        "value": default_jobs(os.cpu_count()),
        "from": "default",
    }
    config = write(project / ".factcheck.toml", "jobs = 3\n")
    assert config_json()["settings"]["jobs"] == {"value": 3, "from": str(config)}
    assert config_json("--jobs", "1")["settings"]["jobs"] == {"value": 1, "from": "flag --jobs"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('fail-on = ["wrong"]\n', "Bad value for 'fail-on'"),
        ("min-confidence = 1.5\n", "Bad value for 'min-confidence'"),
        ("jobs = 0\n", "Bad value for 'jobs'"),
        ('sources = "one-folder"\n', "Bad value for 'sources'"),
        ("store = \n", "is not valid TOML"),
    ],
)
def test_bad_values_are_one_line_errors(project: Path, text: str, message: str) -> None:
    write(project / ".factcheck.toml", text)
    result = run("config")
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_configured_sources_and_aliases_make_their_own_store(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_STORE")
    fact = "Kazakhstan sent 139 troops to UNDOF in March 2024."
    write(project / "sources" / "report.txt", f"Peacekeepers\n\n{fact}\n")
    draft = write(project / "draft.md", fact.replace("Kazakhstan", "Qazaqstan") + "\n")
    write(project / ".factcheck.toml", 'sources = ["sources"]\n')
    _, report = verify_json(draft)
    [result] = report["results"]
    assert result["verdict"] == "not_enough_evidence"  # no source knows the name Qazaqstan
    write(
        project / ".factcheck.toml",
        'sources = ["sources"]\n[aliases]\nQazaqstan = "Kazakhstan"\n',
    )
    _, report = verify_json(draft)
    [result] = report["results"]
    assert result["verdict"] == "supported"
    assert [e["path"] for e in result["evidence"]] == ["sources/report.txt"]
    store = Path(config_json()["settings"]["store"]["value"])
    assert store.is_file()
    assert store.is_relative_to(os.environ["XDG_CACHE_HOME"])


def test_min_confidence_reports_weaker_verdicts_as_not_enough_evidence(project: Path) -> None:
    draft = write(project / "draft.md", f"{CONTRADICTED}\n")
    assert run("verify", draft).exit_code == 1
    write(project / ".factcheck.toml", "min-confidence = 0.99\n")
    status, report = verify_json(draft)
    assert status == 0
    [result] = report["results"]
    assert result["verdict"] == "not_enough_evidence"
    assert "(contradicted at confidence" in result["explanation"]
    assert "below min-confidence 0.99" in result["explanation"]


def test_include_and_exclude_filter_the_drafts_found_in_folders(project: Path) -> None:
    write(project / "docs" / "news.md", f"{CONTRADICTED}\n")
    write(project / "docs" / "archive" / "old.md", f"{CONTRADICTED}\n")
    write(project / "docs" / "notes.txt", f"{CONTRADICTED}\n")
    write(project / ".factcheck.toml", 'exclude = ["docs/archive/*"]\n')
    _, report = verify_json("docs")
    paths = [r["location"]["path"] for r in report["results"]]
    assert paths == ["docs/news.md", "docs/notes.txt"]
    write(project / ".factcheck.toml", 'include = ["*.md"]\nexclude = ["old.md"]\n')
    _, report = verify_json("docs")
    assert [r["location"]["path"] for r in report["results"]] == ["docs/news.md"]
    _, named = verify_json("docs/archive/old.md")  # a draft named is always read
    assert len(named["results"]) == 1


# ---------------------------------------------------------------- baseline


def test_baseline_passes_known_findings_and_fails_new_ones(project: Path) -> None:
    draft = write(project / "draft.md", f"{CONTRADICTED}\n\n{SUPPORTED}\n")
    assert run("verify", draft).exit_code == 1
    made = run("baseline", draft, "-o", "known.json")
    assert made.exit_code == 0, made.output
    assert made.stdout == "recorded 1 finding in known.json\n"
    recorded = json.loads((project / "known.json").read_text(encoding="utf-8"))
    assert [(f["path"], f["claim"], f["verdict"]) for f in recorded["findings"]] == [
        ("draft.md", CONTRADICTED, "contradicted")
    ]
    status, report = verify_json("--baseline", "known.json", draft)
    assert status == 0
    assert [r["baselined"] for r in report["results"]] == [True, False]
    table = run("verify", "--baseline", "known.json", draft)
    assert table.exit_code == 0
    assert "baselined" in table.stdout and " · 1 baselined · " in table.stdout

    # Editing another line moves the known claim: it stays baselined.
    write(project / "draft.md", f"An intro line from 2024.\n\n{SUPPORTED}\n\n{CONTRADICTED}\n")
    assert run("verify", "--baseline", "known.json", draft).exit_code == 0

    # A new false claim fails the gate; the known one stays baselined.
    write(project / "draft.md", f"{SUPPORTED}\n\n{CONTRADICTED}\n\n{ALSO_CONTRADICTED}\n")
    status, report = verify_json("--baseline", "known.json", draft)
    assert status == 1
    results = report["results"]
    failing = [(r["claim"], r["baselined"]) for r in results if r["verdict"] != "supported"]
    assert failing == [(CONTRADICTED, True), (ALSO_CONTRADICTED, False)]


def test_baseline_setting_and_runs_from_another_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project / "docs" / "draft.md", f"{CONTRADICTED}\n")
    write(project / ".factcheck.toml", 'baseline = ".factcheck-baseline.json"\n')
    first = run("verify", "docs")  # the configured baseline is not there yet: none applies
    assert first.exit_code == 1, first.output
    assert "no baseline at" in first.stderr and "factcheck baseline" in first.stderr
    made = run("baseline", "docs")
    assert made.exit_code == 0, made.output
    assert (project / ".factcheck-baseline.json").is_file()
    assert run("verify", "docs").exit_code == 0
    monkeypatch.chdir(project / "docs")
    assert run("verify", "draft.md").exit_code == 0  # the same draft, named from elsewhere


def test_a_missing_or_broken_baseline_is_an_input_error(project: Path) -> None:
    draft = write(project / "draft.md", f"{CONTRADICTED}\n")
    missing = run("verify", "--baseline", "nowhere.json", draft)
    assert missing.exit_code == 2
    assert "No baseline at 'nowhere.json' — record one with 'factcheck baseline" in missing.stderr
    write(project / "broken.json", '{"findings": 3}')
    broken = run("verify", "--baseline", "broken.json", draft)
    assert broken.exit_code == 2
    assert "'broken.json' is not a factcheck baseline" in broken.stderr


# ---------------------------------------------------------------- --changed-since

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=folder, check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture
def repo(project: Path) -> Path:
    """A git repository with one committed draft: a contradicted and a supported sentence."""
    git(project, "init", "-q")
    write(project / "draft.md", f"# Notes\n\n{CONTRADICTED}\n\n{SUPPORTED}\n")
    git(project, "add", "draft.md")
    git(project, "commit", "-q", "-m", "draft")
    return project


@needs_git
def test_changed_since_checks_only_the_changed_sentence(repo: Path) -> None:
    status, report = verify_json("--changed-since", "HEAD", "draft.md")
    assert (status, claims(report)) == (0, [])
    write(repo / "draft.md", f"# Notes\n\n{CONTRADICTED}\n\n{ALSO_CONTRADICTED}\n")
    status, report = verify_json("--changed-since", "HEAD", "draft.md")
    assert status == 1
    assert claims(report) == [(ALSO_CONTRADICTED, "contradicted")]
    git(repo, "commit", "-q", "-am", "edit")  # committed changes count too
    _, report = verify_json("--changed-since", "HEAD~1", "draft.md")
    assert claims(report) == [(ALSO_CONTRADICTED, "contradicted")]
    _, everything = verify_json("draft.md")
    assert len(everything["results"]) == 2


@needs_git
def test_changed_since_checks_an_untracked_draft_whole(repo: Path) -> None:
    write(repo / "new.md", f"{CONTRADICTED}\n\n{SUPPORTED}\n")
    _, report = verify_json("--changed-since", "HEAD", ".")
    assert [r["location"]["path"] for r in report["results"]] == ["new.md", "new.md"]


@needs_git
def test_changed_since_ignores_suppressions_of_unchanged_sentences(repo: Path) -> None:
    suppressed = f'<!-- factcheck: ignore reason="checked by phone" -->\n{CONTRADICTED}\n'
    write(repo / "draft.md", f"# Notes\n\n{suppressed}\n{SUPPORTED}\n")
    git(repo, "commit", "-q", "-am", "suppress")
    write(repo / "draft.md", f"# Notes\n\n{suppressed}\n{ALSO_CONTRADICTED}\n")
    status, report = verify_json("--changed-since", "HEAD", "draft.md")
    assert status == 1
    assert claims(report) == [(ALSO_CONTRADICTED, "contradicted")]
    assert report["problems"] == []  # the suppression above is not "unused"


@needs_git
@pytest.mark.parametrize(
    ("revision", "message"),
    [
        ("no-such-branch", "--changed-since: unknown revision 'no-such-branch'"),
        ("HEAD", "not standard input"),
    ],
)
def test_changed_since_errors_are_one_line(repo: Path, revision: str, message: str) -> None:
    target = "-" if message == "not standard input" else "draft.md"
    result = run("verify", "--changed-since", revision, target, stdin=f"{CONTRADICTED}\n")
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@needs_git
def test_changed_since_outside_a_git_repository_is_an_error(project: Path) -> None:
    draft = write(project / "draft.md", f"{CONTRADICTED}\n")
    result = run("verify", "--changed-since", "HEAD", draft)
    assert result.exit_code == 2
    assert "--changed-since: git cannot compare" in result.stderr
    assert "not a git repository" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
