import CXapian

/// How words are stemmed, shared by TermGenerator and QueryParser so both agree.
public enum StemStrategy: Int32, Sendable {
    case none = 0, some = 1, all = 2, allZ = 3, someFullPositions = 4
}
