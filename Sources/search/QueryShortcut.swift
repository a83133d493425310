import ArgumentParser

/// `search query …` parsed by the query command alone. Parsing from the root builds every
/// command's metadata first (the tree of all fourteen subcommands), about a tenth of a one-shot
/// query's instructions (bench/startup/README.md). The shortcut takes only plain arguments: help,
/// version and completion requests, single-dash flags, and anything that fails to parse go the
/// whole way through `parseAsRoot`, so every message stays the one the full parser gives.
enum QueryShortcut {
    /// Flags ArgumentParser answers for the root command itself.
    static let rootFlags: Set<Substring> = ["--help", "--version", "--generate-completion-script", "--experimental-dump-help"]

    static func parse(_ args: [String]) -> ParsableCommand? {
        guard args.first == "query" else { return nil }
        let rest = Array(args.dropFirst())
        for a in rest {
            if a == "--" { break }
            guard a.hasPrefix("-") else { continue }
            if !a.hasPrefix("--") { return nil }
            if rootFlags.contains(a.split(separator: "=", maxSplits: 1)[0]) { return nil }
        }
        return try? QueryCommand.parseAsRoot(rest)
    }
}
