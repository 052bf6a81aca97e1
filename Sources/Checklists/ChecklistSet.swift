import CaseModel

/// Everything in a `checklists/` directory, loaded and typed: rules per folder, parameters with
/// dated values, documents, test fixtures, and `version`, a stable hash of the YAML content.
public struct ChecklistSet: Sendable {
  public var directory: String
  public var folders: [ChecklistFolder]
  public var parameters: [String: Parameter]
  public var documents: [DocumentDefinition]
  public var fixtures: [String: TreeValue]
  /// The plain reasons case management reads, by rule id (`referral-reasons.yaml`).
  public var referralReasons: [String: ReferralReason] = [:]
  /// `rs-` plus 16 hex digits (FNV-1a 64 over every YAML file's relative path and content).
  public var version: String

  public init(
    directory: String, folders: [ChecklistFolder], parameters: [String: Parameter],
    documents: [DocumentDefinition], fixtures: [String: TreeValue], version: String
  ) {
    self.directory = directory
    self.folders = folders
    self.parameters = parameters
    self.documents = documents
    self.fixtures = fixtures
    self.version = version
  }

  /// Every rule by id (the first definition wins; the linter reports duplicates).
  public var rulesByID: [String: Rule] {
    var out: [String: Rule] = [:]
    for f in folders { for r in f.rules where out[r.id] == nil { out[r.id] = r } }
    return out
  }

  /// The rules a route applies, in checklist order: the rules of each folder naming the route,
  /// then the rules those folders take over from other folders (`uses`).
  public func rules(forRoute route: String) -> [Rule] {
    let byID = rulesByID
    var out: [Rule] = []
    var seen = Set<String>()
    for f in folders where f.routes.contains(route) {
      for r in f.rules where seen.insert(r.id).inserted { out.append(r) }
    }
    for f in folders where f.routes.contains(route) {
      for id in f.uses where !seen.contains(id) {
        if let r = byID[id] {
          seen.insert(id)
          out.append(r)
        }
      }
    }
    return out
  }

  /// Every day on which some rule version or parameter value changes, ascending.
  public var changeDays: [Day] {
    var days = Set<Day>()
    for f in folders {
      for r in f.rules {
        for v in r.versions {
          days.insert(v.validFrom)
          if let to = v.validTo { days.insert(to.adding(days: 1)) }
        }
      }
    }
    for p in parameters.values { for v in p.values { days.insert(v.from) } }
    return days.sorted()
  }
}

/// FNV-1a, 64 bit: a stable content hash (Swift's `Hasher` is seeded per process).
public struct StableHash: Sendable {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
  public init() {}
  public mutating func combine(_ bytes: some Sequence<UInt8>) {
    for b in bytes {
      value ^= UInt64(b)
      value = value &* 0x100_0000_01b3
    }
  }
  public var hex: String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
