/// A long article's text (`title + "\n\n" + body`) cut at paragraph breaks into `ArticleText`
/// pieces of about `pieceBytes` each, made one at a time: the recognisers scan piece after
/// piece carrying their state, so a 50 MB article never has its 200 MB of scalars and its
/// tokens in memory at once. An article shorter than a piece is one piece, the whole text.
///
/// A cut falls on a blank line, where no name, phrase or date continues; each piece also
/// carries `contextBytes` of the text before it and after it, for the few rules that look one
/// word across a paragraph break ("governor" before "Georgia", "last" before "October"), so
/// the pieces find exactly what the whole text does.
struct TextPieces {
    let title: String
    let body: String
    let pieceBytes: Int

    /// Large enough that almost every article is one piece.
    static let defaultPieceBytes = 1 << 20
    /// No cut before this many bytes of body (2,000 scalars at least): the dateline and
    /// publication-date rules read the top of the body whole.
    static let headBytes = 8_192
    static let contextBytes = 256

    init(title: String, body: String, pieceBytes: Int = TextPieces.defaultPieceBytes) {
        self.title = title
        self.body = body
        self.pieceBytes = max(1, pieceBytes)
    }

    /// Whether the text is cut at all.
    var isWhole: Bool {
        var body = body
        return body.withUTF8 { nextCut(in: $0, from: 0) == nil }
    }

    /// The first piece alone: the whole text when it is one piece.
    var first: ArticleText {
        var out: ArticleText?
        walk(first: nil) { out = $0; return false }
        return out!
    }

    /// Calls `visit` with each piece in order; `first`, when given, is used as the first piece
    /// instead of making it again.
    func forEach(first: ArticleText? = nil, _ visit: (ArticleText) -> Void) {
        walk(first: first) { visit($0); return true }
    }

    /// Makes the pieces in order until `visit` returns false.
    private func walk(first made: ArticleText?, _ visit: (ArticleText) -> Bool) {
        let head = ScalarText.scalars(of: [title, "\n\n"])
        var body = body
        body.withUTF8 { bytes in
            guard let firstCut = nextCut(in: bytes, from: 0) else {
                if let made { _ = visit(made); return }
                let scalars = ScalarText.scalars(prefix: head, bytes: bytes)
                _ = visit(ArticleText(scalars: scalars, base: 0, bodyStart: head.count, own: 0..<scalars.count))
                return
            }
            var from = 0, cut: Int? = firstCut
            var fromScalar = head.count   // whole-text scalar offset of body byte `from`
            while true {
                let context = from == 0 ? 0 : boundary(in: bytes, max(0, from - Self.contextBytes))
                let end = cut.map { boundary(in: bytes, min(bytes.count, $0 + Self.contextBytes)) } ?? bytes.count
                let ownEndByte = cut ?? bytes.count
                let contextScalars = ScalarText.count(UnsafeBufferPointer(rebasing: bytes[context..<from]))
                let ownScalars = ScalarText.count(UnsafeBufferPointer(rebasing: bytes[from..<ownEndByte]))
                let piece: ArticleText
                if from == 0, let made {
                    piece = made
                } else {
                    let prefix = from == 0 ? head : []
                    let scalars = ScalarText.scalars(prefix: prefix, bytes: UnsafeBufferPointer(rebasing: bytes[context..<end]))
                    let base = from == 0 ? 0 : fromScalar - contextScalars
                    let ownStart = from == 0 ? 0 : contextScalars
                    piece = ArticleText(scalars: scalars, base: base, bodyStart: head.count - base,
                                        own: ownStart..<(ownStart + (from == 0 ? head.count : 0) + ownScalars))
                }
                guard visit(piece), let c = cut else { return }
                fromScalar += ownScalars
                from = c
                cut = nextCut(in: bytes, from: c)
            }
        }
    }

    /// The first blank line (two line-break bytes) at least `pieceBytes` after `from` (and past
    /// the head of the body), or nil when the rest is one piece.
    private func nextCut(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard pieceBytes < bytes.count - from else { return nil }
        var i = max(from + pieceBytes, Self.headBytes)
        while i + 1 < bytes.count {
            if Self.isBreak(bytes[i]), Self.isBreak(bytes[i + 1]) { return i }
            i += 1
        }
        return nil
    }

    private static func isBreak(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }

    /// `i` moved forward to the start of a scalar.
    private func boundary(in bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var i = i
        while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }
}
