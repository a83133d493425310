import Hummingbird
import Logging
import NewsIndexService

/// `search serve`: the page and the API on one address, until Ctrl-C.
///
///     try await WebServer(service: SearchService(indexPath: "Index"), host: "127.0.0.1", port: 8080).run()
public struct WebServer: Sendable {
    public var service: SearchService
    public var host: String
    public var port: Int
    /// Tests stop the server by cancelling it, which Hummingbird logs as errors.
    public var quiet = false

    public init(service: SearchService, host: String = "127.0.0.1", port: Int = 8080) {
        self.service = service
        self.host = host
        self.port = port
    }

    /// Loopback names: any other host makes the archive visible on the network.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// Serves until SIGINT/SIGTERM (or the task is cancelled). `ready` gets the port bound (useful with port 0).
    public func run(signals: Bool = true, ready: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "newsindex.serve")
        logger.logLevel = quiet ? .critical : .warning
        let app = Application(
            router: WebRoutes.router(service),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await ready(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService(gracefulShutdownSignals: signals ? [.sigterm, .sigint] : [])
    }
}
