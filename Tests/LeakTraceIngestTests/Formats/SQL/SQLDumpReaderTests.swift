import XCTest
import LeakTraceCore
@testable import LeakTraceIngest

final class SQLDumpReaderTests: XCTestCase {
    let p = (0..<8).map(SyntheticPeople.phone)

    func testMySQLDumpWithCreateTableBackticksEscapesAndNull() throws {
        let dump = """
        -- MySQL dump 10.13
        /*!40101 SET NAMES utf8mb4 */;
        DROP TABLE IF EXISTS `orders`;
        CREATE TABLE `orders` (
          `id` int NOT NULL AUTO_INCREMENT,
          `receiver_name` varchar(32) DEFAULT NULL COMMENT '收件人, 姓名',
          `receiver_mobile` bigint DEFAULT NULL,
          `receiver_address` varchar(255),
          PRIMARY KEY (`id`),
          KEY `idx_mobile` (`receiver_mobile`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        LOCK TABLES `orders` WRITE;
        INSERT INTO `orders` VALUES (1,'\(SyntheticPeople.name(0))',\(p[1]),'\(SyntheticPeople.address(0))'),(2,'O\\'Neil; ''x''',1.3800000002E10,NULL),
        (3,'\(SyntheticPeople.name(2))',\(p[3]),'line\\nbreak');
        UNLOCK TABLES;
        """
        let (records, summary) = try SQLDumpReader().readAll(dump)
        XCTAssertEqual(summary.format, "sql")
        XCTAssertEqual(summary.records, 3)
        XCTAssertEqual(records.map(\.phone), [p[1], p[2], p[3]])
        XCTAssertEqual(records[0].name, SyntheticPeople.name(0))
        XCTAssertEqual(records[0].address, SyntheticPeople.address(0))
        XCTAssertEqual(records[1].cells, ["2", "O'Neil; 'x'", p[2], ""])
        XCTAssertNil(records[1].address, "NULL is an empty cell")
        XCTAssertEqual(records[2].address, "line\nbreak")
        XCTAssertEqual(records.map(\.number), [1, 2, 3])
        XCTAssertTrue(records[0].seen.hasPrefix("orders: (1,"), records[0].seen)
    }

    func testColumnListInTheInsertAndContentWhenNamesSayNothing() throws {
        let dump = """
        INSERT INTO t (c1, "c2", [c3]) VALUES ('\(SyntheticPeople.address(1))', '\(p[4])', N'\(SyntheticPeople.name(1))');
        INSERT INTO t (c1, "c2", [c3]) VALUES ('\(SyntheticPeople.address(3))', '\(p[5])', '\(SyntheticPeople.name(3))');
        """
        let (records, _) = try SQLDumpReader().readAll(dump)
        XCTAssertEqual(records.map(\.phone), [p[4], p[5]])
        XCTAssertEqual(records.map(\.name), [SyntheticPeople.name(1), SyntheticPeople.name(3)])
        XCTAssertEqual(records.map(\.address), [SyntheticPeople.address(1), SyntheticPeople.address(3)])
    }

    func testATruncatedDumpKeepsTheTuplesBeforeTheBreak() throws {
        let dump = "INSERT INTO `t` (`name`,`phone`) VALUES ('\(SyntheticPeople.name(0))','\(p[6])'),\n('\(SyntheticPeople.name(1))','1380"
        let (records, summary) = try SQLDumpReader().readAll(dump)
        XCTAssertEqual(records.map(\.phone), [p[6]])
        XCTAssertEqual(summary.skipped, ["malformed": 1])
        XCTAssertEqual(summary.skippedSamples["malformed"], [2])
    }
}
