import Foundation

/// Plain German for the letter to the applicant: the document names of `documents.yaml` are the
/// office's shorthand ("Bekenntnis zur FDGO", "Nr. 1a", "(Abs. 6)"); the letter says what is meant.
enum LetterWords {
  /// Documents whose office name is jargon, by id, in words an applicant understands.
  static let documents: [String: String] = [
    "D16": "Ihre Erklärung, dass Sie sich zur freiheitlichen demokratischen Grundordnung des Grundgesetzes "
      + "bekennen, und Ihre Erklärung zur Verantwortung Deutschlands für den Schutz jüdischen Lebens "
      + "(die Formulare bekommen Sie von uns)",
    "D17": "Ihre Erklärung zu Verurteilungen und laufenden Ermittlungsverfahren im In- und Ausland "
      + "(das Formular bekommen Sie von uns)",
    "D18": "Ärztliches Attest oder Rentenbescheid; oder Nachweise, dass Sie sich ernsthaft um Sprachkurs und Test bemüht haben",
  ]

  /// The letter's name of a document: the plain one if there is one, else the office's name
  /// with references to paragraphs removed.
  static func document(_ id: String, _ name: String) -> String { documents[id] ?? plain(name) }

  /// Removes references in brackets ("(Abs. 6)", "(§ 12a Abs. 4)", "(Nr. 1a)") and spells out
  /// abbreviations an applicant does not know.
  static func plain(_ text: String) -> String {
    var s = text.replacingOccurrences(
      of: #"\s*\((?:[^()]*(?:§|Abs\.|Nr\.|Satz|UNVERIFIED)[^()]*)\)"#, with: "", options: .regularExpression)
    for (short, long) in abbreviations { s = s.replacingOccurrences(of: short, with: long) }
    return s
  }

  static let abbreviations: [(String, String)] = [
    ("FDGO", "freiheitliche demokratische Grundordnung"), ("LiD", "„Leben in Deutschland“"),
    ("BWA", "betriebswirtschaftliche Auswertung"), ("ALG I", "Arbeitslosengeld"),
  ]
}
