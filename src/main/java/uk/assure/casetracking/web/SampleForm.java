package uk.assure.casetracking.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import uk.assure.casetracking.domain.StratifiedSample;

/** The sizes of a new sample. */
class SampleForm {

  @NotNull(message = "{cases.sample.size}")
  @Min(value = 1, message = "{cases.sample.size}")
  @Max(value = StratifiedSample.MAX_SIZE, message = "{cases.sample.size}")
  private Integer listSize = StratifiedSample.DEFAULT_LIST;

  @NotNull(message = "{cases.sample.size}")
  @Min(value = 1, message = "{cases.sample.size}")
  @Max(value = StratifiedSample.MAX_SIZE, message = "{cases.sample.size}")
  private Integer followSize = StratifiedSample.DEFAULT_FOLLOW;

  public Integer getListSize() {
    return listSize;
  }

  public void setListSize(Integer listSize) {
    this.listSize = listSize;
  }

  public Integer getFollowSize() {
    return followSize;
  }

  public void setFollowSize(Integer followSize) {
    this.followSize = followSize;
  }
}
