"""Settings for `verify` and `baseline`: flags, then $FACTCHECK_STORE, then a file, then defaults.

The configuration file is the nearest `.factcheck.toml` (settings as top-level keys) or
`pyproject.toml` with a `[tool.factcheck]` table, looking in the working directory and then in
each folder above it; in one folder `.factcheck.toml` wins. Paths in the file are relative to
its folder, and so are the include/exclude globs. Nothing here prints or writes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Literal

from pydantic import ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import InputError
from factcheck.gate import BLOCKING_VERDICTS, parse_fail_on, verdict_name
from factcheck.index.paths import STORE_ENV, bundled_store_path, project_store_path
from factcheck.models import Alias, Record, Verdict
from factcheck.sources import bundled_evidence_dir
from factcheck.workers import default_jobs

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

DOT_FILE = ".factcheck.toml"
# Who judges: the rules with dense retrieval and the entailment model beside them (the
# default: docs/model.md), or the rules alone.
JudgeName = Literal["rules", "combined"]
PYPROJECT = "pyproject.toml"


class FileSettings(Record):
    """What a configuration file may set; a key left out falls back to the default."""

    model_config = ConfigDict(alias_generator=lambda name: name.replace("_", "-"))

    sources: tuple[str, ...] | None = None
    store: str | None = None
    baseline: str | None = None
    fail_on: tuple[Verdict, ...] | None = Field(default=None, min_length=1)
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    aliases: dict[str, str] | None = None
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    judge: JudgeName | None = None
    jobs: int | None = Field(default=None, ge=1)

    @field_validator("fail_on", mode="before")
    @classmethod
    def _verdict_names(cls, value: Any) -> Any:
        """Accept a list or one comma-separated string, `not-enough-evidence` and capitals,
        as the --fail-on flag does."""
        if isinstance(value, str):
            value = [name for name in value.split(",") if name.strip()]
        if isinstance(value, list):
            return [verdict_name(v) if isinstance(v, str) else v for v in value]
        return value


KEYS = tuple(str(field.alias) for field in FileSettings.model_fields.values())


class ConfigFile(Record):
    """A configuration file found, and its settings."""

    path: Path
    settings: FileSettings


class Flags(Record):
    """The settings given on the command line; None where a flag was not given."""

    store: Path | None = None
    fail_on: str | None = None
    baseline: Path | None = None
    judge: JudgeName | None = None
    jobs: int | None = None


class Origin(Record):
    """Where a setting's value came from."""

    kind: Literal["flag", "env", "file", "default"]
    name: str = ""  # the flag, the variable or the file

    def __str__(self) -> str:
        return (
            f"{self.kind} {self.name}" if self.kind in ("flag", "env") else self.name or "default"
        )


DEFAULT = Origin(kind="default")


class Settings(Record):
    """The effective settings of a run, and where each one came from (`origins`, by key)."""

    file: Path | None
    root: Path = Field(description="where include/exclude globs are anchored")
    sources: tuple[Path, ...]
    store: Path
    baseline: Path | None
    fail_on: frozenset[Verdict]
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    aliases: dict[str, str]
    min_confidence: float
    judge: JudgeName
    jobs: int = Field(ge=1, description="processes judging a run's sentences")
    origins: dict[str, Origin]

    def user_aliases(self) -> list[Alias]:
        """The configured alias table as alias records."""
        return [
            Alias(alias=alias, canonical=canonical, origin="user")
            for alias, canonical in sorted(self.aliases.items())
        ]

    def wanted(self, path: Path) -> bool:
        """Whether a draft found in a folder passes the include and exclude globs."""
        return is_wanted(path, include=self.include, exclude=self.exclude, root=self.root)


def load_settings(flags: Flags, *, cwd: Path, env: Mapping[str, str]) -> Settings:
    """The effective settings: flags, then the environment, then the nearest file, then defaults."""
    return resolve_settings(find_config(cwd), flags, cwd=cwd, env=env)


def find_config(start: Path) -> ConfigFile | None:
    """The nearest configuration file at or above `start` that has factcheck settings."""
    for folder in [start, *start.parents]:
        for name in (DOT_FILE, PYPROJECT):
            path = folder / name
            if path.is_file():
                found = read_config(path)
                if found is not None:
                    return found
    return None


