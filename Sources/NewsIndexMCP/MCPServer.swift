import Indexer
import MCP
import NewsIndexOutput
import NewsIndexService

/// `search mcp`: the archive as Model Context Protocol tools over stdio. Each tool turns its
/// arguments into the API's parameters and answers with the CLI's JSON.
///
///     try await MCPServer(service: SearchService(indexPath: "Index")).run()
public struct MCPServer: Sendable {
    public var service: SearchService

    public init(service: SearchService) { self.service = service }

    /// Serves until standard input closes.
    public func run() async throws {
        let server = Server(name: "newsindex", version: NewsIndexVersion.string,
                            capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: MCPTools.all) }
        let service = self.service
        await server.withMethodHandler(CallTool.self) { params in
            do throws(ServiceError) {
                let text = try await Self.call(service, params.name, params.arguments ?? [:])
                return .init(content: [.text(text: text, annotations: nil, _meta: nil)], isError: false)
            } catch {
                return .init(content: [.text(text: JSON.object([("error", .string(error.message))]).text, annotations: nil, _meta: nil)], isError: true)
            }
        }
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }

    static func call(_ service: SearchService, _ name: String, _ args: [String: Value]) async throws(ServiceError) -> String {
        switch name {
        case "search":
            return try await service.searchJSON(try pairs(args, names: ["query": "q", "country": "country", "leader": "leader", "from": "from",
                                                                         "to": "to", "limit": "limit", "offset": "offset", "facets": "facets"]))
        case "facets":
            return try await service.facetsJSON(try pairs(args, names: ["query": "q", "country": "country", "leader": "leader",
                                                                         "from": "from", "to": "to", "by": "by"]))
        case "show":
            guard let id = args["id"]?.stringValue else { throw .badRequest("show needs an 'id' (as in search results)") }
            return try await service.articleJSON(id)
        case "stats":
            return try await service.statsJSON()
        case "tag":
            guard let text = args["text"]?.stringValue else { throw .badRequest("tag needs a 'text' string") }
            return try service.tagJSON(text)
        default:
            throw .badRequest("unknown tool '\(name)'; use search, facets, show, stats or tag")
        }
    }

    /// Tool arguments as the API's named parameters; a list repeats its parameter.
    static func pairs(_ args: [String: Value], names: [String: String]) throws(ServiceError) -> [(String, String)] {
        var out: [(String, String)] = []
        for key in args.keys.sorted() {
            guard let name = names[key] else {
                throw .badRequest("unknown argument '\(key)'; use \(names.keys.sorted().joined(separator: ", "))")
            }
            for v in try strings(args[key]!, key) { out.append((name, v)) }
        }
        return out
    }

    static func strings(_ v: Value, _ key: String) throws(ServiceError) -> [String] {
        switch v {
        case .string(let s): return [s]
        case .int(let i): return [String(i)]
        case .double(let d) where d == d.rounded(): return [String(Int(d))]
        case .bool(let b): return [String(b)]
        case .null: return []
        case .array(let items):
            var out: [String] = []
            for item in items { out += try strings(item, key) }
            return out
        default: throw .badRequest("argument '\(key)' must be a string, a number or a list of strings")
        }
    }
}
