import ArgumentParser

/// The help lines of one command's `--json` and `--csv`: the flags are shared, their wording is the command's.
protocol OutputChoiceHelp {
    static var json: String { get }
    static var csv: String { get }
}

/// `--json` / `--csv` (at most one), and the one place that prints the chosen rendering.
struct OutputChoice<Help: OutputChoiceHelp>: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(Help.json))
    var json = false
    @Flag(name: .long, help: ArgumentHelp(Help.csv))
    var csv = false

    func validate() throws {
        guard !(json && csv) else { throw ValidationError("choose one of --json and --csv") }
    }

    /// Prints the chosen rendering of what `answer` returns; a library error becomes the CLI's
    /// message and exit code (`CommandFailure`).
    func print<Answer>(_ answer: () throws -> Answer,
                       json: (Answer) -> String, csv: (Answer) -> String, text: (Answer) -> String) throws {
        let a = try CommandFailure.translating(answer)
        print(json: { json(a) }, csv: { csv(a) }, text: { text(a) })
    }

    /// JSON gets a closing newline; CSV and text renderings end in their own.
    func print(json: () -> String, csv: () -> String, text: () -> String) {
        if self.json {
            Swift.print(json())
        } else if self.csv {
            Swift.print(csv(), terminator: "")
        } else {
            Swift.print(text(), terminator: "")
        }
    }
}
