/// A fixed set of words packed as `DateLexicon.key` values, probed without `Hasher`: the date
/// scan asks it about every word of an article.
struct PackedWordSet: Sendable {
    /// Open addressing, power-of-two capacity; 0 marks an empty slot (no word packs to 0).
    private let slots: [UInt64]

    init(_ keys: Set<UInt64>) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for key in keys where key != 0 {
            var i = Self.start(key, capacity)
            while slots[i] != 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = key
        }
        self.slots = slots
    }

    /// False for 0, the key of words too long or not ASCII to pack.
    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return false }
        var i = Self.start(key, slots.count)
        while slots[i] != 0 {
            if slots[i] == key { return true }
            i = (i + 1) & (slots.count - 1)
        }
        return false
    }

    @inline(__always) private static func start(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: PhraseHash.slotKey(key)) & (capacity - 1)
    }
}
