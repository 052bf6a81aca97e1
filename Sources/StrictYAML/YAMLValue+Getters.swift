/// Typed reading of a mapping's keys. Each getter returns nil when the key is absent (logging
/// `.required` if it is required) or when its value is wrong (logging what was expected).
extension YAMLValue {
  /// The text of a scalar (as written: no trimming).
  public func string(_ key: String, required: Bool = false) -> String? {
    guard let v = present(key, required: required) else { return nil }
    guard let s = v.scalar else {
      report(.expectedText, key: key, at: v)
      return nil
    }
    return s.text
  }

  /// A whole number, within `range` if given.
  public func int(_ key: String, in range: ClosedRange<Int>? = nil, required: Bool = false) -> Int? {
    guard let v = present(key, required: required) else { return nil }
    guard let s = v.scalar, let n = Int(s.text), range?.contains(n) ?? true else {
      report(.expectedInt(got: v.scalar?.text ?? "?", range: range), key: key, at: v)
      return nil
    }
    return n
  }

  /// true/false (also yes/no and on/off, in any case, as YAML 1.1 wrote them).
  public func bool(_ key: String) -> Bool? {
    guard let v = self[key] else { return nil }
    switch v.scalar?.text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      report(.expectedBool(got: v.scalar?.text ?? "?"), key: key, at: v)
      return nil
    }
  }

  /// A text turned into a value by `parse`; `format` names what was expected ("a date YYYY-MM-DD").
  public func parsed<T>(_ key: String, required: Bool = false, format: String, _ parse: (String) -> T?) -> T? {
    guard let text = string(key, required: required) else { return nil }
    guard let value = parse(text) else {
      report(.expectedFormat(got: text, format: format), key: key, at: self[key])
      return nil
    }
    return value
  }

  /// One of the raw values of `T` (`allowed` names them in the message, by default every case).
  public func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type, allowed: [String]? = nil, required: Bool = false)
    -> T? where T.RawValue == String
  {
    guard let text = string(key, required: required) else { return nil }
    guard let value = T(rawValue: text) else {
      report(.expectedChoice(got: text, allowed: allowed ?? T.allCases.map(\.rawValue)), key: key, at: self[key])
      return nil
    }
    return value
  }

  /// A list of raw values of `T`; wrong items are logged and left out.
  public func choices<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) -> [T]? where T.RawValue == String {
    guard let items = list(key) else { return nil }
    return items.enumerated().compactMap { i, item in
      guard let text = item.scalar?.text else {
        report(.expectedText, key: "\(key)[\(i)]", at: item)
        return nil
      }
      guard let value = T(rawValue: text) else {
        report(.expectedChoice(got: text, allowed: T.allCases.map(\.rawValue)), key: "\(key)[\(i)]", at: item)
        return nil
      }
      return value
    }
  }

  /// A list of texts (each of `lengths` characters if given); wrong items are logged and left out.
  public func strings(_ key: String, lengths: ClosedRange<Int>? = nil) -> [String]? {
    guard let items = list(key) else { return nil }
    return items.enumerated().compactMap { i, item in
      guard let s = item.scalar?.text, lengths?.contains(s.count) ?? true else {
        report(.expectedTextItem(lengths: lengths), key: "\(key)[\(i)]", at: item)
        return nil
      }
      return s
    }
  }

  /// The key's mapping, labelled `context` (by default this value's label).
  public func map(_ key: String, context: String? = nil, required: Bool = false) -> YAMLValue? {
    guard let v = present(key, required: required) else { return nil }
    guard v.isMapping else {
      report(.expectedMapping, key: key, at: v)
      return nil
    }
    return context.map(v.labelled) ?? v
  }

  /// The key's list, items of any kind.
  public func list(_ key: String, required: Bool = false) -> [YAMLValue]? {
    guard let v = present(key, required: required) else { return nil }
    guard let items = v.items else {
      report(.expectedList, key: key, at: v)
      return nil
    }
    return items
  }

  /// The key's list of mappings; an item that is not a mapping is logged and left out.
  public func maps(_ key: String, context: String? = nil) -> [YAMLValue] {
    (list(key) ?? []).enumerated().compactMap { i, item in
      guard item.isMapping else {
        report(.expectedMapping, key: "\(key)[\(i)]", at: item)
        return nil
      }
      return context.map(item.labelled) ?? item
    }
  }

  func present(_ key: String, required: Bool) -> YAMLValue? {
    guard let v = self[key] else {
      if required { report(.required, key: key) }
      return nil
    }
    return v
  }
}
