/// Gives each signed article the cluster key of the copies already in the index, so that
/// `--collapse` can fold a wire story republished many times into one hit.
///
/// Xapian collapses only equal values, so the key, not the signature, goes in the collapse slot:
/// the first article of a story keys the cluster with its own unique term's hash, and a later
/// copy found through a shared band term takes the key of the closest copy. Written on the single
/// writer, which sees its own uncommitted documents, so copies within one batch join up too. An
/// updated article is looked up again; copies that lose their first article keep their key.
enum DuplicateClusters {
    /// Candidates read per band: a band shared by more articles than this is not a story's.
    static let candidatesPerBand = 64

    static func assign(to doc: Document, uniqueTerm: String, in db: WritableDatabase) throws(XapianError) {
        guard let signature = NearDuplicateSignature(encoded: try doc.value(Schema.Slot.signature)) else { return }
        let own = try db.documentID(forTerm: uniqueTerm)
        var best: (similarity: Double, key: String)?
        var seen = Set<UInt32>()
        for key in signature.bandKeys {
            for id in try db.postings(of: Schema.bandTerm(key), max: candidatesPerBand) where id != own && seen.insert(id).inserted {
                let other = try db.document(id)
                guard let theirs = NearDuplicateSignature(encoded: try other.value(Schema.Slot.signature)) else { continue }
                let similarity = signature.similarity(to: theirs)
                let cluster = try other.value(Schema.Slot.cluster)
                guard similarity >= NearDuplicateSignature.threshold, !cluster.isEmpty else { continue }
                // The closest copy wins; ties go to the smaller key, so the choice does not depend on order.
                if best == nil || similarity > best!.similarity || (similarity == best!.similarity && cluster < best!.key) {
                    best = (similarity, cluster)
                }
            }
        }
        let key = best?.key ?? StableHash.hex(uniqueTerm)
        try doc.addValue(Schema.Slot.cluster, key)
        try doc.addBooleanTerm(Schema.clusterTerm(key))
    }
}
