package uk.assure.audit.domain;

import java.util.Arrays;

/** What an audit entry records. Codes are stored, so they never change once used. */
public enum AuditAction {
  SIGN_IN("sign_in"),
  SIGN_IN_FAILED("sign_in_failed"),
  SIGN_OUT("sign_out"),
  PASSWORD_RESET_REQUESTED("password_reset_requested"),
  PASSWORD_SET("password_set"),
  SECOND_FACTOR_SET_UP("second_factor_set_up"),
  USER_INVITED("user_invited"),
  ROLE_CHANGED("role_changed"),
  ASSESSMENT_CREATED("assessment_created"),
  SCORE_CHANGED("score_changed"),
  EVIDENCE_LINKED("evidence_linked"),
  STATE_CHANGED("state_changed"),
  ASSESSMENT_PUBLISHED("assessment_published"),
  DATA_IMPORTED("data_imported"),
  DEADLINE_SET("deadline_set"),
  REQUEST_ITEM_CHANGED("request_item_changed"),
  DOCUMENT_UPLOADED("document_uploaded"),
  ANSWER_GIVEN("answer_given"),
  CASE_LIST_UPLOADED("case_list_uploaded"),
  SAMPLE_DRAWN("sample_drawn"),
  CASE_NOTE_ADDED("case_note_added"),
  FEEDBACK_TAGGED("feedback_tagged"),
  SESSION_PLANNED("session_planned"),
  SESSION_NOTE_ADDED("session_note_added"),
  STATEMENT_JUDGED("statement_judged"),
  PANEL_DECIDED("panel_decided"),
  PANEL_DECISION_SUPERSEDED("panel_decision_superseded"),
  REPORT_NARRATIVE_SAVED("report_narrative_saved"),
  DRAFT_SENT("draft_sent"),
  ACCURACY_COMMENTED("accuracy_commented"),
  ACCURACY_SUBMITTED("accuracy_submitted"),
  ACCURACY_DECIDED("accuracy_decided"),
  REPORT_PUBLISHED("report_published"),
  REPORT_AMENDED("report_amended"),
  REVIEW_REQUESTED("review_requested"),
  REVIEW_PROGRESSED("review_progressed"),
  TEAM_MEMBER_ADDED("team_member_added"),
  TEAM_MEMBER_REMOVED("team_member_removed"),
  CONFLICT_DECLARED("conflict_declared"),
  EXTERNAL_REVIEWER_SET("external_reviewer_set"),
  CONTACT_ADDED("contact_added"),
  CONTACT_CHANGED("contact_changed"),
  CONTACT_REMOVED("contact_removed"),
  LETTER_TEMPLATE_CHANGED("letter_template_changed"),
  ASSESSMENT_WITHDRAWN("assessment_withdrawn");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AuditAction fromCode(String code) {
    return Arrays.stream(values())
        .filter(a -> a.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown audit action: " + code));
  }
}
