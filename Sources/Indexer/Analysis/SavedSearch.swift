import Foundation

/// A search kept under a name, with the point its last run reached: `watch run` lists what was
/// written to the index after that point, then moves the point on.
///
///     try SavedSearches(indexPath: "Index").add(SavedSearch(name: "korea", request: r))
public struct SavedSearch: Codable, Sendable, Hashable {
    public var name: String
    public var text: String
    public var countries: [String]
    public var leaders: [String]
    public var from: String?
    public var to: String?
    public var mentionedFrom: String?
    public var mentionedTo: String?
    /// The written-sequence (`Schema.Slot.written`) the last run reached; nil before the first run.
    public var mark: Int64?
    public var created: String

    public init(name: String, request: SearchRequest, now: Date = Date()) {
        self.name = name
        text = request.text
        countries = request.countries; leaders = request.leaders
        from = request.from; to = request.to
        mentionedFrom = request.mentionedFrom; mentionedTo = request.mentionedTo
        mark = nil
        created = ISO8601DateFormatter().string(from: now)
    }

    /// The search as a request (page and facets are the caller's).
    public var request: SearchRequest {
        var r = SearchRequest(text: text)
        r.countries = countries; r.leaders = leaders
        r.from = from; r.to = to
        r.mentionedFrom = mentionedFrom; r.mentionedTo = mentionedTo
        return r
    }

    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64 && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}

/// The saved searches of one index, in a small JSON file that lives with it (inside the index
/// folder, or beside a stub file), so they travel with the index. Kept out of Xapian's metadata
/// because writing that takes the index's write lock: a watch could not run while `search
/// index` does, which is exactly when alerts are wanted. Every change holds an advisory lock on
/// the file and replaces it whole, so two watch commands never lose each other's changes.
public struct SavedSearches {
    public let file: String

    public init(indexPath: String) {
        var isDir: ObjCBool = false
        let folder = FileManager.default.fileExists(atPath: indexPath, isDirectory: &isDir) && isDir.boolValue
        file = folder ? (indexPath as NSString).appendingPathComponent("newsindex-watches.json") : indexPath + ".watches.json"
    }

    public func all() throws(SearchError) -> [SavedSearch] {
        guard let data = FileManager.default.contents(atPath: file), !data.isEmpty else { return [] }
        do {
            return try JSONDecoder().decode([SavedSearch].self, from: data)
        } catch {
            throw .unexpected("the saved searches in \(file) cannot be read: \(error)")
        }
    }

    /// Reads, changes and writes back the list under the lock.
    public func update<T>(_ change: (inout [SavedSearch]) throws(SearchError) -> T) throws(SearchError) -> T {
        let lockPath = file + ".lock"
        let fd = open(lockPath, O_CREAT | O_RDWR, 0o644)
        guard fd >= 0 else { throw .unexpected("cannot lock \(lockPath): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        var list = try all()
        let result = try change(&list)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            let data = try encoder.encode(list.sorted { $0.name < $1.name })
            try data.write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw .unexpected("cannot write the saved searches to \(file): \(error)")
        }
        return result
    }
}

extension Searcher {
    /// The committed written-sequence every new article will exceed: the smallest over the
    /// shards, so that a batch one shard has not committed yet is not passed over.
    public func committedSequence() throws(SearchError) -> Int64 {
        try analyse { () throws -> Int64 in
            // The newest commit, and the search that follows reads the same one.
            _ = try database.reopen()
            if let stub = ShardStub.read(indexPath) {
                var lowest = Int64.max
                for entry in stub.entries {
                    let shard = try ShardStub.open(entry)
                    lowest = min(lowest, Int64(try shard.metadata(Schema.Metadata.sequence)) ?? 0)
                }
                return lowest == .max ? 0 : lowest
            }
            return Int64(try database.metadata(Schema.Metadata.sequence)) ?? 0
        }
    }

    /// The matches of `search` written after its mark and up to `through`, newest first.
    public func newMatches(of search: SavedSearch, through: Int64, page: SearchRequest) throws(SearchError) -> SearchResult {
        var request = search.request
        request.limit = page.limit; request.offset = page.offset
        request.facets = page.facets; request.facetLimit = page.facetLimit
        request.snippets = page.snippets; request.sort = page.sort
        request.writtenAfter = search.mark ?? through
        request.writtenThrough = through
        return try self.search(request)
    }
}
