package dev.keel.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How choice boxes name their values: one-way, since the user picks and never types them. */
public final class Names {
  private Names() {}

  public static <T> StringConverter<T> of(Function<T, String> name) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : name.apply(value);
      }

      @Override
      public T fromString(String text) {
        throw new UnsupportedOperationException("choices are picked, not typed");
      }
    };
  }
}
