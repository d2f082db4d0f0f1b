package uk.assure.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.rating.domain.StatementResult;
import uk.assure.results.CouncilRating;
import uk.assure.results.PublicRatings;
import uk.assure.results.PublishedRating;

/**
 * The open data: one row per council with a rating in force, taken from the same published picture
 * as the public pages, so the files always agree with them. Demonstration rows are included only
 * while demonstration data is switched on, and each is marked.
 */
@Service
public class OpenRatings {

  // The kinds of value the schema names.
  static final String TEXT = "text";
  static final String INTEGER = "integer";
  static final String DATE = "date";
  static final String BOOLEAN = "boolean";

  private final PublicRatings ratings;
  private final Framework framework;
  private final MessageSource messages;

  OpenRatings(PublicRatings ratings, Framework framework, MessageSource messages) {
    this.ratings = ratings;
    this.framework = framework;
    this.messages = messages;
  }

  /** Every rating in force, with the fields that describe them and the credits. */
  public OpenDataset dataset() {
    List<String> codes = framework.statementCodes();
    List<OpenDataRow> rows = new ArrayList<>();
    for (CouncilRating council : ratings.all()) {
      council.latest().ifPresent(latest -> rows.add(row(council, latest, codes)));
    }
    boolean demonstration = rows.stream().anyMatch(OpenDataRow::demonstration);
    List<String> notes = new ArrayList<>();
    notes.add(text("opendata.note.what"));
    if (demonstration) {
      notes.add(text("opendata.note.demonstration"));
    }
    notes.add(text("opendata.note.schema"));
    notes.add(text("opendata.credits.councils"));
    notes.add(text("opendata.credits.framework"));
    return new OpenDataset(text("opendata.title"), codes, fields(codes), rows, notes);
  }

  private static OpenDataRow row(
      CouncilRating council, PublishedRating latest, List<String> statementCodes) {
    var result = latest.result();
    List<Integer> scores = new ArrayList<>();
    for (String code : statementCodes) {
      scores.add(
          result.statements().stream()
              .filter(s -> s.code().equals(code))
              .findFirst()
              .flatMap(StatementResult::score)
              .map(score -> score.value())
              .orElse(null));
    }
    return new OpenDataRow(
        council.council().gss().value(),
        council.council().name(),
        result.rating().code(),
        result.percentage().value(),
        latest.publishedOn(),
        scores,
        latest.demo());
  }

  private List<OpenDataField> fields(List<String> statementCodes) {
    List<OpenDataField> fields = new ArrayList<>();
    fields.add(new OpenDataField("gss", TEXT, text("opendata.field.gss")));
    fields.add(new OpenDataField("name", TEXT, text("opendata.field.name")));
    fields.add(new OpenDataField("rating", TEXT, text("opendata.field.rating")));
    fields.add(new OpenDataField("percentage", INTEGER, text("opendata.field.percentage")));
    fields.add(new OpenDataField("published", DATE, text("opendata.field.published")));
    for (String code : statementCodes) {
      String name = framework.statement(code).map(QualityStatement::name).orElse(code);
      fields.add(
          new OpenDataField(
              code.toLowerCase(Locale.ROOT),
              INTEGER,
              text("opendata.field.statement", code, name)));
    }
    fields.add(new OpenDataField("demonstration", BOOLEAN, text("opendata.field.demonstration")));
    return fields;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
