/// The keys of the texts Swift code reads (`Texts[key]`), each named as in the tables
/// (`Strings*.swift`) and the templates (`{{t.key}}`). A key missing here does not compile;
/// `InterfaceTextTests` checks that each one has its German and English text.
enum StringKey: String, CaseIterable, Sendable {
  case account_locked, account_unlocked
  case audit_assigned_to, audit_consent_ended, audit_count, audit_fields, audit_from, audit_import_run
  case audit_sessions_ended, audit_shown, audit_title, audit_to, audit_unassigned
  case bulk_confirm_title, bulk_done_title, bulk_proposed, bulk_sent, bulk_skipped, bulk_will_propose, bulk_will_send
  case bulk_will_skip
  case civics_on, civics_passed, civics_proof
  case clerk
  case col_permit_104c_end, col_turns_27
  case conflict
  case days
  case doc_id, doc_on, doc_status
  case eligible_or_open
  case error_csrf, error_forbidden, error_not_found, error_title
  case fig_at_target, fig_change, fig_change_hint, fig_cleared, fig_cleared_hint, fig_closed, fig_closed_hint
  case fig_median, fig_median_hint, fig_not_in_sight, fig_not_shrinking, fig_open, fig_past_3m, fig_past_3m_hint
  case fig_received, fig_referrals, fig_referrals_hint, fig_target_hint, fig_todays_files, fig_todays_files_hint
  case file_no
  case follow_up_on
  case german_level, german_on, german_proof
  case group_all
  case home_title
  case invalid
  case lead_empty, lead_flow, lead_grew, lead_not_shrinking, lead_same, lead_shrank
  case letter_closed, letter_confirm_missing, letter_conflict, letter_deadline_invalid
  case list_expired, list_ignore, list_office_none, list_unreadable
  case lists_title
  case login_failed, login_locked, login_title
  case municipality
  case name
  case new_password
  case no
  case none
  case not_recorded
  case password_common, password_has_name, password_mismatch, password_repeated, password_title, password_too_short
  case password_wrong_current
  case permit_104c_within
  case published_by, published_data_as_of, published_html, published_period, published_ruleset, published_title
  case queue_title
  case received_on
  case ref_all_states, ref_bulk_proposed, ref_bulk_sent, ref_bulk_skipped, ref_conflict, ref_inbox_title, ref_no
  case ref_not_shown_yet, ref_one, ref_open, ref_progress_note, ref_reason_required, ref_saved, ref_title, ref_unknown
  case ref_unproven, ref_yes
  case referr_already, referr_closed, referr_due_past, referr_forbidden, referr_no_consent, referr_no_municipality
  case referr_not_a_gap, referr_not_allowed, referr_not_found
  case reports_as_of, reports_bad_query, reports_csv_excel, reports_csv_plain, reports_json, reports_last_12
  case reports_last_24, reports_last_year, reports_municipality, reports_office, reports_since, reports_team
  case reports_this_year, reports_title
  case saved
  case sessions_ended
  case stage
  case tokens_revoked
  case unknown
  case user_deactivate_missing, user_municipality_required, user_name_invalid, user_name_taken, user_own_role
  case user_role_changed, user_role_missing, user_unknown, user_unknown_municipality
  case users_title
  case valid_until
  case yes
}
