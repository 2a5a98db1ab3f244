"""Reading the built site: its pages, links and text (stdlib HTML parser only)."""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class ParsedPage:
    path: Path
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)
    headings: list[tuple[int, str, str | None]] = field(default_factory=list)
    text: str = ""
    article_text: str = ""


BLOCKS = {
    "p", "li", "ul", "ol", "dl", "dt", "dd", "div", "section", "article", "aside", "nav",
    "header", "footer", "table", "tr", "td", "th", "blockquote", "pre", "br", "hr", "details",
    "summary", "h1", "h2", "h3", "h4", "h5", "h6", "label", "form", "main",
}  # fmt: skip


class _Parser(HTMLParser):
    def __init__(self, page: ParsedPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self._heading: tuple[int, str | None] | None = None
        self._heading_text: list[str] = []
        self._text: list[str] = []
        self._article_depth = 0
        self._article_text: list[str] = []
        self._skip = 0

    def _break(self, tag: str) -> None:
        if tag in BLOCKS:
            self._text.append(" ")
            if self._article_depth:
                self._article_text.append(" ")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag)
        a = dict(attrs)
        if a.get("id"):
            self.page.ids.add(a["id"] or "")
        if a.get("name") and tag == "a":
            self.page.ids.add(a["name"] or "")
        if tag == "a" and a.get("href") is not None:
            self.page.links.append(a["href"] or "")
        if tag in ("script", "img", "iframe", "source") and a.get("src"):
            self.page.assets.append(a["src"] or "")
        loaded = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}
        if tag == "link" and a.get("href") and loaded & set((a.get("rel") or "").split()):
            self.page.assets.append(a["href"] or "")
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "article":
            self._article_depth += 1
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = (int(tag[1]), a.get("id"))
            self._heading_text = []

    def handle_endtag(self, tag: str) -> None:
        self._break(tag)
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        if self._heading and tag == f"h{self._heading[0]}":
            text = normalise("".join(self._heading_text)).rstrip("¶").strip()
            self.page.headings.append((self._heading[0], text, self._heading[1]))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._text.append(data)
        if self._article_depth:
            self._article_text.append(data)
        if self._heading:
            self._heading_text.append(data)

    def close(self) -> None:
        super().close()
        self.page.text = normalise("".join(self._text))
        self.page.article_text = normalise("".join(self._article_text))


def normalise(text: str) -> str:
    """Collapse whitespace (including no-break spaces) so that phrases can be compared."""
    return re.sub(r"\s+", " ", html.unescape(text).replace("\u00a0", " ")).strip()


def parse(path: Path) -> ParsedPage:
    page = ParsedPage(path=path)
    parser = _Parser(page)
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return page


def content_pages(site: Path) -> dict[str, ParsedPage]:
    """Every HTML page of the site except the 404 and offline pages, keyed by its URL path
    ('deel-1/').

    Parsed once per test process (the session's site does not change): read, never change.
    """
    return dict(_content_pages(site))


@functools.cache
def _content_pages(site: Path) -> dict[str, ParsedPage]:
    pages = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel in ("404.html", "offline.html") or rel.startswith("assets/"):
            continue
        url = rel.removesuffix("index.html")
        pages[url] = parse(path)
    return pages


def page_html(site: Path, url: str) -> str:
    """The HTML of the built page at `url` (its URL path, 'deel-1/')."""
    return (site / url / "index.html").read_text(encoding="utf-8")


def article_html(site: Path, url: str) -> str:
    """The page's <article> element: its content, without navigation and footer."""
    html = page_html(site, url)
    start = html.index("<article")
    return html[start : html.index("</article>", start)]
