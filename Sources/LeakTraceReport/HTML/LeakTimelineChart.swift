import Foundation
import LeakTraceCore

/// An inline SVG timeline: plant batches, the plant times of the canaries found, when each
/// evidence file was taken in, and the leak window between them.
///
/// When the attribution gives no upper bound, the window is drawn up to the first intake, the
/// one moment by which the list certainly existed, and hatched to show that the bound is weaker.
///
/// ```swift
/// let svg = LeakTimelineChart(document: document).svg()
/// ```
struct LeakTimelineChart {
    let document: ReportDocument

    func svg() -> String {
        let t = ReportText(document.language)
        let window = document.attribution.window
        let intakes = document.evidence.map(\.intakeAt)
        var times = document.plants.map(\.plantedAt) + intakes + [document.case.matchedAt]
        times += document.hits.map(\.planted.at)
        if let after = window.after { times.append(after) }
        if let before = window.before { times.append(before) }
        guard let first = times.min(), let last = times.max() else { return "" }
        let span = max(last.timeIntervalSince(first), 86_400)
        let start = first.addingTimeInterval(-span * 0.04), end = last.addingTimeInterval(span * 0.04)

        let width = 680.0, left = 110.0, right = 20.0, laneHeight = 34.0, top = 14.0
        let lanes = [t("植入批次", "Plants"), t("命中记录", "Hits"), t("检材接收", "Intake")]
        let axisY = top + laneHeight * Double(lanes.count) + 6
        let height = axisY + 34
        func x(_ date: Date) -> Double {
            left + (width - left - right) * date.timeIntervalSince(start) / end.timeIntervalSince(start)
        }
        func laneY(_ lane: Int) -> Double { top + laneHeight * Double(lane) + laneHeight / 2 }

        let title = t("植入、命中与泄露时间窗", "Plants, hits and the leak window")
        var svg = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-label=\"\(HTMLEscape.text(title))\">"
        svg += "<title>\(HTMLEscape.text(title))</title>"
        svg += "<defs><pattern id=\"open-bound\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#f6d7a7\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#e0b070\" stroke-width=\"3\"/></pattern></defs>"

        if let after = window.after {
            let upper = window.before ?? intakes.min() ?? document.case.matchedAt
            let fill = window.before == nil ? "url(#open-bound)" : "#f6d7a7"
            svg += "<rect x=\"\(f(x(after)))\" y=\"\(f(top - 6))\" width=\"\(f(max(2, x(upper) - x(after))))\" height=\"\(f(axisY - top + 6))\" fill=\"\(fill)\" opacity=\"0.8\"/>"
            svg += "<text x=\"\(f(x(after) + 4))\" y=\"\(f(axisY - 5))\" font-size=\"11\" fill=\"#7a4a00\">\(HTMLEscape.text(t("泄露时间窗", "leak window")))</text>"
        }
        for (i, lane) in lanes.enumerated() {
            svg += "<text x=\"\(f(left - 10))\" y=\"\(f(laneY(i) + 4))\" text-anchor=\"end\" font-size=\"12\">\(HTMLEscape.text(lane))</text>"
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(laneY(i)))\" x2=\"\(f(width - right))\" y2=\"\(f(laneY(i)))\" stroke=\"#c9ced6\" stroke-dasharray=\"3 3\"/>"
        }
        // Plants made at the same moment share one mark, filled when any of them was found; drawing
        // one per plant would let an unfound plant's mark hide a found one at the same time.
        let foundPlants = Set(document.hits.map { "\($0.entity)|\($0.planted.at.timeIntervalSince1970)" })
        for (time, plants) in Dictionary(grouping: document.plants, by: \.plantedAt).sorted(by: { $0.key < $1.key }) {
            let found = plants.filter { foundPlants.contains("\($0.placement.label)|\($0.plantedAt.timeIntervalSince1970)") }
            let label = plants.map(\.placement.label).joined(separator: "; ") + " · " + Timestamp.format(time)
            svg += "<circle cx=\"\(f(x(time)))\" cy=\"\(f(laneY(0)))\" r=\"5\" fill=\"\(found.isEmpty ? "#ffffff" : "#b03a2e")\" stroke=\"#1f4e79\" stroke-width=\"1.5\"><title>\(HTMLEscape.text(label))</title></circle>"
        }
        // One mark per distinct plant time keeps a thousand hits from painting a solid block.
        let hitTimes = Dictionary(grouping: document.hits, by: \.planted.at).sorted { $0.key < $1.key }
        for (time, hits) in hitTimes {
            let cx = x(time), cy = laneY(1)
            svg += "<path d=\"M \(f(cx)) \(f(cy - 6)) L \(f(cx + 6)) \(f(cy)) L \(f(cx)) \(f(cy + 6)) L \(f(cx - 6)) \(f(cy)) Z\" fill=\"#b03a2e\"><title>\(hits.count) · \(HTMLEscape.text(Timestamp.format(time)))</title></path>"
        }
        for intake in Set(intakes).sorted() {
            svg += "<rect x=\"\(f(x(intake) - 5))\" y=\"\(f(laneY(2) - 5))\" width=\"10\" height=\"10\" fill=\"#1f4e79\"><title>\(HTMLEscape.text(Timestamp.format(intake)))</title></rect>"
        }
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(axisY))\" x2=\"\(f(width - right))\" y2=\"\(f(axisY))\" stroke=\"#1a1a1a\"/>"
        for k in 0...4 {
            let date = start.addingTimeInterval(end.timeIntervalSince(start) * Double(k) / 4)
            let anchor = k == 0 ? "start" : k == 4 ? "end" : "middle"
            svg += "<line x1=\"\(f(x(date)))\" y1=\"\(f(axisY))\" x2=\"\(f(x(date)))\" y2=\"\(f(axisY + 4))\" stroke=\"#1a1a1a\"/>"
            svg += "<text x=\"\(f(x(date)))\" y=\"\(f(axisY + 18))\" text-anchor=\"\(anchor)\" font-size=\"11\">\(ReportFormat.day(date, language: document.language))</text>"
        }
        svg += "</svg>"
        return svg
    }

    private func f(_ value: Double) -> String { ReportFormat.fixed(value, 1) }
}
