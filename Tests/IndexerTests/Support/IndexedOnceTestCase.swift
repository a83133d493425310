import XCTest
@testable import Indexer

/// A test class whose tests share one index, built once per class by `buildIndex(in:)` in a
/// scratch folder that is removed after the class's last test.
class IndexedOnceTestCase: XCTestCase {
    /// Per subclass: its scratch folder, and the built index's path (nil: nothing to index) or the error.
    nonisolated(unsafe) private static var built: [ObjectIdentifier: (scratch: Scratch?, index: Result<String?, Error>)] = [:]

    /// Builds the class's index in `scratch` and returns its path; nil when there is nothing to
    /// index here (the tests then skip, saying `skipReason`).
    class func buildIndex(in scratch: Scratch) throws -> String? { nil }

    class var skipReason: String { "nothing to index" }

    override class func setUp() {
        super.setUp()
        let key = ObjectIdentifier(self)
        do {
            let s = try Scratch()
            built[key] = (s, Result { try buildIndex(in: s) })
        } catch {
            built[key] = (nil, .failure(error))
        }
    }

    override class func tearDown() {
        IndexedOnceTestCase.built.removeValue(forKey: ObjectIdentifier(self))?.scratch?.remove()
        super.tearDown()
    }

    /// The class's index: its path, the error that building it raised, or a skip.
    func indexPath() throws -> String {
        let entry = try XCTUnwrap(IndexedOnceTestCase.built[ObjectIdentifier(type(of: self))])
        guard let path = try entry.index.get() else { throw XCTSkip(type(of: self).skipReason) }
        return path
    }
}
