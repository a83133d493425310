/// One entity's mentions in the order found, each kept once. Scans find mentions left to right,
/// so a mention past every kept one is new without a search: searching the whole list for each
/// mention made mention-dense text quadratic (issue 18).
struct MentionList: Sendable {
    private(set) var mentions: [Mention] = []
    private var maxOffset = Int.min

    /// Adds `m` unless the list has it already.
    mutating func insert(_ m: Mention) {
        if m.offset > maxOffset {
            maxOffset = m.offset
        } else if mentions.contains(m) {
            return
        }
        mentions.append(m)
    }
}
