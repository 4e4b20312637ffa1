import LeakTraceCore

/// Which ``FakeObjectAllocator`` places the plan's direct canaries (`leaktrace plan --allocator`).
///
/// ```swift
/// let allocator = AllocatorKind.sMax.make(model: model, holders: holders)
/// AllocatorKind(rawValue: "e-optimal")   // .eOptimal, the default
/// ```
public enum AllocatorKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Lowers the sum of relative overlaps fastest (the paper's sum-objective).
    case eOptimal = "e-optimal"
    /// Keeps the largest relative overlap as small as possible (the paper's max-objective).
    case sMax = "s-max"

    public func make(model: HoldingsModel, holders: [EntityID: Set<EntityID>] = [:]) -> any FakeObjectAllocator {
        switch self {
        case .eOptimal: return EOptimalAllocator(model: model, holders: holders)
        case .sMax: return SMaxAllocator(model: model, holders: holders)
        }
    }
}
