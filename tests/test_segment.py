"""Tests for factcheck.extract.segment: sentences with exact spans, lines, columns, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.extract.segment import split_sentences, split_text
from factcheck.models import Sentence, SourceDocument
from factcheck.sources.read import read_source_file

EVIDENCE = Path(__file__).parent.parent / "evidence"
EVIDENCE_FILES = sorted(EVIDENCE.glob("*.txt"))


def check_spans(text: str, sentences: list[Sentence], *, start: int = 0) -> None:
    """Assert every invariant citations rely on."""
    previous_end, previous_paragraph = start, 0
    for index, sentence in enumerate(sentences):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        assert sentence.index == index
        assert sentence.paragraph in (previous_paragraph, previous_paragraph + 1)
        assert sentence.line == text.count("\n", 0, sentence.start) + 1
        assert sentence.column == sentence.start - (text.rfind("\n", 0, sentence.start) + 1) + 1
        previous_end, previous_paragraph = sentence.end, sentence.paragraph
    if sentences:
        assert sentences[0].paragraph == 0


def texts(text: str) -> list[str]:
    """The sentence texts of a string."""
    return [sentence.text for sentence in split_text(text)]


def evidence(prefix: str) -> SourceDocument:
    """The bundled evidence document whose id starts with `prefix`."""
    (path,) = [path for path in EVIDENCE_FILES if path.name.startswith(prefix)]
    return read_source_file(path)[0]


def sentence_containing(doc: SourceDocument, fragment: str) -> Sentence:
    """The one sentence of a document that contains `fragment`."""
    found = [sentence for sentence in split_sentences(doc) if fragment in sentence.text]
    assert len(found) == 1, [sentence.text for sentence in found]
    return found[0]


# ---------------------------------------------------------------- bundled evidence


@pytest.mark.parametrize("path", EVIDENCE_FILES, ids=lambda path: path.stem[:3])
def test_every_evidence_sentence_slices_back(path: Path) -> None:
    doc = read_source_file(path)[0]
    sentences = split_sentences(doc)
    assert len(sentences) > 10
    check_spans(doc.text, sentences)
    assert {sentence.source_id for sentence in sentences} == {doc.id}


@pytest.mark.parametrize("path", EVIDENCE_FILES, ids=lambda path: path.stem[:3])
def test_evidence_has_one_paragraph_per_line(path: Path) -> None:
    sentences = split_sentences(read_source_file(path)[0])
    paragraph_of_line: dict[int, int] = {}
    for sentence in sentences:
        assert paragraph_of_line.setdefault(sentence.line, sentence.paragraph) == sentence.paragraph
    paragraphs = list(paragraph_of_line.values())
    assert paragraphs == list(range(len(paragraphs)))


def test_un_initialism_inside_a_sentence_does_not_split() -> None:
    expected = (
        "In the ongoing chaos, it is easy to forget that the U.N. already has a mission in "
        "Afghanistan, the U.N. Assistance Mission in Afghanistan (UNAMA), which has temporarily "
        "relocated some staff to Kazakhstan to continue its operations."
    )
    assert sentence_containing(evidence("000"), "ongoing chaos").text == expected


def test_month_abbreviation_before_a_day_does_not_split() -> None:
    sentence = sentence_containing(evidence("003"), "on Dec. 20")
    expected = (
        "ASTANA \u2013 At the joint session of the Parliament of Kazakhstan on Dec. 20, members"
    )
    assert expected in sentence.text
    assert sentence.text.endswith("Cote d\u2019Ivoire and Liberia.")


def test_decimal_amount_and_footnote_stay_in_one_sentence() -> None:
    sentence = sentence_containing(evidence("004"), "$336.7")
    expected = "Trade turnover between the two countries amounted to $336.7 million in 2014.[5]"
    assert sentence.text == expected
    assert (sentence.line, sentence.column) == (10, 1)


def test_line_and_column_point_into_the_file() -> None:
    doc = evidence("004")
    sentence = sentence_containing(doc, "Afghanistan opened an embassy")
    line_text = doc.text.split("\n")[6]
    assert sentence.line == 7
    assert sentence.column == line_text.index("Afghanistan opened") + 1 == 58
    assert sentence.text.endswith("opened one in Kabul in 2003.[2]")


def test_sentences_on_one_line_share_a_paragraph() -> None:
    doc = evidence("002")
    contingent = sentence_containing(doc, "This contingent will serve")
    scheduled = [s for s in split_sentences(doc) if s.text.startswith("The deployment is sched")]
    assert [s.line for s in scheduled] == [11, 25]
    assert scheduled[1].paragraph == contingent.paragraph
    assert scheduled[0].paragraph < contingent.paragraph
    assert scheduled[1].index == contingent.index + 1


def test_heading_like_lines_are_their_own_sentences() -> None:
    doc = evidence("000")
    first = split_sentences(doc)[:10]
    assert [s.text for s in first[:3]] == [
        "Crossroads Asia",
        "UN Mission to Afghanistan Relocates to Kazakhstan",
        "Recent Features",
    ]
    credit = [s for s in first if s.text == "Credit: Pixabay"]
    assert [(s.line, s.column) for s in credit] == [(14, 1)]
    table = [s.text for s in split_sentences(evidence("004"))[:4]]
    assert table == ["Afghanistan |", "Kazakhstan |", texts_of_line(evidence("004"), 4), "History"]


def texts_of_line(doc: SourceDocument, line: int) -> str:
    """The text of a 1-based line of a document."""
    return doc.text.split("\n")[line - 1]


def test_reference_list_lines_drop_their_markers() -> None:
    references = [s for s in split_sentences(evidence("004")) if s.line >= 16]
    assert references
    first_per_line = {s.line: s for s in reversed(references)}
    assert len(first_per_line) == 12
    assert {s.column for s in first_per_line.values()} == {5}
    assert not any(s.text.startswith(("-", "^")) for s in references)


# ---------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four.", ["One.", "Two!", "Three?", "Four."]),
        ("Dr. Smith met Mr. Jones. Then", ["Dr. Smith met Mr. Jones.", "Then"]),
        ("J. Smith came. He left.", ["J. Smith came.", "He left."]),
        ("See the U.S. Army base.", ["See the U.S. Army base."]),
        ("It joined the U.N. The vote was close.", ["It joined the U.N.", "The vote was close."]),
        ("It joined the U.N.  Members voted.", ["It joined the U.N.", "Members voted."]),
        ("It joined the U.N.\nMembers voted.", ["It joined the U.N.", "Members voted."]),
        ("At 5 p.m. Monday, e.g. today.", ["At 5 p.m. Monday, e.g. today."]),
        ("Acme Inc. Ltd. and Co. No. 5 won.", ["Acme Inc. Ltd. and Co. No. 5 won."]),
        ("On Sept. 11 and Jan. 3 it rained.", ["On Sept. 11 and Jan. 3 it rained."]),
        ("It cost $336.7 million. Then 2.5%.", ["It cost $336.7 million.", "Then 2.5%."]),
        ("He said “Why?” and left.", ["He said “Why?” and left."]),
        ("“Wait… then what?” he said.", ["“Wait… then what?” he said."]),
        ("“Stop.” She left.", ["“Stop.”", "She left."]),
        ("Done.[9] Next one.", ["Done.[9]", "Next one."]),
        ("Done.”[3][4] “Next.”", ["Done.”[3][4]", "“Next.”"]),
        ("In 2014. 2015 was next.", ["In 2014.", "2015 was next."]),
        ("Lower. case start. Fine", ["Lower. case start.", "Fine"]),
        ("Ends.\xa0Next\u00a0one.", ["Ends.", "Next\u00a0one."]),
        ("Казахстан. Астана \u041c. Тәтімов.", ["Казахстан.", "Астана \u041c. Тәтімов."]),
        ("---|\n***\n===", []),
        ("", []),
        ("   \n\t\n", []),
    ],
)
def test_sentence_rules(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
    check_spans(text, split_text(text))


def test_blank_line_ends_sentence_and_paragraph() -> None:
    sentences = split_text("No full stop here\n\nNext paragraph")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("No full stop here", 0),
        ("Next paragraph", 1),
    ]


def test_wrapped_prose_is_one_paragraph_and_does_not_split_mid_sentence() -> None:
    text = (
        "This paragraph is wrapped the way Markdown files usually are, at about\n"
        "eighty columns. The second sentence ends exactly at the end of a line.\n"
        "The third sentence starts a line but stays in the paragraph.\n"
        "\n"
        "Another paragraph."
    )
    sentences = split_text(text)
    assert [s.text.split()[:2] for s in sentences] == [
        ["This", "paragraph"],
        ["The", "second"],
        ["The", "third"],
        ["Another", "paragraph."],
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 0, 1]
    assert "\n" in sentences[0].text


def test_one_paragraph_per_line_text() -> None:
    sentences = split_text("First line. Same line.\nSecond line.\nHeading\nThird line.")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("First line.", 0),
        ("Same line.", 0),
        ("Second line.", 1),
        ("Heading", 2),
        ("Third line.", 3),
    ]


def test_short_unpunctuated_line_before_lowercase_is_wrapped() -> None:
    assert texts("The meeting in\nalmaty went well.") == ["The meeting in\nalmaty went well."]
    assert texts("Credit: Pixabay\nThe photo.") == ["Credit: Pixabay", "The photo."]
    assert texts("He said:\nThe end.") == ["He said:\nThe end."]


def test_markdown_headings_lists_code_and_comments() -> None:
    text = (
        "# Title #\n"
        "Intro sentence.\n"
        "\n"
        "- first item. Still first\n"
        "  wrapped on.\n"
        "* second item\n"
        "12. numbered item\n"
        "- ^ reference item\n"
        "\n"
        "```python\n"
        "code = 1. This is code.\n"
        "```\n"
        "Before <!-- a hidden. Comment. --> after.\n"
        "<!--\nmulti. Line.\n-->\n"
        "~~~\nunclosed fence. Swallows the rest.\n"
    )
    sentences = split_text(text)
    check_spans(text, sentences)
    assert [s.text for s in sentences] == [
        "Title",
        "Intro sentence.",
        "first item.",
        "Still first\n  wrapped on.",
        "second item",
        "numbered item",
        "reference item",
        "Before",
        "after.",
    ]
    assert [(s.line, s.column) for s in sentences[:3]] == [(1, 3), (2, 1), (4, 3)]
    assert [s.paragraph for s in sentences] == [0, 1, 2, 2, 3, 4, 5, 6, 7]


def test_markdown_front_matter_is_skipped_and_lines_match_the_file(tmp_path: Path) -> None:
    content = "---\ntitle: Note. With dots\nauthor: Someone\n---\n# Heading\n\nFirst. Second.\n"
    path = tmp_path / "note.md"
    path.write_text(content, encoding="utf-8")
    sentences = split_sentences(read_source_file(path)[0])
    check_spans(content, sentences)
    assert [(s.text, s.line, s.column) for s in sentences] == [
        ("Heading", 5, 3),
        ("First.", 7, 1),
        ("Second.", 7, 8),
    ]
    assert split_text(content)[0].text == "title: Note."  # split_text does not skip it


def test_front_matter_is_kept_for_text_files() -> None:
    doc = SourceDocument(id="t", path="t.txt", content_hash="x", text="---\nkey: v\n---\nBody.")
    assert [(s.text, s.line) for s in split_sentences(doc)] == [("key: v", 2), ("Body.", 4)]


def test_crlf_text_keeps_offsets() -> None:
    text = "Title\r\n\r\nOne sentence. Two sentence.\r\nThree.\r\n"
    sentences = split_text(text, source_id="crlf")
    check_spans(text, sentences)
    assert [s.text for s in sentences] == ["Title", "One sentence.", "Two sentence.", "Three."]
    assert {s.source_id for s in sentences} == {"crlf"}


def test_start_offset_skips_a_prefix() -> None:
    text = "Skipped. Also skipped.\nKept one. Kept two."
    start = text.index("Kept")
    sentences = split_text(text, start=start)
    check_spans(text, sentences, start=start)
    assert [(s.text, s.line, s.column) for s in sentences] == [
        ("Kept one.", 2, 1),
        ("Kept two.", 2, 11),
    ]
    assert split_text(text, start=10_000) == []
    assert split_text(text, start=-5)[0].text == "Skipped."


# ---------------------------------------------------------------- properties

PIECES = st.sampled_from(
    [
        "The U.N. said so.",
        "Dr. Smith arrived",
        " on Dec. 20",
        "$336.7 million",
        " e.g. this",
        "“Quoted… text.”",
        "[9]",
        "Heading",
        "\n",
        "\n\n",
        "\r\n",
        "\xa0",
        "  ",
        ". ",
        "? ",
        "! ",
        "\u2019",
        "# ",
        "- ^ ",
        "* ",
        "1. ",
        "```",
        "<!-- ",
        " -->",
        "---|",
        "J. Smith",
        "lowercase words",
        "Казахстан.",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_split_text_never_fails_and_spans_hold_on_any_text(text: str) -> None:
    check_spans(text, split_text(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_spans_hold_on_sentence_like_text(text: str) -> None:
    check_spans(text, split_text(text))


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(min_value=-3, max_value=60))
def test_spans_hold_from_any_start(text: str, start: int) -> None:
    sentences = split_text(text, start=start)
    check_spans(text, sentences, start=max(0, min(start, len(text))))


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_every_word_outside_markup_is_kept(text: str) -> None:
    assume(not any(marker in text for marker in ("```", "<!--")))
    covered = "".join(s.text for s in split_text(text))
    for word in ("U.N.", "Smith", "336.7", "Heading", "Казахстан"):
        assert text.count(word) == covered.count(word)
