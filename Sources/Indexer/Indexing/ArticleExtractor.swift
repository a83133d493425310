import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file change detection sent to be read: new, or changed since the stored state.
struct Candidate: Sendable {
    var file: ArticleFile
    /// The file's boolean term (`Schema.fileTerm`), which also keys its stored state.
    var term: String
    /// Whether the index holds a version of this file.
    var existed: Bool
    /// The stored content hash, when a re-read may find the same bytes.
    var oldHash: UInt64?
}

/// One article ready for the writer: its document was built on a worker thread.
struct Tagged: Sendable {
    var uniqueTerm: String
    var document: Handoff<Document>
}

/// What reading one candidate gave.
enum Extracted: Sendable {
    /// The bytes hash as stored: only the state (stat) needs refreshing.
    case sameContent(FileState)
    /// No article at all: unreadable, binary, malformed.
    case failed(Skip)
    /// The file's articles (possibly none), the records skipped in it, its new state, and
    /// whether it was read through the Windows-1252 fallback.
    case articles([Tagged], [Skip], FileState, Bool)
}

/// Reads, hashes, tags and builds the documents of one file. Runs on worker threads and
/// touches no database.
struct ArticleExtractor: Sendable {
    let root: IndexedRoot
    let recognizer: EntityRecognizer

    func extract(_ c: Candidate) -> Extracted {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: c.file.path))
        } catch {
            return .failed(Skip(path: c.file.path, reason: Self.unreadableReason(path: c.file.path, error: error)))
        }
        let hash = data.withUnsafeBytes { StableHash.value(bytes: $0) }
        let state = FileState(size: data.count, modified: c.file.modified, contentHash: hash)
        if let old = c.oldHash, old == hash { return .sameContent(state) }
        let read: (articles: [Article], skipped: [Skip])
        do {
            read = try ArticleReader.read(data: data, file: c.file)
        } catch {
            return .failed(Skip(path: error.path, reason: error.reason))
        }
        let mtimeDay = PartialDate.utcDay(of: c.file.modified)
        let format = c.file.format
        var tagged: [Tagged] = []
        do {
            let builder = try DocumentBuilder()
            for var a in read.articles {
                // Later roots' ids carry their prefix (IndexedRoot.idPrefix), so ids stay unique.
                a.id = root.articleIDPrefix + a.id
                let doc = try builder.build(article: a, entities: recognizer.recognize(a, fallbackDate: mtimeDay),
                                            format: format, root: root, file: c.file)
                tagged.append(Tagged(uniqueTerm: Schema.uniqueTerm(rootKey: root.key, articleID: a.id), document: Handoff(doc)))
            }
        } catch {
            return .failed(Skip(path: c.file.path, reason: "could not be indexed (\(error.message))"))
        }
        return .articles(tagged, read.skipped, state, read.articles.contains { $0.decodedAsWindows1252 })
    }

    /// Why a scanned file could not be read, in words: gone since the scan, or the system's reason.
    static func unreadableReason(path: String, error: Error) -> String {
        var st = stat()
        if lstat(path, &st) != 0 && errno == ENOENT { return "disappeared during the run (deleted or moved after the scan)" }
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return "could not be read (\(String(cString: strerror(Int32(posix.code))).lowercased()))"
        }
        if ns.code == NSFileReadNoPermissionError { return "could not be read (permission denied)" }
        return "could not be read (\(ns.localizedDescription))"
    }
}
