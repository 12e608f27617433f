"""The command line: parse arguments, make one library call, render, exit with a status."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from functools import wraps
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

import click

from factcheck import __version__
from factcheck.errors import ExitStatus, FactcheckError, InputError
from factcheck.render.formats import CHECK, EVAL, VERIFY, names
from factcheck.streams import GuardedGroup, on_terminal, out, say, stdin_text

# Each command imports what it uses when it runs: `--help` and `check` start faster without
# pydantic's models or the renderers of other commands.
if TYPE_CHECKING:
    from factcheck.config import JudgeName, Settings

F = TypeVar("F", bound=Callable[..., Any])
# `sources` and `config` list what is there rather than report a run: a table or JSON.
LISTING_FORMATS = ("table", "json")
STORE_HELP = "Evidence store file (default: the bundled sources, indexed on first use)."


# Who judges: every command that judges takes it, and so does the configuration.
judge_option = click.option(
    "--judge",
    type=click.Choice(["combined", "rules"]),
    help="combined (default): the rules, with dense retrieval and the shipped entailment "
    "model deciding what the rules' words leave open (docs/model.md); rules: the rules alone, "
    "searching by terms.",
)

# How many processes judge the sentences of drafts (verify, baseline, config).
verify_jobs_option = click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes judging sentences (default: one per CPU, at most 8; a long draft only).",
)

# Long work shows a bar on a terminal; --quiet turns it off (index, verify).
quiet_option = click.option(
    "--quiet", is_flag=True, help="No progress bar (it only shows on a terminal)."
)


def format_option(report_type: str) -> Callable[[F], F]:
    """`--format`, offering the registered formats that render this command's report."""
    choices = click.Choice(names(report_type))
    return click.option("--format", "fmt", type=choices, default="table", show_default=True)


class UsageFailure(click.ClickException):
    """An input or usage error: a one-line message and exit status 2."""

    exit_code = ExitStatus.USAGE_ERROR

    def show(self, file: IO[Any] | None = None) -> None:
        """The message on standard error; a standard error that cannot be written is let be."""
        with suppress(OSError):
            super().show(file)


def reports_errors(command: F) -> F:
    """Turn library errors into one-line messages with exit status 2, never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactcheckError as error:
            raise UsageFailure(str(error)) from None

    return wrapper  # type: ignore[return-value]


@click.group(cls=GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Check claims against your sources, offline, with citations and reasons."""


def run() -> None:
    """The `factcheck` program: the command line, then an exit that skips a needless last
    garbage collection.

    By the time a command returns it has closed what it opened (stores, files, the report);
    what is left is the interpreter's teardown, whose final collection walks every object the
    imports made (pydantic's schemas, the compiled patterns, the model's runtime): 50-100 ms
    of a cold `check` on this project's 2-core machine, about a fifth of it. Frozen objects
    are left out of that walk; they are still freed by their reference counts, and the
    standard streams are still flushed. Only the program does this: a caller of `main` (a
    test's CliRunner) keeps its collector as it was.
    """
    try:
        main()
    finally:
        gc.freeze()


@main.command()
@click.argument("claims", nargs=-1, required=True)
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@format_option(CHECK)
@judge_option
@reports_errors
def check(claims: tuple[str, ...], store: Path | None, fmt: str, judge: str | None) -> None:
    """Judge each CLAIM: supported, contradicted, conflicting or not enough evidence.

    Pass '-' to read claims from standard input, one per line. Exits 1 when a claim is
    contradicted or conflicting, 2 on a usage or input error.
    """
    from factcheck.gate import Gate
    from factcheck.judge.claims import open_judge
    from factcheck.render.formats import render

    texts = _read_claims(claims)
    with open_judge(_settings(store=store, judge=judge), warn=_warn) as opened:
        report = opened.check_all(texts)
    gate = Gate()
    out(render(report, fmt, gate), nl=False)
    sys.exit(gate.status(report))


def _read_claims(claims: tuple[str, ...]) -> list[str]:
    """The claims given, `-` replaced by the lines of standard input (LF or CRLF) not blank."""
    texts: list[str] = []
    for claim in claims:
        if claim == "-":
            lines = (line.removesuffix("\r") for line in _read_stdin().split("\n"))
            texts.extend(line for line in lines if line.strip())
        else:
            texts.append(claim)
    if not texts:
        raise InputError(
            "No claims on standard input — pipe one claim per line, "
            "or pass the claim as an argument."
        )
    return texts


