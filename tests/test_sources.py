"""Tests for factcheck.sources.read: finding and reading evidence files."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.extract.segment import split_sentences
from factcheck.models import SourceDocument
from factcheck.sources.markdown import body_start
from factcheck.sources.read import (
    bundled_evidence_dir,
    content_hash,
    find_source_files,
    read_source_file,
)

EVIDENCE = Path(__file__).parent.parent / "evidence"
EVIDENCE_FILES = sorted(EVIDENCE.glob("*.txt"))
MANIFEST = {entry["file"]: entry for entry in json.loads((EVIDENCE / "manifest.json").read_text())}


def read_one(path: Path, **kwargs: str) -> SourceDocument:
    """Read a file that holds exactly one document."""
    docs = read_source_file(path, **kwargs)
    assert len(docs) == 1
    return docs[0]


def write(path: Path, content: str | bytes) -> Path:
    """Write text (as UTF-8) or bytes to a file and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# ---------------------------------------------------------------- bundled evidence


def test_bundled_evidence_dir_is_the_checkout_evidence_folder() -> None:
    assert bundled_evidence_dir().resolve() == EVIDENCE.resolve()


def test_find_source_files_lists_the_evidence_without_readme_and_manifest() -> None:
    assert find_source_files([EVIDENCE]) == EVIDENCE_FILES
    assert len(EVIDENCE_FILES) == 5


@pytest.mark.parametrize("path", EVIDENCE_FILES, ids=lambda path: path.stem[:3])
def test_evidence_text_is_byte_identical_and_manifest_metadata_is_applied(path: Path) -> None:
    doc = read_one(path)
    entry = MANIFEST[path.name]
    assert doc.text == path.read_bytes().decode("utf-8")
    assert doc.text.encode("utf-8") == path.read_bytes()
    assert doc.id == f"evidence/{path.name}"
    assert doc.path == str(path)
    assert doc.title == entry["title"]
    for key in ("outlet", "author", "url", "published", "published_note"):
        assert getattr(doc, key) == entry[key]


def test_evidence_metadata_users_rely_on() -> None:
    docs = {
        doc.id.removeprefix("evidence/")[:3]: doc
        for path in EVIDENCE_FILES
        for doc in read_source_file(path)
    }
    assert docs["002"].author == "Vusala Abbasova"
    assert docs["002"].published == "2024-01-20"
    assert docs["003"].published is None
    assert docs["003"].outlet == "The Astana Times"
    assert "2013-12-20" in (docs["003"].published_note or "")
    assert docs["004"].title == "Afghanistan\u2013Kazakhstan relations"


def test_display_path_is_recorded_and_named_in_errors(tmp_path: Path) -> None:
    doc = read_one(EVIDENCE_FILES[0], display_path="evidence/000.txt")
    assert doc.path == "evidence/000.txt"
    empty = write(tmp_path / "empty.txt", "")
    with pytest.raises(InputError, match=re.escape("shown/empty.txt")):
        read_source_file(empty, display_path="shown/empty.txt")


# ---------------------------------------------------------------- content hash


def test_content_hash_is_stable_and_covers_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Title\n\nSome text.")
    first, again = read_one(path), read_one(path)
    assert first.content_hash == again.content_hash
    assert len(first.content_hash) == 64
    assert first.content_hash == content_hash(first.model_dump())
    write(path, "Title\n\nSome other text.")
    assert read_one(path).content_hash != first.content_hash
    write(tmp_path / "manifest.json", json.dumps([{"file": "a.txt", "author": "Someone"}]))
    assert read_one(path).content_hash != first.content_hash


# ---------------------------------------------------------------- finding files


def test_missing_path_is_an_input_error_naming_it() -> None:
    with pytest.raises(InputError) as caught:
        find_source_files(["no-such-folder/"])
    message = str(caught.value)
    assert "'no-such-folder/'" in message
    assert "factcheck index" in message
    assert "\n" not in message


def test_explicit_file_with_unsupported_suffix_is_an_input_error(tmp_path: Path) -> None:
    pdf = write(tmp_path / "paper.pdf", b"%PDF")
    with pytest.raises(InputError, match=re.escape("paper.pdf")):
        find_source_files([pdf])
    with pytest.raises(InputError, match=re.escape("paper.pdf")):
        read_source_file(pdf)


