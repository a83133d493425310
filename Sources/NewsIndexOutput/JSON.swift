import Foundation

/// A JSON value that keeps object keys in the order written, so output reads the way the README documents it.
/// Not `indirect`: the arrays already hold nested values out of line, and boxing every string and
/// number was an allocation each, some hundreds per page of hits (issue 18).
public enum JSON: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    public static func optional(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    /// Written as UTF-8 bytes and made a String once: appending many small Strings (a page of
    /// hits is some hundred) cost more than the bytes themselves (issue 18).
    public var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(4_096)
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func write(to out: inout String) {
        out += text
    }

    public func write(into out: inout [UInt8]) {
        switch self {
        case .string(let s): JSON.quote(s, into: &out)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): if d.isFinite { JSON.fixed4(d, into: &out) } else { out.append(contentsOf: "null".utf8) }
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, v) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                v.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.quote(k, into: &out)
                out.append(UInt8(ascii: ":"))
                v.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `d` as `%.4f` would print it. C's formatter directly: Foundation's `String(format:)`
    /// parses the format as an NSString each time, which was a visible share of writing a page of hits.
    static func fixed4(_ d: Double, into out: inout [UInt8]) {
        var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        let written: Bool = withUnsafeMutableBytes(of: &buffer) { raw in
            let p = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            let n = withVaList([d]) { vsnprintf(p, raw.count, "%.4f", $0) }
            guard n > 0, n < raw.count else { return false }
            out.append(contentsOf: UnsafeRawBufferPointer(start: raw.baseAddress, count: Int(n)))
            return true
        }
        // A number too long for the buffer (about 1e58 and up): the slow way, same text.
        if !written { out.append(contentsOf: String(format: "%.4f", d).utf8) }
    }

    /// Appends `s` as a JSON string. Runs of characters needing no escape are copied whole:
    /// appending scalar by scalar made rendering cost more than the search itself (bench/FINDINGS.md).
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        let bytes = s.utf8
        var run = bytes.startIndex
        var i = run
        while i != bytes.endIndex {
            let b = bytes[i]
            // Only ASCII bytes need escaping; copying byte ranges keeps a combining mark after one intact.
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else {
                i = bytes.index(after: i)
                continue
            }
            out += String(decoding: bytes[run..<i], as: UTF8.self)
            switch b {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            case UInt8(ascii: "\t"): out += "\\t"
            default: out += String(format: "\\u%04x", UInt32(b))
            }
            i = bytes.index(after: i)
            run = i
        }
        out += String(decoding: bytes[run..<bytes.endIndex], as: UTF8.self)
        out += "\""
    }

    /// Appends `s` as a JSON string, as `quote(_:into:)` on a String does.
    public static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { b in
            var run = 0
            for i in 0..<b.count {
                let c = b[i]
                guard c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                switch c {
                case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: #"\u00"#.utf8)
                    out.append(hex[Int(c >> 4)])
                    out.append(hex[Int(c & 15)])
                }
                run = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
