/// The request an audit row belongs to: the web app's request-log middleware binds the request
/// id for the handler (the store's `writing` and `CPUWork.run` carry it onto their threads), and
/// every audit row written meanwhile records it, so a log line and the audit rows of one request
/// can be matched. Unbound (nil) on the command line.
public enum AuditContext {
  @TaskLocal public static var requestID: String?
}
