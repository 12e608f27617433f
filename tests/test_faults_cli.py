"""Faults around the command line: the files it writes, stores it cannot create or write,
standard output that fails, and bugs. Each ends in one line and a documented exit status
(`docs/reliability.md`); exit status 1 only ever means "the gate failed"."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.errors import ExitStatus
from factcheck.index import store as store_module
from factcheck.index.store import EvidenceStore

ROOT = Path(__file__).resolve().parents[1]
CONTRADICTED = "Kazakhstan sent 200 troops to UNDOF in March 2024"
DRAFT = f"# Troops\n\n{CONTRADICTED}.\n"
STDOUT_FAILED = "Cannot write to standard output"


def run(*args: str | Path, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def one_error_line(result: Result, *named: str, status: int = ExitStatus.USAGE_ERROR) -> str:
    """The exit status, no traceback, and one error line (besides warnings) naming each name."""
    assert result.exit_code == status, (result.exit_code, result.output)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    errors = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and not line.startswith("warning:")
    ]
    assert len(errors) == 1, result.stderr
    for name in named:
        assert name in errors[0], errors[0]
    return errors[0]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    return write(tmp_path / "drafts" / "troops.md", DRAFT)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write(tmp_path / "sources" / "harbour.txt", "The harbour handled 120 ships in 2022.\n")


@pytest.fixture
def store_copy(tmp_path: Path, bundled_store: Path) -> Path:
    """A copy of the bundled store, alone in a folder of its own."""
    folder = tmp_path / "stores"
    folder.mkdir()
    return Path(shutil.copyfile(bundled_store, folder / "copy.db"))


# ---------------------------------------------------------------- -o over a draft


@pytest.mark.parametrize("command", ["verify", "baseline"])
def test_output_over_a_draft_is_refused(command: str, draft: Path) -> None:
    before = draft.read_bytes()
    message = one_error_line(run(command, draft, "-o", draft), str(draft))
    assert "one of the drafts" in message
    assert draft.read_bytes() == before


def test_output_over_a_draft_found_in_a_folder_is_refused(draft: Path) -> None:
    spelt_otherwise = draft.parent / ".." / draft.parent.name / draft.name
    one_error_line(run("verify", draft.parent, "-o", spelt_otherwise), draft.name)
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_a_configured_baseline_that_is_a_draft_is_not_overwritten(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(draft.parent)
    write(draft.parent / ".factcheck.toml", f'baseline = "{draft.name}"\n')
    one_error_line(run("baseline", draft.name), draft.name)
    assert draft.read_text(encoding="utf-8") == DRAFT


# ---------------------------------------------------------------- stores of another version


def test_facts_of_a_shape_this_version_does_not_know_are_one_line_and_reindexing_mends_them(
    tmp_path: Path, corpus: Path
) -> None:
    """A store indexed by a newer factcheck (its facts carry fields this one does not know)."""
    store = tmp_path / "newer.db"
    assert run("index", corpus, "--store", store).exit_code == 0
    with contextlib.closing(sqlite3.connect(store)) as db, db:
        db.execute(
            """UPDATE sentences SET analysis = replace(analysis, '"noun":', '"x":1,"noun":')"""
        )
        db.execute("UPDATE sources SET analyzer = 'a newer one'")
    claim = "The harbour handled 120 ships in 2022."
    message = one_error_line(run("check", claim, "--store", store), str(store))
    assert "run 'factcheck index'" in message
    assert run("index", corpus, "--store", store).exit_code == 0
    assert run("check", claim, "--store", store).exit_code == 0


# ---------------------------------------------------------------- stores not created


def test_a_store_under_a_file_is_one_line(tmp_path: Path, corpus: Path) -> None:
    afile = write(tmp_path / "afile.txt", "notes\n")
    for store in (afile / "x.db", afile / "deeper" / "x.db"):
        message = one_error_line(run("index", corpus, "--store", store), str(store))
        assert f"'{afile}' is a file, not a folder" in message
    assert afile.read_text(encoding="utf-8") == "notes\n"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_store_whose_folder_cannot_be_made_is_one_line(corpus: Path) -> None:
    store = Path("/proc/nope/x.db")
    for command in (["index", corpus], ["check", CONTRADICTED]):
        one_error_line(run(*command, "--store", store), str(store))


def test_an_unusable_cache_folder_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    afile = write(tmp_path / "afile.txt", "notes\n")
    monkeypatch.delenv("FACTCHECK_STORE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(afile))  # the default store goes under it
    message = one_error_line(run("check", CONTRADICTED), "Cannot create the evidence store")
    assert "is a file, not a folder" in message


def test_a_configured_store_whose_folder_cannot_be_made_is_one_line(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "afile.txt", "notes\n")
    write(tmp_path / ".factcheck.toml", 'store = "afile.txt/x.db"\nsources = ["sources"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_STORE")  # the environment beats the file
    for command in (["index"], ["check", CONTRADICTED], ["sources"]):
        one_error_line(run(*command), "afile.txt", "is a file, not a folder")


@pytest.fixture
def read_only_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every path reads as not writable, as on a read-only medium (even for root)."""
    monkeypatch.setattr(store_module, "_writable", lambda path: False)


