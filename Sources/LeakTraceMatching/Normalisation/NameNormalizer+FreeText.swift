extension NameNormalizer {
    /// Words that label the fields of a free-text record; they bound a name, never belong to one.
    static let fieldLabels: [[Unicode.Scalar]] = [
        "收件人", "收货人", "寄件人", "联系人", "姓名", "名字", "联系方式", "联系电话", "手机号", "手机", "电话", "收货地址",
        "详细地址", "地址",
    ].map { Array($0.unicodeScalars) }

    /// Names inside free text (`收件人：张*明 电话：138****5678`): runs of Han characters and masks,
    /// with field labels cut off both ends, that `observe` accepts and that are at most four long.
    ///
    /// ```swift
    /// NameNormalizer.observations(inText: "收件人：张*明 电话：138****5678")   // [.masked(张*明)]
    /// ```
    public static func observations(inText text: String) -> [NameObservation] {
        var found: [NameObservation] = []
        var run: [Unicode.Scalar] = []
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            var trimmed = run[...]
            var changed = true
            while changed {
                changed = false
                for label in fieldLabels {
                    if trimmed.count >= label.count, trimmed.prefix(label.count).elementsEqual(label) {
                        trimmed = trimmed.dropFirst(label.count)
                        changed = true
                    }
                    if trimmed.count >= label.count, trimmed.suffix(label.count).elementsEqual(label) {
                        trimmed = trimmed.dropLast(label.count)
                        changed = true
                    }
                }
            }
            guard trimmed.count >= 2, trimmed.count <= 6 else { return }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: trimmed)
            if let observation = observe(String(text)), observation.positionCount <= 4 { found.append(observation) }
        }
        for raw in text.unicodeScalars {
            let s = ScalarClass.folded(raw)
            if ScalarClass.isHan(s) || ScalarClass.isTextMask(s) || s == "·" {
                run.append(ScriptFolding.simplified(s))
            } else if !run.isEmpty {
                flush()
            }
        }
        if !run.isEmpty { flush() }
        return found
    }
}
