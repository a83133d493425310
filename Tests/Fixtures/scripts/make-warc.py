#!/usr/bin/env python3
"""Writes the WARC fixtures in ../articles/warc: pages.warc and pages.warc.gz (one gzip member
per record, as Heritrix and wget write them). The pages are written for the tests. Run it again
after editing; the tests read the files it leaves."""
import gzip, io, os, zlib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles", "warc")

PAGE1 = """<!doctype html><html><head><meta charset="utf-8">
<title>Harbour talks resume | The Coastal Ledger</title>
<meta property="og:title" content="Harbour talks resume between Japan and South Korea">
<meta property="article:published_time" content="2025-10-30T07:15:00+09:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour talks resume between Japan and South Korea</h1>
<p>BUSAN — Negotiators from Japan and South Korea met on Thursday to settle the fishing quotas
that have divided the two harbours for a decade.</p>
<p>Prime Minister Shigeru Ishiba said the talks would continue in Tokyo next month.</p>
</article><footer>Copyright The Coastal Ledger</footer></body></html>"""

PAGE2 = """<html><head><title>Grain convoy reaches the border</title></head><body>
<main><h1>Grain convoy reaches the border</h1>
<p>A convoy of forty lorries carrying grain from Ukraine reached the Polish border on Sunday,
the regional governor said, after a week of delays at the checkpoints.</p></main></body></html>"""

PAGE5 = """<html><head><title>Solar farm opens in Chile</title></head><body><article>
<p>SANTIAGO — Chile opened the largest solar farm in the Atacama desert, officials said.</p>
</article></body></html>"""


def chunked(data: bytes) -> bytes:
    out = b""
    for i in range(0, len(data), 100):
        piece = data[i:i + 100]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def http(status: str, ctype: str, body: bytes, extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}"
    if "Transfer-Encoding" not in extra:
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


def record(kind: str, uri: str, date: str, block: bytes, ctype: str = "application/http; msgtype=response",
           extra: str = "") -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:fixture-{kind}-{zlib.crc32((uri + kind + date).encode()):08x}>\r\n"
            f"WARC-Date: {date}\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "") + extra +
            f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def records() -> list:
    gz_body = gzip.compress(PAGE2.encode(), mtime=0)
    return [
        record("warcinfo", "", "2025-11-02T08:00:00Z", b"software: fixture writer\r\nformat: WARC File Format 1.0\r\n",
               ctype="application/warc-fields"),
        record("request", "https://ledger.example/2025/10/30/harbour-talks", "2025-11-02T08:00:01Z",
               b"GET /2025/10/30/harbour-talks HTTP/1.1\r\nHost: ledger.example\r\n\r\n", ctype="application/http; msgtype=request"),
        # 1: a page with its own date.
        record("response", "https://ledger.example/2025/10/30/harbour-talks", "2025-11-02T08:00:01Z",
               http("200 OK", "text/html; charset=utf-8", PAGE1.encode())),
        # 2: gzip-encoded and chunked, no date in the page: WARC-Date is used.
        record("response", "https://wire.example/grain-convoy", "2025-11-02T08:00:02Z",
               http("200 OK", "text/html", chunked(gz_body), "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n")),
        # 3: an image: counted, not indexed.
        record("response", "https://wire.example/convoy.png", "2025-11-02T08:00:03Z",
               http("200 OK", "image/png", b"\x89PNG\r\n\x1a\nnot really an image")),
        # 4: a missing page: counted, not indexed.
        record("response", "https://wire.example/gone", "2025-11-02T08:00:04Z",
               http("404 Not Found", "text/html", b"<html><body><p>Page not found</p></body></html>")),
        record("revisit", "https://ledger.example/2025/10/30/harbour-talks", "2025-11-03T08:00:00Z",
               b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
               extra="WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n"),
        # 5: the fifth response record, in Latin-1 as its header says.
        record("response", "https://andes.example/solar", "2025-11-04T10:00:00Z",
               http("200 OK", "text/html; charset=iso-8859-1", PAGE5.replace("—", "-").encode("latin-1"))),
        record("metadata", "https://andes.example/solar", "2025-11-04T10:00:00Z", b"outlinks: none\r\n",
               ctype="application/warc-fields"),
    ]


def main():
    recs = records()
    with open(os.path.join(HERE, "pages.warc"), "wb") as f:
        f.write(b"".join(recs))
    with open(os.path.join(HERE, "pages.warc.gz"), "wb") as f:
        for r in recs:
            f.write(gzip.compress(r, mtime=0))


if __name__ == "__main__":
    main()
