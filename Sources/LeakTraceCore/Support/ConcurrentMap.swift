import Dispatch

/// `body(i)` for every `i` in `0..<count`, on every core, the results in index order: the same
/// array a plain `map` gives, whatever the number of cores.
///
/// ```swift
/// let parsed = concurrentMap(count: chunks.count) { parse(chunks[$0]) }
/// let opened = concurrentMap(count: blobs.count) { i in Result { try open(blobs[i]) } }
/// ```
/// For a few large pieces of independent work (chunks of a million canaries, a table each); each
/// call writes only its own element.
public func concurrentMap<T>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    var out = [T?](repeating: nil, count: count)
    out.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let buffer = buffer
        DispatchQueue.concurrentPerform(iterations: count) { buffer[$0] = body($0) }
    }
    return out.map { $0! }
}

/// `concurrentMap` over `items` in chunks of `chunk`, flattened back: `items.map(transform)`.
public func concurrentMap<C: RandomAccessCollection & Sendable, T>(_ items: C, chunk: Int, _ transform: @Sendable (C.Element) -> T) -> [T] where C.Index == Int, C.SubSequence: Sendable {
    guard items.count > chunk else { return items.map(transform) }
    let start = items.startIndex
    return concurrentMap(count: (items.count + chunk - 1) / chunk) { c in
        items[(start + c * chunk)..<min(items.endIndex, start + (c + 1) * chunk)].map(transform)
    }.flatMap { $0 }
}
