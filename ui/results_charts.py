"""The Results tab's charts (QtCharts), one page each: the chosen employee's total over the last
periods (a line), where the team's points went this period (a Pareto chart: bars largest first,
the cumulative share as a line on a 0–100 % axis) and the grades and stars given (bars).

They only draw what models.results computed (history_of, points_lost_by_item, grade_counts,
star_counts); the view (ui/results_view.py) asks for it and hands it in."""

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QToolTip, QWidget

from scoring import money

BLUE = QColor("#1f5fa8")
ORANGE = QColor("#d9822b")
GREEN = QColor("#3a8a4f")
GOLD = QColor("#c99a06")
MOST_BARS = 10                  # the Pareto's largest items; the rest would not be read
LABEL_CHARS = 8                 # an item's name under its bar, cut (the tooltip has it all)


def _chart(title=""):
    """A chart without a legend; its title only when it has something to say (the tab's
    label names what a chart shows, and every pixel of height is the plot's at 1280×700)."""
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    chart.legend().hide()
    return chart


def _view(chart):
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(150)
    return view


def _small(axis):
    """Axis labels a size smaller: twelve periods' names fit under a narrow chart."""
    font = QFont(axis.labelsFont())
    font.setPointSizeF(font.pointSizeF() * 0.85)
    axis.setLabelsFont(font)
    return axis


def _short(text):
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _count_axis(most):
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1, most) + 1)
    axis.setTickCount(min(max(1, most) + 2, 7))
    return axis


def bar_values(chart):
    """[(category, value)] of a bar chart's first set (tests, and what is drawn)."""
    series = next(s for s in chart.series() if isinstance(s, QBarSeries))
    axis = next(a for a in chart.axes(Qt.Horizontal) if isinstance(a, QBarCategoryAxis))
    values = series.barSets()[0]
    return [(axis.at(i), values.at(i)) for i in range(values.count())]


