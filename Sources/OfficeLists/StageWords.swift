import CaseModel

/// The office words for a file's stage, to the statuses of the contract. A cell matches a phrase
/// whole, or contains one ("Unterlagen angefordert am 03.05.") unless it is negated ("nicht
/// entscheidungsreif").
public enum StageWords {
  static let phrases: [(String, CaseStatus)] = {
    var list: [(String, CaseStatus)] = []
    func add(_ s: CaseStatus, _ words: String...) { for w in words { list.append((Normalize.words(w), s)) } }
    add(.received, "Eingang", "eingegangen", "Antrag eingegangen", "Neuantrag", "neu", "erfasst", "Eingangsbestätigung",
        "Eingang bestätigt", "angelegt", "registriert", "offen", "nicht begonnen", "unbearbeitet", "noch nicht bearbeitet",
        "Erstanlage", "received")
    add(.documentsRequested, "Unterlagen angefordert", "Unterlagen nachgefordert", "Nachforderung", "nachgefordert",
        "angefordert", "Unterlagen fehlen", "fehlende Unterlagen", "wartet auf Unterlagen", "Warten auf Unterlagen",
        "Unterlagen unvollständig", "unvollständig", "Nachreichung", "Anforderung Unterlagen", "Anforderung",
        "Unterlagen nachgereicht", "Nachweise angefordert", "Nachweise fehlen", "Mitwirkung angefordert",
        "Anhörung", "documents requested")
    add(.inReview, "in Prüfung", "Prüfung", "in Bearbeitung", "Bearbeitung", "wird bearbeitet", "wird geprüft",
        "Regelanfrage", "Regelanfragen", "Sicherheitsabfrage", "Sicherheitsüberprüfung", "Anfragen laufen",
        "Anfragen gestellt", "Anfrage Verfassungsschutz", "Prüfung läuft", "laufend", "läuft", "in Arbeit",
        "vollständig", "Unterlagen vollständig", "in review")
    add(.suspended, "ruhend", "ruht", "ausgesetzt", "Aussetzung", "Ruhen", "Ruhen des Verfahrens", "zurückgestellt",
        "Zurückstellung", "gestoppt", "pausiert", "suspended")
    add(.decisionPending, "entscheidungsreif", "Entscheidung", "zur Entscheidung", "Entscheidung vorbereitet",
        "Entscheidungsvorschlag", "Zusicherung", "Einbürgerungszusicherung", "Zusicherung erteilt", "zur Unterschrift",
        "Bescheid vorbereitet", "Aushändigung geplant", "Urkunde beantragt", "Urkunde erstellt", "Termin Aushändigung",
        "decision pending")
    add(.granted, "eingebürgert", "stattgegeben", "Einbürgerung erfolgt", "Einbürgerung vollzogen", "Urkunde ausgehändigt",
        "ausgehändigt", "erteilt", "bewilligt", "genehmigt", "positiv", "positiv beschieden", "Titel erteilt",
        "Aufenthaltserlaubnis erteilt", "AE erteilt", "granted")
    add(.refused, "abgelehnt", "Ablehnung", "negativ", "negativ beschieden", "versagt", "Antrag abgelehnt", "refused")
    add(.withdrawn, "zurückgenommen", "Rücknahme", "zurückgezogen", "Antrag zurückgenommen", "Antrag zurückgezogen",
        "erledigt durch Rücknahme", "Rückzug", "withdrawn")
    for s in CaseStatus.allCases { list.append((Normalize.words(s.rawValue), s)) }
    return list
  }()

  static let exact: [String: CaseStatus] = Dictionary(phrases.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })

  public static func status(_ cell: String) -> CaseStatus? {
    let w = Normalize.words(cell)
    if w.isEmpty { return nil }
    if let s = exact[w] { return s }
    let padded = " " + w + " "
    if padded.contains(" nicht ") || padded.contains(" kein ") || padded.contains(" noch nicht ") { return nil }
    // The longest phrase inside the cell decides ("Unterlagen angefordert" over "angefordert").
    var best: (Int, CaseStatus)?
    for (phrase, status) in phrases where phrase.count >= 4 && padded.contains(" " + phrase + " ") {
      if best == nil || phrase.count > best!.0 { best = (phrase.count, status) }
    }
    return best?.1
  }

  public static func closest(_ cell: String) -> [String] {
    ClosestWords.closest(to: Normalize.words(cell), among: phrases.map(\.0))
  }
}
