"""The shared Markdown rules, and that sources, sentence splitting, drafts and suppressions agree.

Sources (`read_source_file` then `split_sentences`), plain sentence splitting (`split_text` from
the body), draft masking (`draft_sentences`) and suppression scanning (`find_suppressions`) must
hide exactly the same text: front matter, fenced code blocks and HTML comments.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.drafts.draft import draft_sentences, make_draft
from factcheck.drafts.suppress import find_suppressions
from factcheck.extract.segment import split_sentences, split_text
from factcheck.sources.markdown import (
    Block,
    body_start,
    first_heading,
    front_matter_fields,
    front_matter_span,
    hidden_blocks,
)
from factcheck.sources.read import read_source_file

DIRECTIVE = '<!-- factcheck: ignore reason="checked" -->'


def kinds(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each hidden block of a text."""
    return [(block.kind, text[block.start : block.end]) for block in hidden_blocks(text)]


# ---------------------------------------------------------------- front matter


def test_front_matter_span_fields_and_body() -> None:
    text = (
        "---\n"
        'title: "A \\"Quoted\\" Title"\n'
        "Author: 'O''Brien'\n"
        "date: 2024-01-02 # a comment\n"
        "tags: [a, b]\n"
        "empty:\n"
        "url: null\n"
        "  nested: x\n"
        "...\n"
        "Body.\n"
    )
    assert front_matter_span(text) == (4, text.index("Body."))
    assert body_start(text) == text.index("Body.")
    assert front_matter_fields(text) == {
        "title": 'A "Quoted" Title',
        "author": "O'Brien",
        "date": "2024-01-02",
    }


@pytest.mark.parametrize(
    "text", ["---\nunclosed: yes\nBody.", "Body.\n---\nkey: v\n---\n", "--- \n", "---", ""]
)
def test_no_front_matter(text: str) -> None:
    assert front_matter_span(text) is None
    assert body_start(text) == 0
    assert front_matter_fields(text) == {}


def test_front_matter_closed_on_the_last_line_leaves_an_empty_body() -> None:
    text = "---\nkey: v\n---"
    assert body_start(text) == len(text)
    assert front_matter_fields(text) == {"key": "v"}


# ---------------------------------------------------------------- fences and comments


def test_a_fence_with_an_info_string_opens_and_only_a_bare_fence_closes_it() -> None:
    text = "```python title=x\ncode\n``` not a close\nmore\n  ```  \nafter\n"
    assert kinds(text) == [("code", text[: text.index("  ```  ") + len("  ```  ")])]


@pytest.mark.parametrize(
    "text",
    [
        "~~~\ncode\n```\nstill code\n",  # a backtick fence does not close a tilde one
        "````\ncode\n```\nstill code\n",  # nor does a shorter one
        "```\ncode\n    ```\nstill code\n",  # nor one indented four spaces
        "```\ncode\n",
    ],
)
def test_an_unclosed_fence_runs_to_the_end(text: str) -> None:
    assert hidden_blocks(text) == [Block(0, len(text), "code")]


def test_a_longer_fence_of_the_same_marker_closes() -> None:
    text = "~~~\ncode\n~~~~~\nafter"
    assert kinds(text) == [("code", "~~~\ncode\n~~~~~")]


def test_comments_close_at_the_first_end_and_an_unclosed_one_runs_to_the_end() -> None:
    text = "a <!-- one --> b <!-- two\n\n--> c <!-- three\n\nno end"
    assert kinds(text) == [
        ("comment", "<!-- one -->"),
        ("comment", "<!-- two\n\n-->"),
        ("comment", "<!-- three\n\nno end"),
    ]


def test_whichever_opens_first_wins() -> None:
    code = "```\n<!-- in code\n```\nafter"
    assert kinds(code) == [("code", "```\n<!-- in code\n```")]
    comment = "<!--\n```\n-->\nafter"
    assert kinds(comment) == [("comment", "<!--\n```\n-->")]


def test_blocks_are_looked_for_from_the_start_offset() -> None:
    text = "---\nx: <!-- not a comment\n---\nBody. <!-- one -->"
    start = body_start(text)
    assert [(b.kind, text[b.start : b.end]) for b in hidden_blocks(text, start)] == [
        ("comment", "<!-- one -->")
    ]


def test_first_heading_skips_code_and_comments() -> None:
    text = "Intro\n```\n# In code\n```\n<!--\n# In a comment\n-->\n#No space\n# Title ##\n# Later\n"
    assert first_heading(text) == "Title"
    assert first_heading("No heading here.\n## Second level\n") is None
    assert first_heading("~~~\n# Unclosed fence\n") is None


# ---------------------------------------------------------------- every reader agrees

