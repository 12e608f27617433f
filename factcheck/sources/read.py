"""Read evidence files into SourceDocument records; the only module that opens input files.

What a document's `text` is, and so what citations point into:

- `.txt`, `.md`, `.markdown`: the file's text exactly, decoded as strict UTF-8 with a leading BOM
  removed; newlines, quotes and whitespace are never touched. Markdown front matter stays in the
  text (so line numbers match the file); `factcheck.sources.markdown` says where the body
  begins and which metadata the front matter gives, and finds the first heading for the title.
- `.html`, `.htm`: the main text extracted from the page (scripts, navigation and other chrome
  dropped, one block per line, paragraphs separated by a blank line). Citations for HTML point
  into this extracted text, not into the markup.
- `.jsonl`: the `text` field of each line; one document per line.

`content_hash` is the sha256 hex digest of the canonical JSON (sorted keys, ASCII, no spaces) of
every other field of the record: text, id, path and metadata, so any change is a new hash.
"""

from __future__ import annotations

import codecs
import datetime
import functools
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from factcheck.errors import InputError
from factcheck.models import SourceDocument
from factcheck.sources.html import html_fields
from factcheck.sources.jsonl import json_object
from factcheck.sources.markdown import (
    MARKDOWN_SUFFIXES,
    body_start,
    first_heading,
    front_matter_fields,
)

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
METADATA_FIELDS = ("title", "outlet", "author", "url", "published", "published_note")
MANIFEST_NAME = "manifest.json"

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def find_source_files(paths: Sequence[Path | str]) -> list[Path]:
    """Expand folders (recursively, sorted) and check files; each file is listed once."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_expand_dir(path))
        elif path.exists():
            _check_suffix(path, str(raw))
            found.append(path)
        else:
            raise InputError(
                f"No such file or directory: '{raw}' — check the path, "
                "or run 'factcheck index' with existing files or folders."
            )
    return list(dict.fromkeys(found))


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


def bundled_evidence_dir() -> Path:
    """The evidence shipped with factcheck: in the wheel, or `evidence/` in a checkout."""
    import factcheck

    bundled = Path(factcheck.__file__).parent / "bundled_evidence"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "evidence"


def read_source_file(path: Path, *, display_path: str | None = None) -> list[SourceDocument]:
    """Read one evidence file into documents (one per file, one per line for .jsonl)."""
    path = Path(path)
    shown = display_path if display_path is not None else str(path)
    suffix = _check_suffix(path, shown)
    text = _read_text(path, shown)
    if suffix == ".jsonl":
        return _jsonl_documents(text, shown)
    if suffix in MARKDOWN_SUFFIXES:
        fields = _markdown_fields(text, shown)
    elif suffix == ".txt":
        fields = {"title": _first_line(text)}
    else:
        fields = html_fields(text, shown)
    fields.update(_manifest_entry(path))
    return [_document({**fields, "id": path.stem, "path": shown, "text": fields.get("text", text)})]


def iter_source_documents(
    path: Path, *, display_path: str | None = None
) -> Iterator[SourceDocument]:
    """The documents `read_source_file` gives, one at a time.

    A .jsonl corpus is read line by line, so memory stays bounded however large it is; a bad
    line raises its error when the reader reaches it.
    """
    path = Path(path)
    shown = display_path if display_path is not None else str(path)
    if _check_suffix(path, shown) != ".jsonl":
        yield from read_source_file(path, display_path=shown)
        return
    yield from _jsonl_stream(_jsonl_lines(path, shown), shown)


def _read_text(path: Path, shown: str) -> str:
    """The file's text: bytes decoded as strict UTF-8, a BOM removed, newlines untouched."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(shown, exc) from exc
    if b"\x00" in data:
        raise InputError(_BINARY_MESSAGE.format(shown=shown))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(_not_utf8_message(shown, exc.start)) from exc
    if not text.strip():
        raise InputError(f"'{shown}' is empty — add text to it or leave it out.")
    return text


_BINARY_MESSAGE = (
    "'{shown}' looks like a binary file (it contains NUL bytes) — "
    "give a UTF-8 text, Markdown, HTML or JSONL file."
)


def _unreadable(shown: str, exc: OSError) -> InputError:
    reason = exc.strerror or type(exc).__name__
    return InputError(f"Cannot read '{shown}': {reason} — check that it is a readable file.")


