import CaseModel
import Testing
@testable import OfficeLists

@Suite("Header recognition: every family, tolerant spelling, decisions by values")
struct RecognitionTests {
  @Test(
    "the usual German headers of each family are recognised",
    arguments: [
      ("Aktenzeichen", ListField.fileNo), ("Az.", .fileNo), ("AZ", .fileNo), ("Akten-Nr.", .fileNo), ("Aktennummer", .fileNo),
      ("Geschäftszeichen", .fileNo), ("Name", .familyName), ("Nachname", .familyName), ("Familienname", .familyName),
      ("NACHNAME", .familyName), ("Vorname", .givenNames), ("Vornamen", .givenNames), ("Vorname(n)", .givenNames),
      ("Name, Vorname", .fullName), ("Geburtsdatum", .birthDate), ("Geb.-Datum", .birthDate), ("geb. am", .birthDate),
      ("Geb.Datum", .birthDate), ("Geburtsdatum (TT.MM.JJJJ)", .birthDate), ("Staatsangehörigkeit", .nationality),
      ("Staatsangehoerigkeit", .nationality), ("Staatsang.", .nationality), ("Nationalität", .nationality),
      ("Antragsdatum", .receivedOn), ("Antrag vom", .receivedOn), ("Eingang", .receivedOn), ("Eingangsdatum", .receivedOn),
      ("Datum des Antragseingangs", .receivedOn), ("Status", .stage), ("Stand", .stage), ("Bearbeitungsstand", .stage),
      ("Sachbearbeiter/in", .clerk), ("Sachbearbeitung", .clerk), ("SB", .clerk), ("Sachbearbeiter:in", .clerk),
      ("Verfahren", .procedure), ("Rechtsgrundlage", .procedure), ("Wohnort", .municipality), ("Gemeinde", .municipality),
      ("Kommune", .municipality), ("Ort", .municipality), ("Telefon", .phone), ("Tel.-Nr.", .phone), ("Mobil", .phone),
      ("E-Mail", .email), ("Email", .email), ("Straße", .street), ("Strasse", .street), ("PLZ", .postalCode),
      ("PLZ/Ort", .postalCodeCity), ("Team", .team), ("Entscheidung am", .decidedOn), ("Entscheidungsdatum", .decidedOn),
      ("Bescheid vom", .decidedOn), ("Wiedervorlage", .followUpOn), ("WV", .followUpOn), ("Aushändigung", .certificateHandoverOn),
      ("Geschlecht", .sex), ("Familienstand", .maritalStatus), ("Sprache", .languages), ("Dolmetscher", .interpreterNeeded),
      ("Bemerkung", .ignore), ("lfd. Nr.", .ignore), ("Stand vom", .asOf),
    ])
  func families(header: String, field: ListField) {
    #expect(HeaderRecognition.field(for: header) == field, "\(header)")
  }

  @Test("unknown headers stay unknown (not imported, named in the mapping)")
  func unknownHeaders() throws {
    #expect(HeaderRecognition.field(for: "Lieblingsfarbe") == nil)
    let (_, m) = try ListFixtures.list(["Az.;Name;Lieblingsfarbe", "1;A;blau"])
    #expect(m.columns[2].source == .unknown)
    #expect(m.columns[2].field == nil)
  }

  @Test("a \"Stand\" column holding dates is the as-of date, not a stage")
  func standWithDates() throws {
    let (_, m) = try ListFixtures.list(["Az.;Name;Stand;Status", "1;A;01.12.2026;in Prüfung", "2;B;01.12.2026;Eingang"])
    #expect(m.field("Stand") == .asOf)
    #expect(m.field("Status") == .stage)
    let (_, words) = try ListFixtures.list(["Az.;Name;Stand", "1;A;in Prüfung"])
    #expect(words.field("Stand") == .stage)
  }

  @Test("a \"Name\" column holding \"Nachname, Vorname\" is split at the comma when there is no given-names column")
  func nameSplit() throws {
    let r = try ListFixtures.records(["Az.;Name;Antrag vom", "1;\"Haddad, Rami\";01.02.2024", "2;\"Kaya, Emre Can\";01.02.2024"])
    #expect(r.records[0].familyName == "Haddad")
    #expect(r.records[0].givenNames == "Rami")
    #expect(r.records[1].givenNames == "Emre Can")
    let kept = try ListFixtures.records(["Az.;Name;Vorname", "1;Haddad;Rami"])
    #expect(kept.records[0].familyName == "Haddad")
  }

