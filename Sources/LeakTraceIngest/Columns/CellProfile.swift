import Foundation

/// Whether a cell's content looks like a phone number, a Chinese name or an address: how columns
/// are recognised when a list has no header. Judged per cell, scored per column.
///
/// ```swift
/// CellProfile.isPhoneLike("+86 138-0013-8000")   // true
/// CellProfile.isPhoneLike("138****5678")         // true: masked numbers are phones too
/// CellProfile.isNameLike("张*明")                 // true
/// CellProfile.isAddressLike("浙江省杭州市西湖区文三路 90 号") // true
/// ```
/// These are cheap scans of Unicode scalars, no regular expressions: they run on a sample only,
/// but the same checks may later run on every cell.
public enum CellProfile {
    /// Eleven digits starting with 1 once separators and a +86/0086 prefix are removed; up to seven may be
    /// masked (`*`, `x`, `X`, `#`). A virtual number's extension (`转1234`) is allowed after it.
    public static func isPhoneLike(_ cell: String) -> Bool {
        guard cell.utf8.count <= 48 else { return false }
        var symbols: [UInt8] = []   // digits as ASCII, masks as '*'
        symbols.reserveCapacity(16)
        scan: for scalar in cell.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: symbols.append(UInt8(scalar.value))
            case 0xFF10...0xFF19: symbols.append(UInt8(scalar.value - 0xFF10 + 0x30))   // full-width digits
            case 0x2A, 0x78, 0x58, 0x23, 0xFF0A, 0xD7: symbols.append(0x2A)                // * x X # ＊ ×
            case 0x20, 0x2D, 0x28, 0x29, 0x2B, 0x3000, 0x2E, 0x09, 0xFF0B, 0xFF0D: continue  // separators, +
            case 0x8F6C: break scan                                                     // 转: extension follows
            default: return false
            }
        }
        if symbols.count == 15, symbols.starts(with: Array("0086".utf8)) { symbols.removeFirst(4) }
        if symbols.count == 13, symbols.starts(with: Array("86".utf8)) { symbols.removeFirst(2) }
        guard symbols.count == 11, symbols[0] == 0x31 else { return false }
        let visible = symbols.filter { $0 != 0x2A }.count
        return visible >= 4
    }

    /// Two to four Han characters (masks allowed; a surname alone before 先生/女士/小姐), starting with a common
    /// surname or a mask, and not ending like a place (省/市/区…), so a city column is not taken for names.
    public static func isNameLike(_ cell: String) -> Bool {
        var text = cell.trimmingCharacters(in: .whitespaces)
        var shortest = 2
        for honorific in ["先生", "女士", "小姐"] where text.hasSuffix(honorific) && text.count > 2 {
            text.removeLast(2)
            shortest = 1   // 王先生: the surname alone is a name on a waybill
        }
        let scalars = Array(text.unicodeScalars)
        guard (shortest...4).contains(scalars.count) else { return false }
        var han = 0
        for scalar in scalars {
            if isHan(scalar) { han += 1 } else if !isMask(scalar) { return false }
        }
        guard han >= 1, !placeSuffixes.contains(scalars[scalars.count - 1]) else { return false }
        return isMask(scalars[0]) || commonSurnames.contains(scalars[0])
    }

    /// Six or more characters, mostly Han, with at least one of the words addresses are built from.
    public static func isAddressLike(_ cell: String) -> Bool {
        var count = 0
        var han = 0
        var marker = false
        for scalar in cell.unicodeScalars {
            count += 1
            if isHan(scalar) {
                han += 1
                if addressMarkers.contains(scalar) { marker = true }
            }
        }
        return count >= 6 && han >= 4 && marker
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2EBEF: true
        default: false
        }
    }

    static func isMask(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "＊" || scalar == "×" || scalar == "某"
    }

    static let placeSuffixes = Set("省市区县镇乡村路街道".unicodeScalars)
    static let addressMarkers = Set("省市区县镇乡村路街道号弄巷栋幢楼室苑园庄屯".unicodeScalars)

    /// The most common Chinese surnames (about 85% of the population), as a plausibility check only;
    /// the matcher's name comparison does not depend on this list.
    static let commonSurnames = Set((
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
        + "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        + "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
        + "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
        + "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    ).unicodeScalars)
}
