"""Pure operations on a codebook held as a flat list of `Code`.

Every layer (YAML and REFI-QDA import/export, the store, the suggester, the UI) needs the
same few answers about the code tree: is it well formed, what are the children of a node,
which code does the user mean by `weak_ties`, what GUID and colour does a code get. They
live here, free of I/O, so all layers agree.

The list is flat with parents before children; `Code.order` is the position among
siblings.
"""

from __future__ import annotations

import colorsys
import re
import uuid
from dataclasses import replace

from workbench.core.errors import InputError, NotFound
from workbench.core.models import Code

KEY_RE = re.compile(r"[a-z0-9_][a-z0-9_-]*\Z")

#: Namespace for code GUIDs when a project gives none of its own.
DEFAULT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:workbench:codebook")

#: One colour per top-level code. All have a relative luminance near 0.19, which gives a
#: contrast of about 4.4:1 against both black and white, so they read on dark and light
#: terminals alike; neighbours differ clearly in hue.
PALETTE = (
    "#b26519",  # orange
    "#257ad0",  # blue
    "#2e893d",  # green
    "#c34a9b",  # magenta
    "#8f7614",  # ochre
    "#8961d8",  # violet
    "#18867d",  # teal
    "#d64540",  # red
    "#727f30",  # olive
)

#: Luminance band kept by generated colours and shades (contrast >= ~3.2:1 both ways).
LUMINANCE_BAND = (0.12, 0.26)
_SHADE_STEPS = (0.0, 0.04, -0.035, 0.065, -0.055, 0.02, -0.02, 0.05)


class AmbiguousCode(NotFound):
    """A bare key names several codes; `candidates` holds their paths."""

    def __init__(self, key: str, candidates: list[str]):
        self.key = key
        self.candidates = candidates
        super().__init__(f"code key '{key}' is ambiguous: use one of {', '.join(candidates)}")


def validate_codes(codes: list[Code], source: str = "<codebook>") -> None:
    """Raise InputError (field = code path) on the first malformed code.

    Checks: keys match KEY_RE, paths are unique, each parent exists and comes earlier.
    """
    seen: set[str] = set()
    for code in codes:
        if not isinstance(code.key, str) or not KEY_RE.match(code.key):
            raise InputError(
                source,
                f"invalid key {code.key!r}: use lower-case a-z, 0-9, '_' or '-' "
                "(not starting with '-')",
                field=code.path if isinstance(code.key, str) else None,
            )
        if code.parent is not None and code.parent not in seen:
            raise InputError(source, f"parent '{code.parent}' does not exist (or comes later)",
                             field=code.path)
        if code.path in seen:
            raise InputError(source, "duplicate code path", field=code.path)
        seen.add(code.path)


def children(codes: list[Code], parent_path: str | None) -> list[Code]:
    """Direct children of `parent_path` (None: the top level), in sibling order."""
    return sorted((c for c in codes if c.parent == parent_path), key=lambda c: c.order)


def top_level(codes: list[Code]) -> list[Code]:
    """The top-level codes in order."""
    return children(codes, None)


def top_level_key(path: str) -> str:
    """The top-level key a path belongs to: 'network/weak_ties' -> 'network'."""
    return path.split("/", 1)[0]


def ancestors_and_self(path: str) -> list[str]:
    """`a/b/c` → [`a`, `a/b`, `a/b/c`]."""
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def find_code(codes: list[Code], key_or_path: str) -> Code:
    """The code with this exact path, else the only code with this key anywhere.

    Raises NotFound when nothing matches and AmbiguousCode (a NotFound) listing the
    candidate paths when a bare key occurs under several parents.
    """
    wanted = key_or_path.strip().strip("/")
    for code in codes:
        if code.path == wanted:
            return code
    matches = [c for c in codes if c.key == wanted]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousCode(wanted, [c.path for c in matches])
    raise NotFound(f"no code '{wanted}'")


def code_guid(path: str, namespace: uuid.UUID | str = DEFAULT_NAMESPACE) -> str:
    """A stable GUID for a code path: uuid5 of the namespace and the path.

    `namespace` may be a UUID (or its string form) or any other string, such as a
    project name, which is first turned into a UUID itself.
    """
    if not isinstance(namespace, uuid.UUID):
        try:
            namespace = uuid.UUID(str(namespace))
        except ValueError:
            namespace = uuid.uuid5(DEFAULT_NAMESPACE, str(namespace))
    return str(uuid.uuid5(namespace, path))


def palette_colour(index: int) -> str:
    """The default colour of the index-th top-level code (distinct for all indices)."""
    if index < len(PALETTE):
        return PALETTE[index]
    hue = (index * 0.618033988749895) % 1.0  # golden-ratio steps never repeat a hue
    return _with_luminance(hue, 0.6, 0.19)


def shade(colour: str, step: int) -> str:
    """A colour of the same hue for the step-th child (step 0: the colour itself).

    Luminance moves by small steps alternately up and down, clamped to LUMINANCE_BAND so
    the shade stays readable on dark and light backgrounds.
    """
    offset = _SHADE_STEPS[step % len(_SHADE_STEPS)]
    if offset == 0:
        return colour
    h, _lightness, s = colorsys.rgb_to_hls(*_rgb(colour))
    low, high = LUMINANCE_BAND
    return _with_luminance(h, s, max(low, min(high, relative_luminance(colour) + offset)))


def _with_luminance(hue: float, saturation: float, target: float) -> str:
    low, high = 0.0, 1.0
    for _ in range(30):  # bisect HLS lightness; luminance grows with it
        mid = (low + high) / 2
        if relative_luminance(_hex(colorsys.hls_to_rgb(hue, mid, saturation))) < target:
            low = mid
        else:
            high = mid
    return _hex(colorsys.hls_to_rgb(hue, low, saturation))


def assign_colours(codes: list[Code]) -> list[Code]:
    """Copies of `codes` where each code without a colour gets the default one.

    Top-level codes take the palette in order; a child takes a shade of its top-level
    code's colour (the explicit one if set), so a whole branch shares one hue.
    """
    base: dict[str, str] = {}
    for i, code in enumerate(top_level(codes)):
        base[code.key] = code.colour or palette_colour(i)
    out = []
    for code in codes:
        if code.colour:
            out.append(code)
            continue
        top = top_level_key(code.path)
        hue = base.get(top) or palette_colour(len(base))
        out.append(replace(code, colour=hue if code.parent is None else shade(hue, code.order + 1)))
    return out


def _rgb(colour: str) -> tuple[float, float, float]:
    c = colour.lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    return tuple(int(c[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02x}" for v in rgb)


def normalise_colour(value: str) -> str | None:
    """'#ABC' or '#AABBCC' -> '#aabbcc'; None when the value is no such colour."""
    value = value.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return value.lower()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", value):
        return "#" + "".join(ch * 2 for ch in value[1:]).lower()
    return None


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a '#rrggbb' colour (used to check readability)."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