  @Test("\"Ort\" beside street and postal code is the address's town; a lone \"Ort\" the municipality")
  func ort() throws {
    let (_, a) = try ListFixtures.list(["Az.;Straße;PLZ;Ort", "1;Hauptstr. 1;53721;Siegburg"])
    #expect(a.field("Ort") == .city)
    let (_, b) = try ListFixtures.list(["Az.;Name;Ort", "1;A;Siegburg"])
    #expect(b.field("Ort") == .municipality)
  }

  @Test("a field in two columns is read from the first; nationality columns add up")
  func duplicates() throws {
    let (_, m) = try ListFixtures.list(["Az.;Eingang;Antragsdatum;StA 1;Staatsangehörigkeit 2", "1;01.01.2024;02.01.2024;syrisch;türkisch"])
    #expect(m.field("Eingang") == .receivedOn)
    #expect(m.columns[2].source == .duplicate)
    let r = try ListFixtures.records(["Az.;Name;Staatsangehörigkeit 1;Staatsangehörigkeit 2", "1;A;syrisch;türkisch"])
    #expect(r.records[0].nationalities == ["SYR", "TUR"])
  }

  @Test("a profile names columns the recognition does not know, and the header row")
  func profileColumns() throws {
    let p = try ListProfile.parse("""
      header_row: 2
      columns:
        "Lfd. Akte": file_no
        "Wer": person.family_name
      """)
    let (t, m) = try ListFixtures.list(["Export vom 01.12.2026;;", "Lfd. Akte;Wer;Eingang", "7;Kaya;01.01.2024"], profile: p)
    #expect(t.headerLine == 2)
    #expect(m.field("Lfd. Akte") == .fileNo)
    #expect(m.field("Wer") == .familyName)
    #expect(m.columns[0].source == .profile)
  }

  @Test("a profile with an unknown field or a bad value is refused with the reason")
  func badProfiles() throws {
    #expect(throws: ListProfile.ProfileError.self) { try ListProfile.parse("columns:\n  X: nonsense\n") }
    #expect(throws: ListProfile.ProfileError.self) { try ListProfile.parse("values:\n  status:\n    x: done\n") }
    #expect(throws: ListProfile.ProfileError.self) { try ListProfile.parse("office: XYZ\n") }
    #expect(throws: ListProfile.ProfileError.self) { try ListProfile.parse("colums: {}\n") }
    #expect(throws: ListProfile.ProfileError.self) { try ListProfile.parse("a: [b\n") }
    #expect(try ListProfile.parse("") == ListProfile())
  }

  @Test("every problem of a profile is named, in the file's order")
  func everyProfileProblem() {
    do {
      _ = try ListProfile.parse("office: XYZ\nheader_row: 0\ncolumns:\n  X: nonsense\nsheet: ~\n")
      Issue.record("expected problems")
    } catch let e as ListProfile.ProfileError {
      #expect(e.messages.count == 3)
      #expect(e.messages[0] == "office: EBH or ABH" && e.messages[1] == "header_row: a row number")
      #expect(e.description.hasPrefix("profile: office: EBH or ABH\nprofile: header_row: a row number\nprofile: columns: \"X\": unknown field nonsense"))
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test("the fixtures are recognised without a profile")
  func fixtures() throws {
    let (_, ebh) = try ListFixtures.recognised("ebh-excel.csv")
    #expect(ebh.columns.map(\.field) == [.fileNo, .familyName, .givenNames, .birthDate, .nationality, .receivedOn, .stage, .clerk, .municipality, .ignore])
    let (_, abh) = try ListFixtures.recognised("abh-tabs.csv")
    #expect(abh.columns.map(\.field) == [.fileNo, .fullName, .birthDate, .nationality, .receivedOn, .procedure, .asOf, .stage, .street, .postalCode, .city, .phone, .email])
  }
}
