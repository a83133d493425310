import ArgumentParser
import Indexer

/// `--index PATH`, shared by every command; without it `$NEWSINDEX_INDEX`, else `./Index`.
public struct IndexOption: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp(
        "Index location: a database folder or a stub file listing shards (default: $NEWSINDEX_INDEX, else ./Index).",
        valueName: "index"))
    public var given: String?

    public init() {}

    /// The index to use and the rule that chose it.
    public var choice: IndexChoice { IndexChoice.resolve(option: given) }
    public var index: String { choice.path }

    /// The index, opened: a missing or unreadable one fails here rather than at first use.
    public func opened() throws -> NewsIndex {
        let index = NewsIndex(at: index)
        try index.open()
        return index
    }
}
