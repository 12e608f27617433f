"""Every command judges through one Judge opened from the settings: same sentence, same verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

# The configured name is the only way to know who "Qazaqstan" is.
CLAIM = "Qazaqstan sent 139 troops to UNDOF in March 2024."
CONFIG = '[aliases]\nQazaqstan = "Kazakhstan"\n'


def check_verdict(runner: CliRunner) -> tuple[str, str]:
    result = runner.invoke(main, ["check", "--format", "json", CLAIM])
    assert result.exit_code in (0, 1), result.output
    [claim] = json.loads(result.output)["results"]
    return claim["verdict"], claim["explanation"]


def verify_verdict(runner: CliRunner, draft: Path) -> tuple[str, str]:
    result = runner.invoke(main, ["verify", "--format", "json", str(draft)])
    assert result.exit_code in (0, 1), result.output
    [claim] = json.loads(result.output)["results"]
    return claim["verdict"], claim["explanation"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(f"# Troops\n\n{CLAIM}\n", encoding="utf-8")
    return tmp_path


def test_check_and_verify_agree_with_configured_aliases(project: Path) -> None:
    (project / ".factcheck.toml").write_text(CONFIG, encoding="utf-8")
    runner = CliRunner()
    checked = check_verdict(runner)
    assert checked[0] == "supported"
    assert verify_verdict(runner, project / "draft.md") == checked


def test_without_the_alias_neither_command_knows_the_name(project: Path) -> None:
    runner = CliRunner()
    checked = check_verdict(runner)
    assert checked[0] == "not_enough_evidence"
    assert verify_verdict(runner, project / "draft.md") == checked


def test_check_honours_the_configured_min_confidence(project: Path) -> None:
    (project / ".factcheck.toml").write_text("min-confidence = 0.99\n" + CONFIG, encoding="utf-8")
    runner = CliRunner()
    verdict, explanation = check_verdict(runner)
    assert verdict == "not_enough_evidence"
    assert "below min-confidence 0.99" in explanation
    assert verify_verdict(runner, project / "draft.md") == (verdict, explanation)


def test_the_judge_is_chosen_by_flag_then_configuration(project: Path) -> None:
    (project / ".factcheck.toml").write_text('judge = "combined"\n', encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(main, ["config", "--format", "json"])
    assert json.loads(shown.output)["settings"]["judge"]["value"] == "combined"
    flagged = runner.invoke(main, ["config", "--format", "json", "--judge", "rules"])
    assert json.loads(flagged.output)["settings"]["judge"] == {
        "value": "rules",
        "from": "flag --judge",
    }
    bad = runner.invoke(main, ["check", "--judge", "oracle", CLAIM])
    assert bad.exit_code == 2 and "oracle" in bad.output
