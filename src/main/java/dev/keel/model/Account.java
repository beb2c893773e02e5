package dev.keel.model;

/**
 * An account at an exchange or a broker, which holds positions and cash.
 *
 * @param id unique id used by positions and cash balances
 * @param name human-readable name
 * @param venue the exchange or broker, for example {@code Coinbase}; may be empty
 */
public record Account(String id, String name, String venue) {
  public Account {
    Checks.text(id, "id");
    Checks.text(name, "name");
    java.util.Objects.requireNonNull(venue, "venue");
  }
}
