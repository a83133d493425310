/// Why a search could not run. `isUsage` errors are the user's to fix (exit 2);
/// the others concern the index (exit 1).
public enum SearchError: Error, CustomStringConvertible {
    case noIndex(String)
    case badQuery(String)
    case badValue(String)
    case engine(XapianError)

    public var isUsage: Bool {
        switch self {
        case .badQuery, .badValue: return true
        case .noIndex, .engine: return false
        }
    }

    public var description: String {
        switch self {
        case .noIndex(let path):
            return "no index at \(path); build one with: search index FOLDER --index \(path)"
        case .badQuery(let m): return "bad query: \(m)"
        case .badValue(let m): return m
        case .engine(let e):
            if e.isNetwork { return "a shard is unreachable: \(e.message) (use --allow-partial to answer from the others)" }
            return "\(e.kind): \(e.message)"
        }
    }
}
