import CaseModel
import Testing
@testable import OfficeLists

@Suite("Value tables: dates, countries, stages, procedures and the smaller words")
struct ValueTableTests {
  let today = ListFixtures.today

  @Test("German dates: DD.MM.YYYY, D.M.YY with the two-digit-year rule, ISO, with a time; impossible dates refused")
  func dates() {
    func d(_ s: String) -> Day? { GermanDate.parse(s, today: today) }
    #expect(d("03.01.2024") == Day(year: 2024, month: 1, day: 3))
    #expect(d("3.1.24") == Day(year: 2024, month: 1, day: 3))
    #expect(d("3.1.26") == Day(year: 2026, month: 1, day: 3))
    #expect(d("3.1.27") == Day(year: 1927, month: 1, day: 3))  // above this year's 26: last century
    #expect(d("7.5.85") == Day(year: 1985, month: 5, day: 7))
    #expect(d("2024-01-03") == Day(year: 2024, month: 1, day: 3))
    #expect(d("03.01.2024 00:00") == Day(year: 2024, month: 1, day: 3))
    #expect(d(" 03.01.2024 ") == Day(year: 2024, month: 1, day: 3))
    #expect(d("31.02.2024") == nil)
    #expect(d("2024") == nil)
    #expect(d("03.01.") == nil)
    #expect(d("in Prüfung") == nil)
  }

  @Test(
    "countries and nationalities in German words, adjectives and abbreviations",
    arguments: [
      ("syrisch", "SYR"), ("Syrien", "SYR"), ("syrische", "SYR"), ("SYR", "SYR"), ("Türkei", "TUR"), ("türkisch", "TUR"),
      ("TR", "TUR"), ("tuerkisch", "TUR"), ("Irak", "IRQ"), ("irakischer", "IRQ"), ("Rumänien", "ROU"), ("afghanisch", "AFG"),
      ("Russische Föderation", "RUS"), ("Iran", "IRN"), ("Ukraine", "UKR"), ("polnisch", "POL"), ("Kosovo", "XKX"),
      ("Griechenland", "GRC"), ("italienisch", "ITA"), ("Eritrea", "ERI"), ("marokkanisch", "MAR"), ("Libanon", "LBN"),
      ("serbisch", "SRB"), ("Indien", "IND"), ("Bosnien und Herzegowina", "BIH"), ("kroatisch", "HRV"), ("Vietnam", "VNM"),
      ("pakistanisch", "PAK"), ("Ägypten", "EGY"), ("nigerianisch", "NGA"), ("Albanien", "ALB"), ("Kasachstan", "KAZ"),
      ("Nordmazedonien", "MKD"), ("bulgarisch", "BGR"), ("Ungarn", "HUN"), ("USA", "USA"), ("britisch", "GBR"),
      ("Jordanien", "JOR"), ("algerisch", "DZA"), ("Tunesien", "TUN"), ("Somalia", "SOM"), ("äthiopisch", "ETH"),
      ("Brasilien", "BRA"), ("Kamerun", "CMR"), ("ghanaisch", "GHA"), ("China", "CHN"), ("Aserbaidschan", "AZE"),
      ("georgisch", "GEO"), ("Armenien", "ARM"), ("Moldau", "MDA"), ("Israel", "ISR"), ("portugiesisch", "PRT"),
      ("Spanien", "ESP"), ("französisch", "FRA"), ("Niederlande", "NLD"), ("österreichisch", "AUT"), ("palästinensisch", "PSE"),
      ("staatenlos", "XXA"), ("ungeklärt", "XXX"), ("Staatsangehörigkeit ungeklärt", "XXX"), ("Kongo, Demokratische Republik", "COD"),
    ])
  func countries(word: String, code: String) {
    #expect(NationalityWords.code(word) == code, "\(word)")
  }

  @Test("several nationalities in one cell; an unknown word comes with the closest known ones")
  func severalAndUnknown() throws {
    #expect(try NationalityWords.codes("syrisch, türkisch").get() == ["SYR", "TUR"])
    #expect(try NationalityWords.codes("SYR/TUR").get() == ["SYR", "TUR"])
    #expect(try NationalityWords.codes("deutsch und italienisch").get() == ["DEU", "ITA"])
    #expect(try NationalityWords.codes("Bosnien und Herzegowina").get() == ["BIH"])
    guard case .failure(let u) = NationalityWords.codes("Syrein") else { Issue.record("Syrein was accepted"); return }
    #expect(u.closest.contains("Syrien"))
    let r = try? ListFixtures.records(["Az.;Name;Staatsangehörigkeit", "1;A;türkich"])
    #expect(r?.issues.first?.reason.english.contains("türkisch") == true)
    #expect(r?.issues.first?.location?.line == 2)
    #expect(r?.issues.first?.field == "\"Staatsangehörigkeit\" (column C)")
  }

