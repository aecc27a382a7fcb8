"""Tick to updated figures on a 100-item rubric, against its parts measured alone in the same run.

    python bench/bench_tick.py [--ticks 200] [--items 100] [--incidents 200 1000]

One tick = the click on "+", the incident written in its own transaction (synchronous=FULL,
audited), the period's inputs re-read, the engine run, the checklist's labels updated and the
window's pending paint done (what the screen shows next). It is timed with 200 and with 1,000
incidents already in the period. Targets: p95 under 16 ms (one frame), median under 6 ms.
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.figures import load_note, median, percentile, result  # noqa: E402
from models.database.store import open_db  # noqa: E402
from models.people.employees import add_employee  # noqa: E402
from models.people.teams import add_team  # noqa: E402
from models.rubrics import save_rubric_text  # noqa: E402
from models.work.checklist import Checklist  # noqa: E402
from models.work.incidents import add_incident  # noqa: E402
from models.work.periods import current_period  # noqa: E402
from scoring import evaluate  # noqa: E402
from scoring.remembered import set_aside  # noqa: E402
from ui.checklist import ChecklistWidget  # noqa: E402
from ui.session import Session  # noqa: E402

TARGET_MEDIAN, TARGET_P95 = 6, 16


def big_rubric(n_items, n_sections=10):
    """n_items items in n_sections sections: 70 % deductions (some severe/ranged), 30 % values."""
    per = n_items // n_sections
    sections = []
    for s in range(n_sections):
        items = []
        for i in range(per):
            iid = f"s{s}-i{i}"
            if i % 10 < 7:
                item = {"id": iid, "text": f"检查项 {s}.{i},不合要求扣分", "deduct": 1 + i % 3}
                if i % 4 == 0:
                    item["severe_x"] = 2
                if i % 5 == 1:
                    item["deduct"] = [1, 5]
            else:
                item = {"id": iid, "text": f"指标 {s}.{i}", "points": 0,
                        "linear": {"zero_at": 70, "full_at": 90}}
            items.append(item)
        sections.append({"id": f"s{s}", "name": f"第{s + 1}部分", "points": 10,
                         "start": "full", "items": items})
    return {"id": "bench-100", "name": "百项基准", "post": "基准岗", "base": 10 * n_sections,
            "sections": sections}


def seed(db, checklist, count):
    """`count` incidents in the period before the bench's ticks, spread over the items."""
    items = [i for i in checklist.rubric.items() if i.takes_incidents]
    start = datetime.combine(checklist.period.start, datetime.min.time())
    with db.atomic():           # one commit: set-up, not ticks
        for n in range(count):
            item = items[n % len(items)]
            amount = item.spec.low if item.kind != "veto" and item.spec.is_range else None
            add_incident(db, employee_id=checklist.employee["id"],
                         version_id=checklist.view.version_id, item_id=item.id, amount=amount,
                         at=start + timedelta(minutes=n), by="bench set-up")
    checklist.refresh()


def flush_paint(app):
    """What the event loop does next after the click: the posted updates, then the paint of
    the regions they marked (offscreen, the window's backing store)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
    app.processEvents()


def run(app, args, seeded):
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db", first_run_setup=False)
        save_rubric_text(db, yaml.safe_dump(big_rubric(args.items), allow_unicode=True),
                         by="bench set-up")
        team = add_team(db, name="基准班", by="bench set-up")
        employee = add_employee(db, code="B1", name="基准", team_id=team, post="基准岗",
                                by="bench set-up")
        checklist = Checklist(db, employee_id=employee, period=current_period(db),
                              inspector="基准值班长")
        seed(db, checklist, seeded)
        widget = ChecklistWidget(Session(db, language="zh"), checklist)
        widget.resize(1200, 900)
        widget.show()
        app.processEvents()
        before = len(checklist.view.incidents)
        deduct_rows = [r for r in widget.rows.values() if hasattr(r, "plus")]
        ticks, evaluations, writes = [], [], []
        for n in range(args.ticks + 5):
            row = deduct_rows[n % len(deduct_rows)]
            start = time.perf_counter()
            row.plus.click()
            flush_paint(app)
            took = time.perf_counter() - start
            if n >= 5:                      # the first few warm the caches
                ticks.append(took)
            # the parts alone: the engine over the same sheet (from scratch: its answers kept
            # from the tick set aside), and one bare committed insert
            with set_aside(checklist.rubric):
                start = time.perf_counter()
                evaluate(checklist.rubric, checklist.view.sheet)
                evaluations.append(time.perf_counter() - start)
            start = time.perf_counter()
            with db.conn:
                db.conn.execute("INSERT INTO settings (key, value_json) VALUES (?, '0') "
                                "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json",
                                (f"bench-{n % 5}",))
            writes.append(time.perf_counter() - start)
        after = len(checklist.view.incidents)
        widget.close()
        db.close()
    if after - before != args.ticks + 5:
        raise SystemExit(f"only {after - before} of {args.ticks + 5} ticks were written")
    return ticks, evaluations, writes, before, after


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ticks", type=int, default=200)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--incidents", type=int, nargs="+", default=[200, 1000])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"{args.items}-item rubric, {args.ticks} ticks timed ({load_note()})")
    figures = []
    for seeded in args.incidents:
        ticks, evaluations, writes, before, after = run(app, args, seeded)
        print(f"\n{before} incidents in the period at the start, {after} at the end")
        for label, samples in (("tick → figures updated and painted", ticks),
                               ("  of which alone: engine evaluate()", evaluations),
                               ("  of which alone: one committed INSERT", writes)):
            print(f"{label:42s} median {median(samples) * 1000:6.2f} ms   "
                  f"p95 {percentile(samples, 0.95) * 1000:6.2f} ms")
        figures.append((seeded, ticks, evaluations))
    print()
    for seeded, ticks, evaluations in figures:
        result(f"tick_median_{seeded}", median(ticks) * 1000, target=TARGET_MEDIAN, digits=2)
        result(f"tick_p95_{seeded}", percentile(ticks, 0.95) * 1000, target=TARGET_P95,
               digits=2)
        result(f"evaluate_median_{seeded}", median(evaluations) * 1000, digits=2)


if __name__ == "__main__":
    main()
