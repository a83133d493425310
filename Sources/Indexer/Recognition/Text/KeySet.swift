/// A fixed set of token keys ("the", "bin", "sheikh") that a token is looked up in by the
/// `PhraseHash` the tokenizer already computed: the recognisers ask these for most tokens,
/// and hashing each key again with `Hasher` was a good part of their time.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    /// Open addressing, power-of-two capacity: a `PhraseHash.slotKey` (0 when empty) and its key.
    private let slots: [UInt64]
    private let keys: [String]

    init(_ members: [String]) {
        var capacity = 16
        while capacity < members.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var keys = [String](repeating: "", count: capacity)
        for key in members {
            let k = PhraseHash.slotKey(PhraseHash(key).value)
            var i = Int(truncatingIfNeeded: k) & (capacity - 1)
            while slots[i] != 0, !(slots[i] == k && keys[i] == key) { i = (i + 1) & (capacity - 1) }
            slots[i] = k
            keys[i] = key
        }
        self.slots = slots
        self.keys = keys
    }

    init(arrayLiteral members: String...) {
        self.init(members)
    }

    func contains(_ token: TextToken) -> Bool {
        contains(token.key, hash: token.keyHash.value)
    }

    func contains(_ key: String) -> Bool {
        contains(key, hash: PhraseHash(key).value)
    }

    private func contains(_ key: String, hash: UInt64) -> Bool {
        let k = PhraseHash.slotKey(hash)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: k) & mask
        while slots[i] != 0 {
            if slots[i] == k, keys[i] == key { return true }
            i = (i + 1) & mask
        }
        return false
    }
}
