#!/usr/bin/env python3
"""Writes the PDF fixtures in ../articles/pdf, built by hand (no PDF library): a page of text
with document information, one whose headline is only its largest line, one with no text
layer (a drawing, as a scan would be), and one encrypted with a user password."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles", "pdf")


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_stream(lines):
    """lines: (font size, text), written top-down from y=760."""
    ops, y = [], 760
    for size, text in lines:
        y -= size + 8
        ops.append(f"BT /F1 {size} Tf 60 {y} Td ({escape(text)}) Tj ET")
    return "\n".join(ops)


def pdf(content, info=None, encrypt=False):
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    trailer = "/Size {size} /Root 1 0 R"
    if info:
        entries = " ".join(f"/{k} ({escape(v)})" for k, v in info.items())
        objects.append(f"<< {entries} >>")
        trailer += f" /Info {len(objects)} 0 R"
    if encrypt:
        # Standard security handler, revision 2, with O and U values no password opens.
        objects.append("<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + "7a" * 32 + "> /U <" + "3c" * 32 + "> >>")
        trailer += f" /Encrypt {len(objects)} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< {trailer.format(size=len(objects) + 1)} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


BODY = [
    (11, "SANTIAGO - Chile and Peru opened a new border crossing in the Atacama desert on Wednesday,"),
    (11, "the two governments said, cutting the drive between Arica and Tacna by an hour."),
    (11, "President Gabriel Boric attended the ceremony with officials from Lima."),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "border.pdf": pdf(text_stream([(22, "Chile and Peru open a border crossing")] + BODY),
                          info={"Title": "Chile and Peru open a border crossing", "Author": "Desk",
                                "CreationDate": "D:20251105093000+01'00'"}),
        "headline.pdf": pdf(text_stream([(9, "WORLD BRIEFING"), (24, "Lagoon restored on the Pacific coast"),
                                         (11, "Conservation workers in Ecuador restored a lagoon near the Pacific coast,"),
                                         (11, "the environment ministry said on Tuesday.")]),
                            info={"Title": "Microsoft Word - draft7.docx"}),
        "scanned.pdf": pdf("0.5 g 60 400 480 300 re f"),
        "locked.pdf": pdf(text_stream([(11, "Secret text that needs a password.")]), encrypt=True),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
