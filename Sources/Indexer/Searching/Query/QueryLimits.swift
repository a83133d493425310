/// Bounds on what one request may cost, so that no query (typed, scripted or sent over HTTP)
/// can hold the machine: a thousand `c*` wildcards once took minutes and gigabytes.
public enum QueryLimits {
    /// Longest query text accepted, in UTF-8 bytes; longer ones are refused as bad queries.
    public static let maxQueryBytes = 1_024
    /// Terms one wildcard expands to: the most frequent ones (Xapian's WILDCARD_LIMIT_MOST_FREQUENT).
    public static let maxWildcardExpansion: UInt32 = 100
    /// Largest `--offset` and `--limit`: far past any page a person reads, far below overflow.
    public static let maxOffset = 1_000_000
    public static let maxLimit = 10_000
}
