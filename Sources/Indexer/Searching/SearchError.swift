/// Why a search could not run. `isUsage` errors are the user's to fix (exit 2);
/// the others concern the index (exit 1).
public enum SearchError: Error, CustomStringConvertible {
    case noIndex(String)
    case badQuery(String)
    case badValue(String)
    case engine(XapianError)
    /// Shards of a stub that could not be reached (`remote HOST:PORT` or a path), and why.
    case shardsUnreachable([String], XapianError)
    /// The index predates what the request needs (`--in-office` needs schema 3): rebuild with `--full`.
    case outdatedIndex(String, found: Int, needed: Int, feature: String)

    public var isUsage: Bool {
        switch self {
        case .badQuery, .badValue: return true
        case .noIndex, .engine, .shardsUnreachable, .outdatedIndex: return false
        }
    }

    public var description: String {
        switch self {
        case .noIndex(let path):
            return "no index at \(path); build one with: search index FOLDER --index \(path)"
        case .badQuery(let m): return "bad query: \(m)"
        case .badValue(let m): return m
        case .outdatedIndex(let path, let found, let needed, let feature):
            return "index \(path) was built with schema \(found); \(feature) needs schema \(needed); rebuild it with: search index FOLDER --index \(path) --full"
        case .shardsUnreachable(let shards, let e):
            let names = shards.joined(separator: ", ")
            return "shard\(shards.count == 1 ? "" : "s") unreachable: \(names) (\(e.message)); start \(shards.count == 1 ? "it" : "them") again, or add --allow-partial to answer from the other shards"
        case .engine(let e):
            if e.isNetwork { return "a shard is unreachable: \(e.message) (use --allow-partial to answer from the others)" }
            return "\(e.kind): \(e.message)"
        }
    }
}
