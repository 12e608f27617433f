"""The HTML report: golden output, well formed, and no markup from the data."""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser

from fixtures.golden import check_golden
from fixtures.report import HOSTILE_TEXT, HOSTILE_TITLE, build_report

from factcheck.gate import Gate
from factcheck.models import Verdict
from factcheck.render import html

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "script", "body", "header", "h1", "h2", "p",
    "ul", "ol", "li", "strong", "label", "input", "button", "nav", "a", "main", "section",
    "span", "div", "details", "summary", "mark", "code", "cite", "blockquote",
}  # fmt: skip
VOID = {"meta", "input"}


class Collector(HTMLParser):
    """Tags, attributes, text and script bodies of a document; checks nesting as it goes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (tag, self.open[-5:])
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] == "script":
            self.scripts.append(data)
        elif self.open and self.open[-1] == "style":
            self.styles.append(data)
        else:
            self.text.append(data)


def parse() -> Collector:
    collector = Collector()
    collector.feed(html.render(build_report(), Gate()))
    collector.close()
    assert collector.open == []
    return collector


def test_html_matches_golden() -> None:
    check_golden("report.html", html.render(build_report(), Gate()))


def test_only_known_tags_and_no_event_handlers() -> None:
    collector = parse()
    assert {tag for tag, _ in collector.tags} <= ALLOWED_TAGS
    for _, attrs in collector.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
        assert "style" not in attrs  # inline styles would need the CSP to allow them
    hrefs = [attrs.get("href") or "" for tag, attrs in collector.tags if tag == "a"]
    assert hrefs and all(href.startswith("#file-") for href in hrefs)  # no link leaves the file


def test_the_only_script_is_the_reports_own() -> None:
    collector = parse()
    assert [tag for tag, _ in collector.tags].count("script") == 1
    assert collector.scripts == [html.SCRIPT]
    assert "<script>alert(1)</script>" in "".join(collector.text)
    assert HOSTILE_TEXT in "".join(collector.text)
    assert HOSTILE_TITLE in "".join(collector.text)


def test_policy_admits_exactly_the_inline_style_and_script() -> None:
    collector = parse()
    (policy,) = [
        attrs["content"]
        for tag, attrs in collector.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None and "default-src 'none'" in policy
    for body in (collector.scripts[0], collector.styles[0]):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_each_claim_is_highlighted_by_verdict() -> None:
    collector = parse()
    marks = [attrs["class"] for tag, attrs in collector.tags if tag == "mark"]
    assert marks == [
        f"claim verdict-{verdict.value}"
        for verdict in (
            Verdict.SUPPORTED,
            Verdict.CONTRADICTED,
            Verdict.CONFLICTING,
            Verdict.NOT_ENOUGH_EVIDENCE,
            Verdict.CONTRADICTED,
        )
    ]
    ids = [attrs["id"] for tag, attrs in collector.tags if tag == "details"]
    assert ids == ["r1", "r2", "r3", "r4", "r5"]
