@testable import LeakTraceCrypto

/// RFC 9162 §2.1 transcribed literally (concatenate, hash, recurse, find k by doubling), sharing
/// nothing with `MerkleTree` but SHA-256 itself, so the two can check each other.
enum ReferenceMerkle {
    static func sha256(_ bytes: [UInt8]) -> [UInt8] { Digest.hash(bytes, .sha256) }

    static func k(_ n: Int) -> Int {
        var k = 1
        while k * 2 < n { k *= 2 }
        return k
    }

    static func mth(_ d: [[UInt8]]) -> [UInt8] {
        switch d.count {
        case 0: return sha256([])
        case 1: return sha256([0x00] + d[0])
        default:
            let k = k(d.count)
            return sha256([0x01] + mth(Array(d[..<k])) + mth(Array(d[k...])))
        }
    }

    static func path(_ m: Int, _ d: [[UInt8]]) -> [[UInt8]] {
        guard d.count > 1 else { return [] }
        let k = k(d.count)
        if m < k { return path(m, Array(d[..<k])) + [mth(Array(d[k...]))] }
        return path(m - k, Array(d[k...])) + [mth(Array(d[..<k]))]
    }

    static func proof(_ m: Int, _ d: [[UInt8]]) -> [[UInt8]] {
        subproof(m, d, true)
    }

    private static func subproof(_ m: Int, _ d: [[UInt8]], _ b: Bool) -> [[UInt8]] {
        if m == d.count { return b ? [] : [mth(d)] }
        let k = k(d.count)
        if m <= k { return subproof(m, Array(d[..<k]), b) + [mth(Array(d[k...]))] }
        return subproof(m - k, Array(d[k...]), false) + [mth(Array(d[..<k]))]
    }
}
