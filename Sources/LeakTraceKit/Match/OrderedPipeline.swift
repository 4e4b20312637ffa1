import Dispatch
import Foundation

/// Runs a step on pieces of work on every core and hands the results back in the order the pieces
/// were submitted, on the submitting thread: what the step does is parallel, what the results
/// feed (counts, the hit list) stays sequential and so identical to a one-thread run.
///
/// ```swift
/// let pipeline = OrderedPipeline<[Int], Int>(width: 2) { $0.reduce(0, +) }
/// var sums: [Int] = []
/// pipeline.submit([1, 2]) { sums.append($0) }
/// pipeline.submit([3]) { sums.append($0) }
/// pipeline.finish { sums.append($0) }   // sums == [3, 3]
/// ```
/// At most `2 × width` pieces are in flight, so memory stays bounded however long the input.
final class OrderedPipeline<Work: Sendable, Output: Sendable>: @unchecked Sendable {
    private let step: @Sendable (Work) -> Output
    private let capacity: Int
    private let queue = DispatchQueue(label: "leaktrace.match.pipeline", attributes: .concurrent)
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var done: [Int: Output] = [:]
    // Touched by the submitting thread only.
    private var submitted = 0
    private var delivered = 0

    init(width: Int, step: @escaping @Sendable (Work) -> Output) {
        self.step = step
        self.capacity = max(1, width) * 2
    }

    /// Queues `work`; first hands over, in order, every result already done, and waits for the
    /// oldest when `capacity` pieces are in flight.
    func submit(_ work: Work, deliver: (Output) throws -> Void) rethrows {
        try drain(waitingWhileAtLeast: capacity, deliver: deliver)
        let sequence = submitted
        submitted += 1
        queue.async { [step, condition] in
            let output = step(work)
            condition.lock()
            self.done[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
        try drain(waitingWhileAtLeast: Int.max, deliver: deliver)
    }

    /// Waits for every piece and hands over the remaining results in order.
    func finish(deliver: (Output) throws -> Void) rethrows {
        try drain(waitingWhileAtLeast: 1, deliver: deliver)
    }

    /// Delivers results in order; waits for the next one while `limit` or more pieces are in flight.
    private func drain(waitingWhileAtLeast limit: Int, deliver: (Output) throws -> Void) rethrows {
        while delivered < submitted {
            condition.lock()
            var output = done.removeValue(forKey: delivered)
            while output == nil && submitted - delivered >= limit {
                condition.wait()
                output = done.removeValue(forKey: delivered)
            }
            condition.unlock()
            guard let ready = output else { return }
            delivered += 1
            try deliver(ready)
        }
    }
}
