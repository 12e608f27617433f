"""Read evidence files into SourceDocument records; the only module that opens input files.

What a document's `text` is, and so what citations point into:

- `.txt`, `.md`, `.markdown`: the file's text exactly, decoded as strict UTF-8 with a leading BOM
  removed (or as UTF-16/UTF-32 when the file starts with their byte-order mark: see
  `factcheck.sources.text`); newlines, quotes and whitespace are never touched. Markdown front
  matter stays in the text (so line numbers match the file); `factcheck.sources.markdown` says
  where the body begins and which metadata the front matter gives, and finds the first heading
  for the title.
- `.html`, `.htm`: the main text extracted from the page (scripts, navigation and other chrome
  dropped, one block per line, paragraphs separated by a blank line). Citations for HTML point
  into this extracted text, not into the markup.
- `.jsonl`: the `text` field of each line; one document per line, whose `file_line` is the
  line of the file that holds it.

A document's `id` is its file's key (`source_key`: the folder it was found in and its path
inside, such as `corpus/2024/notes.md`), and for a `.jsonl` line the key, `#` and the line's
own id (`corpus/wire.jsonl#a17`): the same from any working directory, on any machine, for
the bundled evidence in a checkout and in an installed wheel.

`content_hash` is the sha256 hex digest of the canonical JSON (sorted keys, ASCII, no spaces) of
every other field of the record: text, id, path, file line and metadata, so any change is a new
hash.

Problems that do not stop a file being read (front matter that is not what it seems, a date
that is not a date) go to the `warn` callback of the readers, naming the file and line.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from factcheck.errors import InputError
from factcheck.models import SourceDocument
from factcheck.sources import bundled_evidence_dir
from factcheck.sources.html import html_fields
from factcheck.sources.jsonl import BadLine, jsonl_records
from factcheck.sources.markdown import (
    MARKDOWN_SUFFIXES,
    body_start,
    first_heading,
    front_matter_fields,
    front_matter_line,
    front_matter_problems,
)
from factcheck.sources.text import decode_text, unreadable

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
METADATA_FIELDS = ("title", "outlet", "author", "url", "published", "published_note")
MANIFEST_NAME = "manifest.json"

BUNDLED_KEY = "evidence"  # the folder name the bundled evidence has in every key
Warn = Callable[[str], None]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WORDY = re.compile(r"\w")


class SourceFile(NamedTuple):
    """A file to read and its key, its identity in a store (`source_key`)."""

    path: Path
    key: str


class Scope(NamedTuple):
    """The keys found under one path given to `list_source_files`: a folder's or a file's."""

    key: str  # the folder's key (its name, "" for the file system's root) or the file's
    folder: bool

    def holds(self, source_id: str) -> bool:
        """Whether a document id is of a file under this path (a .jsonl line included)."""
        if self.folder:
            return not self.key or source_id.startswith(self.key + "/")
        return of_file(source_id, self.key)


def of_file(source_id: str, key: str) -> bool:
    """Whether a document id is the file with this key, or one of its .jsonl lines."""
    return source_id == key or source_id.startswith(key + "#")


def find_source_files(paths: Sequence[Path | str]) -> list[Path]:
    """Expand folders (recursively, sorted) and check files; each file is listed once."""
    return [found.path for found in list_source_files(paths)]


def list_source_files(paths: Sequence[Path | str]) -> list[SourceFile]:
    """The files under `paths` with their keys, each file once (the first way it was found).

    Raises InputError when two different files would have one key, naming both: a store holds
    one source per key, so one would silently replace the other.
    """
    listed: dict[str, SourceFile] = {}
    seen: set[str] = set()
    for raw in paths:
        for found in _files_under(Path(raw), str(raw)):
            real = os.path.realpath(found.path)
            if real in seen:
                continue
            seen.add(real)
            other = listed.setdefault(found.key, found)
            if other is not found:
                raise InputError(
                    f"'{other.path}' and '{found.path}' would both be source '{found.key}' — "
                    "index them into separate stores (--store), or rename one of their folders."
                )
    return list(listed.values())


def _files_under(path: Path, shown: str) -> list[SourceFile]:
    """The supported files a path names, with their keys."""
    if path.is_dir():
        return [SourceFile(found, source_key(found, root=path)) for found in _expand_dir(path)]
    if path.exists():
        _check_suffix(path, shown)
        return [SourceFile(path, source_key(path))]
    raise InputError(
        f"No such file or directory: '{shown}' — check the path, "
        "or run 'factcheck index' with existing files or folders."
    )


def source_key(path: Path, *, root: Path | None = None) -> str:
    """A file's identity in a store, the same from any working directory and on any machine.

    The name of the folder it was found under (`root`; for a file named on its own, the folder
    holding it) and its path inside that folder, '/'-separated: `corpus/2024/notes.md`. Files
    of the bundled evidence are `evidence/...` in a checkout and in an installed wheel alike.
    """
    bundled = _bundled_key(path)
    if bundled is not None:
        return bundled
    base = os.path.abspath(root if root is not None else path.parent)
    inside = Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
    name = os.path.basename(base)
    return f"{name}/{inside}" if name else inside


def scope_of(path: Path) -> Scope:
    """Which keys the files found under `path` (a folder or a file) have."""
    if not path.is_dir():
        return Scope(source_key(path), folder=False)
    bundled = _bundled_key(path)
    if bundled is not None:
        return Scope(bundled.removesuffix("/."), folder=True)
    return Scope(os.path.basename(os.path.abspath(path)), folder=True)


def _bundled_key(path: Path) -> str | None:
    """`evidence/...` for a path inside the bundled evidence folder, else None."""
    real = Path(os.path.realpath(path))
    bundled = _bundled_real()
    if real != bundled and not real.is_relative_to(bundled):
        return None
    return f"{BUNDLED_KEY}/{real.relative_to(bundled).as_posix()}"


@functools.cache
def _bundled_real() -> Path:
    return Path(os.path.realpath(bundled_evidence_dir()))


def _expand_dir(root: Path) -> list[Path]:
    """Supported files under a folder, hidden files and folders and README.md left out."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(folder) / name for name in sorted(files) if _is_listed(name))
    return found


