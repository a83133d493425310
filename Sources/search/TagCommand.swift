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

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
    }

    func run() throws {
        let result: (articles: [TaggedArticle], skipped: [Skip])
        do {
            result = try NewsIndex.tag(path, jobs: jobs)
        } catch {
            throw CommandFailure(error)
        }
        var out = ""
        for t in result.articles {
            out += json ? TagJSON.object(t).text + "\n" : TagRenderer.text(t)
            if out.utf8.count > 1 << 16 { print(out, terminator: ""); out = "" }
        }
        print(out, terminator: "")
        for s in result.skipped { Terminal.note("skipped \(s.path): \(s.reason)") }
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
        for l in e.leaders { out += "  leader     \(l.name) (\(l.id), \(l.role), \(l.country)): \(quoted(l.mentions))\n" }
        for d in e.dates { out += "  date       \(d.value): \(quoted(d.mentions))\n" }
        return out + "\n"
    }
}