AGREEMENT = {
    "unclosed comment": (
        "Visible one.\n\n<!-- a note\n\nHidden two.\n\nHidden three.\n",
        ["Visible one."],
    ),
    "fence with an info string": (
        'Visible one.\n\n```python title="x"\nHidden two.\n```\n\nVisible three.\n',
        ["Visible one.", "Visible three."],
    ),
    "tilde fence, backtick line does not close it": (
        "Visible one.\n\n~~~\nHidden two.\n```\n\nHidden three.\n",
        ["Visible one."],
    ),
    "front matter": (
        "---\ntitle: Hidden one.\nnote: Hidden two.\n---\nVisible three.\n",
        ["Visible three."],
    ),
    "comment opener inside code": (
        "```html\n<!-- Hidden one.\n```\n\nVisible two.\n",
        ["Visible two."],
    ),
    "fence inside a comment": (
        "<!--\n```\nHidden one.\n-->\n\nVisible two.\n",
        ["Visible two."],
    ),
    "closed comment within a line": (
        "Visible one <!-- Hidden two. --> visible three.\n",
        ["Visible one", "visible three."],
    ),
}


@pytest.mark.parametrize("case", AGREEMENT)
def test_sources_sentences_and_drafts_hide_the_same_text(case: str, tmp_path: Path) -> None:
    text, visible = AGREEMENT[case]
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    [doc] = read_source_file(path)
    assert [s.text for s in split_sentences(doc)] == visible
    assert [s.text for s in split_text(text, start=body_start(text))] == visible
    # A draft masks a comment in place, so the words around it may make one sentence.
    drafted = [s.text for s in draft_sentences(make_draft("d.md", text))]
    assert " ".join(drafted).split() == " ".join(visible).split()


@pytest.mark.parametrize(
    "text",
    [
        f"```md\n{DIRECTIVE}\n```\nClaim.\n",
        f"~~~\n```\n{DIRECTIVE}\nClaim.\n",
        f"<!-- note {DIRECTIVE}\nClaim.\n",
        '<!-- factcheck: ignore reason="never closed"\n\nClaim.\n',
        f"---\nnote: {DIRECTIVE}\n---\nClaim.\n",
    ],
)
def test_a_suppression_in_hidden_text_is_not_read(text: str) -> None:
    assert find_suppressions(make_draft("d.md", text)) == ([], [])


def test_a_suppression_after_hidden_blocks_is_read() -> None:
    text = f"```\n<!--\n```\n<!-- a -->\n{DIRECTIVE}\nClaim.\n"
    [found], problems = find_suppressions(make_draft("d.md", text))
    assert problems == []
    assert (found.start, found.reason, found.scope) == (
        text.index(DIRECTIVE),
        "checked",
        "paragraph",
    )


# ---------------------------------------------------------------- properties

PIECES = st.sampled_from(
    [
        "```",
        "```py",
        "~~~",
        "````",
        "   ```",
        "<!--",
        "-->",
        "<!-- x -->",
        DIRECTIVE,
        "---",
        "...",
        "key: value",
        "# Heading",
        "Claim one.",
        " ",
        "\n",
        "\n\n",
        "\r\n",
    ]
)
MARKDOWN_TEXT = st.one_of(st.text(), st.lists(PIECES, max_size=30).map("".join))
_FENCE_LINE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})", re.MULTILINE)


def inside(blocks: list[Block], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a block."""
    return any(block.start < end and start < block.end for block in blocks)


@settings(max_examples=300, deadline=None)
@given(MARKDOWN_TEXT, st.integers(min_value=0, max_value=80))
def test_blocks_are_ordered_disjoint_and_cover_every_opener(text: str, offset: int) -> None:
    start = min(offset, len(text))
    blocks = hidden_blocks(text, start)
    previous = start
    for block in blocks:
        assert previous <= block.start < block.end <= len(text)
        if block.kind == "comment":
            assert text.startswith("<!--", block.start)
        else:
            assert _FENCE_LINE.match(text, block.start)  # `^`: only at a real line start
        previous = block.end
    for match in re.finditer("<!--", text):
        if match.start() >= start:
            assert inside(blocks, match.start(), match.start() + 1)
    for match in _FENCE_LINE.finditer(text, start):
        assert inside(blocks, match.start(), match.end())


@settings(max_examples=300, deadline=None)
@given(MARKDOWN_TEXT)
def test_front_matter_and_title_never_fail_and_stay_in_the_text(text: str) -> None:
    span = front_matter_span(text)
    if span is not None:
        assert 0 < span[0] <= span[1] <= len(text)
    assert 0 <= body_start(text) <= len(text)
    assert all("\n" not in key + value for key, value in front_matter_fields(text).items())
    heading = first_heading(text, body_start(text))
    assert heading is None or "\n" not in heading


@settings(max_examples=200, deadline=None)
@given(MARKDOWN_TEXT)
def test_no_reader_finds_anything_in_hidden_text(text: str) -> None:
    start = body_start(text)
    blocks = hidden_blocks(text, start)
    for sentence in split_text(text, start=start):
        assert not inside(blocks, sentence.start, sentence.end)
    draft = make_draft("d.md", text)
    start = body_start(draft.text)  # a draft is read normalised: its offsets count there
    blocks = hidden_blocks(draft.text, start)
    assert not draft.prose[:start].strip()
    for block in blocks:
        assert not draft.prose[block.start : block.end].strip()
    assert all(sentence.start >= start for sentence in draft_sentences(draft))
    suppressions = find_suppressions(draft)[0]
    comments = {(b.start, b.end) for b in blocks if b.kind == "comment"}
    assert {(s.start, s.end) for s in suppressions} <= comments
