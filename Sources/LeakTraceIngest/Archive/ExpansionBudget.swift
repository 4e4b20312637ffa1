/// What is left of one container's expansion allowance while its members are inflated.
///
/// ```swift
/// var budget = ExpansionBudget(limits: .standard, containerBytes: bytes.count)
/// let sheet = try archive.extract(member, budget: &budget)   // throws once the allowance is spent
/// ```
struct ExpansionBudget {
    let limits: ExpansionLimits
    /// Bytes the container may still yield.
    private(set) var remaining: Int

    init(limits: ExpansionLimits, containerBytes: Int) {
        self.limits = limits
        self.remaining = limits.totalCap(forContainerBytes: containerBytes)
    }

    /// The most the next member may yield: its own ratio cap, within what the container has left.
    func allowance(forCompressedBytes compressed: Int) -> (bytes: Int, bindingLimit: String) {
        let member = limits.memberCap(forCompressedBytes: compressed)
        return member <= remaining
            ? (member, "\(limits.maxRatio)× its compressed size")
            : (remaining, "the container's limit of min(\(limits.maxTotalBytes) bytes, \(limits.maxRatio)× its size)")
    }

    mutating func spend(_ bytes: Int) {
        remaining -= bytes
    }
}

extension ExpansionBudget {
    /// The budget of an archive found inside this container: its own limits, within what is left here.
    func nested(containerBytes: Int) -> ExpansionBudget {
        var inner = ExpansionBudget(limits: limits, containerBytes: containerBytes)
        inner.remaining = min(inner.remaining, remaining)
        return inner
    }
}
