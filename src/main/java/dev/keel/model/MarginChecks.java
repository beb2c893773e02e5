package dev.keel.model;

import dev.keel.model.margin.AccountMargin;
import dev.keel.model.margin.MarginMode;
import dev.keel.model.margin.MarginTier;
import dev.keel.model.margin.MarginTiers;
import dev.keel.model.market.Price;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The cross-checks of margin settings: a position's {@code leverage} and {@code isolatedMargin}
 * against its account's mode, rules and its contract's tiers, and what a lending account may hold
 * (see docs/margin.md).
 */
final class MarginChecks {
  private final Portfolio portfolio;
  private final Map<String, Instrument> instruments;
  private final List<ValidationProblem> problems;

  MarginChecks(
      Portfolio portfolio, Map<String, Instrument> instruments, List<ValidationProblem> problems) {
    this.portfolio = portfolio;
    this.instruments = instruments;
    this.problems = problems;
  }

  void check() {
    Map<String, Account> accounts = portfolio.accountsById();
    List<Position> positions = portfolio.positions();
    for (int i = 0; i < positions.size(); i++) {
      Position position = positions.get(i);
      Account account = accounts.get(position.account());
      Instrument instrument = instruments.get(position.symbol());
      if (account == null || instrument == null) {
        continue; // reported by the validator
      }
      String path = "positions/" + i;
      AccountMargin margin = account.margin();
      boolean contract =
          instrument.type() == AssetType.PERPETUAL || instrument.type() == AssetType.FUTURE;
      if (margin.mode() == MarginMode.LENDING && instrument.type().isDerivative()) {
        problem(
            path + "/symbol",
            "lending account "
                + account.id()
                + " holds "
                + position.symbol()
                + ", a "
                + instrument.type().label()
                + ": a lending account holds collateral and debt only; move it to a margin"
                + " account");
        continue;
      }
      if (position.leverage() != null) {
        if (!contract) {
          problem(
              path + "/leverage",
              "\"leverage\" applies to perpetuals and futures, not to a "
                  + instrument.type().label()
                  + ": remove it");
        } else if (!margin.isMargined()) {
          problem(
              path + "/leverage",
              "account "
                  + account.id()
                  + " is a cash account, which trades without leverage: give it a \"margin\""
                  + " mode, or remove \"leverage\"");
        } else {
          MarginTiers tiers = margin.rules().tiersOf(position.symbol(), instrument.marginTiers());
          boolean tiered = !tiers.isEmpty() && !instrument.terms().isInverse();
          String root = Roots.of(instrument, instruments);
          if (!tiered && margin.rules().futureRates().containsKey(root)) {
            problem(
                path + "/leverage",
                "\"leverage\" does not apply to "
                    + position.symbol()
                    + ": the rates of "
                    + root
                    + " contracts in the account's rules set its initial margin by its size;"
                    + " remove it");
          } else {
            checkLeverage(path, position, instrument, tiers);
          }
        }
      }
      boolean isolated = margin.mode() == MarginMode.ISOLATED;
      if (position.isolatedMargin() != null && (!isolated || !contract)) {
        problem(
            path + "/isolatedMargin",
            "\"isolatedMargin\" applies to a perpetual or future of an isolated-margin account: "
                + (contract
                    ? "account " + account.id() + " is " + margin.mode().label()
                    : position.symbol() + " is a " + instrument.type().label())
                + "; remove it");
      }
      if (isolated
          && contract
          && position.isolatedMargin() == null
          && position.quantity().signum() != 0) {
        problem(
            path,
            position.symbol()
                + " is held in isolated-margin account "
                + account.id()
                + " without \"isolatedMargin\": give the margin set aside for it, in "
                + instrument.quoteCurrency());
      }
    }
  }

  /** The leverage is within what the contract's tier allows at the position's notional. */
  private void checkLeverage(
      String path, Position position, Instrument instrument, MarginTiers tiers) {
    Price price = portfolio.market().prices().get(position.symbol());
    if (tiers.isEmpty() || price == null || instrument.terms().isInverse()) {
      return;
    }
    BigDecimal notional =
        position.quantity().abs().multiply(price.value()).multiply(instrument.multiplier());
    MarginTier tier = tiers.tierOf(notional);
    if (position.leverage().compareTo(tier.maxLeverage()) > 0) {
      problem(
          path + "/leverage",
          "leverage "
              + position.leverage().toPlainString()
              + " is above the "
              + tier.maxLeverage().toPlainString()
              + " that "
              + position.symbol()
              + "'s tier allows at a notional of "
              + notional.stripTrailingZeros().toPlainString()
              + " "
              + instrument.quoteCurrency()
              + ": lower it");
    }
  }

  private void problem(String path, String message) {
    problems.add(new ValidationProblem(path, message));
  }
}
