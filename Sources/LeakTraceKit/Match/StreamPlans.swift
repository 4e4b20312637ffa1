import Foundation
import LeakTraceIngest

/// The stream plans worked out beside the hashing, by path, handed from that core to the matcher.
///
/// ```swift
/// let plans = StreamPlans()
/// DispatchQueue.global().async(group: group) { plans.prepare(paths) }
/// group.wait()
/// plans[path]   // StreamPlan?
/// ```
final class StreamPlans: @unchecked Sendable {
    private let lock = NSLock()
    private var plans: [String: StreamPlan] = [:]

    /// Plans every plain file; a file that cannot be read yet is simply left to the matcher.
    func prepare(_ paths: [String]) {
        for path in paths where ArchiveMemberPath(path) == nil {
            guard let plan = try? StreamPlan(path: path) else { continue }
            lock.lock()
            plans[path] = plan
            lock.unlock()
        }
    }

    subscript(path: String) -> StreamPlan? {
        lock.lock()
        defer { lock.unlock() }
        return plans[path]
    }
}
