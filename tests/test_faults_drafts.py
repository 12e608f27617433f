"""Hostile drafts and claims: pathological shapes in linear time, empty drafts, invisible and
control characters, standard input in other encodings, benchmark label spellings."""

from __future__ import annotations

import functools
import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner, Result
from fixtures.report import build_report
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.drafts.draft import draft_sentences, line_starts, make_draft
from factcheck.drafts.suppress import find_suppressions
from factcheck.drafts.verify import _inside, verify_draft
from factcheck.evaluate import RowOutcome, context_sentences
from factcheck.evaluate import build_report as build_eval_report
from factcheck.extract.entities import AliasIndex
from factcheck.extract.normalise import TextMap, clean, normalise
from factcheck.extract.quotations import Quotation, find_quotations
from factcheck.gate import Gate
from factcheck.judge.claims import Judge
from factcheck.judge.retrieve import TextRetriever
from factcheck.models import CheckReport, Location, SourceDocument, Verdict, VerifyReport
from factcheck.render import github
from factcheck.render.formats import render

# ---------------------------------------------------------------- linear time

NO_EVIDENCE = Judge(TextRetriever([]), AliasIndex([]))


def _run(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: f"Kazakhstan sent 139 troops in 1993. {_run(unit, size)} in 1993.\n"


def _nested(size: int) -> str:
    return "[" * (size // 2) + "]" * (size // 2) + " in 1993."


def _suppressed_paragraph(size: int) -> str:
    """Many suppressions alone on their lines, all covering one long paragraph."""
    count = size // 80
    return '<!-- factcheck: ignore reason="x" -->\n' * count + "Kazakhstan sent 9 troops. " * (
        2 * count
    )


def _at_end(unit: str) -> Callable[[int], str]:
    return lambda size: f"Kazakhstan sent 139 troops in 1993. {_run(unit, size)}"


def _line_before(unit: str) -> Callable[[int], str]:
    return lambda size: f"{_run(unit, size)}x\nKazakhstan sent 139 troops.\n"


def _in_one_sentence(unit: str) -> Callable[[int], str]:
    """One sentence, under the claim limit at either size, that grows with the size."""
    return lambda size: f"Kazakhstan {_run(unit, size // 28)} in 1993.\n"


def _quoted_after(unit: str) -> Callable[[int], str]:
    """A quotation said by "he", after a run that the search for who "he" is reads."""
    return lambda size: f"{_run(unit, size // 17)} “We were there,” he said.\n"


# Shapes that once took time growing with the square of the draft's size, and their cousins.
SHAPES: dict[str, Callable[[int], str]] = {
    "[": _repeat("["),
    "![": _repeat("!["),
    "[a": _repeat("[a"),
    "[^": _repeat("[^"),
    "nested brackets": _nested,
    "![a](": _repeat("![a]("),
    "[a](x(y)": _repeat("[a](x(y)"),
    "capitals in one word": _repeat("A"),
    "capitalised words": _repeat("Aa "),
    "hyphenated capitals": _repeat("A-"),
    "quotations": _repeat("“We were there,” Ashimbayev said. "),
    "a sentence of capitals": _in_one_sentence("A"),
    "a sentence of capitalised words": _in_one_sentence("Aa "),
    "a sentence of hyphenated capitals": _in_one_sentence("A-"),
    "capitals before a pronoun's quotation": _quoted_after("A"),
    "capitalised words before a pronoun's quotation": _quoted_after("Aa "),
    "suppressions over one paragraph": _suppressed_paragraph,
    "[ at the end": _at_end("["),
    "! at the end": _at_end("!"),
    ". at the end": _at_end("."),
    "footnote marks before a line": _line_before("[1]"),
    **{mark: _repeat(mark) for mark in ["(", "*", "_", "<", '"', "“", "`", "|", "-", "\\", "\n"]},
}
# Read as plain text: in Markdown, `[1][1]` is a reference link and is masked.
PLAIN_TEXT = {"footnote marks before a line"}
SMALL, LARGE = 12_500, 50_000


def _seconds(text: str, *, markdown: bool) -> float:
    """Processor time of the draft pipeline on a text, judging included."""
    start = time.process_time()
    verify_draft(make_draft("d.md", text, markdown=markdown), NO_EVIDENCE)
    return time.process_time() - start


@pytest.mark.parametrize("shape", SHAPES)
def test_time_grows_linearly_with_a_pathological_draft(shape: str) -> None:
    """Four times the text takes well under sixteen times as long (the square would).

    Each size's best of three runs (a shared machine is noisy); the large text stops being
    timed as soon as one run is within the bound.
    """
    build, markdown = SHAPES[shape], shape not in PLAIN_TEXT
    small = max(min(_seconds(build(SMALL), markdown=markdown) for _ in range(3)), 1e-3)
    large = build(LARGE)
    ratios = []
    for _ in range(3):
        ratios.append(_seconds(large, markdown=markdown) / small)
        if ratios[-1] < 9:
            return
    pytest.fail(f"{shape!r}: 4x the text took {min(ratios):.1f}x the time")


class _Counted(list[Quotation]):
    """A list that counts the items read from it."""

    read = 0

    def __getitem__(self, index: Any) -> Any:
        found = super().__getitem__(index)
        self.read += len(found) if isinstance(index, slice) else 1
        return found

    def __iter__(self) -> Iterator[Quotation]:
        for item in super().__iter__():
            self.read += 1
            yield item


def test_the_quotations_of_each_sentence_are_found_without_reading_them_all() -> None:
    """Two thousand sentences with a quotation each: a few reads per sentence, not 2,000."""
    text = "“We were there in 1993,” Ashimbayev said. " * 2_000
    draft = make_draft("d.md", text)
    quotations = _Counted(find_quotations(draft.prose))
    for sentence in draft_sentences(draft):
        assert len(_inside(quotations, sentence)) == 1
    assert quotations.read < 40 * 2_000  # two bisections a sentence; reading all: 4,000,000


def test_suppressions_are_weighed_once_per_sentence_they_cover() -> None:
    """Asking whether a sentence is selected costs a count that grows with the draft, not its
    square: a thousand suppressions over one paragraph of two thousand sentences."""
    asked = 0

    def every(location: Location) -> bool:
        nonlocal asked
        asked += 1
        return True

    verify_draft(make_draft("d.md", _suppressed_paragraph(80_000)), NO_EVIDENCE, only=every)
    assert asked < 4 * 3_000


# ---------------------------------------------------------------- invisible and control characters

SUPPORTED = "Transport of the equipment will cost the Kazakh side about $8 million."
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066"]
CONTROLS = ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x9b", "\x1b[31m", "\x1b]0;title\x07"]


def _spoiled(claim: str, mark: str) -> str:
    """The claim with `mark` inside a word, inside the figure and between words."""
    return claim.replace("equipment", f"equip{mark}ment").replace("$8 ", f"$8{mark} ")


def run(*args: str | Path, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def _json(result: Result) -> dict[str, Any]:
    assert result.exit_code in (0, 1), result.output
    found: dict[str, Any] = json.loads(result.stdout)
    return found


@pytest.mark.parametrize("mark", INVISIBLE + CONTROLS, ids=ascii)
def test_invisible_and_control_characters_in_a_claim_change_nothing(mark: str) -> None:
    """`$8\\0 million` and `equip\\u200bment` are read as `$8 million` and `equipment`."""
    clean_result = supporting_judge().check(SUPPORTED)
    result = supporting_judge().check(_spoiled(SUPPORTED, mark))
    assert (result.verdict, result.claim) == (clean_result.verdict, SUPPORTED)
    [assertion] = supporting_judge().parse(_spoiled(SUPPORTED, mark))
    assert "$8 million" in assertion.text


@functools.cache
def supporting_judge() -> Judge:
    """A judge over the one source sentence that supports SUPPORTED."""
    evidence = (
        "Minister Zhaksylykov assured that the transportation of the contingent and equipment "
        "would be covered by the Kazakh side, with approximately $8 million allocated."
    )
    doc = SourceDocument(id="s", path="s.txt", content_hash="", text=evidence)
    sentences = context_sentences(doc.id, doc.text, AliasIndex())
    return Judge(TextRetriever(sentences), AliasIndex())


def test_a_nul_inside_a_figure_on_standard_input_is_not_a_contradiction() -> None:
    result = run("check", "-", "--format", "json", stdin=_spoiled(SUPPORTED, "\x00") + "\n")
    [found] = _json(result)["results"]
    assert (found["verdict"], found["claim"]) == ("supported", SUPPORTED)


@pytest.mark.parametrize("mark", INVISIBLE + CONTROLS, ids=ascii)
def test_a_draft_is_judged_as_read_and_located_as_written(mark: str) -> None:
    written = f"# Notes\n\nIntro.{mark} {_spoiled(SUPPORTED, mark)}\n"
    [result] = verify_draft(make_draft("d.md", written), supporting_judge())[0]
    assert (result.verdict.value, result.claim) == ("supported", SUPPORTED)
    where = result.location
    lines = line_starts(written)
    start = lines[where.line - 1] + where.column - 1
    end = lines[where.end_line - 1] + where.end_column - 1
    assert written[start:end] == _spoiled(SUPPORTED, mark)


NOISE = st.sampled_from(INVISIBLE + CONTROLS + ["\r", "\t", "\u00a0", "\x1b[", "\x1b]"])
PIECE = st.sampled_from(
    [
        *[
            "Kazakhstan sent 139 troops in 2024. ",
            "*UN* ",
            "[Kabul](x.org) ",
            "“We went,” he said. ",
        ],
        *["# Head\n", "\n\n", "---\n", "<!-- c -->", "```\n", "word", " ", "\n"],
    ]
)
DRAFT_TEXT = st.one_of(st.text(), st.lists(st.one_of(PIECE, NOISE), max_size=40).map("".join))


@settings(max_examples=300, deadline=None)
@given(DRAFT_TEXT)
def test_normalised_text_maps_back_to_exact_offsets(text: str) -> None:
    normal, removed = normalise(text)
    assert normal == clean(text) == clean(normal)
    for pos, char in enumerate(normal):
        assert text[removed.start(pos)] == char
        assert removed.end(pos + 1) == removed.start(pos) + 1
    dropped = [text[a:b] for a, b in _gaps(text, normal, removed)]
    assert all(not clean(piece) for piece in dropped)


# Format characters that are kept: visible number signs, and the soft hyphen (a word break).
KEPT_FORMATS = {0x00AD, *range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2}
KEPT_FORMATS |= {0x110BD, 0x110CD}


def test_exactly_the_invisible_and_control_characters_are_removed() -> None:
    """Checked against this Python's Unicode database; code points it does not know are
    allowed either way (a newer Unicode may assign them)."""
    known = "".join(c for c in map(chr, range(0x110000)) if unicodedata.category(c) != "Cn")
    kept = set(clean(known))  # in code point order, no escape sequence forms
    removed = {ord(c) for c in known if c not in kept}
    wanted = {
        ord(c)
        for c in known
        if (unicodedata.category(c) == "Cc" and not c.isspace())
        or (unicodedata.category(c) == "Cf" and ord(c) not in KEPT_FORMATS)
    }
    assert removed == wanted, sorted(f"U+{code:04X}" for code in removed ^ wanted)


def _gaps(text: str, normal: str, removed: TextMap) -> list[tuple[int, int]]:
    """The spans of `text` that normalising dropped."""
    kept = [removed.start(pos) for pos in range(len(normal))]
    edges = [-1, *kept, len(text)]
    return [(a + 1, b) for a, b in pairwise(edges) if b > a + 1]


@settings(max_examples=300, deadline=None)
@given(DRAFT_TEXT, st.booleans())
def test_any_draft_is_read_and_every_location_lies_in_the_file(text: str, markdown: bool) -> None:
    draft = make_draft("d.md", text, markdown=markdown)
    lines = line_starts(text)
    for sentence in draft_sentences(draft):
        where = sentence.location
        assert 1 <= where.line <= where.end_line <= len(lines)
        start = lines[where.line - 1] + where.column - 1
        end = lines[where.end_line - 1] + where.end_column - 1
        assert 0 <= start < end <= len(text)
        assert clean(text[start:end]) == draft.text[sentence.start : sentence.end]
    suppressions, problems = find_suppressions(draft)
    for found in [*(s.location for s in suppressions), *(p.location for p in problems)]:
        assert 1 <= found.line <= found.end_line <= len(lines)


# ---------------------------------------------------------------- standard input


def test_crlf_claims_on_standard_input_lose_their_cr() -> None:
    stdin = f"{SUPPORTED}\r\n\r\nKazakhstan opened an embassy in Kabul in 2003.\r\n"
    results = _json(run("check", "-", "--format", "json", stdin=stdin))["results"]
    assert [r["claim"] for r in results] == [
        SUPPORTED,
        "Kazakhstan opened an embassy in Kabul in 2003.",
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_claims_on_standard_input_are_read_with_a_warning(encoding: str) -> None:
    result = run("check", "-", "--format", "json", stdin=f"{SUPPORTED}\n".encode(encoding))
    [found] = _json(result)["results"]
    assert (found["verdict"], found["claim"]) == ("supported", SUPPORTED)
    assert "warning: standard input is UTF-" in result.stderr
    assert "give UTF-8" in result.stderr


def test_a_utf16_draft_on_standard_input_is_read_with_a_warning() -> None:
    draft = f"# Notes\r\n\r\n{SUPPORTED}\r\n"
    result = run("verify", "-", "--format", "json", stdin=draft.encode("utf-16"))
    [found] = _json(result)["results"]
    assert (found["verdict"], found["claim"]) == ("supported", SUPPORTED)
    assert found["location"]["line"] == 3
    assert "warning: standard input is UTF-16" in result.stderr


@pytest.mark.parametrize("command", ["check", "verify"])
def test_standard_input_that_is_not_utf8_is_refused_in_one_line(command: str) -> None:
    result = run(command, "-", stdin="Café au lait in 1993.\n".encode("latin-1"))
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "not UTF-8" in line and "UTF-8" in line and "offset 3" in line


# ---------------------------------------------------------------- drafts that cannot be checked

GOOD = "Kazakhstan opened an embassy in Kabul in 1993.\n"
CANNOT_BE_CHECKED: dict[str, bytes] = {
    "empty.md": b"",
    "blank.md": b"  \n\n",
    "front-matter-only.md": b"---\ntitle: Notes\n---\n",
    "invisible-only.md": "\ufeff\u200b\n".encode(),
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.txt": "Café au lait, 1993.".encode("latin-1"),
    "no-text.html": b"<html><body><script>x()</script></body></html>",
}


def test_drafts_that_cannot_be_checked_are_problems_and_the_others_are_checked(
    tmp_path: Path,
) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    for name, content in CANNOT_BE_CHECKED.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    result = run("verify", tmp_path, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert [r["verdict"] for r in report["results"]] == ["contradicted"]
    problems = {Path(p["location"]["path"]).name: p for p in report["problems"]}
    assert sorted(problems) == sorted([*CANNOT_BE_CHECKED, "gone.md"])
    for name, problem in problems.items():
        assert problem["code"] == "FC104"
        assert problem["message"].startswith("draft not checked: ")
        assert f"'{tmp_path / name}'" in problem["message"]
        assert problem["location"]["line"] == problem["location"]["column"] == 1
    for fmt in ("table", "markdown", "github", "sarif", "junit", "html"):
        shown = run("verify", tmp_path, "--format", fmt)
        assert shown.exit_code == 1 and "FC104" in shown.stdout, (fmt, shown.output)


def test_one_empty_draft_named_is_a_problem_not_an_error(tmp_path: Path) -> None:
    """A report with the problem, exit 1, as when the draft is one of many (docs/verify.md)."""
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    result = run("verify", empty)
    assert result.exit_code == 1, result.output
    assert "FC104" in result.stdout and "is empty" in result.stdout


def test_a_front_matter_only_draft_on_standard_input_is_a_problem() -> None:
    result = run("verify", "-", "--format", "json", stdin="---\ntitle: Notes\n---\n")
    assert result.exit_code == 1
    [problem] = json.loads(result.stdout)["problems"]
    assert (problem["code"], problem["location"]["path"]) == ("FC104", "<stdin>")


# ---------------------------------------------------------------- control characters in reports

# Clears the screen, turns what follows red, rings, backspaces, returns to the line's start
# and reverses the text after it; then a C1 control and NUL.
HOSTILE = "\x1b[2J\x1b[31mred\x07\x08\rover\u202eesrever\x9b\x00"
HOSTILE_FIELDS = {"path", "claim", "explanation", "suppression_reason", "text", "title", "reason"}
RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e]")


def _hostile(value: Any) -> Any:
    """A dumped report with HOSTILE inside every string a draft, source or file name gives."""
    if isinstance(value, dict):
        return {
            key: f"{item[:4]}{HOSTILE}{item[4:]}"
            if key in HOSTILE_FIELDS and isinstance(item, str)
            else _hostile(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_hostile(item) for item in value]
    return value


def hostile_report() -> VerifyReport:
    report = build_report()
    return VerifyReport.model_validate(_hostile(report.model_dump(mode="json")))


@pytest.mark.parametrize("fmt", ["table", "markdown", "github", "html"])
def test_human_formats_show_control_characters_as_escapes(fmt: str) -> None:
    shown = render(hostile_report(), fmt, Gate(), show_skipped=True)
    # Line breaks are the table's and the page's layout; a raw CR (which would overwrite the
    # line on a terminal) is allowed only in HTML, where it is whitespace.
    laid_out = shown.replace("\n", "") if fmt in ("table", "html") else shown
    laid_out = laid_out.replace("\r", "") if fmt == "html" else laid_out.replace("\r", "\x00")
    assert not RAW_CONTROL.search(laid_out), repr(shown[:300])
    assert all(f"\\{code}" in shown.replace("\\\\", "\\") for code in ("x1b", "x07", "u202e"))
    if fmt == "github":
        assert all(github.LINE_PATTERN.fullmatch(line) for line in shown.splitlines())


def test_the_coloured_table_colours_but_shows_the_draft_s_escapes() -> None:
    shown = render(hostile_report(), "table", Gate(), colour=True)
    assert "\\x1b[2J" in shown and "\x1b[2J" not in shown
    assert "\x1b[" in shown  # the table's own colours


@pytest.mark.parametrize("fmt", ["junit", "sarif", "json"])
def test_machine_formats_stay_valid_with_control_characters(fmt: str) -> None:
    shown = render(hostile_report(), fmt, Gate())
    if fmt == "junit":
        ElementTree.fromstring(shown.encode())  # XML 1.0: no C0 control, even escaped
    else:
        assert json.loads(shown)
        assert not re.search("[\x00-\x1f]", shown.replace("\n", ""))


def test_check_and_eval_tables_show_control_characters_as_escapes() -> None:
    report = hostile_report()
    check = CheckReport(results=report.results, summary=report.summary)
    assert not RAW_CONTROL.search(render(check, "table", Gate()).replace("\n", ""))
    missed = RowOutcome(
        id=HOSTILE,
        claim=HOSTILE,
        gold=Verdict.SUPPORTED,
        predicted=Verdict.CONTRADICTED,
        confidence=0.9,
        explanation=HOSTILE,
    )
    measured = build_eval_report([missed], suite=HOSTILE, seconds=1.0)
    shown = render(measured, "table", Gate())
    assert not RAW_CONTROL.search(shown.replace("\n", "")) and "\\x07" in shown


def test_the_config_table_shows_control_characters_as_escapes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".factcheck.toml").write_text(
        '[aliases]\n"Qaz\\u001b[2Jaqstan" = "Kazakhstan"\n', encoding="utf-8"
    )
    result = run("config")
    assert result.exit_code == 0, result.output
    assert "Qaz\\x1b[2Jaqstan → Kazakhstan" in result.stdout
    assert not RAW_CONTROL.search(result.stdout.replace("\n", ""))
