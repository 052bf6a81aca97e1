// BacklogCommands
