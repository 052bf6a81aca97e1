import CaseExchange
import CaseModel

/// The fastest path of bulk screening: one JSON Lines record straight from bytes into `CaseFile`,
/// without building a JSON tree. Returns nil whenever the record is not plainly valid (escapes,
/// unknown or duplicate keys, wrong types, failed validation); the caller then parses it the
/// normal way, which accepts or rejects it with the contract's messages.
enum StreamingCaseDecoder {
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> CaseFile? {
    var c = JSONCursor(bytes)
    guard let file = try? caseFile(&c), c.atEnd, file.validate().isEmpty else { return nil }
    return file
  }

  typealias GiveUp = JSONCursor.GiveUp

  static func caseFile(_ c: inout JSONCursor) throws -> CaseFile {
    var f = CaseFile(fileNo: "", office: .EBH, receivedOn: Day(ordinal: 0), status: .received, person: Person(familyName: ""))
    var required = 0
    try c.object { c, key in
      switch key {
      case "file_no": f.fileNo = try c.string(); required |= 1; return 0
      case "office": f.office = try c.optEnum().orGiveUp(); required |= 2; return 1
      case "received_on": f.receivedOn = try c.optDay().orGiveUp(); required |= 4; return 2
      case "status": f.status = try c.optEnum().orGiveUp(); required |= 8; return 3
      case "person": f.person = try person(&c); required |= 16; return 4
      case "route": f.route = try c.optEnum(); return 5
      case "history": f.history = try c.optArray(statusChange); return 6
      case "team": f.team = try c.optEnum(); return 7
      case "clerk": f.clerk = try c.optString(); return 8
      case "decided_on": f.decidedOn = try c.optDay(); return 9
      case "certificate_handover_on": f.certificateHandoverOn = try c.optDay(); return 10
      case "related": f.related = try c.optArray(related); return 11
      case "stays": f.stays = try c.optArray(stay); return 12
      case "absences": f.absences = try c.optArray(absence); return 13
      case "protection": f.protection = try c.optEnum(); return 14
      case "identity": f.identity = try c.optObject(identity); return 15
      case "german": f.german = try c.optObject(german); return 16
      case "civics": f.civics = try c.optObject(civics); return 17
      case "declarations": f.declarations = try c.optObject(declarations); return 18
      case "livelihood": f.livelihood = try c.optObject(livelihood); return 19
      case "guest_worker_entry": f.guestWorkerEntry = try c.optObject(guestWorker); return 20
      case "convictions": f.convictions = try c.optArray(conviction); return 21
      case "pending_investigation": f.pendingInvestigation = try c.optBool(); return 22
      case "security_check": f.securityCheck = try c.optEnum(); return 23
      case "spouses_count": f.spousesCount = try c.optInt(); return 24
      case "household": f.household = try c.optObject(household); return 25
      case "waivers": f.waivers = try c.optObject(waivers); return 26
      case "school": f.school = try c.optObject(school); return 27
      case "married_to_german_since": f.marriedToGermanSince = try c.optDay(); return 28
      case "special_integration": f.specialIntegration = try c.optBool(); return 29
      case "permit_104c": f.permit104c = try c.optObject(period); return 30
      case "followup_application_on": f.followupApplicationOn = try c.optDay(); return 31
      case "documents": f.documents = try c.optArray(document); return 32
      case "consents": f.consents = try c.optArray(consent); return 33
      case "sperrfrist_until": f.sperrfristUntil = try c.optDay(); return 34
      case "follow_up_on": f.followUpOn = try c.optDay(); return 35
      default: return nil
      }
    }
    guard required == 31 else { throw GiveUp() }
    return f
  }

  static func person(_ c: inout JSONCursor) throws -> Person {
    var p = Person(familyName: "")
    var named = false
    try c.object { c, key in
      switch key {
      case "family_name": p.familyName = try c.string(); named = true; return 0
      case "given_names": p.givenNames = try c.optString(); return 1
      case "birth_date": p.birthDate = try c.optDay(); return 2
      case "nationalities": p.nationalities = try c.optArray { try $0.string() }; return 3
      case "municipality": p.municipality = try c.optString(); return 4
      case "phone": p.phone = try c.optString(); return 5
      case "email": p.email = try c.optString(); return 6
      case "languages": p.languages = try c.optArray { try $0.string() }; return 7
      case "interpreter_needed": p.interpreterNeeded = try c.optBool(); return 8
      default: return nil
      }
    }
    guard named else { throw GiveUp() }
    return p
  }

  static func identity(_ c: inout JSONCursor) throws -> Identity {
    var x = Identity()
    try c.object { c, key in
      switch key {
      case "passport_valid": x.passportValid = try c.optBool(); return 0
      case "evidence_level": x.evidenceLevel = try c.optInt(); return 1
      case "passport_obtainable": x.passportObtainable = try c.optEnum(); return 2
      case "deception": x.deception = try c.optEnum(); return 3
      case "deception_caused_duldung": x.deceptionCausedDuldung = try c.optBool(); return 4
      case "efforts": x.efforts = try c.optArray(effort); return 5
      default: return nil
      }
    }
    return x
  }

  static func livelihood(_ c: inout JSONCursor) throws -> Livelihood {
    var x = Livelihood()
    try c.object { c, key in
      switch key {
      case "benefits_sgb2_sgb12": x.benefitsSgb2Sgb12 = try c.optBool(); return 0
      case "fulltime_now": x.fulltimeNow = try c.optBool(); return 1
      case "fulltime_months_last_24": x.fulltimeMonthsLast24 = try c.optInt(); return 2
      case "not_at_fault": x.notAtFault = try c.optBool(); return 3
      case "income_monthly": x.incomeMonthly = try c.optDouble(); return 4
      case "need_monthly": x.needMonthly = try c.optDouble(); return 5
      case "in_education": x.inEducation = try c.optBool(); return 6
      case "single_parent": x.singleParent = try c.optBool(); return 7
      case "carer": x.carer = try c.optBool(); return 8
      default: return nil
      }
    }
    return x
  }
}

extension Optional {
  func orGiveUp() throws -> Wrapped {
    guard let self else { throw JSONCursor.GiveUp() }
    return self
  }
}
