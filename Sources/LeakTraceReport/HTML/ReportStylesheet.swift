/// The report's only stylesheet, inlined into `report.html`: no web fonts, no `url()`, so the page
/// renders the same offline, and prints to A4 with tables that do not split mid-row.
///
/// ```swift
/// html += "<style>" + ReportStylesheet.css + "</style>"
/// ```
enum ReportStylesheet {
    static let css = """
    :root { --ink: #1a1a1a; --muted: #5b6470; --rule: #c9ced6; --band: #f3f5f8; --accent: #1f4e79; --hit: #b03a2e; --window: #f6d7a7; }
    * { box-sizing: border-box; }
    html { font-size: 10.5pt; }
    body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; color: var(--ink); line-height: 1.55;
      font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", "Microsoft YaHei", serif; }
    h1 { font-size: 1.7rem; text-align: center; margin: 0 0 .2rem; letter-spacing: .08em; }
    .subtitle { text-align: center; color: var(--muted); margin: 0 0 1.2rem; }
    h2 { font-size: 1.15rem; border-bottom: 2px solid var(--accent); color: var(--accent); margin: 1.6rem 0 .6rem; padding-bottom: .15rem; }
    h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
    p { margin: .35rem 0; text-align: justify; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92rem; }
    th, td { border: 1px solid var(--rule); padding: .25rem .4rem; vertical-align: top; text-align: left; }
    th { background: var(--band); font-weight: 600; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .mono, code { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", Menlo, Consolas, monospace; font-size: .85rem; }
    .hash { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .78rem; word-break: break-all; }
    .seen { white-space: pre-wrap; word-break: break-all; background: #fff8f0; }
    .planted { background: #f2f8f2; }
    .fields, .nowrap { white-space: nowrap; }
    .agree-exact { color: #1e6b2f; font-weight: 600; }
    .agree-masked, .agree-partial { color: #7a5c00; }
    .agree-disagree { color: var(--hit); font-weight: 600; }
    .agree-missing { color: var(--muted); }
    .weight { color: var(--muted); font-variant-numeric: tabular-nums; font-size: .85rem; }
    .kv th { width: 30%; }
    .samples { text-align: left; }
    .note { color: var(--muted); font-size: .88rem; }
    .callout { border-left: 4px solid var(--accent); background: var(--band); padding: .5rem .8rem; margin: .6rem 0; }
    .warning { border-left-color: var(--hit); }
    .proposition { border: 1px solid var(--rule); padding: .5rem .8rem; margin: .6rem 0; break-inside: avoid; }
    .proposition dl { margin: 0; }
    .proposition dt { font-weight: 600; }
    .proposition dd { margin: 0 0 .3rem 1.5rem; }
    .proposition dd.model-lr { color: var(--muted, #666); font-size: .9em; }
    figure { margin: .6rem 0; break-inside: avoid; }
    figcaption { color: var(--muted); font-size: .88rem; }
    svg { max-width: 100%; height: auto; font-family: inherit; }
    .signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2rem 2rem; margin-top: 1rem; }
    .signature { border-top: 1px solid var(--ink); padding-top: .3rem; min-height: 3.2rem; break-inside: avoid; }
    .fill { display: inline-block; min-width: 45mm; border-bottom: 1px solid var(--ink); }
    ol, ul { margin: .3rem 0 .6rem 1.4rem; padding: 0; }
    @page { size: A4; margin: 16mm 14mm 18mm; }
    @media print {
      html { font-size: 9.5pt; }
      body { max-width: none; padding: 0; }
      h2 { break-after: avoid; page-break-after: avoid; }
      thead { display: table-header-group; }
      .signatures-section { break-before: page; page-break-before: always; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
