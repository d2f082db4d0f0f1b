package uk.assure.indicator.importing;

import java.time.Instant;
import java.util.Map;
import uk.assure.council.domain.GssCode;

/**
 * Imports of published figures and the values they store, as stored. Every method runs in the
 * caller's transaction, so a whole import lands or none of it does.
 */
public interface IndicatorImportRecords {

  /** The columns of a value in COPY text, in the order {@link CopyText} writes them. */
  String COLUMNS =
      "source, measure_code, measure_group, period, disaggregation, area_level, area_code,"
          + " area_name, status, value, numerator, denominator, base, margin_of_error, unit,"
          + " import_id";

  /** Records an import before its values; its digest and counts are filled in by finish. */
  long begin(String source, String fileName, String period, Instant at, String actor);

  void finish(long importId, String sha256, long rowsRead, int values);

  /**
   * Whether values of this layout and period are stored already, by an import other than this one.
   * Imports of the same layout and period wait for one another here, until the one before commits
   * or rolls back, so each sees what the one before it stored. Each ASCOF import stores values for
   * its own period only, and imports are never deleted, so the imports on record answer this
   * without reading the values.
   */
  boolean periodHeld(String source, String period, long importId);

  /** A staging table that lives only for this transaction. */
  void createStaging();

  /**
   * Stores a batch of values in COPY text through the staging table with one set-based upsert. A
   * value whose figures are the same as those already stored is left as it is, with the import that
   * stored it, so importing the same file again writes nothing.
   */
  void stage(byte[] copyText);

  /**
   * Streams values in COPY text straight into the values table, the cheapest way in, for values
   * none of which can be stored already (the first import of a period).
   */
  void addValues(byte[] copyText);

  /** The councils' CASSR codes learnt so far, to GSS codes. */
  Map<String, GssCode> knownCassrCodes();

  /** Remembers a council's CASSR code, unless it is known already. */
  void rememberCassr(String cassr, GssCode gss);
}
