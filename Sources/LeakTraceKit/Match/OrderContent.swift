/// Recognises order content in a cell, by deliberately simple, documented rules; any one suffices:
///
/// 1. an order word: `订单`, `商品`, `金额`, `实付`, `单号`;
/// 2. an amount: a digit after `¥`/`￥`, or `元` right after a digit (`¥59.90`, `128元`);
/// 3. a quantity: `×` followed by a digit (`充电宝×2`);
/// 4. an order or waybill number: a run of 12–32 ASCII letters and digits holding at least 12 digits
///    (`SF1234567890123`, a 19-digit platform order number), that is not a valid resident ID number.
///
/// ```swift
/// OrderContent.matches(Array("¥59.90".utf8))              // true
/// OrderContent.matches(Array("北京市朝阳区建国路88号".utf8))  // false
/// ```
/// Phone cells are never passed in (`CarriedFields` skips them): a `+86` number has 13 digits.
/// A compact timestamp (`20260101123045`) or a bank card number also reads as an order number; the
/// report presents the count as "order content", to be checked on the samples.
public enum OrderContent {
    static let words: [[UInt8]] = ["订单", "商品", "金额", "实付", "单号"].map { Array($0.utf8) }
    static let yen: [[UInt8]] = ["¥", "￥"].map { Array($0.utf8) }
    static let yuan = Array("元".utf8)
    static let times = Array("×".utf8)

    public static func matches<C: Collection<UInt8>>(_ text: C) -> Bool where C.Index == Int {
        let bytes = text
        guard !bytes.isEmpty else { return false }
        var previousDigit = false
        var runLength = 0, runDigits = 0, runStart = bytes.startIndex
        var index = bytes.startIndex
        func runIsOrderNumber(_ end: Int) -> Bool {
            guard (12...32).contains(runLength), runDigits >= 12 else { return false }
            return !(runLength == 18 && ResidentIDNumber.isValid(bytes[runStart..<end]))
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            let isDigit = (byte &- 0x30) < 10
            let isLetter = ((byte | 0x20) &- 0x61) < 26
            if isDigit || isLetter {
                if runLength == 0 { runStart = index }
                runLength += 1
                if isDigit { runDigits += 1 }
            } else {
                if runIsOrderNumber(index) { return true }
                runLength = 0
                runDigits = 0
                // One pass over the cell: each marker is tried only where its first byte is.
                if byte >= 0xC2 {
                    for word in words where byte == word[0] && starts(bytes, word, at: index) { return true }
                    if previousDigit, byte == yuan[0], starts(bytes, yuan, at: index) { return true }
                    for sign in yen where byte == sign[0] && starts(bytes, sign, at: index) && followedByDigit(bytes, index + sign.count) {
                        return true
                    }
                    if byte == times[0], starts(bytes, times, at: index), followedByDigit(bytes, index + times.count) { return true }
                }
            }
            previousDigit = isDigit
            index += 1
        }
        return runIsOrderNumber(bytes.endIndex)
    }

    private static func followedByDigit<C: Collection<UInt8>>(_ bytes: C, _ index: Int) -> Bool where C.Index == Int {
        index < bytes.endIndex && (bytes[index] &- 0x30) < 10
    }

    private static func starts<C: Collection<UInt8>>(_ bytes: C, _ word: [UInt8], at index: Int) -> Bool where C.Index == Int {
        guard index + word.count <= bytes.endIndex else { return false }
        for offset in 0..<word.count where bytes[index + offset] != word[offset] { return false }
        return true
    }
}
