"""Name-swap check: does name recall hold when every person name comes from an independent source?

The leak benchmark (`pseudonym_bench.py`) scores the rules on synthetic halves the team wrote, and
the rules' given-name and surname lists may hold exactly the names those writers chose. This bench
replaces every person name token in the development halves (`BOTH`) by a name that Faker draws
from one Latin-script locale per person (many countries, seeded), rewrites the transcripts and
their `truth.tsv` alike, and scores original and swapped halves with the bench's own `score_half`
for both pipelines. If names recall drops on the swapped texts, the rules lean on their lists.

Mechanics, per transcript with person rows: each title-case word of a person string (hyphenated
ones whole) is a name token; the first of a multi-token string is a given name, the last a
surname, a lone token a given name unless it only ever appears as a surname. Titles (`fru`,
`herr`, `dr.`), initials (`T.`, `G.S.`) and tokens that also occur in a place or organisation
string, or as a lower-case word outside every truth string, e-mail and URL of the file, stay as they are. Every
whole-word occurrence (speaker labels included) takes the new name with the same case pattern and
genitive (`Xs` -> `Ys`, `Y'` after s); inside a truth e-mail's local part or a truth URL the new
name goes in lower-case ASCII, other e-mails and URLs are left alone. Control texts are not touched.

    python benchmarks/name_swap_bench.py [--half both|dev|heldout...] [--seed 0] [--show-misses]
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import random
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

HERE = Path(__file__).resolve().parent

# Latin-script locales whose person provider is their own (checked again at run time: in Faker
# 40.63 fil_PH, en_AU, en_CA, mt_MT, bs_BA and sq_AL fall back to en_US names and are left out;
# Norwegian is `no_NO`).
LOCALES = ("no_NO", "sv_SE", "da_DK", "fi_FI", "is_IS", "et_EE", "lv_LV", "lt_LT", "de_DE", "de_AT",
           "de_CH", "nl_NL", "nl_BE", "fr_FR", "fr_BE", "fr_CA", "es_ES", "es_MX", "es_AR", "es_CO",
           "es_CL", "it_IT", "pt_BR", "pt_PT", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
           "sl_SI", "tr_TR", "uz_UZ", "ga_IE", "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_PK",
           "en_KE", "en_NG", "id_ID", "vi_VN", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "tw_GH", "sw")
TITLES = {"fru", "herr", "frøken", "frk", "frk.", "dr", "dr.", "doktor", "prof", "prof.", "professor",
          "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "madame", "monsieur", "señor", "señora"}
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_APOS = "'’"


class NameSource(Protocol):
    """Where new names come from: `draw(locale, kind, rng)` gives one given name or surname."""

    locales: tuple[str, ...]

    def draw(self, locale: str, kind: str, rng: random.Random) -> str: ...


class FakerNames:
    """Faker's person providers, one `Faker` per locale, reseeded from the caller's generator."""

    def __init__(self, locales: Iterable[str] = LOCALES) -> None:
        import faker

        self.version = faker.VERSION
        self._fakers = {}
        kept = []
        for locale in locales:
            try:
                fake = faker.Faker(locale)
            except AttributeError:
                continue
            provider = type(fake.provider("faker.providers.person")).__module__
            fake.seed_instance(0)
            sample = [fake.first_name() for _ in range(20)] + [fake.last_name() for _ in range(20)]
            if not provider.endswith(locale) or not all(latin(s) for s in sample):
                continue
            self._fakers[locale] = fake
            kept.append(locale)
        self.locales = tuple(kept)

    def draw(self, locale: str, kind: str, rng: random.Random) -> str:
        fake = self._fakers[locale]
        fake.seed_instance(rng.randrange(2 ** 32))
        return str(fake.first_name() if kind == "given" else fake.last_name())


def latin(word: str) -> bool:
    """Letters all Latin (hyphens, apostrophes and spaces allowed)."""
    return all(c in "-'’ " or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in word)


def ascii_fold(word: str) -> str:
    """Lower-case ASCII for an e-mail or URL: ø -> o, æ -> ae, ß -> ss, accents dropped."""
    word = word.lower().replace("æ", "ae").replace("ø", "o").replace("ß", "ss").replace("đ", "d")
    word = word.replace("ł", "l").replace("ı", "i").replace("œ", "oe").replace("þ", "th")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii() and (c.isalnum() or c == "-"))


def whole(word: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", flags)


def genitive(name: str) -> str:
    return name + "'" if name[-1:].lower() in "sxz" else name + "s"


def cased(new: str, old: str) -> str:
    """`new` in `old`'s case pattern: UPPER, lower or as drawn (Title)."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new.lower()
    return new


