/// A set of two-byte word keys (`SnippetMaker.key`), one bit per possible key (8 KB): asking
/// whether a body word could be a query term costs one load.
struct KeyBits {
    private var words = [UInt64](repeating: 0, count: 1 << 10)

    mutating func insert(_ k: UInt16) {
        words[Int(k >> 6)] |= 1 << UInt64(k & 63)
    }

    /// Every key whose first byte is `first` (a one-byte wildcard prefix fits them all).
    mutating func insert(first: UInt8) {
        for i in Int(first) << 2..<(Int(first) + 1) << 2 { words[i] = ~0 }
    }

    /// Every key of `first` with a second byte from 0x80 up (not ASCII).
    mutating func insertNonASCIISeconds(first: UInt8) {
        words[Int(first) << 2 | 2] = ~0
        words[Int(first) << 2 | 3] = ~0
    }

    mutating func insertAll() {
        for i in words.indices { words[i] = ~0 }
    }

    /// The bits as 1,024 words, key `k` at bit `k & 63` of word `k >> 6`: for loops that test many keys.
    @inline(__always)
    func withWords<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        words.withUnsafeBufferPointer(body)
    }

    @inline(__always)
    func contains(_ k: UInt16) -> Bool {
        words.withUnsafeBufferPointer { $0[Int(k >> 6)] } & (1 << UInt64(k & 63)) != 0
    }
}
