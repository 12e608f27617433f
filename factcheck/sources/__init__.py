"""Reading source files into documents: .txt, .md (front matter), .html, .jsonl, alias tables.

Takes paths; gives `SourceDocument` records whose text is the file's text, byte for byte
(HTML: its main text), with what is known of each (title, outlet, date).
"""

from __future__ import annotations

from pathlib import Path


def bundled_evidence_dir() -> Path:
    """The evidence shipped with factcheck: in the wheel, or `evidence/` in a checkout.

    Here, not in `read`: every command's settings name it, and reading sources (HTML parsing
    and all) is only some commands' business.
    """
    import factcheck

    bundled = Path(factcheck.__file__).parent / "bundled_evidence"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "evidence"
