import CZlib

/// zlib's inflate over a byte range: gzip members of `.warc.gz` files and gzip/deflate HTTP bodies.
///
///     let r = Inflater.inflate(bytes[...], format: .gzip, into: &out)   // r.complete, r.consumed
enum Inflater {
    enum Format {
        case gzip      // RFC 1952, one member
        case zlib      // RFC 1950 (HTTP "deflate" as the standard says)
        case raw       // RFC 1951 (HTTP "deflate" as many servers send it)

        var windowBits: Int32 {
            switch self {
            case .gzip: return 15 + 16
            case .zlib: return 15
            case .raw: return -15
            }
        }
    }

    struct Outcome {
        /// Input bytes the stream used (its whole length when `complete`).
        var consumed: Int
        /// True when the stream's end marker (and, for gzip, its trailer) was read.
        var complete: Bool
        /// zlib's words when the data is not a valid stream.
        var error: String?
    }

    /// Inflates one stream from the start of `input`, appending what it yields to `out`. Output
    /// already produced before an error or a cut-off end stays in `out`.
    static func inflate(_ input: UnsafeRawBufferPointer, format: Format, into out: inout [UInt8]) -> Outcome {
        var stream = z_stream()
        guard inflateInit2_(&stream, format.windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return Outcome(consumed: 0, complete: false, error: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        guard let base = input.baseAddress?.assumingMemoryBound(to: Bytef.self), !input.isEmpty else {
            return Outcome(consumed: 0, complete: false, error: nil)
        }
        var fed = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        while true {
            if stream.avail_in == 0 && fed < input.count {
                let n = min(input.count - fed, Int(UInt32.max))
                stream.next_in = UnsafeMutablePointer(mutating: base + fed)
                stream.avail_in = UInt32(n)
                fed += n
            }
            let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(buffer.count)
                status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return buffer.count - Int(stream.avail_out)
            }
            if produced > 0 { out.append(contentsOf: chunk[0..<produced]) }
            let consumed = fed - Int(stream.avail_in)
            switch status {
            case Z_STREAM_END:
                return Outcome(consumed: consumed, complete: true, error: nil)
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0 && fed == input.count:
                return Outcome(consumed: consumed, complete: false, error: nil)   // input ended mid-stream
            case Z_BUF_ERROR:
                continue
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                return Outcome(consumed: consumed, complete: false, error: message)
            }
        }
    }
}