def split_genitive(token: str, bases: set[str]) -> str | None:
    """The base name when `token` is a genitive of one of `bases` (`Gunnars`, `Lars'`)."""
    if token[-1:] in _APOS and token[:-1] in bases:
        return token[:-1]
    if token.endswith("s") and token[:-1] in bases:
        return token[:-1]
    return None


def plan_file(text: str, items: list[tuple[str, str]], source: NameSource, rng: random.Random
              ) -> tuple[dict[str, str], dict[str, object]]:
    """Name token -> new name for one transcript, and what was left and why."""
    persons = [s for c, s in items if c == "person"]
    elsewhere = [s for c, s in items if c in ("place", "org")]
    truth_spans = [(m.start(), m.end()) for _c, s in items for m in whole(s).finditer(text)]
    truth_spans += [(s, e) for s, e, _listed in address_spans(text, items)]
    # Collect the name tokens and their kinds.
    raw: list[list[str]] = [s.split() for s in persons]
    candidates: set[str] = set()
    for tokens in raw:
        candidates.update(t for t in tokens if _NAME_TOKEN.match(t) and t[0].isupper()
                          and not t.isupper() and t.lower() not in TITLES)
    left: dict[str, str] = {}
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    person_of: dict[str, int] = {}
    for index, tokens in enumerate(raw):
        for token in tokens:
            if token not in candidates:
                continue
            base = split_genitive(token, candidates - {token})
            if base is not None:
                continue
            names = [t for t in tokens if t in candidates]
            if len(names) == 1:
                kinds[token]["lone"] += 1
            elif token == names[0]:
                kinds[token]["given"] += 1
            elif token == names[-1]:
                kinds[token]["surname"] += 1
            else:
                kinds[token]["given"] += 1
            person_of.setdefault(token, index)
    # One locale per person: strings that share a token are one person.
    parent = list(range(len(raw)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for index, tokens in enumerate(raw):
        for token in tokens:
            base = split_genitive(token, set(kinds)) or token
            if base in person_of:
                parent[find(index)] = find(person_of[base])
    roots = sorted({find(i) for i in range(len(raw))})
    locale_of = {root: rng.choice(source.locales) for root in roots}
    taken_words = {w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)}
    mapping: dict[str, str] = {}
    locales_used: Counter[str] = Counter()
    for token in sorted(kinds):
        if any(whole(token, re.IGNORECASE).search(s) for s in elsewhere):
            left[token] = "place_or_org"
            continue
        lower_hits = [m for m in whole(token.lower()).finditer(text)
                      if not any(s <= m.start() and m.end() <= e for s, e in truth_spans)]
        if lower_hits:
            left[token] = "dictionary_word"
            continue
        count = kinds[token]
        kind = "surname" if count["surname"] and not count["given"] else "given"
        locale = locale_of[find(person_of[token])]
        new = None
        for _ in range(200):
            drawn = source.draw(locale, kind, rng).strip()
            if (_NAME_TOKEN.match(drawn) and drawn[0].isupper() and not drawn.isupper() and latin(drawn)
                    and len(drawn) > 1 and drawn.lower() not in taken_words and drawn.lower() not in TITLES
                    and drawn not in mapping.values() and drawn not in kinds):
                new = drawn
                break
        if new is None:
            left[token] = "no_fresh_name"
            continue
        mapping[token] = new
        locales_used[locale] += 1
    # Every other token of the person strings, and why it stays.
    pattern = _pattern(mapping)
    for token in {t.strip(",;:!?()\"") for tokens in raw for t in tokens}:
        if not token or (pattern is not None and pattern.fullmatch(token)):
            continue
        base = split_genitive(token, set(left)) or token
        if base in left:
            left.setdefault(token, left[base])
        elif token.lower() in TITLES or token.lower().rstrip(".") in TITLES:
            left[token] = "title"
        elif re.fullmatch(r"(?:[^\W\d_]\.)+|[^\W\d_]|[^\W\d_]{2,3}", token) and (token.isupper() or "." in token):
            left[token] = "initial"
        elif re.fullmatch(r"[^\W\d_](?:[.-][^\W\d_]){2,}\.?", token) or (len(token) == 1 and token.islower()):
            left[token] = "spelled_out"
        else:
            left[token] = "not_title_case"
    stats: dict[str, object] = {"swapped": len(mapping), "left": dict(Counter(left.values())),
                                "left_tokens": dict(sorted(left.items())), "locales": dict(locales_used)}
    return mapping, stats


def _pattern(mapping: dict[str, str]) -> re.Pattern[str] | None:
    if not mapping:
        return None
    keys = "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({keys})(s|['’](?!\w))?(?!\w)", re.IGNORECASE)


