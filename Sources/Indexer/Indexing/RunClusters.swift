/// The near-duplicate lookup of a run that started on an empty database: every document it can
/// match was written by this run, so the band postings, signatures and cluster keys are kept here
/// instead of being read back from the writer. Reading a term's postings from a Xapian writer
/// flushes that term's pending changes and the batch's positions, once per band per document;
/// that was a tenth of the writer thread, which bounds a run's speed.
///
/// Gives the keys `DuplicateClusters` would read from the database: candidates are the first
/// `candidatesPerBand` documents of a band in document-id order, as a posting list yields them.
final class RunClusters {
    private struct Entry {
        var signature: NearDuplicateSignature
        var cluster: String
        var bands: [String]
    }
    /// Band key → document ids holding it, ascending.
    private var postings: [String: [UInt32]] = [:]
    private var entries: [UInt32: Entry] = [:]
    /// Unique term → document id, for documents written by this run.
    private var ids: [String: UInt32] = [:]
    private var lastID: UInt32 = 0

    /// The id the single writer gives `uniqueTerm` on this run's empty database: its own if
    /// written before, else the next. A fresh build's staging writers number their documents
    /// otherwise, so the lookup orders candidates by these.
    func id(for uniqueTerm: String) -> UInt32 { ids[uniqueTerm] ?? lastID + 1 }

    /// The cluster key for `signature`, before the document (`uniqueTerm`) is written.
    func key(for signature: NearDuplicateSignature, uniqueTerm: String) -> String {
        let own = ids[uniqueTerm]
        var best: DuplicateClusters.Match?
        var seen = Set<UInt32>()
        for band in signature.bandKeys {
            for id in (postings[band] ?? []).prefix(DuplicateClusters.candidatesPerBand) where id != own && seen.insert(id).inserted {
                guard let other = entries[id] else { continue }
                best = DuplicateClusters.better(best, signature: signature, theirs: other.signature, cluster: other.cluster)
            }
        }
        return best?.key ?? StableHash.hex(uniqueTerm)
    }

    /// Records a written document (`id` as the writer assigned it).
    func record(id: UInt32, uniqueTerm: String, signature: NearDuplicateSignature?, cluster: String?) {
        if let old = entries.removeValue(forKey: id) {
            for band in old.bands { postings[band]?.removeAll { $0 == id } }
        }
        ids[uniqueTerm] = id
        lastID = max(lastID, id)
        guard let signature, let cluster else { return }
        let bands = signature.bandKeys
        entries[id] = Entry(signature: signature, cluster: cluster, bands: bands)
        for band in bands {
            var list = postings[band, default: []]
            // New documents get increasing ids; only a rewritten one lands inside the list.
            if let last = list.last, last > id {
                list.insert(id, at: list.firstIndex { $0 > id } ?? list.endIndex)
            } else {
                list.append(id)
            }
            postings[band] = list
        }
    }
}
