package uk.assure.rating.api;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads scores strictly: only a JSON whole number is a score. Jackson would otherwise read 3.5 as 3
 * and "3" as 3, quietly rating something other than what was sent.
 */
final class WholeScores {

  private WholeScores() {}

  /** One score: a JSON integer (its range is checked by the rating policy). */
  static final class Score extends StdDeserializer<Integer> {

    Score() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        // Beyond int: let Jackson report it as out of range, with the path.
        return p.getIntValue();
      }
      return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
    }
  }

  /** One statement's evidence category scores: an object of category code to score. */
  static final class Categories extends StdDeserializer<Map<String, Integer>> {

    private static final Score SCORE = new Score();

    Categories() {
      super(Map.class);
    }

    @Override
    public Map<String, Integer> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.isExpectedStartObjectToken()) {
        @SuppressWarnings("unchecked")
        Map<String, Integer> never =
            (Map<String, Integer>) ctxt.handleUnexpectedToken(Map.class, p);
        return never;
      }
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (String category = p.nextName(); category != null; category = p.nextName()) {
        p.nextToken();
        try {
          scores.put(
              category, p.hasToken(JsonToken.VALUE_NULL) ? null : SCORE.deserialize(p, ctxt));
        } catch (JacksonException e) {
          throw JacksonException.wrapWithPath(e, scores, category);
        }
      }
      return scores;
    }
  }
}
