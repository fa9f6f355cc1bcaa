"""Polite HTTP GET for the web sources: rate limit, timeouts, retries with back-off, charset sniffing."""
from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.request
from urllib.parse import quote
from dataclasses import dataclass

DEFAULT_USER_AGENT = "govwatch/0.1 (+district newspaper monitor)"
NOT_FOUND_CODES = (404, 410)
# GB2312 and GBK labels are often wrong in practice (pages carry GBK-only or GB18030 characters);
# GB18030 decodes all of them, so it stands in for both.
GB_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
SNIFF_BYTES = 4096
URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


class NotFound(Exception):
    """The server says the page does not exist (404/410); never retried."""


class FetchError(Exception):
    """The page could not be fetched; the message is a one-line reason."""


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    body: bytes
    charset: str | None  # from the Content-Type header, if the server sent one

    def text(self, encoding: str = "auto") -> str:
        return decode_html(self.body, self.charset, encoding)


class Fetcher:
    """GETs pages one at a time, at most one request per `min_interval_s`.

    Retries (with exponential back-off) on 5xx, 429, timeouts and connection errors; a 404/410
    raises NotFound at once. Not thread-safe: one fetcher serves one sequential crawl.
    """

    def __init__(self, *, timeout_s: float = 15.0, retries: int = 3, backoff_s: float = 2.0,
                 min_interval_s: float = 1.0, user_agent: str = DEFAULT_USER_AGENT):
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s
        self.min_interval_s = min_interval_s
        self.user_agent = user_agent
        self._last_request_at: float | None = None

    def get(self, url: str) -> Response:
        """The page at `url`; raises NotFound or FetchError (after the retries are spent).
        Exception messages are one line and leave the URL to the caller."""
        attempt = 1
        while True:
            try:
                return self._get_once(url)
            except _Retryable as exc:
                if attempt > self.retries:
                    raise FetchError(f"{exc} (after {attempt} attempts)") from None
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
                attempt += 1

    def _get_once(self, url: str) -> Response:
        self._wait_for_turn()
        request = urllib.request.Request(wire_url(url), headers={"User-Agent": self.user_agent, "Accept": "text/html,*/*"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as reply:
                body = reply.read()
                return Response(reply.geturl(), reply.status, body, reply.headers.get_content_charset())
        except urllib.error.HTTPError as exc:
            raise _error_for_status(exc.code) from None
        except urllib.error.URLError as exc:
            raise self._network_error(exc.reason) from None
        except (OSError, http.client.HTTPException) as exc:  # timeouts and resets while reading
            raise self._network_error(exc) from None
        except ValueError as exc:
            raise FetchError(f"invalid URL: {exc}") from None

    def _network_error(self, reason: object) -> Exception:
        if isinstance(reason, TimeoutError):
            return _Retryable(f"timed out after {self.timeout_s:g} s")
        return _Retryable(f"connection failed: {reason}")

    def _wait_for_turn(self) -> None:
        now = time.monotonic()
        if self._last_request_at is not None:
            wait = self._last_request_at + self.min_interval_s - now
            if wait > 0:
                time.sleep(wait)
                now = time.monotonic()
        self._last_request_at = now


class _Retryable(Exception):
    pass


def wire_url(url: str) -> str:
    """`url` as sent: hrefs on these sites may hold spaces or Chinese file names, and http.client
    sends ASCII only. Existing %XX escapes are kept."""
    return quote(url, safe=URL_SAFE)


def _error_for_status(code: int) -> Exception:
    if code in NOT_FOUND_CODES:
        return NotFound(f"HTTP {code}")
    if code >= 500 or code == 429:
        return _Retryable(f"HTTP {code}")
    return FetchError(f"HTTP {code}")


def decode_html(body: bytes, header_charset: str | None, encoding: str = "auto") -> str:
    """Decode a page: with `encoding` if given, else the header charset, then <meta charset>,
    then strict UTF-8, then strict GB18030; the first candidate that decodes cleanly wins."""
    if encoding != "auto":
        return body.decode(_codec(encoding), errors="replace")
    candidates = [header_charset, _meta_charset(body), "utf-8", "gb18030"]
    for label in dict.fromkeys(_codec(c) for c in candidates if c):
        try:
            return body.decode(label)
        except (UnicodeDecodeError, LookupError):
            continue
    # Nothing decodes cleanly: a page with a few broken bytes still has readable articles.
    return body.decode("gb18030", errors="replace")


def _meta_charset(body: bytes) -> str | None:
    match = META_CHARSET.search(body[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str) -> str:
    label = label.strip().lower()
    return GB_SUPERSET.get(label, label)
