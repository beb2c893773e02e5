package dev.keel.analytics.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.model.stress.GroupKind;
import dev.keel.model.stress.StressGroup;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in sets against their sources' tables (MARKETS.md section 4, docs/stress.md). */
class ScenarioSetsTest {
  private static final StressGroup CRYPTO =
      new StressGroup(
          "crypto", GroupKind.CRYPTO, List.of(), new BigDecimal("0.3"), new BigDecimal("0.2"));
  private static final StressGroup INDEX = StressGroup.defaultOf(GroupKind.INDEX);
  private static final List<StressGroup> GROUPS = List.of(CRYPTO, INDEX);

  @Test
  void span_isCmesSixteenScenarios_theExtremesAt35Percent_oneDayOn() {
    List<Scenario> span = ScenarioSets.SPAN.scenarios(GROUPS);
    assertThat(span).hasSize(16);
    double[] ranges = {0, 0, 1, 1, -1, -1, 2, 2, -2, -2, 3, 3, -3, -3, 6, -6};
    for (int i = 0; i < 16; i++) {
      Scenario scenario = span.get(i);
      assertThat(scenario.name()).startsWith("span " + (i + 1) + ":");
      assertThat(scenario.move("BTC", "crypto")).isCloseTo(ranges[i] / 3 * 0.3, within(1e-15));
      assertThat(scenario.move("SPX", "index")).isCloseTo(ranges[i] / 3 * 0.08, within(1e-15));
      assertThat(scenario.days()).isEqualTo(1);
      assertThat(scenario.weight()).isEqualTo(i < 14 ? 1 : 0.35);
      double vol = scenario.vol("BTC", "crypto").apply(0.5, 30, CRYPTO);
      assertThat(vol).isCloseTo(i >= 14 ? 0.5 : i % 2 == 0 ? 0.6 : 0.4, within(1e-15));
    }
    assertThat(span.get(10).name()).isEqualTo("span 11: price +1 range, vol up");
    assertThat(span.get(15).name()).isEqualTo("span 16: price -2 ranges, at 35 %");
  }

  @Test
  void cryptoPm_isNineStepsOf4PercentTimesThreeVols_onCryptoOnly() {
    List<Scenario> grid = ScenarioSets.CRYPTO_PM.scenarios(GROUPS);
    assertThat(grid).hasSize(27);
    assertThat(grid.get(0).move("BTC", "crypto")).isCloseTo(-0.16, within(1e-15));
    assertThat(grid.get(26).move("BTC", "crypto")).isCloseTo(0.16, within(1e-15));
    assertThat(grid.get(13).move("BTC", "crypto")).isZero();
    assertThat(grid).allSatisfy(s -> assertThat(s.move("SPX", "index")).isZero());
    assertThat(grid.get(12).name()).isEqualTo("crypto-pm 0 %, vol up (by expiry)");
  }

  @Test
  void deribitsVolShocks_followTheirFormula() {
    VolShock up = new VolShock.TermScaled(true);
    VolShock down = new VolShock.TermScaled(false);
    // 30 days: (30/30)^0.13 = 1, so up 1.5 x vol, down 0.75 x vol
    assertThat(up.apply(0.6, 30, CRYPTO)).isCloseTo(0.9, within(1e-15));
    assertThat(down.apply(0.6, 30, CRYPTO)).isCloseTo(0.45, within(1e-15));
    // 7 days: (30/7)^0.3 = 1.5469...; up is at least 50 % vol
    double scale = Math.pow(30 / 7.0, 0.3);
    assertThat(up.apply(0.2, 7, CRYPTO))
        .isCloseTo(Math.max(0.2 * (1 + 0.5 * scale), 0.5), within(1e-15));
    assertThat(up.apply(0.2, 7, CRYPTO)).isEqualTo(0.5);
    assertThat(down.apply(0.8, 7, CRYPTO)).isCloseTo(0.8 * (1 - 0.25 * scale), within(1e-15));
    // 365 days: the long-term power 0.13
    assertThat(up.apply(0.6, 365, CRYPTO))
        .isCloseTo(0.6 * (1 + 0.5 * Math.pow(30 / 365.0, 0.13)), within(1e-15));
  }

  @Test
  void crash_isDeribitsExtendedTableInFullWithVolUp() {
    List<Scenario> crash = ScenarioSets.CRASH.scenarios(GROUPS);
    assertThat(crash)
        .extracting(s -> s.move("SPX", "index"))
        .containsExactly(-0.66, -0.33, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0);
    assertThat(crash).allSatisfy(s -> assertThat(s.weight()).isEqualTo(1));
    assertThat(crash.get(0).name()).isEqualTo("crash -66 %, vol up");
  }

  @Test
  void tims_isTenPointsWithinEachKindsRange() {
    List<Scenario> tims = ScenarioSets.TIMS.scenarios(GROUPS);
    assertThat(tims).hasSize(10);
    assertThat(tims.get(0).move("SPX", "index")).isCloseTo(-0.08, within(1e-15));
    assertThat(tims.get(9).move("SPX", "index")).isCloseTo(0.06, within(1e-15));
    assertThat(tims.get(0).move("BTC", "crypto")).isCloseTo(-0.15, within(1e-15));
    assertThat(tims.get(5).move("BTC", "crypto")).isCloseTo(0.03, within(1e-15));
    assertThat(tims).noneMatch(s -> s.move("SPX", "index") == 0);
  }
}
