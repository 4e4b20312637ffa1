import Foundation
import LeakTraceCore

/// Renders a `ReportDocument` as one self-contained HTML page: inline CSS and SVG, no script, no
/// external reference, and a Content-Security-Policy that forbids loading anything, so even a
/// mistake in escaping could not make the page reach the network.
///
/// The sections follow what the 2016 rules on electronic data ask a record to state: the case,
/// the examiners, the integrity values (完整性校验值), the extraction and examination process,
/// the tool and the times; then the findings, the evaluation and the signatures.
///
/// ```swift
/// let html = HTMLReportRenderer(document: document).render()
/// try Data(html.utf8).write(to: directory.appendingPathComponent("report.html"))
/// ```
struct HTMLReportRenderer {
    let document: ReportDocument

    var t: ReportText { ReportText(document.language) }

    func render() -> String {
        var html = "<!DOCTYPE html>\n"
        html += "<html lang=\"\(document.language == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"\(e(document.tool.name)) \(e(document.tool.version))\">\n"
        html += "<title>\(e(t("电子数据检验报告", "Electronic Data Examination Report"))) · \(e(document.case.name))</title>\n"
        html += "<style>\n\(ReportStylesheet.css)\n</style>\n</head>\n<body>\n"
        html += "<h1>\(e(t("电子数据检验报告", "Electronic Data Examination Report")))</h1>\n"
        html += "<p class=\"subtitle\">\(e(t("金丝雀记录（蜜标）泄露溯源", "Leak tracing with canary records (honeytokens)")))</p>\n"
        html += caseSection()
        html += examinerSection()
        html += evidenceSection()
        html += methodSection()
        html += hitSection()
        html += evaluationSection()
        html += attributionSection()
        html += timelineSection()
        html += guiltSection()
        html += countSection()
        html += limitationSection()
        html += integritySection()
        html += signatureSection()
        html += "</body>\n</html>\n"
        return html
    }

    // MARK: helpers

    func e(_ text: String) -> String { HTMLEscape.text(text) }

    func heading(_ number: Int, _ zh: String, _ en: String) -> String {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"]
        let label = document.language == .zh ? "\(numerals[number - 1])、\(zh)" : "\(number). \(en)"
        return "<h2>\(e(label))</h2>\n"
    }

    /// Cells are HTML already; headers are plain text.
    func table(_ headers: [(String, Bool)], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var html = "<table>\n<thead><tr>"
        for (i, header) in headers.enumerated() {
            html += "<th\(numeric.contains(i) || header.1 ? " class=\"num\"" : "")>\(e(header.0))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (i, cell) in row.enumerated() {
                html += "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(cell)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    func keyValues(_ pairs: [(String, String)]) -> String {
        var html = "<table class=\"kv\">\n<tbody>\n"
        for (key, value) in pairs { html += "<tr><th>\(e(key))</th><td>\(value)</td></tr>\n" }
        return html + "</tbody>\n</table>\n"
    }

    func time(_ date: Date?) -> String {
        guard let date else { return e(t("无", "none")) }
        return e(ReportFormat.time(date, language: document.language))
    }

    func entity(_ id: EntityID) -> String { e(t.entity(id, in: document.pipeline)) }

    func fill() -> String { "<span class=\"fill\">&nbsp;</span>" }
}
