"""Settings come from defaults, the config file, the environment and flags, later winning."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.errors import InputError
from workbench.settings import config_path, load_settings

VARIABLES = ("WORKBENCH_CONFIG", "XDG_CONFIG_HOME", "WORKBENCH_DB", "WORKBENCH_CODER", "WORKBENCH_SPACY_MODEL")


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return monkeypatch


def write_config(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_file_in_xdg_config_home_is_read(clean_env, tmp_path):
    config = write_config(tmp_path / "xdg" / "workbench" / "config.toml",
                          'db = "~/studier/mentor.db"\ncoder = "kari"\nspacy_model = "nb_core_news_sm"\n'
                          '[keys]\nundo = "ctrl+z"\n')
    settings = load_settings()
    assert config_path() == config and settings.config_file == config
    assert settings.db == Path("~/studier/mentor.db").expanduser()
    assert (settings.coder, settings.spacy_model, settings.keys) == ("kari", "nb_core_news_sm", {"undo": "ctrl+z"})


def test_environment_beats_the_config_file_and_flags_beat_both(clean_env, tmp_path):
    write_config(tmp_path / "xdg" / "workbench" / "config.toml", 'db = "fra-fil.db"\ncoder = "kari"\n')
    clean_env.setenv("WORKBENCH_DB", str(tmp_path / "fra-miljo.db"))
    clean_env.setenv("WORKBENCH_CODER", "ola")
    clean_env.setenv("WORKBENCH_SPACY_MODEL", "/modeller/nb")
    settings = load_settings()
    assert (settings.db, settings.coder, settings.spacy_model) == (tmp_path / "fra-miljo.db", "ola", "/modeller/nb")
    flagged = load_settings(db="flagg.db", coder="nadia", spacy_model="annen")
    assert (flagged.db, flagged.coder, flagged.spacy_model) == (Path("flagg.db"), "nadia", "annen")


def test_workbench_config_names_another_file(clean_env, tmp_path):
    other = write_config(tmp_path / "andre" / "team.toml", 'coder = "team"\n')
    clean_env.setenv("WORKBENCH_CONFIG", str(other))
    assert load_settings().coder == "team" and load_settings().config_file == other


def test_no_config_file_leaves_the_defaults(clean_env):
    settings = load_settings()
    assert settings.config_file is None and settings.db == Path("workbench.db") and settings.keys == {}


@pytest.mark.parametrize("text, words", [
    ('coder = "kari\n', "not valid TOML"),
    ('keys = "ctrl+z"\n', "keys"),
])
def test_a_broken_config_file_is_one_error_naming_it(clean_env, tmp_path, text, words):
    config = write_config(tmp_path / "xdg" / "workbench" / "config.toml", text)
    with pytest.raises(InputError) as err:
        load_settings()
    assert str(config) in str(err.value) and words in str(err.value)
