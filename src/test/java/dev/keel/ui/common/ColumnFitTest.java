package dev.keel.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;

/** Which texts a column's fit measures. */
class ColumnFitTest {
  private static final List<String> NAMES =
      List.of(
          "span 10: price -2/3 range, vol down",
          "span 14: price -1 range, vol down",
          "span 8: price +2/3 range, vol down",
          "BTC=-30%,ETH=-40%,vol=+20,days=1",
          "crash -66 %, vol up");

  @Test
  void ofTexts_measuresTheLongestThreeInLetters() {
    ColumnFit<String> fit =
        ColumnFit.ofTexts(new TableColumn<>("Scenario"), Function.identity(), false);

    assertThat(fit.candidateTexts(NAMES))
        .containsExactlyInAnyOrder(NAMES.get(0), NAMES.get(1), NAMES.get(2));
  }

  @Test
  void ofEveryText_measuresEveryOne_soAWideTextOfFewerLettersIsNotMissed() {
    ColumnFit<String> fit =
        ColumnFit.ofEveryText(new TableColumn<>("Scenario"), Function.identity(), false);

    assertThat(fit.candidateTexts(NAMES)).containsExactlyInAnyOrderElementsOf(NAMES);
  }
}
