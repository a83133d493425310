/// Why a search could not run. `isUsage` errors are the user's to fix (exit 2);
/// the others concern the index (exit 1).
public enum SearchError: Error, CustomStringConvertible {
    case noIndex(String)
    /// Built with another `Schema.version`: its terms no longer match what queries ask for.
    case outdatedIndex(String, found: Int)
    /// The index's files cannot be read back (truncated, overwritten): `xapian-check` shows where.
    case damagedIndex(String, XapianError)
    case badQuery(String)
    case badValue(String)
    case engine(XapianError)
    /// Shards of a stub that could not be reached (`remote HOST:PORT` or a path), and why.
    case shardsUnreachable([String], XapianError)

    public var isUsage: Bool {
        switch self {
        case .badQuery, .badValue: return true
        case .noIndex, .outdatedIndex, .damagedIndex, .engine, .shardsUnreachable: return false
        }
    }

    public var description: String {
        switch self {
        case .noIndex(let path):
            return "no index at \(path); build one with: search index FOLDER --index \(path)"
        case .outdatedIndex(let path, let found):
            return "index \(path) was built with schema \(found), this tool reads schema \(Schema.version); "
                + "rebuild it with: search index FOLDER --full --index \(path)"
        case .damagedIndex(let path, let e):
            let detail = e.message.hasPrefix(e.kind + ": ") ? String(e.message.dropFirst(e.kind.count + 2)) : e.message
            return "the index at \(path) is damaged (\(e.kind): \(detail))"
        case .badQuery(let m): return "bad query: \(m)"
        case .badValue(let m): return m
        case .shardsUnreachable(let shards, let e):
            let names = shards.joined(separator: ", ")
            return "shard\(shards.count == 1 ? "" : "s") unreachable: \(names) (\(e.message)); start \(shards.count == 1 ? "it" : "them") again, or add --allow-partial to answer from the other shards"
        case .engine(let e):
            if e.isNetwork { return "a shard is unreachable: \(e.message) (use --allow-partial to answer from the others)" }
            return "\(e.kind): \(e.message)"
        }
    }
}
