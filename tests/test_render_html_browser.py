"""The HTML report in a real headless Chromium, driven over the Chrome DevTools Protocol.

Checks what only a browser can: the highlights are styled by verdict, a real mouse click on a
claim reveals its citation, and markup from a source shows as text without running. Skipped
when no Chromium is installed (Debian: `apt-get install -y chromium chromium-driver`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fixtures.report import HOSTILE_TEXT, HOSTILE_TITLE, build_report

from factcheck.gate import Gate
from factcheck.render import html

websocket = pytest.importorskip("websocket", reason="websocket-client is not installed")

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)
TIMEOUT = 30.0
# Computed backgrounds of the highlights, as html.STYLE sets them.
BACKGROUNDS = {
    "contradicted": "rgb(251, 213, 213)",
    "conflicting": "rgb(255, 227, 176)",
    "not_enough_evidence": "rgb(226, 231, 239)",
    "supported": "rgb(211, 240, 216)",
}


def find_chromium() -> str | None:
    """$FACTCHECK_CHROMIUM, else the first Chromium or Chrome on PATH."""
    configured = os.environ.get("FACTCHECK_CHROMIUM")
    if configured:
        return shutil.which(configured)
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


class DevTools:
    """A minimal CDP client for one page: commands by id, events kept as they arrive."""

    def __init__(self, url: str) -> None:
        self.socket = websocket.create_connection(url, timeout=TIMEOUT, suppress_origin=True)
        self.last_id = 0
        self.events: list[dict[str, Any]] = []

    def close(self) -> None:
        self.socket.close()

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command and return its result, keeping events that arrive meanwhile."""
        self.last_id += 1
        self.socket.send(json.dumps({"id": self.last_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.last_id:
                assert "error" not in message, (method, message["error"])
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str) -> dict[str, Any]:
        """The first event named `method`, waiting for it if it has not come yet."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            for event in self.events:
                opened = event.get("method") == "Page.javascriptDialogOpening"
                assert not opened, f"the page opened a dialog: {event['params']}"
                if event.get("method") == method:
                    return event
            assert time.monotonic() < deadline, f"no {method} event"
            self.events.append(json.loads(self.socket.recv()))

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        reply = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in reply, reply["exceptionDetails"]
        return reply["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click, through the browser's input pipeline, on the element's middle."""
        point = self.evaluate(
            f"""(() => {{
              const el = document.querySelector({json.dumps(selector)});
              el.scrollIntoView({{block: "center"}});
              const box = el.getClientRects()[0];
              const x = box.left + box.width / 2, y = box.top + box.height / 2;
              const hit = document.elementFromPoint(x, y);
              return {{x, y, hits: el === hit || el.contains(hit)}};
            }})()"""
        )
        assert point["hits"], f"{selector} is covered at its middle"
        for kind, buttons in (("mouseMoved", 0), ("mousePressed", 1), ("mouseReleased", 0)):
            self.call(
                "Input.dispatchMouseEvent",
                type=kind,
                x=point["x"],
                y=point["y"],
                button="none" if kind == "mouseMoved" else "left",
                buttons=buttons,
                clickCount=0 if kind == "mouseMoved" else 1,
            )


def devtools_port(profile: Path, process: subprocess.Popen[bytes]) -> int:
    """The port Chromium chose, from the DevToolsActivePort file it writes in its profile."""
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + TIMEOUT
    while not marker.exists() or not marker.read_text().strip():
        assert process.poll() is None, "Chromium exited at start-up"
        assert time.monotonic() < deadline, "Chromium opened no DevTools port"
        time.sleep(0.05)
    return int(marker.read_text().split()[0])


@pytest.fixture
def page(tmp_path: Path) -> Iterator[DevTools]:
    """The shared report, written to a file and loaded in headless Chromium."""
    binary = find_chromium()
    if binary is None:
        pytest.skip("no Chromium found (apt-get install -y chromium chromium-driver)")
    report = tmp_path / "report.html"
    report.write_text(html.render(build_report(), Gate()), encoding="utf-8")
    profile = tmp_path / "profile"
    command = [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    devtools: DevTools | None = None
    try:
        port = devtools_port(profile, process)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT) as r:
            targets = json.load(r)
        target = next(t for t in targets if t["type"] == "page")
        devtools = DevTools(target["webSocketDebuggerUrl"])
        devtools.call("Page.enable")
        devtools.call("Runtime.enable")
        devtools.call("Log.enable")
        devtools.call("Page.navigate", url=report.as_uri())
        devtools.wait_for("Page.loadEventFired")
        yield devtools
    finally:
        if devtools is not None:
            devtools.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def visible(page: DevTools, selector: str) -> bool:
    """Whether the element is rendered (a closed `<details>` hides its content)."""
    return bool(page.evaluate(f"document.querySelector({json.dumps(selector)}).checkVisibility()"))


def test_highlights_carry_verdict_classes_and_colours(page: DevTools) -> None:
    marks = page.evaluate(
        """Array.from(document.querySelectorAll("mark.claim")).map(m => [
             m.className, getComputedStyle(m).backgroundColor])"""
    )
    verdicts = ["supported", "contradicted", "conflicting", "not_enough_evidence", "contradicted"]
    assert marks == [[f"claim verdict-{v}", BACKGROUNDS[v]] for v in verdicts]
    # The script ran (the policy admits it): it shows the verdict filters.
    assert page.evaluate('document.querySelector(".controls").hidden') is False


def test_click_on_a_claim_reveals_its_citation(page: DevTools) -> None:
    citation = "#r2 .citation"
    assert not visible(page, citation)
    page.click("#r2 mark.claim")
    assert page.evaluate('document.querySelector("#r2").open') is True
    assert visible(page, citation)
    text = page.evaluate(f"document.querySelector({json.dumps(citation)}).innerText")
    assert "consisting of 139 military personnel" in text
    assert "evidence/002_6dc53c71c62add71.txt:23 [1494:1687]" in text
    page.click("#r2 mark.claim")
    assert not visible(page, citation)


def test_source_markup_shows_as_text_and_does_not_run(page: DevTools) -> None:
    page.click("#r5 mark.claim")
    quote = page.evaluate('document.querySelector("#r5 blockquote").textContent')
    assert quote == HOSTILE_TEXT
    assert "<script>alert(1)</script>" in page.evaluate(
        'document.querySelector("#r5 blockquote").innerText'
    )
    cite = page.evaluate('document.querySelector("#r5 cite").textContent')
    assert cite == HOSTILE_TITLE
    assert page.evaluate("document.title") == html.TITLE
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate('document.querySelectorAll("#r5 b, #r5 img, main script").length') == 0
    methods = {event.get("method") for event in page.events}
    assert "Page.javascriptDialogOpening" not in methods  # alert(1) never ran
    blocked = [e for e in page.events if e.get("method") == "Log.entryAdded"]
    assert not [e for e in blocked if "Content Security Policy" in e["params"]["entry"]["text"]]


def test_verdict_filter_hides_claims(page: DevTools) -> None:
    page.click('input[data-verdict="contradicted"]')
    assert not visible(page, "#r2 mark.claim")
    assert visible(page, "#r1 mark.claim")