def _read_stdin() -> str:
    return stdin_text(_warn)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option(
    "--aliases",
    "aliases_file",
    type=click.Path(path_type=Path),
    help='JSON file of extra names: {"alias": "canonical name", ...}.',
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes analysing sources in parallel (default: one per CPU).",
)
@quiet_option
@reports_errors
def index(
    paths: tuple[Path, ...],
    store: Path | None,
    aliases_file: Path | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """Build or update an evidence store from PATHS (.txt, .md, .html, .jsonl, or folders).

    With no PATHS, indexes the configured sources (the bundled ones by default) into the
    configured store. Unchanged sources are skipped, changed ones replaced, and sources deleted
    from the indexed folders dropped. A file that cannot be read is skipped with a warning (a
    bad line of a .jsonl file alone is skipped) and what the store had of it is kept; 'index'
    then exits 3. Exits 2 when nothing can be read. A second 'index' of the same store
    waits a few seconds for the first to finish, then stops with exit status 2.
    """
    from factcheck.index.indexer import index_paths
    from factcheck.index.store import EvidenceStore
    from factcheck.progress import progress_bar
    from factcheck.render.findings import plural
    from factcheck.sources.aliases import read_alias_file

    settings = _settings(store=store)
    user_aliases = read_alias_file(aliases_file) if aliases_file else []
    targets = list(paths) or list(settings.sources)
    bar = progress_bar(label="index", unit="sources", also_unit="sentences", quiet=quiet)
    with EvidenceStore.open(settings.store) as opened, bar as progress:
        stats = index_paths(
            targets,
            opened,
            user_aliases=user_aliases,
            warn=_warn,
            jobs=jobs or os.cpu_count() or 1,
            progress=progress,
        )
    out(
        f"indexed {stats.added} new, {stats.updated} changed, {stats.unchanged} unchanged, "
        f"{stats.removed} removed, {stats.skipped} skipped ({stats.sentences} sentences analysed)"
    )
    if stats.incomplete:
        kept = (
            f"the store keeps the {plural(stats.kept, 'source')} it had of them"
            if stats.kept
            else "what could not be read is not in the store"
        )
        _warn(
            f"{plural(stats.incomplete, 'file')} could not be read in full; {kept} — "
            "fix them and index again (exit status 3)"
        )
        sys.exit(ExitStatus.INDEX_INCOMPLETE)


def _warn(message: str) -> None:
    say(f"warning: {message}")


@main.command()
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option(
    "--format", "fmt", type=click.Choice(LISTING_FORMATS), default="table", show_default=True
)
@reports_errors
def sources(store: Path | None, fmt: str) -> None:
    """List the sources an evidence store holds."""
    import json

    from tabulate import tabulate

    from factcheck.index.opening import open_configured

    with open_configured(_settings(store=store), warn=_warn) as opened:
        listed = opened.list_sources()
    if fmt == "json":
        out(json.dumps([s.model_dump() for s in listed], indent=2))
        return
    rows = [
        [s.id, _clip(s.title, 34), _clip(s.outlet, 16), s.published or "-", s.sentences, s.facts]
        for s in listed
    ]
    out(tabulate(rows, headers=["id", "title", "outlet", "date", "sent.", "facts"]))


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

    from factcheck.judge.claims import open_judge

    with open_judge(_settings(store=store), warn=_warn) as judge:
        assertions = judge.parse(claim)
    out(json.dumps([a.model_dump(mode="json") for a in assertions], indent=2, ensure_ascii=False))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the `check --format json` report."""
    from factcheck.models import CheckReport
    from factcheck.render.json_report import schema as report_schema

    out(report_schema(CheckReport))


@main.command("eval")
@click.argument("suite", type=click.Path(path_type=Path))
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@format_option(EVAL)
@click.option(
    "--limit", type=click.IntRange(min=1), help="Judge only the first N claims (quick runs)."
)
@judge_option
@reports_errors
def eval_suite(
    suite: Path, store: Path | None, fmt: str, limit: int | None, judge: str | None
) -> None:
    """Measure verdicts against SUITE, a JSON Lines file of labelled claims.

    Rows with a 'context' are judged against that text alone, the others against the store.
    Prints accuracy, right-and-cited, per-verdict precision and recall, the confusion matrix
    and the misses. Exits 0 (a measurement, not a gate), 2 on a bad suite or store.
    """
    from factcheck.evaluate import load_suite, run_suite
    from factcheck.gate import Gate
    from factcheck.render.formats import render

    rows = load_suite(suite)[:limit]
    progress = _eval_progress if on_terminal(sys.stderr) else None
    settings = _settings(store=store, judge=judge)
    report = run_suite(rows, suite=str(suite), settings=settings, progress=progress)
    out(render(report, fmt, Gate()), nl=False)  # a measurement: it never fails


def _eval_progress(done: int, total: int) -> None:
    if done == total or done % 25 == 0:
        say(f"\rjudged {done}/{total}", nl=done == total)


FAIL_ON_HELP = (
    "Verdicts that fail the gate, comma-separated (default: the configuration's fail-on, else "
    "contradicted,conflicting; add not_enough_evidence to be strict)."
)
BASELINE_HELP = "Fail only on findings not in this baseline file (made with 'factcheck baseline')."


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@format_option(VERIFY)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
@click.option("--show-skipped", is_flag=True, help="List the sentences not checked, and why.")
@click.option("--fail-on", help=FAIL_ON_HELP)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when the gate fails.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), help=BASELINE_HELP)
@click.option(
    "--changed-since",
    metavar="REV",
    help="Check only the sentences on lines changed since the git revision REV.",
)
@judge_option
@verify_jobs_option
@quiet_option
@reports_errors
def verify(
    files: tuple[str, ...],
    store: Path | None,
    fmt: str,
    output: Path | None,
    show_skipped: bool,
    fail_on: str | None,
    exit_zero: bool,
    baseline: Path | None,
    changed_since: str | None,
    judge: str | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """Check every check-worthy sentence of each draft FILE (Markdown, text, HTML, folders).

    Pass '-' to read a Markdown draft from standard input. Questions, opinions and hedges are
    skipped; quotations are checked against what the sources quote. Exits 1 when a result
    with a --fail-on verdict is neither suppressed nor in the baseline, or a draft has a
    problem (such as a suppression without a reason), 0 otherwise, 2 on a usage or input
    error. Settings not given as flags come from .factcheck.toml or pyproject.toml
    ('factcheck config' shows them).
    """
    from factcheck.drafts.run import run_verify
    from factcheck.gate import Gate
    from factcheck.progress import progress_bar
    from factcheck.render.formats import render

    settings = _settings(store=store, fail_on=fail_on, baseline=baseline, judge=judge, jobs=jobs)
    with progress_bar(label="verify", unit="files", also_unit="claims", quiet=quiet) as bar:
        report = run_verify(
            files,
            settings,
            read_stdin=_read_stdin,
            changed_since=changed_since,
            output=output,
            warn=_warn,
            progress=bar,
        )
    gate = Gate(settings.fail_on, exit_zero=exit_zero)
    colour = output is None and _stdout_colour()
    _emit(render(report, fmt, gate, colour=colour, show_skipped=show_skipped), output)
    sys.exit(gate.status(report))


def _settings(
    *,
    store: Path | None,
    fail_on: str | None = None,
    baseline: Path | None = None,
    judge: str | None = None,
    jobs: int | None = None,
) -> Settings:
    """The effective settings: these flags, then $FACTCHECK_STORE, a config file, defaults."""
    from factcheck.config import Flags, load_settings

    chosen = cast("JudgeName | None", judge)  # click.Choice let only the two names through
    flags = Flags(store=store, fail_on=fail_on, baseline=baseline, judge=chosen, jobs=jobs)
    return load_settings(flags, cwd=Path.cwd(), env=os.environ)


@main.command("baseline")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (default: the configured baseline, else .factcheck-baseline.json).",
)
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--fail-on", help=FAIL_ON_HELP)
@judge_option
@verify_jobs_option
@reports_errors
def baseline_command(
    files: tuple[str, ...],
    output: Path | None,
    store: Path | None,
    fail_on: str | None,
    judge: str | None,
    jobs: int | None,
) -> None:
    """Record the findings of each draft FILE that fail the gate today.

    'verify --baseline FILE' (or the 'baseline' setting) then fails only on findings that are
    not recorded. Findings are keyed by draft path and claim fingerprint, not line, so edits
    elsewhere in a draft keep them matched. Problems in the drafts are not recorded.
    """
    from factcheck.drafts.baseline import DEFAULT_BASELINE, record_baseline, render_baseline
    from factcheck.drafts.run import run_verify
    from factcheck.render.findings import plural

    settings = _settings(store=store, fail_on=fail_on, judge=judge, jobs=jobs)
    target = output or settings.baseline or Path(DEFAULT_BASELINE)
    report = run_verify(
        files,
        settings,
        read_stdin=_read_stdin,
        use_baseline=False,
        output=target,
        warn=_warn,
    )
    recorded = record_baseline(report, settings.fail_on, root=target.parent)
    _emit(render_baseline(recorded), target)
    out(f"recorded {plural(len(recorded.findings), 'finding')} in {target}")
    if report.problems:
        _warn(f"{plural(len(report.problems), 'problem')} in the drafts not recorded — fix them")


@main.command("config")
@click.option("--store", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--fail-on", help=FAIL_ON_HELP)
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), help=BASELINE_HELP)
@click.option(
    "--format", "fmt", type=click.Choice(LISTING_FORMATS), default="table", show_default=True
)
@judge_option
@verify_jobs_option
@reports_errors
def config_command(
    store: Path | None,
    fail_on: str | None,
    baseline: Path | None,
    fmt: str,
    judge: str | None,
    jobs: int | None,
) -> None:
    """Show the settings 'verify' uses and where each comes from.

    In order of precedence: a flag, the environment (FACTCHECK_STORE), the nearest
    .factcheck.toml or pyproject.toml [tool.factcheck] from the working directory up, the
    default. Give the flags you would give 'verify' to see their effect.
    """
    from factcheck.render.settings import render_json, render_table

    settings = _settings(store=store, fail_on=fail_on, baseline=baseline, judge=judge, jobs=jobs)
    out(render_json(settings) if fmt == "json" else render_table(settings), nl=False)


def _stdout_colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return on_terminal(sys.stdout) and not os.environ.get("NO_COLOR")


def _emit(text: str, output: Path | None) -> None:
    """The report to standard output, or to the file named with -o."""
    if output is None:
        out(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(
            f"Cannot write the report to '{output}': {reason} — check the folder exists "
            "and is writable."
        ) from exc
