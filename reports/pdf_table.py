"""The form's tables: header block, the item table (flows over pages, header row repeated),
the summary with the total, and the three signature boxes."""

from functools import lru_cache

from reports.pdf_styles import (
    ALERT,
    COLUMNS,
    HEAD,
    MM,
    MUTED,
    RULE,
    SHADE,
    WIDTH,
    color,
    is_cjk,
    markup,
    para,
    paragraph_class,
)


def _table(rows, st, commands, **options):
    """A Table in the form's font: even empty cells name it (else an unembedded Helvetica is
    listed in the PDF)."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, hAlign="LEFT", **options)
    commands = [tuple(color(x) if isinstance(x, str) and x.startswith("#") else x
                      for x in command) for command in commands]
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.font, 8.2, 10), *commands]))
    return table


def header_table(view, st):
    """姓名 · 工号 · 岗位 · 部门 / 考核人 · 复核人 · 状态 · 冻结于: four label–value pairs a row."""
    cells = [(para(label, st.label), para(value, st.value)) for label, value in view.header]
    rows = [sum(cells[i:i + 4], ()) for i in range(0, len(cells), 4)]
    label_w, value_w = 17 * MM, WIDTH / 4 - 17 * MM
    return _table(rows, st, [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (2, 0), (2, -1), SHADE),
        ("BACKGROUND", (4, 0), (4, -1), SHADE), ("BACKGROUND", (6, 0), (6, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ], colWidths=[label_w, value_w] * 4)


def item_table(view, st, columns):
    """One row per section heading and per item; `repeatRows=1` repeats the column titles.

    序号, 扣分 and 得分 are short plain strings (no line breaking needed); the rest wrap. Rows
    move whole to the next page, a heading with its first item (form_rows keeps every row
    shorter than a page)."""
    from reports.fonts import printable

    shown = _shown_columns(view.rows)
    data = [[para(title, st.head) for title in columns]]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (5, 1), (6, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in view.rows:
        index = len(data)
        if row.section:
            data.append(_section_cells(row, st))
            commands += [("SPAN", (1, index), (2, index)), ("SPAN", (3, index), (4, index)),
                         ("BACKGROUND", (0, index), (-1, index), SHADE),
                         ("NOSPLIT", (0, index), (-1, index + 1))]
        else:
            data.append(_item_cells(row, st))
        if row.alert:
            commands.append(("TEXTCOLOR", (5, index), (6, index), ALERT))
        for column in (0, 5, 6):
            data[index][column] = printable(data[index][column])
    data = [[cells[c] for c in shown] for cells in data]
    commands = [c for c in (_placed(command, shown) for command in commands) if c]
    return _table(data, st, commands, colWidths=_widths(shown), repeatRows=1)


# Columns left out of the table when no row has anything in them (考核标准, 检查方法): a rubric
# without check methods prints no empty "检查方法" column, its width going to the texts.
OPTIONAL = {2: ("standard", "standard_rule"), 3: ("method",)}
TEXT_COLUMNS = (1, 2, 3, 4)


def _shown_columns(rows):
    return [c for c in range(len(COLUMNS))
            if c not in OPTIONAL or any(getattr(r, key) for r in rows for key in OPTIONAL[c])]


def _widths(shown):
    """The kept columns' widths: what the left-out ones had goes to the kept text columns in
    proportion, so the table stays the page's width."""
    spare = sum(w for c, w in enumerate(COLUMNS) if c not in shown)
    texts = sum(COLUMNS[c] for c in TEXT_COLUMNS if c in shown)
    return [COLUMNS[c] + (spare * COLUMNS[c] / texts if c in TEXT_COLUMNS else 0)
            for c in shown]


def _placed(command, shown):
    """A table command on the full seven columns, moved onto the kept ones; None when the
    columns it names are all left out (or a SPAN is left with one column)."""
    name, (c0, r0), (c1, r1), *rest = command
    last = len(COLUMNS) - 1
    c0, c1 = (last if c < 0 else c for c in (c0, c1))
    kept = [i for i, c in enumerate(shown) if c0 <= c <= c1]
    if not kept or (name == "SPAN" and len(kept) < 2):
        return None
    return (name, (kept[0], r0), (kept[-1], r1), *rest)


def _section_cells(row, st):
    name = markup(row.name)
    if row.worth:
        name += f'  <font size="7" color="{MUTED}">{markup(row.worth)}</font>'
    if row.note:
        name += f'  <font size="7.6" color="{ALERT}">{markup(row.note)}</font>'
    return [row.number, _raw(name, st.section), "", para(row.method, st.small), "",
            row.lost, row.score]


def _item_cells(row, st):
    item = [(markup(row.name), False)] + ([(markup(row.worth), True)] if row.worth else [])
    standard = [(markup(row.standard), False)]
    if row.standard_rule:
        standard.append((markup(row.standard_rule), True))
    why, notes = ([], row.reasons) if row.continued else (row.reasons[:1], row.reasons[1:])
    reasons = [(markup(line), False) for line in why]
    if row.weighted:
        reasons.append((markup(row.weighted), True))
    reasons += [("· " + markup(n), True) for n in notes]
    return [row.number, _lines(item, st), _lines(standard, st),
            para(row.method, st.small), _lines(reasons, st), row.lost, row.score]


