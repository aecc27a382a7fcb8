"""Rubrics included in others (docs/rubric-extensions.md, "Includes"): each rubric is evaluated
on its own sheet by `scoring.evaluate`, unchanged; this module combines the results.

- `as: deductions` (the `includes:` list): the included rubric's points lost, its `base` minus
  its total (never below 0), come off the including rubric's total, after its sections, bonuses
  and form-level deductions and before its cap and floor, vetoes, grade and pay.
- a section with `include: ID`: the section's raw score is the included total scaled to the
  section, total × points / base (× 100 / base in weight style), clamped to 0 … points; the
  sections then add up as usual (N/A sections rescaled, weights applied).

An included rubric may include others: its combined total is the one counted. A cycle, or an
included rubric not given, is a RubricError naming the rubrics.
"""

from dataclasses import dataclass, replace
from decimal import Decimal

from scoring.errors import RubricError
from scoring.evaluate import HUNDRED, _grade, _pay, _sum_sections
from scoring.item_scores import ZERO, clip
from scoring.result import SectionResult, money, show
from scoring.sheet import Sheet, parse_sheet
from scoring.source import Located


@dataclass
class IncludedResult:
    rubric: object          # the included Rubric
    mode: str               # deductions | section
    section: str | None     # the including rubric's section it fills
    result: object          # its Result (combined with its own includes)
    lost: Decimal | None = None      # deductions: points lost, taken off the total
    score: Decimal | None = None     # section: what the section contributes

    @property
    def why(self):
        return self._why(self.rubric.name)

    @property
    def why_en(self):
        return self._why(self.rubric.label("en"))

    def _why(self, name):
        figure = f"{name} {money(self.result.total)}/{show(self.rubric.base)}"
        if self.mode == "deductions":
            return f"{figure} → −{show(self.lost)}" if self.lost else f"{figure} → 0"
        return f"{figure} → {show(self.score)}"

    def to_json(self):
        data = {"rubric": self.rubric.id, "version": self.rubric.version, "as": self.mode}
        if self.section is not None:
            data["section"] = self.section
            data["score"] = f"{money(self.score)}"
        else:
            data["lost"] = f"{money(self.lost)}"
        data.update(total=f"{money(self.result.total)}", why=self.why,
                    result=self.result.to_json())
        return data


def evaluate_with_includes(rubric, sheets, rubrics):
    """The Result of `rubric` with its includes: `sheets` {rubric id: Sheet} (a rubric without
    one has an empty sheet), `rubrics` {rubric id: Rubric} holding every included one."""
    from scoring.evaluate import evaluate

    own = {}

    def results_of(current, path):
        if current.id in path:
            raise RubricError("rubric includes form a cycle: "
                              + " → ".join(path[path.index(current.id):] + (current.id,)))
        if current.id not in own:
            own[current.id] = evaluate(current, sheets.get(current.id) or Sheet(current.id))
        for include in current.includes:
            results_of(_included(current, include, rubrics), path + (current.id,))

    results_of(rubric, ())
    return combine(rubric, own, rubrics)


def combine(rubric, results, rubrics, *, deductions=True, _path=()):
    """`rubric`'s own Result (`results[rubric.id]`, from `evaluate`) with the combined results
    of its includes (`results` holds every rubric's own Result, `rubrics` every Rubric). A
    rubric without includes gets its own Result back, untouched. `deductions=False` leaves
    out the rubrics included as deductions (the including rubric's own tally, its included
    sections filled)."""
    own = results[rubric.id]
    counted = [i for i in rubric.includes if deductions or i.mode != "deductions"]
    if not counted:
        return own
    if rubric.id in _path:
        raise RubricError("rubric includes form a cycle: "
                          + " → ".join(_path[_path.index(rubric.id):] + (rubric.id,)))
    parts = []
    for include in counted:
        other = _included(rubric, include, rubrics)
        if other.id not in results:
            raise RubricError(f"rubric '{rubric.id}' includes '{other.id}': no result for it")
        part = combine(other, results, rubrics, _path=_path + (rubric.id,))
        parts.append(IncludedResult(rubric=other, mode=include.mode, section=include.section,
                                    result=part))
    return _combined(rubric, own, parts)


def _included(rubric, include, rubrics):
    other = rubrics.get(include.rubric)
    if other is None:
        raise RubricError(f"rubric '{rubric.id}' includes rubric '{include.rubric}', which is "
                          "not given", field="include" if include.section else "includes")
    return other


