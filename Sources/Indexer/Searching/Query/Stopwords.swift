/// English words dropped from queries ("what did Biden say about China" asks for Biden, say,
/// China), through a Xapian SimpleStopper on the query parser only: the index keeps every word,
/// so phrases that hold them ("state of the union") still match.
///
/// Left out on purpose: "us" (the U.S.), "who" (the WHO), "may" (the month), and the negations
/// "no", "not", "nor", which change what a question asks.
enum Stopwords {
    static let english: [String] = """
        a about above after again against all am an and any are as at be because been before being \
        below between both but by can could did do does doing down during each few for from further \
        had has have having he her here hers herself him himself his how i if in into is it its itself \
        just me more most my myself of off on once only or other our ours ourselves out over own same \
        she should so some such than that the their theirs them themselves then there these they this \
        those through to too under until up very was we were what when where which while whom why \
        will with would you your yours yourself yourselves
        """.split(separator: " ").map(String.init)
}
