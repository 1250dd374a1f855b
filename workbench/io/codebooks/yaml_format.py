"""The codebook as a YAML file that researchers write and review by hand.

A codebook is edited in a text editor by people who are not programmers, so every
mistake must come back as one line naming the file, the line and the field (never a
traceback). The file is therefore composed into YAML nodes, which carry line numbers, and
checked node by node before any `Code` is built.

Format: a mapping with `codes:` (a list) and optional `name`, `version`, `language`,
`description`, and `examples_file` (one JSON-lines file of example passages, or a list
of them, read beside the codebook into the codes' `seed_examples`). Each code is a
mapping with `key` (required) and the optional fields in CODE_FIELDS; `children` nests
codes. Text fields take the scalar as written, so `no`
or `2020` stay text. `guid` keeps a code's identity when it is imported from or moved
between tools.
"""

from __future__ import annotations

import difflib
import json
import uuid
from pathlib import Path
from typing import Any

import yaml

from workbench.core.codebook import KEY_RE, normalise_colour
from workbench.core.errors import InputError
from workbench.core.models import Code

HEADER_FIELDS = ("name", "version", "language", "description", "examples_file", "codes")
CODE_FIELDS = (
    "key", "label", "label_en", "definition", "when_to_use", "when_not_to_use", "examples",
    "keywords", "patterns", "colour", "color", "exclusive", "retired", "on_request", "guid", "seed_examples", "children",
)
#: spaCy Matcher token attributes whose values are text (kept as written, not typed).
TEXT_ATTRS = {"ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "POS", "TAG", "MORPH", "DEP",
              "ENT_TYPE", "ENT_ID", "ENT_KB_ID", "SHAPE", "PREFIX", "SUFFIX", "ENT_IOB"}
TOKEN_ATTRS = TEXT_ATTRS | {
    "OP", "LENGTH", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE",
    "IS_PUNCT", "IS_SPACE", "IS_STOP", "IS_SENT_START", "SENT_START", "LIKE_NUM",
    "LIKE_URL", "LIKE_EMAIL", "SPACY", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT",
    "IS_RIGHT_PUNCT", "IS_CURRENCY", "_",
}

_NULL_TAG = "tag:yaml.org,2002:null"


def load_codebook(path: str | Path) -> list[Code]:
    """Read and check a codebook YAML file; raise InputError on any problem.

    The `examples_file` it names (one file, or a list of files; JSON lines, resolved next
    to the codebook) are read, in order, into the codes' `seed_examples`.
    """
    meta, codes = parse_codebook(_read(path), str(path))
    for name in examples_files(meta):
        attach_examples(codes, Path(path).parent / name)
    return codes


def load_codebook_text(text: str, source: str = "<codebook>") -> list[Code]:
    """Parse codebook YAML given as text; `source` names it in error messages. When `source`
    is the codebook's file, an `examples_file` is read from beside it; otherwise it is not read."""
    meta, codes = parse_codebook(text, source)
    if Path(source).is_file():
        for name in examples_files(meta):
            attach_examples(codes, Path(source).parent / name)
    return codes


def examples_files(meta: dict[str, Any]) -> list[str]:
    """The examples files a codebook's header names (`examples_file`: one name or a list)."""
    value = meta.get("examples_file") or []
    return [value] if isinstance(value, str) else list(value)


def attach_examples(codes: list[Code], path: str | Path) -> int:
    """Add the passages of an examples file to the codes' `seed_examples`; returns how many.

    One JSON object a line: `text` and `code` (a full code path), other fields ignored;
    a line with `_meta` (when and how the examples were written) is skipped.
    """
    by_path = {c.path: c for c in codes}
    source = str(path)
    added = 0
    for number, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise InputError(source, f"not a JSON object: {exc.msg}", line=number) from None
        if not isinstance(row, dict):
            raise InputError(source, "expected a JSON object", line=number)
        if "_meta" in row:
            continue
        text, path_ = row.get("text"), row.get("code")
        if not isinstance(text, str) or not text.strip():
            raise InputError(source, "missing or empty text", line=number, field="text")
        if not isinstance(path_, str) or path_ not in by_path:
            raise InputError(source, f"no code '{path_}' in the codebook", line=number, field="code")
        by_path[path_].seed_examples.append(" ".join(text.split()))
        added += 1
    return added