  @Test(
    "the office's stage words to the contract's statuses",
    arguments: [
      ("Eingang", CaseStatus.received), ("eingegangen", .received), ("Unterlagen angefordert", .documentsRequested),
      ("Unterlagen nachgefordert", .documentsRequested), ("nachgefordert am 03.05.", .documentsRequested),
      ("in Prüfung", .inReview), ("in Bearbeitung", .inReview), ("In Bearbeitung", .inReview), ("entscheidungsreif", .decisionPending),
      ("ruhend", .suspended), ("ausgesetzt", .suspended), ("eingebürgert", .granted), ("stattgegeben", .granted),
      ("abgelehnt", .refused), ("zurückgenommen", .withdrawn), ("Antrag zurückgezogen", .withdrawn), ("in_review", .inReview),
    ])
  func stages(word: String, status: CaseStatus) {
    #expect(StageWords.status(word) == status, "\(word)")
  }

  @Test("a negated or unknown stage word maps to nothing and is named with the closest words")
  func unknownStage() throws {
    #expect(StageWords.status("nicht entscheidungsreif") == nil)
    #expect(StageWords.status("erledigt") == nil)
    let r = try ListFixtures.records(["Az.;Name;Status", "1;A;in Prüfnug"])
    #expect(r.issues.count == 1)
    #expect(r.issues[0].reason.english.contains("unknown stage word \"in Prüfnug\""))
    #expect(r.issues[0].reason.english.contains("in pruefung"))
  }

  @Test(
    "procedure words give the office and the route",
    arguments: [
      ("§ 10 StAG", Procedure(office: .EBH, route: .stag10)), ("§10 StAG", Procedure(office: .EBH, route: .stag10)),
      ("Anspruchseinbürgerung", Procedure(office: .EBH, route: .stag10)), ("§ 8 StAG", Procedure(office: .EBH, route: .stag8)),
      ("Ermessenseinbürgerung", Procedure(office: .EBH, route: .stag8)), ("§ 9 StAG", Procedure(office: .EBH, route: .stag9)),
      ("§ 10 Abs. 3 StAG", Procedure(office: .EBH, route: .stag10FastTrack)), ("Einbürgerung", Procedure(office: .EBH)),
      ("§ 25b AufenthG", Procedure(office: .ABH, route: .aufenthG25b)), ("§ 25 a AufenthG", Procedure(office: .ABH, route: .aufenthG25a)),
      ("25a", Procedure(office: .ABH, route: .aufenthG25a)), ("Chancen-Aufenthaltsrecht", Procedure(office: .ABH, route: .aufenthG104cFollowup)),
      ("§ 104c AufenthG", Procedure(office: .ABH, route: .aufenthG104cFollowup)), ("Duldung", Procedure(office: .ABH)),
      ("§ 60a AufenthG", Procedure(office: .ABH)), ("StAG-9", Procedure(office: .EBH, route: .stag9)),
    ])
  func procedures(word: String, procedure: Procedure) {
    #expect(ProcedureWords.procedure(word) == procedure, "\(word)")
  }

  @Test("team, sex, marital status, yes/no and languages")
  func smallTables() throws {
    #expect(ValueWords.team("KIM") == .kim)
    #expect(ValueWords.team("Modul 3") == .kim)
    #expect(ValueWords.team("regulär") == .regular)
    #expect(ValueWords.sex("w") == "female")
    #expect(ValueWords.sex("Herr") == "male")
    #expect(ValueWords.maritalStatus("verh.") == "married")
    #expect(ValueWords.maritalStatus("ledig") == "single")
    #expect(ValueWords.yesNo(.text("ja")) == true)
    #expect(ValueWords.yesNo(.text("nein")) == false)
    #expect(ValueWords.yesNo(.text("vielleicht")) == nil)
    #expect(try ValueWords.languages("Arabisch, Kurdisch").get() == ["ar", "ku"])
    #expect(ValueWords.office("Ausländerbehörde") == .ABH)
  }

  @Test("a profile's value words win over the tables")
  func profileValues() throws {
    let p = try ListProfile.parse("""
      values:
        status:
          "Wartet auf Pass": documents_requested
        person.nationalities:
          "Kosovare": XKX
        procedure:
          "EBH allg.": EBH StAG-10
      """)
    let r = try ListFixtures.records(
      ["Az.;Name;Status;Staatsangehörigkeit;Verfahren", "1;A;Wartet auf Pass;Kosovare;EBH allg."], profile: p)
    #expect(r.issues.isEmpty)
    #expect(r.records[0].status == .documentsRequested)
    #expect(r.records[0].nationalities == ["XKX"])
    #expect(r.records[0].office == .EBH)
    #expect(r.records[0].route == .stag10)
  }

  @Test("every bad cell of a row is named with line and column; rows without file number and name are left out")
  func rowProblems() throws {
    let r = try ListFixtures.records([
      "Az.;Name;Geb.-Datum;Antrag vom", "1;A;31.02.1990;01.01.2024", ";;;", "Summe: 1;;;", ";B;01.01.1990;01.01.2024",
    ])
    #expect(r.issues.map { $0.location?.line } == [2, 5])
    #expect(r.issues[0].reason.english.contains("not a date: \"31.02.1990\""))
    #expect(r.issues[1].reason.english == "no file number")
    #expect(r.records.count == 2)
    #expect(r.skippedLines == [4])  // "Summe: 1" fills one cell only
  }
}
