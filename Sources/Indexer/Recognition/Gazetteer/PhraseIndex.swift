/// A dictionary from folded token n-grams ("south korean") to values, with every key
/// prefix stored so a scan can stop as soon as no longer phrase is possible.
///
/// Scans look phrases up by `PhraseHash`, extended token by token from the hashes the
/// tokenizer computed, so matching builds no strings and runs no `Hasher`. A hash only
/// finds a candidate: a phrase matches when its stored key equals the tokens' joined keys,
/// so a collision can cost a comparison but never change a result.
struct PhraseIndex<Value: Sendable>: Sendable {
    /// One reference, so that handing an index around (the gazetteer's accessors, generic
    /// calls) copies a pointer rather than retaining every array; copied only on a shared write.
    private var table = Table()
    var maxTokens: Int { table.maxTokens }
    /// Distinct phrases.
    var count: Int { table.keys.count }

    /// Written only through `add`, on a table no other index shares, before the index is
    /// shared between threads; scans only read. So the per-access exclusivity checks, which
    /// were a tenth of a scan's instructions, are off.
    fileprivate final class Table: @unchecked Sendable {
        /// Open addressing, power-of-two capacity: `slotKeys[i]` is a `PhraseHash.slotKey` (0 when
        /// empty) and `slotEntries[i]` the first entry with that hash, or -1 for a prefix only.
        @exclusivity(unchecked) var slotKeys: [UInt64] = []
        @exclusivity(unchecked) var slotEntries: [Int32] = []
        @exclusivity(unchecked) var used = 0
        /// Per entry: its joined key, its values, and the next entry whose hash collides with it (-1 at the end).
        @exclusivity(unchecked) var keys: [String] = []
        @exclusivity(unchecked) var values: [[Value]] = []
        @exclusivity(unchecked) var nextEntry: [Int32] = []
        @exclusivity(unchecked) var maxTokens = 0

        func copy() -> Table {
            let t = Table()
            (t.slotKeys, t.slotEntries, t.used) = (slotKeys, slotEntries, used)
            (t.keys, t.values, t.nextEntry, t.maxTokens) = (keys, values, nextEntry, maxTokens)
            return t
        }
    }

    /// Adds `value` under the key of `phrase` as the tokenizer splits it.
    mutating func add(_ phrase: String, _ value: Value) {
        let keys = Tokenizer.tokenize(phrase).map(\.key)
        guard !keys.isEmpty else { return }
        add(keys: keys, value)
    }

    mutating func add(keys tokenKeys: [String], _ value: Value) {
        if !isKnownUniquelyReferenced(&table) { table = table.copy() }
        table.add(keys: tokenKeys, value)
    }

    func values(forKey key: String) -> [Value]? {
        table.values(forKey: key)
    }

    /// Longest phrase starting at token `i`; the match may cross spaces, hyphens and commas.
    /// Returns the number of tokens matched and the values.
    func longestMatch(in tokens: [TextToken], at i: Int, crossComma: Bool = true) -> (length: Int, values: [Value])? {
        table.longestMatch(in: tokens, at: i, crossComma: crossComma)
    }

    /// Phrases that end exactly at token `end - 1`, longest first.
    func matches(in tokens: [TextToken], endingAt end: Int) -> (length: Int, values: [Value])? {
        table.matches(in: tokens, endingAt: end)
    }
}

extension PhraseIndex.Table {
    func add(keys tokenKeys: [String], _ value: Value) {
        var key = ""
        var h: UInt64 = 0
        var slot = 0
        // Every prefix gets a slot, so a scan knows when to stop; the whole key's slot holds the entry.
        for (i, k) in tokenKeys.enumerated() {
            key = i == 0 ? k : key + " " + k
            h = i == 0 ? PhraseHash(k).value : PhraseHash.join(h, PhraseHash(k))
            slot = insertSlot(PhraseHash.slotKey(h))
        }
        var e = slotEntries[slot]
        while e >= 0 {
            if keys[Int(e)] == key { values[Int(e)].append(value); break }
            e = nextEntry[Int(e)]
        }
        if e < 0 {
            keys.append(key)
            values.append([value])
            nextEntry.append(slotEntries[slot])
            slotEntries[slot] = Int32(keys.count - 1)
        }
        maxTokens = max(maxTokens, tokenKeys.count)
    }

