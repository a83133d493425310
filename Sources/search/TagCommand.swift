import ArgumentParser
import Foundation
import Indexer
import NewsIndexOutput

/// `search tag FILE|FOLDER`: the entities found in each article, and the text that produced them. Writes no index.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "Show the countries, leaders and dates found in articles, without indexing.")

    @Argument(help: "A file or folder of articles.")
    var path: String
    @Flag(name: .long, help: "Print one JSON object per article per line (JSON Lines).")
    var json = false
    @Option(name: .long, help: "Worker threads.")
    var jobs: Int = IndexOptions().jobs
    @Option(name: .customLong("max-size"), help: "Skip files larger than this many megabytes (a web archive is often larger than the default).")
    var maxSize: Double = Double(IndexOptions().maxFileSize) / 1_000_000

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
        guard maxSize > 0 else { throw ValidationError("--max-size must be more than 0 MB") }
    }

    func run() throws {
        // Printed as tagged, so memory follows the articles in hand, not the folder.
        var out = ""
        let skipped: [Skip]
        do {
            skipped = try NewsIndex.tag(path, jobs: jobs, maxFileSize: Int(maxSize * 1_000_000)) { t in
                out += json ? TagJSON.object(t).text + "\n" : TagRenderer.text(t)
                if out.utf8.count > 1 << 16 { print(out, terminator: ""); out = "" }
            }
        } catch {
            throw CommandFailure(error)
        }
        print(out, terminator: "")
        for s in skipped { Terminal.note("skipped \(s.path): \(s.reason)") }
    }
}

enum TagRenderer {
    static func quoted(_ ms: [Mention]) -> String {
        // A mention may span a line break ("South\nKorea"): one line each, so it is shown as a space.
        ms.prefix(4).map { "\"\(oneLine($0.text))\"@\($0.offset)" }.joined(separator: ", ") + (ms.count > 4 ? ", … (\(ms.count))" : "")
    }

    static func oneLine(_ s: String) -> String {
        s.contains(where: { $0.isNewline }) ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
    }

    static func text(_ t: TaggedArticle) -> String {
        let e = t.entities
        var out = Terminal.bold(t.article.title.isEmpty ? t.article.id : t.article.title) + "\n"
        out += "  path:      \(t.article.path)\(t.article.id.contains("#") ? " (\(t.article.id))" : "")\n"
        out += "  published: \(e.published?.description ?? "unknown")\(e.publishedSource.map { " (from \($0.rawValue))" } ?? "")\n"
        for c in e.countries { out += "  country    \(c.code) \(c.name): \(quoted(c.mentions))\n" }
        for l in e.leaders { out += "  leader     \(l.name) (\(l.id), \(l.role), \(l.country)\(l.inOffice.map { $0 ? ", in office" : ", not in office" } ?? "")): \(quoted(l.mentions))\n" }
        for d in e.dates { out += "  date       \(d.value): \(quoted(d.mentions))\n" }
        return out + "\n"
    }
}
