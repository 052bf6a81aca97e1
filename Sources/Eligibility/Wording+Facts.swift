extension Wording {
  /// The facts a reason may say are not recorded, in words a clerk, a case manager and the person
  /// understand (the path of spec section 1 stays in parentheses for the clerk).
  static let facts: [String: (de: String, en: String)] = [
    "absences": ("Auslandsaufenthalte (auch „keine“)", "stays abroad (also “none”)"),
    "civics": ("Einbürgerungstest", "naturalization test"),
    "civics.passed": ("Ergebnis des Einbürgerungstests", "naturalization test result"),
    "convictions": ("Angaben zu Verurteilungen", "information on convictions"),
    "convictions.daily_rates": ("Zahl der Tagessätze einer Verurteilung", "number of daily rates of a conviction"),
    "convictions.months": ("Dauer einer Freiheitsstrafe", "length of a prison sentence"),
    "convictions.remitted": ("Erlass einer Bewährungsstrafe", "remission of a suspended sentence"),
    "convictions.suspended": ("ob die Vollstreckung einer Strafe zur Bewährung ausgesetzt ist", "whether a sentence is suspended on probation"),
    "declarations": ("Bekenntnis- und Loyalitätserklärungen", "commitment and loyalty declarations"),
    "german.age_appropriate": ("altersgemäße Sprachentwicklung des Kindes", "whether the child's German is as expected for its age"),
    "german.level": ("Deutschkenntnisse (Niveau)", "German level"),
    "household.children": ("Geburtsdaten der minderjährigen Kinder", "birth dates of the minor children"),
    "household.children_school_attendance_proven": ("Schulbesuch der Kinder", "children's school attendance"),
    "household.minor_children": ("Zahl der minderjährigen Kinder", "number of minor children"),
    "household.own_dwelling": ("eigene Wohnung oder Unterkunft", "own dwelling or accommodation"),
    "identity": ("Angaben zur Identität", "information on identity"),
    "identity.deception": ("Angaben zu einer Täuschung", "information on deception"),
    "identity.deception_caused_duldung": ("ob eine Täuschung die Duldung verursacht hat", "whether deception caused the toleration"),
    "identity.evidence_level": ("Nachweisstufe der Identität (Stufenmodell)", "evidence step of the identity (step model)"),
    "identity.passport_obtainable": ("ob ein Pass beschafft werden kann", "whether a passport can be obtained"),
    "identity.passport_valid": ("gültiger Pass", "valid passport"),
    "livelihood": ("Angaben zum Lebensunterhalt", "information on livelihood"),
    "livelihood.benefits_sgb2_sgb12": ("Bezug von Bürgergeld/Sozialhilfe (SGB II/XII)", "SGB II/XII benefits"),
    "livelihood.income_monthly": ("monatliches Einkommen", "monthly income"),
    "livelihood.need_monthly": ("monatlicher Bedarf", "monthly need"),
    "livelihood.not_at_fault": ("ob der Leistungsbezug zu vertreten ist", "whether the benefits are the person's fault"),
    "married_to_german_since": ("Datum der Ehe mit einer/einem Deutschen", "date of the marriage to a German"),
    "pending_investigation": ("Auskunft zu laufenden Ermittlungsverfahren", "information on pending investigations"),
    "permit_104c": ("Aufenthaltserlaubnis nach § 104c", "§ 104c residence permit"),
    "person.birth_date": ("Geburtsdatum", "date of birth"),
    "person.nationalities": ("Staatsangehörigkeiten", "nationalities"),
    "protection": ("Schutzstatus (Anerkennung)", "protection status (recognition)"),
    "school": ("Angaben zur Schule", "information on school"),
    "school.years_attended_in_germany": ("Schuljahre in Deutschland", "years of school in Germany"),
    "security_check": ("Ergebnis der Sicherheitsanfrage", "security check result"),
    "special_integration": ("besondere Integrationsleistungen", "special integration achievements"),
    "spouses_count": ("Zahl der Ehegatten", "number of spouses"),
    "stays": ("Aufenthaltszeiten", "periods of stay"),
    "stays.basis": ("Rechtsgrundlage eines Aufenthaltstitels", "legal basis of a residence title"),
  ]

  /// "Nicht erfasst: Einbürgerungstest (civics)".
  static func notRecorded(_ fact: String) -> (de: ReasonText, en: ReasonText) {
    guard let words = facts[fact] else { return ("Nicht erfasst: \(fact)", "Not recorded: \(fact)") }
    return ("Nicht erfasst: \(words.de) (\(fact))", "Not recorded: \(words.en) (\(fact))")
  }
}