def read_config(path: Path) -> ConfigFile | None:
    """A file's settings; None for a pyproject.toml without a [tool.factcheck] table."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"Cannot read the configuration file '{path}': {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(
            f"The configuration file '{path}' is not valid TOML ({error}) — fix or remove it."
        ) from None
    if path.name != PYPROJECT:
        return ConfigFile(path=path, settings=parse_settings(data, path, where=str(path)))
    table = data.get("tool", {}).get("factcheck")
    if table is None:
        return None
    where = f"[tool.factcheck] of {path}"
    if not isinstance(table, dict):
        raise InputError(f'{where} must be a table of settings, e.g. store = "news.db".')
    return ConfigFile(path=path, settings=parse_settings(table, path, where=where))


def parse_settings(table: dict[str, Any], path: Path, *, where: str) -> FileSettings:
    """Validated settings; an unknown key or a bad value is a one-line InputError naming both."""
    try:
        return FileSettings.model_validate(table)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(part for part in first["loc"] if isinstance(part, str))
        if first["type"] == "extra_forbidden":
            raise InputError(
                f"Unknown key '{key}' in {where} — the keys are {', '.join(KEYS)}."
            ) from None
        raise InputError(f"Bad value for '{key}' in {where}: {first['msg']}.") from None


def resolve_settings(
    config: ConfigFile | None, flags: Flags, *, cwd: Path, env: Mapping[str, str]
) -> Settings:
    """Each setting from the first place that gives it: flag, environment, file, default."""
    file = config.settings if config else FileSettings()
    here = config.path.parent if config else cwd
    found = Origin(kind="file", name=str(config.path)) if config else DEFAULT
    chosen: dict[str, tuple[Origin, Any]] = {}
    chosen["sources"] = _first(
        (found, _under(here, file.sources)), (DEFAULT, (bundled_evidence_dir(),))
    )
    chosen["store"] = _first(
        (Origin(kind="flag", name="--store"), flags.store),
        (Origin(kind="env", name=STORE_ENV), _env_path(env)),
        (found, _under(here, file.store)),
        (DEFAULT, _default_store(chosen["sources"])),
    )
    chosen["baseline"] = _first(
        (Origin(kind="flag", name="--baseline"), flags.baseline),
        (found, _under(here, file.baseline)),
    )
    chosen["fail-on"] = _first(
        (Origin(kind="flag", name="--fail-on"), _verdicts(flags.fail_on)),
        (found, file.fail_on and frozenset(file.fail_on)),
        (DEFAULT, BLOCKING_VERDICTS),
    )
    chosen["include"] = _first((found, file.include), (DEFAULT, ()))
    chosen["exclude"] = _first((found, file.exclude), (DEFAULT, ()))
    chosen["aliases"] = _first((found, file.aliases), (DEFAULT, {}))
    chosen["min-confidence"] = _first((found, file.min_confidence), (DEFAULT, 0.0))
    chosen["judge"] = _first(
        (Origin(kind="flag", name="--judge"), flags.judge),
        (found, file.judge),
        (DEFAULT, "combined"),
    )
    chosen["jobs"] = _first(
        (Origin(kind="flag", name="--jobs"), flags.jobs),
        (found, file.jobs),
        (DEFAULT, default_jobs(os.cpu_count())),
    )
    values = {key.replace("-", "_"): value for key, (_, value) in chosen.items()}
    origins = {key: origin for key, (origin, _) in chosen.items()}
    path = config.path if config else None
    return Settings(file=path, root=here, origins=origins, **values)


def _first(*choices: tuple[Origin, Any]) -> tuple[Origin, Any]:
    """The first choice that has a value; (default, None) when none has."""
    return next((choice for choice in choices if choice[1] is not None), (DEFAULT, None))


def _under(folder: Path, value: str | Sequence[str] | None) -> Any:
    """A path, or paths, from a configuration file, relative to the file's folder."""
    if value is None:
        return None
    if isinstance(value, str):
        return folder / Path(value).expanduser()
    return tuple(folder / Path(item).expanduser() for item in value)


def _verdicts(flag: str | None) -> frozenset[Verdict] | None:
    return None if flag is None else parse_fail_on(flag)


def _env_path(env: Mapping[str, str]) -> Path | None:
    value = env.get(STORE_ENV)
    return Path(value).expanduser() if value else None


def _default_store(sources: tuple[Origin, tuple[Path, ...]]) -> Path:
    """The bundled store, or a store of their own for configured sources."""
    origin, paths = sources
    return bundled_store_path() if origin == DEFAULT else project_store_path(paths)


def is_wanted(path: Path, *, include: Sequence[str], exclude: Sequence[str], root: Path) -> bool:
    """Whether a draft path passes the globs, matched against its path relative to `root`.

    `*` matches across folders; a pattern without `/` is also matched against the file name.
    With no include globs every draft is included.
    """
    relative = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()
    matches = _matcher(relative)
    return (not include or any(map(matches, include))) and not any(map(matches, exclude))


def _matcher(relative: str) -> Callable[[str], bool]:
    name = relative.rsplit("/", 1)[-1]
    return lambda pattern: (
        fnmatchcase(relative, pattern) or ("/" not in pattern and fnmatchcase(name, pattern))
    )
