"""Drafts: what is prose, where each sentence stands, and which sentences are worth checking."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.drafts.draft import (
    DraftSentence,
    draft_sentences,
    line_starts,
    load_drafts,
    make_draft,
    read_draft,
)
from factcheck.drafts.worthiness import NO_FACT, QUESTION, skip_reason
from factcheck.errors import InputError
from factcheck.extract.assertions import AnalysisContext, analyze
from factcheck.extract.entities import AliasIndex
from factcheck.extract.quotations import find_quotations

MARKDOWN = """\
---
title: "A draft: 1993"
published: 2024-01-01
---
# Kazakhstan sent 500 troops

Kazakhstan opened an embassy in [Kabul](https://example.org/kabul_1993 "Kabul") in 2003.
**The first contingent** of 139 personnel left in *March 2024*.

<!-- Kazakhstan sent 900 troops in 1999. -->
```python
troops = 139  # Kazakhstan sent 139 troops.
```

Sub-heading 1993
----------------

> The UN asked for ![a map](map.png) 60 staff members.

| year | troops |
|------|--------|
| 2024 | 139    |

1. A list item with 20 officers.
2. Another with `code` and 40 observers[^1].

[^1]: A footnote naming 1992.
[kabul]: https://example.org/k
"""


def sentences(text: str, *, markdown: bool = True) -> list[DraftSentence]:
    return draft_sentences(make_draft("draft.md", text, markdown=markdown))


def located_text(text: str, sentence: DraftSentence) -> str:
    """The file's text at a sentence's location, found by line and column only."""
    starts = line_starts(text)
    where = sentence.location
    start = starts[where.line - 1] + where.column - 1
    end = starts[where.end_line - 1] + where.end_column - 1
    return text[start:end]


def strip_markup(text: str) -> str:
    """What a reader sees of a Markdown span: link targets, emphasis and code marks gone."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[\^[^\]]+\]", "", text)
    text = re.sub(r"[*_`]", "", text)
    return " ".join(text.split())


# ---------------------------------------------------------------- Markdown structure


def test_only_prose_sentences_are_found() -> None:
    found = [s.text for s in sentences(MARKDOWN)]
    assert found == [
        "Kazakhstan opened an embassy in Kabul in 2003.",
        "The first contingent of 139 personnel left in March 2024.",
        "The UN asked for 60 staff members.",
        "A list item with 20 officers.",
        "Another with code and 40 observers.",
        "A footnote naming 1992.",
    ]


@pytest.mark.parametrize(
    "hidden",
    ["500 troops", "1993", "900 troops", "troops = 139", "example.org", "map.png", "| 2024"],
)
def test_front_matter_headings_code_comments_and_targets_are_not_prose(hidden: str) -> None:
    assert not any(hidden in s.text for s in sentences(MARKDOWN))


def test_locations_point_at_the_sentence_in_the_file() -> None:
    for sentence in sentences(MARKDOWN):
        assert strip_markup(located_text(MARKDOWN, sentence)) == sentence.text


def test_plain_sentence_locations_are_exact() -> None:
    text = "Intro line.\n\n  Kazakhstan opened an embassy in Kabul in 2003. It sent 139 troops.\n"
    first, second, third = sentences(text)
    assert (second.location.line, second.location.column) == (3, 3)
    assert (second.location.end_line, second.location.end_column) == (3, 49)
    assert (third.location.line, third.location.column) == (3, 50)
    for sentence in (first, second, third):
        assert located_text(text, sentence) == sentence.text


def test_a_sentence_wrapped_over_lines_ends_on_its_last_line() -> None:
    text = "Kazakhstan opened an embassy\nin Kabul in 2003.\n"
    [sentence] = sentences(text)
    assert sentence.text == "Kazakhstan opened an embassy in Kabul in 2003."
    assert (sentence.location.line, sentence.location.end_line) == (1, 2)
    assert sentence.location.end_column == len("in Kabul in 2003.") + 1
    assert located_text(text, sentence) == "Kazakhstan opened an embassy\nin Kabul in 2003."


