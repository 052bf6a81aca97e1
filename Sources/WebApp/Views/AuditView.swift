import CaseStore

/// The values of `audit.mustache`: the filters as given, one page of entries in words, the pages.
struct AuditView: PageContent {
  static let template = "audit"

  struct Entry: TemplateValues {
    let at: String
    let utc: String
    let actor: String
    let action: String
    let code: String
    let fileNo: String
    let fileHref: String
    let detail: String
    let filters: String
  }

  let entries: [Entry]
  let hasEntries: Bool
  let fileNo: String
  let actor: String
  let from: String
  let to: String
  let page: Int
  let actions: [Choice]
  let prevHref: String?
  let nextHref: String?

  /// `rules`: rule titles by id; `from`/`to`: the period as given; `href`: the address of a page.
  init(
    _ page: AuditPage, filter: AuditFilter, from: String, to: String, texts t: Texts, rules: [String: String],
    href: (Int) -> String
  ) {
    let german = t.isGerman
    entries = page.entries.map {
      Entry(
        at: BerlinTime.text($0.at, german: german), utc: $0.at, actor: $0.actor,
        action: AuditWords.actionWords($0.action, t), code: $0.action, fileNo: $0.fileNo ?? "",
        fileHref: $0.fileNo.map(Links.file) ?? "", detail: AuditWords.detail($0, t, rules: rules), filters: AuditWords.listFilters($0))
    }
    hasEntries = !entries.isEmpty
    fileNo = filter.fileNo ?? ""
    actor = filter.actor ?? ""
    self.from = from
    self.to = to
    self.page = filter.page
    actions = AuditWords.actions.map { Choice(value: $0, label: AuditWords.actionWords($0, t), selected: $0 == filter.action) }
    prevHref = filter.page > 1 ? href(filter.page - 1) : nil
    nextHref = page.hasMore ? href(filter.page + 1) : nil
  }
}
