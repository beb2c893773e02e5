package dev.keel.cli;

import dev.keel.model.margin.MarginGuard;
import java.math.BigDecimal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The margin guard on the command line: each limit overrides the file's {@code guard}, and {@code
 * --override-guard} exports a proposal that leaves an account past it (docs/margin.md, "The
 * guard").
 */
final class GuardOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--max-margin-ratio",
      paramLabel = "FRACTION",
      description = "highest margin ratio a margin account may end with, e.g. 0.5 (file: guard)")
  String maxMarginRatio;

  @Option(
      names = "--min-shock-to-liquidation",
      paramLabel = "FRACTION",
      description = "common move either way a margin account must survive, e.g. 0.3 for 30 %%")
  String minShockToLiquidation;

  @Option(
      names = "--max-leverage",
      paramLabel = "N",
      description = "highest leverage a margin account may end with, e.g. 5")
  String maxLeverage;

  @Option(
      names = "--min-health-factor",
      paramLabel = "N",
      description = "lowest health factor a lending account may end with, e.g. 1.5")
  String minHealthFactor;

  @Option(
      names = "--override-guard",
      description =
          "write the orders even when an account ends past its guard (the manifest records it)")
  boolean override;

  /** The limits given on the command line; {@link MarginGuard#NONE} for none. */
  MarginGuard limits() {
    BigDecimal ratio = fraction("--max-margin-ratio", maxMarginRatio);
    BigDecimal shock = fraction("--min-shock-to-liquidation", minShockToLiquidation);
    BigDecimal leverage = positive("--max-leverage", maxLeverage);
    BigDecimal health = positive("--min-health-factor", minHealthFactor);
    return new MarginGuard(ratio, shock, leverage, health);
  }

  private BigDecimal fraction(String option, String text) {
    BigDecimal value = positive(option, text);
    if (value != null && value.compareTo(BigDecimal.ONE) >= 0) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be a fraction below 1, such as 0.5, not " + value.toPlainString());
    }
    return value;
  }

  private BigDecimal positive(String option, String text) {
    BigDecimal value = OptionNumbers.decimal(spec.commandLine(), option, text);
    if (value != null && value.signum() <= 0) {
      throw new ParameterException(
          spec.commandLine(), option + " must be above zero, not " + value.toPlainString());
    }
    return value;
  }
}
