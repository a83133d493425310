import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Indexer
import NewsIndexService
import NewsIndexWeb
import XCTest

/// Articles written for these tests, including one whose every field tries to inject markup.
enum ServeArticles {
    static let xssTitle = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> Seoul summit"
    static let files: [String: String] = [
        "asia/seoul-summit.md": markdown(
            title: "Lee Jae-myung hosts Xi Jinping in Seoul for trade talks", date: "2025-11-02",
            source: "Fixture Wire", url: "https://fixture.example/seoul", """
            South Korean President Lee Jae-myung welcomed Chinese President Xi Jinping in Seoul on November 2, 2025.
            The two leaders discussed trade, tariffs and shipbuilding. Xi said China and South Korea should deepen trade.
            """),
        "asia/tokyo-tariffs.md": markdown(title: "Japan weighs tariffs as Takaichi meets Trump", date: "2025-10-28", """
            Japanese Prime Minister Sanae Takaichi met U.S. President Donald Trump in Tokyo on October 28, 2025.
            They talked about tariffs, trade and defence spending.
            """),
        "europe/paris-climate.md": markdown(title: "Macron presses for climate finance in Paris", date: "2025-06-15", """
            French President Emmanuel Macron said France would push the European Union to agree on climate finance.
            Germany and Italy backed the plan. Talks resume in September 2025.
            """),
        "europe/berlin-trade.md": markdown(title: "Berlin and Washington argue over steel trade", date: "2025-03-04", """
            German officials said the United States tariffs on steel would hurt trade between Germany and America.
            Donald Trump said the tariffs would stay.
            """),
        "americas/ottawa.md": markdown(title: "Carney answers tariff threat", date: "2024-12-20", """
            Canadian Prime Minister Mark Carney said Canada would answer any tariff on its exports.
            """),
        // Front matter keeps markup as written (the HTML and JSON readers strip tags).
        "hostile.md": markdown(
            title: xssTitle, date: "2025-11-03",
            source: "<script>alert(5)</script>\"><b>Evil</b>", url: "javascript:alert(4)", """
            Chinese officials said <script>alert(2)</script> and "><img src=x onerror=alert(3)> in Beijing. Trade & talks went on.
            """),
    ]

    /// A Markdown article: front matter with the fields given, a blank line, the body.
    static func markdown(title: String, date: String, source: String? = nil, url: String? = nil, _ body: String) -> String {
        var lines = ["---", "title: \(title)", "date: \(date)"]
        if let source { lines.append("source: \(source)") }
        if let url { lines.append("url: \(url)") }
        return (lines + ["---", "", body]).joined(separator: "\n")
    }
}

/// A fixture index in a temporary folder, and a real server on a free loopback port over it.
final class ServeFixture: @unchecked Sendable {
    let root: URL
    let indexPath: String
    let service: SearchService
    private var task: Task<Void, Error>?
    private(set) var port = 0

    init(limits: ServiceLimits = ServiceLimits(), indexed: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-serve-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("articles")
        for (path, text) in ServeArticles.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        indexPath = root.appendingPathComponent("index").path
        if indexed { _ = try IndexBuilder(indexPath: indexPath).index(folder: folder.path) }
        service = SearchService(indexPath: indexPath, limits: limits)
    }

    var folder: String { root.appendingPathComponent("articles").path }

    /// Starts the server on port 0 and waits until it listens.
    func start() async throws {
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        var server = WebServer(service: service, host: "127.0.0.1", port: 0)
        server.quiet = true
        task = Task { try await server.run(signals: false) { port in continuation.yield(port) } }
        for await p in stream { port = p; break }
        XCTAssertGreaterThan(port, 0)
    }

    func stop() async {
        task?.cancel()
        _ = try? await task?.value
        try? FileManager.default.removeItem(at: root)
    }

    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
        func json() throws -> [String: Any] {
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any], body)
        }
    }

    /// GET `path` (already percent-encoded as it should go on the wire).
    func get(_ path: String) async throws -> Reply {
        let url = try XCTUnwrap(URL(string: "http://127.0.0.1:\(port)\(path)"), path)
        var request = URLRequest(url: url)
        request.timeoutInterval = 60
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try XCTUnwrap(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (k, v) in http.allHeaderFields { headers[String(describing: k).lowercased()] = String(describing: v) }
        return Reply(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }
}
