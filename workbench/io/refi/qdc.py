"""REFI-QDA codebook exchange (`.qdc`): hand the codebook to and from other QDA tools.

Teams often draft a codebook in NVivo, ATLAS.ti or MAXQDA, or must deliver one with the
report, so the workbench reads and writes the standard's codebook file (XML in the
namespace `urn:QDA-XML:codebook:1.0`, validated against its Codebook.xsd).

What the format can carry, and the choices made here:
- A code has only a name, a GUID, a colour, `isCodable` and a free-text Description. The
  name is the Bokmål label. The Description holds what the researcher wrote: the
  definition, then labelled sections ("Bruk når:", "Bruk ikke når:", "Eksempler:"). A code
  with none of these gets no Description, and a code without a colour gets no colour:
  nothing is invented for other tools to show.
- The workbench's own fields (key, English label, keywords, token patterns, exclusive
  children, retirement, example passages for the suggester) travel in a processing instruction `<?workbench {...}?>` inside
  the Code: XML readers and the schema ignore it, and the workbench reads it back.
  Files from older versions carried them as lines ("Kortnavn:", "Nøkkelord:", ...) at
  the end of the Description; those are still read.
- GUIDs are `code.guid` if set, else uuid5 of a namespace and the code path, so two
  exports of the same codebook agree. On import GUIDs are kept, lower-cased, braces
  dropped; an id that is not a GUID (`c001`, as in the standard's example codebook) is
  mapped to a stable uuid5 GUID, with a warning.
- Every workbench code can be applied to text, so all are written `isCodable="true"`.
  A code another tool marks `isCodable="false"` (a pure category) is imported as an
  ordinary code with a note in its when-not-to-use text, so the information is kept
  and shown to coders.
- Keys come from the processing instruction, else a "Kortnavn:" line, else from the
  name slugified (ASCII, æ→ae, ø→o, å→a, other characters → `_`), made unique among
  siblings.
- Code sets (`<Sets>`) are ignored on import and not written.
- XML is parsed with defusedxml: files declaring entities or external references are
  refused with an InputError.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import IO, Any

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from workbench import __version__
from workbench.core.codebook import (
    DEFAULT_NAMESPACE, KEY_RE, children, code_guid, normalise_colour, validate_codes,
)
from workbench.core.errors import InputError
from workbench.core.exchange import is_guid, normalise_guid
from workbench.core.models import Code

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PI_TARGET = "workbench"  # processing instructions carrying the workbench's own fields
ORIGIN = f"workbench {__version__}"
NOT_CODABLE_NOTE = "Kan ikke kodes: kategori uten egne kodinger i kildeprogrammet."

# Description sections: heading -> Code field. The first heading of each field is written.
_SECTIONS = {
    "bruk når:": "when_to_use", "when to use:": "when_to_use",
    "bruk ikke når:": "when_not_to_use", "ikke bruk når:": "when_not_to_use",
    "when not to use:": "when_not_to_use",
    "eksempler:": "examples", "examples:": "examples",
}
_DETAILS = {  # one-line workbench details at the end
    "engelsk navn:": "label_en", "nøkkelord:": "keywords", "kortnavn:": "key",
    "gjensidig utelukkende underkoder:": "exclusive", "utgått:": "retired",
    "foreslås bare på forespørsel:": "on_request",
}


def write_qdc(codes: list[Code], path_or_file: str | Path | IO[Any],
              namespace: uuid.UUID | str = DEFAULT_NAMESPACE, origin: str = ORIGIN) -> None:
    """Write `codes` as a REFI-QDA codebook: UTF-8 without BOM, stable GUIDs."""
    # Tags stay unqualified and the root declares the default namespace: ElementTree's
    # own default_namespace option rejects the unqualified attributes the schema wants.
    root = ET.Element("CodeBook", {"xmlns": CODEBOOK_NS, "origin": origin})
    root.append(codes_to_xml(codes, namespace))
    tree = ET.ElementTree(root)
    ET.indent(tree, space="  ")
    if isinstance(path_or_file, (str, Path)):
        with open(path_or_file, "wb") as fh:
            tree.write(fh, encoding="utf-8", xml_declaration=True)
    elif hasattr(path_or_file, "encoding"):  # a text stream
        tree.write(path_or_file, encoding="unicode", xml_declaration=True)
    else:
        tree.write(path_or_file, encoding="utf-8", xml_declaration=True)


def read_qdc(path_or_file: str | Path | IO[bytes], warnings: list[str] | None = None,
             detailed: set[str] | None = None) -> list[Code]:
    """Read a REFI-QDA codebook (or the codebook inside a project.qde) as a flat code list.

    What was read leniently (ids that are not GUIDs) is appended to `warnings`; the paths
    of codes that carried the workbench's own fields are added to `detailed`.
    """
    source = str(path_or_file) if isinstance(path_or_file, (str, Path)) else \
        str(getattr(path_or_file, "name", "<qdc>"))
    if isinstance(path_or_file, (str, Path)):
        try:
            data = Path(path_or_file).read_bytes()
        except OSError as exc:
            raise InputError(source, f"cannot read file: {exc.strerror or exc}") from None
    else:
        data = path_or_file.read()
    root, lines = parse_xml(data, source)
    if _local(root.tag) == "Project":
        root = next((e for e in root if _local(e.tag) == "CodeBook"), None)
        if root is None:
            raise InputError(source, "project file has no CodeBook")
    if _local(root.tag) != "CodeBook":
        raise InputError(source, f"not a REFI-QDA codebook: root element is <{_local(root.tag)}>",
                         line=lines.get(id(root)))
    codes_el = next((e for e in root if _local(e.tag) == "Codes"), None)
    if codes_el is None:
        raise InputError(source, "missing <Codes>", line=lines.get(id(root)), field="CodeBook")
    return codes_from_xml(codes_el, source, lines, warnings, detailed)


def parse_xml(data: bytes, source: str) -> tuple[ET.Element, dict[int, int]]:
    """Parse untrusted XML safely: (root, {id(element): line}); InputError on any problem."""
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True,
                              forbid_external=True)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except defusedxml.DefusedXmlException as exc:
        raise InputError(source, f"refused: the XML declares entities or external references "
                         f"(possible entity-expansion attack): {exc}",
                         line=parser.parser.CurrentLineNumber) from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise InputError(source, f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}",
                         line=line) from None
    except (ValueError, LookupError, RecursionError) as exc:  # bad encoding names, depth
        raise InputError(source, f"malformed XML: {exc}",
                         line=parser.parser.CurrentLineNumber or None) from None
    return root, builder.lines


class _LineBuilder(ET.TreeBuilder):
    """A tree builder that remembers the line each element starts on."""

    def __init__(self) -> None:
        super().__init__(insert_pis=True)
        self.lines: dict[int, int] = {}
        self.expat: Any = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:  # type: ignore[override]
        elem = super().start(tag, attrs)
        self.lines[id(elem)] = self.expat.CurrentLineNumber
        return elem


def codes_to_xml(codes: list[Code], namespace: uuid.UUID | str = DEFAULT_NAMESPACE) -> ET.Element:
    """The `<Codes>` element for `codes`, with unqualified tags.

    Put it under a root that declares the default namespace (`xmlns=...`): the codebook's
    here, the project's when a project file embeds the codebook.
    """
    validate_codes(sorted(codes, key=lambda c: c.depth))  # any order in, parents first

    def add(parent_el: ET.Element, parent_path: str | None) -> None:
        for code in children(codes, parent_path):
            attrs = {"guid": code.guid or code_guid(code.path, namespace),
                     "name": code.label, "isCodable": "true"}
            colour = normalise_colour(code.colour or "")
            if colour:
                attrs["color"] = colour
            el = ET.SubElement(parent_el, "Code", attrs)
            el.append(workbench_pi(code_details(code)))
            description = format_description(code)
            if description:
                ET.SubElement(el, "Description").text = description
            add(el, code.path)

    codes_el = ET.Element("Codes")
    add(codes_el, None)
    return codes_el


def code_details(code: Code) -> dict[str, Any]:
    """The workbench's own fields of a code, for its processing instruction."""
    details: dict[str, Any] = {"key": code.key, "order": code.order}
    if code.label_en:
        details["label_en"] = code.label_en
    if code.keywords:
        details["keywords"] = code.keywords
    if code.patterns:
        details["patterns"] = code.patterns
    if code.exclusive:
        details["exclusive"] = True
    if code.retired:
        details["retired"] = True
    if code.on_request:
        details["on_request"] = True
    if code.seed_examples:
        details["seed_examples"] = code.seed_examples
    return details


