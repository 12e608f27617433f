"""Bad input: exit status 2 and one line saying what is wrong, naming it; never a traceback."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.extract.analyse import analyze_document
from factcheck.extract.entities import AliasIndex
from factcheck.index.rows import PreparedSource
from factcheck.index.store import EvidenceStore
from factcheck.sources.read import read_source_file

CLAIM = "Kazakhstan sent 139 troops to UNDOF in March 2024"


def run(*args: str | Path, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def assert_one_line_error(result: Result, *named: str) -> str:
    """Exit 2, nothing on stdout, and one error line (besides warnings) naming each of `named`."""
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if not line.startswith("warning:")]
    assert len(errors) == 1, result.stderr
    for name in named:
        assert name in errors[0], errors[0]
    return errors[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---------------------------------------------------------------- claims


@pytest.mark.parametrize(
    "claim",
    [pytest.param("", id="empty"), pytest.param("  \t ", id="whitespace")],
)
def test_an_empty_claim_is_refused(claim: str) -> None:
    assert_one_line_error(run("check", claim), "claim")


def test_a_one_megabyte_claim_is_refused() -> None:
    message = assert_one_line_error(run("check", "troops " * 150_000), "claim")
    assert "limit" in message


def test_no_claims_on_standard_input_is_refused() -> None:
    assert_one_line_error(run("check", "-", stdin="\n  \n"), "standard input")


def test_parse_refuses_an_empty_claim_too() -> None:
    assert_one_line_error(run("parse", " "), "claim")


# ---------------------------------------------------------------- --store


def test_store_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    assert_one_line_error(run("check", "--store", missing, CLAIM), str(missing))
    assert not missing.exists(), "checking must not create a store"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"Just some notes, not a database.\n", id="text-file"),
        pytest.param(os.urandom(4096), id="random-bytes"),
        pytest.param(b"", id="empty-file"),
    ],
)
def test_store_that_is_not_a_store(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "notes.db", content)
    for command in (["check", CLAIM], ["sources"], ["parse", CLAIM]):
        assert_one_line_error(run(*command, "--store", path), str(path))
    assert path.read_bytes() == content, "a file that is not a store is never modified"


def test_store_that_is_a_folder(tmp_path: Path) -> None:
    assert_one_line_error(run("check", "--store", tmp_path, CLAIM), str(tmp_path))


def test_unknown_format() -> None:
    result = run("check", "--format", "xml", CLAIM)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "--format" in result.stderr and "xml" in result.stderr


# ---------------------------------------------------------------- index


def test_index_of_a_missing_path(tmp_path: Path, own_store: Path) -> None:
    missing = tmp_path / "nowhere"
    assert_one_line_error(run("index", missing, "--store", own_store), str(missing))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="binary"),
        pytest.param("latin1.txt", "Café au lait, 1993.".encode("latin-1"), id="not-utf8"),
        pytest.param("empty.md", b"", id="empty-file"),
    ],
)
def test_index_of_an_unreadable_file(
    tmp_path: Path, own_store: Path, name: str, content: bytes
) -> None:
    path = write(tmp_path / name, content)
    result = run("index", path, "--store", own_store)
    assert_one_line_error(result, name)


def test_index_of_an_unsupported_file_type(tmp_path: Path, own_store: Path) -> None:
    path = write(tmp_path / "report.pdf", b"%PDF-1.7")
    assert_one_line_error(run("index", path, "--store", own_store), "report.pdf")


def test_index_of_an_empty_folder(tmp_path: Path, own_store: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    assert_one_line_error(run("index", folder, "--store", own_store), str(folder))


def test_index_with_a_missing_alias_file(tmp_path: Path, own_store: Path) -> None:
    source = write(tmp_path / "a.txt", "Tarvia sent 50 engineers to Pell.")
    aliases = tmp_path / "names.json"
    result = run("index", source, "--store", own_store, "--aliases", aliases)
    assert_one_line_error(result, str(aliases))


def test_one_bad_source_among_good_ones_is_skipped_with_a_warning(
    tmp_path: Path, own_store: Path
) -> None:
    folder = tmp_path / "mixed"
    write(folder / "harbour.txt", "The Lisbrook harbour handled 120 ships in 2022.")
    write(folder / "bridge.md", "# Bridge\n\nThe Brenno Bridge opened in March 2024.")
    write(folder / "broken.txt", b"caf\xe9 \xff\xfe")
    result = run("index", folder, "--store", own_store)
    assert result.exit_code == 3, result.output  # the index is incomplete: a CI job notices
    assert "Traceback" not in result.output
    warning, summary = [line for line in result.stderr.splitlines() if line.strip()]
    assert warning.startswith("warning:") and "broken.txt" in warning
    assert summary == (
        "warning: 1 file could not be read in full; what could not be read is not in the "
        "store — fix them and index again (exit status 3)"
    )
    listed = json.loads(run("sources", "--store", own_store, "--format", "json").stdout)
    assert sorted(s["id"] for s in listed) == ["mixed/bridge.md", "mixed/harbour.txt"]


# ---------------------------------------------------------------- an interrupted index

OLD = {
    "alpha.txt": "Alpha report\n\nThe Lisbrook harbour handled 120 ships in 2022.\n",
    "beta.txt": "Beta report\n\nOstrava Rail hired 20 drivers in May 2023.\n",
    "gamma.txt": "Gamma report\n\nThe Brenno Bridge opened in March 2024.\n",
}
NEW = {
    name: text + "A later audit confirmed the figures. Nothing else changed.\n"
    for name, text in OLD.items()
}


Writer = Callable[[EvidenceStore, Iterable[PreparedSource]], int]


def _interrupt_between(
    original: Writer, sources: Iterable[PreparedSource], calls: list[int], store: EvidenceStore
) -> int:
    """Write each source in its own transaction and stop before the second."""
    written = 0
    for prepared in sources:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        written += original(store, [prepared])
    return written


def _interrupt_inside(
    original: Writer, sources: Iterable[PreparedSource], calls: list[int], store: EvidenceStore
) -> int:
    """Stop while the transaction writing the batch is open, after its first source."""

    def feed() -> Iterator[PreparedSource]:
        for prepared in sources:
            calls.append(1)
            if len(calls) == 2:
                raise KeyboardInterrupt
            yield prepared

    return original(store, feed())


@pytest.mark.parametrize(
    "interrupt",
    [
        pytest.param(_interrupt_between, id="between-transactions"),
        pytest.param(_interrupt_inside, id="inside-a-transaction"),
    ],
)
def test_an_interrupted_index_leaves_every_source_old_or_new(
    tmp_path: Path,
    own_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    interrupt: Callable[[Writer, Iterable[PreparedSource], list[int], EvidenceStore], int],
) -> None:
    folder = tmp_path / "sources"
    for name, text in OLD.items():
        write(folder / name, text)
    assert run("index", folder, "--store", own_store).exit_code == 0
    old = _versions(folder)
    for name, text in NEW.items():
        write(folder / name, text)
    new = _versions(folder)

    calls: list[int] = []
    original = EvidenceStore.replace_sources

    def patched(self: EvidenceStore, sources: Iterable[PreparedSource], **options: Any) -> int:
        def write(store: EvidenceStore, batch: Iterable[PreparedSource]) -> int:
            return original(store, batch, **options)

        return interrupt(write, sources, calls, self)

    monkeypatch.setattr(EvidenceStore, "replace_sources", patched)
    interrupted = run("index", folder, "--store", own_store)
    assert interrupted.exit_code != 0
    assert len(calls) == 2, "the run was interrupted at the second source"
    monkeypatch.undo()

    with EvidenceStore.open(own_store, create=False) as store:
        stored = store.source_fingerprints()
        counts = {s.id: s.sentences for s in store.list_sources()}
    assert set(stored) == set(old), "no source was lost"
    for source_id, digest in stored.items():
        assert digest in (old[source_id][0], new[source_id][0])
        version = old if digest == old[source_id][0] else new
        assert counts[source_id] == version[source_id][1], f"{source_id} is half-written"
    assert any(stored[i] == old[i][0] for i in stored), "the interruption stopped the run"

    check = run("check", "--store", own_store, "The Lisbrook harbour handled 120 ships in 2022")
    assert check.exit_code == 0 and check.stdout.startswith("SUPPORTED"), check.output

    resumed = run("index", folder, "--store", own_store)
    assert resumed.exit_code == 0, resumed.output
    with EvidenceStore.open(own_store, create=False) as store:
        assert store.source_fingerprints() == {i: new[i][0] for i in new}


def _versions(folder: Path) -> dict[str, tuple[str, int]]:
    """Each source's content hash and sentence count as the files now stand."""
    found = {}
    for path in sorted(folder.iterdir()):
        [doc] = read_source_file(
            path, display_path=os.path.relpath(path), key=f"sources/{path.name}"
        )
        found[doc.id] = (doc.content_hash, len(analyze_document(doc, AliasIndex())))
    return found
