/// Text to and from the Unicode-scalar arrays the recognisers index into (mention offsets
/// count scalars). Decoded and encoded in one pass over the bytes: `Array(s.unicodeScalars)`
/// walks the text twice, and building a `String` from a `UnicodeScalarView` slice cost
/// thousands of instructions per mention.
enum ScalarText {
    /// The scalars of the strings joined end to end.
    static func scalars(of parts: [String]) -> [Unicode.Scalar] {
        let capacity = parts.reduce(0) { $0 + $1.utf8.count }
        return [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, count in
            count = 0
            for var part in parts {
                part.withUTF8 { bytes in append(bytes, to: &out, count: &count) }
            }
        }
    }

    /// `prefix` followed by the scalars of `bytes`, valid UTF-8 cut at scalar boundaries.
    static func scalars(prefix: [Unicode.Scalar], bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: prefix.count + bytes.count) { out, count in
            count = 0
            for s in prefix { out[count] = s; count += 1 }
            append(bytes, to: &out, count: &count)
        }
    }

    /// Decodes `bytes` into `out` from `count` on, advancing `count`; `out` has room for them.
    @inline(__always) private static func append(_ bytes: UnsafeBufferPointer<UInt8>,
                               to out: inout UnsafeMutableBufferPointer<Unicode.Scalar>, count: inout Int) {
        var i = 0
        while i < bytes.count {
            let (scalar, length) = decode(bytes, at: i)
            out[count] = scalar
            count += 1
            i += length
        }
    }

    /// How many scalars start in `bytes` (valid UTF-8).
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// How many scalars `text` has.
    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
    }

    /// The text of a run of scalars.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: length) { out in
            var i = 0
            for s in scalars {
                let v = s.value
                switch v {
                case 0..<0x80:
                    out[i] = UInt8(v)
                    i += 1
                case 0x80..<0x800:
                    out[i] = UInt8(0xC0 | v >> 6)
                    out[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                case 0x800..<0x10000:
                    out[i] = UInt8(0xE0 | v >> 12)
                    out[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    out[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                default:
                    out[i] = UInt8(0xF0 | v >> 18)
                    out[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    out[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    out[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }

    /// The scalar starting at byte `i` of valid UTF-8 (a `String`'s), and its length in bytes.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 {
            return (Unicode.Scalar(unchecked: (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)), 2)
        }
        if b0 < 0xF0 {
            return (Unicode.Scalar(unchecked: (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
                | UInt32(bytes[i + 2] & 0x3F)), 3)
        }
        return (Unicode.Scalar(unchecked: (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)), 4)
    }
}

private extension Unicode.Scalar {
    /// For values decoded from valid UTF-8, which are always scalars.
    init(unchecked value: UInt32) {
        self = Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