def _lines(parts, st):
    """The lines of a cell, (markup, small?) each, as one paragraph a line: a paragraph in one
    font takes reportlab's fast line breaking (mixed fonts go glyph by glyph: a third of a
    form's time), and each wraps its own way (Latin between words, CJK anywhere).

    Each line is drawn where it stood when a run of Latin or of CJK lines was one paragraph
    joined by <br/>: the run's baselines one leading apart from its first, which sat at the
    cell font's size when the run had a line break, else at the line's own (`drop`)."""
    if not parts:
        return _raw("", st.cell)
    runs = []
    for text, small in parts:
        if runs and is_cjk(text) == is_cjk(runs[-1][-1][0]):
            runs[-1].append((text, small))
        else:
            runs.append([(text, small)])
    made = []
    for run in runs:
        first = st.cell.fontSize if len(run) > 1 else None
        for text, small in run:
            style = st.cell_small if small else st.cell
            line = _raw(text, style)
            line.drop = (first or style.fontSize) - style.fontSize
            made.append(line)
    return made[0] if len(made) == 1 else made


def _raw(text, style):
    return paragraph_class()(text, style)


def summary_table(view, st):
    """加分 · 扣分 · 否决 · 本次考核总得分 · 等级 · 星级 · 绩效工资: label and value rows."""
    rows, commands = [], [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE)]
    for index, (label, value, how) in enumerate(view.summary):
        big = how == "total"
        value_style = st.big_value if big else st.warning if how == "alert" else st.total_value
        rows.append([para(label, st.big_label if big else st.total_label),
                     para(value, value_style)])
        if big:
            commands.append(("BACKGROUND", (0, index), (-1, index), SHADE))
    return _table(rows, st, commands, colWidths=[WIDTH * 0.55, WIDTH * 0.45])


def signature_table(view, st, words):
    """Three boxes: role, the drawn signature, the name and the date (lines when unsigned). A
    disputed form's employee box holds the dispute (reason, who, date), never a drawing."""
    roles = {"appraiser": words["appraiser"], "employee": words["employee_sign"],
             "reviewer": words["reviewer"]}
    box_w = WIDTH / 3
    heads = [para(words["dispute_head"] if s.dispute else roles[s.role], st.head)
             for s in view.signatures]
    drawn = [para(words["dispute_box"].format(reason=s.dispute), st.warning) if s.dispute
             else _drawn(s, box_w - 8 * MM, 17 * MM) for s in view.signatures]
    names = [_signer_line(s, words, st) for s in view.signatures]
    dates = [para(f"{words['dispute_date'] if s.dispute else words['date']}: {s.date}",
                  st.value) for s in view.signatures]
    commands = [("BOX", (0, 0), (0, -1), 0.6, RULE), ("BOX", (1, 0), (1, -1), 0.6, RULE),
                ("BOX", (2, 0), (2, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("ALIGN", (0, 1), (-1, 1), "CENTER"), ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
                ("TOPPADDING", (0, 2), (-1, -1), 3)]
    for column, signature in enumerate(view.signatures):
        if not signature.name:          # unsigned: lines to sign and date on
            commands += [("LINEBELOW", (column, 1), (column, 1), 0.5, MUTED),
                         ("LINEBELOW", (column, 2), (column, 3), 0.3, MUTED)]
    return _table([heads, drawn, names, dates], st, commands, colWidths=[box_w] * 3,
                  rowHeights=[None, 20 * MM, None, None])


def _signer_line(signature, words, st):
    if signature.dispute:
        signed = f" ({words['dispute_signed']})" if signature.dispute_signed else ""
        return para(f"{words['dispute_by']}: {signature.name}{signed}", st.value)
    return _raw(f"{markup(words['signer'])}: {markup(signature.name)}" + (
        f'  <font size="6.4" color="{MUTED}">{markup(words["pin"])}</font>'
        if signature.pin_verified else ""), st.value)


def _drawn(signature, max_w, max_h):
    """The signature as drawn: its strokes as vector lines (x, y in a 0..1 box, y down, the
    pad's PNG being 3:1), else its PNG; nothing when neither can be read."""
    if signature.strokes:
        width = min(max_w, max_h * 3)
        return _strokes_class()(signature.strokes, width, width / 3)
    if not signature.png:
        return ""
    from io import BytesIO

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(BytesIO(signature.png)).getSize()
    except Exception:   # noqa: BLE001 — an unreadable image prints as an unsigned-looking box
        return ""
    scale = min(max_w / width, max_h / height)
    return Image(BytesIO(signature.png), width=width * scale, height=height * scale,
                 mask="auto")


@lru_cache(maxsize=1)
def _strokes_class():
    from reportlab.platypus import Flowable

    class Strokes(Flowable):
        """Pen strokes in a width × height box: one path, no font involved."""

        def __init__(self, strokes, width, height):
            super().__init__()
            self.strokes, self.width, self.height = strokes, width, height
            self.hAlign = "CENTER"

        def wrap(self, availWidth, availHeight):
            return self.width, self.height

        def draw(self):
            canvas = self.canv
            path = canvas.beginPath()
            for stroke in (s for s in self.strokes if len(s) > 1):
                (x, y), rest = stroke[0], stroke[1:]
                path.moveTo(x * self.width, (1 - y) * self.height)
                for x, y in rest:
                    path.lineTo(x * self.width, (1 - y) * self.height)
            canvas.setStrokeColor("#10206b")
            canvas.setLineWidth(1.1)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            canvas.drawPath(path, stroke=1, fill=0)

    return Strokes
