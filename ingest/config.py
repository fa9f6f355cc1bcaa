"""The service configuration (govwatch.toml): scheduler settings and the sources it reads."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CONFIG = Path("govwatch.toml")
SOURCE_TYPES = ("inbox", "epaper")


@dataclass(frozen=True)
class SourceConfig:
    """One source: its name, type, when it runs (cron or interval) and its own options."""

    name: str
    type: str
    cron: str | None
    interval_minutes: float | None
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ServiceConfig:
    db: str | None = None
    timezone: str = "Asia/Shanghai"
    misfire_grace_seconds: int = 3600
    log_file: str = "data/logs/govwatch.log"
    sources: tuple[SourceConfig, ...] = ()

    def source(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        known = ", ".join(s.name for s in self.sources) or "none"
        raise ValueError(f"no source named {name!r} in the configuration (configured: {known})")


def resolve_config_path(path: str | os.PathLike | None = None) -> Path:
    """--config wins, then GOVWATCH_CONFIG, then govwatch.toml in the working directory."""
    if path:
        return Path(path)
    return Path(os.environ.get("GOVWATCH_CONFIG", DEFAULT_CONFIG))


def load_config(path: str | os.PathLike | None = None) -> ServiceConfig:
    """Read and check the TOML file; a missing file at the default place means no sources."""
    config_path = resolve_config_path(path)
    if not config_path.exists():
        if path:
            raise ValueError(f"configuration file {config_path} does not exist")
        return ServiceConfig()
    with open(config_path, "rb") as fh:
        data = tomllib.load(fh)
    scheduler = data.get("scheduler", {})
    sources = tuple(_source(raw, i) for i, raw in enumerate(data.get("sources", [])))
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise ValueError(f"{config_path}: source names must be unique, got {names}")
    return ServiceConfig(
        db=scheduler.get("db"),
        timezone=scheduler.get("timezone", "Asia/Shanghai"),
        misfire_grace_seconds=int(scheduler.get("misfire_grace_seconds", 3600)),
        log_file=scheduler.get("log_file", "data/logs/govwatch.log"),
        sources=sources,
    )


def _source(raw: dict, index: int) -> SourceConfig:
    name = raw.get("name") or f"source{index + 1}"
    kind = raw.get("type")
    if kind not in SOURCE_TYPES:
        raise ValueError(f"source {name!r}: type must be one of {', '.join(SOURCE_TYPES)}, got {kind!r}")
    cron, interval = raw.get("cron"), raw.get("interval_minutes")
    if (cron is None) == (interval is None):
        raise ValueError(f"source {name!r}: give exactly one of 'cron' or 'interval_minutes'")
    options = {k: v for k, v in raw.items() if k not in ("name", "type", "cron", "interval_minutes")}
    return SourceConfig(name, kind, cron, float(interval) if interval is not None else None, {"name": name, **options})
