import XCTest

/// A test class whose every test gets its own workspace with the fixture corpus indexed, for
/// tests that change the index (compact it, kill a writer in it); `IndexedFixtureTestCase`
/// shares one per class instead.
class FreshIndexTestCase: XCTestCase {
    var workspace: CLIWorkspace!

    override func setUpWithError() throws {
        workspace = try CLIWorkspace()
        try workspace.buildIndex()
    }

    override func tearDown() { workspace?.remove() }
}
