/// A series drawn as one line of Unicode block characters, lowest value `▁`, highest `█`;
/// a missing value is a space.
///
///     Sparkline.draw([1, 5, nil, 3])  // "▁█ ▅"
enum Sparkline {
    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ values: [Double?]) -> String {
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else {
            return String(repeating: " ", count: values.count)
        }
        return String(
            values.map { value -> Character in
                guard let value else { return " " }
                guard high > low else { return blocks[3] }
                return blocks[min(blocks.count - 1, Int((value - low) / (high - low) * Double(blocks.count - 1) + 0.5))]
            })
    }
}
