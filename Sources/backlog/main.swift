import BacklogCommands
import Foundation

Backlog.main(environment: CommandEnvironment(now: { Date() }))
