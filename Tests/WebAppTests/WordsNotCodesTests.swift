import CaseModel
import CaseStore
import DemoDistrict
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// Issue 13, "words, not codes; German, not English": every page of every role in German mode,
/// over a realistic file set (the demo generator's files beside the test world's), and the
/// server's error messages, scanned for English words of the interface and raw codes of the
/// contract (status names, permit codes, rule ids, field paths). Tooltips (`title`) and `<small>`
/// may carry ids; they are left out of the scan.
@Suite("Words, not codes; German, not English")
struct WordsNotCodesTests {
  static let english: Set<String> = [
    "the", "and", "not", "must", "expected", "required", "referral", "referrals", "file", "files", "date", "characters",
    "none", "yes", "no", "unknown", "queue", "save", "gap", "gaps", "missing", "met", "review", "closed", "open", "sent",
    "resolved", "returned", "declined", "withdrawn", "proposed", "accepted", "received", "granted", "refused", "pending",
    "invalid", "error", "found", "allowed", "only", "cannot", "with", "from", "to", "of", "is", "on", "at", "got",
  ]

  /// Visible text: without scripts, styles, `<small>` and tags (so without attributes).
  static func visible(_ html: String) -> String {
    var s = html
    for pattern in [#"<script[\s\S]*?</script>"#, #"<style[\s\S]*?</style>"#, #"<small[^>]*>[\s\S]*?</small>"#, #"<[^>]+>"#] {
      s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    for (entity, char) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
      s = s.replacingOccurrences(of: entity, with: char)
    }
    return s
  }

  static let codePatterns = [
    #"\b(?:STAG|AUFG)[0-9A-Z]*(?:-[0-9A-Z]+)+\b"#,  // rule ids
    #"\b[a-z]+(?:_[a-z0-9]+)+\b"#,  // snake-case codes and field names
    #"\b[a-z]+\.[a-z_]+(?:\.[a-z_]+)*\b"#,  // field paths
    #"\b(?:AufenthG|StAG)-[0-9]"#,  // legal bases and routes as codes
    #"\b[0-9a-f]{12,}\b"#,  // hashes (rule-set version)
  ]

