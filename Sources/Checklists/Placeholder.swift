// Checklists
