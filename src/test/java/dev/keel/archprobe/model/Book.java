package dev.keel.archprobe.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Legal: a model value of JDK types only. */
public record Book(String name, List<BigDecimal> quantities, Instant asOf) {
  public Book {
    quantities = List.copyOf(quantities);
  }
}
