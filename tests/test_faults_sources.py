"""Faults in sources and indexing (issue 10): every bad input is named with what to do, a source
is never silently replaced or dropped, and an interrupted index leaves nothing behind."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from fixtures.processes import children, survivors
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.corpus import generate
from factcheck.cli import main
from factcheck.errors import ExitStatus, InputError
from factcheck.extract.analyse import LONGEST_SENTENCE, analyze_sentences
from factcheck.extract.entities import AliasIndex
from factcheck.extract.segment import split_sentences
from factcheck.index.indexer import index_paths, prepare_documents
from factcheck.index.rows import prepare_source
from factcheck.index.store import EvidenceStore
from factcheck.sources import read
from factcheck.sources.html import html_fields
from factcheck.sources.markdown import front_matter_problems
from factcheck.sources.read import (
    bundled_evidence_dir,
    list_source_files,
    read_source_file,
    source_key,
)

REPO = Path(__file__).parent.parent
HARBOUR = "The Lisbrook harbour handled 120 ships in 2022."
CONTRADICTED = "The Lisbrook harbour handled 300 ships in 2022"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def stored(store: Path) -> dict[str, tuple[str, int]]:
    """Each stored source's content hash and sentence count."""
    with EvidenceStore.open(store, create=False) as opened:
        hashes = opened.source_fingerprints()
        return {s.id: (hashes[s.id], s.sentences) for s in opened.list_sources()}


def counts(output: str) -> str:
    """The summary line of an `index` run."""
    [line] = [line for line in output.splitlines() if line.startswith("indexed ")]
    return line


def warnings(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


# ---------------------------------------------------------------- 1. a source is its path


@pytest.mark.parametrize(
    "names",
    [
        pytest.param(("a/notes.txt", "b/notes.txt"), id="same-name-other-folder"),
        pytest.param(("report.txt", "report.md"), id="same-stem-other-suffix"),
        pytest.param(("index.html", "news/index.html", "news/2024/index.html"), id="scraped-site"),
    ],
)
def test_files_with_one_name_are_different_sources(
    tmp_path: Path, own_store: Path, names: tuple[str, ...]
) -> None:
    site = tmp_path / "site"
    for number, name in enumerate(names):
        text = f"Page {number}\n\nThe Lisbrook harbour handled {100 + number} ships in 2022.\n"
        write(site / name, f"<html><body><p>{text}</p></body></html>" if "html" in name else text)
    first = run("index", site, "--store", own_store)
    assert first.exit_code == 0, first.output
    assert counts(first.stdout).startswith(f"indexed {len(names)} new, 0 changed")
    assert set(stored(own_store)) == {f"site/{name}" for name in names}
    again = run("index", site, "--store", own_store)
    assert counts(again.stdout).startswith(f"indexed 0 new, 0 changed, {len(names)} unchanged")


def test_ids_do_not_depend_on_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "work" / "corpus" / "2024" / "a.md", f"# A\n\n{HARBOUR}\n")
    write(tmp_path / "work" / "corpus" / "wire.jsonl", json.dumps({"id": 7, "text": HARBOUR}))
    ids = []
    for cwd, target in [("work", "corpus"), ("work/corpus", "."), ("elsewhere", "../work/corpus")]:
        (tmp_path / cwd).mkdir(parents=True, exist_ok=True)
        monkeypatch.chdir(tmp_path / cwd)
        with EvidenceStore.open(tmp_path / f"{len(ids)}.db") as store:
            index_paths([Path(target)], store)
            ids.append(sorted(store.source_fingerprints()))
    assert ids[0] == ids[1] == ids[2] == ["corpus/2024/a.md", "corpus/wire.jsonl#7"]


def test_bundled_ids_are_the_same_in_a_checkout_and_an_installed_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkout = [found.key for found in list_source_files([bundled_evidence_dir()])]
    wheel = tmp_path / "site-packages" / "factcheck" / "bundled_evidence"
    wheel.mkdir(parents=True)
    for path in bundled_evidence_dir().iterdir():
        write(wheel / path.name, path.read_bytes())
    monkeypatch.setattr(read, "bundled_evidence_dir", lambda: wheel)
    read._bundled_real.cache_clear()
    try:
        installed = [found.key for found in list_source_files([wheel])]
    finally:
        read._bundled_real.cache_clear()
    assert installed == checkout
    assert checkout[0] == "evidence/000_33983c6f04f88106.txt"