    func values(forKey key: String) -> [Value]? {
        guard let slot = find(PhraseHash.slotKey(PhraseHash(key).value)) else { return nil }
        var e = slotEntries[slot]
        while e >= 0 {
            if keys[Int(e)] == key { return values[Int(e)] }
            e = nextEntry[Int(e)]
        }
        return nil
    }

    func longestMatch(in tokens: [TextToken], at i: Int, crossComma: Bool = true) -> (length: Int, values: [Value])? {
        var h: UInt64 = 0
        var best: (Int, [Value])?
        var j = i
        while j < tokens.count, j - i < maxTokens {
            if j > i {
                let sep = tokens[j].separator
                guard sep.joinsName || (crossComma && sep == .comma) else { break }
                h = PhraseHash.join(h, tokens[j].keyHash)
            } else {
                h = tokens[j].keyHash.value
            }
            guard let slot = find(PhraseHash.slotKey(h)) else { break }
            if let e = entry(at: slot, matching: tokens, i..<(j + 1)) { best = (j - i + 1, values[e]) }
            j += 1
        }
        return best
    }

    func matches(in tokens: [TextToken], endingAt end: Int) -> (length: Int, values: [Value])? {
        var n = min(maxTokens, end)
        while n >= 1 {
            let start = end - n
            var ok = true
            var h = tokens[start].keyHash.value
            for j in (start + 1)..<end {
                if !tokens[j].separator.joinsName { ok = false; break }
                h = PhraseHash.join(h, tokens[j].keyHash)
            }
            if ok, let slot = find(PhraseHash.slotKey(h)), let e = entry(at: slot, matching: tokens, start..<end) {
                return (n, values[e])
            }
            n -= 1
        }
        return nil
    }

    // MARK: - Table

    @inline(__always) private func find(_ k: UInt64) -> Int? {
        guard !slotKeys.isEmpty else { return nil }
        let mask = slotKeys.count - 1
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let s = slotKeys[i]
            if s == k { return i }
            if s == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The entry at `slot` whose key is the joined keys of `tokens[range]`.
    private func entry(at slot: Int, matching tokens: [TextToken], _ range: Range<Int>) -> Int? {
        var e = slotEntries[slot]
        while e >= 0 {
            if Self.key(keys[Int(e)], equals: tokens, range) { return Int(e) }
            e = nextEntry[Int(e)]
        }
        return nil
    }

    /// Whether `key` is the keys of `tokens[range]` joined by spaces, compared byte by byte.
    private static func key(_ key: String, equals tokens: [TextToken], _ range: Range<Int>) -> Bool {
        var stored = key.utf8.makeIterator()
        for j in range {
            if j > range.lowerBound, stored.next() != 0x20 { return false }
            for b in tokens[j].key.utf8 {
                if stored.next() != b { return false }
            }
        }
        return stored.next() == nil
    }

    private func insertSlot(_ k: UInt64) -> Int {
        if (used + 1) * 2 > slotKeys.count { grow() }
        let mask = slotKeys.count - 1
        var i = Int(truncatingIfNeeded: k) & mask
        while slotKeys[i] != 0 {
            if slotKeys[i] == k { return i }
            i = (i + 1) & mask
        }
        slotKeys[i] = k
        slotEntries[i] = -1
        used += 1
        return i
    }

    private func grow() {
        let oldKeys = slotKeys, oldEntries = slotEntries
        let capacity = max(64, slotKeys.count * 2)
        slotKeys = Array(repeating: 0, count: capacity)
        slotEntries = Array(repeating: -1, count: capacity)
        let mask = capacity - 1
        for (k, e) in zip(oldKeys, oldEntries) where k != 0 {
            var i = Int(truncatingIfNeeded: k) & mask
            while slotKeys[i] != 0 { i = (i + 1) & mask }
            slotKeys[i] = k
            slotEntries[i] = e
        }
    }
}