WORD = st.sampled_from(["Kazakhstan", "sent", "139", "troops", "UN", "in", "2024", "peace"])
STYLED = st.one_of(
    WORD,
    WORD.map(lambda w: f"*{w}*"),
    WORD.map(lambda w: f"**{w}**"),
    WORD.map(lambda w: f"[{w}](https://x.org/{w})"),
    WORD.map(lambda w: f"`{w}`"),
)
SENTENCE = st.lists(STYLED, min_size=1, max_size=8).map(lambda ws: "The " + " ".join(ws) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=4), st.sampled_from(["\n\n", "\n\n# Head\n\n"]))
def test_every_located_span_reads_as_its_sentence(paragraphs: list[str], gap: str) -> None:
    text = gap.join(paragraphs) + "\n"
    found = sentences(text)
    assert len(found) == sum(p.count(". ") + 1 for p in paragraphs)
    for sentence in found:
        assert strip_markup(located_text(text, sentence)) == sentence.text


def test_a_quotation_over_several_sentences_stays_one_sentence() -> None:
    text = "“We are ready. We will go,” Ashimbayev said. Then he left.\n"
    first, second = sentences(text)
    assert first.text == "“We are ready. We will go,” Ashimbayev said."
    assert second.text == "Then he left."


def test_plain_text_drafts_keep_markdown_characters_but_not_comments() -> None:
    text = "# Kazakhstan sent 139 troops.\n<!-- 900 troops. -->\nIt sent *20* officers.\n"
    found = [s.text for s in sentences(text, markdown=False)]
    assert found == ["Kazakhstan sent 139 troops.", "It sent *20* officers."]


# ---------------------------------------------------------------- reading drafts


def test_html_drafts_are_read_through_the_page_text(tmp_path: Path) -> None:
    page = tmp_path / "draft.html"
    page.write_text(
        "<html><head><script>var s = 'Kazakhstan sent 900 troops.';</script></head><body>"
        "<p>Kazakhstan opened an embassy in <a href='k'>Kabul</a> in 2003.</p></body></html>",
        encoding="utf-8",
    )
    [sentence] = draft_sentences(read_draft(page))
    assert sentence.text == "Kazakhstan opened an embassy in Kabul in 2003."
    assert sentence.path == str(page)


def test_load_drafts_reads_files_folders_and_standard_input(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("Kazakhstan sent 139 troops.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("It sent 20 officers.\n", encoding="utf-8")
    (tmp_path / ".hidden.md").write_text("Hidden.\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x\n", encoding="utf-8")
    drafts = load_drafts([str(tmp_path), "-"], lambda: "From stdin in 2024.\n")
    assert [Path(d.path).name for d in drafts] == ["a.txt", "b.md", "<stdin>"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.md", None, "No such draft: '{path}'"),
        ("draft.pdf", "text", "Unsupported draft type"),
    ],
)
def test_paths_that_are_no_drafts_are_input_errors(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message.format(path=path))):
        load_drafts([str(path)], lambda: "")


def test_empty_standard_input_is_an_input_error() -> None:
    with pytest.raises(InputError, match="standard input"):
        load_drafts(["-"], lambda: "\n")


# ---------------------------------------------------------------- check-worthiness

WORTHINESS = [
    ("Kazakhstan opened an embassy in Kabul in 2003.", None),
    ("Kazakhstan also plans to open a training centre in Almaty in 2026.", None),
    ("The Kazakh foreign ministry said the deployment was expected to last six months.", None),
    ("Ashimbayev said the mission should grow.", None),
    ("“We think the mission should grow,” Ashimbayev said.", None),
    ("Will other Central Asian states follow its lead?", QUESTION),
    ("Did Kazakhstan really send 139 troops?", QUESTION),
    ("Many observers believe Kazakhstan's diplomacy deserves more attention.", "hedge"),
    ("Some analysts think the 139 troops are too few.", "hedge"),
    ("I think Kazakhstan sent too few troops in 2024.", "opinion"),
    ("In my view the UN mission was a success.", "opinion"),
    ("It is widely believed that Astana paid $18 million.", "hedge"),
    ("The mission will perhaps grow to 430 troops.", "hedge"),
    ("Kazakhstan should send more troops to UNDOF.", "opinion"),
    ("The weather was pleasant and everyone was happy.", NO_FACT),
    ("Draft for review.", NO_FACT),
]


@pytest.mark.parametrize(("sentence", "reason"), WORTHINESS)
def test_check_worthiness(sentence: str, reason: str | None) -> None:
    parse = analyze(sentence, AnalysisContext(aliases=AliasIndex()))
    found = skip_reason(sentence, find_quotations(sentence), parse)
    if reason is None:
        assert found is None
    else:
        assert found is not None and found.startswith(reason)
