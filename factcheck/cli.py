"""The command line: parse arguments, make one library call, render, exit with a status."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck import __version__
from factcheck.errors import ExitStatus, FactcheckError, InputError
from factcheck.models import CheckReport, Verdict

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "json")
GATE_VERDICTS = frozenset({Verdict.CONTRADICTED, Verdict.CONFLICTING})
STORE_HELP = "Evidence store file (default: the bundled sources, indexed on first use)."


class UsageFailure(click.ClickException):
    """An input or usage error: a one-line message and exit status 2."""

    exit_code = ExitStatus.USAGE_ERROR


def reports_errors(command: F) -> F:
    """Turn library errors into one-line messages with exit status 2, never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactcheckError as error:
            raise UsageFailure(str(error)) from None

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Check claims against your sources, offline, with citations and reasons."""


@main.command()
@click.argument("claims", nargs=-1, required=True)
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@reports_errors
def check(claims: tuple[str, ...], store: Path | None, fmt: str) -> None:
    """Judge each CLAIM: supported, contradicted, conflicting or not enough evidence.

    Pass '-' to read claims from standard input, one per line. Exits 1 when a claim is
    contradicted or conflicting, 2 on a usage or input error.
    """
    from factcheck.check import check_claims
    from factcheck.extract.entities import AliasIndex
    from factcheck.locations import open_store
    from factcheck.retrieve import StoreRetriever

    texts = _read_claims(claims)
    with open_store(store) as opened:
        aliases = AliasIndex(opened.aliases())
        report = check_claims(texts, StoreRetriever(opened, aliases), aliases)
    click.echo(_render(report, fmt), nl=False)
    sys.exit(_gate(report))


def _read_claims(claims: tuple[str, ...]) -> list[str]:
    texts: list[str] = []
    for claim in claims:
        if claim == "-":
            texts.extend(line for line in click.get_text_stream("stdin") if line.strip())
        else:
            texts.append(claim)
    if not texts:
        raise InputError(
            "No claims on standard input — pipe one claim per line, "
            "or pass the claim as an argument."
        )
    return [text.rstrip("\n") for text in texts]


def _render(report: CheckReport, fmt: str) -> str:
    from factcheck.render import json_report, table

    if fmt == "json":
        return json_report.render(report) + "\n"
    return table.render(report)


def _gate(report: CheckReport) -> int:
    failed = any(result.verdict in GATE_VERDICTS for result in report.results)
    return ExitStatus.GATE_FAILED if failed else ExitStatus.OK


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option(
    "--aliases",
    "aliases_file",
    type=click.Path(path_type=Path),
    help='JSON file of extra names: {"alias": "canonical name", ...}.',
)
@reports_errors
def index(paths: tuple[Path, ...], store: Path | None, aliases_file: Path | None) -> None:
    """Build or update an evidence store from PATHS (.txt, .md, .html, .jsonl, or folders).

    With no PATHS, indexes the bundled sources. Unchanged sources are skipped, changed ones
    replaced, and sources deleted from the indexed folders dropped.
    """
    from factcheck.aliases import read_alias_file
    from factcheck.indexer import index_paths
    from factcheck.locations import default_store_path
    from factcheck.sources import bundled_evidence_dir
    from factcheck.store import EvidenceStore

    user_aliases = read_alias_file(aliases_file) if aliases_file else []
    targets = list(paths) or [bundled_evidence_dir()]
    with EvidenceStore.open(store or default_store_path()) as opened:
        stats = index_paths(targets, opened, user_aliases=user_aliases, warn=_warn)
    click.echo(
        f"indexed {stats.added} new, {stats.updated} changed, {stats.unchanged} unchanged, "
        f"{stats.removed} removed, {stats.skipped} skipped ({stats.sentences} sentences analysed)"
    )


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


@main.command()
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@reports_errors
def sources(store: Path | None, fmt: str) -> None:
    """List the sources an evidence store holds."""
    import json

    from tabulate import tabulate

    from factcheck.locations import open_store

    with open_store(store) as opened:
        listed = opened.list_sources()
    if fmt == "json":
        click.echo(json.dumps([s.model_dump() for s in listed], indent=2))
        return
    rows = [
        [s.id, _clip(s.title, 34), _clip(s.outlet, 16), s.published or "-", s.sentences, s.facts]
        for s in listed
    ]
    click.echo(tabulate(rows, headers=["id", "title", "outlet", "date", "sent.", "facts"]))


def _clip(text: str | None, width: int) -> str:
    if not text:
        return "-"
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command()
@click.argument("claim")
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@reports_errors
def parse(claim: str, store: Path | None) -> None:
    """Show how CLAIM is understood: its assertions and their slots, as JSON."""
    import json

    from factcheck.check import parse_claim
    from factcheck.extract.entities import AliasIndex
    from factcheck.locations import open_store

    with open_store(store) as opened:
        aliases = AliasIndex(opened.aliases())
    assertions = parse_claim(claim, aliases)
    click.echo(
        json.dumps([a.model_dump(mode="json") for a in assertions], indent=2, ensure_ascii=False)
    )


@main.command()
def schema() -> None:
    """Print the JSON Schema of the `check --format json` report."""
    from factcheck.render.json_report import schema as report_schema

    click.echo(report_schema(CheckReport))
