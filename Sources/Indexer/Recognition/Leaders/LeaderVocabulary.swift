/// The words around a leader's name that decide whether it names a sitting head of
/// state or government: titles, modifiers, honorifics and common sentence openers.
enum LeaderVocabulary {
    /// Title phrase → class. A mention's class must match one of the term's title classes;
    /// `leader` is generic and matches any.
    static let titleClasses: [String: String] = [
        "president": "president", "state president": "president",
        "prime minister": "pm", "premier": "pm", "pm": "pm", "taoiseach": "pm", "chief adviser": "pm",
        "state counsellor": "pm", "state counselor": "pm",
        "chancellor": "chancellor",
        "king": "monarch", "queen": "monarch", "emperor": "monarch", "empress": "monarch", "emir": "monarch",
        "amir": "monarch", "sultan": "monarch", "monarch": "monarch",
        "crown prince": "crown prince",
        "captain regent": "regent", "captains regent": "regent",
        "pope": "pope",
        "supreme leader": "supreme", "ayatollah": "supreme",
        "general secretary": "leader", "party chief": "leader", "party leader": "leader", "leader": "leader",
        "chairman": "leader", "senior leader": "leader", "paramount leader": "leader", "strongman": "leader",
        "ruler": "leader", "dictator": "leader", "colonel": "leader", "senior general": "leader",
        "communist party chief": "leader", "party general secretary": "leader",
        // Plurals introduce the first of several names ("Prime Ministers Zhao Ziyang of China and …").
        "presidents": "president", "prime ministers": "pm", "premiers": "pm", "chancellors": "chancellor",
        "kings": "monarch", "leaders": "leader",
    ]

    static let titlePhrases: PhraseIndex<String> = {
        var index = PhraseIndex<String>()
        for (phrase, cls) in titleClasses { index.add(phrase, cls) }
        return index
    }()

    /// The classes a term's titles ("Prime Minister", "Premier") fall in.
    static func classes(of titles: [String]) -> Set<String> {
        Set(titles.compactMap { t in
            let key = Tokenizer.tokenize(t).map(\.key).joined(separator: " ")
            return titleClasses[key]
        })
    }

    /// Before a title, these mean the person does not (or not yet, or no longer) hold it.
    static let blockingModifiers: KeySet = [
        "vice", "deputy", "opposition", "assistant", "would", "be",
        "first", "provincial", "regional", "state", "club", "party's", "student", "university", "company",
        "bank", "board", "committee", "council", "federal", "reserve", "fed", "chief", "exchequer", "senate",
        "majority", "minority", "house", "union", "league", "association", "federation",
    ]

    /// Before a title, these say the person held (or will hold) the office at another time:
    /// "former President Obama" names Barack Obama, who is not in office on the date.
    static let notSittingModifiers: KeySet = [
        "former", "late", "ex", "incoming", "elect", "future", "onetime", "erstwhile", "previous", "past",
        "prospective", "presumptive", "candidate",
    ]

    /// Before a title, these leave the person in office.
    static let sittingModifiers: KeySet = [
        "new", "newly", "elected", "re", "reelected", "current", "incumbent", "sitting", "then", "acting",
        "interim", "caretaker", "outgoing", "embattled", "longtime", "veteran", "conservative", "liberal",
        "socialist", "populist", "hardline", "nationalist", "centrist", "leftist", "rightist", "beleaguered",
        "communist", "military", "transitional", "the", "a", "its", "their", "his", "her", "country's", "nation's",
        "majesty", "highness", "holiness", "excellency", "royal", "saudi",
    ]

    /// Between a title and the name: "Emir Sheikh Tamim", "President Dr. X", "King His Majesty".
    static let honorifics: KeySet = [
        "sheikh", "shaikh", "sir", "dame", "dr", "mr", "mrs", "ms", "madam", "gen", "general", "his", "her",
        "majesty", "highness", "excellency", "holiness", "royal", "marshal", "field", "comrade", "lt", "col",
        "maj", "capt", "sayyid", "prince", "lord",
    ]

    /// Words after a name that do not make it a longer name ("Reagan Administration").
    static let nameFollowers: KeySet = [
        "administration", "government", "cabinet", "doctrine", "era", "aides", "camp", "team", "presidency",
        "regime", "junta", "years", "plan", "initiative", "policy", "policies", "visit", "summit", "talks",
    ]

    /// Generational suffixes after a surname ("Marcos Jr.").
    static let suffixes: KeySet = ["jr", "sr", "jnr", "snr"]

    /// Particles inside names ("bin Salman", "von der Leyen", "Lula da Silva").
    static let particles: KeySet = [
        "bin", "bint", "ibn", "al", "el", "von", "der", "van", "de", "da", "do", "dos", "das", "la", "le",
        "du", "di", "del", "y", "abu",
    ]

    /// Surnames shared by too many people to count without a title or an introduction.
    static let commonSurnames: KeySet = [
        "lee", "kim", "park", "li", "wang", "zhang", "chen", "liu", "yang", "zhao", "huang", "zhou", "wu", "xu",
        "sun", "ma", "zhu", "hu", "guo", "he", "lin", "singh", "khan", "ahmed", "ali", "hassan", "hussein",
        "mohammed", "muhammad", "sharif", "nguyen", "tran", "le", "pham", "smith", "brown", "johnson", "martin",
        "may", "major", "key", "moon", "fox", "rice", "young", "howard", "harris", "campbell", "turner", "clark",
        "kan", "mori", "aso", "uno", "hata", "noda", "suzuki", "fukuda", "begin", "barak", "sharon", "costa",
        "santos", "garcia", "perez", "fernandez", "gonzalez", "rodriguez", "sanchez", "franco", "michel",
        "philippe", "herzog", "rau", "wong", "goh", "han", "cho", "lai", "chiang", "fidel", "thorn", "viola",
        "pavel", "aoun", "kenny", "bennett", "montenegro", "schmidt", "castro", "abdullah", "salman", "charles",
        "francis", "leo", "mishal", "hamad", "khalifa", "tamim", "zayed", "to", "lam", "chinh", "zia",
    ]

    /// Capitalised words that open sentences or clauses and are not names.
    static let stopwords: KeySet = [
        "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "if", "when", "while", "as", "after",
        "before", "since", "until", "because", "although", "though", "once", "then", "now", "today", "yesterday",
        "tomorrow", "on", "in", "at", "by", "from", "to", "with", "without", "of", "over", "under", "about",
        "during", "between", "among", "against", "into", "through", "despite", "amid", "like", "unlike",
        "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "what", "which", "who", "whom", "whose", "where", "why",
        "how", "all", "both", "each", "every", "some", "many", "most", "few", "no", "not", "also", "still",
        "even", "only", "just", "meanwhile", "however", "moreover", "earlier", "later", "last", "next", "but",
        "asked", "said", "says", "told", "according", "under", "speaking", "mr", "mrs", "ms", "dr", "sir",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "president", "prime", "minister", "premier", "chancellor", "king", "queen", "emir", "pope", "leader",
        "chairman", "reuters", "ap", "afp", "read", "also", "dear", "yes", "oh", "well", "will", "would",
        "should", "could", "can", "may", "must", "did", "does", "do", "has", "have", "had", "is", "are", "was",
        "were", "be", "been", "let", "whether", "unless", "within", "across", "toward", "towards", "upon",
    ]
}
