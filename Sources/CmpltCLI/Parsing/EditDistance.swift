/// Suggestions for near-miss names, by Levenshtein distance.
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions from `a` to `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let source = Array(a)
        let target = Array(b)
        guard !source.isEmpty else { return target.count }
        guard !target.isEmpty else { return source.count }
        var previous = Array(0...target.count)
        var current = previous
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }

    /// The candidate closest to `word`, if it is close enough to be a likely typo
    /// (at most a third of the word's length, and at least 1 edit allowed), or a candidate
    /// that `word` is a prefix of.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        let scored = candidates.map { (name: $0, distance: between(word, $0)) }
        if let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit {
            return best.name
        }
        return candidates.first { $0.hasPrefix(word) && word.count >= 2 }
    }
}
