extension Schema {
    /// Writes JSON as `JSONEncoder` does with `[.withoutEscapingSlashes, .sortedKeys]`, byte for
    /// byte, for the stored-article header: the encoder's boxing and key sorting cost far more
    /// than the few hundred bytes it writes.
    struct JSONWriter {
        private(set) var bytes: [UInt8] = []

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        /// Literal JSON punctuation and keys, e.g. `"{\"code\":"`.
        mutating func raw(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// `[`, the items written by `item` with commas between them, `]`.
        mutating func array<T>(_ items: [T], _ item: (inout JSONWriter, T) -> Void) {
            raw("[")
            for (i, x) in items.enumerated() {
                if i > 0 { raw(",") }
                item(&self, x)
            }
            raw("]")
        }

        mutating func int(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
        }

        mutating func bool(_ value: Bool) {
            value ? raw("true") : raw("false")
        }

        /// A quoted string: `"` and `\` escaped, control characters as \b \t \n \f \r or \u00xx,
        /// everything else (slashes, DEL, non-ASCII) as is.
        mutating func string(_ value: String) {
            bytes.append(0x22)
            for b in value.utf8 {
                switch b {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x08: raw("\\b")
                case 0x09: raw("\\t")
                case 0x0A: raw("\\n")
                case 0x0C: raw("\\f")
                case 0x0D: raw("\\r")
                case 0x00..<0x20:
                    raw("\\u00")
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 0xF)])
                default: bytes.append(b)
                }
            }
            bytes.append(0x22)
        }

        private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
    }
}