  /// What a German page shows that it should not, with a little context.
  static func findings(_ html: String, allowed: Set<String>) -> [String] {
    let text = visible(html)
    var found: [String] = []
    for pattern in codePatterns {
      let regex = try! NSRegularExpression(pattern: pattern)
      for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        let hit = String(text[Range(m.range, in: text)!])
        if !allowed.contains(hit) { found.append("code \(hit)") }
      }
    }
    let words = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    for word in words where english.contains(word) && !allowed.contains(word) {
      found.append("English \(word): …\(context(text, word))…")
    }
    return found
  }

  static func context(_ text: String, _ word: String) -> String {
    guard let regex = try? NSRegularExpression(pattern: "\\b" + word + "\\b"),
      let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let at = Range(m.range, in: text)
    else { return word }
    let start = text.index(at.lowerBound, offsetBy: -30, limitedBy: text.startIndex) ?? text.startIndex
    let end = text.index(at.upperBound, offsetBy: 30, limitedBy: text.endIndex) ?? text.endIndex
    return text[start..<end].replacingOccurrences(of: "\n", with: " ")
  }

  static let demoFiles = DemoDistrict(seed: 7, today: TestWorld.today, fileCount: 60).generate()
    .filter { f in !TestWorld.files().contains { $0.fileNo == f.fileNo } }

  /// The test world plus 40 demo files (both offices, every stage, real facts).
  static func world() async throws -> TestWorld {
    let world = try await TestWorld()
    try world.database.importCaseFiles(demoFiles, actor: "test")
    return world
  }

  @Test("every page of every role in German: no English words, no raw codes outside tooltips and small print")
  func pages() async throws {
    let world = try await Self.world()
    try await APIReferralTests.giveConsent(world)
    let demoNos = Self.demoFiles.map(\.fileNo)
    try await world.app().test(.router) { client in
      // a referral through its whole loop, so referral pages show history and results
      let made = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: APIReferralTests.refer)
      let id = try #require(made.json["id"] as? Int)
      for body in [APIReferralTests.event("accept"), APIReferralTests.event("resolve", note: "VHS", facts: #"{"german": {"level": "A2"}}"#)] {
        _ = try await client.execute(uri: "/api/v1/referrals/\(id)/events", method: .post, headers: world.bearer(.caseManager), body: body)
      }
      var pages: [(Role, String)] = []
      for no in ["EBH-2026-00001", "EBH-2025-00002", "EBH-2020-00003"] + demoNos.filter({ $0.hasPrefix("EBH") }).prefix(12) {
        pages += [(.ebhClerk, Links.file(no)), (.ebhClerk, Links.file(no) + "/letter")]
      }
      for no in ["ABH-2025-00001"] + demoNos.filter({ $0.hasPrefix("ABH") }).prefix(8) { pages.append((.abhClerk, Links.file(no))) }
      pages += [
        (.ebhClerk, "/queue"), (.ebhClerk, "/queue?sort=received_on&dir=asc"), (.abhClerk, "/queue?sort=permit_104c_end"), (.ebhClerk, "/referrals"), (.ebhClerk, "/referrals/\(id)"),
        (.ebhClerk, "/queue?q=Becker"), (.abhClerk, "/queue"), (.abhClerk, "/referrals"),
        (.caseManager, "/referrals"), (.caseManager, "/referrals/\(id)"), (.caseManager, "/referrals/\(id)/sheet"),
        (.management, "/reports"), (.admin, "/admin/audit"), (.admin, "/admin/users"), (.admin, "/admin/lists"),
      ]
      var problems: [String] = []
      var browsers: [Role: Browser] = [:]
      for (role, uri) in pages {
        if browsers[role] == nil {
          var b = Browser(client: client)
          try await b.login(world.names[role]!, world.passwords[role]!)
          browsers[role] = b
        }
        let r = try await browsers[role]!.get(uri)
        // A closed file's letter is refused (409, a German page that is scanned too).
        #expect(r.status == .ok || (uri.hasSuffix("/letter") && r.status == .conflict), "\(uri)")
        let clerks = Set(Self.demoFiles.compactMap(\.clerk))
        let allowed: Set<String> = Set(world.names.values).union(["m.schmitz", "b.krause", "English", "example.org"]).union(clerks)
        problems += Self.findings(r.text, allowed: allowed).map { "\(role.rawValue) \(uri): \($0)" }
      }
      #expect(problems.isEmpty, "\(problems.prefix(60).joined(separator: "\n"))")
    }
  }

  @Test("the server's error messages on German pages are German")
  func messages() async throws {
    let world = try await Self.world()
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await clerk.get("/files/EBH-2026-00001")
      var responses: [(String, TestResponse)] = []
      responses.append(("bad date", try await clerk.post("/files/EBH-2026-00001/facts", [("version", "1"), ("german_on", "31.02.2024")])))
      responses.append(("long note", try await clerk.post("/files/EBH-2026-00001/notes", [("note", String(repeating: "x", count: 4001))])))
      responses.append(("empty note", try await clerk.post("/files/EBH-2026-00001/notes", [("note", " ")])))
      responses.append(("bad due date", try await clerk.post("/files/EBH-2026-00001/referrals", [("rule", "STAG10-LANG"), ("due_on", "32.13.2026")])))
      responses.append(("no consent", try await clerk.post("/files/EBH-2026-00001/referrals", [("rule", "STAG10-LANG"), ("send", "1")])))
      responses.append(("bad consent", try await clerk.post("/files/EBH-2026-00001/consent", [("version", "1"), ("given_on", "gestern")])))
      responses.append(("bad page", try await clerk.get("/queue?page=0")))
      responses.append(("no file", try await clerk.get("/files/EBH-1999-99999")))
      let allowed: Set<String> = Set(world.names.values).union(["m.schmitz", "b.krause", "English"])
      for (what, r) in responses {
        #expect(r.status.code >= 400, "\(what): \(r.status)")
        let found = Self.findings(r.text, allowed: allowed)
        #expect(found.isEmpty, "\(what): \(found.joined(separator: "\n"))")
      }
    }
  }

  @Test("every reason the model, store and forms write has a German wording")
  func everyReason() throws {
    let german = ServerMessages.wording(Strings.table(.de))
    let day = Day(year: 2026, month: 11, day: 24)!
    let reasons: [Reason] = [
      .required, .requiredFieldMissing, .mustNotBeEmpty, .atMostCharacters(60), .atMostCharactersGot(200, got: 201),
      .charactersBetween(1, 4000), .cannotBeChanged, .appearsTwice, .unknownField(others: ["x"]), .unknownValue("x", allowed: "a, b"),
      .expected(.date, got: .text("x")), .expected(.wholeNumberIn(1, 9), got: .number("10")), .given(.office, got: "x"), .mustBe("x"),
      .oneOf(["accept"]), .trueOrFalse, .anObject, .dateFormat, .malformedPercentEncoding, .countryCode("x"), .languageCode("x"),
      .routeOfOtherOffice(.stag10, office: .ABH), .endsBeforeItBegins, .beforeGivenOn, .entriesInDateOrder, .scale(1, 4, got: 5),
      .plausibleRange("0", "30", got: "31"), .plausibleDate(day), .futureDate(today: day, value: day), .suspendedContradictsRemitted,
      .mustNotBeInFuture, .mustNotBeInPast, .fileClosed(.granted), .cannotMove(from: .received, to: .granted), .reasonRequiredForStep,
      .reopeningNeedsReason, .lastEntryDiffers(last: .received, status: .granted), .statusDiffersFromHistory(status: .granted, historyEnd: .received),
      .statusChangeNeedsStep, .storedHistoryRemoved, .storedHistoryChanged, .beforePrecedingStep(day), .municipalityRequired,
      .notAMunicipality("x"), .chooseAtLeastOneGap, .ruleListRequired, .notAWorkableGap(rule: "STAG10-LANG"), .reasonOrNoteRequired,
      .factsOnResolveOnly, .caseManagementCannotRecord, .storedFileUnreadable, .unproven(rule: "STAG10-LANG", fields: ["german.level"], documents: []),
      .notAFormDate("x"), .formDateRequired, .expectedYesOrNo(got: "x"), .notAnAmount("x"), .documentIdRequired, .chooseStatus,
      .effortDateRequired, .singleLine, .postalCodeCharacters, .germanPostalCode, .confirmClosing, .dateInFuture, .closingReasonRequired, .unknownFormat(path: "x.txt"),
      .cannotReadFile(path: "x"), .invalidJSON(column: 3, message: "x", nothingRead: true), .expectedCaseFileList, .expectedCaseFileObject,
      .appearsTwiceInImport(first: "x:1"), .groupFilesWithoutMain, .unknownColumn, .fileNoColumnRequired, .cellCount(cells: 2, columns: 3),
      .expectedItemCount(got: "x"), .notInMainCSV, .itemCountDiffers(declared: 1, group: "stays", found: 2), .changedWhileListRead,
      .noFileNumberColumn, .municipalityOutsideOffice("x"), .personalDataDeleted(on: "2026-01-01"), .inField("german.on", .formDateRequired),
      .periodReversed(from: day, to: day), .periodTooLong(years: 20), .reportWithoutTeams("abh"), .reportWithoutMunicipalities("abh"),
    ]
    let untranslated = reasons.filter { $0.text(german) == $0.english }.map(\.english)
    #expect(untranslated.isEmpty, "\(untranslated.joined(separator: "\n"))")
    let messages: [ErrorMessage] = [
      .fileNumberInvalid, .fileNumberRequired, .unknownDownloadFormat, .unknownStage, .unknownAction, .versionMissing, .ownAccountLock,
      .uploadExpected, .uploadUnreadable, .uploadWithoutFile, .uploadEmpty, .chooseGapToRefer, .invalidQueryParameter("page"),
      .invalidReportParameters, .reportNotPossible, .fileNotValid, .referralNotValid, .screeningUnavailable, .requestTooLarge, .internalError,
    ]
    #expect(messages.allSatisfy { $0.text(german) != $0.english })
  }

  @Test("reasons in words only where no typed reason exists (office lists' cells, wrapped errors)")
  func describedOnlyWhereAllowed() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let allowed: Set<String> = [
      "Sources/CaseModel/Reason.swift", "Sources/CaseModel/Reason+Wording.swift", "Sources/CaseExchange/CaseFileReader.swift",
      "Sources/CaseExchange/CSVCaseReader.swift", "Sources/OfficeLists/RowReader.swift", "Sources/OfficeLists/ListCaseFiles.swift",
      "Sources/WebApp/ReportCache.swift", "Sources/WebApp/Controllers/FileReferralController.swift",
    ]
    var found: [String] = []
    let sources = root.appendingPathComponent("Sources")
    for case let path as String in FileManager.default.enumerator(atPath: sources.path) ?? .init() where path.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      if text.contains(".described("), !allowed.contains("Sources/" + path) { found.append(path) }
    }
    #expect(found.isEmpty, "\(found)")
  }
}
