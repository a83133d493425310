import CXapian

/// Facts about the linked Xapian library.
public enum XapianLibrary {
    public static var version: String { String(cString: cx_version_string()) }
}
