/// Values several templates share.

/// One `<option>` of a select (or a checkbox of a list): its value, its words and whether it is chosen.
struct Choice: TemplateValues {
  let value: String
  let label: String
  var selected = false
}

/// A link among others (tabs, downloads, quick periods); `current` marks the page shown.
struct NavLink: TemplateValues {
  let label: String
  let href: String
  var current = false
}

/// A message at the top of a page: `kind` is its class (`ok`, `error`).
struct PageMessage: TemplateValues {
  let kind: String
  let text: String
}
