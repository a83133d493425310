import Foundation

/// Gives each distinct byte string a small integer id, so facet counting can add up codes and
/// ids without making a String for every occurrence (only one per distinct value, at the end).
struct ValueInterner {
    private var storage: [UInt8] = []
    private var ranges: [Range<Int>] = []
    /// Open addressing: id + 1, or 0 for an empty slot.
    private var table = [Int32](repeating: 0, count: 256)

    var count: Int { ranges.count }

    /// The id of `value`, new if unseen.
    mutating func id(of value: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(value)) & mask
        while table[slot] != 0 {
            let id = Int(table[slot]) - 1
            if equal(ranges[id], value) { return id }
            slot = (slot + 1) & mask
        }
        let id = ranges.count
        ranges.append(storage.count..<storage.count + value.count)
        storage.append(contentsOf: value)
        table[slot] = Int32(id + 1)
        if ranges.count * 2 > table.count { grow() }
        return id
    }

    private func equal(_ r: Range<Int>, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard r.count == value.count else { return false }
        return storage.withUnsafeBufferPointer { s in
            r.count == 0 || memcmp(s.baseAddress! + r.lowerBound, value.baseAddress!, r.count) == 0
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: table.count * 2)
        let mask = bigger.count - 1
        for id in ranges.indices {
            var slot = Int(truncatingIfNeeded: Self.hash(storage[ranges[id]])) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id + 1)
        }
        table = bigger
    }

    /// FNV-1a over the value's bytes.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    func string(_ id: Int) -> String { String(decoding: storage[ranges[id]], as: UTF8.self) }

    /// Byte order of two values, which is String order for the ASCII codes and ids in the entity slot.
    func precedes(_ a: Int, _ b: Int) -> Bool { storage[ranges[a]].lexicographicallyPrecedes(storage[ranges[b]]) }
}
