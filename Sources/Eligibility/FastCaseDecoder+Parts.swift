import CaseExchange
import CaseModel

// MARK: - Nested facts and the strict object reader of the fast path

extension FastCaseDecoder {
  static func person(_ p: inout Obj) throws -> Person {
    var x = Person(familyName: try p.required(p.string("family_name")), givenNames: try p.string("given_names"), birthDate: try p.day("birth_date"))
    x.nationalities = try p.list("nationalities", text)
    x.municipality = try p.string("municipality")
    x.phone = try p.string("phone")
    x.email = try p.string("email")
    x.languages = try p.list("languages", text)
    x.interpreterNeeded = try p.bool("interpreter_needed")
    return x
  }

  static func identity(_ i: inout Obj) throws -> Identity {
    var x = Identity()
    x.passportValid = try i.bool("passport_valid")
    x.evidenceLevel = try i.int("evidence_level")
    x.passportObtainable = try i.enumValue("passport_obtainable")
    x.deception = try i.enumValue("deception")
    x.deceptionCausedDuldung = try i.bool("deception_caused_duldung")
    x.efforts = try i.list("efforts") { v in
      var e = try Obj(v)
      let r = IdentityEffort(on: try e.required(e.day("on")), action: try e.required(e.string("action")))
      try e.finish()
      return r
    }
    return x
  }

  static func livelihood(_ l: inout Obj) throws -> Livelihood {
    var x = Livelihood()
    x.benefitsSgb2Sgb12 = try l.bool("benefits_sgb2_sgb12")
    x.fulltimeNow = try l.bool("fulltime_now")
    x.fulltimeMonthsLast24 = try l.int("fulltime_months_last_24")
    x.notAtFault = try l.bool("not_at_fault")
    x.incomeMonthly = try l.double("income_monthly")
    x.needMonthly = try l.double("need_monthly")
    x.inEducation = try l.bool("in_education")
    x.singleParent = try l.bool("single_parent")
    x.carer = try l.bool("carer")
    return x
  }

  static func conviction(_ v: JSONValue) throws -> Conviction {
    var c = try Obj(v)
    var x = Conviction(on: try c.required(c.day("on")), kind: try c.required(c.enumValue("kind")))
    x.dailyRates = try c.int("daily_rates")
    x.months = try c.double("months")
    x.remitted = try c.bool("remitted")
    x.hateMotive = try c.bool("hate_motive")
    x.foreignerOnlyOffence = try c.bool("foreigner_only_offence")
    x.erasableOn = try c.day("erasable_on")
    try c.finish()
    return x
  }

  static func text(_ v: JSONValue) throws -> String {
    guard case .string(let s) = v else { throw GiveUp() }
    return s
  }

  /// One JSON object; counts the keys read so unknown keys make the fast path give up.
  struct Obj {
    let members: [String: JSONValue]
    var used = 0

    init(_ v: JSONValue) throws {
      guard case .object(let m) = v else { throw GiveUp() }
      members = m
    }

    func finish() throws { if used != members.count { throw GiveUp() } }

    func required<T>(_ v: T?) throws -> T {
      guard let v else { throw GiveUp() }
      return v
    }

    mutating func raw(_ k: String) -> JSONValue? {
      guard let v = members[k] else { return nil }
      used += 1
      if case .null = v { return nil }
      return v
    }

    mutating func string(_ k: String) throws -> String? {
      guard let v = raw(k) else { return nil }
      return try text(v)
    }

    mutating func day(_ k: String) throws -> Day? {
      guard let s = try string(k) else { return nil }
      guard let d = Day(iso: s) else { throw GiveUp() }
      return d
    }

    mutating func bool(_ k: String) throws -> Bool? {
      guard let v = raw(k) else { return nil }
      guard case .bool(let b) = v else { throw GiveUp() }
      return b
    }

    mutating func int(_ k: String) throws -> Int? {
      guard let v = raw(k) else { return nil }
      guard case .number(let t) = v, let i = Int(t) else { throw GiveUp() }
      return i
    }

    mutating func double(_ k: String) throws -> Double? {
      guard let v = raw(k) else { return nil }
      guard case .number(let t) = v, let d = Double(t), d.isFinite else { throw GiveUp() }
      return d
    }

    mutating func enumValue<E: FactEnum>(_ k: String) throws -> E? {
      guard let s = try string(k) else { return nil }
      guard let e = E(rawValue: s) else { throw GiveUp() }
      return e
    }

    mutating func object<T>(_ k: String, _ body: (inout Obj) throws -> T) throws -> T? {
      guard let v = raw(k) else { return nil }
      var o = try Obj(v)
      let r = try body(&o)
      try o.finish()
      return r
    }

    mutating func list<T>(_ k: String, _ item: (JSONValue) throws -> T) throws -> [T]? {
      guard let v = raw(k) else { return nil }
      guard case .array(let a) = v else { throw GiveUp() }
      return try a.map(item)
    }
  }
}
