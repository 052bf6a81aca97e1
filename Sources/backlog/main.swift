import BacklogCommands

Backlog.main()
