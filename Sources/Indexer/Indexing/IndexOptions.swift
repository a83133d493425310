import Foundation

/// Settings for one `search index` run.
public struct IndexOptions: Sendable {
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Re-read every file, ignoring change detection.
    public var full = false
    public var maxFileSize = 20_000_000
    /// Articles written between commits: what a crash can lose at most (the next run redoes it).
    /// Small batches are also faster: Xapian's in-memory changes are ordered maps, and big ones
    /// miss the cache (32k bench corpus: 2,000 → 500 cut indexing CPU 6% and peak RSS 210 → 122 MB;
    /// the C++ baseline at 1,000 instead of Xapian's default 10,000 used 30% less CPU).
    public var commitEvery = 1_000
    /// When set, this database is one shard: only the files the selector owns are indexed here.
    public var shard: ShardSelector?
    /// Record every word in Xapian's spelling table for "did you mean". Off by default, as in
    /// omindex: it costs 15–25% of indexing time and a tenth of the index (bench/FINDINGS.md).
    /// Once an index has it, later runs keep it up to date whatever this says.
    public var spelling = false
    /// Confirms a run's removals when they would take more than half of a folder's articles
    /// (and over 100): without it such removals are withheld and reported.
    public var prune = false
    /// A run on an empty database looks near-duplicates up in memory (`RunClusters`); tests turn
    /// it off to compare with the database lookup.
    var clustersInMemory = true
    /// A fresh build writes through two staging databases merged at the end (`StagedWriters`);
    /// tests turn it off to compare with the single writer.
    var stagedBuild = true
    public init() {}
}
