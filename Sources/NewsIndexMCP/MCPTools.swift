import MCP

/// The tools `search mcp` offers, with JSON Schemas for their arguments. Names follow the CLI.
enum MCPTools {
    static func string(_ description: String) -> Value { .object(["type": "string", "description": .string(description)]) }
    static func stringOrList(_ description: String) -> Value {
        .object(["description": .string(description + " A string, or a list of strings to OR."),
                 "anyOf": .array([.object(["type": "string"]), .object(["type": "array", "items": .object(["type": "string"])])])])
    }
    static func integer(_ description: String, minimum: Int, maximum: Int) -> Value {
        .object(["type": "integer", "description": .string(description), "minimum": .int(minimum), "maximum": .int(maximum)])
    }
    static func schema(_ properties: [String: Value], required: [String] = []) -> Value {
        .object(["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) }),
                 "additionalProperties": false])
    }

    static let filters: [String: Value] = [
        "query": string("Words in Xapian's query language; may hold country:KR leader:\"Xi Jinping\" date:2025-10..2025-11. Empty matches every article."),
        "country": stringOrList("Country filter: ISO code, name, demonym or alias."),
        "leader": stringOrList("Leader filter: name, surname or id."),
        "from": string("Published on or after: YYYY-MM-DD, YYYY-MM, YYYY, 7d, last-month."),
        "to": string("Published on or before (same forms as from)."),
    ]

    static let readOnly = Tool.Annotations(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)

    static let all: [Tool] = [
        Tool(name: "search", description: "Ranked full-text search over the news archive, with filters and optional facet counts. Returns the JSON of `search query --json`.",
             inputSchema: schema(filters.merging([
                 "limit": integer("Results per page.", minimum: 0, maximum: 100),
                 "offset": integer("Results to skip.", minimum: 0, maximum: 10_000),
                 "facets": stringOrList("Facets to count over all matches: country, leader, date[:year|month|day], mentioned, leader*country."),
             ]) { a, _ in a }), annotations: readOnly),
        Tool(name: "facets", description: "Counts of matching articles by country, leader or date (no hits). Returns the JSON of `search facets --json`.",
             inputSchema: schema(filters.merging([
                 "by": stringOrList("Facets: country, leader, date[:year|month|day], mentioned[:year|month], leader*country. Default country, leader, date."),
             ]) { a, _ in a }), annotations: readOnly),
        Tool(name: "show", description: "One stored article by id (as in search results), with its full text. Returns the JSON of `search show --json`.",
             inputSchema: schema(["id": string("Article id, e.g. world/trade.json or feed.jsonl#3.")], required: ["id"]), annotations: readOnly),
        Tool(name: "stats", description: "What the index holds: article count, date span, folders, last update. Returns the JSON of `search stats --json`.",
             inputSchema: schema([:]), annotations: readOnly),
        Tool(name: "tag", description: "The countries, leaders and dates recognised in a piece of text, with each mention and its offset (Unicode scalars into the text). Reads no files.",
             inputSchema: schema(["text": string("The text to tag.")], required: ["text"]), annotations: readOnly),
    ]
}
