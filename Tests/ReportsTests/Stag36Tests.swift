import CaseModel
import CaseStore
import Foundation
import Reports
import Testing

@Suite("§ 36 StAG surveys")
struct Stag36Tests {
  func make(_ no: String, received: String, history: [(String, CaseStatus)], handover: String? = nil, route: Route? = nil) -> CaseFile {
    let status = history.last?.1 ?? .received
    var f = CaseFile(fileNo: no, office: .EBH, receivedOn: day(received), status: status, person: Person(familyName: "Name" + no, givenNames: "G"))
    f.person.birthDate = day("1990-05-17")
    f.person.nationalities = ["SYR", "TUR"]
    f.person.municipality = "Siegburg"
    f.stays = [Stay(from: day("2015-09-01"), status: .residencePermit)]
    f.history = [StatusChange(at: day(received), status: .received)] + history.map { StatusChange(at: day($0.0), status: $0.1) }
    f.certificateHandoverOn = handover.map(day)
    f.route = route
    return f
  }

  @Test("naturalizations by handover, applications and closures of the year, without names or file numbers, with the gaps listed")
  func surveys() async throws {
    let store = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    var missing = make("EBH-4", received: "2025-03-01", history: [])
    missing.person.municipality = nil
    missing.stays = nil
    try store.importCaseFiles([
      make("EBH-1", received: "2024-02-01", history: [("2024-12-10", .granted)], handover: "2025-01-20"),  // naturalized in 2025
      make("EBH-2", received: "2025-02-01", history: [("2025-10-01", .refused)]),
      { var f = make("EBH-3", received: "2023-01-10", history: [("2025-06-01", .withdrawn)]); f.person.municipality = "Sieg/Rhein \"Ost\""; return f }(),
      missing,
      make("EBH-5", received: "2025-04-01", history: [("2025-11-01", .granted)], handover: "2026-01-15"),  // naturalized in 2026
    ], actor: "test")
    let s = try await store.reportReads { db in try Stag36Survey.make(year: 2025, db: db) }
    #expect(s.records[.naturalizations]?.count == 1)
    let n = try #require(s.records[.naturalizations]?.first)
    #expect(n.birthYear == 1990 && n.legalBasis == "§ 10 StAG" && n.nationalities == ["SYR", "TUR"] && n.yearsInGermany == 9 && n.residence == "Siegburg")
    #expect(s.records[.applications]?.count == 3)
    #expect(s.records[.closures]?.compactMap(\.closing).sorted() == ["Ablehnung", "Einbürgerung", "Rücknahme"].sorted())
    // sex and marital status are not recorded yet in these files: "ohne Angabe", counted and listed
    #expect(s.missing(.applications).first { $0.feature == "sex" }?.count == 3)
    #expect(s.missing(.applications).first { $0.feature == "residence" }?.count == 1)
    #expect(s.gaps.first { $0.fileNo == "EBH-4" }?.missing.contains("residence") == true)
    let csv = s.recordsCSV(.closures)
    #expect(csv.hasPrefix("berichtsjahr;birth_year;sex;marital_status;years_in_germany;nationalities;residence;closing\r\n2025;1990;ohne Angabe;"))
    for text in [s.recordsCSV(.naturalizations), csv, s.recordsCSV(.applications), s.json(part: "survey")] {
      #expect(!text.contains("EBH-") && !text.contains("Name"))
    }
    // The records' JSON is written directly: byte for byte what JSONSerialization gives.
    var root: [String: Any] = ["statistic": "stag36", "year": 2025]
    root["surveys"] = Dictionary(uniqueKeysWithValues: Stag36Survey.Kind.allCases.map { k in
      (k.rawValue, (s.records[k] ?? []).map { r in
        Dictionary(uniqueKeysWithValues: Stag36Survey.features(k).map { ($0, Stag36Survey.value(r, $0) as Any? ?? NSNull()) })
      })
    })
    let expected = String(decoding: try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]), as: UTF8.self)
    #expect(s.json(part: "survey") == expected)
    #expect(s.json(part: "summary").contains(#""files_to_complete":5"#))
    #expect(CSVRenderer().render(s.summary()).contains("Vollständigkeit"))
  }

  @Test("the place of residence is the official municipality key where configured; the others are named by the completeness check")
  func municipalityKeys() async throws {
    let store = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    var hennef = make("EBH-2", received: "2025-02-01", history: [])
    hennef.person.municipality = "Hennef (Sieg)"
    try store.importCaseFiles([make("EBH-1", received: "2025-01-10", history: []), hennef], actor: "test")
    let s = try await store.reportReads { db in try Stag36Survey.make(year: 2025, db: db, keys: ["Siegburg": "05382056"]) }
    #expect(s.records[.applications]?.compactMap(\.residence).sorted() == ["05382056", "Hennef (Sieg)"])
    #expect(s.withoutKey == ["Hennef (Sieg)": 1])
    #expect(s.recordsCSV(.applications).contains(";05382056\r\n"))
    let keys = try #require(s.summary().sections.first { $0.id == "municipality-keys" })
    #expect(keys.table.rows.count == 1 && keys.notes.first?.contains("keinen Amtlichen Gemeindeschlüssel") == true)
    #expect(s.json(part: "summary").contains(#""municipalities_without_key":{"Hennef (Sieg)":1}"#))
    let all = try await store.reportReads { db in try Stag36Survey.make(year: 2025, db: db, keys: ["Siegburg": "05382056", "Hennef (Sieg)": "05382024"]) }
    #expect(all.withoutKey.isEmpty && all.summary().sections.first { $0.id == "municipality-keys" }?.table.rows.isEmpty == true)
  }
}
