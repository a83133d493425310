// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "NewsIndex",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Indexer", targets: ["Indexer"]),
        .executable(name: "search", targets: ["search"]),
        // `search serve` and `search mcp` run here (`search` execs it): installed beside `search`.
        .executable(name: "search-server", targets: ["search-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // Thin C API over Xapian 1.4: opaque handles, errors as strings.
        .target(
            name: "CXapian",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        // zlib, for `.warc.gz` members and gzip-encoded HTTP bodies inside WARC records.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // libxml2's HTML parser, for reading saved web pages.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "Indexer",
            dependencies: ["CXapian", "CZlib", "CLibXML2", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        // The JSON and CSV every front end prints: the CLI's --json, the HTTP API and the MCP tools.
        .target(
            name: "NewsIndexOutput",
            dependencies: ["Indexer"]
        ),
        // What the servers share: a pool of searchers, named parameters into requests, bounds, errors.
        .target(
            name: "NewsIndexService",
            dependencies: ["Indexer", "NewsIndexOutput"]
        ),
        // `search serve`: the web page and the JSON API over HTTP.
        .target(
            name: "NewsIndexWeb",
            dependencies: [
                "Indexer", "NewsIndexOutput", "NewsIndexService",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            // Compiled into the binary: the page needs no files beside it.
            resources: [.embedInCode("Assets/style.css"), .embedInCode("Assets/app.js"), .embedInCode("Assets/page.html")]
        ),
        // `search mcp`: the Model Context Protocol server over stdio.
        .target(
            name: "NewsIndexMCP",
            dependencies: [
                "Indexer", "NewsIndexOutput", "NewsIndexService",
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        // The options both executables parse: --index, and those of serve and mcp.
        .target(
            name: "NewsIndexCommandLine",
            dependencies: ["Indexer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The CLI. It does not link the servers: a one-shot command then starts without loading
        // their stacks (NIO, Hummingbird, the MCP SDK, libcurl); `serve` and `mcp` exec `search-server`.
        .executableTarget(
            name: "search",
            dependencies: [
                "Indexer", "NewsIndexOutput", "NewsIndexCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "search-server",
            dependencies: [
                "Indexer", "NewsIndexCommandLine", "NewsIndexService", "NewsIndexWeb", "NewsIndexMCP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The MCP SDK brings in FoundationNetworking; linked statically (`make release`) it
            // needs libcurl named on the link line.
            linkerSettings: [.linkedLibrary("curl", .when(platforms: [.linux]))]
        ),
        // What both test targets share: the package root, the checked `search` binary, one process runner.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "IndexerTests",
            dependencies: ["Indexer", "TestSupport"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["Indexer", "TestSupport"]
        ),
        .testTarget(
            name: "ServeTests",
            dependencies: ["Indexer", "NewsIndexOutput", "NewsIndexService", "NewsIndexWeb", "NewsIndexMCP",
                           .product(name: "MCP", package: "swift-sdk")]
        ),
    ]
)
