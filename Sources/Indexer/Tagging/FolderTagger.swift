import Foundation

/// An article with what the recognisers found in it.
public struct TaggedArticle: Sendable {
    public var article: Article
    public var entities: Entities
}

/// Reads and tags a file or folder without touching any index (`search tag`).
public struct FolderTagger: Sendable {
    let recognizer: EntityRecognizer
    let jobs: Int

    public init(gazetteer: Gazetteer = .shared, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        recognizer = EntityRecognizer(gazetteer: gazetteer)
        self.jobs = jobs
    }

    /// Articles in path order; unreadable files come back as skips.
    public func tag(path: String, maxFileSize: Int = 20_000_000) throws(ReadError) -> (articles: [TaggedArticle], skipped: [Skip]) {
        var articles: [TaggedArticle] = []
        let skipped = try tag(path: path, maxFileSize: maxFileSize) { articles.append($0) }
        return (articles, skipped)
    }

    /// Hands each article to `each` in path order as soon as it and those before it are tagged,
    /// so memory follows a few files, not the folder; returns the skips (unreadable files too).
    public func tag(path: String, maxFileSize: Int = 20_000_000, each: (TaggedArticle) -> Void) throws(ReadError) -> [Skip] {
        let root = FolderScanner.absolute(path)
        let scanned: (files: [ArticleFile], skipped: [Skip])
        do {
            scanned = try FolderScanner(root: root, maxFileSize: maxFileSize).scan()
        } catch {
            throw ReadError(path: root, reason: error.reason)
        }
        var skipped = scanned.skipped.map { $0.absolute(root: root) }
        let recognizer = self.recognizer
        // A few files per worker at a time: read them in parallel, then tag all their articles in
        // parallel (one CSV file may hold thousands), then hand them on in order.
        let window = max(1, jobs * 4)
        var start = 0
        while start < scanned.files.count {
            let files = Array(scanned.files[start..<min(start + window, scanned.files.count)])
            start += files.count
            let reads = files.parallelMap(jobs: jobs) { file in
                Result { () throws(ReadError) in try ArticleReader.read(file) }
            }
            var pending: [(article: Article, mtimeDay: PartialDate?)] = []
            for (file, r) in zip(files, reads) {
                switch r {
                case .success(let read):
                    let mtimeDay = PartialDate.utcDay(of: file.modified)
                    pending += read.articles.map { ($0, mtimeDay) }
                    skipped += read.skipped.map { $0.absolute(root: root) }
                case .failure(let e):
                    skipped.append(Skip(path: e.path, reason: e.reason).absolute(root: root))
                }
            }
            let tagged = pending.parallelMap(jobs: jobs) { p in
                TaggedArticle(article: p.article, entities: recognizer.recognize(p.article, fallbackDate: p.mtimeDay))
            }
            pending = []
            tagged.forEach(each)
        }
        return skipped
    }
}
