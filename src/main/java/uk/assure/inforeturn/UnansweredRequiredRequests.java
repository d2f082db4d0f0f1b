package uk.assure.inforeturn;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.Assessment;
import uk.assure.inforeturn.domain.Completeness;
import uk.assure.journey.MoveWarning;
import uk.assure.journey.StageBlocked;
import uk.assure.journey.domain.Stage;

/**
 * Before staff move an assessment on from its information return, names each required request the
 * council has not answered, so moving on is a decision rather than an oversight. The return stays
 * open to the council until its due date whatever the stage.
 */
@Component
class UnansweredRequiredRequests implements MoveWarning {

  private final InformationReturn informationReturn;

  UnansweredRequiredRequests(InformationReturn informationReturn) {
    this.informationReturn = informationReturn;
  }

  @Override
  public List<StageBlocked.Reason> warnings(Assessment assessment, Stage from, Stage to) {
    if (from != Stage.INFORMATION_RETURN || from.next().filter(to::equals).isEmpty()) {
      return List.of();
    }
    return informationReturn.state(assessment).completeness().items().stream()
        .filter(state -> state.item().required() && state.answer().isEmpty())
        .map(Completeness.ItemState::item)
        .map(
            item ->
                StageBlocked.Reason.of("inforeturn.warning.unanswered", item.code(), item.title()))
        .toList();
  }
}
