#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Bytes to standard output through C's buffered `stdout`, the stream `print` writes to, so
/// their order with printed text is kept. For output already made as bytes (a JSON answer):
/// making it a String only to print it cost a copy, a UTF-8 check and `print`'s casts.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
    }
}
