"""Read a transcript file of any supported format into normalised text.

Researchers get transcripts from transcribers, Word, LibreOffice, Teams and Zoom, in
whatever encoding the machine used (Norwegian Windows still writes cp1252). This
module is the single place that knows about formats and encodings; everything after
it sees one normalised string. Bad files are refused with a one-line InputError.
"""

from __future__ import annotations

import codecs
import html
import io
import re
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import InputError
from workbench.core.models import Turn
from workbench.core.text import normalise_text
from workbench.core.turns import find_label, normalise_speaker

SUPPORTED = (".txt", ".md", ".docx", ".odt", ".vtt", ".srt")
MAX_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_CHARS = 50 * 1024 * 1024
CONTROL_SHARE = 0.05

_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
_SIGNATURES = (
    (b"PK\x03\x04", "a zip archive (a renamed .docx/.odt?)"),
    (b"PK\x05\x06", "a zip archive"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc)"),
    (b"{\\rtf", "an RTF document (save it as .docx or .txt)"),
)


@dataclass
class RawTranscript:
    """A transcript's normalised text, how it was decoded, and cue turns for vtt/srt."""

    text: str
    encoding: str
    turns: list[Turn] | None = None
    source: str = ""


def read_transcript(path: str | Path) -> RawTranscript:
    """Read a .txt/.md/.docx/.odt/.vtt/.srt transcript, or raise InputError."""
    src = str(path)
    p = Path(path)
    data = _read_bytes(p, src)
    ext = p.suffix.lower()
    turns: list[Turn] | None = None
    if ext in (".txt", ".md"):
        _refuse_signatures(data, src, ext)
        raw, encoding = decode_text(data, src)
        text = normalise_text(raw)
    elif ext == ".docx":
        text, encoding = normalise_text(_docx_text(data, src)), "docx"
    elif ext == ".odt":
        text, encoding = normalise_text(_odt_text(data, src)), "odt"
    else:
        _refuse_signatures(data, src, ext)
        raw, encoding = decode_text(data, src)
        text, turns = _subtitle_transcript(normalise_text(raw), src, ext)
    if not text.strip():
        raise InputError(src, "no text in file (empty or only whitespace)")
    if len(text) > MAX_CHARS:
        raise InputError(src, f"text too long ({len(text):,} characters; limit {MAX_CHARS:,})")
    return RawTranscript(text, encoding, turns, src)


def _read_bytes(p: Path, src: str) -> bytes:
    try:
        if not p.exists():
            raise InputError(src, "file not found")
        if p.is_dir():
            raise InputError(src, "is a directory, not a transcript file")
        if not p.is_file():
            raise InputError(src, "not a regular file")
        ext = p.suffix.lower()
        if ext not in SUPPORTED:
            shown = f"'{ext}'" if ext else "(no extension)"
            raise InputError(src, f"unsupported file type {shown} (supported: {', '.join(SUPPORTED)})")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(src, f"file too large ({size / 2**20:.0f} MB; limit {MAX_BYTES // 2**20} MB)")
        data = p.read_bytes()
    except InputError:
        raise
    except PermissionError:
        raise InputError(src, "permission denied: cannot read file") from None
    except OSError as e:
        raise InputError(src, f"cannot read file ({e.strerror or type(e).__name__})") from None
    except Exception as e:  # odd paths (NUL in name, …)
        raise InputError(src, f"cannot read file ({_one_line(e)})") from None
    if not data:
        raise InputError(src, "empty file")
    return data


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg[:200]


