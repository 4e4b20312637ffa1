/// Chinese numerals in the numbered parts of an address (三单元, 二〇一室, 十二栋, 一百零五号),
/// rewritten as ASCII digits so they compare with the digits a canary was planted with.
///
/// A run of numerals is rewritten only when an address marker follows it (栋 单元 室 号 弄 门 层 楼
/// 组 户 房 座 幢 `-`): 科技二路, 五里镇 and 十字街 are names and stay as written.
///
/// ```swift
/// var s = Array("三单元二〇一室".unicodeScalars)
/// ChineseNumerals.rewrite(&s)        // "3单元201室"
/// ChineseNumerals.value(of: Array("一百零五".unicodeScalars)[...])   // 105
/// ```
enum ChineseNumerals {
    /// The digit a numeral stands for; 十 百 千 are multipliers, not digits.
    @inline(__always)
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零", "○": 0
        case "一", "壹", "幺": 1
        case "二", "两", "贰": 2
        case "三", "叁": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

    @inline(__always)
    static func multiplier(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "十", "拾": 10
        case "百", "佰": 100
        case "千", "仟": 1000
        default: nil
        }
    }

    @inline(__always)
    static func isNumeral(_ s: Unicode.Scalar) -> Bool { digit(s) != nil || multiplier(s) != nil }

    /// A run read the two ways people write it: place-value (十二, 一百零五) when a multiplier
    /// occurs, else digit by digit (二〇一, 三〇二).
    static func value(of run: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !run.isEmpty else { return nil }
        if !run.contains(where: { multiplier($0) != nil }) {
            var value = 0
            for s in run {
                guard let d = digit(s) else { return nil }
                value = value * 10 + d
            }
            return value
        }
        var total = 0
        var pending: Int?
        for s in run {
            if let d = digit(s) {
                pending = d
            } else if let m = multiplier(s) {
                total += (pending ?? 1) * m   // 十二: a bare 十 is ten
                pending = nil
            } else {
                return nil
            }
        }
        return total + (pending ?? 0)
    }

    /// Scalars that make a preceding numeral run a number rather than part of a name.
    static func isMarker(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "栋", "幢", "座", "单", "室", "号", "弄", "门", "层", "楼", "组", "户", "房", "-": true
        default: false
        }
    }

    /// Whether 门 at `index` closes a door (unit) number, as in 三门二〇一 or 2门-301, rather than
    /// being part of a name: 三门峡市, 三门县 and 三门路 are places, not the third door.
    static func isDoorNumberEnd(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        let next = index + 1
        guard next < scalars.count else { return true }
        let s = scalars[next]
        return isNumeral(s) || (s.value >= 0x30 && s.value <= 0x39) || s == "-" || s == "*" || s == "室" || s == "房"
    }

    /// Rewrites every numeral run that an address marker follows (or that sits between a marker
    /// and the end, as in 2单元二〇一) into ASCII digits, in place.
    static func rewrite(_ scalars: inout [Unicode.Scalar]) {
        guard scalars.contains(where: isNumeral) else { return }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            guard isNumeral(scalars[i]) else {
                out.append(scalars[i])
                i += 1
                continue
            }
            var j = i
            while j < scalars.count, isNumeral(scalars[j]) { j += 1 }
            let followedByMarker = j < scalars.count && isMarker(scalars[j])
                && (scalars[j] != "门" || isDoorNumberEnd(scalars, after: j))
            // A bare room number at the very end (2单元二〇一), after a unit or building marker.
            let trailingRoom = j == scalars.count && i > 0 && (scalars[i - 1] == "元" || scalars[i - 1] == "门" || scalars[i - 1] == "-")
            if followedByMarker || trailingRoom, let value = value(of: scalars[i..<j]) {
                out.append(contentsOf: String(value).unicodeScalars)
            } else {
                out.append(contentsOf: scalars[i..<j])
            }
            i = j
        }
        scalars = out
    }
}
