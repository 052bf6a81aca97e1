import CaseStore
import Casework
import Hummingbird
import HummingbirdAuth
import Logging

/// Wires the whole web application: middleware, controllers, templates. The tests call this same
/// function with an in-memory database.
public func buildApplication(_ config: WebConfiguration, database: AppDatabase) async throws
  -> some ApplicationProtocol
{
  let pages = try Pages.load()
  let observability = Observability(logger: config.logger)
  var config = config
  config.reports = config.reports.completed(by: config.settings)
  let casework = {
    var c = Casework(
      store: database, engine: config.engine ?? .unavailable, today: config.today,
      observeScreening: observability.screeningObserver())
    c.municipalities = config.settings.municipalities.map(\.name)
    return c
  }()
  let policy = AccessPolicy()
  let queues = QueueCache(database: database)
  let reports = ReportCache(database: database, directory: config.reports.directory)
  let router = Router(context: AppRequestContext.self)
  router.add(middleware: SecurityHeadersMiddleware())
  router.add(middleware: LanguageMiddleware())
  router.add(middleware: ErrorMiddleware(pages: pages))
  StaticController().addRoutes(to: router.group("static"))
  OperationsController(casework: casework, observability: observability, settings: config.operations)
    .addRoutes(to: router)

  let site = router.group()
    .add(middleware: SessionAuthenticator(database: database))
    .add(middleware: CSRFMiddleware())
  LoginController(database: database, pages: pages, config: config).addRoutes(to: site)
  let signedIn = site.add(middleware: ErrorMiddleware(pages: pages)).add(middleware: PasswordChangeGate())
  HomeController(pages: pages, policy: policy).addRoutes(to: signedIn)
  QueueController(casework: casework, pages: pages, policy: policy, cache: queues).addRoutes(to: signedIn)
  let files = FileController(casework: casework, pages: pages, policy: policy, cache: queues)
  files.addRoutes(to: signedIn)
  LetterController(files: files, office: config.settings.office).addRoutes(to: signedIn)
  FileReferralController(files: files, casework: casework, policy: policy, cache: queues).addRoutes(to: signedIn)
  ReferralController(casework: casework, pages: pages, policy: policy, cache: queues).addRoutes(to: signedIn)
  ReferralSheetController(
    casework: casework, pages: pages, policy: policy, municipalities: config.settings.municipalities
  ).addRoutes(to: signedIn)
  AuditController(casework: casework, pages: pages, policy: policy).addRoutes(to: signedIn)
  PublishedReportsController(
    reports: reports, pages: pages, policy: policy, today: config.today, settings: config.reports
  ).addRoutes(to: signedIn)
  ReportsController(reports: reports, pages: pages, policy: policy, today: config.today, settings: config.reports).addRoutes(to: signedIn)
  AdminUsersController(
    database: database, pages: pages, policy: policy, loginPolicy: config.loginPolicy, hashing: config.hashing,
    municipalities: config.settings.municipalities.map(\.name)
  ).addRoutes(to: signedIn)
  AdminListsController(
    casework: casework, pages: pages, policy: policy, config: config, uploads: ListUploads(),
    imported: { observability.imported(files: $0, duration: $1) })
    .addRoutes(to: signedIn)

  let api = router.group("api/v1").add(middleware: BearerTokenAuthenticator(database: database))
  APIFilesController(casework: casework, policy: policy, cache: queues).addRoutes(to: api)
  APIScreeningController(casework: casework, policy: policy).addRoutes(to: api)
  APIAuditController(casework: casework, policy: policy).addRoutes(to: api)
  APIReferralsController(casework: casework, policy: policy, cache: queues).addRoutes(to: api)
  APIReportsController(reports: reports, policy: policy, today: config.today, settings: config.reports).addRoutes(to: api)

  return Application(
    responder: ObservedResponder(inner: router.buildResponder(), observability: observability),
    configuration: .init(address: .hostname(config.hostname, port: config.port), serverName: "backlog"),
    logger: config.logger)
}
