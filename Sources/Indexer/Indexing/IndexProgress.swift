/// Live progress, reported after each batch and at phase changes.
public struct IndexProgress: Sendable {
    public enum Phase: String, Sendable { case scanning, indexing, committing, done }
    public var phase: Phase
    public var filesDone: Int
    public var filesTotal: Int
    public var articles: Int
    public var elapsed: Double
}
