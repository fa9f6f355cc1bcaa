"""Sentence and clause splitting with character offsets into `Article.body`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.layout import cells_between, spaced_cell_breaks

# A sentence ends at a terminator (full-width or ASCII) plus any closing quotes or brackets
# that follow it, or at a paragraph break.
_SENTENCE = re.compile(r"[^。！？!?；;…\n]+(?:[。！？!?；;…]+[”’」』）)】\"']*)?|[。！？!?；;…]+")
_CLAUSE_BREAK = re.compile(r"[,，;；:：。！？!?\n]")
_SPACE = " \t\r\u3000"
_CELL = re.compile(r"[｜|]")
_FIELD = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,8})(?<!如下)(?<!如次)[:：](?![\s“\"])")  # not 安排如下:
_MIN_CELLS = 2
_CLOSED = ("。", "！", "？", "!", "?")
_SHORT_VALUE = 20  # 计划投资:860万元。, 受益群众:约3200人。: a field printed with a full stop


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


def split_sentences(body: str) -> tuple[Sentence, ...]:
    """Sentences of `body`, trimmed of surrounding spaces; body[start:end] == text."""
    sentences = []
    paragraph = 0
    position = 0
    for match in _SENTENCE.finditer(body):
        paragraph += body.count("\n", position, match.start())
        position = match.start()
        start, end = _trim(body, match.start(), match.end())
        if start < end:
            sentences.append(Sentence(body[start:end], start, end, paragraph))
    return tuple(sentences)


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in _SPACE:
        start += 1
    while end > start and body[end - 1] in _SPACE:
        end -= 1
    return start, end


def clauses(text: str) -> list[str]:
    """The non-empty comma-delimited clauses of `text`, in order."""
    return [clause for clause in _CLAUSE_BREAK.split(text) if clause]


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end (offsets into `text`) of the comma-delimited clause around `position`."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, position):
        start = match.end()
    following = _CLAUSE_BREAK.search(text, position)
    return start, following.start() if following else len(text)


def table_cells(text: str) -> list[str]:
    """The cells of a table's row printed as a line (名称｜地点｜投资, or with runs of spaces between
    them), or [] for a line of prose."""
    cells = cells_between(text, _cell_breaks(text))
    return cells if len(cells) > _MIN_CELLS else []


def cell_at(text: str, position: int) -> int:
    """Which cell of a table's row `position` is in (0 for the first)."""
    return sum(match.start() < position for match in _cell_breaks(text))


def _cell_breaks(text: str) -> list[re.Match[str]]:
    return list(_CELL.finditer(text)) or spaced_cell_breaks(text)


def field_of(text: str) -> tuple[str, str] | None:
    """(label, value) of a listed item's field printed as a line (计划投资:1850万元), else None."""
    match = _FIELD.match(text)
    value = text[match.end():].rstrip().rstrip("”’\"") if match else ""
    if match is None or value.endswith(_CLOSED) and (len(value) > _SHORT_VALUE or any(c in value[:-1] for c in _CLOSED)):
        return None  # a long closed value: 镇文化站站长:下一步将…。, 童卫东:最大的变化是…。: a speaker's words, not a field
    return match["label"], text[match.end():]
