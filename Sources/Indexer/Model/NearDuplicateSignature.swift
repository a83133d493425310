/// A MinHash signature of an article body's word shingles, for folding copies of one story.
///
/// Copies of a wire piece (another headline, an inserted byline, a trimmed ending, a few words
/// changed) share most of their four-word shingles; different stories on the same event share
/// few. The fraction of equal minimums estimates that overlap (Jaccard similarity), and bands of
/// minimums become index terms, so the likely copies of an article are found with one OR query
/// instead of a pass over the archive (locality-sensitive hashing).
///
///     let a = NearDuplicateSignature(body: text)!; a.isNearDuplicate(of: b)
public struct NearDuplicateSignature: Sendable, Hashable {
    public let minimums: [UInt32]

    /// Words per shingle: long enough that two different stories rarely share one, short enough
    /// that an edit disturbs only the shingles around it.
    static let shingleWidth = 4
    /// Bodies with fewer shingles get no signature: a few words say too little to call two
    /// articles copies of each other.
    static let minimumShingles = 20
    public static let rowsPerBand = 3
    public static let bandCount = 10
    static var hashCount: Int { rowsPerBand * bandCount }
    /// Estimated overlap at or above which two bodies count as copies. With 10 bands of 3 rows, a
    /// pair at 0.6 shares a band 91 % of the time, at 0.8 99.9 %, at 0.1 about 1 %.
    public static let threshold = 0.5

    public init(minimums: [UInt32]) { self.minimums = minimums }

    /// nil when the body is too short to sign.
    public init?(body: String) {
        let words = Self.wordHashes(body)
        let count = words.count - Self.shingleWidth + 1
        guard count >= Self.minimumShingles else { return nil }
        var mins = [UInt32](repeating: .max, count: Self.hashCount)
        for i in 0..<count {
            var h: UInt64 = 0x9e37_79b9_7f4a_7c15
            for j in 0..<Self.shingleWidth { h = Self.mix(h ^ words[i + j]) }
            // One hash function per minimum: the shingle's hash re-mixed with the function's index.
            for k in 0..<Self.hashCount {
                let m = UInt32(truncatingIfNeeded: Self.mix(h &+ UInt64(k) &* 0xd6e8_feb8_6659_fd93))
                if m < mins[k] { mins[k] = m }
            }
        }
        minimums = mins
    }

    /// The estimated Jaccard similarity of the two bodies' shingle sets.
    public func similarity(to other: NearDuplicateSignature) -> Double {
        guard minimums.count == other.minimums.count, !minimums.isEmpty else { return 0 }
        var same = 0
        for i in minimums.indices where minimums[i] == other.minimums[i] { same += 1 }
        return Double(same) / Double(minimums.count)
    }

    public func isNearDuplicate(of other: NearDuplicateSignature) -> Bool { similarity(to: other) >= Self.threshold }

    /// One key per band: the band's index and a hash of its rows.
    public var bandKeys: [String] {
        (0..<Self.bandCount).map { band in
            var h: UInt64 = UInt64(band) &+ 0x51_7cc1_b727_220a
            for r in 0..<Self.rowsPerBand { h = Self.mix(h ^ UInt64(minimums[band * Self.rowsPerBand + r])) }
            return String(band, radix: 36) + Self.hex(h, digits: 12)
        }
    }

    /// The signature as hex, for a value slot: 8 digits per minimum.
    public var encoded: String { minimums.map { Self.hex(UInt64($0), digits: 8) }.joined() }

    public init?(encoded: String) {
        let bytes = Array(encoded.utf8)
        guard bytes.count == Self.hashCount * 8 else { return nil }
        var mins: [UInt32] = []
        for k in 0..<Self.hashCount {
            guard let v = UInt32(String(decoding: bytes[k * 8..<(k + 1) * 8], as: UTF8.self), radix: 16) else { return nil }
            mins.append(v)
        }
        minimums = mins
    }

    /// FNV-1a of each word: letters and digits (ASCII folded to lower case, other bytes kept);
    /// punctuation and spacing separate words, so re-wrapped or re-punctuated copies still match.
    static func wordHashes(_ body: String) -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(body.utf8.count / 5)
        var current: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for b in body.utf8 {
            let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if isWordByte {
                current ^= UInt64((b >= 0x41 && b <= 0x5A) ? b | 0x20 : b)
                current = current &* 0x0000_0100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(current)
                current = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// SplitMix64's finaliser: spreads a hash over all 64 bits.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    static func hex(_ v: UInt64, digits: Int) -> String {
        let s = String(v & (digits >= 16 ? ~0 : (1 << UInt64(digits * 4)) - 1), radix: 16)
        return String(repeating: "0", count: digits - s.count) + s
    }
}
