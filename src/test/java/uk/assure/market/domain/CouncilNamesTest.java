package uk.assure.market.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.CouncilType;
import uk.assure.council.domain.GssCode;

class CouncilNamesTest {

  private static final List<Council> REGISTRY = registry();
  private static final CouncilNames NAMES = new CouncilNames(REGISTRY);

  /** The registry file as the database loads it, alternative names split on commas. */
  private static List<Council> registry() {
    List<Council> councils = new ArrayList<>();
    try (Reader reader =
        new InputStreamReader(
            CouncilNamesTest.class
                .getClassLoader()
                .getResourceAsStream("data/councils/councils-with-adult-social-care.csv"),
            StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        councils.add(
            new Council(
                new GssCode(row.get("gss-code")),
                row.get("nice-name"),
                row.get("official-name"),
                row.get("region"),
                CouncilType.fromCode(row.get("local-authority-type")),
                null,
                Arrays.stream(row.get("alt-names").split(",")).map(String::strip).toList()));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return councils;
  }

  private static String gssOf(String name) {
    return NAMES.match(name).map(GssCode::value).orElse("none");
  }

  @Test
  void theRegulatorsSpellingsMatchTheirCouncils() {
    assertThat(gssOf("Bristol, City of")).isEqualTo("E06000023");
    assertThat(gssOf("Herefordshire, County of")).isEqualTo("E06000019");
    assertThat(gssOf("Southend on Sea")).isEqualTo("E06000033");
    assertThat(gssOf("Kingston upon Hull, City of")).isEqualTo("E06000010");
    assertThat(gssOf("Durham")).isEqualTo("E06000047");
    assertThat(gssOf("St Helens")).isEqualTo("E08000013");
    assertThat(gssOf("  ST. HELENS ")).isEqualTo("E08000013");
  }

  @Test
  void ampersandAndAndAreTheSame() {
    assertThat(CouncilNames.key("Brighton & Hove"))
        .isEqualTo(CouncilNames.key("Brighton and Hove"));
    assertThat(gssOf("Brighton & Hove")).isEqualTo(gssOf("Brighton and Hove"));
    assertThat(gssOf("Brighton & Hove")).isNotEqualTo("none");
  }

  @Test
  void cityOfCountyOfAndCouncilWordingIsIgnoredButNotOtherWords() {
    assertThat(CouncilNames.key("Bristol, City of")).isEqualTo("bristol");
    assertThat(CouncilNames.key("City of York Council")).isEqualTo("york");
    assertThat(CouncilNames.key("Herefordshire, County of")).isEqualTo("herefordshire");
    assertThat(CouncilNames.key("County Durham")).isEqualTo("county durham");
    assertThat(CouncilNames.key("Councillors' Town")).isEqualTo("councillors town");
  }

  @Test
  void everyCouncilsOwnNamesMatchIt() {
    for (Council council : REGISTRY) {
      assertThat(NAMES.match(council.name())).as(council.name()).contains(council.gss());
      assertThat(NAMES.match(council.officialName()))
          .as(council.officialName())
          .contains(council.gss());
    }
  }

  @Test
  void unknownAndBlankNamesMatchNothing() {
    assertThat(NAMES.match("Atlantis")).isEmpty();
    assertThat(NAMES.match("")).isEmpty();
    assertThat(NAMES.match(", City of")).isEmpty();
    assertThat(NAMES.match(null)).isEmpty();
  }

  @Test
  void aNameTwoCouncilsShareMatchesNeither() {
    Council first =
        new Council(
            new GssCode("E06000001"),
            "Alpha",
            "Alpha Council",
            "North East",
            CouncilType.values()[0],
            null,
            List.of("Shared"));
    Council second =
        new Council(
            new GssCode("E06000002"),
            "Beta",
            "Beta Council",
            "North East",
            CouncilType.values()[0],
            null,
            List.of("Shared"));
    CouncilNames names = new CouncilNames(List.of(first, second));

    assertThat(names.match("shared")).isEmpty();
    assertThat(names.match("Alpha")).contains(first.gss());
  }

  /**
   * Names as the regulator's directory writes them, each of which must find exactly one council.
   */
  private static final List<String> DIRECTORY_NAMES =
      List.of(
          "Bournemouth, Christchurch and Poole",
          "Windsor and Maidenhead",
          "Telford and Wrekin",
          "Brighton and Hove",
          "Stoke-on-Trent",
          "Richmond upon Thames",
          "Kingston upon Thames",
          "Hammersmith and Fulham",
          "Kensington and Chelsea",
          "Barking and Dagenham",
          "City of London",
          "Westminster",
          "Isles of Scilly",
          "North Northamptonshire",
          "West Northamptonshire",
          "Cumberland",
          "Westmorland and Furness",
          "North Yorkshire",
          "Somerset",
          "Redcar and Cleveland",
          "Stockton-on-Tees",
          "York",
          "County Durham",
          "Newcastle upon Tyne",
          "Blackburn with Darwen",
          "Bath and North East Somerset",
          "East Riding of Yorkshire",
          "Cheshire West and Chester",
          "Isle of Wight");

  @Test
  void theDirectorysOtherSpellingsEachFindOneCouncil() {
    for (String name : DIRECTORY_NAMES) {
      assertThat(NAMES.match(name)).as(name).isPresent();
    }
    assertThat(DIRECTORY_NAMES.stream().map(NAMES::match).distinct())
        .hasSize(DIRECTORY_NAMES.size());
  }
}
