"""The charts of the results summary PDF (reports/results_pdf.py), drawn with reportlab's own
graphics so they stay vector and searchable: the grade and star distribution, and the Pareto of
points lost per item."""

BAR = "#3b6ea5"
LINE = "#b00020"


def _label(text, limit):
    """A chart's category name, cut to fit under its bar."""
    from reports.fonts import printable

    text = printable(str(text))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _bar_chart(drawing, *, x, y, width, height, labels, values, title, font, integer=True,
               angle=0):
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors

    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = x, y, width, height
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.6
    if angle:
        chart.categoryAxis.labels.angle = angle
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx, chart.categoryAxis.labels.dy = 2, -2
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 6.6
    chart.valueAxis.valueMin = 0
    top = max(values, default=0) or 1
    if integer:
        step = max(1, -(-int(top) // 5))
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = step * (-(-int(top) // step) + (1 if top % step == 0 else 0))
        chart.barLabelFormat = "%d"
    else:
        chart.valueAxis.valueMax = float(top) * 1.15
        chart.barLabelFormat = "%.2f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.4
    chart.barLabels.nudge = 5
    chart.bars[0].fillColor = colors.HexColor(BAR)
    chart.bars[0].strokeColor = None
    # relative units: a bar fills about half of its slot, however many there are
    chart.barWidth, chart.groupSpacing = 10, 9
    drawing.add(chart)
    drawing.add(String(x + width / 2, y + height + 8, title, fontName=font, fontSize=8,
                       textAnchor="middle"))
    return chart


def _note(drawing, x, y, text, font):
    from reportlab.graphics.shapes import String

    from reports.fonts import printable

    drawing.add(String(x, y, printable(text), fontName=font, fontSize=8, textAnchor="middle",
                       fillColor="#5a5a5a"))


def distribution(document, words, font, en):
    """Two bar charts side by side: how many got each grade, and each number of stars."""
    from reportlab.graphics.shapes import Drawing

    from reports.pdf_styles import MM, WIDTH

    height = 40 * MM
    drawing = Drawing(WIDTH, height)
    half = WIDTH / 2
    grades = document.get("grades") or []
    if grades:
        labels = [_grade_label(document, grade, en) for grade, _ in grades]
        slot = (half - 22 * MM) / len(labels)
        _bar_chart(drawing, x=14 * MM, y=10 * MM, width=half - 22 * MM, height=height - 20 * MM,
                   labels=[_label(label, max(3, int(slot / 7))) for label in labels],
                   values=[count for _, count in grades], title=words["grades"], font=font)
    else:
        _note(drawing, half / 2, height / 2, words["no_grades"], font)
    stars = document.get("stars") or []
    if any(count for _, count in stars):
        _bar_chart(drawing, x=half + 14 * MM, y=10 * MM, width=half - 22 * MM,
                   height=height - 20 * MM, labels=[f"{n}★" for n, _ in stars],
                   values=[count for _, count in stars], title=words["stars"], font=font)
    else:
        _note(drawing, half + half / 2, height / 2, words["no_stars"], font)
    return drawing


def _grade_label(document, grade, en):
    if not en:
        return grade
    for member in document["members"]:
        if member.get("grade") == grade and member.get("grade_en"):
            return member["grade_en"]
    return grade


def pareto(document, words, font, en, *, most=12):
    """The points lost per item, largest first (at most `most` bars), and the cumulative
    share as a line over them with its own axis (0–100 %) on the right."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib import colors

    from reports.pdf_styles import MM, WIDTH

    height = 52 * MM
    drawing = Drawing(WIDTH, height)
    losses = (document.get("losses") or [])[:most]
    if not losses:
        _note(drawing, WIDTH / 2, height / 2, words["no_losses"], font)
        return drawing
    x, y = 16 * MM, 20 * MM
    width, top = WIDTH - 32 * MM, height - 24 * MM
    names = [(en and lost.get("item_en")) or lost["item"] for lost in losses]
    _bar_chart(drawing, x=x, y=y, width=width, height=top,
               labels=[_label(n, 10) for n in names],
               values=[float(lost["points"]) for lost in losses], title="", font=font,
               integer=False, angle=30)
    red = colors.HexColor(LINE)
    points = []
    for i, lost in enumerate(losses):
        px = x + (i + 0.5) * width / len(losses)
        py = y + top * float(lost["cumulative"]) / 100
        points += [px, py]
        drawing.add(Circle(px, py, 1.6, fillColor=red, strokeColor=red))
    drawing.add(PolyLine(points, strokeColor=red, strokeWidth=1.1))
    right = x + width
    drawing.add(Line(right, y, right, y + top, strokeColor=red, strokeWidth=0.6))
    for share in (0, 25, 50, 75, 100):
        ty = y + top * share / 100
        drawing.add(Line(right, ty, right + 2, ty, strokeColor=red, strokeWidth=0.6))
        drawing.add(String(right + 3.5, ty - 2.2, f"{share}%", fontName=font, fontSize=6.4,
                           fillColor=red))
    return drawing
