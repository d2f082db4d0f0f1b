package uk.assure.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.feedback.domain.FeedbackRole;
import uk.assure.feedback.domain.KeywordModel;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.shared.domain.Refusal;

/**
 * Feedback from people who draw on care and support, carers, staff and partners about a council
 * being assessed, taken while its assessment gathers evidence; and staff tagging it as evidence.
 */
@Service
public class PeoplesFeedback {

  /** The stages during which an assessment takes feedback. */
  public static final Set<Stage> GATHERING =
      EnumSet.of(Stage.NOTIFIED, Stage.INFORMATION_RETURN, Stage.EVIDENCE_GATHERING, Stage.ON_SITE);

  public static final int MAX_PER_HOUR = 5;

  /** A council whose assessment is taking feedback. */
  public record Gathering(Council council, AssessmentId assessment) {}

  /** What someone sent through the feedback form. */
  public record Submission(
      String councilGss,
      String role,
      boolean professionalForm,
      String body,
      String quotable,
      String anonymous,
      String contactEmail,
      String submissionKey,
      String honeypot,
      String clientAddress) {}

  /** What became of a submission. */
  public sealed interface Outcome {
    record Received(String reference) implements Outcome {}

    record Refused(List<Refusal> refusals) implements Outcome {}

    record TooMany() implements Outcome {}
  }

  private final FeedbackRecords records;
  private final AssessmentRecords assessments;
  private final AssessmentJourney journey;
  private final CouncilRegistry councils;
  private final KeywordModel keywords;
  private final AuditTrail audit;
  private final Clock clock;

  PeoplesFeedback(
      FeedbackRecords records,
      AssessmentRecords assessments,
      AssessmentJourney journey,
      CouncilRegistry councils,
      KeywordModel keywords,
      AuditTrail audit,
      Clock clock) {
    this.records = records;
    this.assessments = assessments;
    this.journey = journey;
    this.councils = councils;
    this.keywords = keywords;
    this.audit = audit;
    this.clock = clock;
  }

  /** Councils whose assessment is taking feedback now, by name; the newest assessment of each. */
  public List<Gathering> gathering() {
    Map<String, Gathering> open = new LinkedHashMap<>();
    // In progress comes newest first, so the first taking feedback for a council is its newest.
    assessments.inProgress().stream()
        .map(EditableAssessment::assessment)
        .filter(a -> !a.demo() && !open.containsKey(a.council().value()))
        .filter(a -> GATHERING.contains(journey.state(a).stage()))
        .forEach(
            a ->
                councils
                    .find(a.council())
                    .ifPresent(c -> open.putIfAbsent(c.gss().value(), new Gathering(c, a.id()))));
    return open.values().stream().sorted(Comparator.comparing(g -> g.council().name())).toList();
  }

  @Transactional
  public Outcome give(Submission s) {
    if (s.honeypot() != null && !s.honeypot().isBlank()) {
      // Filled in only by robots: they are told it worked, and nothing is kept.
      return new Outcome.Received("");
    }
    List<Refusal> problems = new ArrayList<>();
    Optional<Gathering> gathering =
        gathering().stream()
            .filter(g -> g.council().gss().value().equals(s.councilGss()))
            .findFirst();
    if (gathering.isEmpty()) {
      problems.add(new Refusal("council", "feedback.problem.council"));
    }
    Optional<FeedbackRole> role =
        FeedbackRole.find(s.role()).filter(r -> r.professional() == s.professionalForm());
    if (role.isEmpty()) {
      problems.add(new Refusal("role", "feedback.problem.role"));
    }
    String body = s.body() == null ? "" : s.body().strip();
    if (body.isEmpty()) {
      problems.add(new Refusal("body", "feedback.problem.bodyMissing"));
    } else if (body.length() > FeedbackItem.MAX_BODY) {
      problems.add(new Refusal("body", "feedback.problem.bodyTooLong"));
    }
    if (!"yes".equals(s.quotable()) && !"no".equals(s.quotable())) {
      problems.add(new Refusal("quotable", "feedback.problem.quotable"));
    }
    if (!"yes".equals(s.anonymous()) && !"no".equals(s.anonymous())) {
      problems.add(new Refusal("anonymous", "feedback.problem.anonymous"));
    }
    String email = s.contactEmail() == null ? "" : s.contactEmail().strip();
    if ("no".equals(s.anonymous())
        && (email.isEmpty()
            || email.length() > 254
            || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      problems.add(new Refusal("contactEmail", "feedback.problem.email"));
    }
    UUID key;
    try {
      key = UUID.fromString(s.submissionKey());
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(new Refusal("body", "feedback.problem.form"));
      key = null;
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    Instant now = clock.instant();
    String client = hash(s.clientAddress());
    if (records.countFrom(client, now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
      return new Outcome.TooMany();
    }
    UUID id = UUID.randomUUID();
    records.add(
        new FeedbackRecords.Received(
            id,
            gathering.get().assessment(),
            role.get(),
            body,
            "yes".equals(s.quotable()),
            "no".equals(s.anonymous()) ? Optional.of(email) : Optional.empty(),
            key,
            client,
            now));
    // A form sent twice is received once; the second sending gets the same reference.
    return new Outcome.Received(reference(key));
  }

  public List<FeedbackItem> forAssessment(AssessmentId assessment) {
    return records.forAssessment(assessment);
  }

  public List<KeywordModel.Suggestion> suggest(String text) {
    return keywords.suggest(text);
  }

  /**
   * Tags a piece of feedback. The extract, if any, must be the feedback's own words, and only
   * feedback whose author agreed to be quoted can have one.
   *
   * @return the problem's message key, or empty when the tags were saved
   */
  @Transactional
  public Optional<String> tag(
      Assessment assessment,
      UUID feedback,
      List<String> statements,
      EvidenceCategory category,
      String extract,
      String actor) {
    FeedbackItem item =
        records.forAssessment(assessment.id()).stream()
            .filter(f -> f.id().equals(feedback))
            .findFirst()
            .orElseThrow();
    String quote = extract == null ? "" : extract.strip();
    if (!quote.isEmpty() && !item.quotable()) {
      return Optional.of("feedback.tag.notQuotable");
    }
    if (!quote.isEmpty() && !item.body().contains(quote)) {
      return Optional.of("feedback.tag.extractNotInFeedback");
    }
    records.addTags(
        feedback, new FeedbackItem.Tags(statements, category, quote, actor, clock.instant()));
    audit.record(
        AuditRecord.of(AuditAction.FEEDBACK_TAGGED, actor)
            .about("feedback", feedback)
            .withCouncil(assessment.council().value())
            .withDetail("statements", String.join(",", statements))
            .withDetail("category", category.code()));
    return Optional.empty();
  }

  /** Whether a piece of feedback belongs to the assessment. */
  public boolean belongs(Assessment assessment, UUID feedback) {
    return records.assessmentOf(feedback).filter(assessment.id()::equals).isPresent();
  }

  /** The short reference a person is given for their feedback. */
  static String reference(UUID id) {
    return id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  private static String hash(String address) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
