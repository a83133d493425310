/// SplitMix64: a small, fast generator that tests seed, so a failure reproduces from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// A text of 1...`maxPieces` pieces drawn from `pieces`: the random inputs tests compare two
    /// implementations on.
    mutating func text(from pieces: [String], upTo maxPieces: Int) -> String {
        var text = ""
        for _ in 0..<Int(next() % UInt64(maxPieces)) + 1 { text += pieces[Int(next() % UInt64(pieces.count))] }
        return text
    }
}
