package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.MarketView;
import dev.keel.analytics.exposure.MovedOption;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Position;
import dev.keel.model.margin.AccountMargin;
import dev.keel.model.margin.FutureRates;
import dev.keel.model.margin.MarginMode;
import dev.keel.model.margin.MarginRules;
import dev.keel.model.margin.MarginTiers;
import java.util.List;

/**
 * Which rule kind margins each position of a margin account (docs/margin.md): a linear perpetual or
 * future with leverage tiers (its own or its account's rules'), a perpetual or future whose coin
 * has size-scaled rates, a short option quoted in its coin, an uncovered short equity or index
 * option, stock held long. A contract or short option that none covers is named in a warning and
 * holds no margin.
 */
final class PositionRules {
  private final String account;
  private final MarginMode mode;
  private final MarginRules rules;
  private final MarketView view;
  private final List<String> warnings;

  PositionRules(String account, AccountMargin margin, MarketView view, List<String> warnings) {
    this.account = account;
    this.mode = margin.mode();
    this.rules = margin.rules();
    this.view = view;
    this.warnings = warnings;
  }

  /** The position's margin under the rule that covers it; {@code null} when none does. */
  MarginedPosition of(Position position, PositionExposure exposure) {
    Instrument instrument = view.instrument(position.symbol());
    AssetType type = instrument.type();
    if (type == AssetType.PERPETUAL || type == AssetType.FUTURE) {
      return contract(position, instrument);
    }
    if (type == AssetType.OPTION) {
      return position.quantity().signum() < 0 ? shortOption(position, instrument) : null;
    }
    if (type == AssetType.STOCK && rules.stocks() != null && position.quantity().signum() > 0) {
      return new StockOnMargin(
          position, view.price(instrument.symbol()), exposure.marketValue(), rules.stocks());
    }
    return null;
  }

  private MarginedPosition contract(Position position, Instrument instrument) {
    MarginTiers tiers = rules.tiersOf(instrument.symbol(), instrument.marginTiers());
    if (!instrument.terms().isInverse() && !tiers.isEmpty()) {
      return new TieredContract(position, instrument, view, tiers);
    }
    FutureRates rates = rules.futureRates().get(view.root(instrument));
    if (rates != null && mode != MarginMode.ISOLATED) {
      return new SizedContract(position, instrument, view, rates);
    }
    return none(position, "a perpetual or future");
  }

  private MarginedPosition shortOption(Position position, Instrument instrument) {
    if (mode != MarginMode.ISOLATED) {
      MovedOption option = MovedOption.of(instrument, view);
      if (option.coinQuoted() && rules.coinOptions() != null) {
        return new CoinOptionShort(position, instrument, view, option, rules.coinOptions());
      }
      String underlying = instrument.terms().underlying();
      Instrument on = view.instrument(underlying);
      boolean index = on == null; // an entry of the market's underlyings: an index
      if (!option.coinQuoted()
          && rules.equityOptions() != null
          && (index || on.type() == AssetType.STOCK)) {
        return new EquityOptionShort(
            position, instrument, view, option, rules.equityOptions(), index);
      }
    }
    return none(position, "a short option");
  }

  /** Names a position no rule covers in a warning. */
  private MarginedPosition none(Position position, String what) {
    String why;
    if (mode == MarginMode.ISOLATED) {
      why = "an isolated account follows leverage tiers on linear contracts only";
    } else if (rules.isEmpty()) {
      why =
          "its account gives no \"rules\" (docs/margin.md) and "
              + (what.startsWith("a perpetual")
                  ? "the contract no \"marginTiers\" a linear contract could follow"
                  : "Keel has no default rule for it");
    } else {
      why =
          (rules.preset() == null ? "the account's rules" : "the rules " + rules.preset())
              + " have none for "
              + what
              + " like it";
    }
    warnings.add(
        account
            + " "
            + position.symbol()
            + ": no margin rule Keel follows for it ("
            + why
            + "), so its maintenance margin is counted as 0");
    return null;
  }
}
