import Foundation

/// A JSON value that keeps object keys in the order written, so output reads the way the README documents it.
public indirect enum JSON: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    public static func optional(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .string(let s): JSON.quote(s, into: &out)
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? String(format: "%.4f", d) : "null"
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += "," }
                v.write(to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out += "," }
                JSON.quote(k, into: &out)
                out += ":"
                v.write(to: &out)
            }
            out += "}"
        }
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
}
