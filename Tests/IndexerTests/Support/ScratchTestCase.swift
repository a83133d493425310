import XCTest

/// A test class whose every test gets a fresh `Scratch` folder, removed after it.
class ScratchTestCase: XCTestCase {
    var scratch: Scratch!

    override func setUpWithError() throws {
        try super.setUpWithError()
        scratch = try Scratch()
    }

    override func tearDown() {
        scratch?.remove()
        super.tearDown()
    }
}
