/// Why an index run or an index open failed, in words that say what to do.
public enum IndexError: Error, CustomStringConvertible {
    case locked(index: String, owner: String?)
    /// The index exists but this user cannot take its write lock (permissions, read-only disk).
    case notWritable(index: String, reason: String)
    case noIndex(String)
    case folderMissing(String)
    case schemaMismatch(index: String, found: Int)
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
        case .schemaMismatch(let index, let found):
            return "index \(index) was built with schema \(found), this tool writes \(Schema.version); rebuild it with: search index FOLDER --full"
        case .engine(let e):
            return "\(e.kind): \(e.message)"
        }
    }
}
