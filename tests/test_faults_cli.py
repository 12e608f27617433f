"""Faults around the command line: the files it writes, stores it cannot create or write,
standard output that fails, and bugs. Each ends in one line and a documented exit status
(`docs/reliability.md`); exit status 1 only ever means "the gate failed"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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
def test_a_store_in_a_read_only_folder_is_read(store_copy: Path) -> None:
    folder = store_copy.parent
    store_copy.chmod(0o444)
    folder.chmod(0o555)
    try:
        checked = run("check", "--store", store_copy, CONTRADICTED)
        assert checked.exit_code == ExitStatus.GATE_FAILED, checked.output
        one_error_line(run("index", folder, "--store", store_copy), "cannot be written")
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


# ---------------------------------------------------------------- the right cause


def test_a_folder_as_store_says_so(tmp_path: Path, corpus: Path) -> None:
    for command in (["check", CONTRADICTED], ["sources"], ["index", corpus]):
        message = one_error_line(run(*command, "--store", tmp_path), str(tmp_path))
        assert "is a folder, not an evidence store" in message
        assert "permission" not in message