def swap_string(text: str, mapping: dict[str, str], address_spans: list[tuple[int, int, bool]]) -> str:
    """Every whole-word occurrence of a mapped token in `text` swapped.

    `address_spans` are e-mails and URLs as (start, end, listed): inside a listed one the new name
    goes in lower-case ASCII (in an e-mail only before the `@`), inside an unlisted one nothing
    changes."""
    pattern = _pattern(mapping)
    if pattern is None:
        return text
    lookup = {k.lower(): v for k, v in mapping.items()}
    out, last = [], 0
    for m in pattern.finditer(text):
        old, suffix = m.group(1), m.group(2) or ""
        new = lookup[old.lower()]
        inside = next(((s, e, listed) for s, e, listed in address_spans if s <= m.start() < e), None)
        if inside is not None:
            s, e, listed = inside
            at = text.find("@", s, e)
            if not listed or (at != -1 and m.start() > at) or old != old.lower():
                continue
            replacement = ascii_fold(new) + suffix
        elif suffix:
            replacement = cased(genitive(new), old + suffix)
        else:
            replacement = cased(new, old)
        out.append(text[last:m.start()])
        out.append(replacement)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def address_spans(text: str, items: list[tuple[str, str]]) -> list[tuple[int, int, bool]]:
    """E-mails and URLs in `text`: the listed ones (truth `email`/`url` strings) first."""
    spans: list[tuple[int, int, bool]] = []
    for category, string in items:
        if category in ("email", "url") and ("@" in string or "." in string or "/" in string):
            spans += [(m.start(), m.end(), True) for m in whole(string).finditer(text)]
    for regex in (_EMAIL, _URL):
        spans += [(m.start(), m.end(), False) for m in regex.finditer(text)
                  if not any(s <= m.start() < e for s, e, _listed in spans)]
    return spans


def swap_file(text: str, items: list[tuple[str, str]], mapping: dict[str, str]
              ) -> tuple[str, list[tuple[str, str, str]]]:
    """The swapped transcript and its truth rows as (category, new string, original string)."""
    new_text = swap_string(text, mapping, address_spans(text, items))
    rows = []
    for category, string in items:
        spans = address_spans(string, [(category, string)])
        rows.append((category, swap_string(string, mapping, spans), string))
    return new_text, rows


def swap_half(half: Path, out: Path, source: NameSource, seed: int,
              read_truth: Callable[[Path], dict[str, list[tuple[str, str]]]]) -> dict[str, object]:
    """Write `half` swapped into `out` (same layout); return the mapping statistics."""
    out.mkdir(parents=True, exist_ok=True)
    truth = read_truth(half)
    lines = []
    swapped = left = 0
    reasons: Counter[str] = Counter()
    locales: Counter[str] = Counter()
    originals: dict[tuple[str, str, str], str] = {}
    unmatched = []
    for name, items in sorted(truth.items()):
        text = (half / name).read_text(encoding="utf-8")
        if any(c == "person" for c, _s in items):
            rng = random.Random(f"{seed}:{half.name}:{name}")
            mapping, stats = plan_file(text, items, source, rng)
        else:
            mapping, stats = {}, {"swapped": 0, "left": {}, "locales": {}}
        new_text, rows = swap_file(text, items, mapping)
        (out / name).write_text(new_text, encoding="utf-8")
        swapped += int(stats["swapped"])  # type: ignore[call-overload]
        left_counts: dict[str, int] = stats["left"]  # type: ignore[assignment]
        reasons.update(left_counts)
        left += sum(left_counts.values())
        locales.update(stats["locales"])  # type: ignore[arg-type]
        body_text = "".join(line for line in new_text.splitlines(keepends=True) if not line.startswith("# "))
        for category, new, old in rows:
            lines.append(f"{name}\t{category}\t{new}")
            originals[(name, category, new)] = old
            if not whole(new).search(body_text):
                unmatched.append(f"{name}: {category} {new!r} (was {old!r})")
    (out / "truth.tsv").write_text("# file\tcategory\tstring\n" + "\n".join(lines) + "\n", encoding="utf-8")
    for control in half.glob("control_*.txt"):
        (out / control.name).write_bytes(control.read_bytes())
    return {"tokens_swapped": swapped, "tokens_left": left, "left_by_reason": dict(sorted(reasons.items())),
            "locales": dict(sorted(locales.items())), "truth_strings_not_found": unmatched,
            "_originals": originals}