def test_directories_expand_recursively_sorted_skipping_hidden_and_readme(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.html", "sub/d.jsonl", "z.htm", "y.markdown"):
        write(tmp_path / name, "x")
    for name in ("README.md", ".hidden.txt", ".git/e.txt", "notes.pdf", "manifest.json"):
        write(tmp_path / name, "x")
    found = [path.relative_to(tmp_path).as_posix() for path in find_source_files([tmp_path])]
    assert found == ["a.txt", "b.md", "y.markdown", "z.htm", "sub/c.html", "sub/d.jsonl"]


def test_explicit_readme_is_read_and_duplicates_are_listed_once(tmp_path: Path) -> None:
    readme = write(tmp_path / "README.md", "# Notes\n\nEvidence.")
    other = write(tmp_path / "a.txt", "Text.")
    assert find_source_files([readme, tmp_path, other]) == [readme, other]


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "content", "complaint"),
    [
        ("binary.txt", b"abc\x00def", "binary"),
        ("latin1.txt", "café".encode("latin-1"), "UTF-8"),
        ("empty.txt", b"", "empty"),
        ("blank.md", b" \n\t\r\n", "empty"),
        ("scripts.html", b"<script>var a = 1;</script><nav>Menu</nav>", "no readable text"),
        ("broken.html", b"<p>Text</p><![bogus[ x>", "cannot be parsed"),
        ("only-front.md", b"---\ntitle: T\n---\n\n", "no text"),
        ("bad.jsonl", b'{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', "line 2"),
        ("noid.jsonl", b'{"id": 1, "text": "ok"}\n\n{"text": "no id"}\n', "line 3"),
        ("notext.jsonl", b'{"id": 1}\n', "'text'"),
        ("array.jsonl", b"[1, 2]\n", "not a JSON object"),
        ("dupe.jsonl", b'{"id": 1, "text": "a"}\n{"id": "1", "text": "b"}\n', "line 2"),
        ("badtype.jsonl", b'{"id": 1, "text": "a", "title": 5}\n', "'title'"),
        ("surrogate.jsonl", b'{"id": 1, "text": "a \\ud800 b"}\n', "surrogate"),
    ],
)
def test_unusable_files_are_one_line_input_errors_naming_the_file(
    tmp_path: Path, name: str, content: bytes, complaint: str
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(InputError) as caught:
        read_source_file(path)
    message = str(caught.value)
    assert name in message
    assert complaint in message
    assert "\n" not in message
    assert " — " in message  # says what to do


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError, match=re.escape("folder.txt")):
        read_source_file(folder)


# ---------------------------------------------------------------- exact text


def test_bom_is_stripped_and_newlines_and_quotes_kept(tmp_path: Path) -> None:
    text = "Title\r\n\r\n“Quoted”\xa0text.\r\nTabs\there.  \n"
    doc = read_one(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert doc.text == text
    assert doc.title == "Title"


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1))
def test_txt_round_trips_arbitrary_utf8_byte_exactly(text: str) -> None:
    assume(text.strip() and "\x00" not in text and not text.startswith("\ufeff"))
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "doc.txt", text)
        doc = read_one(path)
    assert doc.text == text
    assert doc.id == f"{Path(folder).name}/doc.txt"


# ---------------------------------------------------------------- markdown

FRONT_MATTER_MD = """---
title: "A \\"Quoted\\" Title"
author: Jane Doe # a comment
date: 2024-03-05T10:00:00Z
outlet: 'The Example'
url: https://example.com/a
tags:
  - one
  - two
nested:
  key: value
---
# Heading One

Body text here.
"""


def test_markdown_front_matter_is_read_and_text_is_the_whole_file(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "note.md", FRONT_MATTER_MD))
    assert doc.text == FRONT_MATTER_MD
    assert doc.title == 'A "Quoted" Title'
    assert doc.author == "Jane Doe"
    assert doc.outlet == "The Example"
    assert doc.url == "https://example.com/a"
    assert doc.published == "2024-03-05"
    assert doc.text[body_start(doc) :].startswith("# Heading One")
    assert body_start(doc) == body_start(doc.text)


def test_markdown_title_falls_back_to_first_heading_then_first_line(tmp_path: Path) -> None:
    with_heading = "Intro line\n\n```\n# not a heading\n```\n\n# Real Heading\n\nText.\n"
    assert read_one(write(tmp_path / "a.md", with_heading)).title == "Real Heading"
    assert read_one(write(tmp_path / "b.markdown", "\nFirst line\nSecond.")).title == "First line"


def test_markdown_without_front_matter_has_body_start_zero(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "a.md", "# Title\n\n---\n\nText.\n"))
    assert body_start(doc) == 0
    assert body_start("---\nunclosed: front matter\nText.") == 0


def test_front_matter_is_only_skipped_for_markdown_documents(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "a.txt", "---\ntitle: x\n---\nText."))
    assert body_start(doc) == 0
    assert body_start(doc.text) > 0


def test_non_iso_published_moves_to_the_note(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "a.md", "---\npublished: January 5, 2024\n---\nText."))
    assert doc.published is None
    assert doc.published_note == "published: January 5, 2024"


# ---------------------------------------------------------------- manifest


