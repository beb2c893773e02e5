package dev.keel.analytics.margin;

import dev.keel.analytics.exposure.MarketView;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.model.Account;
import dev.keel.model.AssetType;
import dev.keel.model.CashBalance;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.margin.AccountMargin;
import java.util.List;
import java.util.Map;

/**
 * One account's cash balances and spot holdings as its margin counts them, in the base currency,
 * after a common move {@code m} of every price that moves (coins and stocks; not fiat or
 * stablecoins): the collateral, each asset that counts at its haircut (a lending account's at its
 * liquidation threshold), and the debt, every negative balance owed in full. Each part is a fixed
 * sum plus a sum that moves with the market, worked out once.
 */
final class AccountBalances {
  private double collateralFixed;
  private double collateralMoving;
  private double debtFixed;
  private double debtMoving;

  AccountBalances(
      Portfolio portfolio,
      MarketView view,
      Account account,
      List<Position> held,
      Map<String, PositionExposure> exposures) {
    AccountMargin margin = account.margin();
    for (CashBalance cash : portfolio.cash()) {
      if (!cash.account().equals(account.id())) {
        continue;
      }
      double value = cash.amount().doubleValue() * view.fx(cash.currency());
      boolean moves = moves(view, cash.currency());
      if (value < 0) {
        // a loan is owed in full, whatever counts as collateral
        debtFixed -= moves ? 0 : value;
        debtMoving -= moves ? value : 0;
      } else if (margin.counts(cash.currency())) {
        add(value * margin.haircut(cash.currency()).doubleValue(), moves);
      }
    }
    for (Position position : held) {
      Instrument instrument = view.instrument(position.symbol());
      if (instrument.type().isDerivative() || !margin.counts(position.symbol())) {
        continue;
      }
      double value = exposures.get(account.id() + '\u0000' + position.symbol()).marketValue();
      boolean moves =
          instrument.type() != AssetType.CASH && instrument.type() != AssetType.STABLECOIN;
      add(value * margin.haircut(position.symbol()).doubleValue(), moves);
    }
  }

  private void add(double counted, boolean moves) {
    if (moves) {
      collateralMoving += counted;
    } else {
      collateralFixed += counted;
    }
  }

  /** Whether cash in a currency moves with the market: a coin the book prices as spot. */
  static boolean moves(MarketView view, String currency) {
    Instrument coin = view.instrument(currency);
    return coin != null && coin.type() == AssetType.CRYPTO_SPOT;
  }

  /** The assets that count, each at its haircut or liquidation threshold, after a move. */
  double collateral(double move) {
    return collateralFixed + collateralMoving * (1 + move);
  }

  /** What the account owes (its negative balances, as a positive amount) after a move. */
  double debt(double move) {
    return debtFixed + debtMoving * (1 + move);
  }
}
