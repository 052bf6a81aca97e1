import Yams

/// One value of a YAML file with its dotted path, its reader's label and the log its problems go
/// to. The getters never throw: a wrong value is logged with path and line and read as absent,
/// so one run names every mistake in the file. A null (`~`, `null`, nothing) counts as absent.
public struct YAMLValue {
  let node: Node
  /// `server.trusted_proxies[1]`; empty at the top.
  public let path: String
  /// The reader's name for this value in messages (`rule STAG10-LANG, version`).
  public let context: String
  public let log: ProblemLog

  public init(node: Node, path: String = "", context: String = "", log: ProblemLog) {
    self.node = node
    self.path = path
    self.context = context
    self.log = log
  }

  /// Parses `text`; nil for an empty document, or for text that is not YAML (logged).
  public static func parse(_ text: String, context: String = "", log: ProblemLog) -> YAMLValue? {
    do {
      guard let node = try Yams.compose(yaml: text) else { return nil }
      return YAMLValue(node: node, context: context, log: log)
    } catch {
      log.append(YAMLProblem(path: "", context: context, fault: .notValidYAML("\(error)")))
      return nil
    }
  }

  /// 1-based line of the value.
  public var line: Int? { node.mark?.line }

  /// The same value under another label.
  public func labelled(_ context: String) -> YAMLValue { YAMLValue(node: node, path: path, context: context, log: log) }

  /// Logs a problem of this value, or of its `key` (at the line of `value`, else this value's).
  public func report(_ fault: YAMLFault, key: String? = nil, at value: YAMLValue? = nil) {
    report(fault, key: key, node: value?.node)
  }

  func report(_ fault: YAMLFault, key: String?, node at: Node?) {
    let p = key.map { childPath($0) } ?? path
    log.append(YAMLProblem(path: p, key: key, context: context, line: (at ?? node).mark?.line, fault: fault))
  }

  func childPath(_ key: String) -> String {
    key.hasPrefix("[") || path.isEmpty ? path + key : path + "." + key
  }

  func child(_ node: Node, key: String, context: String? = nil) -> YAMLValue {
    YAMLValue(node: node, path: childPath(key), context: context ?? self.context, log: log)
  }

  // MARK: shape

  public var isMapping: Bool { node.mapping != nil }
  public var isList: Bool { node.sequence != nil }
  public var isNull: Bool {
    if case .scalar(let s) = node { return YAMLScalarKind(s) == .null }
    return false
  }

  /// The scalar's text and YAML type, nil for a mapping or a list.
  public var scalar: (text: String, kind: YAMLScalarKind)? {
    guard case .scalar(let s) = node else { return nil }
    return (s.string, YAMLScalarKind(s))
  }

  /// The items of a list, nil for anything else.
  public var items: [YAMLValue]? {
    node.sequence.map { seq in seq.enumerated().map { child($1, key: "[\($0)]") } }
  }

  /// The members of a mapping in file order, nil for anything else. A key that is not a scalar
  /// reads as "?".
  public var entries: [(key: String, value: YAMLValue)]? {
    node.mapping.map { m in m.map { (k, v) in (k.string ?? "?", child(v, key: k.string ?? "?")) } }
  }

  /// The key's value (null counts as absent).
  public subscript(key: String) -> YAMLValue? {
    guard let v = node.mapping?[key] else { return nil }
    if case .scalar(let s) = v, YAMLScalarKind(s) == .null { return nil }
    return child(v, key: key)
  }

  /// Logs every key outside `allowed` (a typo must never drop a setting silently); false, with
  /// the problem logged, when this is not a mapping.
  @discardableResult
  public func only(_ allowed: [String]) -> Bool {
    guard let mapping = node.mapping else {
      report(.expectedMapping)
      return false
    }
    for key in mapping.keys {
      let k = key.string ?? "?"
      if key.string == nil || !allowed.contains(k) { report(.unknownKey(k, allowed: allowed), key: k, node: key) }
    }
    return true
  }
}

/// The YAML 1.2 core-schema type of a scalar: plain scalars are typed, quoted ones are text.
public enum YAMLScalarKind: Sendable {
  case null, bool, int, float, string

  init(_ s: Node.Scalar) {
    guard s.style == .plain || s.style == .any else { self = .string; return }
    let t = s.string
    if t.isEmpty || t == "~" || t == "null" || t == "Null" || t == "NULL" { self = .null }
    else if ["true", "false", "True", "False", "TRUE", "FALSE"].contains(t) { self = .bool }
    else if Int(t) != nil { self = .int }
    else if Double(t) != nil, t.contains(where: { $0.isNumber }) { self = .float }
    else { self = .string }
  }
}
