"""The Markdown report: golden output and a table that survives hostile text."""

from __future__ import annotations

import re

from fixtures.golden import check_golden
from fixtures.report import build_report

from factcheck.gate import Gate
from factcheck.render import markdown
from factcheck.render.controls import quoted

# A pipe not escaped with a backslash: a cell boundary.
CELL_BOUNDARY = re.compile(r"(?<!\\)\|")


def test_markdown_matches_golden() -> None:
    check_golden("report.md", markdown.render(build_report(), Gate()))


def test_every_table_row_has_as_many_cells_as_its_header() -> None:
    tables: list[list[str]] = []
    for line in markdown.render(build_report(), Gate()).splitlines():
        if line.startswith("|"):
            if not tables or not tables[-1]:
                tables.append([])
            tables[-1].append(line)
        elif tables and tables[-1]:
            tables.append([])
    tables = [table for table in tables if table]
    assert len(tables) == 4  # summary, findings, problems, skipped
    for table in tables:
        widths = {len(CELL_BOUNDARY.findall(row)) for row in table}
        assert len(widths) == 1, table


def test_a_row_per_finding_in_file_order() -> None:
    text = markdown.render(build_report(), Gate())
    section = text.split("### Findings")[1].split("###")[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    locations = [row.split(" | ")[1] for row in rows[2:]]  # after the header and its rule
    assert locations == [
        "drafts/kazakhstan.md:3:1",
        "drafts/kazakhstan.md:5:1",
        "drafts/kazakhstan.md:7:12",
        "drafts/undof 100%, notes.md:2:3",
        "drafts/undof 100%, notes.md:6:1",
    ]


def test_source_markup_is_shown_as_text() -> None:
    text = markdown.render(build_report(), Gate())
    assert "<script" not in text
    assert "<b>" not in text and "<i>" not in text and "<img" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "🔇 suppressed: Desk confirmed 139 with the ministry: 100%, call of 2 March" in text


def test_escape_neutralises_markdown_and_line_breaks() -> None:
    assert markdown.escape("a|b *c* _d_ `e` [f](g) ~~h~~ $1\\") == (
        "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\~\\~h\\~\\~ \\$1\\\\"
    )
    assert markdown.escape("one\r\ntwo\nthree\rfour") == "one<br>two<br>three<br>four"
    assert markdown.escape("<b> & </b>") == "&lt;b&gt; &amp; &lt;/b&gt;"


def test_a_sentence_that_opens_a_quotation_is_not_quoted_twice() -> None:
    assert quoted("The ferry sails at noon.") == "“The ferry sails at noon.”"
    said = "“We are ready,” the Pell harbour master said."
    assert quoted(said) == said
