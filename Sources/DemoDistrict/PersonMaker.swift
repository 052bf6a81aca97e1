import CaseModel

/// Draws a person: name, birth date, nationality, languages, municipality and fake contact data.
enum PersonMaker {
  /// - Parameter age: age range in years on `reference` (ignored for family members, whose ages
  ///   follow from the family's head).
  static func make(
    slot: Slot, age: ClosedRange<Int>, reference: Day, nationalities: WeightedTable<Nationality>,
    rng: inout SplitMix64
  ) -> (Person, Nationality, Municipality) {
    let nationality = slot.family?.nationality ?? nationalities.draw(&rng)
    let municipality = slot.family?.municipality ?? Municipalities.table.draw(&rng)
    let familyName = slot.family?.familyName ?? rng.pick(nationality.familyNames)
    let female = slot.family.map { $0.role == .spouse ? true : $0.role == .head ? false : rng.chance(0.5) }
      ?? rng.chance(0.45)
    let given = rng.pick(female ? nationality.femaleNames : nationality.maleNames)

    var birth: Day
    switch slot.family?.role {
    case .head?: birth = slot.family!.headBirth
    case .spouse?: birth = slot.family!.headBirth.adding(days: rng.int(-3 * 365...8 * 365))
    case .child?: birth = slot.receivedOn.adding(days: -rng.int(3 * 365...17 * 365))
    case nil: birth = reference.adding(days: -rng.int(age.lowerBound * 365...age.upperBound * 365 + 364))
    }
    var person = Person(familyName: familyName.text, givenNames: given.text, birthDate: birth)
    var codes = [nationality.code]
    if nationality.code == "SYR", rng.chance(0.03) { codes.append("TUR") }
    person.nationalities = codes
    person.municipality = municipality.name
    person.phone = "+49 \(municipality.areaCode) 0000\(rng.int(100...999))"
    if birth.age(on: reference) >= 16, rng.chance(0.7) {
      person.email = "\(given.ascii).\(familyName.ascii)\(rng.int(1...99))@example.org"
    }
    var languages = [nationality.languages[0]]
    if nationality.languages.count > 1, rng.chance(0.3) { languages.append(nationality.languages[1]) }
    languages.append("de")
    if rng.chance(0.25) { languages.append("en") }
    person.languages = languages
    return (person, nationality, municipality)
  }
}
