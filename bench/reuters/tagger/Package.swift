// swift-tools-version:6.1
// The Reuters-21578 tagging harness (see ../README.md): a benchmark over the project's library,
// kept out of the root package so `swift test` never counts it as a test.
import PackageDescription

let package = Package(
    name: "ReutersTagger",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "NewsIndex", path: "../../..")],
    targets: [
        .executableTarget(name: "reuters-tag", dependencies: [.product(name: "Indexer", package: "NewsIndex")]),
    ]
)
