@testable import Indexer

/// What a reader makes of a file apart from the body, compared in one assertion by the reader
/// tests: a field left out of `init` is expected to be absent.
struct ArticleMetadata: Equatable {
    var id, title: String
    var format, url, source: String?
    var published: PartialDate?
    var publishedSource: PublishedSource?

    init(id: String, title: String, format: String? = nil, published: PartialDate? = nil,
         publishedSource: PublishedSource? = nil, url: String? = nil, source: String? = nil) {
        self.id = id; self.title = title; self.format = format; self.url = url; self.source = source
        self.published = published; self.publishedSource = publishedSource
    }

    init(_ a: Article) {
        self.init(id: a.id, title: a.title, format: a.format, published: a.published,
                  publishedSource: a.publishedSource, url: a.url, source: a.source)
    }
}
