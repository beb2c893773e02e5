package dev.keel.cli;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.io.export.OrderFormat;
import dev.keel.io.export.Routing;
import dev.keel.model.ExposureBasis;
import java.math.BigDecimal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of {@code keel rebalance} that say how to rebalance and how the orders are written
 * (trigger, destination, cash flows, mode, scope, limits, format, order type), mixed into the
 * command, and the settings, routing and order terms they make. A combination that makes no sense
 * is a usage error that says what to type instead.
 */
final class RebalanceOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--trigger",
      defaultValue = "threshold",
      converter = OptionConverters.TriggerConverter.class,
      description = "threshold (default: only what is outside its band) or calendar (everything)")
  Trigger trigger;

  @Option(
      names = "--destination",
      defaultValue = "target",
      converter = OptionConverters.DestinationConverter.class,
      description = "target (default), band-edge, or partial with --fraction")
  RebalanceSettings.Destination destination;

  @Option(
      names = "--fraction",
      paramLabel = "F",
      description = "for partial: how much of the band to leave, 0 to 1 (0.5 is halfway)")
  String fraction;

  @Option(names = "--deposit", paramLabel = "AMOUNT", description = "money to invest (base ccy)")
  String deposit;

  @Option(names = "--withdraw", paramLabel = "AMOUNT", description = "money to raise (base ccy)")
  String withdraw;

  @Option(
      names = "--account",
      paramLabel = "ID",
      description = "account of the deposit or withdrawal (needed when there are several)")
  String account;

  @Option(
      names = "--basis",
      converter = OptionConverters.BasisConverter.class,
      description =
          "value or delta: what a line's weight measures, its spot value or its exposure with the"
              + " derivatives on it (default: the file's exposureBasis)")
  ExposureBasis basis;

  @Option(
      names = "--mode",
      defaultValue = "buy-sell",
      converter = OptionConverters.ModeConverter.class,
      description = "buy-sell (default), buy-only or sell-only")
  Mode mode;

  @Option(
      names = "--scope",
      defaultValue = "account",
      converter = OptionConverters.ScopeConverter.class,
      description = "account (default: each account on its own) or household (all as one)")
  Scope scope;

  @Option(
      names = "--min-trade",
      paramLabel = "AMOUNT",
      description = "smallest trade worth making, base currency")
  String minTrade;

  @Option(
      names = "--max-turnover",
      paramLabel = "FRACTION",
      description = "cap on buys plus sells as a fraction of the book, e.g. 0.1")
  String maxTurnover;

  @Option(
      names = "--format",
      converter = OptionConverters.FormatConverter.class,
      description =
          "generic, ibkr or ccxt: one file of that format for every order (default: each"
              + " account's venue decides: a CCXT list per crypto-exchange account, one IBKR"
              + " basket, generic CSV for the rest)")
  OrderFormat format;

  @Option(
      names = "--order-type",
      defaultValue = "market",
      converter = OptionConverters.OrderTypeConverter.class,
      description = "market (default) or limit")
  OrderTerms.OrderType orderType;

  @Option(
      names = "--limit-offset-bps",
      paramLabel = "N",
      description = "for limit orders: basis points through the reference price (default 0)")
  String limitOffsetBps;

  /** The rebalance settings the options make. */
  RebalanceSettings settings() {
    BigDecimal fraction = number("--fraction", this.fraction);
    BigDecimal deposit = number("--deposit", this.deposit);
    BigDecimal withdraw = number("--withdraw", this.withdraw);
    BigDecimal minTrade = number("--min-trade", this.minTrade);
    BigDecimal maxTurnover = number("--max-turnover", this.maxTurnover);
    RebalanceSettings.Builder builder =
        RebalanceSettings.builder().trigger(trigger).mode(mode).scope(scope);
    switch (destination) {
      case TARGET -> builder.toTarget();
      case BAND_EDGE -> builder.toBandEdge();
      case PARTIAL -> {
        if (fraction == null) {
          throw usage("--destination partial needs --fraction F (0 to 1, 0.5 is halfway)");
        }
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
          throw usage("--fraction must be between 0 and 1, not " + fraction.toPlainString());
        }
        builder.partial(fraction);
      }
    }
    if (fraction != null && destination != RebalanceSettings.Destination.PARTIAL) {
      throw usage("--fraction applies only to --destination partial");
    }
    if (deposit != null && withdraw != null) {
      throw usage("give --deposit or --withdraw, not both");
    }
    if (deposit != null) {
      builder.deposit(positive(deposit, "--deposit"));
    }
    if (withdraw != null) {
      builder.withdraw(positive(withdraw, "--withdraw"));
    }
    if (account != null && deposit == null && withdraw == null) {
      throw usage("--account names the account of a --deposit or --withdraw");
    }
    builder.cashFlowAccount(account);
    if (minTrade != null) {
      builder.minTradeNotional(positive(minTrade, "--min-trade"));
    }
    if (maxTurnover != null) {
      builder.maxTurnover(positive(maxTurnover, "--max-turnover"));
    }
    return builder.build();
  }

  /** The order terms: market orders, or limit orders at the offset given. */
  OrderTerms terms() {
    BigDecimal limitOffsetBps = number("--limit-offset-bps", this.limitOffsetBps);
    if (orderType == OrderTerms.OrderType.MARKET) {
      if (limitOffsetBps != null) {
        throw usage("--limit-offset-bps applies only to --order-type limit");
      }
      return OrderTerms.MARKET;
    }
    BigDecimal offset = limitOffsetBps == null ? BigDecimal.ZERO : limitOffsetBps;
    if (offset.signum() < 0 || offset.compareTo(new BigDecimal("10000")) >= 0) {
      throw usage("--limit-offset-bps must be at least 0 and below 10000");
    }
    return OrderTerms.limit(offset);
  }

  /** Which file each order goes to: by its account's venue, or the one format forced. */
  Routing routing() {
    return format == null ? Routing.BY_VENUE : Routing.forced(format);
  }

  private BigDecimal number(String option, String text) {
    return OptionNumbers.decimal(spec.commandLine(), option, text);
  }

  private BigDecimal positive(BigDecimal value, String option) {
    if (value.signum() <= 0) {
      throw usage(option + " must be above zero, not " + value.toPlainString());
    }
    return value;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
