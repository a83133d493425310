/// Reads JSON values one at a time from UTF-8 bytes, for formats whose shape the caller knows
/// (`Schema.StoredArticle`'s header). Much cheaper than JSONDecoder on small objects: no
/// intermediate tree and no Codable machinery. Every read returns nil (or false) on anything
/// unexpected; callers then fall back to JSONDecoder.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { mutating get { skipSpace(); return i >= bytes.count } }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// Consumes `c` (after white space) if it is next.
    mutating func take(_ c: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == c else { return false }
        i += 1
        return true
    }

    mutating func null() -> Bool { literal("null") }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        skipSpace()
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    /// An integer without fraction or exponent.
    mutating func int() -> Int? {
        skipSpace()
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var value = 0, digits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 18 {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
            digits += 1
        }
        guard digits > 0, i >= bytes.count || !Self.continuesNumber(bytes[i]) else { return nil }
        return negative ? -value : value
    }

    private static func continuesNumber(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    /// An object key as raw bytes (keys of known formats hold no escapes), with its colon consumed.
    mutating func key() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        let key = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        return take(UInt8(ascii: ":")) ? key : nil
    }

    /// A string value, escapes decoded.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i - 1]), as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var v = hex4() else { return nil }
                // A surrogate pair spells one scalar outside the basic plane.
                if v >= 0xD800 && v < 0xDC00 {
                    guard take(UInt8(ascii: "\\")), i < bytes.count, bytes[i] == UInt8(ascii: "u") else { return nil }
                    i += 1
                    guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                    v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: return nil
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x61...0x66: d = c - 0x61 + 10
            case 0x41...0x46: d = c - 0x41 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    /// Reads `{ "key": value, … }`, calling `member` with each key; `member` reads the value.
    mutating func object(_ member: (inout JSONScanner, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let k = key(), member(&self, k) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Reads `[ value, … ]`, calling `element` to read each value.
    mutating func array(_ element: (inout JSONScanner) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// Reads `[ {…}, … ]` into `list`: each object starts as `empty`, and `field` reads one member
    /// into it, returning the member's bit in `required` (0 for an optional one) or nil for an
    /// unknown key or a value of the wrong kind. An object missing a required member fails.
    mutating func objects<T>(_ empty: T, required: Int, into list: inout [T],
                             _ field: (inout JSONScanner, UnsafeBufferPointer<UInt8>, inout T) -> Int?) -> Bool {
        array { s in
            var item = empty, got = 0
            guard s.object({ s, key in
                guard let bit = field(&s, key, &item) else { return false }
                got |= bit
                return true
            }), got == required else { return false }
            list.append(item)
            return true
        }
    }

    /// Skips one value of any kind (a key the reader does not know).
    mutating func skipValue() -> Bool {
        skipSpace()
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"): return object { s, _ in s.skipValue() }
        case UInt8(ascii: "["): return array { $0.skipValue() }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool() != nil
        case UInt8(ascii: "n"): return null()
        default:
            // Any number: digits, sign, fraction, exponent.
            let start = i
            while i < bytes.count, Self.continuesNumber(bytes[i]) || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            return i > start
        }
    }

    /// True when `key` spells `name`.
    static func isKey(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        guard key.count == n else { return false }
        for k in 0..<n where key[k] != name.utf8Start[k] { return false }
        return true
    }
}
