import Foundation

/// Puts a fresh build's staging databases (`IndexStaging`) into the index: one compaction of the
/// index with them, swapped in place as `search compact` does, so a kill at any step leaves the
/// index as it was (with its staging databases) or merged. The result is one database.
enum StagedMerge {
    /// The end of a fresh build: the staging writers are closed, and the run's writer has
    /// committed the index record and still holds the write lock; it closes once the merged
    /// database is in place.
    static func merge(_ indexPath: String, holding writer: DocumentWriter) throws(IndexError) {
        try IndexError.mapping {
            // The merged sequence must cover every staged stamp, or a watch would list the staged
            // articles as new after the next run; which source's value a compaction keeps for a key
            // they share is Xapian's choice, so all of them get the newest.
            try writer.stampSequence(atLeast: try stampStaged(indexPath, atLeast: writer.sequence))
            try IndexCompactor.swap(indexPath, compacting: IndexStaging.open(indexPath), multipass: false) { try? writer.close() }
        }
    }

    /// Staging databases that an interrupted build left: merged in before a run writes, so the
    /// next run goes on from what they committed (with one writer: the index is no longer empty).
    /// Takes the write lock, so a build still running keeps its own.
    static func mergeLeftover(_ indexPath: String) throws(IndexError) {
        guard IndexStaging.exists(in: indexPath), IndexLocation.exists(indexPath), !ShardLayout.isSharded(indexPath) else { return }
        try IndexError.mapping {
            let lock = try IndexCompactor.lockWriters(indexPath)
            let staged = IndexStaging.paths(of: indexPath)
            if staged.allSatisfy({ ((try? Database(path: $0).documentCount()) ?? 0) == 0 }) {
                // Killed before its first batch commit: nothing to keep.
                IndexStaging.remove(from: indexPath)
                try lock.close()
                return
            }
            let own = Int64((try? lock.metadata(Schema.Metadata.sequence)) ?? "") ?? 0
            let newest = try stampStaged(indexPath, atLeast: own)
            if newest > own {
                try lock.setMetadata(Schema.Metadata.sequence, String(newest))
                try lock.commit()
            }
            try IndexCompactor.swap(indexPath, compacting: IndexStaging.open(indexPath), multipass: false) { try? lock.close() }
        }
    }

    /// Gives every staging database the newest sequence any of them committed (each stamps its
    /// batches like the index), or `floor` if that is newer, and returns it. The staging writers
    /// are closed by now.
    private static func stampStaged(_ indexPath: String, atLeast floor: Int64) throws -> Int64 {
        let paths = IndexStaging.paths(of: indexPath)
        let newest = paths.compactMap { path in
            (try? Database(path: path).metadata(Schema.Metadata.sequence)).flatMap { Int64($0) }
        }.reduce(floor, max)
        for path in paths {
            let db = try WritableDatabase(path: path, mode: .open)
            try db.setMetadata(Schema.Metadata.sequence, String(newest))
            try db.commit()
            try db.close()
        }
        return newest
    }
}
