import Dispatch

/// Result slots written from several threads. Each index is written by exactly one
/// iteration and read only after all have finished, which is why it can be unchecked.
private final class ParallelSlots<T>: @unchecked Sendable {
    var items: [T?]
    init(_ n: Int) { items = Array(repeating: nil, count: n) }
}

extension Array where Element: Sendable {
    /// Maps on worker threads, keeping order; serial when `jobs` ≤ 1.
    func parallelMap<T: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        if jobs <= 1 || count < 2 { return map(transform) }
        let slots = ParallelSlots<T>(count)
        let source = self
        let stride = Swift.max(1, (count + jobs * 4 - 1) / (jobs * 4))
        let chunks = (count + stride - 1) / stride
        slots.items.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let start = c * stride
                for i in start..<Swift.min(start + stride, source.count) {
                    out[i] = transform(source[i])
                }
            }
        }
        return slots.items.map { $0! }
    }
}
