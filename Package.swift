// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "NewsIndex",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Indexer", targets: ["Indexer"]),
        .executable(name: "search", targets: ["search"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        .executableTarget(
            name: "search",
            dependencies: ["Indexer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
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
    ]
)
