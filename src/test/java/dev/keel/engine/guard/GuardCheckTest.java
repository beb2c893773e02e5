package dev.keel.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import dev.keel.model.margin.MarginGuard;
import dev.keel.model.margin.MarginMode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guard's figures and breaches, on the margin worked example of docs/margin.md. */
class GuardCheckTest {
  private final Portfolio example =
      TestPortfolios.read(Path.of("src/test/resources/margin/worked-example.json"));

  @Test
  void figures_areTheMarginCalculatorsForMarginAccountsOnly() {
    List<GuardFigures> figures = GuardCheck.figures(example);
    assertThat(figures).extracting(GuardFigures::account).containsExactly("cross", "isolated");
    GuardFigures cross = figures.get(0);
    assertThat(cross.mode()).isEqualTo(MarginMode.CROSS);
    assertThat(cross.marginRatio()).isCloseTo(730.0 / 44_500, within(1e-15));
    assertThat(cross.leverage()).isCloseTo(180_000.0 / 44_500, within(1e-12));
    assertThat(cross.shockToLiquidation()).isCloseTo(-43_770.0 / 117_705, within(1e-10));
    // worked out on the account alone, the same figures
    assertThat(GuardCheck.account(example, "cross")).isEqualTo(cross);
    assertThat(GuardCheck.account(TestPortfolios.read(TestPortfolios.CRYPTO), "exchange")).isNull();
  }

  @Test
  void breaches_nameEachLimitPassed_withItsShortfall() {
    MarginGuard guard =
        new MarginGuard(new BigDecimal("0.01"), new BigDecimal("0.40"), new BigDecimal("5"), null);
    List<GuardBreach> breaches = GuardCheck.breaches(GuardCheck.account(example, "cross"), guard);
    // ratio 1.64 % above 1 %, shock 37.19 % below 40 %; leverage 4.04x is within 5x
    assertThat(breaches)
        .extracting(GuardBreach::guard)
        .containsExactly(Guard.MAX_MARGIN_RATIO, Guard.MIN_SHOCK_TO_LIQUIDATION);
    assertThat(breaches.get(0).shortfall()).isCloseTo(730.0 / 44_500 / 0.01 - 1, within(1e-12));
    assertThat(breaches.get(1).shortfall()).isCloseTo(1 - 43_770.0 / 117_705 / 0.40, within(1e-9));
    assertThat(breaches.get(0).text())
        .isEqualTo("cross: margin ratio 1.64 % above maxMarginRatio 1.00 %");
    assertThat(breaches.get(1).text())
        .isEqualTo("cross: shock to liquidation 37.19 % below minShockToLiquidation 40.00 %");
    assertThat(GuardCheck.shortfall(breaches))
        .isCloseTo(breaches.get(0).shortfall() + breaches.get(1).shortfall(), within(1e-15));
  }

  @Test
  void anAccountWithinEveryLimit_andAGuardWithNone_breakNothing() {
    MarginGuard loose =
        new MarginGuard(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("5"), null);
    assertThat(GuardCheck.breaches(GuardCheck.account(example, "cross"), loose)).isEmpty();
    assertThat(GuardCheck.breaches(example, MarginGuard.NONE)).isEmpty();
  }
}
