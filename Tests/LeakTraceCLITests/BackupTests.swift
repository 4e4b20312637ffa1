import Foundation
import LeakTraceCore
import XCTest

/// `leaktrace backup` and `restore`: a restored registry verifies (audit log, report signatures),
/// the key travels only when asked, nothing is overwritten, and a backup taken during a plant is
/// consistent.
final class BackupTests: XCTestCase {
    private let playbook = LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path

    /// A registry with a plant, a matched case and a signed report.
    private func prepare(_ work: WorkFolder) throws -> [String: String] {
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try succeed(["init", "--playbook", playbook], work, env)
        try succeed(["plant", "--entity", "branch-1", "--count", "200", "--synthetic-phones", "--out", "a.csv"], work, env)
        let rows = try String(contentsOf: work.file("a.csv"), encoding: .utf8).split(whereSeparator: \.isNewline)
        try (rows.prefix(60).joined(separator: "\n") + "\n").write(to: work.file("seized.csv"), atomically: true, encoding: .utf8)
        try succeed(["match", "seized.csv", "--case", "c1", "--json", "m.json"], work, env)
        try succeed(["report", "--case", "c1", "--out", "report"], work, env)
        return env
    }

    func testBackupWithoutKeyRestoresAndVerifiesOnceTheKeyIsBeside() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = try prepare(work)
        let backup = try succeed(["backup", "--out", "r.backup"], work, env)
        XCTAssertTrue(backup.stdout.contains("integrity ok, 1 plants, 200 canaries"), backup.stdout)
        XCTAssertTrue(backup.stderr.contains("was not copied"), "the user is told the key is theirs to keep: \(backup.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.file("r.backup.key").path))
        XCTAssertEqual(try mode(work.file("r.backup")), 0o600)
        XCTAssertEqual(try Data(contentsOf: work.file("r.backup")).prefix(16), Data("SQLite format 3\0".utf8))

        let restored = try succeed(["restore", "r.backup", "--registry", "new.db"], work, env)
        XCTAssertTrue(restored.stdout.contains("audit log intact"), restored.stdout)
        XCTAssertTrue(restored.stderr.contains("no key restored"), restored.stderr)
        XCTAssertEqual(try mode(work.file("new.db")), 0o600)
        let keyless = try LeakTraceBinary.run(["audit", "verify", "--registry", "new.db"], in: work.url)
        XCTAssertNotEqual(keyless.status, 0, "without its key the restored registry cannot be used")
        XCTAssertTrue(keyless.stderr.contains("new.db.key"), keyless.stderr)

        try FileManager.default.copyItem(at: work.file("r.db.key"), to: work.file("new.db.key"))
        let audit = try succeed(["audit", "verify", "--registry", "new.db"], work, env)
        XCTAssertTrue(audit.stdout.contains("audit log intact"), audit.stdout)
        let verified = try succeed(["verify", "report", "--registry", work.file("new.db").path], work, env)
        XCTAssertTrue(verified.stdout.contains("the signature holds"), verified.stdout)
        XCTAssertEqual(try succeed(["plants", "--registry", "new.db"], work, env).stdout,
                       try succeed(["plants"], work, env).stdout, "the restored registry lists the same plants")
        // The restored registry works on: a report of the old case written from it verifies too.
        try succeed(["report", "--case", "c1", "--out", "report-again", "--registry", "new.db"], work, env)
        try succeed(["verify", "report-again", "--registry", work.file("r.db").path], work, env)
    }

    func testBackupWithKeyRestoresReadyToUse() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = try prepare(work)
        let backup = try succeed(["backup", "--out", "r.backup", "--with-key"], work, env)
        XCTAssertTrue(backup.stdout.contains("key copied to"), backup.stdout)
        XCTAssertEqual(try mode(work.file("r.backup.key")), 0o600)
        XCTAssertEqual(try Data(contentsOf: work.file("r.backup.key")), try Data(contentsOf: work.file("r.db.key")))

        let restored = try succeed(["restore", "r.backup", "--registry", "new.db"], work, env)
        XCTAssertTrue(restored.stdout.contains("key installed at"), restored.stdout)
        try succeed(["verify", "report", "--registry", work.file("new.db").path], work, env)
        try succeed(["plant", "--entity", "branch-2", "--count", "5", "--synthetic-phones", "--out", "b.csv", "--registry", "new.db"], work, env)
        XCTAssertTrue(try succeed(["audit", "verify", "--registry", "new.db"], work, env).stdout.contains("audit log intact"))
    }

    func testNothingIsOverwrittenAndJunkIsRefusedInOneLine() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = try prepare(work)
        try succeed(["backup", "--out", "r.backup"], work, env)
        try assertOneLineFailure(["backup", "--out", "r.backup"], work, env, mentions: ["r.backup", "already exists"])
        try assertOneLineFailure(["restore", "r.backup"], work, env, mentions: ["r.db", "already exists"])
        try "not a database at all\n".write(to: work.file("junk.db"), atomically: true, encoding: .utf8)
        try assertOneLineFailure(["restore", "junk.db", "--registry", "x.db"], work, env, mentions: ["junk.db", "not a LeakTrace registry backup"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.file("x.db").path), "a failed restore leaves nothing")
        try assertOneLineFailure(["restore", "missing.backup", "--registry", "y.db"], work, env, mentions: ["missing.backup"])
    }

    func testARestoreRefusesABackupWhoseAuditLogWasEdited() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { throw XCTSkip("needs the sqlite3 shell to tamper") }
        let work = try WorkFolder()
        defer { work.remove() }
        let env = try prepare(work)
        try succeed(["backup", "--out", "r.backup"], work, env)
        let edit = try LeakTraceBinary.bash("sqlite3 r.backup \"UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1\"", in: work.url)
        XCTAssertEqual(edit.status, 0, edit.stderr)
        try assertOneLineFailure(["restore", "r.backup", "--registry", "t.db"], work, env, mentions: ["audit log is broken", "entry 1"])
    }

    func testABackupTakenWhilePlantingHoldsWholePlantsOnly() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = try prepare(work)
        let planting = try LeakTraceProcess(
            ["plant", "--entity", "branch-2", "--count", "2000", "--synthetic-phones", "--out", "b.csv"], in: work.url, environment: env)
        usleep(700_000)
        let backup = try succeed(["backup", "--out", "mid.backup", "--with-key"], work, env)
        XCTAssertTrue(planting.isRunning, "the backup did not wait for the plant (online backup)")
        XCTAssertEqual(try planting.finish().status, 0)
        XCTAssertTrue(backup.stdout.contains("1 plants, 200 canaries") || backup.stdout.contains("2 plants, 2200 canaries"), backup.stdout)
        try succeed(["restore", "mid.backup", "--registry", "mid.db"], work, env)
        let listed = try succeed(["plants", "--check", "--registry", "mid.db"], work, env).stdout
        XCTAssertTrue(listed.contains("registry sound: integrity ok"), listed)
    }

    // MARK: - Helpers

    private func mode(_ url: URL) throws -> Int {
        try XCTUnwrap((try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue) & 0o777
    }

    private func assertOneLineFailure(_ arguments: [String], _ work: WorkFolder, _ env: [String: String], mentions: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try LeakTraceBinary.run(arguments, in: work.url, environment: env)
        XCTAssertNotEqual(result.status, 0, "\(arguments) should fail", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line expected: \(result.stderr)", file: file, line: line)
        for word in mentions {
            XCTAssertTrue(result.stderr.contains(word), "'\(result.stderr)' should mention \(word)", file: file, line: line)
        }
    }
}
