/// How far a compressed container (a .zip archive, an .xlsx workbook) may expand before reading stops:
/// the guard against zip bombs, whose few kilobytes inflate to gigabytes.
///
/// ```swift
/// let limits = ExpansionLimits.standard
/// limits.totalCap(forContainerBytes: 10_000)   // 2_000_000: 200 × the file, at most 1 GiB
/// let intake = EvidenceIntake(limits: ExpansionLimits(maxTotalBytes: 64 << 20, maxRatio: 100))
/// ```
/// Both bounds are checked while inflating, on the bytes actually produced: the sizes an archive
/// declares are written by whoever made it and are never trusted.
public struct ExpansionLimits: Sendable, Equatable {
    /// No container yields more than this many bytes in all.
    public var maxTotalBytes: Int
    /// Neither a container as a whole nor any one member may expand more than this many times.
    public var maxRatio: Int
    /// Small members may always expand this far, so a tiny but well-compressed list is not refused.
    public var minimumAllowance: Int

    public init(maxTotalBytes: Int = 1 << 30, maxRatio: Int = 200, minimumAllowance: Int = 1 << 20) {
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.minimumAllowance = minimumAllowance
    }

    public static let standard = ExpansionLimits()

    /// The most a container of `bytes` bytes may yield in all.
    public func totalCap(forContainerBytes bytes: Int) -> Int {
        min(maxTotalBytes, max(minimumAllowance, bytes.multipliedReportingOverflow(by: maxRatio).partialValue))
    }

    /// The most one member of `compressedBytes` compressed bytes may yield.
    public func memberCap(forCompressedBytes compressedBytes: Int) -> Int {
        let (scaled, overflow) = compressedBytes.multipliedReportingOverflow(by: maxRatio)
        return overflow ? maxTotalBytes : min(maxTotalBytes, max(minimumAllowance, scaled))
    }
}
