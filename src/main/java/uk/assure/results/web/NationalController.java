package uk.assure.results.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.domain.Rating;
import uk.assure.report.ReportNarratives;
import uk.assure.results.CouncilRating;
import uk.assure.results.NationalBreakdown;
import uk.assure.results.NationalPicture;
import uk.assure.results.PublicRatings;

/**
 * The national overview: ratings across England, their publication over time, the spread of each
 * statement's scores, ratings by region and by type of council, and the themes published reports
 * most often raise.
 */
@Controller
class NationalController {

  private final PublicRatings ratings;
  private final Framework framework;
  private final ReportNarratives narratives;

  NationalController(PublicRatings ratings, Framework framework, ReportNarratives narratives) {
    this.ratings = ratings;
    this.framework = framework;
    this.narratives = narratives;
  }

  @GetMapping("/national")
  String national(Model model) {
    List<CouncilRating> all = ratings.all();
    NationalPicture picture = NationalPicture.of(all, framework.statementCodes());
    NationalBreakdown breakdown = NationalBreakdown.of(all);
    List<RatingBar> bars =
        RatingTags.BEST_FIRST.stream()
            .map(
                code ->
                    RatingBar.of(
                        code, picture.ratingCounts().get(Rating.fromCode(code)), picture.rated()))
            .toList();
    model.addAttribute("picture", picture);
    model.addAttribute("bars", bars);
    model.addAttribute("breakdown", breakdown);
    model.addAttribute("quarterBars", QuarterBar.of(breakdown.overTime()));
    model.addAttribute("ratingCodes", RatingTags.BEST_FIRST);
    model.addAttribute("framework", framework);
    model.addAttribute("themes", themes(all));
    return "results/national";
  }

  /**
   * The topics the findings of real published reports raise most, counted over each council's
   * rating in force (illustrative ratings have no report), with how many reports were counted.
   */
  private Themes themes(List<CouncilRating> all) {
    List<AssessmentId> reported =
        all.stream()
            .flatMap(r -> r.latest().stream())
            .filter(p -> !p.demo())
            .map(p -> p.assessment().id())
            .toList();
    List<Theme> raised =
        narratives.tagCounts(reported).entrySet().stream()
            .map(e -> new Theme(narratives.topicLabel(e.getKey()), e.getValue()))
            .toList();
    return new Themes(reported.size(), raised);
  }

  /** A topic the reports raise and how many statements' findings raise it. */
  record Theme(String label, int statements) {}

  /** The themes raised, most first, over this many published reports. */
  record Themes(int reports, List<Theme> raised) {}

  /** One bar of the ratings chart, with its geometry worked out for the SVG. */
  record RatingBar(String code, int count, int percent, int width, int y) {

    static final int MAX_WIDTH = 290;

    static RatingBar of(String code, int count, int total) {
      int index = RatingTags.BEST_FIRST.indexOf(code);
      int percent = total == 0 ? 0 : Math.round(100f * count / total);
      int width = total == 0 ? 0 : Math.round((float) MAX_WIDTH * count / total);
      return new RatingBar(code, count, percent, width, index * 40);
    }
  }

  /**
   * One quarter of the chart of ratings over time: a bar split by rating, best first, drawn to the
   * scale of the busiest quarter.
   */
  record QuarterBar(NationalBreakdown.Quarter quarter, List<Segment> segments, int end, int y) {

    static final int LABEL_WIDTH = 110;
    static final int MAX_WIDTH = 340;
    static final int ROW_HEIGHT = 32;

    /** Room above the bars for the key. */
    static final int TOP = 56;

    /** One rating's part of a bar. */
    record Segment(String code, int x, int width) {}

    static List<QuarterBar> of(List<NationalBreakdown.Quarter> quarters) {
      int busiest = quarters.stream().mapToInt(NationalBreakdown.Quarter::total).max().orElse(0);
      List<QuarterBar> bars = new ArrayList<>();
      for (NationalBreakdown.Quarter quarter : quarters) {
        List<Segment> segments = new ArrayList<>();
        int x = LABEL_WIDTH;
        int running = 0;
        for (String code : RatingTags.BEST_FIRST) {
          int count = quarter.count(Rating.fromCode(code));
          if (count == 0) {
            continue;
          }
          // Segment ends are rounded from running totals, so the parts add up to the whole bar.
          int start = LABEL_WIDTH + Math.round((float) MAX_WIDTH * running / busiest);
          running += count;
          int end = LABEL_WIDTH + Math.round((float) MAX_WIDTH * running / busiest);
          segments.add(new Segment(code, start, end - start));
          x = end;
        }
        bars.add(new QuarterBar(quarter, segments, x, TOP + bars.size() * ROW_HEIGHT));
      }
      return bars;
    }
  }
}
