import LeakTraceCore

/// An inline SVG bar chart of canaries found per entity, out of the canaries it held.
///
/// Every entity of the pipeline gets a bar, found or not, so an empty bar is visible as evidence
/// of absence rather than hidden by omission. Sources are drawn in the accent colour.
///
/// ```swift
/// let svg = HitsBarChart(document: document).svg()
/// ```
struct HitsBarChart {
    let document: ReportDocument

    private struct Bar {
        var label: String
        var hits: Int
        var visible: Int
        var isSource: Bool
    }

    func svg() -> String {
        let t = ReportText(document.language)
        let byEntity = Dictionary(document.attribution.ranking.map { ($0.entity, $0) }, uniquingKeysWith: { a, _ in a })
        let sources = Set(document.attribution.sources)
        let bars = document.pipeline.entities.map { entity in
            Bar(label: t.entity(entity.id, in: document.pipeline), hits: byEntity[entity.id]?.hits ?? 0,
                visible: byEntity[entity.id]?.visible ?? 0, isSource: sources.contains(entity.id))
        }
        // Labels are right-aligned against the axis, so the label column must hold the longest one:
        // a long Chinese entity name would otherwise run off the left edge.
        let labelWidth = max(120, (bars.map { Self.estimatedWidth($0.label, fontSize: 12) }.max() ?? 0) + 16)
        let valueWidth = 80.0, rowHeight = 26.0, top = 10.0
        let plotWidth = max(300, 680 - labelWidth - valueWidth)
        let width = labelWidth + plotWidth + valueWidth
        let height = top * 2 + rowHeight * Double(max(bars.count, 1))
        let maximum = max(1, bars.map(\.hits).max() ?? 0)
        let title = t("各环节命中的金丝雀记录数", "Canaries found per entity")
        var svg = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-label=\"\(HTMLEscape.text(title))\">"
        svg += "<title>\(HTMLEscape.text(title))</title>"
        svg += "<line x1=\"\(f(labelWidth))\" y1=\"\(f(top - 4))\" x2=\"\(f(labelWidth))\" y2=\"\(f(height - top + 4))\" stroke=\"#5b6470\" stroke-width=\"1\"/>"
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            let length = plotWidth * Double(bar.hits) / Double(maximum)
            let colour = bar.isSource ? "#1f4e79" : "#8fa3b8"
            svg += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(y + rowHeight * 0.65))\" text-anchor=\"end\" font-size=\"12\">\(HTMLEscape.text(bar.label))</text>"
            svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 4))\" width=\"\(f(length))\" height=\"\(f(rowHeight - 8))\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(f(labelWidth + length + 6))\" y=\"\(f(y + rowHeight * 0.65))\" font-size=\"12\">\(bar.hits) / \(bar.visible)</text>"
        }
        svg += "</svg>"
        return svg
    }

    private func f(_ value: Double) -> String { ReportFormat.fixed(value, 1) }

    /// A generous estimate of the text's width in a CJK serif: full width for CJK and full-width
    /// punctuation, a little over half for everything else.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { sum, scalar in
            sum + fontSize * (scalar.value >= 0x2E80 ? 1.0 : 0.6)
        }
    }
}
