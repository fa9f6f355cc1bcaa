"""Work done once per gazetteer object (regexes, dictionary words), not once per article."""
from __future__ import annotations

import threading
from functools import wraps
from typing import Callable, TypeVar

T = TypeVar("T")


def per_gazetteer(build: Callable[[object], T]) -> Callable[[object], T]:
    """Cache `build(gazetteer)` by the gazetteer's identity.

    Gazetteers are large frozen dataclasses: hashing one per article would cost more than the
    lookup saves. The cache holds the gazetteer itself, so its id cannot be reused meanwhile.
    """
    built: dict[int, tuple[object, T]] = {}
    lock = threading.Lock()

    @wraps(build)
    def cached(gazetteer) -> T:
        entry = built.get(id(gazetteer))
        if entry is None or entry[0] is not gazetteer:
            with lock:
                entry = built.get(id(gazetteer))
                if entry is None or entry[0] is not gazetteer:
                    entry = (gazetteer, build(gazetteer))
                    built[id(gazetteer)] = entry
        return entry[1]

    return cached
