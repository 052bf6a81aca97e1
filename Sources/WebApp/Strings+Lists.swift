extension Strings {
  static let lists: [String: (String, String)] = [
    "nav_lists": ("Listen importieren", "Import lists"),
    "lists_title": ("Listen des Amts importieren", "Import the office's lists"),
    "lists_hint": (
      "Excel-Liste (.xlsx) oder CSV aus Excel oder dem Fachverfahren hochladen. Die Spalten werden an ihren Überschriften erkannt; Sie sehen die Zuordnung und alle Probleme, bevor etwas gespeichert wird. Höchstens 32 MB.",
      "Upload an Excel list (.xlsx) or a CSV from Excel or the specialist software. Columns are recognised by their headers; you see the mapping and every problem before anything is stored. At most 32 MB."
    ),
    "list_file": ("Liste", "List"),
    "list_office": ("Behörde, wo die Liste sie nicht nennt", "Office, where the list does not say it"),
    "list_office_none": ("– aus der Liste –", "– from the list –"),
    "list_sheet": ("Tabellenblatt (nur .xlsx, leer = erstes)", "Sheet (.xlsx only, empty = first)"),
    "list_check": ("Hochladen und prüfen", "Upload and check"),
    "list_recheck": ("Zuordnung übernehmen und erneut prüfen", "Apply the mapping and check again"),
    "list_import": ("Jetzt importieren", "Import now"),
    "list_mapping": ("Erkannte Zuordnung", "Recognised mapping"),
    "list_column": ("Spalte", "Column"),
    "list_header": ("Überschrift", "Header"),
    "list_samples": ("Beispiele", "Examples"),
    "list_field": ("wird übernommen als", "imported as"),
    "list_note": ("Hinweis", "Note"),
    "list_problems": ("Probleme (nichts wird importiert, solange es welche gibt)", "Problems (nothing is imported while there are any)"),
    "list_warnings": ("Hinweise", "Notes"),
    "list_would": ("Würde anlegen / ändern / unverändert", "Would add / change / leave unchanged"),
    "list_done": ("Importiert: angelegt / geändert / unverändert", "Imported: added / changed / unchanged"),
    "list_needs_office": (
      "Die Liste nennt für einige Zeilen keine Behörde. Bitte wählen Sie EBH oder ABH.",
      "The list does not say the office for some rows. Please choose EBH or ABH."
    ),
    "list_profile": ("Als Profil (für „backlog import --profile“)", "As a profile (for “backlog import --profile”)"),
    "list_expired": ("Die hochgeladene Liste ist abgelaufen; bitte erneut hochladen.", "The uploaded list has expired; please upload it again."),
    "list_unreadable": ("Die Liste kann nicht gelesen werden", "The list cannot be read"),
    "list_ignore": ("nicht übernehmen", "do not import"),
  ]
}
