/// Removes the unit and room from an address's text, as GB/T 41833-2022 waybills must hide them.
///
/// It recognises the endings the generator writes (and couriers print): `2单元301室`, `301室`,
/// `3门401`, `2单元401`. Addresses without such an ending (rural 3组15号, 胡同12号) are unchanged.
///
/// ```swift
/// AddressMasking.removingUnitAndRoom("杭州市西湖区文三路128号翠苑新村5幢2单元301室")   // "...翠苑新村5幢"
/// AddressMasking.removingUnitAndRoom("天津市和平区安华里3号楼2门401")               // "...安华里3号楼"
/// ```
public enum AddressMasking {
    public static func removingUnitAndRoom(_ address: String) -> String {
        var scalars = Array(address.unicodeScalars)
        // Room: digits followed by 室, or bare digits after a unit marker.
        if scalars.last == "室" {
            let digitsStart = startOfTrailingDigits(scalars, before: scalars.count - 1)
            if digitsStart < scalars.count - 1 { scalars.removeSubrange(digitsStart...) }
        } else {
            let digitsStart = startOfTrailingDigits(scalars, before: scalars.count)
            if digitsStart < scalars.count, endsWithUnitMarker(scalars, at: digitsStart) {
                scalars.removeSubrange(digitsStart...)
            }
        }
        // Unit: digits followed by 单元 or 门.
        if endsWithUnitMarker(scalars, at: scalars.count) {
            let markerLength = scalars.last == "门" ? 1 : 2
            let digitsStart = startOfTrailingDigits(scalars, before: scalars.count - markerLength)
            if digitsStart < scalars.count - markerLength { scalars.removeSubrange(digitsStart...) }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    private static func startOfTrailingDigits(_ scalars: [Unicode.Scalar], before end: Int) -> Int {
        var index = end
        while index > 0, ("0"..."9").contains(scalars[index - 1]) { index -= 1 }
        return index
    }

    /// Whether the scalars just before `end` are 单元 or 门 preceded by a digit.
    private static func endsWithUnitMarker(_ scalars: [Unicode.Scalar], at end: Int) -> Bool {
        if end >= 3, scalars[end - 2] == "单", scalars[end - 1] == "元", ("0"..."9").contains(scalars[end - 3]) { return true }
        if end >= 2, scalars[end - 1] == "门", ("0"..."9").contains(scalars[end - 2]) { return true }
        return false
    }
}