def _not_utf8_message(shown: str, offset: int) -> str:
    return f"'{shown}' is not UTF-8 text (invalid byte at offset {offset}) — re-save it as UTF-8."


def content_hash(fields: Mapping[str, str | None]) -> str:
    """sha256 hex of the canonical JSON of every field except `content_hash`."""
    payload = {key: value for key, value in fields.items() if key != "content_hash"}
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _document(fields: Mapping[str, str | None]) -> SourceDocument:
    """A SourceDocument from id, path, text and metadata, dates normalised and hash computed."""
    record = {key: fields.get(key) for key in ("id", "path", "text", *METADATA_FIELDS)}
    record.update(_normalise_published(record.get("published"), record.get("published_note")))
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
    """The first non-empty line, stripped."""
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def _markdown_fields(text: str, shown: str) -> dict[str, str | None]:
    """Metadata from front matter, with the title falling back to the first heading or line."""
    start = body_start(text)
    body = text[start:]
    if not body.strip():
        raise InputError(f"'{shown}' has front matter but no text — add the document's text.")
    front = front_matter_fields(text)
    fields: dict[str, str | None] = {key: front.get(key) for key in METADATA_FIELDS}
    fields["published"] = front.get("published") or front.get("date")
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
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
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


def _jsonl_documents(text: str, shown: str) -> list[SourceDocument]:
    """One document per non-empty line of a .jsonl file; ids must be present and unique."""
    return list(_jsonl_stream(enumerate(text.split("\n"), start=1), shown))


def _jsonl_stream(lines: Iterable[tuple[int, str]], shown: str) -> Iterator[SourceDocument]:
    """A document for each non-empty (line number, line); ids must be present and unique."""
    seen: dict[str, int] = {}
    for number, line in lines:
        if not line.strip():
            continue
        fields = _jsonl_fields(line, number, shown)
        if fields["id"] in seen:
            raise InputError(
                f"'{shown}' line {number}: id '{fields['id']}' is already used on line "
                f"{seen[fields['id']]} — give every line a unique 'id'."
            )
        seen[str(fields["id"])] = number
        yield _document({**fields, "path": shown})


def _jsonl_lines(path: Path, shown: str) -> Iterator[tuple[int, str]]:
    """(number, text) of each line of a JSONL file, checked as `_read_text` checks a file."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _unreadable(shown, exc) from exc
    offset, anything = 0, False
    with handle:
        for number, raw in enumerate(handle, start=1):
            line = _decode_line(raw, offset, shown)
            anything = anything or bool(line.strip())
            offset += len(raw)
            yield number, line
    if not anything:
        raise InputError(f"'{shown}' is empty — add text to it or leave it out.")


def _decode_line(raw: bytes, offset: int, shown: str) -> str:
    """One line of bytes as strict UTF-8, a BOM at the start of the file removed."""
    if offset == 0 and raw.startswith(codecs.BOM_UTF8):
        raw, offset = raw[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    if b"\x00" in raw:
        raise InputError(_BINARY_MESSAGE.format(shown=shown))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(_not_utf8_message(shown, offset + exc.start)) from exc


def _jsonl_fields(line: str, number: int, shown: str) -> dict[str, str | None]:
    """id, text and metadata of one JSONL line; extra fields are ignored."""
    where = f"'{shown}' line {number}"
    obj = json_object(line, where=where)
    ident = obj.get("id")
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or not str(ident).strip():
        raise InputError(f"{where} has no 'id' — give each line an 'id' (a string or integer).")
    if not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise InputError(f"{where} has no 'text' — give each line a non-empty 'text' string.")
    fields = {"id": str(ident), "text": obj["text"]}
    for key in METADATA_FIELDS:
        if not isinstance(obj.get(key), (str, type(None))):
            raise InputError(f"{where}: '{key}' must be a string — fix or remove it.")
        fields[key] = obj.get(key)
    if not all(_encodable(value) for value in fields.values()):
        raise InputError(f"{where} contains an invalid \\u escape (a lone surrogate) — fix it.")
    return fields


def _encodable(value: str | None) -> bool:
    """Whether a string can be written as UTF-8 (JSON escapes can smuggle in lone surrogates)."""
    try:
        (value or "").encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
