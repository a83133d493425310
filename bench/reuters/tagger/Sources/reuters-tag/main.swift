import Foundation
import Indexer

// Tags the articles `bench/reuters/extract.py` wrote, with each article's date from
// labels.jsonl, and writes JSON Lines for `bench/reuters/score.py`, with the time taken:
//
//     swift run -c release --package-path bench/reuters/tagger reuters-tag LABELS.jsonl OUT.jsonl

let args = CommandLine.arguments
guard args.count == 3 else {
    FileHandle.standardError.write(Data("usage: reuters-tag LABELS.jsonl OUT.jsonl\n".utf8))
    exit(2)
}
struct Label: Decodable { let path: String; let date: String }
let lines = try String(contentsOfFile: args[1], encoding: .utf8).split(separator: "\n")
let items = try lines.map { try JSONDecoder().decode(Label.self, from: Data($0.utf8)) }
let articles = items.map { item -> (String, String, String, PartialDate?) in
    let text = (try? String(contentsOfFile: item.path, encoding: .utf8)) ?? ""
    let parts = text.components(separatedBy: "\n\n")
    return (item.path, parts[0], parts.dropFirst().joined(separator: "\n\n"), PartialDate(item.date))
}
_ = Gazetteer.shared.countries.count  // load outside the timing
let countries = CountryRecognizer(), leaders = LeaderRecognizer()
let started = Date()
var recognising: TimeInterval = 0
var output = ""
for (path, title, body, date) in articles {
    let t0 = Date()
    let cs = countries.recognize(title: title, body: body, published: date)
    let ls = leaders.recognize(title: title, body: body, published: date)
    recognising += Date().timeIntervalSince(t0)
    let object: [String: Any] = [
        "path": path,
        "countries": cs.map { ["code": $0.code, "mentions": $0.mentions.map(\.text)] },
        "leaders": ls.map { ["id": $0.id, "name": $0.name, "mentions": $0.mentions.map(\.text)] },
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    output += String(decoding: data, as: UTF8.self) + "\n"
}
let seconds = Date().timeIntervalSince(started)
try output.write(toFile: args[2], atomically: true, encoding: .utf8)
print("tagged \(articles.count) articles in \(String(format: "%.2f", seconds)) s"
      + " (recognisers \(String(format: "%.2f", recognising)) s)")
