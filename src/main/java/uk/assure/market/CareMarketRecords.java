package uk.assure.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.assure.council.domain.GssCode;
import uk.assure.market.domain.AreaFigures;

/** The care market snapshots as stored: per as-of date, the figures per council and England. */
public interface CareMarketRecords {

  /** The SHA-256 of the file the snapshot for this date was imported from, if there is one. */
  Optional<String> fileHash(LocalDate asOf);

  /**
   * Stores the snapshot for the date, replacing any earlier one for the same date.
   *
   * @param areas England's figures and every council's
   */
  void replace(LocalDate asOf, String fileHash, long rows, Instant at, List<AreaFigures> areas);

  /** The latest snapshot's as-of date, if any file has been imported. */
  Optional<LocalDate> latest();

  /** England's figures (council null) or a council's in the snapshot for the date. */
  Optional<AreaFigures> area(LocalDate asOf, GssCode council);

  /** England's figures first, then every council's, in the snapshot for the date. */
  List<AreaFigures> areas(LocalDate asOf);
}
