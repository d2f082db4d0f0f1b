package uk.assure.factcheck.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.assure.report.domain.ReportSection;

/**
 * What changed in a report's text between two compositions (a sent draft and the final report, or
 * two published versions), section by section, word by word, so a reader sees exactly what was
 * taken out and put in. Sections whose text is the same are left out.
 */
public record ChangeLog(List<SectionChange> sections) {

  /** How a section changed. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** Whether a run of text was kept, taken out or put in. */
  public enum SegmentKind {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of text of one kind. */
  public record Segment(SegmentKind kind, String text) {

    public Segment {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  /** One section's change: its key and heading (as it now reads) and its text as runs. */
  public record SectionChange(String key, String heading, Kind kind, List<Segment> segments) {

    public SectionChange {
      segments = List.copyOf(segments);
    }
  }

  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

  public ChangeLog {
    sections = List.copyOf(sections);
  }

  public boolean isEmpty() {
    return sections.isEmpty();
  }

  /** The changes from {@code before} to {@code after}, in the order of {@code after}. */
  public static ChangeLog between(List<ReportSection> before, List<ReportSection> after) {
    Map<String, ReportSection> old = new LinkedHashMap<>();
    before.forEach(s -> old.put(s.key(), s));
    List<SectionChange> changes = new ArrayList<>();
    for (ReportSection now : after) {
      ReportSection was = old.remove(now.key());
      if (was == null) {
        changes.add(
            new SectionChange(
                now.key(),
                now.heading(),
                Kind.ADDED,
                List.of(new Segment(SegmentKind.ADDED, now.text()))));
      } else if (!was.text().equals(now.text())) {
        changes.add(
            new SectionChange(
                now.key(), now.heading(), Kind.CHANGED, words(was.text(), now.text())));
      }
    }
    for (ReportSection gone : old.values()) {
      changes.add(
          new SectionChange(
              gone.key(),
              gone.heading(),
              Kind.REMOVED,
              List.of(new Segment(SegmentKind.REMOVED, gone.text()))));
    }
    return new ChangeLog(changes);
  }

  /** The word-by-word runs that turn {@code before} into {@code after}. */
  static List<Segment> words(String before, String after) {
    List<String> from = tokens(before);
    List<String> to = tokens(after);
    Patch<String> patch = DiffUtils.diff(from, to);
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, SegmentKind.SAME, from.subList(at, start));
      add(segments, SegmentKind.REMOVED, delta.getSource().getLines());
      add(segments, SegmentKind.ADDED, delta.getTarget().getLines());
      at = start + delta.getSource().size();
    }
    add(segments, SegmentKind.SAME, from.subList(at, from.size()));
    return segments;
  }

  private static void add(List<Segment> segments, SegmentKind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).kind() == kind) {
      segments.set(last, new Segment(kind, segments.get(last).text() + text));
    } else {
      segments.add(new Segment(kind, text));
    }
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