@pytest.mark.usefixtures("read_only_disk")
def test_a_new_store_where_nothing_can_be_written_is_one_line(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "new" / "store.db"
    message = one_error_line(run("index", corpus, "--store", store), str(store))
    assert message.startswith("Error: Cannot create the evidence store")
    assert not store.exists()


# ---------------------------------------------------------------- read-only stores


@pytest.mark.usefixtures("read_only_disk")
def test_a_read_only_store_is_read_and_never_written(store_copy: Path, draft: Path) -> None:
    before = files_in(store_copy.parent)
    with EvidenceStore.open(store_copy) as opened:
        assert opened.read_only
    checked = run("check", "--store", store_copy, CONTRADICTED)
    assert checked.exit_code == ExitStatus.GATE_FAILED, checked.output
    assert checked.stdout.startswith("CONTRADICTED")
    assert run("sources", "--store", store_copy).exit_code == 0
    verified = run("verify", "--store", store_copy, draft)
    assert verified.exit_code == ExitStatus.GATE_FAILED, verified.output
    message = one_error_line(run("index", draft, "--store", store_copy), str(store_copy))
    assert "cannot be written" in message and "not indexed" in message
    assert files_in(store_copy.parent) == before


@pytest.mark.usefixtures("read_only_disk")
def test_a_read_only_default_store_is_used_as_it_is(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$FACTCHECK_STORE holds the bundled sources already: nothing to index, nothing to warn."""
    monkeypatch.setenv("FACTCHECK_STORE", str(store_copy))
    before = files_in(store_copy.parent)
    checked = run("check", CONTRADICTED)
    assert checked.exit_code == ExitStatus.GATE_FAILED, checked.output
    assert checked.stderr == ""
    assert files_in(store_copy.parent) == before


@pytest.mark.usefixtures("read_only_disk")
def test_a_read_only_store_behind_its_sources_warns_and_is_used(
    store_copy: Path, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".factcheck.toml", f'store = "{store_copy}"\nsources = ["sources"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_STORE")  # the environment beats the file
    checked = run("check", CONTRADICTED)
    assert checked.exit_code == ExitStatus.GATE_FAILED, checked.output
    assert "is read-only and its sources changed" in checked.stderr


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes whatever the mode"
)
def test_a_store_in_a_read_only_folder_is_read(store_copy: Path, corpus: Path) -> None:
    folder = store_copy.parent
    store_copy.chmod(0o444)
    folder.chmod(0o555)
    try:
        checked = run("check", "--store", store_copy, CONTRADICTED)
        assert checked.exit_code == ExitStatus.GATE_FAILED, checked.output
        one_error_line(run("index", corpus, "--store", store_copy), "cannot be written")
    finally:
        folder.chmod(0o755)


def _read_only_mount_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = "mount --bind -o ro / /mnt 2>/dev/null || mount --bind -o ro /tmp /tmp"
    done = subprocess.run(["unshare", "--mount", "sh", "-c", probe], capture_output=True)
    return done.returncode == 0


@pytest.mark.skipif(not _read_only_mount_works(), reason="needs a private read-only mount")
def test_a_store_on_a_read_only_file_system_is_read(store_copy: Path, draft: Path) -> None:
    """A real read-only medium (a bind mount in a mount namespace of its own)."""
    folder = store_copy.parent
    before = files_in(folder)
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'

    def factcheck(*args: str | Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "factcheck", *map(str, args)]
        return subprocess.run(
            ["unshare", "--mount", "sh", "-c", script, str(folder), *command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    checked = factcheck("check", "--store", store_copy, CONTRADICTED)
    assert checked.returncode == ExitStatus.GATE_FAILED, checked.stderr
    assert checked.stdout.startswith("CONTRADICTED")
    listed = factcheck("sources", "--store", store_copy)
    assert listed.returncode == 0, listed.stderr
    indexed = factcheck("index", draft, "--store", store_copy)
    assert indexed.returncode == ExitStatus.USAGE_ERROR
    assert "read-only file system" in indexed.stderr and "Traceback" not in indexed.stderr
    created = factcheck("index", draft, "--store", folder / "new.db")
    assert created.returncode == ExitStatus.USAGE_ERROR
    assert "Cannot create the evidence store" in created.stderr
    assert "read-only file system" in created.stderr
    assert files_in(folder) == before


# ---------------------------------------------------------------- --changed-since ''


@pytest.mark.parametrize("revision", ["", "  "])
def test_an_empty_changed_since_is_refused(revision: str, draft: Path) -> None:
    one_error_line(run("verify", draft, "--changed-since", revision), "--changed-since")


# ---------------------------------------------------------------- the right cause


def test_a_folder_as_store_says_so(tmp_path: Path, corpus: Path) -> None:
    for command in (["check", CONTRADICTED], ["sources"], ["index", corpus]):
        message = one_error_line(run(*command, "--store", tmp_path), str(tmp_path))
        assert "is a folder, not an evidence store" in message
        assert "permission" not in message


@pytest.mark.parametrize(
    ("setting", "shown"),
    [
        ('"contradicted"', "contradicted"),
        ('"contradicted, Not-Enough-Evidence"', "contradicted, not_enough_evidence"),
        ('["conflicting"]', "conflicting"),
    ],
)
def test_fail_on_in_the_configuration_is_a_string_or_a_list(
    setting: str, shown: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".factcheck.toml", f"fail-on = {setting}\n")
    monkeypatch.chdir(tmp_path)
    result = run("config")
    assert result.exit_code == 0, result.output
    assert f"fail-on         {shown}" in result.stdout


def test_fail_on_of_one_verdict_in_the_configuration_runs_the_gate(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(draft.parent / ".factcheck.toml", 'fail-on = "conflicting"\n')
    monkeypatch.chdir(draft.parent)
    assert run("verify", draft.name).exit_code == 0  # contradicted no longer fails


def test_a_configured_baseline_not_recorded_yet_warns_and_counts_everything(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(draft.parent / ".factcheck.toml", 'baseline = ".factcheck-baseline.json"\n')
    monkeypatch.chdir(draft.parent)
    result = run("verify", draft.name)
    assert result.exit_code == ExitStatus.GATE_FAILED, result.output
    assert "warning: no baseline at" in result.stderr
    assert "record one with 'factcheck baseline" in result.stderr
    assert run("baseline", draft.name).exit_code == 0
    assert run("verify", draft.name).exit_code == 0


def test_a_missing_baseline_flag_is_still_an_error(draft: Path) -> None:
    one_error_line(run("verify", draft, "--baseline", "nowhere.json"), "nowhere.json")


# ---------------------------------------------------------------- standard output


def factcheck_shell(command: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`python -m factcheck` run by a shell, for redirections a test cannot fake."""
    env = {**os.environ, "FACTCHECK_PY": sys.executable}
    return subprocess.run(
        ["sh", "-c", command.replace("factcheck", '"$FACTCHECK_PY" -m factcheck', 1)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_standard_output_is_one_line(tmp_path: Path) -> None:
    done = factcheck_shell(f"factcheck check '{CONTRADICTED}' > /dev/full", tmp_path)
    assert done.returncode == ExitStatus.USAGE_ERROR, done.stderr
    assert done.stderr.splitlines() == [
        f"Error: {STDOUT_FAILED} (No space left on device) — redirect it to a file or a "
        "program that can take it, and run again."
    ]


def test_a_closed_standard_output_is_one_line(draft: Path, tmp_path: Path) -> None:
    done = factcheck_shell(f"factcheck verify '{draft}' >&-", tmp_path)
    assert done.returncode == ExitStatus.USAGE_ERROR, done.stderr
    [line] = done.stderr.splitlines()
    assert STDOUT_FAILED in line and "closed" in line


def test_a_reader_that_goes_away_ends_the_run_quietly() -> None:
    """`factcheck check ... | head -0`: no traceback, and the broken-pipe status, not 1."""
    with subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", CONTRADICTED],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # before the report is written: the reader has gone
        stderr = process.stderr.read()
        status = process.wait(timeout=120)
    assert status == ExitStatus.BROKEN_PIPE, stderr
    assert stderr == ""


def test_a_closed_standard_input_is_one_line(tmp_path: Path) -> None:
    done = factcheck_shell("factcheck check - <&-", tmp_path)
    assert done.returncode == ExitStatus.USAGE_ERROR, done.stderr
    [line] = done.stderr.splitlines()
    assert "Standard input is closed" in line


# ---------------------------------------------------------------- every command, every fault


@pytest.fixture
def every_command(
    tmp_path: Path, draft: Path, corpus: Path, own_store: Path
) -> dict[str, list[str]]:
    """A run of each command (and the group's help and version) that prints on success."""
    return {
        "check": ["check", CONTRADICTED],
        "parse": ["parse", CONTRADICTED],
        "sources": ["sources"],
        "schema": ["schema"],
        "config": ["config"],
        "eval": ["eval", str(ROOT / "claims" / "bundled.jsonl"), "--limit", "2"],
        "verify": ["verify", str(draft)],
        "baseline": ["baseline", str(draft), "-o", str(tmp_path / "baseline.json")],
        "index": ["index", str(corpus), "--store", str(own_store)],
        "--help": ["--help"],
        "--version": ["--version"],
        "verify --help": ["verify", "--help"],
    }


def _full() -> IO[str]:
    return open("/dev/full", "w", encoding="utf-8")  # closed by the caller


def _broken_pipe() -> IO[str]:
    read, write = os.pipe()
    os.close(read)
    return os.fdopen(write, "w", encoding="utf-8")


STDOUTS: dict[str, Callable[[], IO[str] | None]] = {
    "full": _full,
    "closed": lambda: None,
    "broken-pipe": _broken_pipe,
}


@pytest.fixture
def run_in_process() -> Iterator[Callable[[list[str], IO[str] | None], tuple[int, str]]]:
    """Run `factcheck ARGS` here, as its console script would, with a given standard output."""
    opened: list[IO[str]] = []

    def run_with(args: list[str], stdout: IO[str] | None) -> tuple[int, str]:
        if stdout is not None:
            opened.append(stdout)
        errors = io.StringIO()
        saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = stdout, errors  # type: ignore[assignment]
        try:
            with pytest.raises(SystemExit) as stopped:
                main(args, prog_name="factcheck")
        finally:
            sys.stdout, sys.stderr = saved
        code = stopped.value.code
        return (code if isinstance(code, int) else 0 if code is None else 2), errors.getvalue()

    yield run_with
    for stream in opened:
        with contextlib.suppress(OSError):
            stream.close()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("kind", list(STDOUTS))
def test_every_command_with_a_failing_standard_output(
    kind: str,
    every_command: dict[str, list[str]],
    run_in_process: Callable[[list[str], IO[str] | None], tuple[int, str]],
) -> None:
    for name, args in every_command.items():
        status, stderr = run_in_process(args, STDOUTS[kind]())
        assert "Traceback" not in stderr, (name, stderr)
        errors = [line for line in stderr.splitlines() if not line.startswith("warning:")]
        if kind == "broken-pipe":
            assert (status, errors) == (ExitStatus.BROKEN_PIPE, []), (name, stderr)
        else:
            assert status == ExitStatus.USAGE_ERROR, (name, status, stderr)
            assert len(errors) == 1 and STDOUT_FAILED in errors[0], (name, stderr)


def not_a_crash(result: Result) -> None:
    """Exit 2 with click's usage message or our one line; never a traceback, never 1 or 3."""
    assert result.exit_code == ExitStatus.USAGE_ERROR, (result.exit_code, result.output)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert "Error: " in result.stderr


def bad_inputs(tmp_path: Path) -> list[list[str]]:
    """Each command given something it cannot use."""
    missing = str(tmp_path / "missing")
    return [
        ["check", " "],
        ["check", "--format", "xml", CONTRADICTED],
        ["parse", ""],
        ["sources", "--format", "xml"],
        ["schema", "extra"],
        ["config", "--fail-on", "wrong"],
        ["eval", f"{missing}.jsonl"],
        ["eval", str(write(tmp_path / "suite.jsonl", "{not json\n"))],
        ["verify", f"{missing}.md"],
        ["verify", "--fail-on", "wrong", str(write(tmp_path / "d.md", DRAFT))],
        ["baseline", f"{missing}.md"],
        ["index", missing, "--store", str(tmp_path / "new.db")],
        ["nonsense"],
    ]


def test_every_command_with_bad_input(tmp_path: Path) -> None:
    for args in bad_inputs(tmp_path):
        not_a_crash(run(*args))


@pytest.mark.parametrize(
    "store_kind", ["text-file", "folder", "under-a-file", "random-bytes", "read-only-new"]
)
def test_every_command_with_a_bad_store(
    store_kind: str,
    tmp_path: Path,
    draft: Path,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Exit 2 and one line naming the store, never 1 nor 3; nothing is made or changed."""
    notes = write(tmp_path / "notes.txt", "Just notes.\n")
    store = {
        "text-file": notes,
        "folder": tmp_path,
        "under-a-file": notes / "x.db",
        "random-bytes": tmp_path / "random.db",
        "read-only-new": tmp_path / "fresh" / "x.db",
    }[store_kind]
    if store_kind == "random-bytes":
        store.write_bytes(os.urandom(8192))
    if store_kind == "read-only-new":
        monkeypatch.setattr(store_module, "_writable", lambda path: False)
    before = store.read_bytes() if store.is_file() else None
    suite = str(ROOT / "claims" / "bundled.jsonl")
    for args in (
        ["check", CONTRADICTED],
        ["parse", CONTRADICTED],
        ["sources"],
        ["eval", suite, "--limit", "1"],
        ["verify", str(draft)],
        ["baseline", str(draft), "-o", str(tmp_path / "baseline.json")],
        ["index", str(corpus)],
    ):
        one_error_line(run(*args, "--store", store), str(store))
    assert (store.read_bytes() if store.is_file() else None) == before
    assert not (tmp_path / "baseline.json").exists()


# ---------------------------------------------------------------- bugs: never exit 1


@pytest.mark.parametrize(
    ("target", "args"),
    [
        ("factcheck.judge.claims.Judge.check_all", ["check", CONTRADICTED]),
        ("factcheck.render.json_report.schema", ["schema"]),
        ("factcheck.drafts.run.verify_drafts", ["verify", "-"]),
        ("factcheck.index.indexer.index_paths", ["index", "--store", "{store}"]),
    ],
)
def test_a_bug_is_an_internal_error_never_exit_1(
    target: str, args: list[str], own_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(target, broken)
    result = run(*(a.format(store=own_store) for a in args), stdin=DRAFT)
    message = one_error_line(result, status=ExitStatus.INTERNAL_ERROR)
    assert message.startswith("internal error: ZeroDivisionError: division by zero")
    assert message.endswith("please report it, with the command you ran.")


def test_ctrl_c_is_interrupted_never_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("factcheck.judge.claims.Judge.check_all", interrupted)
    one_error_line(run("check", CONTRADICTED), "Interrupted", status=ExitStatus.INTERRUPTED)
