import Indexer

/// `search stat` runs as a search for "stat" (the default command is `query`). When such a
/// search finds nothing and its first word is one or two edits from a command's name, the
/// user most likely mistyped the command: say so.
enum CommandSuggestion {
    /// The subcommands of `search`, as typed.
    static var names: [String] {
        SearchCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// "Did you mean the command `stats`?", or nil.
    static func hint(firstWord: String?, total: Int) -> String? {
        guard total == 0, let word = firstWord?.lowercased(), word.count >= 3, !names.contains(word) else { return nil }
        let close = names.map { ($0, EditDistance.between(word, $0)) }.filter { (1...2).contains($0.1) }
        guard let best = close.min(by: { $0.1 < $1.1 }) else { return nil }
        return "Did you mean the command `\(best.0)`?"
    }
}
