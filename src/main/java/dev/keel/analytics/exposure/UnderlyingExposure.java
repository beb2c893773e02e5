package dev.keel.analytics.exposure;

/**
 * The net exposure of a book, or of one of its accounts, to one underlying: every spot holding,
 * perpetual, future and option on it summed. Money in the base currency.
 *
 * @param account the account, or {@code null} for the whole book
 * @param underlying a coin, a stock or an index
 * @param price its price in its own currency
 * @param currency the currency of its price
 * @param delta net units of the underlying the positions move like
 * @param cashDelta net value the positions move like
 * @param gamma change of {@code delta} per one unit of its price
 * @param cashGamma change of {@code cashDelta} for a 1 % move
 * @param vega change of value per volatility point
 * @param theta change of value per calendar day
 * @param rho change of value per 1 % of the interest rate
 * @param grossNotional the sum of the positions' cash deltas without their signs
 * @param fundingPerDay what its perpetuals receive (+) or pay (-) a day
 * @param nearestExpiryDays days to the nearest expiry of a contract on it, {@code null} for none
 */
public record UnderlyingExposure(
    String account,
    String underlying,
    double price,
    String currency,
    double delta,
    double cashDelta,
    double gamma,
    double cashGamma,
    double vega,
    double theta,
    double rho,
    double grossNotional,
    double fundingPerDay,
    Long nearestExpiryDays) {}
