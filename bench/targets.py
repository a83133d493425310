"""The targets summary of bench/run: one row per target (measured value, the baseline of the same
run, the ratio, the target, met or not), the machine it ran on, and the Markdown table.

A row is the shape bench/tagging/run writes too, so its rows join the table unchanged:

    {"measure": str, "value": number, "unit": str, "baseline": number|None, "ratio": number|None,
     "target": str, "met": bool|None}

`target` is written `<= 1.5x`, `>= 2x`, `< 0.1 ms`, `<= 10 ms` or free text ("reported"); `met`
is None when there is no target or no figure.
"""
import datetime, os, platform, re, subprocess

_TARGET = re.compile(r"^\s*(<=|>=|<|>|≤|≥)\s*([0-9.]+)\s*(×|x|ms|s|MB|/s)?\s*$")


def row(measure, value, unit, target, baseline=None, ratio_of=None):
    """A target row. `ratio_of` is what the target compares: "ratio" (value / baseline),
    "inverse" (baseline / value, for throughput, where higher is better) or "value"."""
    ratio = None
    if value is not None and baseline:
        ratio = value / baseline if ratio_of != "inverse" else baseline / value
    compared = ratio if ratio_of in ("ratio", "inverse") else value
    return {"measure": measure, "value": value, "unit": unit, "baseline": baseline, "ratio": ratio,
            "target": target, "met": met(compared, target)}


def met(x, target):
    """True/False when `target` is a comparison and x is a number, else None."""
    m = _TARGET.match(target or "")
    if not m or x is None or x != x:
        return None
    op, bound = m.group(1), float(m.group(2))
    return {"<=": x <= bound, "≤": x <= bound, ">=": x >= bound, "≥": x >= bound,
            "<": x < bound, ">": x > bound}[op]


def number(x, unit=""):
    if x is None or x != x:
        return "—"
    nd = 0 if abs(x) >= 100 else (1 if abs(x) >= 10 else (2 if abs(x) >= 0.1 else 3))
    return f"{x:,.{nd}f}" + (f" {unit}" if unit else "")


def markdown(rows, header_lines=()):
    out = list(header_lines)
    if out:
        out.append("")
    out.append("| measure | measured | baseline (same run) | ratio | target | met? |")
    out.append("|---|---:|---:|---:|---|---|")
    for r in rows:
        verdict = {True: "**yes**", False: "**no**", None: "—"}[r.get("met")]
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.2f}×"
        out.append(f"| {r['measure']} | {number(r.get('value'), r.get('unit', ''))} | "
                   f"{number(r.get('baseline'), r.get('unit', ''))} | {ratio} | {r.get('target') or ''} | {verdict} |")
    return "\n".join(out)


def machine():
    """nproc, CPU model, RAM and the load average when the run started: figures from a busy
    machine are noisier, and the table says so."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.+)$", f.read(), re.M)
            cpu = m.group(1).strip() if m else cpu
    except OSError:
        pass
    ram = None
    try:
        with open("/proc/meminfo") as f:
            ram = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1)) / 1024 / 1024
    except (OSError, AttributeError):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": ram, "load_at_start": load,
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def describe(m):
    ram = f", {m['ram_gb']:.0f} GB RAM" if m.get("ram_gb") else ""
    load = f", load average {m['load_at_start']:.1f} at start" if m.get("load_at_start") is not None else ""
    return f"{m['date']}; {m['nproc']} cores ({m['cpu']}){ram}{load}"


def git_commit(repo):
    r = subprocess.run(["git", "-C", repo, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True)
    return (r.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")) if r.returncode == 0 else "unknown"
