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
    public func tag(path: String, maxFileSize: Int = 20_000_000) throws(ScanError) -> (articles: [TaggedArticle], skipped: [Skip]) {
        let root = FolderScanner.absolute(path)
        let scanned: (files: [ArticleFile], skipped: [Skip])
        do {
            scanned = try FolderScanner(root: root, maxFileSize: maxFileSize).scan()
        } catch {
            throw ScanError(path: root, reason: error.reason)
        }
        var skipped = scanned.skipped.map { $0.absolute(root: root) }
        let recognizer = self.recognizer
        let results = scanned.files.parallelMap(jobs: jobs) { file -> Result<([TaggedArticle], [Skip]), ReadError> in
            let mtimeDay = PartialDate.utcDay(of: file.modified)
            return Result { () throws(ReadError) in try ArticleReader.read(file) }.map { read in
                (read.articles.map { TaggedArticle(article: $0, entities: recognizer.recognize($0, fallbackDate: mtimeDay)) }, read.skipped)
            }
        }
        var articles: [TaggedArticle] = []
        for r in results {
            switch r {
            case .success(let (tagged, skips)):
                articles += tagged
                skipped += skips.map { $0.absolute(root: root) }
            case .failure(let e):
                skipped.append(Skip(path: e.path, reason: e.reason).absolute(root: root))
            }
        }
        return (articles, skipped)
    }
}