def _combined(rubric, own, parts):
    by_section = {part.section: part for part in parts if part.mode == "section"}
    sections = []
    for section, figures in zip(rubric.sections, own.sections):
        part = by_section.get(section.id)
        if part is None:
            sections.append(figures)
            continue
        raw = clip(part.result.total * section.points / part.rubric.base, ZERO, section.points)
        score = raw if section.weight is None else raw * section.weight / HUNDRED
        part.score = score
        sections.append(SectionResult(section.id, section.name, score,
                                      section.max_contribution, raw))
    lost = ZERO
    for part in parts:
        if part.mode == "deductions":
            part.lost = max(ZERO, part.rubric.base - part.result.total)
            lost += part.lost
    unclipped = _sum_sections(rubric, sections) + own.bonus - own.deducted - lost
    # As evaluate does: `max_total: none` (an uncapped rubric) keeps only the floor.
    total = (max(unclipped, rubric.floor) if getattr(rubric, "uncapped", False)
             else clip(unclipped, rubric.floor, rubric.max_total))
    fired = [i for i in rubric.items() if i.kind == "veto" and own.item(i.id).fired]
    form_veto = any(i.spec == "form" for i in fired)
    if form_veto:
        total = ZERO
    grade = _grade(rubric, total, force_lowest=any(i.spec == "lowest_grade" for i in fired))
    return replace(
        own, total=total, sections=sections, grade=grade and grade.label,
        grade_en=grade and (grade.label_en or grade.label),
        complete=own.complete and all(part.result.complete for part in parts),
        pay=_pay(rubric.pay, rubric.base, total),
        floored=unclipped < rubric.floor and not form_veto, included=parts)


def split_sheet(doc, rubric, rubrics):
    """A sheet file's `included:` mapping ({rubric id: that rubric's sheet}) taken out of
    `doc` (a Located sheet): {rubric id: Sheet} for `rubric` and each included rubric, each
    checked against its own rubric, errors at their own lines."""
    data = doc.data if isinstance(doc.data, dict) else {}
    nested = data.get("included")
    main = Located({k: v for k, v in data.items() if k != "included"} if "included" in data
                   else doc.data, doc.lines, doc.file)
    sheets = {rubric.id: parse_sheet(main, rubric)}
    if nested is None:
        return sheets
    if not isinstance(nested, dict):
        raise doc.error("must be a mapping of included rubric id → its sheet", ("included",),
                        field="included")
    for rubric_id, sub in nested.items():
        other = rubrics.get(rubric_id) if isinstance(rubric_id, str) else None
        if other is None:
            raise doc.error(f"rubric '{rubric.id}' includes no rubric {rubric_id!r}",
                            ("included", rubric_id), field="included")
        prefix = ("included", rubric_id)
        lines = {path[2:]: line for path, line in doc.lines.items() if path[:2] == prefix}
        sheets[rubric_id] = parse_sheet(Located(sub if sub is not None else {}, lines,
                                                doc.file), other)
    return sheets


def rubrics_beside(path, rubric):
    """{id: Rubric} of every rubric `rubric` (read from `path`) includes, directly or through
    another, each read from the file `<id>.yaml` (or .yml, .json) in the same folder. A file
    missing, or holding another id, is a RubricError; so is a cycle."""
    from pathlib import Path

    from scoring.loader import load_rubric

    folder = Path(path).parent
    found = {}

    def visit(current, chain):
        for include in current.includes:
            if include.rubric in chain:
                raise RubricError("rubric includes form a cycle: "
                                  + " → ".join(chain[chain.index(include.rubric):]
                                               + (include.rubric,)), file=str(path))
            if include.rubric in found:
                continue
            candidates = [folder / f"{include.rubric}{ext}" for ext in (".yaml", ".yml", ".json")]
            file = next((c for c in candidates if c.is_file()), None)
            if file is None:
                raise RubricError(f"rubric '{current.id}' includes rubric '{include.rubric}': "
                                  f"no file {include.rubric}.yaml beside it in {folder}",
                                  file=str(path))
            other = load_rubric(str(file))
            if other.id != include.rubric:
                raise RubricError(f"holds rubric '{other.id}', not the included "
                                  f"'{include.rubric}'", file=str(file), field="id")
            found[other.id] = other
            visit(other, chain + (other.id,))

    visit(rubric, (rubric.id,))
    return found
