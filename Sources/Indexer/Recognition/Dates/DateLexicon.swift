/// The words the date recogniser matches on, lower-case ASCII.
/// Kept in one place so the rules read as lists, not as code.
enum DateLexicon {
    /// Words longer than this are never looked up (five bits a letter in 64 bits).
    static let maxKeyLength = 12

    /// A lower-case ASCII word packed five bits a letter, as `DateText` packs tokens.
    static func key(_ word: String) -> UInt64 {
        word.unicodeScalars.reduce(0) { $0 &<< 5 | UInt64(($1.value | 0x20) - 96) }
    }

    private static func keyed(_ table: [String: Int]) -> [UInt64: Int] {
        Dictionary(uniqueKeysWithValues: table.map { (key($0.key), $0.value) })
    }

    static let monthKeys = keyed(months)
    static let monthAbbreviationKeys = keyed(monthAbbreviations)
    static let weekdayKeys = keyed(weekdays)
    static let weekdayAbbreviationKeys = keyed(weekdayAbbreviations)

    /// Every word that can start a date; any other word is passed over at the cost of one lookup.
    static let triggers: PackedWordSet = {
        var words = Set(months.keys).union(monthAbbreviations.keys).union(weekdays.keys).union(smallNumbers.keys)
            .union(weekdayAbbreviations.keys)
        words.formUnion(["today", "tonight", "yesterday", "tomorrow", "earlier", "later", "early", "late",
                         "this", "last", "next"])
        return PackedWordSet(Set(words.map(key)))
    }()

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Short forms; only trusted when a day or year follows ("Nov. 1", "Sept 2025"),
    /// since "Jan", "Mar" and "Dec" are also names and words.
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// ISO weekday numbers, 1 = Monday. Full names only: "Sat" and "Sun" are a verb and a newspaper.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Short weekdays, trusted only in front of a full date ("Sat 1 Nov 2025 10.00 GMT").
    static let weekdayAbbreviations: [String: Int] = [
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    /// Words before a bare month that make it a time ("in October", "since June", "end of March").
    static let monthLeads: Set<String> = [
        "in", "since", "by", "until", "till", "during", "from", "through", "before", "after",
        "early", "late", "mid", "last", "next", "this", "to", "between", "throughout", "around",
        "ending", "past", "starting", "beginning",
    ]

    /// "May" is a verb and a surname, so it needs a stricter lead ("by May" may be Theresa May).
    static let mayLeads: Set<String> = [
        "in", "since", "until", "till", "during", "early", "late", "mid", "last", "next", "this", "throughout",
    ]

    /// Words that may follow a bare "May" when it is the month ("in May and June", "in May, ...").
    static let mayFollowers: Set<String> = [
        "and", "or", "to", "when", "this", "last", "next", "as", "after", "before", "but",
        "the", "with", "at", "in", "on", "of", "for", "until", "while", "amid", "alone",
    ]

    /// Determiners that make a following capitalised month an adjective of time ("her October appointment").
    static let monthDeterminers: Set<String> = ["the", "his", "her", "their", "its", "our", "my", "your", "a", "an"]

    /// Words after "the March …" etc. that show the month word is a noun, not a time ("the March on Washington").
    static let functionWords: Set<String> = [
        "on", "to", "of", "for", "from", "against", "through", "was", "were", "is", "are", "and", "or",
        "in", "at", "by", "with", "that", "which", "who", "had", "has", "have", "will", "would", "said", "says",
    ]

    /// Months that are also first names: a capitalised word right after them is a surname ("June Smith").
    static let nameMonths: Set<Int> = [4, 5, 6, 8]

    /// Words before "of" that make the next month or year a time ("end of 2025", "the summer of 2016").
    static let ofLeads: Set<String> = [
        "end", "start", "beginning", "middle", "summer", "spring", "autumn", "fall", "winter",
        "half", "quarter", "class", "month", "year", "first", "last", "rest", "months", "weeks",
        "days", "part", "course", "election", "elections", "budget", "crisis",
    ]

    /// Words before a bare four-digit year that make it a year ("in 2016", "since 2017", "by 2030").
    static let yearLeads: Set<String> = [
        "in", "since", "by", "until", "till", "during", "from", "through", "before", "after",
        "early", "late", "mid", "fiscal", "around", "circa", "between", "throughout",
        "spring", "summer", "autumn", "fall", "winter", "year",
    ]

    /// Words after a bare year that make it a year ("2025 election", "the 2030 World Cup").
    static let yearFollowers: Set<String> = [
        "election", "elections", "campaign", "budget", "season", "census", "olympics", "summit",
        "vote", "referendum", "race", "primaries", "primary", "midterms", "midterm", "world",
        "games", "cup", "presidential", "general", "parliamentary", "legislative", "agreement",
        "accord", "earthquake", "coup", "invasion", "uprising", "crisis", "pandemic",
    ]

    /// Counted things: "by 2025 votes" is a figure, not a year.
    static let quantityNouns: Set<String> = [
        "people", "persons", "points", "votes", "units", "percent", "pct", "shares", "tonnes", "tons",
        "barrels", "dollars", "euros", "yuan", "yen", "pounds", "km", "miles", "metres", "meters",
        "feet", "troops", "soldiers", "jobs", "cases", "deaths", "homes", "cars", "vehicles",
        "students", "workers", "members", "employees", "seats", "times", "copies", "residents",
    ]

    /// Verbs of change: "rose by 2000" and "fell from 1950" are figures, not years.
    static let changeVerbs: Set<String> = [
        "rose", "rise", "rises", "fell", "fall", "falls", "up", "down", "increased", "decreased", "cut",
        "reduced", "raised", "grew", "dropped", "jumped", "climbed", "gained", "lost", "declined",
        "slipped", "eased", "surged", "plunged", "soared", "shrank", "widened", "narrowed", "trimmed",
    ]

    /// Words that join a second year to a first one already found ("from 2016 to 2020").
    static let yearChains: Set<String> = ["to", "and", "or", "through", "until"]

    /// Capitalised words before a weekday that make it a named day, not a date ("Good Friday Agreement").
    static let weekdayNamePrefixes: Set<String> = [
        "good", "black", "bloody", "super", "ash", "palm", "easter", "cyber", "holy", "maundy",
        "man", "girl", "giving", "mad", "whit", "low", "shrove",
    ]

    /// Capitalised words after a weekday that make it a title ("Sunday Times", "Saturday Night Live").
    static let weekdayNameSuffixes: Set<String> = [
        "times", "telegraph", "express", "mirror", "herald", "post", "independent", "night", "people",
        "sport", "review", "magazine", "league", "school", "star", "mail", "morning", "tribune", "world",
    ]

    /// Words before a verb phrase that point a bare weekday forward ("will meet on Tuesday").
    static let futureHints: Set<String> = ["will", "shall", "ll", "due", "scheduled", "slated", "expected", "plans", "planned"]

    /// First words of a line that label the date on it ("Published: 1 November 2025", "By Jane Doe | …").
    static let publicationLabels: Set<String> = [
        "published", "posted", "updated", "date", "dated", "first", "last", "modified", "created",
        "issued", "filed", "by",
    ]

    /// Words that may stand beside a date on a date line without making it a sentence.
    /// Words after a four-digit 24-hour time ("1945 GMT", "0600 hrs", "2000 local").
    static let timeZones: Set<String> = [
        "gmt", "bst", "utc", "cet", "cest", "eet", "eest", "wet", "west", "msk", "est", "edt", "cst", "cdt", "mst",
        "mdt", "pst", "pdt", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "awst", "nzst", "nzdt", "wat", "cat",
        "eat", "sast", "gst", "pkt", "ict", "wib", "hrs", "hours", "local", "z", "zulu",
    ]

    static let clockWords: Set<String> = ["at", "am", "pm", "a", "m", "p", "on", "updated", "published"]

    /// Irregular past tenses that place a bare month or day in the past ("was held in June").
    static let pastVerbs: Set<String> = [
        "was", "were", "had", "did", "met", "held", "won", "lost", "took", "began", "came", "went",
        "made", "saw", "left", "fell", "rose", "grew", "led", "ran", "sent", "spent", "struck", "sold",
        "bought", "paid", "hit", "fought", "wrote", "spoke", "became", "broke", "shot",
    ]

    /// Past tenses that report speech; the date belongs to what was said, not to the saying.
    static let reportingVerbs: Set<String> = [
        "added", "noted", "stated", "warned", "argued", "reported", "announced", "claimed", "insisted",
        "confirmed", "revealed", "explained", "suggested", "indicated", "predicted", "forecasted",
    ]

    static let agoKey = key("ago")

    /// Number words for "two years ago".
    static let smallNumbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]
}
