"""Keeping failed inputs aside, with their reason, for a person to look at."""
from __future__ import annotations

import shutil
from pathlib import Path


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/stem.N.suffix` if that is taken: nothing is ever overwritten."""
    target = folder / name
    n = 1
    while target.exists():
        stem, dot, suffix = name.partition(".")
        target = folder / f"{stem}.{n}{dot}{suffix}"
        n += 1
    return target


def keep_aside(path: Path, reason: str, folder: Path, *, move: bool = False) -> Path | None:
    """Copy (or move) a failed file into `folder` and write `<name>.reason.txt` beside it."""
    if not path.is_file():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(folder, path.name)
    if move:
        shutil.move(str(path), target)
    else:
        shutil.copy2(path, target)
    target.with_name(target.name + ".reason.txt").write_text(f"{path}: {reason}\n", encoding="utf-8")
    return target
