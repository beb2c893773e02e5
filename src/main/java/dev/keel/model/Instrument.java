package dev.keel.model;

import dev.keel.model.check.Checks;
import dev.keel.model.margin.MarginTiers;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A tradable instrument and the order rules its market imposes.
 *
 * <p>Quantities are in units of the instrument (shares, coins, contracts); prices are per unit in
 * the quote currency; a contract's value is quantity times price times multiplier.
 *
 * @param symbol unique symbol, as the venue spells it
 * @param name human-readable name
 * @param assetClass id of the asset class the instrument belongs to
 * @param type kind of instrument
 * @param quoteCurrency currency its price is quoted in
 * @param lotStep quantity increment an order must be a multiple of
 * @param minQuantity smallest order quantity the venue accepts (0 for none)
 * @param minNotional smallest order value in the quote currency (0 for none)
 * @param priceTick price increment a limit price must be a multiple of
 * @param multiplier contract multiplier (1 for spot and stocks)
 * @param terms derivative terms, {@code null} unless {@code type} is a derivative
 * @param marginTiers the venue's leverage tiers of a perpetual or future, {@link MarginTiers#NONE}
 *     when it gives none
 */
public record Instrument(
    String symbol,
    String name,
    String assetClass,
    AssetType type,
    String quoteCurrency,
    BigDecimal lotStep,
    BigDecimal minQuantity,
    BigDecimal minNotional,
    BigDecimal priceTick,
    BigDecimal multiplier,
    DerivativeTerms terms,
    MarginTiers marginTiers) {

  public Instrument {
    Checks.text(symbol, "symbol");
    Checks.text(name, "name");
    Checks.text(assetClass, "assetClass");
    Objects.requireNonNull(type, "type");
    Checks.currency(quoteCurrency, "quoteCurrency");
    Checks.positive(lotStep, "lotStep");
    Checks.nonNegative(minQuantity, "minQuantity");
    Checks.nonNegative(minNotional, "minNotional");
    Checks.positive(priceTick, "priceTick");
    Checks.positive(multiplier, "multiplier");
    if (type.isDerivative() != (terms != null)) {
      throw new IllegalArgumentException(
          symbol + ": derivative terms are required for derivatives and only for them");
    }
    if (terms != null && !terms.fits(type)) {
      throw new IllegalArgumentException(symbol + ": terms do not fit a " + type.label());
    }
    Objects.requireNonNull(marginTiers, "marginTiers");
    if (!marginTiers.isEmpty() && type != AssetType.PERPETUAL && type != AssetType.FUTURE) {
      throw new IllegalArgumentException(
          symbol + ": margin tiers apply only to perpetuals and futures, not to a " + type.label());
    }
  }

  /** An instrument without margin tiers. */
  public Instrument(
      String symbol,
      String name,
      String assetClass,
      AssetType type,
      String quoteCurrency,
      BigDecimal lotStep,
      BigDecimal minQuantity,
      BigDecimal minNotional,
      BigDecimal priceTick,
      BigDecimal multiplier,
      DerivativeTerms terms) {
    this(
        symbol,
        name,
        assetClass,
        type,
        quoteCurrency,
        lotStep,
        minQuantity,
        minNotional,
        priceTick,
        multiplier,
        terms,
        MarginTiers.NONE);
  }

  /** A spot instrument (stock, ETF, coin, stablecoin) with unit multiplier and no terms. */
  public static Instrument spot(
      String symbol,
      String name,
      String assetClass,
      AssetType type,
      String quoteCurrency,
      BigDecimal lotStep,
      BigDecimal minQuantity,
      BigDecimal minNotional,
      BigDecimal priceTick) {
    return new Instrument(
        symbol,
        name,
        assetClass,
        type,
        quoteCurrency,
        lotStep,
        minQuantity,
        minNotional,
        priceTick,
        BigDecimal.ONE,
        null);
  }

  /** The derivative terms, empty for spot instruments. */
  public Optional<DerivativeTerms> derivativeTerms() {
    return Optional.ofNullable(terms);
  }

  /** Whether this instrument is part of the target allocation (everything but derivatives). */
  public boolean isAllocated() {
    return !type.isDerivative();
  }
}
