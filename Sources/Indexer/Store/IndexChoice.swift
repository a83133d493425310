import Foundation

/// Which index a command uses, and which rule picked it: `--index PATH`, else the environment
/// variable `NEWSINDEX_INDEX`, else `Index` in the current folder.
///
///     let choice = IndexChoice.resolve(option: nil)   // NEWSINDEX_INDEX, or ./Index
public struct IndexChoice: Sendable, Equatable {
    /// The rule that chose the index; the raw value is what `search stats --json` prints.
    public enum Source: String, Sendable {
        case option = "option"
        case environment = "environment"
        case currentFolder = "default"

        /// How `search stats` names the rule.
        public var phrase: String {
            switch self {
            case .option: return "--index"
            case .environment: return "$\(IndexChoice.environmentVariable)"
            case .currentFolder: return "default (\(IndexChoice.defaultPath)/ in the current folder)"
            }
        }
    }

    public static let environmentVariable = "NEWSINDEX_INDEX"
    public static let defaultPath = "Index"

    public var path: String
    public var source: Source

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// An empty environment value counts as unset (`NEWSINDEX_INDEX= search …`); an explicit
    /// `--index ""` is kept, and fails as any unusable path does.
    public static func resolve(option: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> IndexChoice {
        if let option { return IndexChoice(path: option, source: .option) }
        if let env = environment[environmentVariable], !env.isEmpty { return IndexChoice(path: env, source: .environment) }
        return IndexChoice(path: defaultPath, source: .currentFolder)
    }
}