def _refuse_signatures(data: bytes, src: str, ext: str) -> None:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(src, f"binary content: this {ext} file is really {what}")


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode text bytes, returning (text, encoding).

    UTF-8 with BOM → `utf-8-sig`; valid UTF-8 → `utf-8`; UTF-16 with BOM → `utf-16`;
    bytes 0x80–0x9F all defined in cp1252 → `cp1252`; otherwise `latin-1`.
    Refuses binary content (NUL bytes, many control characters) with InputError.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(source, "starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    elif b"\x00" in data:
        raise InputError(source, "binary content (NUL bytes): not a text file")
    elif data.startswith(b"\xef\xbb\xbf"):
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise InputError(
                source, "starts with a UTF-8 byte-order mark but is not valid UTF-8 (mixed encodings?)", line=line
            ) from None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as first:
            mixed = _mixed_utf8(data, first.start)
            if mixed is not None:
                text, encoding = mixed
            else:
                high = {b for b in data if 0x80 <= b <= 0x9F}
                encoding = "cp1252" if high and not high & _CP1252_UNDEFINED else "latin-1"
                text = data.decode(encoding)
    controls = count_controls(text)
    if text and (controls / len(text) > CONTROL_SHARE or "\x00" in text):
        raise InputError(source, f"binary content ({controls} control characters): not a text file")
    return text, encoding


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
STRAY_MARK = "stray bytes"
_STRAY_HANDLER = "workbench-stray-cp1252"
_strays = threading.local()


def _read_stray_byte(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: one byte that is not UTF-8, read as Windows-1252 (else Latin-1), counted."""
    byte = exc.object[exc.start]
    _strays.count = getattr(_strays, "count", 0) + 1
    return bytes([byte]).decode("latin-1" if byte in _CP1252_UNDEFINED else "cp1252"), exc.start + 1


codecs.register_error(_STRAY_HANDLER, _read_stray_byte)


def _mixed_utf8(data: bytes, first_bad: int) -> tuple[str, str] | None:
    """UTF-8 text with a few stray single-byte characters: (text, encoding note), else None.

    A file that is mostly UTF-8 (more valid multi-byte sequences than bytes that are not)
    but holds a few Windows-1252 bytes, pasted in from another file, is UTF-8: decoding
    all of it as Latin-1 would turn every "å" into "Ã¥". The stray bytes are read as
    Windows-1252 (Latin-1 where that has no character) and counted, with the line of the
    first, in the encoding note so the import can warn.
    """
    valid = len(_UTF8_SEQUENCE.findall(data))
    _strays.count = 0
    text = data.decode("utf-8", _STRAY_HANDLER)
    strays = _strays.count
    if strays >= valid:  # as many stray bytes as UTF-8 letters: not a UTF-8 file at all
        return None
    line = data[:first_bad].count(b"\n") + 1
    return text, f"utf-8 ({strays} {STRAY_MARK} read as cp1252, first on line {line})"


#: C0 control characters other than tab, line feed, vertical tab, form feed and carriage
#: return; DEL; and the C1 controls (U+0080-U+009F).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def count_controls(text: str) -> int:
    """How many control characters `text` holds (one regex pass: a Python loop over every
    character was a seventh of an import's time)."""
    return len(_CONTROL.findall(text))


# --- .docx / .odt -------------------------------------------------------------------


#: The first bytes of an old binary Office file (Word 97-2003 .doc, StarOffice .sdw).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _why_not_zip(data: bytes, kind: str) -> str:
    """Why bytes that should be a zip archive are not one, in words that say what to do."""
    if data.startswith(b"PK"):
        return "a damaged or truncated archive: its end is missing; copy or save the file again"
    if data.startswith(_OLE_MAGIC):
        return f"an old binary Word/Office file; save it as {kind} or .txt"
    return f"not a zip archive, as every {kind} is; a renamed file?"


def _open_zip(data: bytes, src: str, kind: str, part: str) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        total = sum(info.file_size for info in zf.infolist())
    except Exception:
        raise InputError(src, f"not a valid {kind} file ({_why_not_zip(data, kind)})") from None
    if part not in names:
        raise InputError(src, f"corrupt {kind} file: {part} is missing")
    if total > MAX_UNZIPPED:
        raise InputError(src, f"{kind} file unpacks to more than {MAX_UNZIPPED // 2**20} MB; refusing")
    return zf


def _row_lines(cells: list[str]) -> list[str]:
    """Lines for one table row; a `speaker | text` row becomes `speaker: text`."""
    cells = [c.strip() for c in cells if c.strip()]
    if len(cells) == 3 and re.fullmatch(r"\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?", cells[0]):
        ts = cells[0].strip("[]")
        cells = [f"[{ts}] {cells[1]}", cells[2]]
    if len(cells) == 2 and "\n" not in cells[0] and len(cells[0]) <= 40:
        sep = " " if cells[0].endswith(":") else ": "
        return [cells[0] + sep + cells[1]]
    return cells


_DOCTYPE_MARKS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def _refuse_doctype(zf: zipfile.ZipFile, src: str, kind: str) -> None:
    """Office parts never declare a DTD; one that does may hide entity attacks (billion laughs, XXE)."""
    for info in zf.infolist():
        if info.filename.endswith((".xml", ".rels")):
            with zf.open(info) as handle:
                head = handle.read(64 * 1024)
            if any(mark in head for mark in _DOCTYPE_MARKS):
                raise InputError(src, f"{kind} part {info.filename} declares a DTD/entities; refusing it")


def _docx_text(data: bytes, src: str) -> str:
    zf = _open_zip(data, src, ".docx", "word/document.xml")
    try:
        _refuse_doctype(zf, src, ".docx")
    except InputError:
        raise
    except Exception as e:
        raise InputError(src, f"corrupt .docx file ({_one_line(e)})") from None
    try:
        import docx
        from docx.table import Table

        def walk(container) -> list[str]:
            lines: list[str] = []
            for block in container.iter_inner_content():
                if not isinstance(block, Table):
                    lines.append(block.text)
                    continue
                for row in block.rows:
                    seen: set[int] = set()
                    cells: list[str] = []
                    for cell in row.cells:  # merged cells repeat: keep each once
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            cells.append("\n".join(walk(cell)))
                    lines.extend(_row_lines(cells))
            return lines

        lines = walk(docx.Document(io.BytesIO(data)))
    except InputError:
        raise
    except Exception as e:
        raise InputError(src, f"corrupt .docx file ({_one_line(e)})") from None
    return "\n".join(lines)


_ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}


def _t(prefix: str, name: str) -> str:
    return f"{{{_ODF[prefix]}}}{name}"


_P, _H = _t("text", "p"), _t("text", "h")
_SKIP = {_t("text", "note"), _t("office", "annotation"), _t("text", "tracked-changes"),
         _t("text", "sequence-decls"), _t("text", "variable-decls")}


def _odt_inline(el) -> str:
    parts = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _t("text", "s"):
            try:
                n = min(max(int(child.get(_t("text", "c"), "1")), 1), 1000)
            except ValueError:
                n = 1
            parts.append(" " * n)
        elif tag == _t("text", "tab"):
            parts.append("\t")
        elif tag == _t("text", "line-break"):
            parts.append("\n")
        elif tag not in _SKIP:
            parts.append(_odt_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odt_blocks(el, lines: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag in (_P, _H):
            lines.append(_odt_inline(child))
        elif tag == _t("table", "table"):
            _odt_table(child, lines)
        elif tag not in _SKIP:
            _odt_blocks(child, lines)


def _odt_table(table, lines: list[str]) -> None:
    for child in table:
        if child.tag == _t("table", "table-row"):
            cells = []
            for cell in child:
                if cell.tag == _t("table", "table-cell"):
                    sub: list[str] = []
                    _odt_blocks(cell, sub)
                    cells.append("\n".join(sub))
            lines.extend(_row_lines(cells))
        elif child.tag in (_t("table", "table-header-rows"), _t("table", "table-rows"),
                           _t("table", "table-row-group")):
            _odt_table(child, lines)


def _odt_text(data: bytes, src: str) -> str:
    zf = _open_zip(data, src, ".odt", "content.xml")
    try:
        from defusedxml import ElementTree as SafeET

        root = SafeET.fromstring(zf.read("content.xml"))
        body = root.find("office:body/office:text", _ODF)
        if body is None:
            raise InputError(src, "corrupt .odt file: content.xml has no text body (a spreadsheet or slides?)")
        lines: list[str] = []
        _odt_blocks(body, lines)
    except InputError:
        raise
    except Exception as e:
        raise InputError(src, f"corrupt .odt file ({_one_line(e)})") from None
    return "\n".join(lines)


# --- .vtt / .srt -------------------------------------------------------------------

_TS = r"(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_TIMING = re.compile(rf"\s*({_TS})\s*-->\s*({_TS})(?:[ \t].*)?")
_VOICE = re.compile(r"\s*<v(?:\.[^\s>]*)?[ \t]+([^>]*)>")
_TAG = re.compile(r"</?[^>\n]*>|\{\\[^}\n]*\}")


def _timestamp(ts: str) -> str:
    """`1:02.5` or `00:01:02,5` → `00:01:02.500`."""
    ts = ts.replace(",", ".")
    clock, frac = ts.split(".")
    parts = clock.split(":")
    if len(parts) == 2:
        parts.insert(0, "0")
    h, m, s = (int(x) for x in parts)
    return f"{h:02d}:{m:02d}:{s:02d}.{frac.ljust(3, '0')}"


def _cue_parts(lines: list[str]) -> list[tuple[str | None, str]]:
    """(speaker label or None, text) for each voice/label change inside one cue.

    Labels are kept as written, from a `<v Name>` voice tag or a `Name:` prefix alike
    (`Intervjuer` stays `Intervjuer` in the text; the turn's speaker is normalised later).
    """
    parts: list[list] = []
    for line in lines:
        label = None
        m = _VOICE.match(line)
        if m and m.group(1).strip():
            label, line = m.group(1).strip(), line[m.end():]
        clean = html.unescape(_TAG.sub("", line)).strip()
        if label is None:
            found = find_label(clean)
            if found is not None:
                label = _written_label(clean[:found.content]) or found.speaker
                clean = clean[found.content:].strip()
        if label is not None or not parts:
            parts.append([label, []])
        if clean:
            parts[-1][1].append(clean)
    return [(label, " ".join(words)) for label, words in parts]


_LEADING_TIME = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+")


def _written_label(head: str) -> str:
    """A `Name:` prefix as the transcriber wrote it, without its colon (or a time before it)."""
    head = _LEADING_TIME.sub("", head.strip(), count=1)
    return head.strip().strip("*").strip().rstrip(":").strip().strip("*").strip()


def _subtitle_transcript(text: str, src: str, ext: str) -> tuple[str, list[Turn] | None]:
    """Build `Speaker: text` paragraphs from cues, merging consecutive cues of one speaker.

    A cue without a voice tag or `Name:` prefix continues the previous speaker.
    """
    lines = text.split("\n")
    blocks: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines, 1):
        if line.strip():
            if blocks and blocks[-1][0] + len(blocks[-1][1]) == i:
                blocks[-1][1].append(line)
            else:
                blocks.append((i, [line]))
    if ext == ".vtt":
        if not blocks or blocks[0][0] != 1 or not re.match(r"WEBVTT(?:[ \t]|$)", blocks[0][1][0]):
            raise InputError(src, "not a WebVTT file: the first line must be 'WEBVTT'", line=1)
        blocks = blocks[1:]
    merged: list[dict] = []  # label, speaker, text pieces, begin, end
    for lineno, block in blocks:
        if ext == ".vtt" and re.match(r"(?:NOTE|STYLE|REGION)(?:\s|$)", block[0]):
            continue
        at = next((k for k in range(min(2, len(block))) if _TIMING.fullmatch(block[k])), None)
        if at is None:
            if ext == ".srt" and block[0].strip().isdigit():
                raise InputError(src, f"cue {block[0].strip()} has no timing line like "
                                      "'00:00:01,000 --> 00:00:04,000'", line=lineno)
            if merged and not _TIMING.search("\n".join(block)):
                merged[-1]["text"].extend(b.strip() for b in block)  # stray blank line in a cue
                continue
            raise InputError(src, "expected a cue timing line like '00:00:01.000 --> 00:00:04.000'", line=lineno)
        m = _TIMING.fullmatch(block[at])
        begin, end = _timestamp(m.group(1)), _timestamp(m.group(2))
        for label, body in _cue_parts(block[at + 1:]):
            if label is None and merged:
                label = merged[-1]["label"]
            speaker = normalise_speaker(label) if label else None
            if merged and merged[-1]["speaker"] == speaker:
                merged[-1]["text"].append(body)
                merged[-1]["end"] = end
            else:
                merged.append({"label": label, "speaker": speaker, "text": [body], "begin": begin, "end": end})
    if not merged:
        raise InputError(src, f"no cues found in {ext} file")
    pieces: list[str] = []
    turns: list[Turn] = []
    pos = 0
    for item in merged:
        body = " ".join(t for t in item["text"] if t).strip()
        if not body:
            continue
        prefix = ("\n\n" if pieces else "") + (f"{item['label']}: " if item["label"] else "")
        pos += len(prefix)
        turns.append(Turn(item["speaker"], pos, pos + len(body), {"begin": item["begin"], "end": item["end"]}))
        pieces.extend((prefix, body))
        pos += len(body)
    out = "".join(pieces)
    if normalise_text(out) != out:  # pathological input; fall back to parsing the text
        return normalise_text(out), None
    return out, turns
