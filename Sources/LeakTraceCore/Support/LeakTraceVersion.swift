/// The tool's version, printed in `--version` and stamped into every report.
public enum LeakTraceVersion {
    public static let current = "0.1.0"
    public static let toolName = "LeakTrace"
}