def _is_listed(name: str) -> bool:
    """Whether folder expansion picks up a file: supported, not hidden, not a folder's README."""
    lowered = name.lower()
    return (
        not name.startswith(".")
        and lowered.endswith(SUPPORTED_SUFFIXES)
        and lowered not in ("readme.md", "readme.markdown")
    )


def _check_suffix(path: Path, shown: str) -> str:
    """The file's lower-cased suffix, or an InputError when factcheck cannot read that type."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"Unsupported file type: '{shown}' — give .txt, .md, .markdown, .html, .htm "
            "or .jsonl files."
        )
    return suffix


def read_source_file(
    path: Path,
    *,
    display_path: str | None = None,
    key: str | None = None,
    warn: Warn | None = None,
) -> list[SourceDocument]:
    """Read one evidence file into documents (one per file, one per line for .jsonl).

    `key` is the file's identity (default: `source_key(path)`); `display_path` how citations
    and messages name it (default: the path as given). Any problem raises InputError.
    """
    return list(iter_source_documents(path, display_path=display_path, key=key, warn=warn))


def iter_source_documents(
    path: Path,
    *,
    display_path: str | None = None,
    key: str | None = None,
    warn: Warn | None = None,
    bad_line: BadLine | None = None,
) -> Iterator[SourceDocument]:
    """The documents `read_source_file` gives, one at a time.

    A .jsonl corpus is read line by line, so memory stays bounded however large it is. A bad
    line raises its error when the reader reaches it, or, given `bad_line`, is passed to it and
    skipped, so the other lines are still read.
    """
    path = Path(path)
    shown = display_path if display_path is not None else str(path)
    key = key if key is not None else source_key(path)
    suffix = _check_suffix(path, shown)
    if suffix == ".jsonl":
        yield from _jsonl_documents(path, shown, key, warn=warn, bad_line=bad_line)
        return
    text = _read_text(path, shown)
    if suffix in MARKDOWN_SUFFIXES:
        fields = _markdown_fields(text, shown, warn)
    elif suffix == ".txt":
        fields = {"title": _first_line(text)}
    else:
        fields = html_fields(text, shown)
    fields.update(_manifest_entry(path))
    yield _document({**fields, "id": key, "path": shown, "text": fields.get("text", text)})


def _read_text(path: Path, shown: str) -> str:
    """The file's text (`factcheck.sources.text`); an empty file is an error."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(shown, exc) from exc
    text = decode_text(data, shown)
    if not text.strip():
        raise InputError(f"'{shown}' is empty — add text to it or leave it out.")
    return text


def content_hash(fields: Mapping[str, str | int | None]) -> str:
    """sha256 hex of the canonical JSON of every field except `content_hash`."""
    payload = {key: value for key, value in fields.items() if key != "content_hash"}
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _document(fields: Mapping[str, str | None], *, file_line: int | None = None) -> SourceDocument:
    """A SourceDocument from id, path, text and metadata, dates normalised and hash computed."""
    text = {key: fields.get(key) for key in ("id", "path", "text", *METADATA_FIELDS)}
    text.update(_normalise_published(text.get("published"), text.get("published_note")))
    record: dict[str, str | int | None] = {**text, "file_line": file_line}
    return SourceDocument.model_validate({**record, "content_hash": content_hash(record)})


