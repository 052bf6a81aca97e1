import BacklogCommands
import Foundation
import Testing

/// `backlog report` end to end on the seed-42 district, stored once by `backlog demo` (screened)
/// with the commands' fixed clock, 24.11.2026.
@Suite("The report command", .serialized)
struct ReportCommandTests {
  static let dir: String = {
    let d = NSTemporaryDirectory() + "backlog-report-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
  }()

  /// The district's database, made once by the first test that needs it.
  static let district = Task<String, Never> {
    let db = dir + "/district.sqlite"
    let rc = await run(["demo", "--seed", "42", "--today", "2026-11-24", "--checklists", CommandLineTests.checklists, "--db", db])
    precondition(rc == 0, "demo failed")
    return db
  }

  static func run(_ args: [String]) async -> Int32 {
    await CommandEnvironment.$current.withValue(CommandLineTests.environment) { await Backlog.run(arguments: args) }
  }

  /// Runs `report NAME` into a file; returns the exit code and the file's bytes.
  func report(_ name: String, _ format: String, _ extra: [String] = []) async -> (Int32, Data) {
    let out = Self.dir + "/\(name)-\(format)-\(UUID().uuidString)"
    let rc = await Self.run(["report", name, "--format", format, "--out", out, "--db", await Self.district.value] + extra)
    return (rc, FileManager.default.contents(atPath: out) ?? Data())
  }

  func json(_ name: String, _ extra: [String] = []) async throws -> [String: Any] {
    let (rc, data) = await report(name, "json", extra)
    #expect(rc == 0)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static let available = ["throughput", "backlog", "cycle-time", "forecast", "screening", "referrals", "abh"]

  @Test("every report exits 0 in JSON, CSV and HTML: CSV with BOM and semicolons, HTML with SVG charts")
  func everyReport() async throws {
    for name in Self.available {
      let office = name == "abh" ? ["--office", "ABH"] : []
      let (j, jd) = await report(name, "json", office)
      #expect(j == 0 && (try? JSONSerialization.jsonObject(with: jd)) != nil, "\(name) json")
      let (c, cd) = await report(name, "csv", office)
      #expect(c == 0 && cd.starts(with: [0xEF, 0xBB, 0xBF]) && cd.contains(UInt8(ascii: ";")), "\(name) csv")
      let (h, hd) = await report(name, "html", office)
      let html = String(decoding: hd, as: UTF8.self)
      #expect(h == 0 && html.contains("<svg") && html.contains("</html>"), "\(name) html")
    }
  }

  @Test("an unknown report exits with 1, an unknown format with 2")
  func unknown() async {
    #expect(await report("nope", "json").0 == 1)
    #expect(await Self.run(["report", "throughput", "--format", "pdf", "--db", await Self.district.value]) == 2)
  }

  @Test("--team limits throughput, backlog and cycle-time to one team; other reports refuse it")
  func team() async throws {
    let kim = try await json("throughput", ["--team", "kim"])
    let months = try #require(kim["months"] as? [[String: Any]])
    #expect(kim["team"] as? String == "kim")
    #expect(months.allSatisfy { ($0["closed_by_team"] as? [String: Int])?["regular"] == 0 })
    #expect(await report("forecast", "json", ["--team", "kim"]).0 == 1)
    #expect(await Self.run(["report", "backlog", "--team", "nobody", "--db", await Self.district.value]) == 2)
  }

  @Test("--municipality limits a report to one town's files: the towns' open files add up to the district's")
  func municipality() async throws {
    let all = try await json("backlog")
    let siegburg = try await json("backlog", ["--municipality", "Sankt Augustin"])
    #expect(siegburg["municipality"] as? String == "Sankt Augustin" && all["municipality"] == nil)
    let open = { (j: [String: Any]) in j["open"] as? Int ?? -1 }
    #expect(open(siegburg) > 0 && open(siegburg) < open(all))
    #expect(open(try await json("backlog", ["--municipality", "Nirgendwo"])) == 0)
    let (rc, csv) = await report("committee", "csv", ["--municipality", "Sankt Augustin"])
    #expect(rc == 0 && String(decoding: csv, as: UTF8.self).hasPrefix("\u{FEFF}Kommune: Sankt Augustin\r\n"))
    #expect(await Self.run(["report", "backlog", "--municipality", "", "--db", await Self.district.value]) == 2)
  }

  @Test("referrals: the demo district's referrals show as sent, resolved and open, with days to resolve")
  func referrals() async throws {
    let r = try await json("referrals")
    #expect(r["report"] as? String == "referrals")
    let months = try #require(r["months"] as? [[String: Any]])
    #expect(months.count == 24)
    #expect(months.reduce(0) { $0 + ($1["sent"] as? Int ?? 0) } > 20)
    #expect(months.reduce(0) { $0 + ($1["resolved"] as? Int ?? 0) } > 5)
    #expect((r["open"] as? Int ?? 0) > 0)
    #expect(((r["days_to_resolve"] as? [String: Any])?["median"] as? Int ?? 0) > 0)
  }

  @Test("backlog: 2,560 open files on 24.11.2026, 1,930 past three months (§ 75 VwGO), 126 past two years")
  func backlog() async throws {
    let r = try await json("backlog")
    #expect(r["as_of"] as? String == "2026-11-24" && r["open"] as? Int == 2_560)
    #expect(r["past_3_months"] as? Int == 1_930 && r["past_1_year"] as? Int == 508 && r["past_2_years"] as? Int == 126)
    let oldest = try #require(r["oldest"] as? [[String: Any]])
    #expect(oldest.count == 10 && oldest[0]["file_no"] as? String == "EBH-2023-01072")
  }

  @Test("cycle time over the 24 months to 24.11.2026: 4,354 decisions, median 310 days, p80 364, p90 584")
  func cycleTime() async throws {
    let overall = try #require(try await json("cycle-time")["overall"] as? [String: Any])
    #expect(overall["count"] as? Int == 4_354 && overall["median"] as? Int == 310)
    #expect(overall["p80"] as? Int == 364 && overall["p90"] as? Int == 584)
  }

  @Test("forecast: the same 2,560 open files, 8 clerks, cleared in 55 weeks (50 %) and 56 weeks (85 %)")
  func forecast() async throws {
    let r = try await json("forecast")
    #expect(r["open"] as? Int == 2_560 && r["littles_law_date"] as? String == "2027-12-08")
    let current = try #require((r["scenarios"] as? [[String: Any]])?.first)
    #expect(current["clerks"] as? Int == 8 && current["weeks_50"] as? Int == 55 && current["weeks_85"] as? Int == 56)
  }

  @Test("bench --reports times every report over a stored demo district")
  func bench() async {
    #expect(await Self.run(["bench", "--files", "50", "--rescreen-files", "0", "--reports", "300", "--checklists", CommandLineTests.checklists]) == 0)
  }
}
