import Foundation

/// Where the gazetteer's data files (`countries.tsv`, `leaders.tsv`) are read from at run time.
/// The first folder holding both wins:
///
/// 1. `$NEWSINDEX_RESOURCES`, for packagers and relocated installs;
/// 2. `../share/newsindex/` from the running binary's folder: `make install` puts the binary in
///    `PREFIX/bin` and the files in `PREFIX/share/newsindex`;
/// 3. SwiftPM's resource bundle beside the binary (`.build/debug`, `.build/release`, tests).
///
/// SwiftPM's `Bundle.module` is not used: it also looks in the build folder of the checkout the
/// binary came from (so a copied binary works only while that checkout exists), and it stops the
/// process with a stack trace when neither place has the bundle.
///
///     GazetteerFiles.url("countries")   // …/share/newsindex/countries.tsv when installed
public enum GazetteerFiles {
    public static let environmentVariable = "NEWSINDEX_RESOURCES"
    static let names = ["countries", "leaders"]

    /// The folders looked in, in order.
    public static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment,
                                  executable: URL? = runningExecutable) -> [URL] {
        var out: [URL] = []
        if let env = environment[environmentVariable], !env.isEmpty { out.append(URL(fileURLWithPath: env, isDirectory: true)) }
        if let bin = executable?.deletingLastPathComponent() {
            out.append(bin.deletingLastPathComponent().appendingPathComponent("share/newsindex", isDirectory: true))
            #if os(Linux)
            out.append(bin.appendingPathComponent("NewsIndex_Indexer.resources/Resources", isDirectory: true))
            #else
            out.append(bin.appendingPathComponent("NewsIndex_Indexer.bundle/Resources", isDirectory: true))
            out.append(bin.appendingPathComponent("NewsIndex_Indexer.bundle/Contents/Resources/Resources", isDirectory: true))
            #endif
        }
        return out
    }

    /// The first candidate folder holding every file, or nil.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = runningExecutable) -> URL? {
        candidates(environment: environment, executable: executable).first { dir in
            names.allSatisfy { FileManager.default.isReadableFile(atPath: dir.appendingPathComponent($0 + ".tsv").path) }
        }
    }

    /// URL of one data file (`countries`, `leaders`), or nil when no candidate folder holds them.
    public static func url(_ name: String) -> URL? {
        folder()?.appendingPathComponent(name + ".tsv")
    }

    /// The bytes of the data files (`countries`, `leaders`), by name, memory-mapped: a one-shot
    /// query reads a few rows of them, and reading and copying the 700 kB into fresh memory was a
    /// third of its page faults. The folder is looked up once for all of them. A broken install
    /// stops the process with the one-line message `Gazetteer.loadBundled` gives, as the
    /// recognisers cannot work without it.
    static func bundledBytes(_ names: [String]) -> [String: Data] {
        guard let folder = folder() else {
            FileHandle.standardError.write(Data((missingMessage() + "\n").utf8))
            exit(1)
        }
        return Dictionary(uniqueKeysWithValues: names.map { ($0, mapped(folder.appendingPathComponent($0 + ".tsv"))) })
    }

    /// `make install` replaces a file (unlink, then a new one), which leaves a mapping intact.
    private static func mapped(_ url: URL) -> Data {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
            FileHandle.standardError.write(Data("search: cannot read \(url.path)\n".utf8))
            exit(1)
        }
        return data
    }

    /// The binary running now, symlinks resolved, so a link in `~/bin` to an installed binary
    /// still finds `share/newsindex` beside the real one.
    public static var runningExecutable: URL? {
        #if os(Linux)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target)
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// The one-line message for a broken install, naming every folder looked in.
    static func missingMessage() -> String {
        let looked = candidates().map(\.path).joined(separator: ", ")
        return "search: the gazetteer files countries.tsv and leaders.tsv were not found (looked in \(looked)); "
            + "run `make install` again, or set \(environmentVariable) to the folder that holds them"
    }
}
