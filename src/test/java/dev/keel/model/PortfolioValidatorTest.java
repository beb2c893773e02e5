package dev.keel.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioValidatorTest {
  private final Portfolio crypto = TestPortfolios.read(TestPortfolios.CRYPTO);

  @Test
  void validate_samplesHaveNoProblems() {
    assertThat(PortfolioValidator.DEFAULT.validate(crypto)).isEmpty();
    assertThat(PortfolioValidator.DEFAULT.validate(TestPortfolios.read(TestPortfolios.DERIVATIVES)))
        .isEmpty();
  }

  @Test
  void validate_levelSumWithinOneBasisPoint_isAccepted() {
    TargetAllocation nearlyOne =
        crypto.targets().withCash(new BigDecimal("0.0300999")); // sums to 1.0000999
    assertThat(PortfolioValidator.DEFAULT.validate(crypto.toBuilder().targets(nearlyOne).build()))
        .isEmpty();
  }

  @Test
  void validate_levelSumOffByMoreThanTolerance_saysWhatRemains() {
    TargetAllocation short5 = crypto.targets().withClassWeight("core", new BigDecimal("0.60"));
    List<ValidationProblem> problems =
        PortfolioValidator.DEFAULT.validate(crypto.toBuilder().targets(short5).build());
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("targets");
              assertThat(p.message()).contains("sum to 95.00%").contains("add 5.00%");
            });
  }

  @Test
  void validate_classWithTargetButNoInstrumentWeights_isReported() {
    Map<String, BigDecimal> noInstruments = Map.of();
    TargetAllocation targets =
        new TargetAllocation(crypto.targets().cash(), crypto.targets().classes(), noInstruments);
    assertThat(PortfolioValidator.DEFAULT.validate(crypto.toBuilder().targets(targets).build()))
        .extracting(ValidationProblem::path)
        .containsExactly("targets/classes/core", "targets/classes/alts", "targets/classes/stable");
  }

  @Test
  void validate_positionInUnknownAccountAndShortSpot_areBothReported() {
    List<Position> positions = new ArrayList<>(crypto.positions());
    positions.add(new Position("nowhere", "BTC", BigDecimal.ONE));
    positions.set(1, new Position("kraken-spot", "ETH", new BigDecimal("-1")));
    Portfolio broken = TestPortfolios.withPositions(crypto, positions);
    assertThat(PortfolioValidator.DEFAULT.validate(broken))
        .extracting(ValidationProblem::path)
        .containsExactly("positions/1/quantity", "positions/4/account");
  }

  @Test
  void validate_parentCycle_namesOnlyTheClassesInTheCycle() {
    List<AssetClass> classes =
        List.of(
            new AssetClass("core", "Core", "b"),
            new AssetClass("b", "B", "c"),
            new AssetClass("c", "C", "b"),
            new AssetClass("alts", "Alts", null),
            new AssetClass("stable", "Stable", null));
    Portfolio cyclic =
        TestPortfolios.withAllocation(crypto, classes, crypto.instruments(), TargetAllocation.NONE);

    assertThat(PortfolioValidator.DEFAULT.validate(cyclic))
        .extracting(ValidationProblem::path)
        .containsExactly("assetClasses/1/parent", "assetClasses/2/parent");
  }

  @Test
  void validate_targetedInstrumentWithoutPrice_isReported() {
    List<Instrument> instruments = new ArrayList<>(crypto.instruments());
    instruments.add(
        Instrument.spot(
            "ADA",
            "Cardano",
            "alts",
            AssetType.CRYPTO_SPOT,
            "USD",
            new BigDecimal("0.1"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            new BigDecimal("0.0001")));
    Portfolio withAda =
        TestPortfolios.withAllocation(
            crypto,
            crypto.assetClasses(),
            instruments,
            crypto
                .targets()
                .withInstrumentWeight("SOL", new BigDecimal("0.5"))
                .withInstrumentWeight("ADA", new BigDecimal("0.5")));

    assertThat(PortfolioValidator.DEFAULT.validate(withAda))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("targets/instruments/ADA");
              assertThat(p.message()).startsWith("no price for 'ADA', which has a target");
            });
  }
}
