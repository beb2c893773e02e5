package dev.keel.ui.exposure;

import dev.keel.analytics.exposure.AccountExposure;
import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Roots;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The exposure view's sentences and choices made from a book's exposure, without a window. */
final class ExposureTexts {
  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ExposureTexts() {}

  /** The book's equity, gross and net notional and leverage, and the time of its prices. */
  static String bookLine(BookExposure exposure) {
    AccountExposure book = exposure.total();
    return "Book equity "
        + Figures.money(book.equity())
        + " "
        + exposure.baseCurrency()
        + " · gross notional "
        + Figures.money(book.grossNotional())
        + " · net notional "
        + Figures.money(book.netNotional())
        + " · leverage "
        + Figures.leverage(book.leverage())
        + " · prices as of "
        + AS_OF.format(exposure.asOf());
  }

  /**
   * The underlying charted when none is chosen: the first, by gross notional, with an option on it
   * (the one whose profile bends), else with a future or perpetual, else the first; null for a book
   * without positions.
   */
  static String firstCharted(BookExposure exposure) {
    Set<String> withOptions = new HashSet<>();
    Set<String> withDerivatives = new HashSet<>();
    for (PositionExposure position : exposure.positions()) {
      if (position.type() == AssetType.OPTION) {
        withOptions.add(position.root());
      }
      if (position.type().isDerivative()) {
        withDerivatives.add(position.root());
      }
    }
    List<String> names =
        exposure.underlyings().stream().map(UnderlyingExposure::underlying).toList();
    return names.stream()
        .filter(withOptions::contains)
        .findFirst()
        .or(() -> names.stream().filter(withDerivatives::contains).findFirst())
        .orElse(names.isEmpty() ? null : names.get(0));
  }

  /** How many underlyings the book's held positions count under, without valuing them. */
  static long underlyingCount(Portfolio portfolio) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    Set<String> roots = new HashSet<>();
    for (Position position : portfolio.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      if (position.quantity().signum() != 0 && instrument != null) {
        roots.add(Roots.of(instrument, instruments));
      }
    }
    return roots.size();
  }
}
