import Foundation

/// One line on standard error, prefixed with the command's name, as both executables print it.
public enum ErrorLine {
    public static func write(_ message: String) {
        FileHandle.standardError.write(Data("search: \(message)\n".utf8))
    }
}
