package dev.keel.analytics.exposure;

import dev.keel.analytics.pricing.Greeks;
import dev.keel.model.AssetType;

/**
 * What one position adds to a book's exposure. Money is in the book's base currency unless said;
 * delta and gamma are in units of the position's own underlying.
 *
 * @param account the holding account
 * @param symbol the instrument
 * @param type its type
 * @param quantity units or contracts held, negative when short
 * @param price its mark price in its quote currency
 * @param quoteCurrency the currency of {@code price}
 * @param modelPrice an option's model price in its quote currency, {@code null} for other types or
 *     when no volatility is known
 * @param impliedVol the volatility an option's mark price implies, {@code null} when undefined (see
 *     {@code impliedVolNote}) or not an option
 * @param impliedVolNote why the implied volatility is undefined, {@code null} when it is defined
 * @param volatility the volatility the option is valued with, {@code null} when none
 * @param method how an option is valued, such as {@code Black-76}; {@code null} for other types
 * @param underlying the position's own underlying (the instrument itself for spot)
 * @param root the underlying its exposure is counted under: a coin, a stock or an index, past any
 *     future in between
 * @param underlyingPrice the price of {@code underlying}, in its own currency
 * @param yearsToExpiry ACT/365 from the book's time to the expiry instant, {@code null} without one
 * @param daysToExpiry whole days to the expiry instant, {@code null} without one
 * @param unit Greeks of one unit in the display units of {@link Greeks}, in the currency the
 *     underlying is priced in; spot and linear contracts have delta 1 and nothing else
 * @param delta units of the underlying the position moves like, including, for an inverse contract,
 *     its unrealised profit held in the coin
 * @param gamma change of {@code delta} per one unit of the underlying's price
 * @param vega change of value per volatility point
 * @param theta change of value per calendar day
 * @param rho change of value per 1 % of the interest rate
 * @param cashDelta delta times the underlying's price: the value the position moves like
 * @param cashGamma change of {@code cashDelta} for a 1 % move of the underlying
 * @param premiumAdjustedDelta for an option quoted in a coin, the delta less the premium in that
 *     coin (Deribit's net transaction delta); {@code null} otherwise
 * @param marketValue what the position adds to equity: the value of spot and options, the
 *     unrealised profit of perpetuals and futures
 * @param unrealisedPnl the unrealised profit of a perpetual or future since its entry price; 0 for
 *     other types and without an entry price
 * @param fundingPerDay what a perpetual receives (+) or pays (-) a day at the snapshot's funding
 *     rate, {@code null} for other types or without a rate
 */
public record PositionExposure(
    String account,
    String symbol,
    AssetType type,
    double quantity,
    double price,
    String quoteCurrency,
    Double modelPrice,
    Double impliedVol,
    String impliedVolNote,
    Double volatility,
    String method,
    String underlying,
    String root,
    double underlyingPrice,
    Double yearsToExpiry,
    Long daysToExpiry,
    Greeks unit,
    double delta,
    double gamma,
    double vega,
    double theta,
    double rho,
    double cashDelta,
    double cashGamma,
    Double premiumAdjustedDelta,
    double marketValue,
    double unrealisedPnl,
    Double fundingPerDay) {}