def test_manifest_overrides_inferred_metadata_but_nulls_do_not_erase(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\nauthor: From Front Matter\n---\n# Inferred\n\nText.")
    entry = {"file": "a.md", "title": "From Manifest", "author": None, "published": "2020-02-02"}
    write(tmp_path / "manifest.json", json.dumps([entry, {"file": "other.txt"}]))
    doc = read_one(tmp_path / "a.md")
    assert doc.title == "From Manifest"
    assert doc.author == "From Front Matter"
    assert doc.published == "2020-02-02"


@pytest.mark.parametrize(
    "manifest",
    ['{"file": "a.txt"}', "[{not json", '[{"title": "no file"}]', '[{"file": "a.txt", "url": 3}]'],
)
def test_malformed_manifest_is_an_input_error_naming_it(tmp_path: Path, manifest: str) -> None:
    write(tmp_path / "a.txt", "Text.")
    write(tmp_path / "manifest.json", manifest)
    with pytest.raises(InputError, match=re.escape("manifest.json")):
        read_source_file(tmp_path / "a.txt")


# ---------------------------------------------------------------- HTML

PAGE = """<!doctype html>
<html><head><title>Page &amp; Title</title>
<meta name="author" content="A. Writer">
<meta property="article:published_time" content="2023-07-01T12:00:00+00:00">
<link rel="canonical" href="https://example.com/story">
<meta property="og:url" content="https://example.com/og">
<meta property="og:site_name" content="Example News">
<script>var secret = "SCRIPT TEXT";</script><style>body { color: red }</style>
</head><body>
<nav>Home | About</nav><header>Site header</header>
<main><article>
<h1>The Headline</h1>
<p>First&nbsp;paragraph   with
   entities &eacute; &lt;ok&gt; &amp; more.</p>
<p>Second <b>bold</b> sentence.<br>Next line.</p>
<ul><li>One</li><li>Two</li></ul>
<script>alert("SCRIPT TEXT")</script>
</article></main>
<aside>Related</aside><footer>Copyright</footer>
</body></html>
"""


def test_html_main_text_is_extracted_without_scripts_or_chrome(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "story.html", PAGE))
    assert doc.text == (
        "The Headline\n\nFirst paragraph with entities é <ok> & more.\n\n"
        "Second bold sentence.\nNext line.\n\nOne\n\nTwo"
    )
    for dropped in ("SCRIPT TEXT", "secret", "Home", "Site header", "Related", "Copyright"):
        assert dropped not in doc.text
    assert doc.title == "Page & Title"
    assert doc.author == "A. Writer"
    assert doc.published == "2023-07-01"
    assert doc.url == "https://example.com/story"
    assert doc.outlet == "Example News"
    assert doc.id == f"{tmp_path.name}/story.html"


def test_each_list_item_and_table_row_of_a_page_is_a_sentence_of_its_own(tmp_path: Path) -> None:
    page = (
        "<html><body><ul><li>April 2031: first false invoice paid, according to the "
        "prosecution</li><li>22 September 2036: an internal audit finds irregular payments; "
        "the director is suspended</li></ul><table><tr><th>Count</th><th>Outcome</th></tr>"
        "<tr><td>1</td><td>Guilty</td></tr></table></body></html>"
    )
    doc = read_one(write(tmp_path / "case.html", page))
    assert [s.text for s in split_sentences(doc)] == [
        "April 2031: first false invoice paid, according to the prosecution",
        "22 September 2036: an internal audit finds irregular payments; the director is suspended",
        "Count Outcome",
        "1 Guilty",
    ]


def test_html_without_article_uses_the_body_and_first_h1_as_title(tmp_path: Path) -> None:
    page = (
        '<html><body><meta name="date" content="2022-05-06"><h1>Main &quot;Title&quot;</h1>'
        "<div>Text one.</div><div>Text two.</div><pre>line 1\nline 2</pre></body></html>"
    )
    doc = read_one(write(tmp_path / "page.htm", page))
    assert doc.title == 'Main "Title"'
    assert doc.published == "2022-05-06"
    assert doc.text == 'Main "Title"\n\nText one.\n\nText two.\n\nline 1\nline 2'


# ---------------------------------------------------------------- JSON lines


def test_jsonl_gives_one_document_per_line_and_ignores_extra_fields(tmp_path: Path) -> None:
    lines = [
        {"id": 7, "text": "First doc.", "title": "T", "sentences": ["First doc."]},
        {"id": "b", "text": "Second doc.", "published": "2021-01-02", "outlet": "O", "url": "u"},
    ]
    content = "\n".join(json.dumps(line) for line in lines) + "\n\n"
    docs = read_source_file(write(tmp_path / "corpus.jsonl", content), display_path="c.jsonl")
    key = f"{tmp_path.name}/corpus.jsonl"
    assert [doc.id for doc in docs] == [f"{key}#7", f"{key}#b"]
    assert [doc.file_line for doc in docs] == [1, 2]
    assert [doc.text for doc in docs] == ["First doc.", "Second doc."]
    assert {doc.path for doc in docs} == {"c.jsonl"}
    assert docs[0].title == "T"
    assert (docs[1].published, docs[1].outlet, docs[1].url) == ("2021-01-02", "O", "u")
    assert docs[0].content_hash != docs[1].content_hash


def test_jsonl_text_may_hold_line_separators(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": "One\u2028two."}, ensure_ascii=False)
    docs = read_source_file(write(tmp_path / "sep.jsonl", line))
    assert [doc.text for doc in docs] == ["One\u2028two."]
