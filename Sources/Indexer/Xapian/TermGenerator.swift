import CXapian

/// Turns free text into terms (with positions) on a document.
///
///     let tg = try TermGenerator(language: "english"); try tg.setDocument(doc); try tg.indexText(body)
public final class TermGenerator {
    let handle: OpaquePointer

    public init(language: String, strategy: StemStrategy = .some) throws(XapianError) {
        guard let h = try checked({ cx_termgen_new(language, strategy.rawValue, $0) }) else {
            throw XapianError(kind: .invalidArgument, message: "cannot create a term generator")
        }
        handle = h
    }

    deinit { cx_termgen_free(handle) }

    /// Records spelling data into `database` while indexing.
    public func enableSpelling(on database: WritableDatabase) throws(XapianError) {
        _ = try checked { cx_termgen_set_database(handle, database.handle, 1, $0) }
    }

    public func setDocument(_ document: Document) throws(XapianError) {
        _ = try checked { cx_termgen_set_document(handle, document.handle, $0) }
    }

    public func indexText(_ text: String, wdfIncrement: UInt32 = 1, prefix: String = "", positions: Bool = true) throws(XapianError) {
        let n = text.utf8.count
        if positions {
            _ = try checked { cx_termgen_index_text(handle, text, n, wdfIncrement, prefix, $0) }
        } else {
            _ = try checked { cx_termgen_index_text_without_positions(handle, text, n, wdfIncrement, prefix, $0) }
        }
    }

    /// Leaves a gap so phrases do not match across fields.
    public func increaseTermPosition(by delta: UInt32 = 100) throws(XapianError) {
        _ = try checked { cx_termgen_increase_termpos(handle, delta, $0) }
    }
}
