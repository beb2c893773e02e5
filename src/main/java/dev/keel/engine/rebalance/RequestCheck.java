package dev.keel.engine.rebalance;

import dev.keel.engine.Valuation;
import dev.keel.model.CashBalance;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a request can be carried out at all, before anything is proposed: the book has targets, a
 * cash flow names an account that exists (or the book has one), a withdrawal is not larger than the
 * account, and the snapshot the book is valued under prices every position and target and converts
 * every currency, and the proposal weighs no more lines than one may ({@link ProposalSize}). The
 * words are {@link Wording}'s.
 */
final class RequestCheck {
  private RequestCheck() {}

  static Optional<String> check(
      Portfolio portfolio, MarketSnapshot market, RebalanceSettings settings) {
    if (portfolio.targets().isEmpty()) {
      return Optional.of(Wording.noTargets());
    }
    Optional<String> gap = marketGap(portfolio, market);
    if (gap.isPresent()) {
      return gap;
    }
    Optional<String> tooLarge = ProposalSize.refusal(portfolio, settings);
    if (tooLarge.isPresent() || settings.cashFlow().signum() == 0) {
      return tooLarge;
    }
    List<String> accounts = List.copyOf(portfolio.accountsById().keySet());
    String account = settings.cashFlowAccount();
    if (account == null && accounts.size() != 1) {
      return Optional.of(Wording.flowNeedsAnAccount(settings.cashFlow(), accounts));
    }
    if (account != null && !accounts.contains(account)) {
      return Optional.of(Wording.noSuchAccount(account, accounts));
    }
    if (settings.cashFlow().signum() < 0) {
      BigDecimal value =
          accountValue(
              portfolio, Valuation.of(portfolio, market), flowAccount(portfolio, settings));
      if (settings.cashFlow().negate().compareTo(value) > 0) {
        return Optional.of(
            Wording.withdrawalAboveAccount(
                new Money(settings.cashFlow().negate(), portfolio.baseCurrency()),
                new Money(value, portfolio.baseCurrency())));
      }
    }
    return Optional.empty();
  }

  /** The account of the cash flow: the one named, or the book's only one. */
  static String flowAccount(Portfolio portfolio, RebalanceSettings settings) {
    return settings.cashFlowAccount() != null
        ? settings.cashFlowAccount()
        : portfolio.accounts().get(0).id();
  }

  /** The first price or FX rate the snapshot lacks for this book, by what needs it. */
  private static Optional<String> marketGap(Portfolio portfolio, MarketSnapshot market) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    Set<String> checked = new HashSet<>(instruments.size() * 2);
    for (Position position : portfolio.positions()) {
      if (!checked.add(position.symbol())) {
        continue; // a symbol held in several accounts is looked up once
      }
      Optional<String> gap = instrumentGap(portfolio, market, instruments.get(position.symbol()));
      if (gap.isPresent()) {
        return gap;
      }
    }
    for (String symbol : portfolio.targets().instruments().keySet()) {
      Instrument instrument = instruments.get(symbol);
      if (instrument != null && instrument.isAllocated()) {
        Optional<String> gap = instrumentGap(portfolio, market, instrument);
        if (gap.isPresent()) {
          return gap;
        }
      }
    }
    for (CashBalance balance : portfolio.cash()) {
      if (!converts(portfolio, market, balance.currency())) {
        return Optional.of(Wording.noFxRate(balance.currency(), market.asOf()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> instrumentGap(
      Portfolio portfolio, MarketSnapshot market, Instrument instrument) {
    if (instrument == null) {
      return Optional.empty(); // the validator reports an unknown instrument
    }
    if (market.price(instrument.symbol()).isEmpty()) {
      return Optional.of(Wording.noPrice(instrument.symbol(), market.asOf()));
    }
    if (!converts(portfolio, market, instrument.quoteCurrency())) {
      return Optional.of(Wording.noFxRate(instrument.quoteCurrency(), market.asOf()));
    }
    return Optional.empty();
  }

  private static boolean converts(Portfolio portfolio, MarketSnapshot market, String currency) {
    return currency.equals(portfolio.baseCurrency()) || market.fxRate(currency).isPresent();
  }

  private static BigDecimal accountValue(Portfolio portfolio, Valuation valuation, String account) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    BigDecimal value = BigDecimal.ZERO;
    for (Position position : portfolio.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      if (position.account().equals(account) && instrument.isAllocated()) {
        value = value.add(valuation.valueInBase(instrument, position.quantity()));
      }
    }
    for (CashBalance balance : portfolio.cash()) {
      if (balance.account().equals(account)) {
        value = value.add(valuation.cashInBase(balance.currency(), balance.amount()));
      }
    }
    return value;
  }
}
