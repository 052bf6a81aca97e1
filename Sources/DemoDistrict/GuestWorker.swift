import CaseModel

/// Former guest workers (recruited 1961-1973) who apply late in life: for them oral German
/// suffices (§ 10 Abs. 4 Satz 3 StAG since 27.06.2024), so their files test that exception.
enum GuestWorker {
  static let countries: Set<String> = ["TUR", "ITA", "GRC", "MAR"]

  static func apply(_ file: inout CaseFile, nationality: Nationality, rng: inout SplitMix64) {
    let entry = Day(year: rng.int(1964...1973), month: rng.int(1...12), day: rng.int(1...28))!
    file.person.birthDate = entry.adding(days: -rng.int(18 * 365...30 * 365))
    file.person.email = nil
    file.guestWorkerEntry = GuestWorkerEntry(kind: .recruitment, on: entry)
    file.stays = [Stay(from: entry, status: nationality.isEU ? .euFreeMovement : .settlementPermit)]
    var german = German(level: rng.chance(0.6) ? .B1 : .A2, proof: .oralCheck, on: file.receivedOn)
    german.oralOnly = true
    file.german = german
    var livelihood = Livelihood()
    livelihood.benefitsSgb2Sgb12 = false
    livelihood.fulltimeNow = false
    livelihood.incomeMonthly = Double(rng.int(90...180) * 10)
    livelihood.needMonthly = Double(rng.int(80...120) * 10)
    file.livelihood = livelihood
  }
}
