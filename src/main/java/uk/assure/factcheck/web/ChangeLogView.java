package uk.assure.factcheck.web;

import java.util.List;
import java.util.Locale;
import uk.assure.factcheck.domain.ChangeLog;

/** A change log as its template fragment reads it: kinds as lower-case codes. */
public record ChangeLogView(List<SectionView> sections) {

  /** One changed section. */
  public record SectionView(String key, String heading, String kind, List<SegmentView> segments) {}

  /** A run of text: "same", "removed" or "added". */
  public record SegmentView(String kind, String text) {}

  public static ChangeLogView of(ChangeLog log) {
    return new ChangeLogView(
        log.sections().stream()
            .map(
                s ->
                    new SectionView(
                        s.key(),
                        s.heading(),
                        s.kind().name().toLowerCase(Locale.ROOT),
                        s.segments().stream()
                            .map(
                                g ->
                                    new SegmentView(
                                        g.kind().name().toLowerCase(Locale.ROOT), g.text()))
                            .toList()))
            .toList());
  }

  public boolean isEmpty() {
    return sections.isEmpty();
  }
}
