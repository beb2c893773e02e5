package dev.keel.analytics.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.keel.model.stress.GroupKind;
import dev.keel.model.stress.StressGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioParserTest {
  private static final StressGroup CRYPTO = StressGroup.defaultOf(GroupKind.CRYPTO);

  @Test
  void theIssuesExample_movesEachCoinItsOwnWayAndAddsVolPoints() {
    Scenario scenario = ScenarioParser.parse("BTC=-30%, ETH=-40%,vol=+20,days=1");
    assertThat(scenario.set()).isEqualTo("user");
    assertThat(scenario.move("BTC", "crypto")).isCloseTo(-0.3, within(1e-15));
    assertThat(scenario.move("ETH", "crypto")).isCloseTo(-0.4, within(1e-15));
    assertThat(scenario.move("SOL", "crypto")).isZero();
    assertThat(scenario.vol("BTC", "crypto").apply(0.6, 30, CRYPTO)).isCloseTo(0.8, within(1e-15));
    assertThat(scenario.days()).isEqualTo(1);
    assertThat(scenario.weight()).isEqualTo(1);
  }

  @Test
  void anUnderlyingBeatsItsGroup_andItsGroupBeatsAll() {
    Scenario scenario = ScenarioParser.parse("all=-10%,crypto=-20%,BTC=-30%");
    assertThat(scenario.move("BTC", "crypto")).isCloseTo(-0.3, within(1e-15));
    assertThat(scenario.move("ETH", "crypto")).isCloseTo(-0.2, within(1e-15));
    assertThat(scenario.move("SPY", "equity")).isCloseTo(-0.1, within(1e-15));
  }

  @Test
  void aVolWithAPercentSign_isARelativeChange_andOneMayBeForOneGroup() {
    Scenario scenario = ScenarioParser.parse("all=-5%,vol=+20%,vol.equity=-3");
    assertThat(scenario.vol("BTC", "crypto").apply(0.6, 30, CRYPTO)).isCloseTo(0.72, within(1e-15));
    assertThat(scenario.vol("SPY", "equity").apply(0.2, 30, CRYPTO)).isCloseTo(0.17, within(1e-15));
    assertThat(scenario.describeVol()).isEqualTo("others +20 %; equity -3 pts");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "BTC=-30 | write the move as a percentage, such as BTC=-30%",
        "BTC | write it as KEY=VALUE",
        "BTC=-30%,BTC=-20% | it is given twice",
        "BTC=-100% | a price cannot fall by 100 % or more",
        "days=-1 | days must be 0 or more",
        "vol=high | \"high\" is not a number",
        "BTC=x% | \"x\" is not a number",
        "vol=-100% | a relative change of vol must be above -100 %"
      })
  void aWrongItem_isNamedWithHowToWriteIt(String text, String message) {
    assertThatThrownBy(() -> ScenarioParser.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("scenario item")
        .hasMessageContaining(message);
  }

  @Test
  void anEmptyScenario_saysHowToWriteOne() {
    assertThatThrownBy(() -> ScenarioParser.parse(" "))
        .hasMessageContaining("BTC=-30%,ETH=-40%,vol=+20,days=1");
  }

  @Test
  void aVolShockNeverLeavesAnOptionWithoutVolatility() {
    Scenario scenario = ScenarioParser.parse("vol=-50");
    assertThat(scenario.vol("BTC", "crypto").apply(0.3, 30, CRYPTO)).isEqualTo(VolShock.FLOOR);
  }
}
