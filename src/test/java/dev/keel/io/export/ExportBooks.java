package dev.keel.io.export;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Account;
import dev.keel.model.Portfolio;
import dev.keel.model.Venue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The samples' reviews for export tests, and proposals with derivative orders added. */
final class ExportBooks {
  static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO);
  static final Portfolio STOCKS = TestPortfolios.read(TestPortfolios.STOCKS);
  static final Portfolio DERIVATIVES = TestPortfolios.derivativesOnValue();

  private ExportBooks() {}

  /** Every proposed trade of the portfolio under the default settings, approved. */
  static Review approved(Portfolio portfolio) {
    return Review.of(Rebalancer.DEFAULT.propose(portfolio, RebalanceSettings.DEFAULT)).approveAll();
  }

  /**
   * A calendar rebalance, which trades every line off its target: the derivatives sample then
   * trades at both of its venues (BTC and USDC at Deribit, SPY at IBKR).
   */
  static final RebalanceSettings CALENDAR =
      RebalanceSettings.builder().trigger(RebalanceSettings.Trigger.CALENDAR).build();

  /** The derivatives sample's calendar rebalance, every trade approved. */
  static Review derivatives() {
    return Review.of(Rebalancer.DEFAULT.propose(DERIVATIVES, CALENDAR)).approveAll();
  }

  /** One order to add to a proposal: account, symbol, side, quantity. */
  record Order(String account, String symbol, Side side, String quantity) {}

  /**
   * The calendar rebalance of the portfolio with these orders appended as trades {@code T(n+1)},
   * ... (the engine trades no derivative today), priced from the portfolio and copying the first
   * trade's reason; every trade approved.
   */
  static Review withOrders(Portfolio portfolio, Order... orders) {
    Proposal proposal = Rebalancer.DEFAULT.propose(portfolio, CALENDAR);
    Trade model = proposal.trades().get(0);
    List<Trade> trades = new ArrayList<>(proposal.trades());
    for (Order order : orders) {
      BigDecimal price = portfolio.market().price(order.symbol()).orElseThrow().value();
      BigDecimal quantity = new BigDecimal(order.quantity());
      BigDecimal multiplier = portfolio.instrumentsBySymbol().get(order.symbol()).multiplier();
      BigDecimal notional = quantity.multiply(price).multiply(multiplier);
      trades.add(
          new Trade(
              "T" + (trades.size() + 1),
              order.account(),
              order.symbol(),
              order.side(),
              quantity,
              price,
              portfolio.instrumentsBySymbol().get(order.symbol()).quoteCurrency(),
              notional,
              notional,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              model.purpose(),
              model.reason()));
    }
    return Review.of(
            new Proposal(
                proposal.id(),
                proposal.portfolio(),
                proposal.market(),
                proposal.settings(),
                trades,
                proposal.warnings(),
                proposal.cashFlows()))
        .approveAll();
  }

  /** The portfolio with one account moved to another venue. */
  static Portfolio withVenue(Portfolio portfolio, String account, Venue venue) {
    List<Account> accounts =
        portfolio.accounts().stream()
            .map(a -> a.id().equals(account) ? new Account(a.id(), a.name(), venue) : a)
            .toList();
    return portfolio.toBuilder().accounts(accounts).build();
  }
}
