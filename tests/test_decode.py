"""Decoding issue files: every encoding we accept gives the same text and hash; bad bytes say why."""
from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from ingest.decode import GARBAGE_SHARE, content_sha256, decode_bytes, unusual_share
from ingest.errors import IssueError

SEED = Path(__file__).parent / "cases" / "parse" / "seed_000.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def random_gbk_pairs(count: int) -> bytes:
    """Valid GB18030 two-byte sequences chosen at random: decodes cleanly, means nothing."""
    rng = random.Random(42)
    trails = [b for b in range(0x40, 0xFF) if b != 0x7F]
    return b"".join(bytes((rng.randrange(0x81, 0xFF), rng.choice(trails))) for _ in range(count))


def mojibake(text: str) -> bytes:
    """UTF-8 text once misread as Latin-1 and saved again as UTF-8: valid UTF-8, unreadable."""
    return text.encode("utf-8").decode("latin-1").encode("utf-8")


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.encode("gb18030"),
    lambda t: t.encode("gbk"),
    lambda t: t.encode("utf-16"),
    lambda t: t.replace("\n", "\r\n").encode("gb18030"),
], ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom", "gb18030-crlf"])
def test_every_accepted_encoding_gives_the_same_text_and_hash(encode):
    text = decode_bytes(encode(SEED_TEXT))
    assert text == SEED_TEXT
    assert content_sha256(text) == content_sha256(SEED_TEXT)


def test_text_is_nfc_normalised_so_equal_texts_hash_equal():
    composed, decomposed = "示例:café 咖啡馆开业。", "示例:cafe\u0301 咖啡馆开业。"
    assert decode_bytes(decomposed.encode("utf-8")) == composed
    assert content_sha256(decomposed) == content_sha256(composed)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b" \r\n\t\n", "empty file (whitespace only)"),
    ("\u3000\n\u3000".encode("gb18030"), "empty file (whitespace only)"),
    (SEED_TEXT[:200].encode("utf-8") + b"\x00\x01\x02", "binary file (NUL bytes)"),
    (b"abc\x80\xff def", "cannot decode as UTF-8 or GB18030 (UTF-8 fails at byte 3, GB18030 fails at byte 3)"),
    (SEED_TEXT.encode("utf-8")[:-1] + b"\xff", None),  # one bad byte at the end is still a failure
], ids=["empty", "whitespace", "fullwidth-space", "nul", "undecodable", "bad-last-byte"])
def test_bad_bytes_give_a_precise_reason(data, reason):
    with pytest.raises(IssueError) as raised:
        decode_bytes(data)
    if reason:
        assert str(raised.value) == reason
    else:
        assert str(raised.value).startswith("cannot decode as UTF-8 or GB18030")


@pytest.mark.parametrize("data, share", [
    (SEED_TEXT.encode("big5", errors="replace"), "42%"),
    (random_gbk_pairs(400), "68%"),
    (mojibake(SEED_TEXT), "86%"),
], ids=["big5-read-as-gb18030", "random-gbk-pairs", "utf8-mojibake"])
def test_bytes_that_decode_to_garbage_are_refused(data, share):
    with pytest.raises(IssueError) as raised:
        decode_bytes(data)
    assert str(raised.value) == f"decoded text looks like garbage ({share} unusual characters)"


def test_the_garbage_threshold_sits_far_from_real_text():
    assert unusual_share(SEED_TEXT) < 0.01 < GARBAGE_SHARE < 0.5
    # Rare characters in names and units are tolerated: 1 in 20 leaves a wide margin.
    assert unusual_share("示例:记者张珺、李㛃报道,面积约170㎡。" * 3) < GARBAGE_SHARE
