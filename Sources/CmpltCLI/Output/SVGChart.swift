/// Small SVG charts drawn as text, for the HTML report: bars for counts, a line for rates
/// and durations. No scripts, no external files.
enum SVGChart {
    private static let width = 640.0, height = 220.0
    private static let left = 48.0, right = 12.0, top = 28.0, bottom = 36.0

    /// A bar chart of `values` (missing values leave a gap), one bar per label.
    static func bars(_ title: String, labels: [String], values: [Double?]) -> String {
        let scale = axisMaximum(values)
        let slot = plotWidth / Double(max(labels.count, 1))
        var body = ""
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let barHeight = value / scale * plotHeight
            body +=
                "<rect x=\"\(format(left + slot * Double(index) + slot * 0.15))\" y=\"\(format(top + plotHeight - barHeight))\" "
            body +=
                "width=\"\(format(slot * 0.7))\" height=\"\(format(barHeight))\" class=\"bar\"><title>\(HTML.escape(labels[index])): \(ReportSections.number(value))</title></rect>"
        }
        return frame(title, labels: labels, maximum: scale, body: body)
    }

    /// A line through the present `values`, with a dot at each.
    static func line(_ title: String, labels: [String], values: [Double?], maximum: Double? = nil) -> String {
        let scale = maximum ?? axisMaximum(values)
        let slot = plotWidth / Double(max(labels.count, 1))
        let points = values.enumerated().compactMap { index, value in
            value.map {
                (
                    x: left + slot * (Double(index) + 0.5), y: top + plotHeight - $0 / scale * plotHeight,
                    label: labels[index], value: $0
                )
            }
        }
        var body = ""
        if points.count > 1 {
            body +=
                "<polyline class=\"line\" points=\""
                + points.map { "\(format($0.x)),\(format($0.y))" }.joined(separator: " ") + "\"/>"
        }
        for point in points {
            body +=
                "<circle cx=\"\(format(point.x))\" cy=\"\(format(point.y))\" r=\"3\" class=\"dot\"><title>\(HTML.escape(point.label)): \(ReportSections.number(point.value))</title></circle>"
        }
        return frame(title, labels: labels, maximum: scale, body: body)
    }

    private static var plotWidth: Double { width - left - right }
    private static var plotHeight: Double { height - top - bottom }

    /// A round axis maximum at or above every value (at least 1).
    private static func axisMaximum(_ values: [Double?]) -> Double {
        let highest = values.compactMap { $0 }.max() ?? 0
        guard highest > 0 else { return 1 }
        var step = 1.0
        while step * 10 < highest { step *= 10 }
        for multiple in [1.0, 2, 5, 10] where step * multiple >= highest { return step * multiple }
        return step * 10
    }

    private static func frame(_ title: String, labels: [String], maximum: Double, body: String) -> String {
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(format(width)) \(format(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        svg += "<text x=\"\(format(left))\" y=\"16\" class=\"title\">\(HTML.escape(title))</text>"
        for fraction in [0.0, 0.5, 1.0] {
            let y = top + plotHeight - fraction * plotHeight
            svg +=
                "<line x1=\"\(format(left))\" x2=\"\(format(width - right))\" y1=\"\(format(y))\" y2=\"\(format(y))\" class=\"grid\"/>"
            svg +=
                "<text x=\"\(format(left - 6))\" y=\"\(format(y + 4))\" class=\"axis\" text-anchor=\"end\">\(ReportSections.number(maximum * fraction))</text>"
        }
        let slot = plotWidth / Double(max(labels.count, 1))
        let every = max(1, labels.count / 12)
        for (index, label) in labels.enumerated() where index % every == 0 {
            svg +=
                "<text x=\"\(format(left + slot * (Double(index) + 0.5)))\" y=\"\(format(height - bottom + 16))\" class=\"axis\" text-anchor=\"middle\">\(HTML.escape(label))</text>"
        }
        return svg + body + "</svg>"
    }

    /// A coordinate with at most one decimal.
    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Escaping for HTML text and attribute values.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