def load_bench():
    spec = importlib.util.spec_from_file_location("pseudonym_bench", HERE / "pseudonym_bench.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def _misses(result: dict) -> list[tuple[str, str, str]]:
    found = []
    for line in result.get("misses", []):
        m = re.match(r"^(.*?): (\w+) (.*)$", line)
        if m:
            found.append((m.group(1), m.group(2), ast.literal_eval(m.group(3))))
    return found


def _add(total: dict, groups: dict) -> None:
    for group, figures in groups.items():
        row = total.setdefault(group, {"caught": 0, "of": 0})
        row["caught"] += figures["caught"]
        row["of"] += figures["of"]


def _rates(total: dict) -> dict:
    return {g: {**r, "recall": round(r["caught"] / r["of"], 4) if r["of"] else None} for g, r in total.items()}


def main(argv: list[str] | None = None) -> int:
    bench = load_bench()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=[*bench.BOTH, "both"], default="both")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--full-model", type=Path, default=bench.DEFAULT_FULL)
    parser.add_argument("--show-misses", action="store_true",
                        help="List the swapped halves' name misses with the original string beside.")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    halves = list(bench.BOTH) if args.half == "both" else [args.half]
    source = FakerNames()
    pipelines = ["offline"] + (["full"] if args.full_model.is_dir() else [])
    out: dict = {"faker_version": source.version, "seed": args.seed, "pipelines": pipelines,
                 "full_model": str(args.full_model), "locales_available": list(source.locales), "halves": {}}
    totals: dict = {kind: {"original": {}, "swapped": {}} for kind in pipelines}
    swap_totals: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    locales: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="name_swap_") as tmp:
        stats = {}
        for half in halves:
            stats[half] = swap_half(bench.DATA / half, Path(tmp) / half, source, args.seed, bench.read_truth)
            swap_totals.update({"tokens_swapped": stats[half]["tokens_swapped"],
                                "tokens_left": stats[half]["tokens_left"]})
            reasons.update(stats[half]["left_by_reason"])
            locales.update(stats[half]["locales"])
            out["halves"][half] = {k: v for k, v in stats[half].items() if not k.startswith("_")}
        for kind in pipelines:
            pseudonymizer = bench.make(kind, args.full_model)
            for half in halves:
                original = bench.score_half(bench.DATA / half, pseudonymizer, True)
                swapped = bench.score_half(Path(tmp) / half, pseudonymizer, True)
                row = {"names_recall": {"original": original["groups"]["names"]["recall"],
                                        "swapped": swapped["groups"]["names"]["recall"]},
                       "groups": {g: {"original": original["groups"][g], "swapped": swapped["groups"][g]}
                                  for g in original["groups"]},
                       "control_false_replacements": swapped["control_false_replacements"],
                       "packed_replacements_outside_truth": {
                           "original": original["packed_replacements_outside_truth"],
                           "swapped": swapped["packed_replacements_outside_truth"]}}
                if args.show_misses:
                    originals = stats[half]["_originals"]
                    missed_before = set(_misses(original))
                    row["swapped_name_misses"] = [
                        {"file": f, "swapped": s, "original": originals.get((f, c, s), s),
                         "original_missed_too": (f, c, originals.get((f, c, s), s)) in missed_before}
                        for f, c, s in _misses(swapped) if c == "person"]
                out["halves"][half][kind] = row
                _add(totals[kind]["original"], original["groups"])
                _add(totals[kind]["swapped"], swapped["groups"])
    out["total"] = {"tokens_swapped": swap_totals["tokens_swapped"], "tokens_left": swap_totals["tokens_left"],
                    "left_by_reason": dict(sorted(reasons.items())), "locales": dict(sorted(locales.items()))}
    for kind in pipelines:
        original, swapped = _rates(totals[kind]["original"]), _rates(totals[kind]["swapped"])
        out["total"][kind] = {"names_recall": {"original": original["names"]["recall"],
                                               "swapped": swapped["names"]["recall"]},
                              "groups": {g: {"original": original[g], "swapped": swapped[g]} for g in original}}
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