def _normalise_published(published: str | None, note: str | None) -> dict[str, str | None]:
    """Keep the YYYY-MM-DD part of a date; anything else moves to `published_note`."""
    raw = (published or "").strip()
    day = _iso_day(raw)
    if raw and day is None:
        note = note or f"published: {raw}"
    return {"published": day, "published_note": note}


def _iso_day(text: str) -> str | None:
    """The YYYY-MM-DD a string starts with, when that day exists."""
    match = _ISO_DATE.match(text)
    try:
        return datetime.date.fromisoformat(match.group()).isoformat() if match else None
    except ValueError:
        return None


def _first_line(text: str) -> str | None:
    """The first line with a letter or digit in it, stripped (a `---` rule is no title)."""
    return next((line.strip() for line in text.splitlines() if _WORDY.search(line)), None)


def _markdown_fields(text: str, shown: str, warn: Warn | None) -> dict[str, str | None]:
    """Metadata from front matter, with the title falling back to the first heading or line."""
    start = body_start(text)
    body = text[start:]
    if not body.strip():
        raise InputError(f"'{shown}' has front matter but no text — add the document's text.")
    front = front_matter_fields(text)
    fields: dict[str, str | None] = {key: front.get(key) for key in METADATA_FIELDS}
    date_key = "published" if front.get("published") else "date"
    fields["published"] = front.get(date_key)
    if warn is not None:
        for line, problem in front_matter_problems(text):
            warn(f"'{shown}' line {line}: {problem}")
        where = f"'{shown}' line {front_matter_line(text, date_key)}"
        _check_date(fields["published"], where, date_key, warn)
    heading = first_heading(text, start)
    first = _first_line(body)
    fallback = heading if heading is not None else (first or "").lstrip("#").strip()
    fields["title"] = fields["title"] or fallback or None
    return fields


def _manifest_entry(path: Path) -> dict[str, str]:
    """Non-null metadata the folder's manifest.json gives for this file."""
    manifest = path.parent / MANIFEST_NAME
    try:
        stat = manifest.stat()
    except OSError:
        return {}
    stamp = (stat.st_mtime_ns, stat.st_size)
    return dict(_load_manifest(str(manifest), stamp).get(path.name, {}))


@functools.lru_cache(maxsize=16)
def _load_manifest(manifest: str, stamp: tuple[int, int]) -> dict[str, dict[str, str]]:
    """file name -> metadata of a manifest.json (cached per modification time and size)."""
    fix = f"— fix it (a JSON list of objects with 'file' and {', '.join(METADATA_FIELDS)})."
    try:
        entries = json.loads(Path(manifest).read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError) as exc:  # JSON, UTF-8, depth, long numbers
        raise InputError(f"Cannot read manifest '{manifest}': {exc} {fix}") from exc
    if not isinstance(entries, list):
        raise InputError(f"Manifest '{manifest}' is not a JSON list {fix}")
    return {_manifest_file(entry, manifest, fix): _manifest_fields(entry) for entry in entries}


def _manifest_file(entry: object, manifest: str, fix: str) -> str:
    """The `file` an entry describes, after checking the entry's shape."""
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        raise InputError(f"Manifest '{manifest}' has an entry without a 'file' name {fix}")
    bad = [k for k in METADATA_FIELDS if not isinstance(entry.get(k), (str, type(None)))]
    if bad:
        raise InputError(f"Manifest '{manifest}': '{bad[0]}' of {entry['file']} is not text {fix}")
    name: str = entry["file"]
    return name


def _manifest_fields(entry: dict[str, str | None]) -> dict[str, str]:
    """The metadata an entry sets; nulls are left out so they do not erase what was inferred."""
    return {key: value for key in METADATA_FIELDS if isinstance(value := entry.get(key), str)}


def _check_date(raw: str | None, where: str, key: str, warn: Warn | None) -> None:
    """Warn when a date field is given but is not a YYYY-MM-DD day."""
    if warn is not None and raw and raw.strip() and _iso_day(raw.strip()) is None:
        warn(
            f"{where}: '{key}' is not a date as YYYY-MM-DD ({raw.strip()!r}) — fix it; "
            "until then the source has no date, so the years of its claims are not inferred."
        )


def _jsonl_documents(
    path: Path, shown: str, key: str, *, warn: Warn | None, bad_line: BadLine | None
) -> Iterator[SourceDocument]:
    """A document for each usable line of a .jsonl file (`factcheck.sources.jsonl`)."""
    for number, fields in jsonl_records(path, shown, METADATA_FIELDS, bad_line=bad_line):
        _check_date(fields.get("published"), f"'{shown}' line {number}", "published", warn)
        ident = f"{key}#{fields['id']}"
        yield _document({**fields, "id": ident, "path": shown}, file_line=number)
