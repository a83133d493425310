import Foundation
import XCTest

/// `search mcp` driven over stdio by a scripted client: initialize, list tools, call tools.
final class MCPServerTests: XCTestCase {
    func testScriptedSession() throws {
        let fixture = try ServeFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let p = Process()
        p.executableURL = try SearchBinary.url()
        p.arguments = ["mcp", "--index", fixture.indexPath]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        let reader = LineReader(output.fileHandleForReading)

        func send(_ object: [String: Any]) throws {
            var data = try JSONSerialization.data(withJSONObject: object)
            data.append(UInt8(ascii: "\n"))
            input.fileHandleForWriting.write(data)
        }
        func reply(to id: Int) throws -> [String: Any] {
            while let line = reader.next(timeout: 60) {
                guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                if obj["id"] as? Int == id { return obj }
            }
            XCTFail("no reply to request \(id)")
            return [:]
        }
        func call(_ id: Int, _ tool: String, _ args: [String: Any]) throws -> (text: String, isError: Bool) {
            try send(["jsonrpc": "2.0", "id": id, "method": "tools/call", "params": ["name": tool, "arguments": args]])
            let result = try XCTUnwrap(try reply(to: id)["result"] as? [String: Any])
            let content = try XCTUnwrap(result["content"] as? [[String: Any]])
            return (try XCTUnwrap(content.first?["text"] as? String), result["isError"] as? Bool ?? false)
        }

        try send(["jsonrpc": "2.0", "id": 1, "method": "initialize",
                  "params": ["protocolVersion": "2025-06-18", "capabilities": [:], "clientInfo": ["name": "test", "version": "1"]]])
        let initialized = try XCTUnwrap(try reply(to: 1)["result"] as? [String: Any])
        XCTAssertEqual((initialized["serverInfo"] as? [String: Any])?["name"] as? String, "newsindex")
        try send(["jsonrpc": "2.0", "method": "notifications/initialized"])

        try send(["jsonrpc": "2.0", "id": 2, "method": "tools/list"])
        let tools = try XCTUnwrap((try reply(to: 2)["result"] as? [String: Any])?["tools"] as? [[String: Any]])
        XCTAssertEqual(Set(tools.compactMap { $0["name"] as? String }), ["search", "facets", "show", "stats", "tag"])
        for tool in tools {
            XCTAssertEqual((tool["inputSchema"] as? [String: Any])?["type"] as? String, "object")
        }

        // Same JSON as the CLI, from the same code path.
        let search = try call(3, "search", ["query": "trade", "country": ["South Korea", "JP"], "limit": 5])
        XCTAssertFalse(search.isError)
        let cli = try SearchBinary.output(["query", "trade", "--country", "South Korea", "--country", "JP", "--limit", "5", "--json", "--index", fixture.indexPath])
        XCTAssertEqual(search.text + "\n", cli)

        let show = try call(4, "show", ["id": "asia/seoul-summit.md"])
        XCTAssertTrue(show.text.contains("\"mentions\":{\"countries\""), show.text)
        let tag = try call(5, "tag", ["text": "Xi Jinping met Emmanuel Macron in Paris."])
        XCTAssertTrue(tag.text.contains("{\"text\":\"Xi Jinping\",\"offset\":0}"), tag.text)
        XCTAssertTrue(tag.text.contains("{\"text\":\"Emmanuel Macron\",\"offset\":15}"), tag.text)
        let stats = try call(6, "stats", [:])
        XCTAssertTrue(stats.text.contains("\"documents\":6"), stats.text)
        let bad = try call(7, "search", ["limit": 500])
        XCTAssertTrue(bad.isError)
        XCTAssertTrue(bad.text.hasPrefix("{\"error\":"), bad.text)

        input.fileHandleForWriting.closeFile()
        p.waitUntilExit()
    }
}

/// Lines from a pipe, with a timeout so a silent server fails the test instead of hanging it.
final class LineReader: @unchecked Sendable {
    private let handle: FileHandle
    private var buffer = Data()
    init(_ handle: FileHandle) { self.handle = handle }

    func next(timeout: TimeInterval) -> String? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if let nl = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<nl]
                buffer.removeSubrange(buffer.startIndex...nl)
                return String(decoding: line, as: UTF8.self)
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
        return nil
    }
}
