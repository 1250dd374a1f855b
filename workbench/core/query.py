"""Coding queries: `competence AND network`, `trust NOT network`, `language NEAR/2 network`.

A researcher asks where codes meet: in the same segment, turn or document, or close to
each other. This module only reads the query text into a tree; what the codes mean and
where they were applied is looked up by `workbench.analysis.coding_query`. Keeping the
parser pure lets it be tested on its own and gives errors that point at the place in
the query ("expected a code after AND at position 16").

Grammar (operators in any letter case; a code is its key, its path, or a quoted name):

    query   := either
    either  := both ( OR both )*
    both    := operand ( ( AND | NOT | NEAR | NEAR/N ) operand )*
    operand := CODE | "quoted code" | ( query )

AND, NOT and NEAR bind tighter than OR and group from the left, so
`a OR b AND c` is `a OR (b AND c)` and `a NOT b NOT c` is `(a NOT b) NOT c`.
`A NOT B` means "A, where B is not". NEAR without a number uses the default distance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.errors import WorkbenchError

OPERATORS = ("AND", "OR", "NOT", "NEAR")
#: How many units apart `A NEAR B` may be when the query gives no `/N`.
DEFAULT_NEAR = 1
MAX_NEAR = 1000
MAX_QUERY_LENGTH = 2000


class QueryError(WorkbenchError):
    """A coding query that cannot be read; the message names the position (1-based)."""

    def __init__(self, query: str, position: int, reason: str):
        self.query = query
        self.position = position
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        if not self.query.strip():
            return f"the query {self.reason}"
        where = "at the end" if self.position >= len(self.query) else f"at position {self.position + 1}"
        return f"query {self.query!r} {where}: {self.reason}"


@dataclass(frozen=True)
class CodeRef:
    """A code named in the query, and where (0-based offset) it was written."""

    name: str
    position: int = 0

    def __str__(self) -> str:
        return _quote_if_needed(self.name)


@dataclass(frozen=True)
class Op:
    """A binary operator: AND, OR, NOT (left but not right) or NEAR (within `distance` units)."""

    op: str
    left: Node
    right: Node
    distance: int | None = None

    def __str__(self) -> str:
        name = self.op if self.op != "NEAR" or self.distance is None else f"NEAR/{self.distance}"
        return f"({self.left} {name} {self.right})"


Node = CodeRef | Op


@dataclass(frozen=True)
class Token:
    kind: str  # "code", "op", "(", ")"
    text: str
    position: int
    distance: int | None = None


_WORD = re.compile(r"[^\s()\"]+")


def _quote_if_needed(name: str) -> str:
    if _WORD.fullmatch(name) and name.upper() not in OPERATORS and not name.upper().startswith("NEAR/"):
        return name
    return '"' + name.replace('"', '\\"') + '"'


def tokenize(query: str) -> list[Token]:
    """The query's words, quoted names, operators and brackets, each with its offset."""
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(query[:60] + "…", MAX_QUERY_LENGTH, f"is longer than {MAX_QUERY_LENGTH} characters")
    tokens: list[Token] = []
    i = 0
    while i < len(query):
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(Token(ch, ch, i))
            i += 1
        elif ch == '"':
            j, name = i + 1, []
            while j < len(query) and query[j] != '"':
                if query[j] == "\\" and j + 1 < len(query):
                    j += 1
                name.append(query[j])
                j += 1
            if j >= len(query):
                raise QueryError(query, i, "a quoted code name is not closed (missing \")")
            text = " ".join("".join(name).split())
            if not text:
                raise QueryError(query, i, "empty quoted code name")
            tokens.append(Token("code", text, i))
            i = j + 1
        else:
            match = _WORD.match(query, i)  # matches at least `ch`: not a space, bracket or quote
            word = match.group(0) if match else ch
            upper = word.upper()
            if upper in OPERATORS:
                tokens.append(Token("op", upper, i))
            elif upper.startswith("NEAR/"):
                number = word[5:]
                if not number.isdigit() or not 0 <= int(number) <= MAX_NEAR:
                    raise QueryError(query, i + 5, f"NEAR/ needs a whole number of units from 0 to {MAX_NEAR}")
                tokens.append(Token("op", "NEAR", i, int(number)))
            else:
                tokens.append(Token("code", word, i))
            i += len(word)
    return tokens


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.tokens = tokenize(query)
        self.at = 0

    def peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def here(self) -> int:
        token = self.peek()
        return token.position if token else len(self.query)

    def parse(self) -> Node:
        if not self.tokens:
            raise QueryError(self.query, 0, "is empty: name a code, e.g. competence AND network")
        node = self.either()
        token = self.peek()
        if token is not None:
            if token.kind == ")":
                raise QueryError(self.query, token.position, "a ) has no matching (")
            raise QueryError(self.query, token.position,
                             f"expected AND, OR, NOT or NEAR before {token.text!r}")
        return node

    def either(self) -> Node:
        node = self.both(after=None)
        while (token := self.peek()) is not None and token.kind == "op" and token.text == "OR":
            self.at += 1
            node = Op("OR", node, self.both(after=token))
        return node

    def both(self, after: Token | None) -> Node:
        node = self.operand(after)
        while (token := self.peek()) is not None and token.kind == "op" and token.text != "OR":
            self.at += 1
            right = self.operand(after=token)
            distance = (token.distance if token.distance is not None else DEFAULT_NEAR) if token.text == "NEAR" else None
            node = Op(token.text, node, right, distance)
        return node

    def operand(self, after: Token | None) -> Node:
        token = self.peek()
        follows = f" after {after.text if after.distance is None else f'NEAR/{after.distance}'}" if after else ""
        if token is None:
            raise QueryError(self.query, len(self.query), f"expected a code{follows}")
        if token.kind == "code":
            self.at += 1
            return CodeRef(token.text, token.position)
        if token.kind == "(":
            self.at += 1
            if (inner := self.peek()) is not None and inner.kind == ")":
                raise QueryError(self.query, self.here(), "empty brackets: expected a code")
            node = self.either()
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise QueryError(self.query, self.here() if closing else len(self.query),
                                 f"the ( at position {token.position + 1} is not closed")
            self.at += 1
            return node
        if token.kind == ")":
            raise QueryError(self.query, token.position, f"expected a code{follows}, not )")
        raise QueryError(self.query, token.position,
                         f"expected a code{follows}, not the operator {token.text} "
                         "(put a code named like an operator in double quotes)")


def parse(query: str) -> Node:
    """The query as a tree of `CodeRef` and `Op`; raises `QueryError` naming the position."""
    return _Parser(query).parse()


def code_refs(node: Node) -> list[CodeRef]:
    """Every code named in the query, left to right."""
    if isinstance(node, CodeRef):
        return [node]
    return code_refs(node.left) + code_refs(node.right)


def positive_refs(node: Node) -> list[CodeRef]:
    """The codes whose passages a result shows: all but those on the right of a NOT."""
    if isinstance(node, CodeRef):
        return [node]
    if node.op == "NOT":
        return positive_refs(node.left)
    return positive_refs(node.left) + positive_refs(node.right)


def uses_near(node: Node) -> bool:
    """Whether the query has a NEAR anywhere."""
    return isinstance(node, Op) and (node.op == "NEAR" or uses_near(node.left) or uses_near(node.right))
