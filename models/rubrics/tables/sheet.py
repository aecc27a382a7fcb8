"""What every sheet reader shares: the problems it finds, the header row, the origin of each
value (sheet, row, column), and the cell → value readers wrapped to record a problem instead of
stopping at the first."""

from dataclasses import dataclass, field

from models.rubrics.tables.cells import CellError, is_blank, text_of
from models.rubrics.tables.columns import IGNORED_COLUMNS, norm


@dataclass
class TableProblem:
    """One problem of the file, where it is. `code` and `args` let the interface say it in the
    user's language (ui/rubric_import_dialog.py); `message` is the English sentence.

    Codes and their args: unreadable_file {reason} · missing_sheet {sheet} · empty_sheet ·
    missing_column {names} · duplicate_column {column} · unknown_column {column} ·
    not_a_number {value} · too_precise {value} · not_yes_no {value} ·
    unknown_word {value, choices} · unreadable_rule {value, example} · full_needs_points ·
    no_rule · two_rules {first, second} · missing_value {field} · section_needed ·
    section_again {section, first_row} · section_conflict {field, value, first} ·
    row_without_item · no_points_here · until_zero_needs_points · cap_and_until_zero ·
    not_in_form {kind} · bad_advanced {reason} · advanced_conflict {key} ·
    unknown_setting {key} · duplicate_setting {key, first_row} · missing_setting {key} ·
    duplicate_id {id, first_sheet, first_row} · no_points_or_weight · mixed_styles ·
    points_sum {total, base} · weights_sum {total} · no_items · grade_row_empty ·
    grade_gap {value} ·
    engine {message} (the rubric engine's own check, in English).
    """
    sheet: str
    row: int | None
    column: str
    message: str
    code: str = ""
    args: dict = field(default_factory=dict)

    def __str__(self):
        where = self.sheet or "?"
        if self.row:
            where += f", row {self.row}"
        if self.column:
            where += f", {self.column}"
        return f"{where}: {self.message}"


@dataclass
class Origin:
    """Where one rubric entry (an item, a section, a setting, a grade) was read: its sheet and
    row, and the header its every key came from (key or (key, sub-key) → header)."""
    sheet: str
    row: int
    columns: dict = field(default_factory=dict)
    default: str = ""
    rule: str = ""           # an item's rule columns as written, for the preview

    def column(self, path=()):
        """The header a key (or a key inside it) came from; the row's main column else."""
        path = tuple(path)
        for size in range(len(path), 0, -1):
            if path[:size] in self.columns:
                return self.columns[path[:size]]
            if size == 1 and path[0] in self.columns:
                return self.columns[path[0]]
        return self.default


class SheetReader:
    """One table of the file: its header row mapped to keys, and its problems."""

    def __init__(self, table, lookup, required, problems, notices, *, optional=False):
        self.table, self.name, self.problems, self.notices = table, table.name, problems, notices
        self.optional = optional     # an optional sheet left quite empty is no problem
        self.where = {}          # key → (index, header as written)
        self.unknown = {}        # index → header as written
        self.header_row = None
        self.readable = False    # a header row with every required column
        self.rows = []           # [(row number, {key: value})] of the non-blank data rows
        self._read(lookup, required)

    def problem(self, row_number, header, message, code, **args):
        self.problems.append(TableProblem(self.name, row_number, header, message, code, args))

    def header(self, key):
        return self.where[key][1] if key in self.where else ""

    def _read(self, lookup, required):
        rows = [(n, cells) for n, cells in self.table.rows if any(not is_blank(c) for c in cells)]
        if not rows:
            if not self.optional:
                self.problem(self.table.start, "", "the sheet is empty", "empty_sheet")
            return
        self.header_row, head = rows[0]
        for index, cell in enumerate(head):
            text = text_of(cell)
            entry = lookup.get(norm(text))
            if entry is None:
                if text and norm(text) not in IGNORED_COLUMNS:
                    self.unknown[index] = text
                elif text:
                    self.notices.append(f"{self.name}: {text}")
            elif entry.key in self.where:
                self.problem(self.header_row, text, "this column appears twice",
                             "duplicate_column", column=text)
            else:
                self.where[entry.key] = (index, text)
        missing = False
        for choices in required:
            if not any(key in self.where for key in choices):
                names = " / ".join(next(e.header for e in lookup.values() if e.key == key)
                                   for key in choices)
                self.problem(self.header_row, names, f"missing column ({names})",
                             "missing_column", names=names)
                missing = True
        if missing:
            return                  # its rows cannot be read without it: no echoes of it
        self.readable = True
        reported = set()
        for number, cells in rows[1:]:
            values = {key: cells[i] if i < len(cells) and not is_blank(cells[i]) else None
                      for key, (i, _text) in self.where.items()}
            for index, text in self.unknown.items():
                if index < len(cells) and not is_blank(cells[index]) and index not in reported:
                    reported.add(index)
                    self.problem(number, text, f"unknown column {text!r} (not in the "
                                 "template; rename or delete it)", "unknown_column",
                                 column=text)
            if any(v is not None for v in values.values()):
                self.rows.append((number, values))

    def read(self, row, key, reader, *args, **kwargs):
        """reader(cell value, …) for a filled cell, None for a blank one; a cell that cannot be
        read becomes a problem at its row and column (and None)."""
        value = row[1].get(key)
        if value is None:
            return None
        try:
            return reader(value, *args, **kwargs)
        except CellError as exc:
            self.problem(row[0], self.header(key), str(exc), exc.code, **exc.args_)
            return None
