import CaseModel

// MARK: - The smaller objects of a case file

extension StreamingCaseDecoder {
  static func statusChange(_ c: inout JSONCursor) throws -> StatusChange {
    var (at, status, by): (Day?, CaseStatus?, String?) = (nil, nil, nil)
    try c.object { c, key in
      switch key {
      case "at": at = try c.optDay(); return 0
      case "status": status = try c.optEnum(); return 1
      case "by": by = try c.optString(); return 2
      default: return nil
      }
    }
    return StatusChange(at: try at.orGiveUp(), status: try status.orGiveUp(), by: by)
  }

  static func related(_ c: inout JSONCursor) throws -> RelatedFile {
    var (no, relation): (String?, Relation?) = (nil, nil)
    try c.object { c, key in
      switch key {
      case "file_no": no = try c.optString(); return 0
      case "relation": relation = try c.optEnum(); return 1
      default: return nil
      }
    }
    return RelatedFile(fileNo: try no.orGiveUp(), relation: try relation.orGiveUp())
  }

  static func stay(_ c: inout JSONCursor) throws -> Stay {
    var (from, to, status, basis): (Day?, Day?, StayStatus?, String?) = (nil, nil, nil, nil)
    try c.object { c, key in
      switch key {
      case "from": from = try c.optDay(); return 0
      case "to": to = try c.optDay(); return 1
      case "status": status = try c.optEnum(); return 2
      case "basis": basis = try c.optString(); return 3
      default: return nil
      }
    }
    return Stay(from: try from.orGiveUp(), to: to, status: try status.orGiveUp(), basis: basis)
  }

  static func absence(_ c: inout JSONCursor) throws -> Absence {
    let p = try period(&c)
    return Absence(from: p.from, to: p.to)
  }

  static func period(_ c: inout JSONCursor) throws -> Period {
    var (from, to): (Day?, Day?) = (nil, nil)
    try c.object { c, key in
      switch key {
      case "from": from = try c.optDay(); return 0
      case "to": to = try c.optDay(); return 1
      default: return nil
      }
    }
    return Period(from: try from.orGiveUp(), to: try to.orGiveUp())
  }

  static func effort(_ c: inout JSONCursor) throws -> IdentityEffort {
    var (on, action): (Day?, String?) = (nil, nil)
    try c.object { c, key in
      switch key {
      case "on": on = try c.optDay(); return 0
      case "action": action = try c.optString(); return 1
      default: return nil
      }
    }
    return IdentityEffort(on: try on.orGiveUp(), action: try action.orGiveUp())
  }

  static func german(_ c: inout JSONCursor) throws -> German {
    var x = German()
    try c.object { c, key in
      switch key {
      case "level": x.level = try c.optEnum(); return 0
      case "oral_only": x.oralOnly = try c.optBool(); return 1
      case "proof": x.proof = try c.optEnum(); return 2
      case "on": x.on = try c.optDay(); return 3
      default: return nil
      }
    }
    return x
  }

  static func civics(_ c: inout JSONCursor) throws -> Civics {
    var x = Civics()
    try c.object { c, key in
      switch key {
      case "passed": x.passed = try c.optBool(); return 0
      case "proof": x.proof = try c.optEnum(); return 1
      case "on": x.on = try c.optDay(); return 2
      default: return nil
      }
    }
    return x
  }

  static func declarations(_ c: inout JSONCursor) throws -> Declarations {
    var x = Declarations()
    try c.object { c, key in
      switch key {
      case "fdgo_signed_on": x.fdgoSignedOn = try c.optDay(); return 0
      case "history_signed_on": x.historySignedOn = try c.optDay(); return 1
      default: return nil
      }
    }
    return x
  }

  static func guestWorker(_ c: inout JSONCursor) throws -> GuestWorkerEntry {
    var (kind, on): (GuestWorkerKind?, Day?) = (nil, nil)
    try c.object { c, key in
      switch key {
      case "kind": kind = try c.optEnum(); return 0
      case "on": on = try c.optDay(); return 1
      default: return nil
      }
    }
    return GuestWorkerEntry(kind: try kind.orGiveUp(), on: try on.orGiveUp())
  }

  static func conviction(_ c: inout JSONCursor) throws -> Conviction {
    var x = Conviction(on: Day(ordinal: 0), kind: .fine)
    var required = 0
    try c.object { c, key in
      switch key {
      case "on": x.on = try c.optDay().orGiveUp(); required |= 1; return 0
      case "kind": x.kind = try c.optEnum().orGiveUp(); required |= 2; return 1
      case "daily_rates": x.dailyRates = try c.optInt(); return 2
      case "months": x.months = try c.optDouble(); return 3
      case "remitted": x.remitted = try c.optBool(); return 4
      case "hate_motive": x.hateMotive = try c.optBool(); return 5
      case "foreigner_only_offence": x.foreignerOnlyOffence = try c.optBool(); return 6
      case "erasable_on": x.erasableOn = try c.optDay(); return 7
      default: return nil
      }
    }
    guard required == 3 else { throw GiveUp() }
    return x
  }

  static func household(_ c: inout JSONCursor) throws -> Household {
    var x = Household()
    try c.object { c, key in
      switch key {
      case "minor_children": x.minorChildren = try c.optInt(); return 0
      case "children_school_attendance_proven": x.childrenSchoolAttendanceProven = try c.optBool(); return 1
      case "spouse_of_fulltime_worker": x.spouseOfFulltimeWorker = try c.optBool(); return 2
      case "own_dwelling": x.ownDwelling = try c.optBool(); return 3
      default: return nil
      }
    }
    return x
  }

  static func waivers(_ c: inout JSONCursor) throws -> Waivers {
    var x = Waivers()
    try c.object { c, key in
      switch key {
      case "illness_disability_age": x.illnessDisabilityAge = try c.optBool(); return 0
      case "language_hardship": x.languageHardship = try c.optBool(); return 1
      default: return nil
      }
    }
    return x
  }

  static func school(_ c: inout JSONCursor) throws -> School {
    var x = School()
    try c.object { c, key in
      switch key {
      case "years_attended_in_germany": x.yearsAttendedInGermany = try c.optDouble(); return 0
      case "qualification": x.qualification = try c.optBool(); return 1
      default: return nil
      }
    }
    return x
  }

  static func document(_ c: inout JSONCursor) throws -> DocumentRecord {
    var (id, status, on, until): (String?, DocumentStatus?, Day?, Day?) = (nil, nil, nil, nil)
    try c.object { c, key in
      switch key {
      case "id": id = try c.optString(); return 0
      case "status": status = try c.optEnum(); return 1
      case "on": on = try c.optDay(); return 2
      case "valid_until": until = try c.optDay(); return 3
      default: return nil
      }
    }
    return DocumentRecord(id: try id.orGiveUp(), status: try status.orGiveUp(), on: on, validUntil: until)
  }

  static func consent(_ c: inout JSONCursor) throws -> Consent {
    var (scope, given, withdrawn): (ConsentScope?, Day?, Day?) = (nil, nil, nil)
    try c.object { c, key in
      switch key {
      case "scope": scope = try c.optEnum(); return 0
      case "given_on": given = try c.optDay(); return 1
      case "withdrawn_on": withdrawn = try c.optDay(); return 2
      default: return nil
      }
    }
    return Consent(scope: try scope.orGiveUp(), givenOn: try given.orGiveUp(), withdrawnOn: withdrawn)
  }
}