class ResultsCharts(QTabWidget):
    def __init__(self, language, parent=None):
        super().__init__(parent)
        self.language = language
        self.lost = []
        self.trend = _view(_chart())
        self.pareto = _view(_chart())
        self.grades = _view(_chart(self.tr("Grades")))
        self.stars = _view(_chart(self.tr("Stars")))
        both = QWidget()
        row = QHBoxLayout(both)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.grades, 1)
        row.addWidget(self.stars, 1)
        self.addTab(self.trend, self.tr("Total over time"))
        self.addTab(self.pareto, self.tr("Points lost per item"))
        self.addTab(both, self.tr("Grades and stars"))
        self.setDocumentMode(True)
        self.show_history(None, [])

    # -- the employee's total over the last periods ------------------------------------------
    def show_history(self, who, totals):
        """`who`: the employee's name and 工号 (None: nobody chosen); `totals`: PeriodTotal,
        oldest first. A period without a form breaks the line."""
        self.setTabText(0, self.tr("Total over time: %1").replace("%1", who) if who
                        else self.tr("Total over time"))
        self.setTabToolTip(0, self.tr("The total of the last %n period(s), as printed on the "
                                      "forms; a period without a form breaks the line", "",
                                      len(totals)))
        chart = _chart("" if who else self.tr("Choose an employee in the table to see her "
                                              "total over time"))
        if who and totals:
            axis_x = _small(QBarCategoryAxis())
            axis_x.append([t.period for t in totals])
            chart.addAxis(axis_x, Qt.AlignBottom)
            known = [float(t.total) for t in totals if t.total is not None]
            axis_y = QValueAxis()
            axis_y.setLabelFormat("%d")
            low = min(known, default=0)
            axis_y.setRange(max(0, (int(low) // 10) * 10 - 10), max(100, max(known, default=0)))
            chart.addAxis(axis_y, Qt.AlignLeft)
            segment = None
            dots = QScatterSeries()
            dots.setName(self.tr("Total"))
            dots.setMarkerSize(9)
            dots.setColor(BLUE)
            dots.setBorderColor(BLUE)
            dots.setPointLabelsVisible(True)
            dots.setPointLabelsFormat("@yPoint")
            dots.setPointLabelsClipping(False)
            for x, each in enumerate(totals):
                if each.total is None:
                    segment = None
                    continue
                if segment is None:
                    segment = QLineSeries()
                    segment.setPen(QPen(BLUE, 2))
                    chart.addSeries(segment)
                    segment.attachAxis(axis_x)
                    segment.attachAxis(axis_y)
                point = QPointF(x, float(each.total))
                segment.append(point)
                dots.append(point)
            chart.addSeries(dots)
            dots.attachAxis(axis_x)
            dots.attachAxis(axis_y)
        self._replace(self.trend, chart)

    def history_points(self):
        """[(period, total)] drawn on the trend chart (tests)."""
        chart = self.trend.chart()
        dots = [s for s in chart.series() if isinstance(s, QScatterSeries)]
        if not dots:
            return []
        axis = chart.axes(Qt.Horizontal)[0]
        return [(axis.at(int(p.x())), p.y()) for p in dots[0].points()]

    # -- the Pareto chart --------------------------------------------------------------------
    def show_lost(self, title, lost):
        """`lost`: LostPoints, largest first (models.results.points_lost_by_item)."""
        self.lost = list(lost[:MOST_BARS])
        self.setTabToolTip(1, title)
        chart = _chart("" if lost else self.tr("%1: no points lost").replace("%1", title))
        if self.lost:
            names = [_short(self._item(x)) for x in self.lost]
            # Two items cut to one label would be one category: keep them apart.
            names = [n + "\u200b" * names[:i].count(n) for i, n in enumerate(names)]
            axis_x = _small(QBarCategoryAxis())
            axis_x.append(names)
            chart.addAxis(axis_x, Qt.AlignBottom)
            axis_y = QValueAxis()
            axis_y.setLabelFormat("%.0f")
            axis_y.setRange(0, float(self.lost[0].points) * 1.15)
            axis_y.applyNiceNumbers()
            axis_y.setTitleText(self.tr("Points lost"))
            chart.addAxis(axis_y, Qt.AlignLeft)
            axis_pct = QValueAxis()
            axis_pct.setRange(0, 100)
            axis_pct.setLabelFormat("%d%%")
            chart.addAxis(axis_pct, Qt.AlignRight)
            bars = QBarSet(self.tr("Points lost"))
            bars.setColor(ORANGE)
            bars.append([float(money(x.points)) for x in self.lost])
            bars.hovered.connect(self._bar_tip)
            series = QBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QBarSeries.LabelsOutsideEnd)
            bars.setLabelColor(QColor("#222222"))
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
            line = QLineSeries()
            line.setName(self.tr("Cumulative %"))
            line.setPen(QPen(BLUE, 2))
            line.setPointsVisible(True)
            line.setPointLabelsVisible(True)
            line.setPointLabelsFormat("@yPoint%")
            line.setPointLabelsClipping(False)
            for x, each in enumerate(self.lost):
                line.append(QPointF(x, float(money(each.cumulative))))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_pct)
        self._replace(self.pareto, chart)

    def _item(self, lost):
        return lost.item_en if self.language == "en" else lost.item

    def _bar_tip(self, status, index):
        if status and 0 <= index < len(self.lost):
            each = self.lost[index]
            QToolTip.showText(QCursor.pos(), self.tr(
                "%1: %2 points lost by %n people (%3% of all, %4% so far)", "", each.people)
                .replace("%1", self._item(each)).replace("%2", f"{money(each.points)}")
                .replace("%3", f"{money(each.share)}").replace("%4", f"{money(each.cumulative)}"))

    def cumulative_points(self):
        """The cumulative % line's values (tests)."""
        lines = [s for s in self.pareto.chart().series() if isinstance(s, QLineSeries)
                 and not isinstance(s, QScatterSeries)]
        return [p.y() for p in lines[0].points()] if lines else []

    # -- grades and stars --------------------------------------------------------------------
    def show_distribution(self, grades, stars):
        """`grades`: [(grade, count)], best first; `stars`: [(stars, count)], most first."""
        self._replace(self.grades, self._bars(self.tr("Grades"), [
            (grade, n) for grade, n in grades], GREEN))
        self._replace(self.stars, self._bars(self.tr("Stars"), [
            (f"{s} ★", n) for s, n in stars], GOLD))

    def _bars(self, title, rows, colour):
        chart = _chart(title if rows else self.tr("%1: none this period").replace("%1", title))
        if rows:
            axis_x = QBarCategoryAxis()
            axis_x.append([name for name, _n in rows])
            chart.addAxis(axis_x, Qt.AlignBottom)
            axis_y = _count_axis(max(n for _name, n in rows))
            chart.addAxis(axis_y, Qt.AlignLeft)
            bars = QBarSet(self.tr("People"))
            bars.setColor(colour)
            bars.append([float(n) for _name, n in rows])
            series = QBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QBarSeries.LabelsOutsideEnd)
            bars.setLabelColor(QColor("#222222"))
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        return chart

    @staticmethod
    def _replace(view, chart):
        old = view.chart()
        view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
