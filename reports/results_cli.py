"""`main.py results --period P [--team NAME] [--entries] [--json | --xlsx FILE | --csv FILE]`:
the period's totals, ranks, stars, pay and consequences per team (models.results), or with
`--entries` every entry behind them, read-only from the store (`--db`). With `--team NAME --pdf
FILE`, the signed results summary of the team's closed period (reports/results_pdf.py).

Exit 0 done · 1 the store cannot be read · 2 bad arguments: no database, a store this version
cannot read, an unknown period or team, or no forms for the period (and team).
"""

import json
import sys
from pathlib import Path


def add_results_arguments(parser):
    parser.add_argument("--period", required=True, help="period key, e.g. 2026-11 or 2026-Q4")
    parser.add_argument("--team", help="only this team (its name); default: every team")
    parser.add_argument("--entries", action="store_true",
                        help="the entries behind the totals (employee, item, date, amount, "
                             "note, who) instead of the totals")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--xlsx", metavar="FILE", help="write an Excel workbook")
    out.add_argument("--csv", metavar="FILE", help="write CSV (UTF-8 with BOM)")
    out.add_argument("--pdf", metavar="FILE",
                     help="write the signed results summary (考核结果汇总表) of the team's closed "
                          "period (needs --team)")


def _db_path(args):
    if getattr(args, "db", None):
        return Path(args.db)
    from models.database.store import default_db_path

    return default_db_path()


def _fail(message):
    print(f"error: {message}", file=sys.stderr)
    return 2


def main_results(args, out=None):
    import sqlite3

    import sqlite_utils

    from models.database import migrations
    from models.storage import integrity

    out = out or sys.stdout
    if getattr(args, "pdf", None):      # signs and anchors: opened for writing
        from reports.results_pdf_cli import main_results_pdf

        return main_results_pdf(args, out)
    db_path = _db_path(args)
    if not db_path.is_file():
        return _fail(f"no database at {db_path}")
    try:
        with integrity.open_read_only(db_path) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < migrations.latest_version():
                return _fail(f"{db_path} is at schema version {version}; open it once with "
                             "this version of the app to upgrade it")
            return _report(sqlite_utils.Database(conn), args, out)
    except sqlite3.Error as exc:
        print(f"error: {db_path} cannot be read as a database: {exc}", file=sys.stderr)
        return 1


def _report(db, args, out):
    from models.people.teams import team_by_name
    from models.results import period_entries, period_results
    from models.work.periods import resolve

    try:
        period = resolve(db, args.period)
    except ValueError as exc:
        return _fail(f"--period: {exc}")
    team_id = None
    if args.team:
        team = team_by_name(db, args.team)
        if team is None:
            return _fail(f"--team: no team named {args.team!r}")
        team_id = team["id"]
    results = period_results(db, period, team_id=team_id)
    if not results.members:
        where = f" of team {args.team!r}" if args.team else ""
        return _fail(f"--period: no forms{where} for the period {period.key}")
    if args.entries:
        return _entries(period_entries(db, period, team_id=team_id), period.key, args, out)
    from reports import results_export

    if args.xlsx:
        path = results_export.results_xlsx(results, args.xlsx)
    elif args.csv:
        path = results_export.results_csv(results, args.csv)
    else:
        if args.json:
            print(json.dumps(results.to_json(), ensure_ascii=False, indent=2), file=out)
        else:
            print(render_text(results), file=out)
        return 0
    state = "final" if results.final else "provisional"
    print(f"wrote {path}: {len(results.members)} form(s) of {len(results.teams)} team(s), "
          f"{state}", file=out)
    return 0


def _entries(entries, period_key, args, out):
    from reports import results_export

    if args.xlsx or args.csv:
        write = results_export.entries_xlsx if args.xlsx else results_export.entries_csv
        path = write(entries, period_key, args.xlsx or args.csv)
        print(f"wrote {path}: {len(entries)} entries", file=out)
    elif args.json:
        print(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2),
              file=out)
    else:
        columns = results_export.entry_columns(period_key)[1:]
        rows = [[results_export.csv_field(c.kind, c.get(e)).lstrip("'") for c in columns]
                for e in entries]
        print("\n".join(_table([c.header for c in columns], rows)), file=out)
    return 0


def _table(header, rows):
    from scoring.rank_cli import table

    return table(header, rows)


def render_text(results):
    from scoring import money

    state = "最终 final" if results.final else "暂定 provisional"
    lines = [f"{results.period} ({results.start} – {results.end}): {state}"]
    for team in results.teams:
        head = f"\n{team.name}: {'最终 final' if team.final else '暂定 provisional'}"
        if team.mean is not None:
            head += f", 班组均分 Team mean {money(team.mean)}"
        lines.append(head)
        if team.lead_context:
            figures = ", ".join(f"{k} {_figure(v)}" for k, v in team.lead_context.items())
            lines.append(f"  组长团队数据 Lead's team figures: {figures}")
        for group in team.groups:
            line = f"  {group.rubric_id}: N={group.count}"
            if group.mean is not None:
                line += f", 平均分 mean {money(group.mean)}"
            if group.cutoffs:
                line += f", 星级分界 cut-offs {'/'.join(map(str, group.cutoffs))}"
            if group.over_cap:
                line += f", 超上限 over the cap of {money(group.average_cap)}"
            lines.append(line)
        if team.without_form:
            lines.append("  缺表 Without form: " + ", ".join(
                f"{e['code']} {e['name']}" for e in team.without_form))
        rows = [_member_row(m) for m in team.members]
        if rows:
            lines += ["  " + line for line in _table(
                ["名次 Rank", "星级 Stars", "总分 Total", "等级 Grade", "工号 Code", "姓名 Name",
                 "考核标准 Rubric", "状态 State", "绩效工资 Pay", "金额 Money",
                 "后果 Consequences"], rows)]
    return "\n".join(lines)


def _figure(value):
    from scoring import money

    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {money(v)}" for k, v in value.items()) + "}"
    return f"{money(value)}"


def _member_row(member):
    from scoring import money

    stars = "不参评 excluded" if member.excluded else (
        "" if member.stars is None else "★" * member.stars)
    pay = "" if member.pay_amount is None else f"{money(member.pay_amount)}"
    cash = member.money.total if member.money is not None else None
    total = member.problem or ("" if member.total is None else f"{money(member.total)}")
    state = member.state + (" (暂定 provisional)" if member.provisional else "")
    return ["—" if member.rank is None else member.rank, stars, total, member.grade or "",
            member.code, member.name, member.rubric_id, state, pay,
            "" if cash is None else f"{money(cash)}",
            "; ".join(c["label"] for c in member.consequences)]
