/// Suggestions for near-miss names, by edit distance.
enum EditDistance {
    /// The number of single-character insertions, deletions, substitutions and transpositions
    /// of neighbours from `a` to `b` (optimal string alignment distance).
    static func between(_ a: String, _ b: String) -> Int {
        let source = Array(a)
        let target = Array(b)
        guard !source.isEmpty else { return target.count }
        guard !target.isEmpty else { return source.count }
        // distance[i][j]: from the first i characters of source to the first j of target.
        var distance = [[Int]](repeating: Array(0...target.count), count: source.count + 1)
        for i in 1...source.count {
            distance[i][0] = i
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                distance[i][j] = min(distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    distance[i][j] = min(distance[i][j], distance[i - 2][j - 2] + 1)
                }
            }
        }
        return distance[source.count][target.count]
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
