import ArgumentParser
import NewsIndexCommandLine

/// `search serve`: parsed here for its help and its checks, run by `search-server` (`ServerHandOff`).
struct ServeCommand: ParsableCommand {
    static let configuration = ServeOptions.configuration

    @OptionGroup var options: ServeOptions

    func run() throws { try ServerHandOff.exec() }
}
