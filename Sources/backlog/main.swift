import BacklogCommands
import Foundation

await Backlog.main(environment: CommandEnvironment(now: { Date() }))
