#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LeakTraceCore

/// An advisory lock beside the registry (`<registry>.plant-lock`) that tells a plant in progress
/// from an interrupted one.
///
/// ```swift
/// let lock = try PlantLock.shared(registryPath: "case.db")       // every plant holds it to the end
/// if let sole = try PlantLock.exclusive(registryPath: "case.db") {  // no plant is running anywhere
///     // plants still at `recorded` were interrupted
/// }
/// ```
/// Between its commit and its export a plant sits at status `recorded`, exactly like one whose
/// process died there. Every plant holds the lock shared; taking it exclusively proves none is
/// running. The kernel drops the lock when its holder dies (kill -9 included), so a crash never
/// leaves it taken.
public final class PlantLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    public static func path(registryPath: String) -> String { registryPath + ".plant-lock" }

    /// Waits for a roll-back in progress, then holds the lock alongside other plants.
    public static func shared(registryPath: String) throws -> PlantLock {
        let descriptor = try openLockFile(registryPath)
        while flock(descriptor, LOCK_SH) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw LeakTraceError.registry("cannot lock \(path(registryPath: registryPath))")
            }
        }
        return PlantLock(descriptor: descriptor)
    }

    /// The lock to itself, or nil at once when some process is planting.
    public static func exclusive(registryPath: String) throws -> PlantLock? {
        let descriptor = try openLockFile(registryPath)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return PlantLock(descriptor: descriptor)
    }

    private static func openLockFile(_ registryPath: String) throws -> Int32 {
        let lockPath = path(registryPath: registryPath)
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LeakTraceError.registry("cannot open \(lockPath): \(String(cString: strerror(errno)).lowercased())")
        }
        return descriptor
    }
}
