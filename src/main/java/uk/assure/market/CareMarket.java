package uk.assure.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.assure.council.domain.GssCode;
import uk.assure.market.domain.AreaFigures;

/** The care market figures of the latest snapshot, for England and each council. */
@Service
public class CareMarket {

  /** One area's figures in the snapshot as of a date. */
  public record Figures(LocalDate asOf, AreaFigures area) {}

  private final CareMarketRecords records;

  CareMarket(CareMarketRecords records) {
    this.records = records;
  }

  /** The council's figures in the latest snapshot (England's when null), if any was imported. */
  public Optional<Figures> latest(GssCode council) {
    return records
        .latest()
        .flatMap(asOf -> records.area(asOf, council).map(area -> new Figures(asOf, area)));
  }

  /** England's figures then every council's in the latest snapshot, if any was imported. */
  public Optional<List<Figures>> latestAll() {
    return records
        .latest()
        .map(asOf -> records.areas(asOf).stream().map(area -> new Figures(asOf, area)).toList());
  }
}
