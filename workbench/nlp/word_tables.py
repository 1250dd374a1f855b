"""The two word tables the rules need, kept on disk in a form that loads in milliseconds.

Building the codebook's keyword index, and running the rules on any new text, needs
simplemma's Bokmål dictionary (lemmas, known words) and wordfreq's Bokmål frequencies
(how informative a word is). Both packages decode their whole table into a Python dict
on first use: together about a second and 100 MB, paid again by every `workbench
suggest`, which is what "a warm call spends a second building the keyword index" was.
Here each table is written once per machine and package version, to the per-user cache
folder beside the fitted cold start (`example_model`), as sorted UTF-8 keys and values
with their offsets; a later process reads the file (20 MB and 5 MB) and looks words up
by binary search. With the tables the keyword index itself builds in about 0.1 s.

Nothing changes in what is looked up: lemmas come from simplemma's own lemmatiser
(`DefaultStrategy`) over the stored dictionary, and a word's Zipf value is wordfreq's
(`zipf_frequency`) for every word the table answers (plain lower-case letters, which
wordfreq's tokenizer leaves as they are); any other word is asked of wordfreq. Tests
compare both with the packages. With a simplemma before 2.0 (its dictionary factories
speak bytes), or when the cache folder cannot be written, the packages are used as before.
"""

from __future__ import annotations

import math
import os
import re
import threading
from array import array
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

LANG = "nb"
#: Changes when the file layout or what is stored changes (old files are then rebuilt).
FORMAT = 1
_MAGIC = b"WBLEMMA1"
_LOCK = threading.Lock()


def cache_folder() -> Path:
    """The per-user cache folder of the workbench (settings.data_dir()'s `cache`; nlp sits
    below settings, so it is not imported)."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "workbench" / "cache"


class SortedMapping(Mapping):
    """A read-only str -> str mapping over sorted UTF-8 keys and their values (binary search)."""

    def __init__(self, data: bytes, key_starts: array, value_starts: array):
        # entry i: key data[key_starts[i]:key_starts[i + 1]], value likewise (one extra start each)
        self._data, self._key_starts, self._value_starts = data, key_starts, value_starts
        self._n = len(key_starts) - 1

    def _find(self, key: str) -> int:
        target = key.encode()
        data, starts = self._data, self._key_starts
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) // 2
            if data[starts[mid]:starts[mid + 1]] < target:
                lo = mid + 1
            else:
                hi = mid
        if lo < self._n and data[starts[lo]:starts[lo + 1]] == target:
            return lo
        return -1

    def get(self, key, default=None):
        i = self._find(key) if isinstance(key, str) else -1
        if i < 0:
            return default
        return self._data[self._value_starts[i]:self._value_starts[i + 1]].decode()

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __iter__(self) -> Iterator[str]:
        data, starts = self._data, self._key_starts
        for i in range(self._n):
            yield data[starts[i]:starts[i + 1]].decode()

    def __len__(self) -> int:
        return self._n


def _encode(mapping: Mapping) -> bytes:
    """The file's bytes for a str -> str mapping: magic, count, then per entry (sorted by
    key) the start of its key and of its value in the file (one start more each, where the
    last one ends), then the keys, then the values (UTF-8)."""
    raw = getattr(mapping, "_dict", None)  # simplemma's mapping keeps UTF-8 bytes: no decoding and encoding again
    if isinstance(raw, dict):
        pairs = sorted(raw.items())  # UTF-8 bytes sort as their strings do
    else:
        pairs = sorted((k.encode(), v.encode()) for k, v in mapping.items())
    n = len(pairs)
    at = len(_MAGIC) + 4 + 2 * 4 * (n + 1)
    key_starts, value_starts = array("I"), array("I")
    for k, _v in pairs:
        key_starts.append(at)
        at += len(k)
    key_starts.append(at)
    for _k, v in pairs:
        value_starts.append(at)
        at += len(v)
    value_starts.append(at)
    if at >= 2 ** 32:
        raise ValueError("dictionary too large for this layout")
    return (_MAGIC + array("I", [n]).tobytes() + key_starts.tobytes() + value_starts.tobytes()
            + b"".join(k for k, _v in pairs) + b"".join(v for _k, v in pairs))


def _decode(data: bytes) -> SortedMapping:
    """The mapping in a file's bytes (checked for its shape, not for its content)."""
    head = len(_MAGIC)
    if not data.startswith(_MAGIC) or len(data) < head + 4:
        raise ValueError("not a lemma dictionary file")
    count = array("I")
    count.frombytes(data[head:head + 4])
    n = count[0]
    key_starts, value_starts = array("I"), array("I")
    at = head + 4
    key_starts.frombytes(data[at:at + 4 * (n + 1)])
    value_starts.frombytes(data[at + 4 * (n + 1):at + 8 * (n + 1)])
    if len(value_starts) != n + 1 or value_starts[-1] != len(data) or key_starts[-1] != value_starts[0]:
        raise ValueError("lemma dictionary file is cut short")
    return SortedMapping(data, key_starts, value_starts)


