"""The benches' one machine-readable line per figure, and the reading of it (bench/run_all.py).

    RESULT name=value unit=ms target=… ratio=…

- `target=16` (a plain number, in the figure's unit): the value must stay *below* it;
  `ratio` = value ÷ target, so under 1 meets it.
- `target=1.5x`: the value is compared with a baseline measured in the same run; `ratio` =
  value ÷ baseline, and it must be *at most* 1.5.
- `target=-`: a baseline or a figure shown for reading only (its ratio, if any, is to the
  baseline of the same run).
"""

import os
import statistics

PREFIX = "RESULT "


def result(name, value, *, unit="ms", target=None, baseline=None, relative=None, digits=1):
    """Print one RESULT line. Absolute target: `target=16`; relative: `relative=1.5` with the
    in-run `baseline` value; neither: a figure for reading."""
    if relative is not None:
        line = f"target={relative:g}x ratio={value / baseline:.2f}"
    elif baseline is not None:         # compared with the baseline, for reading only
        line = f"target=- ratio={value / baseline:.2f}"
    elif target is not None:
        line = f"target={target:g} ratio={value / target:.2f}"
    else:
        line = "target=- ratio=-"
    print(f"{PREFIX}{name}={value:.{digits}f} unit={unit} {line}", flush=True)


def parse(line):
    """A RESULT line → dict(name, value, unit, target, ratio, met); None for other lines.
    `met` is True/False, or None for a figure without a target."""
    if not line.startswith(PREFIX):
        return None
    fields = line[len(PREFIX):].split()
    name, _, value = fields[0].partition("=")
    found = dict(f.partition("=")[::2] for f in fields[1:])
    target, ratio = found.get("target", "-"), found.get("ratio", "-")
    met = None
    try:
        if target.endswith("x"):
            met = float(ratio) <= float(target[:-1])
        elif target != "-":
            met = float(value) < float(target)
    except ValueError:
        met = False
    return {"name": name, "value": value, "unit": found.get("unit", ""), "target": target,
            "ratio": ratio, "met": met}


def percentile(samples, fraction):
    """The nearest-rank percentile (0.95 → p95) of a list of numbers."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def median(samples):
    return statistics.median(samples)


def load_note():
    """'load 1.23 on 2 CPUs': what else ran while the figures were taken."""
    if not hasattr(os, "getloadavg"):
        return f"{os.cpu_count()} CPUs"
    return f"load {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
