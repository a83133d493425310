/// Why an index run or an index open failed, in words that say what to do.
public enum IndexError: Error, CustomStringConvertible {
    case locked(index: String, owner: String?)
    /// The index exists but this user cannot take its write lock (permissions, read-only disk).
    case notWritable(index: String, reason: String)
    case noIndex(String)
    case folderMissing(String)
    /// `remove` was given a folder the index does not list.
    case notAnIndexedFolder(String)
    case schemaMismatch(index: String, found: Int)
    /// An indexed folder that is missing, empty or unreadable (an unmounted share): nothing was
    /// removed. `reason` says which; `articles` is what the index holds for it.
    case rootUnavailable(path: String, reason: String, articles: Int)
    /// The folder holds an indexed folder, or an indexed folder holds it: its files would be
    /// indexed twice.
    case overlappingRoot(path: String, indexed: String)
    case engine(XapianError)

    public var description: String {
        switch self {
        case .locked(let index, let owner):
            let who = owner.map { " by \($0)" } ?? " by another writer"
            return "index \(index) is locked\(who) (Xapian write lock in \(index)/flintlock); wait for it to finish or stop it"
        case .notWritable(let index, let reason):
            return "cannot write to the index at \(index) (\(reason)); check its permissions, or give --index a folder you can write"
        case .noIndex(let path):
            return "no index at \(path); build one with: search index FOLDER --index \(path)"
        case .folderMissing(let path):
            return "folder \(path) does not exist or cannot be read"
        case .notAnIndexedFolder(let path):
            return "folder \(path) is not an indexed folder"
        case .schemaMismatch(let index, let found):
            return "index \(index) was built with schema \(found), this tool writes \(Schema.version); rebuild it with: search index FOLDER --full"
        case .rootUnavailable(let path, let reason, let articles):
            return "the indexed folder \(path) is \(reason); its \(articles) article\(articles == 1 ? "" : "s") were kept and nothing was removed"
        case .overlappingRoot(let path, let indexed):
            let inside = path.hasPrefix(indexed + "/")
            return inside ? "\(path) is inside the indexed folder \(indexed), so its files are indexed already"
                          : "\(path) holds the indexed folder \(indexed), whose files would be indexed twice"
        case .engine(let e):
            return "\(e.kind): \(e.message)"
        }
    }
}
