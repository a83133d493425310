import XCTest

/// A test case with a `ServeFixture` started on a free loopback port before each test and stopped after it.
class ServedTestCase: XCTestCase {
    var fixture: ServeFixture!

    override func setUp() async throws {
        fixture = try ServeFixture()
        try await fixture.start()
    }

    override func tearDown() async throws {
        await fixture.stop()
    }
}
