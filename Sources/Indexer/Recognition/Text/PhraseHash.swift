/// A hash of token keys that extends one token at a time: the hash of `"a b"` follows from
/// the hashes of `"a"` and `"b"` without building the joined string. A polynomial over the
/// key's UTF-8 bytes, so it equals the hash of the space-joined key a `PhraseIndex` stores.
///
///     PhraseHash.join(PhraseHash("south"), PhraseHash("korea")) == PhraseHash("south korea").value
struct PhraseHash: Sendable {
    /// Σ byte·B^(n-1-i) over the key's n bytes, wrapping.
    let value: UInt64
    /// B^n: what the hash before this key is multiplied by when this key is appended.
    let power: UInt64

    static let base: UInt64 = 0x0000_0100_0000_01B3

    init(value: UInt64, power: UInt64) {
        self.value = value
        self.power = power
    }

    init<S: Sequence>(bytes: S) where S.Element == UInt8 {
        var h: UInt64 = 0, p: UInt64 = 1
        for b in bytes {
            h = h &* Self.base &+ UInt64(b)
            p = p &* Self.base
        }
        self.init(value: h, power: p)
    }

    init(_ key: String) {
        // Over the contiguous bytes: iterating `String.UTF8View` costs several times more.
        var key = key
        self = key.withUTF8 { PhraseHash(bytes: $0) }
    }

    /// The hash of `prefix + " " + key`.
    @inline(__always) static func join(_ prefix: UInt64, _ key: PhraseHash) -> UInt64 {
        (prefix &* base &+ 0x20) &* key.power &+ key.value
    }

    /// Spreads a hash over a table's slots (murmur3's finaliser); never 0, which marks an empty slot.
    @inline(__always) static func slotKey(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x | 1
    }
}
