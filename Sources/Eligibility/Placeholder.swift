// Eligibility
