import Foundation
import TestSupport
@testable import Indexer

/// What an index holds, read with the library rather than the CLI: as readers see it, with the
/// staging databases of a fresh build still running or interrupted (`IndexStaging`).
struct IndexFacts {
    var documents: Int
    var uniqueTerms: Int
    var duplicatedIDs: [String]
    var fileTerms: Int

    init(_ path: String) throws {
        let db = try IndexStaging.open(path)
        documents = try db.documentCount()
        let unique = try db.allTerms(prefix: Schema.Prefix.unique)
        uniqueTerms = unique.count
        duplicatedIDs = unique.filter { $0.frequency != 1 }.map(\.term)
        fileTerms = try db.allTerms(prefix: Schema.Prefix.file).count
    }

    /// Files whose recorded state (which makes the next run skip them) is not matched by all
    /// their documents: what a crash must never leave behind. `held`: articles per relative path.
    /// A state vouches for the documents of its own database (the index, or one staging database).
    static func filesClaimedButIncomplete(_ path: String, root: String, held: [String: Int]) throws -> [String] {
        let key = IndexedRoot(path: root).key
        var bad: [String] = []
        for db in try ([path] + IndexStaging.paths(of: path)).map(Database.init(path:)) {
            for (relative, count) in held {
                let term = Schema.fileTerm(rootKey: key, relativePath: relative)
                let state = try db.metadata(Schema.Metadata.fileState(fileTerm: term))
                if !state.isEmpty && db.termFrequencyOrZero(term) != count { bad.append(relative) }
            }
        }
        return bad.sorted()
    }
}

private extension Database {
    func termFrequencyOrZero(_ term: String) -> Int { (try? termFrequency(term)) ?? 0 }
}
