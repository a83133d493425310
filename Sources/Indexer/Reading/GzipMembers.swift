/// A gzip file inflated member by member (a `.warc.gz` holds one member per record), keeping
/// where each member starts so a record can be named by its offset in the compressed file.
///
///     let gz = GzipMembers(bytes)   // gz.output, gz.problems, gz.compressedOffset(ofOutput: 0)
struct GzipMembers {
    /// Every member's bytes, inflated and joined.
    private(set) var output: [UInt8] = []
    /// Each member's start in `output` and in the compressed input, in order.
    private(set) var starts: [(output: Int, input: Int)] = []
    /// Truncated or corrupt members and trailing garbage, in words, with byte offsets.
    private(set) var problems: [String] = []

    private static let magic: [UInt8] = [0x1F, 0x8B, 0x08]

    init(_ input: UnsafeRawBufferPointer) {
        var position = 0
        while position < input.count {
            guard Self.hasMagic(input, at: position) else {
                if starts.isEmpty {
                    problems.append("not gzip data (no gzip header at the start)")
                    return
                }
                // Skip to the next member header: what lies between is damage, not data.
                guard let next = Self.nextMagic(input, after: position) else {
                    problems.append("\(input.count - position) bytes after the gzip member at byte \(starts.last!.input) are not gzip data")
                    return
                }
                problems.append("bytes \(position)–\(next - 1) are not gzip data (skipped)")
                position = next
                continue
            }
            let memberStart = output.count
            starts.append((memberStart, position))
            let outcome = Inflater.inflate(UnsafeRawBufferPointer(rebasing: input[position...]), format: .gzip, into: &output)
            if outcome.complete {
                position += max(outcome.consumed, 1)
                continue
            }
            if let error = outcome.error {
                problems.append("gzip member at byte \(position) is corrupt (\(error))")
                // What inflated before the error may be garbage. Keep only a whole WARC header,
                // so the record is still counted (and reported) and later records keep their numbers.
                output.removeSubrange((memberStart + Self.wholeWARCHeader(output[memberStart...]))...)
                // Resume at the next member header, if any.
                guard let next = Self.nextMagic(input, after: position) else { return }
                position = next
            } else {
                problems.append("gzip member at byte \(position) is truncated (the file ends inside it)")
                return
            }
        }
    }

    /// The compressed offset of the member holding `output[position]`.
    func compressedOffset(ofOutput position: Int) -> Int {
        var low = 0, high = starts.count - 1
        guard high >= 0 else { return 0 }
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid].output <= position { low = mid } else { high = mid - 1 }
        }
        return starts[low].input
    }

    /// The length of a complete `WARC/…` header block at the start of `bytes`, else 0.
    private static func wholeWARCHeader(_ bytes: ArraySlice<UInt8>) -> Int {
        guard bytes.starts(with: Array("WARC/".utf8)) else { return 0 }
        let end = Array("\r\n\r\n".utf8)
        var i = bytes.startIndex
        while i + 4 <= bytes.endIndex {
            if bytes[i] == 0x0D, bytes[i..<(i + 4)].elementsEqual(end) { return i + 4 - bytes.startIndex }
            guard bytes[i] < 0x80 else { return 0 }   // headers are ASCII; garbage is not trusted
            i += 1
        }
        return 0
    }

    private static func hasMagic(_ input: UnsafeRawBufferPointer, at i: Int) -> Bool {
        i + 3 <= input.count && input[i] == magic[0] && input[i + 1] == magic[1] && input[i + 2] == magic[2]
    }

    private static func nextMagic(_ input: UnsafeRawBufferPointer, after i: Int) -> Int? {
        var j = i + 1
        while j + 3 <= input.count {
            if input[j] == 0x1F, hasMagic(input, at: j) { return j }
            j += 1
        }
        return nil
    }
}
