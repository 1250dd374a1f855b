"""Settings: where the project file is, who is coding, which spaCy pipeline, key remaps.

Read from (later wins): built-in defaults, the user's config file
(`$XDG_CONFIG_HOME/workbench/config.toml`, or `$WORKBENCH_CONFIG`), environment
variables (`WORKBENCH_DB`, `WORKBENCH_CODER`, `WORKBENCH_SPACY_MODEL`), command-line flags.
"""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.errors import InputError

REPO_ROOT = Path(__file__).resolve().parents[1]


def config_path() -> Path:
    """The user's config file (it need not exist)."""
    if os.environ.get("WORKBENCH_CONFIG"):
        return Path(os.environ["WORKBENCH_CONFIG"])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "workbench" / "config.toml"


def data_dir() -> Path:
    """Per-user folder for the demo project and other generated files."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "workbench"


def default_coder() -> str:
    """The login name, or "coder" where there is none."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "coder"


@dataclass
class Settings:
    """Everything the CLI and UI need to know besides the project itself."""

    db: Path = field(default_factory=lambda: Path("workbench.db"))
    coder: str = field(default_factory=default_coder)
    spacy_model: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    config_file: Path | None = None


def load_settings(db: str | None = None, coder: str | None = None, spacy_model: str | None = None) -> Settings:
    """Merge defaults, config file, environment and explicit arguments."""
    settings = Settings()
    path = config_path()
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"not valid TOML ({exc})") from None
        settings.config_file = path
        if "db" in data:
            settings.db = Path(str(data["db"])).expanduser()
        if "coder" in data:
            settings.coder = str(data["coder"])
        if "spacy_model" in data:
            settings.spacy_model = str(data["spacy_model"])
        keys = data.get("keys", {})
        if not isinstance(keys, dict):
            raise InputError(str(path), "must be a table of action = \"key\"", field="keys")
        settings.keys = {str(k): str(v) for k, v in keys.items()}
    if os.environ.get("WORKBENCH_DB"):
        settings.db = Path(os.environ["WORKBENCH_DB"])
    if os.environ.get("WORKBENCH_CODER"):
        settings.coder = os.environ["WORKBENCH_CODER"]
    if os.environ.get("WORKBENCH_SPACY_MODEL"):
        settings.spacy_model = os.environ["WORKBENCH_SPACY_MODEL"]
    if db:
        settings.db = Path(db)
    if coder:
        settings.coder = coder
    if spacy_model:
        settings.spacy_model = spacy_model
    return settings
