import Foundation

/// Bytes → text for every reader: UTF-8 (BOM stripped), UTF-16 with a BOM, else Windows-1252.
/// Line endings come out as "\n" whatever the file used.
enum TextDecoding {
    struct Decoded: Equatable {
        var text: String
        var usedWindows1252: Bool
        var charset: String { usedWindows1252 ? "windows-1252" : "utf-8" }
    }

    static func decode(_ data: Data) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF),
           let text = String(data: data, encoding: .utf16) {
            return Decoded(text: normalisingNewlines(text), usedWindows1252: false)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let lf = normalisingNewlines(body)
        if let text = String(validating: lf, as: UTF8.self) {
            return Decoded(text: text, usedWindows1252: false)
        }
        return Decoded(text: windows1252(lf), usedWindows1252: true)
    }

    /// True for content no reader should try: more than a few NUL bytes, or mostly control
    /// characters. A stray NUL in text is junk, not a sign of binary. UTF-16 with a BOM is text
    /// (it is full of NULs by nature).
    static func looksBinary(_ data: Data) -> Bool {
        // Over raw bytes: Data's iterator cost tens of instructions a byte.
        data.withUnsafeBytes { all in
            let sample = UnsafeRawBufferPointer(rebasing: all.prefix(65_536))
            if sample.count >= 2 {
                let a = sample[0], b = sample[1]
                if (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF) { return false }
            }
            var control = 0, nul = 0
            for byte in sample {
                if byte == 0 { nul += 1; if nul > 256 || nul * 20 > sample.count { return true } }
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) || byte == 0x7F {
                    control += 1
                }
            }
            // A NUL among other control bytes is binary; a few NULs in clean text are junk.
            if nul > 0 && (control - nul) * 50 > sample.count { return true }
            return sample.count > 0 && control * 10 > sample.count * 3
        }
    }

    /// CRLF and lone CR become LF, working on bytes (CR is 0x0D in both UTF-8 and 1252).
    static func normalisingNewlines(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(0x0D) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    static func normalisingNewlines(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return String(decoding: normalisingNewlines(Array(text.utf8)[...]), as: UTF8.self)
    }

    /// Decodes Windows-1252 with our own table, so the result does not depend on the platform's
    /// Foundation. The five unassigned bytes map to the C1 controls of the same value, as browsers do.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? windows1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Code points for bytes 0x80–0x9F; everything else in 1252 equals Latin-1.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
