"""Reading source files into documents: .txt, .md (front matter), .html, .jsonl, alias tables.

Takes paths; gives `SourceDocument` records whose text is the file's text, byte for byte
(HTML: its main text), with what is known of each (title, outlet, date).
"""
