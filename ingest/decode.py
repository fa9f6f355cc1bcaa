"""Bytes of an issue file -> text: UTF-8 (BOM or not), UTF-16 with BOM, or GB18030: detected, never guessed.

Each encoding is tried strictly; UTF-8 first, because Chinese text in GB18030 is almost never
valid UTF-8 while ASCII is the same in both. GB18030 accepts nearly any byte sequence, so a
strict decode proves little: the result must also read as Chinese, measured as the share of
characters outside GB2312 (the 6,763 common hanzi and their punctuation), ASCII and common
punctuation. Real issues score under 1 %; Big5 text or random bytes read as GB18030, or
UTF-8 misread as Latin-1 and saved again, score 40 % or more.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from functools import cache

from ingest.errors import IssueError

GARBAGE_SHARE = 0.2
EXTRA_USUAL = "\t\n\r\u3000㎡℃％·" + "".join(chr(c) for c in range(0x2010, 0x2028))
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@cache
def unusual_character() -> re.Pattern[str]:
    """A regex matching one character that ordinary Chinese news text rarely uses."""
    usual = set(EXTRA_USUAL)
    usual.update(chr(c) for c in range(0x20, 0x7F))
    usual.update(chr(c) for c in range(0xFF01, 0xFF5F))
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                usual.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return re.compile("[^" + "".join(re.escape(ch) for ch in sorted(usual)) + "]")


def unusual_share(text: str) -> float:
    """Share of the non-blank characters of `text` that ordinary Chinese news text rarely uses."""
    visible = len(text) - sum(text.count(ch) for ch in " \n\r\t\u3000")
    return len(unusual_character().findall(text)) / visible if visible else 0.0


def canonical_text(text: str) -> str:
    """Text with NFC normalisation and \\n line ends, so copies in any encoding read the same."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def content_sha256(text: str) -> str:
    """The hash that identifies an issue: SHA-256 of its canonical text in UTF-8."""
    return hashlib.sha256(canonical_text(text).encode("utf-8")).hexdigest()


def strict_decode(data: bytes) -> str:
    """`data` decoded by the first encoding that reads it without error."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise IssueError(f"cannot decode as UTF-16 despite its byte-order mark ({error.reason})") from None
    if b"\x00" in data:
        raise IssueError("binary file (NUL bytes)")
    failures = []
    for encoding, label in (("utf-8-sig", "UTF-8"), ("gb18030", "GB18030")):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            failures.append(f"{label} fails at byte {error.start}")
    raise IssueError(f"cannot decode as UTF-8 or GB18030 ({', '.join(failures)})")


def decode_bytes(data: bytes) -> str:
    """The canonical text of an issue file; IssueError for empty, binary, undecodable or garbage input."""
    if not data:
        raise IssueError("empty file")
    text = canonical_text(strict_decode(data))
    if not text.strip():
        raise IssueError("empty file (whitespace only)")
    share = unusual_share(text)
    if share > GARBAGE_SHARE:
        raise IssueError(f"decoded text looks like garbage ({share:.0%} unusual characters)")
    return text
