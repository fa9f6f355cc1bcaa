"""The e-paper source: one date of a paper's e-paper site (index -> pages -> articles) -> one Issue."""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import MISSING, dataclass, fields
from datetime import date
from typing import Any, Union
from urllib.parse import urldefrag, urljoin, urlsplit

import soupsieve
from bs4 import BeautifulSoup, NavigableString

from ingest.decode import canonical_text, content_sha256
from ingest.issue_date import event_date
from ingest.layout import DATELINE, LEAD
from ingest.model import Article, Failure, Issue
from ingest.sources.http import DEFAULT_USER_AGENT, Fetcher, FetchError, NotFound, wire_url

PARSER_VERSION = "epaper-1"
SOURCE_TYPE = "epaper"
# Keys of the same [[sources]] table that the scheduler reads (ingest/config.py, ingest/schedule.py).
SCHEDULER_KEYS = ("type", "cron", "interval_minutes", "lookback_days")
SELECTOR_KEYS = ("page_link_selector", "article_link_selector", "title_selector", "body_selector",
                 "kicker_selector", "subtitle_selector", "author_selector")
NUMBER_KEYS = {"timeout_s": float, "retries": int, "backoff_s": float, "min_interval_s": float}
BLOCK_TAGS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "founder-content")
PAGE_LABEL = re.compile(r"第\s*0*(\d+)\s*版")
CONTINUES_ELSEWHERE = re.compile(r"下转第?\s*[0-9一二三四五六七八九十]+\s*版")
AUTHOR_LABEL = re.compile(r"^作者\s*[:：]\s*")
SPACES = re.compile(r"\s+")
BREAK = "\u2029"  # paragraph boundary marked by _soup (a Unicode paragraph separator, whitespace to _clean)
CJK = "\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026"
# A source line break between two Chinese characters is not a space (CSS segment-break rule).
WRAP_IN_CJK = re.compile(rf"(?<=[{CJK}])[ \t]*[\r\n]+[ \t]*(?=[{CJK}])")


@dataclass(frozen=True)
class EpaperConfig:
    """One paper's e-paper site: where the index of a date is and which elements hold what."""

    name: str
    paper: str
    base: str
    index_template: str  # placeholders: {base} {yyyy} {mm} {dd} {yyyymmdd}
    page_link_selector: str
    article_link_selector: str
    title_selector: str
    body_selector: str
    kicker_selector: str = ""  # empty: the site has no such element
    subtitle_selector: str = ""
    author_selector: str = ""
    encoding: str = "auto"
    timeout_s: float = 15.0
    retries: int = 3
    backoff_s: float = 2.0
    min_interval_s: float = 1.0
    user_agent: str = DEFAULT_USER_AGENT

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EpaperConfig:
        """A config from a TOML table; raises ValueError naming the key that is missing or wrong."""
        label = f"e-paper source {d.get('name', '?')!r}"
        if d.get("type", SOURCE_TYPE) != SOURCE_TYPE:
            raise ValueError(f"{label}: type must be {SOURCE_TYPE!r}, not {d['type']!r}")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known - set(SCHEDULER_KEYS))
        if unknown:
            raise ValueError(f"{label}: unknown key(s) {', '.join(unknown)}")
        required = [f.name for f in fields(cls) if f.default is MISSING]
        missing = [key for key in required if not d.get(key)]
        if missing:
            raise ValueError(f"{label}: missing key(s) {', '.join(missing)}")
        values = {key: d[key] for key in known if key in d}
        for key, value in values.items():
            kind = NUMBER_KEYS.get(key, str)
            values[key] = _number(label, key, value, kind) if kind is not str else _text(label, key, value)
        values["base"] = str(values["base"]).rstrip("/")
        config = cls(**values)
        config._check(label)
        return config

    def index_url(self, day: date) -> str:
        return self.index_template.format(
            base=self.base, yyyy=f"{day.year:04d}", mm=f"{day.month:02d}", dd=f"{day.day:02d}",
            yyyymmdd=day.strftime("%Y%m%d"),
        )

    def _check(self, label: str) -> None:
        try:
            url = self.index_url(date(2000, 1, 2))
        except (KeyError, IndexError, ValueError, AttributeError) as exc:
            raise ValueError(f"{label}: index_template has an unknown placeholder {exc}") from None
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"{label}: index_template must give an http(s) URL, got {url!r}")
        for key in SELECTOR_KEYS:
            selector = getattr(self, key)
            try:
                if selector:
                    soupsieve.compile(selector)
            except soupsieve.SelectorSyntaxError as exc:
                raise ValueError(f"{label}: {key} is not a CSS selector: {str(exc).splitlines()[0]}") from None
        if self.encoding != "auto":
            try:
                codecs.lookup(self.encoding)
            except LookupError:
                raise ValueError(f"{label}: unknown encoding {self.encoding!r}") from None
        if self.timeout_s <= 0 or self.retries < 0 or self.backoff_s < 0 or self.min_interval_s < 0:
            raise ValueError(f"{label}: timeout_s must be > 0; retries, backoff_s, min_interval_s >= 0")


