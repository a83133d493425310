/// Gives each signed article the cluster key of the copies already in the index, so that
/// `--collapse` can fold a wire story republished many times into one hit.
///
/// Xapian collapses only equal values, so the key, not the signature, goes in the collapse slot:
/// the first article of a story keys the cluster with its own unique term's hash, and a later
/// copy found through a shared band term takes the key of the closest copy. Written on the single
/// writer, which sees its own uncommitted documents, so copies within one batch join up too. An
/// updated article is looked up again; copies that lose their first article keep their key.
/// A run on an empty database keeps the lookup in memory instead (`RunClusters`), same keys.
enum DuplicateClusters {
    /// Candidates read per band: a band shared by more articles than this is not a story's.
    static let candidatesPerBand = 64

    struct Match {
        var similarity: Double
        var key: String
    }

    /// Assigns the key from the database (`run` nil) or from this run's own documents.
    static func assign(to doc: Document, uniqueTerm: String, in db: WritableDatabase, run: RunClusters?) throws(XapianError) -> (NearDuplicateSignature, String)? {
        guard let signature = NearDuplicateSignature(encoded: try doc.value(Schema.Slot.signature)) else { return nil }
        let key: String
        if let run { key = run.key(for: signature, uniqueTerm: uniqueTerm) } else { key = try lookUp(signature, uniqueTerm: uniqueTerm, in: db) }
        try doc.addValue(Schema.Slot.cluster, key)
        try doc.addBooleanTerm(Schema.clusterTerm(key))
        return (signature, key)
    }

    private static func lookUp(_ signature: NearDuplicateSignature, uniqueTerm: String, in db: WritableDatabase) throws(XapianError) -> String {
        let own = try db.documentID(forTerm: uniqueTerm)
        var best: Match?
        var seen = Set<UInt32>()
        for key in signature.bandKeys {
            for id in try db.postings(of: Schema.bandTerm(key), max: candidatesPerBand) where id != own && seen.insert(id).inserted {
                let other = try db.document(id)
                guard let theirs = NearDuplicateSignature(encoded: try other.value(Schema.Slot.signature)) else { continue }
                best = better(best, signature: signature, theirs: theirs, cluster: try other.value(Schema.Slot.cluster))
            }
        }
        return best?.key ?? StableHash.hex(uniqueTerm)
    }

    /// The closest copy wins; ties go to the smaller key, so the choice does not depend on order.
    static func better(_ best: Match?, signature: NearDuplicateSignature, theirs: NearDuplicateSignature, cluster: String) -> Match? {
        let similarity = signature.similarity(to: theirs)
        guard similarity >= NearDuplicateSignature.threshold, !cluster.isEmpty else { return best }
        if let best, similarity < best.similarity || (similarity == best.similarity && cluster >= best.key) { return best }
        return Match(similarity: similarity, key: cluster)
    }
}
