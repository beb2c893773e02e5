package dev.keel.model;

import java.util.Locale;

/** The file spelling of enum constants: lower case, words joined by '-'. */
final class Labels {
  private Labels() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant spelt {@code label}, or {@code null} when there is none. */
  static <E extends Enum<E>> E find(Class<E> type, String label) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(label)) {
        return constant;
      }
    }
    return null;
  }
}
