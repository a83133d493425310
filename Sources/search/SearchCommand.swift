import ArgumentParser
import Foundation
import Indexer

/// `search`: index a folder of news articles and search it by words, countries, leaders and dates.
@main
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Offline search over a folder of news articles, with countries, leaders and dates.",
        version: NewsIndexVersion.string,
        subcommands: [QueryCommand.self, IndexCommand.self, FacetsCommand.self, TagCommand.self,
                      ShowCommand.self, StatsCommand.self, CompactCommand.self,
                      ServeCommand.self, MCPCommand.self],
        defaultSubcommand: QueryCommand.self)

    /// Exit codes: 0 ok, 1 no index or nothing found where that matters, 2 bad usage or bad query.
    static func main() {
        do {
            var command = try parseAsRoot(NumericArguments.joined(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let e as ExitCode {
            Foundation.exit(e.rawValue)
        } catch let e as CommandFailure {
            Terminal.error(e.message)
            Foundation.exit(e.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // One line saying what is wrong; usage is a --help away.
            let message = SearchCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            Terminal.error("\(message) (see search --help)")
            Foundation.exit(2)
        }
    }
}

/// A failure already phrased for the user, with its exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32

    static func from(_ e: SearchError) -> CommandFailure {
        switch e {
        case .noIndex(let path):
            if let problem = IndexPathProblem.unreadable(path) { return CommandFailure(message: problem, code: 2) }
        case .engine(let x) where IndexPathProblem.openingKinds.contains(x.kind):
            return CommandFailure(message: IndexPathProblem.notAnIndex(x), code: 2)
        default:
            break
        }
        return CommandFailure(message: e.description, code: e.isUsage ? 2 : 1)
    }

    static func from(_ e: IndexError) -> CommandFailure {
        switch e {
        case .folderMissing: return CommandFailure(message: e.description, code: 2)
        case .engine(let x) where IndexPathProblem.openingKinds.contains(x.kind):
            return CommandFailure(message: IndexPathProblem.notAnIndex(x), code: 2)
        default: return CommandFailure(message: e.description, code: 1)
        }
    }
}

/// `--index` pointing at something that cannot be an index: said in one line, exit 2.
enum IndexPathProblem {
    static let openingKinds: Set<String> = ["DatabaseOpeningError", "DatabaseCorruptError", "DatabaseVersionError", "DatabaseCreateError"]

    /// A path that exists but cannot be looked into (permissions), or nil.
    static func unreadable(_ path: String) -> String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return nil }
        let needed = isDir.boolValue ? R_OK | X_OK : R_OK
        guard access(path, needed) != 0 else { return nil }
        return "cannot read the index at \(path): \(String(cString: strerror(errno)).lowercased()); give --index a folder you can read"
    }

    static func notAnIndex(_ e: XapianError) -> String {
        var detail = e.message
        if detail.hasPrefix(e.kind + ": ") { detail.removeFirst(e.kind.count + 2) }
        if e.kind == "DatabaseCreateError" { return "\(detail); give --index a folder that can be created and written" }
        return "--index does not name a usable index (\(e.kind): \(detail)); give the folder `search index FOLDER --index PATH` built, or a stub file listing shards"
    }
}

/// Joins `--limit -3` into `--limit=-3`, so a negative number reaches validation (which says what
/// is allowed) instead of being taken for an unknown flag ("Missing value for '--limit'").
enum NumericArguments {
    static let options: Set<String> = ["--limit", "--offset", "--facet-limit", "--jobs", "--commit-every", "--max-size"]

    static func joined(_ args: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { out += args[i...]; break }
            if options.contains(a), i + 1 < args.count, isNegativeNumber(args[i + 1]) {
                out.append(a + "=" + args[i + 1])
                i += 2
                continue
            }
            out.append(a)
            i += 1
        }
        return out
    }

    static func isNegativeNumber(_ s: String) -> Bool {
        s.count > 1 && s.hasPrefix("-") && Double(s.dropFirst()) != nil
    }
}

/// `--index PATH`, shared by every command.
struct IndexOption: ParsableArguments {
    @Option(name: .long, help: "Index location: a database folder or a stub file listing shards.")
    var index: String = "Index"
}