def _number(label: str, key: str, value: Any, kind: type) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int if kind is int else (int, float)):
        raise ValueError(f"{label}: {key} must be {'an integer' if kind is int else 'a number'}, got {value!r}")
    return kind(value)


def _text(label: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{label}: {key} must be a string, got {value!r}")
    return value


@dataclass(frozen=True)
class Fetched:
    """The issue, built from the articles that could be read; `failures` lists pages and articles
    that could not (their URL as `source`)."""

    issue: Issue
    failures: tuple[Failure, ...] = ()


@dataclass(frozen=True)
class NotYet:
    """The site has no issue for this date (yet): the index is 404/410 or redirects to another
    page. Try again later."""

    day: date
    reason: str


@dataclass(frozen=True)
class FetchFailed:
    """The issue could not be read: index unreachable or malformed, or no article readable."""

    day: date
    reason: str


FetchResult = Union[Fetched, NotYet, FetchFailed]


class _Unreadable(Exception):
    """An article page that is not an article; the message is the reason."""


def make_fetcher(config: EpaperConfig) -> Fetcher:
    """A fetcher with the site's politeness settings; share one across dates to keep the rate limit."""
    return Fetcher(timeout_s=config.timeout_s, retries=config.retries, backoff_s=config.backoff_s,
                   min_interval_s=config.min_interval_s, user_agent=config.user_agent)


def fetch_issue(config: EpaperConfig, day: date, fetcher: Fetcher | None = None) -> FetchResult:
    """One date's issue from the e-paper site: Fetched, NotYet (index 404/410 or redirected
    elsewhere) or FetchFailed."""
    fetcher = fetcher or make_fetcher(config)
    index_url = config.index_url(day)
    try:
        index = fetcher.get(index_url)
    except NotFound as exc:
        return NotYet(day, f"index not published yet ({exc}): {index_url}")
    except FetchError as exc:
        return FetchFailed(day, f"index {exc}: {index_url}")
    if urlsplit(index.url).path != urlsplit(wire_url(index_url)).path:
        # Some sites answer an unpublished date by redirecting to the latest issue.
        return NotYet(day, f"index redirects to another page ({index.url}): {index_url}")
    index_html = index.text(config.encoding)
    html_by_url = {index_url: index_html}
    pages = _links(index_html, index_url, config.page_link_selector)
    if not pages:
        return FetchFailed(day, f"no page link matches {config.page_link_selector!r} on the index: {index_url}")
    links, failures = _article_links(config, fetcher, pages, html_by_url)
    articles: list[Article] = []
    for url, page in links:
        try:
            html = _read(fetcher, url, config.encoding, html_by_url)
            articles.append(_article(config, html, day, seq=len(articles) + 1, page=page))
        except (NotFound, FetchError, _Unreadable) as exc:
            failures.append(Failure(url, f"article on page {page}: {exc}"))
    if not articles:
        return FetchFailed(day, _nothing_read(config, len(pages), failures))
    return Fetched(_issue(config, day, index_url, articles), tuple(failures))


def _read(fetcher: Fetcher, url: str, encoding: str, html_by_url: dict[str, str]) -> str:
    # The index is usually page 1 as well: fetch each URL once per issue.
    if url not in html_by_url:
        html_by_url[url] = fetcher.get(url).text(encoding)
    return html_by_url[url]


def _article_links(config: EpaperConfig, fetcher: Fetcher, pages: list[tuple[str, str]],
                   html_by_url: dict[str, str]) -> tuple[list[tuple[str, int]], list[Failure]]:
    """(article URL, page number) in printed order, each article once, and the pages that failed."""
    page_of: dict[str, int] = {}
    failures: list[Failure] = []
    for position, (page_url, page_label) in enumerate(pages, start=1):
        number = _page_number(page_label, position)
        try:
            html = _read(fetcher, page_url, config.encoding, html_by_url)
        except (NotFound, FetchError) as exc:
            failures.append(Failure(page_url, f"page {number}: {exc}"))
            continue
        for url, _ in _links(html, page_url, config.article_link_selector):
            page_of.setdefault(url, number)
    return list(page_of.items()), failures


def _links(html: str, page_url: str, selector: str) -> list[tuple[str, str]]:
    """(absolute URL, link text) of the elements matching `selector`, in document order, once each."""
    found: dict[str, str] = {}
    for element in _soup(html).select(selector):
        href = element.get("href") or next((a["href"] for a in element.find_all("a", href=True)), None)
        if not href:
            continue
        url = urldefrag(urljoin(page_url, href.strip())).url
        if url.startswith(("http://", "https://")):
            found.setdefault(url, _clean(element.get_text()))
    return list(found.items())


def _page_number(label: str, position: int) -> int:
    match = PAGE_LABEL.search(label)
    return int(match.group(1)) if match else position


def _article(config: EpaperConfig, html: str, day: date, *, seq: int, page: int) -> Article:
    soup = _soup(html)
    headline = _field(soup, config.title_selector)
    if not headline:
        raise _Unreadable(f"no title matches {config.title_selector!r}")
    body_element = soup.select_one(config.body_selector)
    paragraphs = _paragraphs(body_element.get_text()) if body_element else []
    if not paragraphs:
        raise _Unreadable(f"no body text matches {config.body_selector!r}")
    body = "\n".join(paragraphs)
    return Article(
        seq=seq, headline=headline, body=body, page=page,
        kicker=_field(soup, config.kicker_selector),
        subtitle=_field(soup, config.subtitle_selector),
        byline=AUTHOR_LABEL.sub("", _field(soup, config.author_selector)),
        continued=bool(CONTINUES_ELSEWHERE.search(body)), event_date=event_date(_opening(paragraphs[0]), day),
    )


def _opening(first_paragraph: str) -> str:
    # As the text parser does: a lead (本报讯, …电) may carry a dispatch date, not the event's.
    match = LEAD.match(first_paragraph) or DATELINE.match(first_paragraph)
    return first_paragraph[match.end():] if match else first_paragraph


def _soup(html: str) -> BeautifulSoup:
    """Parsed page with BREAK at every block boundary and paragraph-ending <br>, so text keeps its
    paragraphs even when tags are left unclosed (html.parser nests an unclosed <p> in the next one)."""
    soup = BeautifulSoup(html, "html.parser")
    for junk in soup.find_all(["script", "style"]):
        junk.decompose()
    for br in soup.find_all("br"):
        br.replace_with(BREAK if _ends_paragraph(br) else "\n")
    for block in soup.find_all(BLOCK_TAGS):
        block.insert_before(BREAK)
        block.append(BREAK)
    return soup


def _ends_paragraph(br) -> bool:
    """A <br> before indentation, another tag or nothing ends a paragraph; before running text it
    only wraps a line (editors break long sentences that way)."""
    following = br.next_sibling
    if not isinstance(following, NavigableString):
        return True
    rest = str(following).lstrip("\r\n")
    return not rest or rest[0].isspace()


def _field(soup: BeautifulSoup, selector: str) -> str:
    element = soup.select_one(selector) if selector else None
    return _clean(WRAP_IN_CJK.sub("", element.get_text())) if element else ""


def _paragraphs(text: str) -> list[str]:
    return [line for line in map(_clean, WRAP_IN_CJK.sub("", text).split(BREAK)) if line]


def _clean(text: str) -> str:
    return SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _issue(config: EpaperConfig, day: date, index_url: str, articles: list[Article]) -> Issue:
    text = canonical_text("\n\n".join(_article_text(a) for a in articles) + "\n")
    return Issue(
        paper=config.paper, issue_date=day, issue_date_inferred=False, source=index_url,
        content_sha256=content_sha256(text), text=text,
        articles=tuple(articles), parser_version=PARSER_VERSION,
    )


def _article_text(article: Article) -> str:
    """The article laid out like an inbox issue file: one line per paragraph, blank lines between."""
    heading = [article.kicker, article.headline, article.subtitle, article.byline]
    return "\n\n".join([line for line in heading if line] + article.body.split("\n"))


def _nothing_read(config: EpaperConfig, page_count: int, failures: list[Failure]) -> str:
    if not failures:
        return f"no article link matches {config.article_link_selector!r} on {page_count} page(s)"
    first = failures[0]
    return f"no article could be read, {len(failures)} failure(s); first: {first.reason}: {first.source}"
