import Foundation
import TestSupport
@testable import Indexer

/// What an index holds, read with the library rather than the CLI.
struct IndexFacts {
    var documents: Int
    var uniqueTerms: Int
    var duplicatedIDs: [String]
    var fileTerms: Int

    init(_ path: String) throws {
        let db = try Database(path: path)
        documents = try db.documentCount()
        let unique = try db.allTerms(prefix: Schema.Prefix.unique)
        uniqueTerms = unique.count
        duplicatedIDs = unique.filter { $0.frequency != 1 }.map(\.term)
        fileTerms = try db.allTerms(prefix: Schema.Prefix.file).count
    }

    /// Files whose recorded state (which makes the next run skip them) is not matched by all
    /// their documents: what a crash must never leave behind. `held`: articles per relative path.
    static func filesClaimedButIncomplete(_ path: String, root: String, held: [String: Int]) throws -> [String] {
        let db = try Database(path: path)
        let key = IndexedRoot(path: root).key
        var bad: [String] = []
        for (relative, count) in held {
            let term = Schema.fileTerm(rootKey: key, relativePath: relative)
            let state = try db.metadata(Schema.Metadata.fileState(fileTerm: term))
            if !state.isEmpty && db.termFrequencyOrZero(term) != count { bad.append(relative) }
        }
        return bad.sorted()
    }
}

private extension Database {
    func termFrequencyOrZero(_ term: String) -> Int { (try? termFrequency(term)) ?? 0 }
}
