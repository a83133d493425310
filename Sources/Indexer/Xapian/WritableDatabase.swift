import CXapian

/// The single writer of a Xapian database. Opening takes Xapian's write lock;
/// a second writer fails with a `DatabaseLockError`.
///
///     let db = try WritableDatabase(path: "Index", mode: .createOrOpen)
public final class WritableDatabase {
    public enum Mode { case createOrOpen, createOrOverwrite, open }

    let handle: OpaquePointer
    public let path: String

    /// `durable: false` skips fsync (DB_NO_SYNC): for bulk loads into a folder that is renamed into place afterwards.
    public init(path: String, mode: Mode = .createOrOpen, durable: Bool = true) throws(XapianError) {
        self.path = path
        let action: Int32
        switch mode {
        case .createOrOpen: action = Int32(CX_DB_CREATE_OR_OPEN)
        case .createOrOverwrite: action = Int32(CX_DB_CREATE_OR_OVERWRITE)
        case .open: action = Int32(CX_DB_OPEN)
        }
        guard let h = try checked({ cx_writable_open(path, action, durable ? 0 : 1, $0) }) else {
            throw XapianError(kind: .databaseOpening, message: "cannot open \(path) for writing")
        }
        handle = h
    }

    deinit { cx_writable_free(handle) }

    public func documentCount() throws(XapianError) -> Int { Int(try checked { cx_writable_doccount(handle, $0) }) }

    public func documentID(forTerm term: String) throws(XapianError) -> UInt32? {
        let n = term.utf8.count
        let id = try checked { cx_writable_find_term(handle, term, n, $0) }
        return id == 0 ? nil : id
    }

    public func document(_ id: UInt32) throws(XapianError) -> Document {
        guard let h = try checked({ cx_writable_get_document(handle, id, $0) }) else {
            throw XapianError(kind: .docNotFound, message: "document \(id) not found")
        }
        return Document(handle: h)
    }

    public func allTerms(prefix: String = "") throws(XapianError) -> [TermEntry] {
        try drainTermList(try checked { cx_writable_allterms(handle, prefix, $0) })
    }

    /// Replaces every document indexed by `uniqueTerm` with `document` (or adds it).
    @discardableResult
    public func replace(uniqueTerm: String, with document: Document) throws(XapianError) -> UInt32 {
        let n = uniqueTerm.utf8.count
        return try checked { cx_writable_replace_document(handle, uniqueTerm, n, document.handle, $0) }
    }

    public func delete(uniqueTerm: String) throws(XapianError) {
        let n = uniqueTerm.utf8.count
        _ = try checked { cx_writable_delete_document(handle, uniqueTerm, n, $0) }
    }

    /// Records a word for spelling suggestions ("did you mean").
    public func addSpelling(_ word: String, frequency: UInt32 = 1) throws(XapianError) {
        let n = word.utf8.count
        _ = try checked { cx_writable_add_spelling(handle, word, n, frequency, $0) }
    }

    public func setMetadata(_ key: String, _ value: String) throws(XapianError) {
        let n = value.utf8.count
        _ = try checked { cx_writable_set_metadata(handle, key, value, n, $0) }
    }

    public func metadata(_ key: String) throws(XapianError) -> String {
        var len = 0
        let p = try checked { cx_writable_get_metadata(handle, key, &len, $0) }
        return takeString(p, length: len)
    }

    public func commit() throws(XapianError) { _ = try checked { cx_writable_commit(handle, $0) } }

    /// Commits and releases the write lock now rather than at deinit.
    public func close() throws(XapianError) { _ = try checked { cx_writable_close(handle, $0) } }
}
