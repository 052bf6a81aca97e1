import CaseExchange
import CaseModel
import CaseStore
import Casework
import DemoDistrict
import Eligibility
import Foundation
import Referrals

/// Referrals for the demo district: about half of the open files whose gaps case management
/// can close were referred over the last 15 months, through the same store calls the web
/// application makes, each step on its own past day. Most older referrals are resolved (the
/// facts case management recorded close the gap), some returned or declined, recent ones are
/// still being worked on; a few are overdue. Deterministic for a seed and a date.
enum DemoReferrals {
  /// The clerk's note, by the facts the first referred rule reads.
  static let notes = [
    "german": "Bitte einen B1-Kurs mit Prüfung vermitteln", "civics": "Vorbereitung auf den Einbürgerungstest",
    "identity": "Bei der Passbeschaffung unterstützen (Termin im Konsulat begleiten)",
    "livelihood": "Beratung zu Arbeit und Einkommen", "declarations": "Erklärungen gemeinsam durchgehen",
    "school": "Schulbescheinigungen der Kinder beschaffen",
  ]

  @discardableResult
  static func make(_ store: AppDatabase, engine: ScreeningEngine, today: Day, seed: UInt64 = 7) async throws -> Int {
    var rng = SplitMix64(seed: seed)
    var made = 0
    for fileNo in try await store.openFileNumbers(in: .gaps) where rng.chance(0.5) {
      guard let stored = try await store.caseFile(fileNo: fileNo, actor: "demo")?.file else { continue }
      let earliest = max(stored.receivedOn, stored.referralConsent(on: today)?.givenOn ?? today).adding(days: 14)
      let age = rng.int(3...460)
      let sent = today.adding(days: -age)
      guard sent >= earliest else { continue }
      if try await refer(stored, store: store, engine: engine, sent: sent, today: today, rng: &rng) {
        made += 1
        // steps re-screened the file as of their own day; the queue shows today's screening
        try await Casework(store: store, engine: engine, today: { today }).rescreen(fileNo: fileNo)
      }
    }
    return made
  }

  /// One referral and its steps up to today; false if the file had nothing to refer on that day.
  static func refer(_ file: CaseFile, store: AppDatabase, engine: ScreeningEngine, sent: Day, today: Day, rng: inout SplitMix64)
    async throws -> Bool
  {
    let gaps = ReferableGaps.of(engine.screen(file, asOf: sent), engine: engine)
    guard !gaps.isEmpty else { return false }
    let clerk = ReferralParty.clerk(file.clerk ?? (file.office == .EBH ? "m.schmitz" : "b.krause"), office: file.office)
    let cm = ReferralParty.caseManager("cm." + (file.person.municipality ?? "kreis").lowercased(), municipalities: [file.person.municipality ?? ""])
    let rules = gaps.prefix(rng.chance(0.7) ? 1 : 2).map(\.rule)
    let id: Int64
    do {
      id = try await at(store, sent, engine).refer(
        NewReferral(fileNo: file.fileNo, rules: rules, note: note(rules[0], engine), dueOn: sent.adding(days: 56)),
        by: clerk)
    } catch is ReferralError { return false }
    var day = sent
    func step(_ party: ReferralParty, _ action: ReferralAction, after days: ClosedRange<Int>, note: String? = nil, facts: JSONObject? = nil)
      async throws -> Bool
    {
      let next = day.adding(days: rng.int(days))
      guard next <= today else { return false }
      day = next
      try await at(store, day, engine).step(
        referral: id, ReferralStep(action: action, note: note, facts: facts), by: party)
      return true
    }
    if rng.chance(0.03) { _ = try await step(clerk, .withdraw, after: 5...30, note: "Person ist verzogen"); return true }
    if rng.chance(0.08) {
      _ = try await step(cm, .decline, after: 2...14, note: rng.pick(["Person nicht erreichbar", "Kein Unterstützungsbedarf"]))
      return true
    }
    guard try await step(cm, .accept, after: 2...10) else { return true }
    guard try await step(cm, .progress, after: 7...40, note: "Erstgespräch geführt, Termine vereinbart") else { return true }
    let outcome = rng.unit()
    if outcome < 0.65 {
      let facts = resolution(rules, engine: engine, on: day.adding(days: 20), rng: &rng)
      guard try await step(cm, .resolve, after: 25...180, note: "Lücke geschlossen, Nachweis liegt vor", facts: facts) else { return true }
    } else if outcome < 0.85 {
      guard try await step(cm, .return, after: 40...200, note: "Trotz Unterstützung nicht lösbar (Kurs abgebrochen)") else { return true }
    } else {
      return true  // long-term case, still in progress (some now overdue)
    }
    if day < today.adding(days: -21) { _ = try await step(clerk, .seen, after: 1...10) }
    return true
  }

  static func note(_ rule: String, _ engine: ScreeningEngine) -> String {
    let groups = (engine.rules[rule]?.facts ?? []).map { String($0.split(separator: ".")[0]) }
    return groups.lazy.compactMap { notes[$0] }.first ?? "Unterlagen gemeinsam zusammenstellen"
  }

  /// The facts case management records for the referred rules, by the facts the rules read.
  static func resolution(_ rules: [String], engine: ScreeningEngine, on day: Day, rng: inout SplitMix64) -> JSONObject {
    let groups = Set(rules.flatMap { engine.rules[$0]?.facts ?? [] }.map { String($0.split(separator: ".")[0]) })
    var facts = JSONObject()
    func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
      var o = JSONObject()
      for (k, v) in pairs { o[k] = v }
      return .object(o)
    }
    if groups.contains("german") {
      facts["german"] = object([("level", .string("B1")), ("proof", .string("certificate")), ("on", .string(day.iso))])
    }
    if groups.contains("civics") {
      facts["civics"] = object([("passed", .bool(true)), ("proof", .string("einbuergerungstest")), ("on", .string(day.iso))])
    }
    if groups.contains("identity") {
      facts["identity"] = object([
        ("passport_valid", .bool(true)), ("evidence_level", .number("1")),
        ("efforts", .array([object([("on", .string(day.iso)), ("action", .string("Pass beim Konsulat beantragt"))])])),
      ])
    }
    if groups.contains("livelihood") {
      facts["livelihood"] = object([("benefits_sgb2_sgb12", .bool(false)), ("fulltime_now", .bool(true))])
    }
    let documents = Set(rules.flatMap { engine.rules[$0]?.documents ?? [] }).sorted()
    if !documents.isEmpty {
      facts["documents"] = .array(documents.map { object([("id", .string($0)), ("status", .string("provided")), ("on", .string(day.iso))]) })
    }
    return facts
  }

  /// The casework on `day`, its store's clock on a working hour of that day, so events carry it.
  static func at(_ store: AppDatabase, _ day: Day, _ engine: ScreeningEngine) -> Casework {
    let seconds = Double(day.ordinal) * 86_400 + 9 * 3_600
    return Casework(store: store.withClock { Date(timeIntervalSince1970: seconds) }, engine: engine, today: { day })
  }
}
