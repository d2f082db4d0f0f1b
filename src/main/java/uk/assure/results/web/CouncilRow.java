package uk.assure.results.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.assure.results.CouncilRating;

/** One council in the public list. Rating fields are null where the council has no rating. */
record CouncilRow(
    String gss,
    String name,
    String region,
    String typeKey,
    String rating,
    Integer percentage,
    LocalDate published,
    String publishedText,
    boolean demo) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static CouncilRow of(CouncilRating rating) {
    var council = rating.council();
    var latest = rating.latest();
    return new CouncilRow(
        council.gss().value(),
        council.name(),
        council.region(),
        council.type().messageKey(),
        latest.map(l -> l.result().rating().code()).orElse(null),
        latest.map(l -> l.result().percentage().value()).orElse(null),
        latest.map(l -> l.publishedOn()).orElse(null),
        latest.map(l -> DATE.format(l.publishedOn())).orElse(""),
        latest.map(l -> l.demo()).orElse(false));
  }

  /**
   * The council page's address. Built here rather than with a link expression, which costs a
   * resource-URL lookup per row.
   */
  public String href() {
    return "/councils/" + gss;
  }

  public boolean rated() {
    return rating != null;
  }

  /** The GOV.UK tag colour for the rating; the words always carry the meaning. */
  public String tagClass() {
    return RatingTags.tagClass(rating);
  }
}
