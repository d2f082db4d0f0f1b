package uk.assure.factcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.assure.factcheck.domain.ChangeLog.Kind;
import uk.assure.factcheck.domain.ChangeLog.Segment;
import uk.assure.factcheck.domain.ChangeLog.SegmentKind;
import uk.assure.report.domain.ReportSection;

class ChangeLogTest {

  @Test
  void aChangedSectionShowsTheWordsTakenOutAndPutIn() {
    ChangeLog log =
        ChangeLog.between(
            List.of(new ReportSection("QS1", "Needs", "People wait 20 weeks for assessment.")),
            List.of(new ReportSection("QS1", "Needs", "People wait 12 weeks for assessment.")));

    assertThat(log.sections()).hasSize(1);
    assertThat(log.sections().get(0).kind()).isEqualTo(Kind.CHANGED);
    assertThat(log.sections().get(0).segments())
        .containsExactly(
            new Segment(SegmentKind.SAME, "People wait "),
            new Segment(SegmentKind.REMOVED, "20"),
            new Segment(SegmentKind.ADDED, "12"),
            new Segment(SegmentKind.SAME, " weeks for assessment."));
  }

  @Test
  void unchangedSectionsAreLeftOutAndAddedOrRemovedOnesAreWhole() {
    ChangeLog log =
        ChangeLog.between(
            List.of(
                new ReportSection("overview", "Overview", "Same"),
                new ReportSection("QS2", "Old", "Gone text")),
            List.of(
                new ReportSection("overview", "Overview", "Same"),
                new ReportSection("QS3", "New", "New text")));

    assertThat(log.sections())
        .extracting(ChangeLog.SectionChange::key, ChangeLog.SectionChange::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("QS3", Kind.ADDED),
            org.assertj.core.groups.Tuple.tuple("QS2", Kind.REMOVED));
  }

  @Test
  void theSameTextGivesNoChanges() {
    List<ReportSection> sections = List.of(new ReportSection("QS1", "Needs", "Text"));
    assertThat(ChangeLog.between(sections, sections).isEmpty()).isTrue();
  }
}
