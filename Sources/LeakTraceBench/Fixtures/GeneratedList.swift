import Foundation

/// A seized list the bench wrote: where, its size, and which canaries it carries.
///
/// ```swift
/// let list = try ListWriter(benchCase).csv(rows: 619_109, to: url)
/// print(list.rows, list.bytes, list.truth.count)
/// ```
struct GeneratedList: Sendable {
    let path: String
    let rows: Int
    let bytes: Int
    let truth: GroundTruth
}