def test_two_files_that_would_be_one_source_are_refused_naming_both(
    tmp_path: Path, own_store: Path
) -> None:
    first = write(tmp_path / "x" / "data" / "a.txt", f"A\n\n{HARBOUR}\n")
    second = write(tmp_path / "y" / "data" / "a.txt", "B\n\nOstrava Rail hired 20 drivers.\n")
    result = run("index", first.parent, second.parent, "--store", own_store)
    assert result.exit_code == ExitStatus.USAGE_ERROR, result.output
    assert "Traceback" not in result.output
    [error] = result.stderr.splitlines()
    assert str(first) in error and str(second) in error and "'data/a.txt'" in error
    assert stored(own_store) == {}, "nothing was written"


# ---------------------------------------------------------------- 1. an old store carried over


def _old_store(path: Path, folder: Path) -> None:
    """A store as factcheck wrote it before m003: ids are file stems, or .jsonl line ids."""
    with EvidenceStore.open(path) as store:
        for file in sorted(folder.iterdir()):
            for doc in read_source_file(file, display_path=f"{folder.name}/{file.name}"):
                old = doc.id.split("#", 1)[1] if "#" in doc.id else file.stem
                update = {"id": old, "file_line": None}
                store.replace_sources(
                    prepare_documents([doc.model_copy(update=update)], AliasIndex())
                )
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("ALTER TABLE sources DROP COLUMN analyzer")
        db.execute("ALTER TABLE sources DROP COLUMN file_line")
        db.execute("DELETE FROM migrations WHERE name = 'm003_path_keys'")
        db.execute("INSERT INTO meta VALUES ('analyzer_version', 'an older analyzer')")
        db.execute("PRAGMA user_version = 2")


def test_an_old_store_is_re_keyed_by_path_and_answers_until_re_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "sources"
    write(folder / "harbour.txt", f"Harbour report\n\n{HARBOUR}\n")
    write(folder / "wire.jsonl", json.dumps({"id": "r1", "text": "Ostrava Rail hired 20 drivers."}))
    old = tmp_path / "old.db"
    _old_store(old, folder)
    with closing(sqlite3.connect(old)) as db:
        assert sorted(r[0] for r in db.execute("SELECT id FROM sources")) == ["harbour", "r1"]
        sentences = db.execute("SELECT count(*) FROM sentences").fetchone()[0]

    checked = run("check", "--store", old, "--format", "json", CONTRADICTED)
    assert checked.exit_code == ExitStatus.GATE_FAILED, checked.output
    [evidence, *_] = json.loads(checked.stdout)["results"][0]["evidence"]
    assert evidence["source"] == "sources/harbour.txt"
    assert set(stored(old)) == {"sources/harbour.txt", "sources/wire.jsonl#r1"}
    assert sum(count for _, count in stored(old).values()) == sentences, "no data lost"

    reindexed = run("index", folder, "--store", old)
    assert reindexed.exit_code == 0, reindexed.output
    assert counts(reindexed.stdout).startswith("indexed 0 new, 2 changed, 0 unchanged, 0 removed")
    with EvidenceStore.open(tmp_path / "clean.db") as clean:
        index_paths([folder], clean)
    assert stored(old) == stored(tmp_path / "clean.db")


