"""One form's PDF against a bare reportlab table of the same size, and a signed month-end batch.

    python bench/bench_pdf.py [--runs 20] [--batch 300] [--unsigned]

For each sample form (tests/form_samples.py: 17 deductions; 10 KPI lines; 60 generated items)
it times `render_form` (median of --runs, to memory) and, in the same run, a bare reportlab
document holding one Table with as many rows and columns, the same cell texts in the same CJK
font, wrapped by stock `Paragraph(wordWrap='CJK')` cells: what reportlab alone costs for that
content. The form is timed as the app prints it again (its cells' markup, line breaks and
drawings and its font subsets kept, as in a batch) and, for reading, "cold" (all of those
emptied before each run).
Then --batch forms through `render_batch` into a temporary folder, signed (PAdES) unless
--unsigned, on every core. Targets: the 17-item form ≤ 1.3 × the bare table; 300 signed forms
under 15 s (on 2 cores).
"""

import argparse
import statistics
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import load_note, result  # noqa: E402

TARGET_RATIO = 1.3
TARGET_BATCH_MS = 15_000        # 300 signed forms
TARGET_BATCH_SIZE = 300


def timed(function, runs, before=None):
    """(median, best) in ms: the best run shows the cost when nothing else competes for the
    CPU, the median what a user on a busy PC may see."""
    samples = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000, min(samples) * 1000


def bare_table(document):
    """A function printing the same rows × 7 columns with stock reportlab, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from reports.fonts import cjk_font
    from reports.pdf_styles import COLUMNS
    from reports.printed_form import printed_form

    style = ParagraphStyle("bare", fontName=cjk_font(), fontSize=7.6, leading=9.6,
                           wordWrap="CJK")
    view = printed_form(document)
    texts = [["序号", "项目", "考核标准", "检查方法", "扣分原因", "扣分", "得分"]]
    texts += [[r.number, r.name, r.standard, r.method, "\n".join(r.reasons), r.lost, r.score]
              for r in view.rows]

    def render():
        rows = [[Paragraph(cell.replace("\n", "<br/>"), style) for cell in row]
                for row in texts]
        SimpleDocTemplate(BytesIO(), pagesize=A4).build(
            [Table(rows, colWidths=COLUMNS, repeatRows=1)])

    return render, len(texts)


def batch_documents(count):
    """`count` distinct documents: the samples in turn, each with its own employee and id."""
    from tests import form_samples

    makers = [form_samples.service_norms, form_samples.ecommerce_kpi, form_samples.veto,
              form_samples.agent_monthly]
    templates = [make() for make in makers]
    documents = []
    for n in range(count):
        document = dict(templates[n % len(templates)])
        document["form_id"] = 1000 + n
        document["employee"] = dict(document["employee"], code=f"B{n:04d}", name=f"员工{n:04d}")
        document["sha256"] = f"{n:064x}"
        documents.append(document)
    return documents


def forget_parsed_text():
    """Empty the caches of what a form's texts made (reports.pdf_styles: their markup, parsed
    cells and line breaks; reports.pdf_drawn: their drawings; reports.pdf_fonts: the font
    subsets): a form never printed before."""
    from reports import pdf_drawn, pdf_fonts, pdf_styles

    for cache in (pdf_styles._MARKUP, pdf_styles._PARSED, pdf_styles._CUT, pdf_drawn._DRAWN,
                  pdf_fonts._PROGRAMS):
        cache.clear()


def one_form(args):
    from reports.pdf_form import render_form
    from tests import form_samples

    samples = [("17", "cs-service-norms, 17 items", form_samples.service_norms()),
               ("kpi", "ecommerce-cs-kpi, 10 KPI items", form_samples.ecommerce_kpi()),
               ("60", "generated, 60 items", form_samples.long_form())]
    print(f"\none form, median (best) of {args.runs}      form PDF        bare table")
    for key, name, document in samples:
        render_form(document, BytesIO())                    # warm: parse the rubric once
        ours, ours_best = timed(lambda d=document: render_form(d, BytesIO()), args.runs)
        cold, _ = timed(lambda d=document: render_form(d, BytesIO()), args.runs,
                        before=forget_parsed_text)
        bare, rows = bare_table(document)
        bare()
        base, base_best = timed(bare, args.runs)
        print(f"  {name:<32} {ours:6.1f} ({ours_best:5.1f})  {base:6.1f} ({base_best:5.1f})  "
              f"[{rows} rows, ×{ours / base:.2f} of bare; cold {cold:.1f} ms, "
              f"×{cold / base:.2f}]")
        yield key, ours, cold, base


def batch(args):
    from reports.batch import cores, render_batch

    documents = batch_documents(args.batch)
    with tempfile.TemporaryDirectory() as folder:
        org = None if args.unsigned else Path(folder) / "org"
        cpu = processor_time()
        start = time.perf_counter()
        paths = render_batch(documents, Path(folder) / "out", org_dir=org)
        took = time.perf_counter() - start
        cpu = processor_time() - cpu
        size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
    signed = "" if args.unsigned else " signed,"
    print(f"\nbatch: {len(paths)}{signed} forms in {took:.1f} s on {cores()} cores = "
          f"{took / len(paths) * 1000:.0f} ms a form (mean {size:.0f} KiB a PDF); CPU time "
          f"{cpu:.1f} s, {cpu / took:.2f} cores busy, {cpu / len(paths) * 1000:.0f} ms a form")
    return len(paths), took * 1000, cpu * 1000 / len(paths)


def processor_time():
    """Seconds of CPU this process and its finished workers used (0 where not measured)."""
    try:
        import resource
    except ImportError:         # Windows
        return 0.0
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--batch", type=int, default=TARGET_BATCH_SIZE)
    parser.add_argument("--unsigned", action="store_true", help="do not sign the batch's PDFs")
    args = parser.parse_args()

    start = time.perf_counter()
    from reports.fonts import cjk_font
    font = cjk_font()
    print(f"font load (once per process): {(time.perf_counter() - start) * 1000:6.0f} ms  "
          f"({font}); {load_note()}")
    forms = list(one_form(args))
    count, batch_ms, cpu_per_form = batch(args)
    print()
    for key, ours, cold, base in forms:
        result(f"pdf_bare_{key}", base)
        if key == "17":
            result(f"pdf_form_{key}", ours, baseline=base, relative=TARGET_RATIO)
        else:
            result(f"pdf_form_{key}", ours, baseline=base)
        result(f"pdf_form_{key}_cold", cold, baseline=base)
    name = f"batch_{count}_{'unsigned' if args.unsigned else 'signed'}"
    if count == TARGET_BATCH_SIZE and not args.unsigned:
        result(name, batch_ms, target=TARGET_BATCH_MS, digits=0)
    else:
        result(name, batch_ms, digits=0)
    result(f"{name}_cpu_per_form", cpu_per_form, digits=0)     # all cores' work, a form


if __name__ == "__main__":
    main()
