import CXapian

/// Xapian's Snowball stemmer for one language, the same one the query parser uses.
public final class Stemmer {
    let handle: OpaquePointer
    public let language: String

    public init(language: String) throws(XapianError) {
        self.language = language
        guard let h = try checked({ cx_stem_new(language, $0) }) else {
            throw XapianError(kind: .invalidArgument, message: "no stemmer for \(language)")
        }
        handle = h
    }

    deinit { cx_stem_free(handle) }

    /// The stem of one lowercase word, e.g. "agreed" → "agre".
    public func stem(_ word: String) throws(XapianError) -> String {
        var len = 0
        let n = word.utf8.count
        let p = try checked { cx_stem_word(handle, word, n, &len, $0) }
        return takeString(p, length: len)
    }
}
