package dev.keel.analytics.exposure;

/**
 * An account's equity and how much exposure it carries on it, in the base currency; the book's
 * totals have no account.
 *
 * @param account the account, or {@code null} for the whole book
 * @param equity cash, spot holdings and options at their value, and the unrealised profit of
 *     perpetuals and futures (which have no value of their own)
 * @param grossNotional the sum of every position's cash delta without its sign
 * @param netNotional the sum of every position's cash delta
 * @param leverage gross notional over equity, {@code null} when equity is 0 or less
 */
public record AccountExposure(
    String account, double equity, double grossNotional, double netNotional, Double leverage) {}
