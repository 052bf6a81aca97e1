import CaseStore
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
  let screener = observability.counting(config.screener)
  let policy = AccessPolicy()
  let queues = QueueCache(database: database)
  let reports = ReportCache(database: database, directory: config.reports.directory)
  let router = Router(context: AppRequestContext.self)
  router.add(middleware: SecurityHeadersMiddleware())
  router.add(middleware: LanguageMiddleware())
  router.add(middleware: ErrorMiddleware(pages: pages))
  StaticController().addRoutes(to: router.group("static"))
  OperationsController(database: database, engine: config.engine, observability: observability, settings: config.operations)
    .addRoutes(to: router)

  let site = router.group()
    .add(middleware: SessionAuthenticator(database: database))
    .add(middleware: CSRFMiddleware())
  LoginController(database: database, pages: pages, config: config).addRoutes(to: site)
  let signedIn = site.add(middleware: ErrorMiddleware(pages: pages)).add(middleware: PasswordChangeGate())
  HomeController(pages: pages, policy: policy).addRoutes(to: signedIn)
  QueueController(database: database, pages: pages, policy: policy, today: config.today, cache: queues, screen: screener,
    engine: config.engine
  ).addRoutes(to: signedIn)
  let files = FileController(
    database: database, pages: pages, policy: policy, today: config.today, cache: queues, screen: screener,
    engine: config.engine)
  files.addRoutes(to: signedIn)
  FileReferralController(
    files: files, database: database, policy: policy, today: config.today, engine: config.engine, cache: queues
  ).addRoutes(to: signedIn)
  ReferralController(
    database: database, pages: pages, policy: policy, today: config.today, engine: config.engine, cache: queues
  ).addRoutes(to: signedIn)
  AuditController(database: database, pages: pages, policy: policy, engine: config.engine).addRoutes(to: signedIn)
  PublishedReportsController(
    reports: reports, database: database, pages: pages, policy: policy, today: config.today, settings: config.reports
  ).addRoutes(to: signedIn)
  ReportsController(reports: reports, pages: pages, policy: policy, today: config.today, settings: config.reports).addRoutes(to: signedIn)
  AdminUsersController(database: database, pages: pages, policy: policy, loginPolicy: config.loginPolicy)
    .addRoutes(to: signedIn)
  AdminListsController(database: database, pages: pages, policy: policy, config: config, uploads: ListUploads())
    .addRoutes(to: signedIn)

  let api = router.group("api/v1").add(middleware: BearerTokenAuthenticator(database: database))
  APIFilesController(database: database, policy: policy, today: config.today, cache: queues, screen: screener)
    .addRoutes(to: api)
  APIScreeningController(database: database, policy: policy, engine: config.engine, today: config.today)
    .addRoutes(to: api)
  APIAuditController(database: database, policy: policy).addRoutes(to: api)
  APIReferralsController(database: database, policy: policy, engine: config.engine, today: config.today, cache: queues)
    .addRoutes(to: api)
  APIReportsController(reports: reports, policy: policy, today: config.today, settings: config.reports).addRoutes(to: api)

  return Application(
    responder: ObservedResponder(inner: router.buildResponder(), observability: observability),
    configuration: .init(address: .hostname(config.hostname, port: config.port), serverName: "backlog"),
    logger: config.logger)
}
