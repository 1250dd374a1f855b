"""Every key of the workbench in one table: action name, key, fallback, description.

A researcher's terminal may swallow a key (tmux eats ctrl keys, some terminals never
send `escape` promptly), so every binding has a second, plainer key. Users can remap
any key in the `[keys]` table of their config file by action name (`undo = "z"`), and
the fallback by the name with `_alt` (`undo_alt = "f12"`). The help screen and the
key bar are generated from this table, so they never disagree with the bindings. A name
used on several screens (`back`, `cursor_down`) means the same thing and has the same
keys everywhere, so one remap changes it everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

ALT_SUFFIX = "_alt"

#: Kept in the key bar however short of room it is (by key-table name): the way back, the go-to
#: menu and help, which lists every key the bar leaves out. At 80 columns the bar dropped its last
#: keys first, and those were the app's (`g`) and a screen's `esc`.
BAR_ESSENTIAL = frozenset({"back", "screens", "help"})


@dataclass(frozen=True)
class KeySpec:
    """One user action: its config name, keys, the Textual action and what it does."""

    name: str
    key: str
    fallback: str | None
    action: str
    description: str
    show: bool = True  # listed in the key bar
    footer_key: str | None = None  # how the key bar shows the key (e.g. "1-9")
    footer_description: str | None = None  # shorter text for the key bar
    fallback_hint: str | None = None  # for keys without a fallback: what to use instead (help screen)


def _k(name, key, fallback, action, description, show=True, footer_key=None, footer_description=None,
       fallback_hint=None) -> KeySpec:
    return KeySpec(name, key, fallback, action, description, show, footer_key, footer_description, fallback_hint)


APP_KEYS = (
    _k("help", "question_mark", "f1", "app.help", "Help: every key", footer_key="?", footer_description="Help"),
    _k("quit", "q", "ctrl+q", "app.quit", "Quit"),
    _k("screens", "g", "f4", "app.screens", "Go to a screen", footer_description="Screens"),
    _k("switch_coder", "C", "f2", "app.switch_coder", "Switch coder"),
)

CORPUS_KEYS = (
    _k("open", "enter", "o", "open_document", "Open document"),
    _k("cursor_down", "j", "down", "cursor(1)", "Next document", show=False),
    _k("cursor_up", "k", "up", "cursor(-1)", "Previous document", show=False),
    _k("both_waves", "w", "equals_sign", "compare", "Baseline | end-point"),
    _k("filter", "slash", "ctrl+f", "focus_filter", "Filter"),
    _k("clear_filter", "escape", "backspace", "clear_filter", "Clear filter", show=False),
)

CODE_NUMBER_KEYS = tuple(
    _k(f"code_{n}", str(n), None, f"apply_nth({n})", f"Apply code {n} of the code strip",
       show=n == 1, footer_key="1-9" if n == 1 else None, footer_description="Apply", fallback_hint="c, /")
    for n in range(1, 10)
)

CODING_KEYS = (
    _k("next_segment", "j", "down", "move(1)", "Next segment", show=False),
    _k("prev_segment", "k", "up", "move(-1)", "Previous segment", show=False),
    _k("extend_down", "J", "shift+down", "extend(1)", "Extend selection down a segment", show=False),
    _k("extend_up", "K", "shift+up", "extend(-1)", "Extend selection up a segment", show=False),
    _k("page_down", "ctrl+d", "pagedown", "page(1)", "Move a screenful down", show=False),
    _k("page_up", "ctrl+u", "pageup", "page(-1)", "Move a screenful up", show=False),
    _k("first_segment", "home", "ctrl+home", "jump(0)", "First segment", show=False),
    _k("last_segment", "end", "ctrl+end", "jump(-1)", "Last segment", show=False),
    *CODE_NUMBER_KEYS,
    _k("code_picker", "c", "slash", "code_picker", "Code picker (fuzzy)", footer_description="Pick code"),
    _k("remove_coding", "x", "delete", "remove_coding", "Remove my coding here", footer_description="Remove"),
    _k("memo", "m", "M", "memo", "Memo on my coding here", footer_description="Memo"),
    _k("recode", "r", "R", "recode", "Recode my coding here", show=False),
    _k("undo", "u", "ctrl+z", "undo", "Undo"),
    _k("redo", "ctrl+r", "U", "redo", "Redo", show=False),
    _k("accept", "a", "plus", "accept_suggestion", "Accept the top suggestion", footer_description="Accept"),
    _k("reject", "d", "minus", "reject_suggestion", "Reject suggestion", show=False),
    _k("next_confident", "n", "N", "next_confident", "Next confident suggestion", show=False),
    _k("level_down", "greater_than_sign", "full_stop", "level_down", "Codes 1-9: sub-codes of the next number", show=False),
    _k("level_up", "less_than_sign", "comma", "level_up", "Codes 1-9: one level up", show=False),
    _k("precise", "v", "V", "precise", "Precise (character) selection", show=False),
    # Listed in the key bar only in precise mode (CodingScreen.keybar_entry).
    _k("end_right", "l", "right", "nudge('end', 1, 0)", "Precise: end one character right", show=False,
       footer_key="h/l", footer_description="End ±char"),
    _k("end_left", "h", "left", "nudge('end', -1, 0)", "Precise: end one character left", show=False),
    _k("start_right", "L", "shift+right", "nudge('start', 1, 0)", "Precise: start one character right", show=False,
       footer_key="H/L", footer_description="Start ±char"),
    _k("start_left", "H", "shift+left", "nudge('start', -1, 0)", "Precise: start one character left", show=False),
    _k("end_word_right", "w", "ctrl+right", "nudge('end', 0, 1)", "Precise: end one word right", show=False,
       footer_key="w/W", footer_description="End ±word"),
    _k("end_word_left", "W", "ctrl+left", "nudge('end', 0, -1)", "Precise: end one word left", show=False),
    _k("layers", "i", "I", "toggle_layers", "Also suggest the codebook's optional layers (on_request codes)",
       show=False),
    _k("blind", "b", "ctrl+b", "blind", "Blind mode: only my codings", show=False),
    _k("toggle_panel", "e", "f6", "toggle_panel", "Show or hide the side panel", show=False),
    _k("codebook", "o", "f7", "codebook", "Codebook (edit codes)", show=False),
    _k("speakers", "p", "f8", "speakers", "Speakers of this document: role and participant per label", show=False),
    _k("compare", "s", "equals_sign", "compare", "Baseline | end-point side by side", show=False),
    _k("show_filter", "t", "T", "show_filter", "Show only some codes' or coders' codings", show=False),
    _k("stripes", "y", "Y", "stripes", "Coding stripes in the margin for chosen codes", show=False),
    _k("find", "f", "ctrl+f", "find", "Find in this transcript (matches highlighted)", show=False),
    _k("find_next", "right_square_bracket", "ctrl+n", "find_step(1)", "Next match of the find", show=False),
    _k("find_previous", "left_square_bracket", "f9", "find_step(-1)", "Previous match of the find", show=False),
    _k("back", "escape", "backspace", "back", "Back (or leave precise mode)", footer_description="Back"),
)

CODEBOOK_KEYS = (
    _k("cursor_down", "j", "down", "cursor(1)", "Next code", show=False),
    _k("cursor_up", "k", "up", "cursor(-1)", "Previous code", show=False),
    _k("add_code", "a", "insert", "add_code", "Add code"),
    _k("rename_code", "r", "R", "rename_code", "Rename"),
    _k("move_code", "m", "M", "move_code", "Move"),
    _k("merge_code", "i", "I", "merge_code", "Merge into"),
    _k("retire_code", "d", "delete", "retire_code", "Retire / restore"),
    _k("show_retired", "t", "T", "show_retired", "Show retired", show=False),
    _k("back", "escape", "backspace", "back", "Back"),
)

COMPARE_KEYS = (
    _k("next_segment", "j", "down", "scroll(1)", "Scroll down", show=False),
    _k("prev_segment", "k", "up", "scroll(-1)", "Scroll up", show=False),
    _k("switch_side", "tab", "w", "switch_side", "Other side"),
    _k("back", "escape", "backspace", "back", "Back"),
)

AGREEMENT_KEYS = (
    _k("cursor_down", "j", "down", "cursor(1)", "Next code", show=False),
    _k("cursor_up", "k", "up", "cursor(-1)", "Previous code", show=False),
    _k("disagreements", "enter", "d", "disagreements", "Passages where the coders differ on this code",
       footer_description="Passages"),
    # the same names and keys as the analysis grid's left and right: one remap changes both
    _k("cursor_right", "l", "right", "columns(1)", "Columns: the next one into view (the code column stays)",
       footer_key="h/l", footer_description="Columns"),
    _k("cursor_left", "h", "left", "columns(-1)", "Columns: the one before into view (the code column stays)",
       show=False),
    _k("agreement_unit", "u", "U", "next_unit", "Next unit: segment, document, character, unitized",
       footer_description="Unit"),
    _k("agreement_coders", "c", "f3", "choose_coders", "Choose the coders to compare", footer_description="Coders"),
    _k("agreement_sort", "s", "S", "next_sort", "Sort by the next column", footer_description="Sort"),
    _k("agreement_reverse", "r", "R", "reverse", "Reverse the order", footer_description="Reverse"),
    _k("agreement_method", "m", "M", "toggle_method", "Show or hide the method and notes", footer_description="Method"),
    _k("back", "escape", "backspace", "back", "Back"),
)

DISAGREEMENT_KEYS = (
    _k("cursor_down", "j", "down", "move(1)", "Next passage", show=False),
    _k("cursor_up", "k", "up", "move(-1)", "Previous passage", show=False),
    *(_k(f"accept_{n}", str(n), None, f"accept({n})", f"Settle: take coder {n}'s codes", show=n == 1,
         footer_key="1-9" if n == 1 else None, footer_description="Coder's codes", fallback_hint="e")
      for n in range(1, 10)),
    _k("union", "a", "plus", "decide('union')", "Settle: all codes any coder applied (union)",
       footer_description="Union"),
    _k("intersection", "i", "asterisk", "decide('intersection')", "Settle: only the codes all coders share",
       footer_description="Shared"),
    _k("choose_codes", "e", "E", "custom", "Settle: type the codes yourself", footer_description="Choose"),
    _k("only_unresolved", "t", "T", "toggle_unresolved", "Show only unsettled passages, or all",
       footer_description="Unsettled"),
    _k("back", "escape", "backspace", "back", "Back"),
)

ANALYSIS_KEYS = (
    _k("drill_down", "enter", "o", "drill_down", "Quotes behind this cell", footer_description="Quotes"),
    _k("analysis_view", "v", "V", "next_view", "Next view: wave, role, programme, co-occurrence, change",
       footer_description="View"),
    _k("analysis_count", "u", "U", "next_unit", "Count segments, documents or participants",
       footer_description="Count"),
    _k("analysis_per_interview", "i", "I", "per_interview", "Counts, or counts per interview in each column",
       footer_description="Per interview"),
    _k("cursor_down", "j", "down", "move(1, 0)", "Down", show=False),
    _k("cursor_up", "k", "up", "move(-1, 0)", "Up", show=False),
    _k("cursor_left", "h", "left", "move(0, -1)", "Left", show=False),
    _k("cursor_right", "l", "right", "move(0, 1)", "Right", show=False),
    _k("back", "escape", "backspace", "back", "Back"),
)

QUOTE_KEYS = (
    _k("open", "enter", "o", "open_quote", "Open the document at this quote", footer_description="Open"),
    _k("cursor_down", "j", "down", "move(1)", "Next quote", show=False),
    _k("cursor_up", "k", "up", "move(-1)", "Previous quote", show=False),
    _k("back", "escape", "backspace", "back", "Back"),
)

#: The passage lists of retrieval and coding queries share these keys.
_PASSAGE_KEYS = (
    _k("open", "enter", "o", "open_passage", "Open the document at this passage", footer_description="Open"),
    _k("cursor_down", "j", "down", "move(1)", "Next passage", show=False),
    _k("cursor_up", "k", "up", "move(-1)", "Previous passage", show=False),
    _k("retrieval_filter", "f", "F", "choose_filter", "Filter by wave, role, programme, coder or participant attribute",
       footer_description="Filter"),
    _k("context", "t", "T", "toggle_context", "Show or hide the sentences around this passage",
       footer_description="Context"),
    _k("recode", "r", "R", "recode", "Recode my coding of this passage", footer_description="Recode"),
    _k("remove_coding", "x", "delete", "remove_coding", "Remove my coding of this passage",
       footer_description="Uncode"),
    _k("undo", "u", "ctrl+z", "undo", "Undo", show=False),
    _k("to_report", "p", "P", "to_report", "Send the list to a report file", footer_description="Report"),
)

RETRIEVAL_KEYS = (
    _k("retrieval_code", "c", "f3", "choose_code", "Choose the code to retrieve (with its sub-codes)",
       footer_description="Code"),
    *_PASSAGE_KEYS,
    _k("back", "escape", "backspace", "back", "Back"),
)

QUERY_KEYS = (
    _k("query_edit", "e", "E", "edit_query", "Write the query (AND, OR, NOT, NEAR/N)", footer_description="Query"),
    _k("query_within", "w", "W", "next_within", "Codes meet in the same: segment, turn or document",
       footer_description="Within"),
    _k("query_save", "s", "S", "save_query", "Save the query under a name", footer_description="Save"),
    _k("query_saved", "l", "L", "saved_queries", "Run a saved query", footer_description="Saved"),
    *_PASSAGE_KEYS,
    _k("back", "escape", "backspace", "back", "Back"),
)

SEARCH_KEYS = (
    _k("filter", "slash", "ctrl+f", "focus_filter", "Type a search (words, \"a phrase\", prefix*, OR, NOT)",
       footer_description="Search"),
    _k("open", "enter", "o", "open_hit", "Open the transcript at this hit", footer_description="Open"),
    _k("cursor_down", "j", "down", "move(1)", "Next hit", show=False),
    _k("cursor_up", "k", "up", "move(-1)", "Previous hit", show=False),
    _k("back", "escape", "backspace", "back", "Back"),
)

MEMOS_KEYS = (
    _k("memo_new", "n", "insert", "new_memo", "New memo: project journal, a document or a code",
       footer_description="New"),
    _k("memo_edit", "enter", "e", "edit_memo", "Read and edit this memo (empty text deletes it)",
       footer_description="Edit"),
    _k("filter", "slash", "ctrl+f", "focus_filter", "Search the memos (type to narrow the list)",
       footer_description="Search"),
    _k("memo_kind", "t", "T", "next_kind", "Show all memos, or only project, document, code or coding memos",
       footer_description="Kind"),
    _k("memo_open", "o", "O", "open_memo", "Open the transcript at this memo's coding or document",
       footer_description="Open"),
    _k("cursor_down", "j", "down", "move(1)", "Next memo", show=False),
    _k("cursor_up", "k", "up", "move(-1)", "Previous memo", show=False),
    _k("back", "escape", "backspace", "back", "Back"),
)

CASES_KEYS = (
    _k("cases_edit", "enter", "e", "edit_cell", "Edit this cell (speakers: the speaker map)", footer_description="Edit"),
    _k("cases_attribute", "a", "plus", "add_attribute", "Add an attribute to this participant",
       footer_description="Attribute"),
    _k("switch_side", "tab", "w", "switch_table", "Participants or documents", footer_description="Other table"),
    _k("undo", "u", "ctrl+z", "undo", "Undo"),
    _k("redo", "ctrl+r", "U", "redo", "Redo", show=False),
    _k("cursor_down", "j", "down", "move(1, 0)", "Down", show=False),
    _k("cursor_up", "k", "up", "move(-1, 0)", "Up", show=False),
    _k("cursor_left", "h", "left", "move(0, -1)", "Left", show=False),
    _k("cursor_right", "l", "right", "move(0, 1)", "Right", show=False),
    _k("back", "escape", "backspace", "back", "Back"),
)

HELP_KEYS = (
    _k("back", "escape", "backspace", "back", "Back"),
    _k("cursor_down", "j", "down", "scroll(1)", "Scroll down", show=False),
    _k("cursor_up", "k", "up", "scroll(-1)", "Scroll up", show=False),
)

DIALOG_KEYS = (
    _k("cancel", "escape", "ctrl+g", "cancel", "Cancel"),
)

CHOOSE_KEYS = (
    _k("cursor_down", "j", "down", "move(1)", "Next item", show=False),
    _k("cursor_up", "k", "up", "move(-1)", "Previous item", show=False),
)

PICKER_KEYS = (
    _k("picker_down", "down", "ctrl+n", "move(1)", "Code picker: next match", show=False),
    _k("picker_up", "up", "ctrl+p", "move(-1)", "Code picker: previous match", show=False),
)

CONFIRM_KEYS = (
    _k("confirm_yes", "y", "enter", "answer(True)", "Yes"),
    _k("confirm_no", "n", "N", "answer(False)", "No"),
)

PROMPT_KEYS = (
    _k("to_choices", "down", "ctrl+n", "to_choices", "From the typed text down to the list of choices", show=False),
)

#: Handled before the focused input sees the key, so text typed right after enter lands in the next field.
FORM_KEYS = (
    _k("form_next", "enter", None, "next_field", "New code: next field; in the last one, add the code",
       fallback_hint="tab"),
)

#: Handled before the focused list sees the key (enter would otherwise tick an item).
PICK_MANY_KEYS = (
    _k("pick_done", "enter", "f10", "done", "Ticked lists: use the ticked items"),
    _k("pick_clear", "ctrl+u", "f5", "clear", "Ticked lists: untick everything"),
)

MEMO_KEYS = (
    _k("save_memo", "ctrl+s", "f10", "save", "Save memo"),
    _k("cancel", "escape", "ctrl+g", "cancel", "Cancel"),
)

#: Priority bindings, like FORM_KEYS: text typed right after tab lands in the next field.
SPEAKER_KEYS = (
    _k("save_speakers", "ctrl+s", "f10", "save", "Save the speaker map"),
    _k("cancel", "escape", "ctrl+g", "cancel", "Cancel"),
    _k("speaker_next_field", "tab", "enter", "next_field", "Speaker dialog: next field"),
)

#: (title, specs) for the help screen, in the order shown.
ALL_KEYS = (
    ("Everywhere", APP_KEYS),
    ("Corpus", CORPUS_KEYS),
    ("Coding", CODING_KEYS),
    ("Codebook", CODEBOOK_KEYS),
    ("Baseline | end-point", COMPARE_KEYS),
    ("Agreement", AGREEMENT_KEYS),
    ("Disagreements", DISAGREEMENT_KEYS),
    ("Analysis", ANALYSIS_KEYS),
    ("Analysis › quotes", QUOTE_KEYS),
    ("Retrieval", RETRIEVAL_KEYS),
    ("Coding query", QUERY_KEYS),
    ("Search", SEARCH_KEYS),
    ("Memos", MEMOS_KEYS),
    ("Cases and attributes", CASES_KEYS),
    ("Help", HELP_KEYS),
    ("Memo dialog", MEMO_KEYS),
    ("Speaker dialog", SPEAKER_KEYS),
    ("New code dialog", FORM_KEYS),
    ("Yes/no questions", CONFIRM_KEYS),
    ("Lists in dialogs", CHOOSE_KEYS + PICKER_KEYS + PROMPT_KEYS + PICK_MANY_KEYS),
    ("Dialogs", DIALOG_KEYS),
)


def bindings(specs: tuple[KeySpec, ...], priority: bool = False) -> list[Binding]:
    """Textual bindings for a table: the key (with the spec's name as binding id) and its fallback."""
    out = []
    for spec in specs:
        out.append(Binding(spec.key, spec.action, spec.footer_description or spec.description, show=spec.show,
                           key_display=spec.footer_key, id=spec.name, priority=priority))
        if spec.fallback:
            out.append(Binding(spec.fallback, spec.action, spec.description, show=False,
                               id=spec.name + ALT_SUFFIX, priority=priority))
    return out


def known_names() -> set[str]:
    """Every action name the config file's [keys] table accepts, fallbacks included."""
    names = set()
    for _title, specs in ALL_KEYS:
        for spec in specs:
            names.add(spec.name)
            names.add(spec.name + ALT_SUFFIX)
    return names


def keymap_from_settings(keys: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The Textual keymap for the config's `[keys]` table, and the names it did not know."""
    names = known_names()
    keymap = {name: key.strip() for name, key in keys.items() if name in names and key.strip()}
    unknown = sorted(name for name in keys if name not in names)
    return keymap, unknown


def effective_keys(spec: KeySpec, remaps: dict[str, str]) -> tuple[str, str | None]:
    """The key and fallback a spec has after the user's remaps."""
    return remaps.get(spec.name, spec.key), remaps.get(spec.name + ALT_SUFFIX, spec.fallback)


def keys_hint(spec: KeySpec, remaps: dict[str, str]) -> str:
    """A spec's key and fallback after remaps, for a hint line: 'ctrl+s or f10'."""
    key, fallback = effective_keys(spec, remaps)
    return " or ".join(label for label in (key_label(key), key_label(fallback)) if label)


def key_of(specs: tuple[KeySpec, ...], name: str, remaps: dict[str, str]) -> str:
    """How the key of the action `name` in a table is written, after remaps ('t', '?')."""
    spec = next(s for s in specs if s.name == name)
    return key_label(effective_keys(spec, remaps)[0])


def key_label(key: str | None) -> str:
    """A key as people write it: 'question_mark' -> '?', 'shift+down' -> 'shift+↓'."""
    if not key:
        return ""
    from textual.keys import format_key

    return "/".join(format_key(part.strip()) for part in key.split(","))
