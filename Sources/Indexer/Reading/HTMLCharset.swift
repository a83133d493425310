import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A web page's bytes → text, as browsers choose: the byte order mark, then the page's own
/// declaration (`<meta charset>`, `http-equiv` content type, XML declaration), then the bytes
/// (UTF-8 when they are valid, Windows-1251 when they read as Cyrillic, else Windows-1252).
/// Labels follow the WHATWG Encoding standard: `iso-8859-1` and `ascii` mean Windows-1252.
enum HTMLCharset {
    struct Decoded {
        var text: String
        /// The encoding used, by its WHATWG name.
        var charset: String
        /// Nothing usable was declared and the bytes were not UTF-8: Windows-1252 was assumed.
        var fallback: Bool
    }

    static func decode(_ data: Data) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), charset: "utf-8", fallback: false)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let text = String(data: data, encoding: .utf16) ?? ""
            return Decoded(text: text, charset: bytes[0] == 0xFF ? "utf-16le" : "utf-16be", fallback: false)
        }
        let declared = declaredCharset(bytes).map(canonical)
        if let valid = String(validating: bytes, as: UTF8.self), declared == nil || declared == "utf-8" || isASCII(bytes) {
            return Decoded(text: valid, charset: "utf-8", fallback: false)
        }
        switch declared {
        case "utf-8"?:
            // Declared UTF-8 with some bad bytes: replace them, as browsers do, unless the page
            // is really in a single-byte charset (no valid multi-byte sequence at all).
            if utf8Sequences(bytes) > 0 {
                return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "utf-8", fallback: false)
            }
        case "windows-1252"?:
            return Decoded(text: TextDecoding.windows1252(bytes), charset: "windows-1252", fallback: false)
        case let name?:
            if let text = convert(bytes, from: name) { return Decoded(text: text, charset: name, fallback: false) }
        case nil:
            if utf8Sequences(bytes) > 0, invalidUTF8(bytes) * 20 < utf8Sequences(bytes) {
                return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "utf-8", fallback: false)
            }
            if looksCyrillic(bytes), let text = convert(bytes, from: "windows-1251") {
                return Decoded(text: text, charset: "windows-1251", fallback: false)
            }
        }
        return Decoded(text: TextDecoding.windows1252(bytes), charset: "windows-1252", fallback: true)
    }

    /// The charset a page declares in its first 4 KB.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var searchFrom = head.startIndex
        while let meta = head.range(of: "<meta", range: searchFrom..<head.endIndex) {
            let end = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<end]
            if let found = tag.range(of: "charset") {
                var rest = tag[found.upperBound...].drop { $0 == " " }
                if rest.first == "=" {
                    rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                    let name = rest.prefix { $0.isLetter || $0.isNumber || "-_:.".contains($0) }
                    if !name.isEmpty { return String(name) }
                }
            }
            searchFrom = end
        }
        if head.hasPrefix("<?xml"), let enc = head.range(of: "encoding=") {
            let name = head[enc.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isLetter || $0.isNumber || "-_".contains($0) }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    /// The WHATWG name for a label (the common ones; others pass through to iconv as written).
    static func canonical(_ label: String) -> String {
        let l = label.lowercased()
        switch l {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252",
             "iso_8859-1", "cp819", "ibm819": return "windows-1252"
        case "cp1250", "x-cp1250", "windows-1250": return "windows-1250"
        case "cp1251", "x-cp1251", "windows-1251": return "windows-1251"
        case "latin2", "iso8859-2", "iso_8859-2", "l2": return "iso-8859-2"
        case "latin9", "iso8859-15", "iso_8859-15": return "iso-8859-15"
        case "gb2312", "gbk", "x-gbk": return "gbk"
        case "shift-jis", "sjis", "x-sjis", "ms_kanji": return "shift_jis"
        default: return l
        }
    }

    private static func isASCII(_ bytes: [UInt8]) -> Bool { !bytes.contains { $0 >= 0x80 } }

    /// Count of well-formed multi-byte UTF-8 sequences.
    private static func utf8Sequences(_ bytes: [UInt8]) -> Int { scanUTF8(bytes).valid }
    private static func invalidUTF8(_ bytes: [UInt8]) -> Int { scanUTF8(bytes).invalid }

    private static func scanUTF8(_ b: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0, invalid = 0, i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0
            if length > 0, i + length <= b.count, b[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1; i += length
            } else {
                invalid += 1; i += 1
            }
        }
        return (valid, invalid)
    }

    /// Cyrillic in Windows-1251 puts most letters in 0xC0–0xFF, in runs that make words;
    /// Western European text has a high byte here and there between ASCII letters.
    private static func looksCyrillic(_ b: [UInt8]) -> Bool {
        var high = 0, inRuns = 0, run = 0
        for c in b {
            if c >= 0xC0 { high += 1; run += 1 } else { if run >= 3 { inRuns += run }; run = 0 }
        }
        return high > 50 && inRuns * 2 > high
    }

    /// Decodes through iconv; nil when the charset is unknown. Bad bytes become U+FFFD.
    static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        let cd = iconv_open("UTF-8", charset)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var input = bytes
        var buffer = [UInt8](repeating: 0, count: 65_536)
        input.withUnsafeMutableBufferPointer { inBuf in
            var inPtr = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            while inLeft > 0 {
                let (converted, failed) = buffer.withUnsafeMutableBufferPointer { outBuf -> (Int, Bool) in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    var inOpt: UnsafeMutablePointer<CChar>? = inPtr
                    let result = iconv(cd, &inOpt, &inLeft, &outPtr, &outLeft)
                    inPtr = inOpt!
                    return (outBuf.count - outLeft, result == -1 && errno != E2BIG)
                }
                out.append(contentsOf: buffer[0..<converted])
                if failed {
                    // An unconvertible or truncated sequence: mark it and step over one byte.
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPtr += 1
                    inLeft -= 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
