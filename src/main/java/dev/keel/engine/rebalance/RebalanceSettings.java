package dev.keel.engine.rebalance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How to rebalance: what triggers a trade, where it goes, money coming in or going out, which sides
 * are allowed, and the limits on the result. Build one with {@link #builder()}; the defaults are a
 * threshold rebalance back to target, buying and selling, each account on its own.
 *
 * @param trigger which lines are traded
 * @param destination where a traded line ends
 * @param fraction for {@link Destination#PARTIAL}: how far toward the band edge a line stays, 0 is
 *     the target and 1 the edge (0.5 is halfway); 0 for target and 1 for band edge otherwise
 * @param cashFlow money deposited (positive) or withdrawn (negative), in the base currency
 * @param cashFlowAccount account the cash flow goes to or comes from; {@code null} when the book
 *     has one account or there is no cash flow
 * @param mode which sides may be traded
 * @param minTradeNotional smallest trade worth making, in the base currency (0 for none)
 * @param maxTurnover largest traded volume (buys plus sells) as a fraction of the book's value, or
 *     {@code null} for no cap
 * @param scope whether each account is rebalanced on its own or all together
 */
public record RebalanceSettings(
    Trigger trigger,
    Destination destination,
    BigDecimal fraction,
    BigDecimal cashFlow,
    String cashFlowAccount,
    Mode mode,
    BigDecimal minTradeNotional,
    BigDecimal maxTurnover,
    Scope scope) {

  /** What makes a line eligible for trading. */
  public enum Trigger {
    /** Only lines outside their band (and the members of a class outside its band). */
    THRESHOLD,
    /** Every line, as in a calendar rebalance. */
    CALENDAR
  }

  /** Where a traded line is taken. */
  public enum Destination {
    /** Back to the target weight. */
    TARGET,
    /** Just inside the nearer band edge. */
    BAND_EDGE,
    /** Part of the way: a fraction of the band from the target. */
    PARTIAL
  }

  /** Which sides may be traded. */
  public enum Mode {
    /** Buy and sell. */
    BUY_SELL,
    /** Only buy: new money goes to the most underweight lines first, nothing is sold. */
    BUY_ONLY,
    /** Only sell. */
    SELL_ONLY;

    boolean allowsBuy() {
      return this != SELL_ONLY;
    }

    boolean allowsSell() {
      return this != BUY_ONLY;
    }
  }

  /** How accounts are treated. */
  public enum Scope {
    /** Each account follows the targets on its own; trades stay in the account with the cash. */
    ACCOUNT,
    /** All accounts are one allocation; trades go where the holdings and the cash are. */
    HOUSEHOLD
  }

  /** The defaults: threshold, to target, no cash flow, buy and sell, per account. */
  public static final RebalanceSettings DEFAULT = builder().build();

  public RebalanceSettings {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(fraction, "fraction");
    Objects.requireNonNull(cashFlow, "cashFlow");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(minTradeNotional, "minTradeNotional");
    Objects.requireNonNull(scope, "scope");
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("fraction must be between 0 and 1, not " + fraction);
    }
    if (destination == Destination.TARGET && fraction.signum() != 0
        || destination == Destination.BAND_EDGE && fraction.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("a fraction applies only to a partial destination");
    }
    if (minTradeNotional.signum() < 0) {
      throw new IllegalArgumentException("minimum trade must not be negative");
    }
    if (maxTurnover != null && maxTurnover.signum() < 0) {
      throw new IllegalArgumentException("turnover cap must not be negative");
    }
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.trigger = trigger;
    builder.destination = destination;
    builder.fraction = fraction;
    builder.cashFlow = cashFlow;
    builder.cashFlowAccount = cashFlowAccount;
    builder.mode = mode;
    builder.minTradeNotional = minTradeNotional;
    builder.maxTurnover = maxTurnover;
    builder.scope = scope;
    return builder;
  }

  /** The settings in one line, for manifests and logs. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append("trigger ").append(label(trigger)).append(", destination ");
    text.append(label(destination));
    if (destination == Destination.PARTIAL) {
      text.append(' ').append(Decimals.plain(fraction));
    }
    if (cashFlow.signum() > 0) {
      text.append(", deposit ").append(Decimals.plain(cashFlow));
    } else if (cashFlow.signum() < 0) {
      text.append(", withdraw ").append(Decimals.plain(cashFlow.negate()));
    }
    if (cashFlowAccount != null) {
      text.append(" (").append(cashFlowAccount).append(')');
    }
    text.append(", mode ").append(label(mode));
    if (minTradeNotional.signum() > 0) {
      text.append(", min trade ").append(Decimals.plain(minTradeNotional));
    }
    if (maxTurnover != null) {
      text.append(", max turnover ").append(Decimals.plain(maxTurnover));
    }
    return text.append(", scope ").append(label(scope)).toString();
  }

  /** The command-line spelling of an option value, for example {@code band-edge}. */
  public static String label(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** A builder of settings; every setter returns the builder. */
  public static final class Builder {
    private Trigger trigger = Trigger.THRESHOLD;
    private Destination destination = Destination.TARGET;
    private BigDecimal fraction = BigDecimal.ZERO;
    private BigDecimal cashFlow = BigDecimal.ZERO;
    private String cashFlowAccount;
    private Mode mode = Mode.BUY_SELL;
    private BigDecimal minTradeNotional = BigDecimal.ZERO;
    private BigDecimal maxTurnover;
    private Scope scope = Scope.ACCOUNT;

    private Builder() {}

    public Builder trigger(Trigger value) {
      trigger = value;
      return this;
    }

    /** Back to target. */
    public Builder toTarget() {
      destination = Destination.TARGET;
      fraction = BigDecimal.ZERO;
      return this;
    }

    /** To the band edge. */
    public Builder toBandEdge() {
      destination = Destination.BAND_EDGE;
      fraction = BigDecimal.ONE;
      return this;
    }

    /** Part way: {@code value} of the band from the target (0.5 is halfway). */
    public Builder partial(BigDecimal value) {
      destination = Destination.PARTIAL;
      fraction = value;
      return this;
    }

    /** Money to invest, in the base currency. */
    public Builder deposit(BigDecimal amount) {
      cashFlow = amount;
      return this;
    }

    /** Money to raise, in the base currency. */
    public Builder withdraw(BigDecimal amount) {
      cashFlow = amount.negate();
      return this;
    }

    public Builder cashFlowAccount(String value) {
      cashFlowAccount = value;
      return this;
    }

    public Builder mode(Mode value) {
      mode = value;
      return this;
    }

    public Builder minTradeNotional(BigDecimal value) {
      minTradeNotional = value;
      return this;
    }

    public Builder maxTurnover(BigDecimal value) {
      maxTurnover = value;
      return this;
    }

    public Builder scope(Scope value) {
      scope = value;
      return this;
    }

    public RebalanceSettings build() {
      return new RebalanceSettings(
          trigger,
          destination,
          fraction,
          cashFlow,
          cashFlowAccount,
          mode,
          minTradeNotional,
          maxTurnover,
          scope);
    }
  }
}
