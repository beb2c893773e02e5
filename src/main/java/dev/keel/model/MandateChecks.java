package dev.keel.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a portfolio's mandate against its book: targets, bands, costs and restrictions name
 * classes, instruments and accounts that exist; derivatives take no target; a targeted instrument
 * has a price; every level of targets sums to one. Part of {@link PortfolioValidator}.
 */
final class MandateChecks {
  private final Portfolio portfolio;
  private final List<ValidationProblem> problems;
  private final Map<String, AssetClass> classes;
  private final Map<String, Instrument> instruments;
  private final Set<String> accounts;

  /**
   * @param instruments the book's instruments by symbol, as the validator indexed them
   */
  MandateChecks(
      Portfolio portfolio, Map<String, Instrument> instruments, List<ValidationProblem> problems) {
    this.portfolio = portfolio;
    this.problems = problems;
    this.classes = portfolio.assetClassesById();
    this.instruments = instruments;
    this.accounts = portfolio.accountsById().keySet();
  }

  void check() {
    checkTargets();
    checkOverrides();
  }

  private void problem(String path, String message) {
    problems.add(new ValidationProblem(path, message));
  }

  private void unknown(String path, String message, ValidationProblem.Kind kind, String id) {
    problems.add(new ValidationProblem(path, message, new ValidationProblem.Reference(kind, id)));
  }

  private void checkTargets() {
    TargetAllocation targets = portfolio.targets();
    targets.classes().keySet().forEach(id -> requireClass("targets/classes/", "target", id));
    targets
        .instruments()
        .forEach(
            (symbol, weight) -> {
              Instrument instrument = instruments.get(symbol);
              if (instrument == null) {
                unknown(
                    "targets/instruments/" + symbol,
                    "target for unknown instrument '" + symbol + "': declare it in instruments",
                    ValidationProblem.Kind.INSTRUMENT,
                    symbol);
              } else if (!instrument.isAllocated() && weight.signum() != 0) {
                problem(
                    "targets/instruments/" + symbol,
                    symbol
                        + " is a "
                        + instrument.type().label()
                        + "; derivatives take no target weight: remove this target");
              } else if (instrument.isAllocated()
                  && !portfolio.market().prices().containsKey(symbol)) {
                unknown(
                    "targets/instruments/" + symbol,
                    "no price for '"
                        + symbol
                        + "', which has a target: add it to prices (it may have to be bought)",
                    ValidationProblem.Kind.PRICE,
                    symbol);
              }
            });
    if (!targets.isEmpty()) {
      checkLevelSums();
    }
  }

  private void checkLevelSums() {
    for (TargetLevels.Level level : TargetLevels.incomplete(portfolio)) {
      BigDecimal sum = level.sum();
      if (level.classId() == null) {
        problem(
            "targets",
            "top-level class targets plus cash sum to "
                + percent(sum)
                + ", not 100%: "
                + remainder(sum)
                + " (classes with no parent, and cash, make up the whole portfolio)");
      } else {
        problem(
            "targets/classes/" + level.classId(),
            "targets inside class '"
                + level.classId()
                + "' (its sub-classes and instruments) sum to "
                + percent(sum)
                + ", not 100%: "
                + remainder(sum));
      }
    }
  }

  private static String remainder(BigDecimal sum) {
    BigDecimal gap = BigDecimal.ONE.subtract(sum);
    return gap.signum() > 0
        ? "add " + percent(gap) + " to the weights"
        : "remove " + percent(gap.negate()) + " from the weights";
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  private void checkOverrides() {
    BandPolicy bands = portfolio.bands();
    bands.classes().keySet().forEach(id -> requireClass("bands/classes/", "band", id));
    bands.instruments().keySet().forEach(symbol -> requireInstrument("bands/instruments/", symbol));
    portfolio
        .costs()
        .accounts()
        .keySet()
        .forEach(
            id -> {
              if (!accounts.contains(id)) {
                unknown(
                    "costs/accounts/" + id,
                    "costs for unknown account '" + id + "': use one of " + accounts,
                    ValidationProblem.Kind.ACCOUNT,
                    id);
              }
            });
    portfolio
        .costs()
        .instruments()
        .keySet()
        .forEach(symbol -> requireInstrument("costs/instruments/", symbol));
    portfolio.restrictions().keySet().forEach(symbol -> requireInstrument("restrictions/", symbol));
  }

  private void requireClass(String pathPrefix, String what, String id) {
    if (!classes.containsKey(id)) {
      unknown(
          pathPrefix + id,
          what + " for unknown asset class '" + id + "': use one of " + classes.keySet(),
          ValidationProblem.Kind.ASSET_CLASS,
          id);
    }
  }

  private void requireInstrument(String pathPrefix, String symbol) {
    if (!instruments.containsKey(symbol)) {
      unknown(
          pathPrefix + symbol,
          "unknown instrument '" + symbol + "': declare it in instruments or remove this entry",
          ValidationProblem.Kind.INSTRUMENT,
          symbol);
    }
  }
}