def workbench_pi(data: dict[str, Any]) -> ET.Element:
    """A `<?workbench {json}?>` processing instruction (other readers skip it)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).replace(">", "\\u003e")
    return ET.ProcessingInstruction(PI_TARGET, _XML_BAD.sub("\ufffd", text))


def read_workbench_pi(el: ET.Element | None) -> dict[str, Any] | None:
    """The data of the first `<?workbench ...?>` directly inside `el`, or None."""
    for child in el if el is not None else ():
        if child.tag is ET.ProcessingInstruction and (child.text or "").startswith(PI_TARGET + " "):
            try:
                data = json.loads(child.text[len(PI_TARGET) + 1:])
            except json.JSONDecodeError:
                return None
            return data if isinstance(data, dict) else None
    return None


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def format_description(code: Code) -> str:
    """The readable Description text for a code: only what the researcher wrote."""
    parts = [code.definition] if code.definition else []
    if code.when_to_use:
        parts.append(f"Bruk når: {code.when_to_use}")
    if code.when_not_to_use:
        parts.append(f"Bruk ikke når: {code.when_not_to_use}")
    if code.examples:
        parts.append("Eksempler:\n" + "\n".join(f"- {e}" for e in code.examples))
    return "\n\n".join(parts)


def parse_description(text: str) -> dict[str, Any]:
    """Code fields found in a Description; text before any heading is the definition."""
    out: dict[str, Any] = {}
    field, buf = "definition", []
    sections: dict[str, list[str]] = {}
    for raw in text.replace("\r\n", "\n").split("\n"):
        low = raw.strip().lower()
        heading = next((h for h in _SECTIONS if low.startswith(h)), None)
        detail = next((h for h in _DETAILS if low.startswith(h)), None)
        if heading:
            sections.setdefault(field, []).extend(buf)
            field, buf = _SECTIONS[heading], [raw.strip()[len(heading):].strip()]
        elif detail:
            value = raw.strip()[len(detail):].strip()
            name = _DETAILS[detail]
            if name in ("exclusive", "retired", "on_request"):
                out[name] = value.lower() in ("ja", "yes", "true")
            elif name == "keywords":
                out[name] = [k.strip() for k in value.split(";") if k.strip()]
            elif value:
                out[name] = value
        else:
            buf.append(raw)
    sections.setdefault(field, []).extend(buf)
    for name, lines in sections.items():
        if name == "examples":
            examples: list[str] = []
            for line in lines:
                line = line.strip()
                if line.startswith(("- ", "* ", "• ")):
                    examples.append(line[2:].strip())
                elif line and examples:
                    examples[-1] += " " + line
                elif line:
                    examples.append(line)
            out[name] = examples
        else:
            out[name] = "\n".join(lines).strip()
    return out


def codes_from_xml(codes_el: ET.Element, source: str, lines: dict[int, int] | None = None,
                   warnings: list[str] | None = None, detailed: set[str] | None = None) -> list[Code]:
    """Codes (flat, parents first) from a `<Codes>` element of any REFI-QDA namespace.

    Ids that are not GUIDs are mapped to stable GUIDs and reported in `warnings`.
    """
    lines = lines or {}
    warnings = warnings if warnings is not None else []
    mapped: list[str] = []
    out: list[Code] = []
    guids: dict[str, int | None] = {}

    def walk(el: ET.Element, parent: str | None, where: str) -> None:
        taken: set[str] = set()
        kids = [e for e in el if _local(e.tag) == "Code"]
        for i, node in enumerate(kids):
            here, line = f"{where}/Code[{i + 1}]", lines.get(id(node))
            name = (node.get("name") or "").strip()
            if not name:
                raise InputError(source, "code has no name", line=line, field=f"{here}@name")
            desc_el = next((e for e in node if _local(e.tag) == "Description"), None)
            info = parse_description(desc_el.text or "" if desc_el is not None else "")
            details = read_workbench_pi(node)
            if details is not None:
                info.update({k: v for k, v in details.items()
                             if k in ("key", "label_en", "keywords", "patterns", "exclusive", "retired", "on_request",
                                      "order", "seed_examples")})
            key = info.get("key", "")
            key = key if isinstance(key, str) else ""
            if not KEY_RE.match(key) or key in taken:
                key = unique_key(slugify(name), taken)
            taken.add(key)
            path = f"{parent}/{key}" if parent else key
            if details is not None and detailed is not None:
                detailed.add(path)
            guid = (node.get("guid") or "").strip()
            if guid and not is_guid(guid):
                mapped.append(f"{guid} (line {line})" if line else guid)
            guid = normalise_guid(guid) if guid else code_guid(path)
            if guid in guids:
                raise InputError(source, f"duplicate guid (also at line {guids[guid]})",
                                 line=line, field=f"{here}@guid")
            guids[guid] = line
            when_not = info.get("when_not_to_use", "")
            if (node.get("isCodable") or "true").strip() in ("false", "0"):
                when_not = f"{when_not}\n{NOT_CODABLE_NOTE}".strip()
            patterns = info.get("patterns", [])
            out.append(Code(
                key=key, label=name, parent=parent, label_en=info.get("label_en"),
                definition=info.get("definition", ""), when_to_use=info.get("when_to_use", ""),
                when_not_to_use=when_not, examples=info.get("examples", []),
                keywords=[str(k) for k in info.get("keywords", []) or []],
                patterns=patterns if isinstance(patterns, list) else [],
                colour=normalise_colour(node.get("color") or ""),
                order=info["order"] if isinstance(info.get("order"), int) else i,
                exclusive=bool(info.get("exclusive", False)),
                retired=bool(info.get("retired", False)), guid=guid,
                on_request=bool(info.get("on_request", False)),
                seed_examples=[str(t) for t in info.get("seed_examples", []) or [] if str(t).strip()],
            ))
            walk(node, path, here)

    try:
        walk(codes_el, None, "Codes")
    except RecursionError:
        raise InputError(source, "codes nested too deeply") from None
    if mapped:
        shown = ", ".join(mapped[:5]) + (f" and {len(mapped) - 5} more" if len(mapped) > 5 else "")
        warnings.append(f"{source}: {len(mapped)} code ids are not GUIDs ({shown}); "
                        "stable GUIDs were made from them")
    return out


def slugify(name: str) -> str:
    """A code key from a name: 'Svake bånd' -> 'svake_band', 'Kjønn/Alder' -> 'kjonn_alder'."""
    text = name.lower()
    for src, dst in (("æ", "ae"), ("ø", "o"), ("œ", "oe"), ("ß", "ss"), ("đ", "d"), ("ł", "l"),
                     ("þ", "th")):
        text = text.replace(src, dst)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "code"


def unique_key(key: str, taken: set[str]) -> str:
    """`key`, or `key_2`, `key_3`, ... whichever is not yet taken."""
    n, candidate = 2, key
    while candidate in taken:
        candidate, n = f"{key}_{n}", n + 1
    return candidate


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