def parse_codebook(text: str, source: str = "<codebook>") -> tuple[dict[str, Any], list[Code]]:
    """The header fields (name, version, ...) and the flat list of codes."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise InputError(source, f"YAML syntax error: {exc.problem or exc}", line=line) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line = text[: exc.position].count("\n") + 1
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise InputError(source, f"character U+{char:04X} is not allowed in YAML",
                         line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(source, f"cannot read YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise InputError(source, "YAML nested too deeply") from None
    if root is None:
        raise InputError(source, "empty codebook: expected a mapping with 'codes:'", line=1)
    try:
        return _Reader(source).document(root)
    except RecursionError:
        raise InputError(source, "codes or patterns nested too deeply") from None


def dump_codebook(codes: list[Code], meta: dict[str, Any] | None = None) -> str:
    """YAML text for `codes` (and header fields) that load_codebook_text reads back equal."""
    by_parent: dict[str | None, list[Code]] = {}
    for code in codes:
        by_parent.setdefault(code.parent, []).append(code)

    def tree(parent: str | None) -> list[dict[str, Any]]:
        return [_code_dict(c, tree(c.path)) for c in
                sorted(by_parent.get(parent, []), key=lambda c: c.order)]

    # an examples file is written into the codes themselves (`seed_examples`), never named again
    doc: dict[str, Any] = {k: v for k, v in (meta or {}).items() if k in HEADER_FIELDS and v and k != "examples_file"}
    doc["codes"] = tree(None)
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=96,
                     default_flow_style=False)


def save_codebook(codes: list[Code], path: str | Path, meta: dict[str, Any] | None = None) -> None:
    """Write `codes` to `path` as UTF-8 YAML (comments in an existing file are not kept)."""
    Path(path).write_text(dump_codebook(codes, meta), encoding="utf-8")


def _read(path: str | Path) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(str(path), "not UTF-8 text", line=line) from None


class _Flow(list):
    """A list dumped on one line: keywords and token patterns."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def _code_dict(code: Code, kids: list[dict[str, Any]]) -> dict[str, Any]:
    d: dict[str, Any] = {"key": code.key}
    d["label"] = {"nb": code.label, "en": code.label_en} if code.label_en is not None else code.label
    for name in ("definition", "when_to_use", "when_not_to_use"):
        if getattr(code, name):
            d[name] = getattr(code, name)
    if code.examples:
        d["examples"] = list(code.examples)
    if code.keywords:
        d["keywords"] = _Flow(code.keywords)
    if code.patterns:
        d["patterns"] = [_Flow(p) for p in code.patterns]
    for name in ("colour", "guid"):
        if getattr(code, name):
            d[name] = getattr(code, name)
    for name in ("exclusive", "retired", "on_request"):
        if getattr(code, name):
            d[name] = True
    if code.seed_examples:
        d["seed_examples"] = list(code.seed_examples)
    if kids:
        d["children"] = kids
    return d


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _hint(name: str, known: tuple[str, ...] | set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Reader:
    """Walks composed YAML nodes, building codes and raising InputError with positions."""

    def __init__(self, source: str):
        self.source = source
        self.codes: list[Code] = []
        self.lines: dict[str, int] = {}
        self.seen: set[int] = set()  # code nodes met, so a YAML alias cannot repeat or loop
        self.budget = 100_000  # pattern values built, so aliases cannot blow them up

    def fail(self, reason: str, node: yaml.Node | None, field: str | None) -> InputError:
        return InputError(self.source, reason, line=_line(node) if node else None, field=field)

    def mapping(self, node: yaml.Node, field: str, known: tuple[str, ...]) -> dict[str, tuple]:
        """{name: (key node, value node)} of a mapping node, rejecting unknown/duplicate keys."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(f"expected a mapping, found {_kind(node)}", node, field or None)
        out: dict[str, tuple] = {}
        for knode, vnode in node.value:
            name = knode.value if isinstance(knode, yaml.ScalarNode) else None
            sub = f"{field}.{name}" if field else str(name)
            if name not in known:
                raise self.fail(f"unknown field{_hint(str(name), known)}", knode, sub)
            if name in out:
                raise self.fail(f"field given twice (first at line {_line(out[name][0])})", knode, sub)
            out[name] = (knode, vnode)
        return out

    def document(self, root: yaml.Node) -> tuple[dict[str, Any], list[Code]]:
        fields = self.mapping(root, "", HEADER_FIELDS)
        meta: dict[str, Any] = {name: self.text(v, name) for name, (_k, v) in fields.items()
                                 if name not in ("codes", "examples_file")}
        if "examples_file" in fields:  # one file, or a list of them read in order
            node = fields["examples_file"][1]
            names = (self.text_list(node, "examples_file") if isinstance(node, yaml.SequenceNode)
                     else [self.text(node, "examples_file")])
            meta["examples_file"] = names[0] if len(names) == 1 else names  # a single name stays text
        if "codes" not in fields:
            raise self.fail("missing required field", root, "codes")
        self.code_list(fields["codes"][1], "codes", None)
        return meta, self.codes

    def code_list(self, node: yaml.Node, field: str, parent: str | None) -> None:
        if _is_null(node):
            return
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(f"expected a list of codes, found {_kind(node)}", node, field)
        for i, item in enumerate(node.value):
            self.code(item, f"{field}[{i}]", parent, i)

    def code(self, node: yaml.Node, field: str, parent: str | None, order: int) -> None:
        if id(node) in self.seen:
            raise self.fail("the same code appears twice (a YAML alias?)", node, field)
        self.seen.add(id(node))
        f = self.mapping(node, field, CODE_FIELDS)
        if "key" not in f or _is_null(f["key"][1]) or f["key"][1].value == "":
            raise self.fail("missing required field", node, f"{field}.key")
        knode = f["key"][1]
        key = self.text(knode, f"{field}.key")
        if not KEY_RE.match(key):
            raise self.fail(f"invalid key '{key}': use lower-case a-z, 0-9, '_' or '-'",
                            knode, f"{field}.key")
        path = f"{parent}/{key}" if parent else key
        if path in self.lines:
            raise self.fail(f"duplicate code path '{path}' (also at line {self.lines[path]})",
                            knode, f"{field}.key")
        self.lines[path] = _line(knode)
        if "color" in f and "colour" in f:
            raise self.fail("give either 'colour' or 'color', not both", f["color"][0], f"{field}.color")
        code = Code(key=key, label="", parent=parent, order=order)
        self.label(f, field, code, node)
        for name in ("definition", "when_to_use", "when_not_to_use"):
            if name in f:
                setattr(code, name, self.text(f[name][1], f"{field}.{name}") or "")
        for name in ("examples", "keywords"):
            if name in f:
                setattr(code, name, self.text_list(f[name][1], f"{field}.{name}"))
        if "patterns" in f:
            code.patterns = self.patterns(f["patterns"][1], f"{field}.patterns")
        for name in ("colour", "color"):
            if name in f:
                code.colour = self.colour(f[name][1], f"{field}.{name}")
        for name in ("exclusive", "retired", "on_request"):
            if name in f:
                setattr(code, name, self.boolean(f[name][1], f"{field}.{name}"))
        if code.on_request and parent is not None:
            raise self.fail("only a top-level code can be a layer suggested on request",
                            f["on_request"][0], f"{field}.on_request")
        if "guid" in f:
            code.guid = self.guid(f["guid"][1], f"{field}.guid")
        if "seed_examples" in f:
            code.seed_examples = self.text_list(f["seed_examples"][1], f"{field}.seed_examples")
        self.codes.append(code)
        if "children" in f:
            self.code_list(f["children"][1], f"{field}.children", path)

    def label(self, f: dict[str, tuple], field: str, code: Code, cnode: yaml.Node) -> None:
        if "label" not in f:
            raise self.fail("missing required field", cnode, f"{field}.label")
        node = f["label"][1]
        if isinstance(node, yaml.MappingNode):
            langs = self.mapping(node, f"{field}.label", ("nb", "en"))
            if "nb" not in langs:
                raise self.fail("missing required field", node, f"{field}.label.nb")
            code.label = self.text(langs["nb"][1], f"{field}.label.nb")
            if "en" in langs:
                code.label_en = self.text(langs["en"][1], f"{field}.label.en")
        else:
            code.label = self.text(node, f"{field}.label")
        if not code.label:
            raise self.fail("label is empty", node, f"{field}.label")
        if "label_en" in f:
            if code.label_en is not None:
                raise self.fail("English label given twice (label.en and label_en)",
                                f["label_en"][0], f"{field}.label_en")
            code.label_en = self.text(f["label_en"][1], f"{field}.label_en")

    def text(self, node: yaml.Node, field: str) -> str:
        if _is_null(node):
            return ""
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(f"expected text, found {_kind(node)}", node, field)
        return str(node.value).strip()

    def text_list(self, node: yaml.Node, field: str) -> list[str]:
        if _is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(f"expected a list of strings, found {_kind(node)}", node, field)
        out = []
        for i, item in enumerate(node.value):
            value = self.text(item, f"{field}[{i}]")
            if not value:
                raise self.fail("empty entry", item, f"{field}[{i}]")
            out.append(value)
        return out

    def boolean(self, node: yaml.Node, field: str) -> bool:
        value = node.value.lower() if isinstance(node, yaml.ScalarNode) else None
        if value in ("true", "yes", "on", "ja"):
            return True
        if value in ("false", "no", "off", "nei"):
            return False
        raise self.fail(f"expected true or false, found {_kind(node)}", node, field)

    def guid(self, node: yaml.Node, field: str) -> str | None:
        value = self.text(node, field)
        try:
            return str(uuid.UUID(value.strip("{}"))) if value else None
        except ValueError:
            raise self.fail(f"expected a GUID like 0b6d3c1e-1111-4a4a-8b8b-123456789abc, "
                            f"found '{value}'", node, field) from None

    def colour(self, node: yaml.Node, field: str) -> str | None:
        value = self.text(node, field)
        if not value:
            return None
        colour = normalise_colour(value)
        if colour is None:
            raise self.fail(f"expected a colour like '#3a8fd9', found '{value}'", node, field)
        return colour

    def patterns(self, node: yaml.Node, field: str) -> list[list[dict[str, Any]]]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(f"expected a list of token patterns, found {_kind(node)}", node, field)
        out = []
        for i, pnode in enumerate(node.value):
            pfield = f"{field}[{i}]"
            if not isinstance(pnode, yaml.SequenceNode) or not pnode.value:
                raise self.fail("expected a token pattern: a non-empty list of token mappings "
                                "like [{LEMMA: åpne}, {LEMMA: dør}]", pnode, pfield)
            out.append([self.token(t, f"{pfield}[{j}]") for j, t in enumerate(pnode.value)])
        return out

    def token(self, node: yaml.Node, field: str) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(f"expected a token mapping like {{LEMMA: dør}}, found {_kind(node)}",
                            node, field)
        token: dict[str, Any] = {}
        for knode, vnode in node.value:
            name = str(knode.value) if isinstance(knode, yaml.ScalarNode) else ""
            if name.upper() not in TOKEN_ATTRS:
                raise self.fail(f"unknown token attribute{_hint(name.upper(), TOKEN_ATTRS)}",
                                knode, f"{field}.{name}")
            token[name.upper()] = self.plain(vnode, name.upper() in TEXT_ATTRS, f"{field}.{name}")
        return token

    def plain(self, node: yaml.Node, as_text: bool, field: str) -> Any:
        """A pattern value as plain data; scalars stay text where the attribute is textual."""
        self.budget -= 1
        if self.budget < 0:
            raise self.fail("pattern too large (YAML aliases?)", node, field)
        if isinstance(node, yaml.SequenceNode):
            return [self.plain(n, as_text, f"{field}[{i}]") for i, n in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            return {str(k.value): self.plain(v, as_text, f"{field}.{k.value}") for k, v in node.value}
        if as_text or node.style in ("'", '"', "|", ">"):
            return str(node.value)
        try:
            return yaml.SafeLoader("").construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            raise self.fail(f"bad value: {exc}", node, field) from None


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if _is_null(node):
        return "nothing"
    value = " ".join(str(node.value).split())
    return f"'{value[:60]}…'" if len(value) > 60 else f"'{value}'"