def _stored(path: Path, build, release=None, child: str | None = None) -> Mapping:
    """The table in `path`, written first from `build()` (a str -> str mapping) when there
    is none or it cannot be read. A cache: when the folder cannot be written, `build()`
    is used as it is (no file, nothing gained, nothing lost). `release()`, when given, is
    called once the file is written, to drop the package's own table from memory.

    `child` (a name in BUILDERS): write the file in a child process first, so the
    package's table (100 MB and more as Python objects, which a process does not give
    back once freed) never enters this one; here when that fails."""
    with _LOCK:
        try:
            return _decode(path.read_bytes())
        except (OSError, ValueError):
            pass
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            writable = os.access(path.parent, os.W_OK)
        except OSError:
            writable = False
        if not writable:
            return build()
        if child is not None and _write_in_child(child, path):
            try:
                return _decode(path.read_bytes())
            except (OSError, ValueError):
                pass
        data = _encode(build())
        _write(path, data)
        if release is not None:
            release()  # about 50 MB each, kept by the package for the process otherwise
        return _decode(data)


def _write(path: Path, data: bytes) -> None:
    """Write a table file whole or not at all (a cache: a failure only costs a rebuild)."""
    try:
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        pass


def _write_in_child(name: str, path: Path) -> bool:
    """Build the table `name` (BUILDERS) and write it to `path` in a child process; True
    when it ran through. The child imports this same package (its folder first on the path)."""
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    code = "import sys; from workbench.nlp.word_tables import write_table; write_table(sys.argv[1], sys.argv[2])"
    try:
        done = subprocess.run([sys.executable, "-c", code, name, str(path)], env=env, capture_output=True,
                              timeout=600, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def write_table(name: str, path: str) -> None:
    """Build the table `name` (BUILDERS) and write it to `path` (what `_write_in_child` runs)."""
    _write(Path(path), _encode(BUILDERS[name]()))


def _lemma_table() -> Mapping:
    """simplemma's Bokmål dictionary (form -> lemma), as the package decodes it."""
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    return DEFAULT_DICTIONARY_FACTORY.get_dictionary(LANG)


def stored_dictionary(folder: Path | None = None) -> Mapping:
    """simplemma's Bokmål dictionary (form -> lemma) from the cache file."""
    from simplemma.__metadata__ import __version__
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    path = (folder or cache_folder()) / f"lemmas-{LANG}-simplemma{__version__}-f{FORMAT}.bin"
    return _stored(path, _lemma_table,
                   getattr(getattr(DEFAULT_DICTIONARY_FACTORY, "_get_dictionary", None), "cache_clear", None),
                   child="lemmas")


class _Factory:
    """A simplemma dictionary factory serving the stored Bokmål dictionary."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder
        self._found: Mapping | None = None

    def get_dictionary(self, lang: str) -> Mapping:
        if lang != LANG:
            from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

            return DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)
        if self._found is None:
            self._found = stored_dictionary(self.folder)
        return self._found


@lru_cache(maxsize=1)
def _tools():
    """(lemmatise, is known) over the stored dictionary, or simplemma's own functions with a
    simplemma before 2.0 (whose dictionary factories speak bytes, not str)."""
    import importlib.metadata

    import simplemma

    try:
        if int(importlib.metadata.version("simplemma").split(".")[0]) < 2:
            raise ImportError("simplemma before 2.0")
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionary_lookup import DictionaryLookupStrategy
        from simplemma.utils import normalize_token
    except ImportError:
        return (lambda word: simplemma.lemmatize(word, lang=LANG)), (lambda word: simplemma.is_known(word, lang=LANG))
    factory = _Factory()
    lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
    lookup = DictionaryLookupStrategy(factory)

    def known(word: str) -> bool:  # simplemma.is_known for one language
        return lookup.get_lemma(normalize_token(word), LANG) is not None

    return (lambda word: lemmatizer.lemmatize(word, LANG)), known


def lemmatize(word: str) -> str:
    """simplemma's Bokmål lemma of a word."""
    return _tools()[0](word)


def is_known(word: str) -> bool:
    """Whether simplemma's Bokmål dictionary knows the word."""
    return _tools()[1](word)


# -- word frequencies ---------------------------------------------------------------

#: Tokens the stored frequency table holds: lower-case letters of the Latin script as
#: Norwegian writes them, and at most one digit at the end (`b2`), which wordfreq's
#: tokenizer keeps as they are (it rewrites only runs of digits).
PLAIN_TOKEN = re.compile(r"[a-zæøåäöüéèàáóòôêç]+[0-9]?")
#: Words the table answers for: such tokens joined by hyphens (`e-post`, which wordfreq
#: splits there and combines as below).
PLAIN_WORD = re.compile(r"[a-zæøåäöüéèàáóòôêç]+[0-9]?(?:-[a-zæøåäöüéèàáóòôêç]+[0-9]?)*")


def _frequency_table() -> dict[str, str]:
    """wordfreq's Bokmål frequencies of the plain tokens (as exact float text)."""
    from wordfreq import get_frequency_dict

    return {word: repr(freq) for word, freq in get_frequency_dict(LANG).items() if PLAIN_TOKEN.fullmatch(word)}


@lru_cache(maxsize=1)
def stored_frequencies(folder: Path | None = None) -> Mapping | None:
    """The frequency table from the cache file (None without wordfreq installed)."""
    import importlib.metadata

    try:
        version = importlib.metadata.version("wordfreq")
    except importlib.metadata.PackageNotFoundError:
        return None
    path = (folder or cache_folder()) / f"wordfreq-{LANG}-{version}-f{FORMAT}.bin"
    return _stored(path, _frequency_table, _release_frequencies, child="frequencies")


def _release_frequencies() -> None:
    from wordfreq import get_frequency_dict

    get_frequency_dict.cache_clear()


#: The tables a child process can build (`_write_in_child`).
BUILDERS = {"lemmas": _lemma_table, "frequencies": _frequency_table}


def plain_zipf(word: str) -> float | None:
    """wordfreq's `zipf_frequency` of a plain lower-case word from the stored table, or
    None when the table cannot answer (another word, or no wordfreq).

    As wordfreq does: the frequencies of the word's parts combine as 1/f = 1/f1 + 1/f2 …,
    a part it does not know makes the word unseen (Zipf 0), the result is rounded to three
    significant digits and then to two decimals on the Zipf scale."""
    if not PLAIN_WORD.fullmatch(word):
        return None
    table = stored_frequencies()
    if table is None:
        return None
    one_over = 0.0
    for token in word.split("-"):
        value = table.get(token)
        if value is None:
            return 0.0
        one_over += 1.0 / float(value)
    freq = 1.0 / one_over
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)