def test_an_old_source_keyed_otherwise_is_replaced_not_doubled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old store made with `index harbour.txt` from inside the folder: the path alone."""
    folder = tmp_path / "sources"
    write(folder / "harbour.txt", f"Harbour report\n\n{HARBOUR}\n")
    old = tmp_path / "old.db"
    _old_store(old, folder)
    with closing(sqlite3.connect(old)) as db, db:
        db.execute("UPDATE sources SET path = 'harbour.txt'")
    monkeypatch.chdir(folder)
    assert set(stored(old)) == {"harbour.txt"}
    result = run("index", "harbour.txt", "--store", old)
    assert result.exit_code == 0, result.output
    assert set(stored(old)) == {"sources/harbour.txt"}


# ---------------------------------------------------------------- 2. unreadable sources are kept


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    """A .jsonl of three documents, one of which contradicts CONTRADICTED."""
    lines = [
        {"id": "a", "text": HARBOUR},
        {"id": "b", "text": "Ostrava Rail hired 20 drivers in May 2023."},
        {"id": "c", "text": "The Brenno Bridge opened in March 2024."},
    ]
    return write(tmp_path / "feeds" / "wire.jsonl", "".join(json.dumps(x) + "\n" for x in lines))


def test_a_bad_line_appended_to_a_jsonl_keeps_its_documents(wire: Path, own_store: Path) -> None:
    assert run("index", wire, "--store", own_store).exit_code == 0
    before = stored(own_store)
    assert run("check", "--store", own_store, CONTRADICTED).exit_code == ExitStatus.GATE_FAILED

    with wire.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "d", "text": \n')
    result = run("index", wire, "--store", own_store)
    assert result.exit_code == ExitStatus.INDEX_INCOMPLETE, result.output
    assert counts(result.stdout) == (
        "indexed 0 new, 0 changed, 3 unchanged, 0 removed, 0 skipped (0 sentences analysed)"
    )
    first, summary = warnings(result)
    assert "wire.jsonl' line 4 is not valid JSON" in first
    assert summary.startswith("warning: 1 file could not be read in full")
    assert stored(own_store) == before
    assert run("check", "--store", own_store, CONTRADICTED).exit_code == ExitStatus.GATE_FAILED


def test_the_valid_lines_around_a_bad_one_are_indexed(wire: Path, own_store: Path) -> None:
    lines = wire.read_text(encoding="utf-8").splitlines()
    wire.write_text("\n".join([lines[0], "[1, 2]", *lines[1:]]) + "\n", encoding="utf-8")
    result = run("index", wire, "--store", own_store)
    assert result.exit_code == ExitStatus.INDEX_INCOMPLETE, result.output
    assert "wire.jsonl' line 2 is not a JSON object" in warnings(result)[0]
    assert set(stored(own_store)) == {f"feeds/wire.jsonl#{i}" for i in "abc"}


def test_a_line_broken_by_an_edit_keeps_its_stored_document(wire: Path, own_store: Path) -> None:
    run("index", wire, "--store", own_store)
    before = stored(own_store)
    lines = wire.read_text(encoding="utf-8").splitlines()
    wire.write_text("\n".join([lines[0], '{"id": "b", "text": "Ostrava', lines[2]]) + "\n")
    result = run("index", wire, "--store", own_store)
    assert result.exit_code == ExitStatus.INDEX_INCOMPLETE, result.output
    assert "0 removed" in result.stdout
    assert any("kept what the store had of" in w and "(1 source)" in w for w in warnings(result))
    assert stored(own_store) == before


def test_an_invalid_byte_in_an_indexed_markdown_file_keeps_it(
    tmp_path: Path, own_store: Path
) -> None:
    folder = tmp_path / "notes"
    note = write(folder / "harbour.md", f"# Harbour\n\n{HARBOUR}\n")
    write(folder / "rail.txt", "Rail\n\nOstrava Rail hired 20 drivers in May 2023.\n")
    assert run("index", folder, "--store", own_store).exit_code == 0
    before = stored(own_store)
    with note.open("ab") as handle:
        handle.write(b"caf\xe9\n")
    result = run("index", folder, "--store", own_store)
    assert result.exit_code == ExitStatus.INDEX_INCOMPLETE, result.output
    assert "0 removed, 1 skipped" in result.stdout
    skipped, kept, summary = warnings(result)
    assert "harbour.md' is not UTF-8 text (invalid byte at offset" in skipped
    assert "re-save it as UTF-8" in skipped
    assert "harbour.md' (1 source)" in kept
    assert "the store keeps the 1 source it had of them" in summary
    assert stored(own_store) == before
    assert run("check", "--store", own_store, CONTRADICTED).exit_code == ExitStatus.GATE_FAILED


def test_when_nothing_can_be_read_index_exits_2_and_keeps_the_store(
    wire: Path, own_store: Path
) -> None:
    run("index", wire, "--store", own_store)
    before = stored(own_store)
    wire.write_bytes(b"\xff\xfe\x00garbage\n")
    result = run("index", wire, "--store", own_store)
    assert result.exit_code == ExitStatus.USAGE_ERROR, result.output
    assert "Traceback" not in result.output
    assert "No readable sources" in result.stderr
    assert stored(own_store) == before


def test_a_vanished_source_is_removed(tmp_path: Path, own_store: Path) -> None:
    folder = tmp_path / "notes"
    write(folder / "a.txt", f"A\n\n{HARBOUR}\n")
    gone = write(folder / "b.txt", "B\n\nOstrava Rail hired 20 drivers in May 2023.\n")
    run("index", folder, "--store", own_store)
    gone.unlink()
    result = run("index", folder, "--store", own_store)
    assert result.exit_code == 0, result.output
    assert "1 removed" in result.stdout
    assert set(stored(own_store)) == {"notes/a.txt"}


# ---------------------------------------------------------------- 6. workers end with the indexer


def _sources_written(store: Path) -> int:
    try:
        with closing(sqlite3.connect(store, timeout=0.1)) as db:
            return int(db.execute("SELECT count(*) FROM sources").fetchone()[0])
    except sqlite3.Error:
        return 0


def _dump(store: Path) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("sources", "sentences", "facts", "aliases", "term_counts", "index_totals")
    with closing(sqlite3.connect(store)) as db:
        return {table: sorted(db.execute(f"SELECT * FROM {table}").fetchall()) for table in tables}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_kill_9_of_index_leaves_no_worker_and_a_resumable_store(tmp_path: Path) -> None:
    corpus = generate(tmp_path / "corpus", sentences=12_000, seed=5).path
    store = tmp_path / "store.db"
    command = [sys.executable, "-m", "factcheck", "index", str(corpus), "--store", str(store)]
    indexer = subprocess.Popen([*command, "--jobs", "2", "--quiet"], cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while _sources_written(store) == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        workers = children(indexer.pid)
        assert indexer.poll() is None, "the run ended before it could be killed: use more text"
        assert len(workers) >= 2, workers
        os.kill(indexer.pid, signal.SIGKILL)
        indexer.wait()
    finally:
        indexer.kill()
    assert not survivors(workers), "a worker outlived the killed indexer"
    written = _sources_written(store)

    resumed = subprocess.run(
        [*command, "--jobs", "2", "--quiet"], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert resumed.returncode == 0, resumed.stderr  # the lock died with the indexer
    line = counts(resumed.stdout)
    assert f"0 changed, {written} unchanged" in line, line  # what was stored is not redone
    subprocess.run([*command, "--store", str(tmp_path / "clean.db"), "--jobs", "1"], cwd=REPO)
    assert _dump(store) == _dump(tmp_path / "clean.db")


# ---------------------------------------------------------------- 10. over-long sentences


def test_an_over_long_sentence_is_left_out_with_a_warning(tmp_path: Path, own_store: Path) -> None:
    salad = " ".join(["harbour Lisbrook ships 300 handled 2022"] * 2_000)  # no punctuation
    source = write(tmp_path / "dump" / "log.txt", f"Log\n\n{HARBOUR}\n\n{salad}\n")
    result = run("index", source, "--store", own_store)
    assert result.exit_code == 0, result.output
    [warning] = warnings(result)
    assert f"log.txt' line 5: left out a 'sentence' of {len(salad):,} characters" in warning
    with EvidenceStore.open(own_store, create=False) as store:
        [summary] = store.list_sources()
    assert summary.sentences == 2  # the title and HARBOUR
    assert run("check", "--store", own_store, CONTRADICTED).exit_code == ExitStatus.GATE_FAILED


def test_a_store_holding_an_over_long_sentence_never_gives_it_as_evidence(
    tmp_path: Path, own_store: Path
) -> None:
    """A store indexed before the limit: its word salad would support any claim of its words."""
    salad = " ".join(["Ostrava Rail hired 20 drivers in May 2023 and"] * 120)
    [doc] = read_source_file(write(tmp_path / "log.txt", f"{salad}\n"))
    assert len(doc.text) > LONGEST_SENTENCE
    with EvidenceStore.open(own_store) as store:
        # as an older factcheck analysed it: every sentence, however long
        every = analyze_sentences(doc, split_sentences(doc), AliasIndex())
        store.replace_sources([prepare_source(doc, every)])
    with closing(sqlite3.connect(own_store)) as db:
        [(sentence_id,)] = db.execute("SELECT id FROM sentences").fetchall()
    with EvidenceStore.open(own_store, create=False) as store:
        assert store.evidence([sentence_id]) == []
    result = run("check", "--store", own_store, "Ostrava Rail hired 20 drivers in May 2023")
    assert result.stdout.startswith("NOT ENOUGH EVIDENCE"), result.output


# ---------------------------------------------------------------- 11. UTF-16


def test_a_utf16_file_with_a_byte_order_mark_is_read_as_its_text(tmp_path: Path) -> None:
    text = "Wide report\r\n\r\nThe Tarvia dam holds “40 million” cubic metres.\n"
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        bom = {"utf-16-be": b"\xfe\xff"}.get(codec, b"")
        [doc] = read_source_file(write(tmp_path / f"{codec}.txt", bom + text.encode(codec)))
        assert doc.text == text


def test_a_utf16_jsonl_with_a_byte_order_mark_is_read_line_by_line(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": i, "text": f"Line {i}."}) + "\n" for i in range(3))
    docs = read_source_file(write(tmp_path / "wide.jsonl", lines.encode("utf-16")))
    assert [(doc.text, doc.file_line) for doc in docs] == [(f"Line {i}.", i + 1) for i in range(3)]


def test_utf16_without_a_byte_order_mark_says_to_re_save_as_utf8(
    tmp_path: Path, own_store: Path
) -> None:
    path = write(tmp_path / "wide.txt", f"Wide report\n\n{HARBOUR}\n".encode("utf-16-le"))
    result = run("index", path, "--store", own_store)
    assert result.exit_code == ExitStatus.USAGE_ERROR
    assert "wide.txt' looks like UTF-16 text without a byte-order mark — re-save it as UTF-8" in (
        result.stderr
    )
    assert "binary" not in result.stderr


# ---------------------------------------------------------------- 13. front matter and dates


@pytest.mark.parametrize(
    ("text", "line", "complaint"),
    [
        pytest.param("---\ntitle: T\n\nThe body.\n", 1, "never closed", id="unterminated"),
        pytest.param(
            "---\ntitle: T\n<<garbage>>\n---\nThe body.\n", 3, "not 'key: value'", id="garbage"
        ),
        pytest.param(
            "---\ntitle: T\npublished: 2024-02-30\n---\nThe body.\n",
            3,
            "'published' is not a date as YYYY-MM-DD ('2024-02-30')",
            id="bad-date",
        ),
        pytest.param(
            "---\ndate: next Tuesday\n---\nThe body.\n",
            2,
            "'date' is not a date",
            id="bad-date-key",
        ),
    ],
)
def test_broken_front_matter_is_indexed_with_a_warning_naming_the_line(
    tmp_path: Path, own_store: Path, text: str, line: int, complaint: str
) -> None:
    write(tmp_path / "notes" / "note.md", text)
    result = run("index", tmp_path / "notes", "--store", own_store)
    assert result.exit_code == 0, result.output
    [warning] = warnings(result)
    assert f"note.md' line {line}: " in warning and complaint in warning and " — " in warning
    with EvidenceStore.open(own_store, create=False) as store:
        [summary] = store.list_sources()
    assert summary.title not in ("---", None)


def test_a_bad_published_date_in_a_jsonl_line_is_named(tmp_path: Path, own_store: Path) -> None:
    rows = [
        {"id": 1, "text": HARBOUR, "published": "2024-01-05"},
        {"id": 2, "text": HARBOUR, "published": "5 Jan"},
    ]
    path = write(tmp_path / "w.jsonl", "".join(json.dumps(row) + "\n" for row in rows))
    result = run("index", path, "--store", own_store)
    assert result.exit_code == 0, result.output
    [warning] = warnings(result)
    assert "w.jsonl' line 2: 'published' is not a date as YYYY-MM-DD ('5 Jan')" in warning


def test_good_front_matter_gives_no_warning(tmp_path: Path) -> None:
    text = "---\ntitle: T\n# a comment\ntags:\n  - one\n- two\npublished: 2024-03-05\n---\nBody."
    warned: list[str] = []
    read_source_file(write(tmp_path / "a.md", text), warn=warned.append)
    assert warned == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("-.:# \tab1\n'\"[{|"), max_size=80))
def test_front_matter_problems_never_crash_and_name_real_lines(text: str) -> None:
    lines = text.count("\n") + 1
    for line, message in front_matter_problems(text):
        assert 1 <= line <= lines
        assert " — " in message and "\n" not in message


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=120))
def test_reading_any_bytes_gives_documents_or_one_line_input_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("x.md", "x.txt", "x.jsonl", "x.html"):
            path = write(Path(folder) / name, data)
            warned: list[str] = []
            try:
                read_source_file(path, warn=warned.append)
            except InputError as error:
                assert "\n" not in str(error) and name in str(error)
            assert all("\n" not in w and name in w for w in warned)


# ---------------------------------------------------------------- 16. citations into .jsonl


def test_a_jsonl_citation_names_the_file_line_and_the_document(wire: Path, own_store: Path) -> None:
    run("index", wire, "--store", own_store)
    result = run("check", "--store", own_store, "--format", "json", "Ostrava Rail hired 20 drivers")
    [evidence, *_] = json.loads(result.stdout)["results"][0]["evidence"]
    assert (evidence["source"], evidence["line"]) == ("feeds/wire.jsonl#b", 2)
    assert evidence["path"].endswith("wire.jsonl")
    table = run("check", "--store", own_store, "Ostrava Rail hired 20 drivers").stdout
    assert "feeds/wire.jsonl#b, line 2" in table and "wire.jsonl:2 [" in table


def test_source_key_is_the_folder_name_and_the_path_inside(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus" / "sub" / "a.md", "# A\n")
    assert source_key(path, root=tmp_path / "corpus") == "corpus/sub/a.md"
    assert source_key(path) == "sub/a.md"


# ---------------------------------------------------------------- HTML in linear time

HTML_SHAPES = ["<u ", "</", "<!", "<![CDATA[", "<?x ", "<!-- ", "<!-- x --> <!-- ", "<a<", "<p>x"]


def _html_seconds(markup: str) -> float:
    start = time.process_time()
    with suppress(InputError):  # a page with no text: still parsed, still timed
        html_fields(markup, "page.html")
    return time.process_time() - start


@pytest.mark.parametrize("unit", HTML_SHAPES)
def test_html_pages_are_read_in_linear_time(unit: str) -> None:
    """Tags, declarations and comments left open once took time growing with the square of
    the page (the fuzz harness found them): four times the page takes well under sixteen
    times as long. Best of three; the large page stops being timed once one run is within."""
    small = max(min(_html_seconds("<p>a</p>" + unit * 3_000) for _ in range(3)), 1e-3)
    large = "<p>a</p>" + unit * 12_000
    ratios = []
    for _ in range(3):
        ratios.append(_html_seconds(large) / small)
        if ratios[-1] < 9:
            return
    pytest.fail(f"{unit!r}: 4x the page took {min(ratios):.1f}x the time")


def test_comments_and_stray_marks_read_as_a_browser_shows_them() -> None:
    page = "<p>5 < 6 and <b>bold</b></p><!-- a < b --><p>after</p><!-- never closed <p>hidden"
    assert html_fields(page, "page.html")["text"].split() == [
        "5", "<", "6", "and", "bold", "after"
    ]  # fmt: skip
