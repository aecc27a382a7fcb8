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
    markup,
    para,
    paragraph_class,
)


def _table(rows, st, commands, **options):
    """A Table in the form's font: even empty cells name it (else an unembedded Helvetica is
    listed in the PDF)."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, hAlign="LEFT", **options)
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
    return _table(data, st, commands, colWidths=COLUMNS, repeatRows=1)


def _section_cells(row, st):
    name = markup(row.name)
    if row.worth:
        name += f'  <font size="7" color="{MUTED}">{markup(row.worth)}</font>'
    return [row.number, _raw(name, st.section), "", para(row.method, st.small), "",
            row.lost, row.score]


def _item_cells(row, st):
    item = markup(row.name)
    if row.worth:
        item += f'<br/><font size="6.6" color="{MUTED}">{markup(row.worth)}</font>'
    standard = markup(row.standard)
    if row.standard_rule:
        standard += f'<br/><font size="6.6" color="{MUTED}">{markup(row.standard_rule)}</font>'
    why, notes = ([], row.reasons) if row.continued else (row.reasons[:1], row.reasons[1:])
    reasons = "<br/>".join(markup(line) for line in why)
    if notes:
        notes = "<br/>".join("· " + markup(n) for n in notes)
        reasons += f'{"<br/>" if why else ""}<font size="6.6" color="{MUTED}">{notes}</font>'
    return [row.number, _raw(item, st.cell), _raw(standard, st.cell),
            para(row.method, st.small), _raw(reasons, st.cell), row.lost, row.score]


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
    """Three boxes: role, the drawn signature, the name and the date (lines when unsigned)."""
    roles = {"appraiser": words["appraiser"], "employee": words["employee_sign"],
             "reviewer": words["reviewer"]}
    box_w = WIDTH / 3
    heads = [para(roles[s.role], st.head) for s in view.signatures]
    drawn = [_drawn(s, box_w - 8 * MM, 17 * MM) for s in view.signatures]
    names = [_raw(f"{markup(words['signer'])}: {markup(s.name)}" + (
        f'  <font size="6.4" color="{MUTED}">{markup(words["pin"])}</font>'
        if s.pin_verified else ""), st.value) for s in view.signatures]
    dates = [para(f"{words['date']}: {s.date}", st.value) for s in view.signatures]
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
