import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the article files under a folder (or a single file), with what was left out and why.
///
///     let (files, skipped) = try FolderScanner(root: "~/news").scan()
///
/// Hidden names (starting with ".") are passed over silently. Symbolic links are followed,
/// but a folder already visited (same device and inode) is never entered twice, so link
/// loops end. `Skip.path` is relative to the root, like `ArticleFile.relativePath`.
public struct FolderScanner: Sendable {
    public var root: String
    public var maxFileSize: Int
    /// Absolute paths passed over silently: the index's own folders when the root holds them.
    public var excluded: Set<String> = []

    public init(root: String, maxFileSize: Int = 20_000_000) {
        self.root = root
        self.maxFileSize = maxFileSize
    }

    public func scan() throws(ScanError) -> (files: [ArticleFile], skipped: [Skip]) {
        let rootPath = URL(fileURLWithPath: (root as NSString).expandingTildeInPath).standardizedFileURL.path
        guard let info = FileInfo(path: rootPath) else {
            throw ScanError(path: root, reason: FileInfo.lastErrorText(orMissing: "no such file or folder"))
        }
        var files: [ArticleFile] = []
        var skipped: [Skip] = []

        if !info.isDirectory {
            // A single file: it is its own root, its name the relative path.
            let name = (rootPath as NSString).lastPathComponent
            guard access(rootPath, R_OK) == 0 else { throw ScanError(path: root, reason: "file is not readable") }
            consider(path: rootPath, relative: name, info: info, files: &files, skipped: &skipped)
            return (files, skipped)
        }
        guard access(rootPath, R_OK | X_OK) == 0 else {
            throw ScanError(path: root, reason: "folder is not readable")
        }

        var visited: Set<FileInfo.Identity> = [info.identity]
        // Explicit stack: deep trees must not exhaust the call stack.
        var pending: [(path: String, relative: String)] = [(rootPath, "")]
        while let (dir, relDir) = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: dir)
            } catch {
                skipped.append(Skip(path: relDir.isEmpty ? "." : relDir, reason: "folder could not be read"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = dir + "/" + name
                if excluded.contains(path) { continue }
                let relative = relDir.isEmpty ? name : relDir + "/" + name
                guard let entry = FileInfo(path: path) else {
                    let reason = FileInfo.isSymlink(path) ? "broken symbolic link" : "could not be read"
                    skipped.append(Skip(path: relative, reason: reason))
                    continue
                }
                if entry.isDirectory {
                    guard visited.insert(entry.identity).inserted else {
                        skipped.append(Skip(path: relative, reason: "folder already scanned (symbolic link loop or duplicate link)"))
                        continue
                    }
                    pending.append((path, relative))
                } else {
                    consider(path: path, relative: relative, info: entry, files: &files, skipped: &skipped)
                }
            }
        }
        files.sort { $0.relativePath < $1.relativePath }
        skipped.sort { $0.path < $1.path }
        return (files, skipped)
    }

    /// Decides whether one non-folder entry is a candidate article file.
    private func consider(path: String, relative: String, info: FileInfo,
                          files: inout [ArticleFile], skipped: inout [Skip]) {
        guard info.isRegularFile else {
            skipped.append(Skip(path: relative, reason: "not a regular file"))
            return
        }
        let file = ArticleFile(path: path, relativePath: relative, size: info.size, modified: info.modified)
        let ext = file.format
        guard ArticleReader.supportedExtensions.contains(ext) else {
            let shown = ext.isEmpty ? "(no extension)" : "." + ext
            skipped.append(Skip(path: relative, reason: "unsupported file type \(shown)"))
            return
        }
        if info.size == 0 {
            skipped.append(Skip(path: relative, reason: "empty file"))
            return
        }
        if info.size > maxFileSize {
            skipped.append(Skip(path: relative, reason:
                "larger than the \(Self.megabytes(maxFileSize)) MB cap (\(Self.megabytes(info.size)) MB)"))
            return
        }
        files.append(file)
    }

    /// Decimal megabytes, one decimal unless whole: 20_000_000 → "20", 31_200_000 → "31.2";
    /// below 0.1 MB, two significant digits (2_000 → "0.002"), so a small cap never reads "0".
    static func megabytes(_ bytes: Int) -> String {
        if bytes > 0 && bytes < 100_000 { return String(format: "%.2g", Double(bytes) / 1_000_000) }
        let mb = (Double(bytes) / 1_000_000 * 10).rounded() / 10
        return mb == mb.rounded() ? String(Int(mb)) : String(format: "%.1f", mb)
    }
}

extension FolderScanner {
    /// A root as the index names it: absolute, standardised, symlinks resolved.
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
