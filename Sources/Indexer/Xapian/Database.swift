import CXapian

/// A read-only Xapian database. The path may be a single database or a stub file
/// listing shards (`auto PATH`, `remote HOST:PORT`), searched as one.
///
///     let db = try Database(path: "Index")
public final class Database {
    let handle: OpaquePointer
    public let path: String

    public init(path: String) throws(XapianError) {
        self.path = path
        guard let h = try checked({ cx_database_open(path, $0) }) else {
            throw XapianError(kind: .databaseOpening, message: "cannot open \(path)")
        }
        handle = h
    }

    private init(handle: OpaquePointer, path: String) { self.handle = handle; self.path = path }

    /// A shard served by `xapian-tcpsrv`; `timeout` in milliseconds (Xapian's default is 10 s).
    public static func remote(host: String, port: Int, timeout: Int = 10_000) throws(XapianError) -> Database {
        let ms = UInt32(clamping: timeout)
        guard let h = try checked({ cx_database_open_remote(host, UInt32(clamping: port), ms, ms, $0) }) else {
            throw XapianError(kind: .network, message: "cannot open remote \(host):\(port)")
        }
        return Database(handle: h, path: "remote \(host):\(port)")
    }

    /// An empty database to `add` shards to, searched as one.
    public static func empty(path: String = "") throws(XapianError) -> Database {
        guard let h = try checked({ cx_database_new_empty($0) }) else {
            throw XapianError(kind: .database, message: "cannot create an empty database")
        }
        return Database(handle: h, path: path)
    }

    /// Adds the shards of `other` to this database.
    public func add(_ other: Database) throws(XapianError) {
        _ = try checked { cx_database_add(handle, other.handle, $0) }
    }

    deinit { cx_database_free(handle) }

    /// Moves to the latest committed revision; true when it changed.
    @discardableResult
    public func reopen() throws(XapianError) -> Bool {
        try checked { cx_database_reopen(handle, $0) } == 1
    }

    public func documentCount() throws(XapianError) -> Int { Int(try checked { cx_database_doccount(handle, $0) }) }
    public func lastDocumentID() throws(XapianError) -> UInt32 { try checked { cx_database_lastdocid(handle, $0) } }
    public func shardCount() throws(XapianError) -> Int { try checked { cx_database_shard_count(handle, $0) } }

    /// The first document indexed by `term`, or nil.
    public func documentID(forTerm term: String) throws(XapianError) -> UInt32? {
        let n = term.utf8.count
        let id = try checked { cx_database_find_term(handle, term, n, $0) }
        return id == 0 ? nil : id
    }

    public func termFrequency(_ term: String) throws(XapianError) -> Int {
        let n = term.utf8.count
        return Int(try checked { cx_database_termfreq(handle, term, n, $0) })
    }

    public func document(_ id: UInt32) throws(XapianError) -> Document {
        guard let h = try checked({ cx_database_get_document(handle, id, $0) }) else {
            throw XapianError(kind: .docNotFound, message: "document \(id) not found")
        }
        return Document(handle: h)
    }

    public func metadata(_ key: String) throws(XapianError) -> String {
        var len = 0
        let p = try checked { cx_database_get_metadata(handle, key, &len, $0) }
        return takeString(p, length: len)
    }

    public func valueLowerBound(_ slot: UInt32) throws(XapianError) -> String {
        var len = 0
        let p = try checked { cx_database_value_lower_bound(handle, slot, &len, $0) }
        return takeString(p, length: len)
    }

    public func valueUpperBound(_ slot: UInt32) throws(XapianError) -> String {
        var len = 0
        let p = try checked { cx_database_value_upper_bound(handle, slot, &len, $0) }
        return takeString(p, length: len)
    }

    /// Whether the spelling table holds any word (indexes built without `--spelling` have none).
    public func hasSpellings() throws(XapianError) -> Bool {
        try checked { cx_database_has_spellings(handle, $0) } == 1
    }

    /// A close word from the spelling table, or nil.
    public func spellingSuggestion(_ word: String) throws(XapianError) -> String? {
        let s = takeString(try checked { cx_database_spelling_suggestion(handle, word, $0) })
        return s.isEmpty ? nil : s
    }

    public func allTerms(prefix: String = "") throws(XapianError) -> [TermEntry] {
        try drainTermList(try checked { cx_database_allterms(handle, prefix, $0) })
    }

    public func terms(ofDocument id: UInt32) throws(XapianError) -> [TermEntry] {
        try drainTermList(try checked { cx_database_termlist(handle, id, $0) })
    }

    /// Writes a compacted copy (all shards merged) to `destination`.
    public func compact(to destination: String) throws(XapianError) {
        _ = try checked { cx_database_compact(handle, destination, $0) }
    }
}
