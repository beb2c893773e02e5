package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.model.DriftBand;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the lines a slice trades and the weight each is taken to. Under the threshold trigger a
 * line is traded when its own band is breached, or a class above it is (then the class goes to its
 * destination and its members keep their mix); under the calendar trigger every line is. When
 * nothing is chosen but money comes in or goes out, or cash is outside its band, every line takes
 * its share.
 */
final class LineSelector {
  /** A line chosen for trading, its destination weight and the reason. */
  record Line(Instrument instrument, BigDecimal destination, Reason why) {}

  private final SliceBook book;
  private final TargetWeights targets;
  private final Destinations destinations;
  private final RebalanceSettings settings;
  private final Avoid avoid;

  LineSelector(SliceBook book, Destinations destinations, RebalanceSettings settings, Avoid avoid) {
    this.book = book;
    this.targets = book.targets;
    this.destinations = destinations;
    this.settings = settings;
    this.avoid = avoid;
  }

  /** The lines to trade, by symbol. */
  List<Line> select() {
    List<Line> lines = new ArrayList<>();
    Map<String, BigDecimal> classValues = new HashMap<>();
    for (Instrument instrument : book.universe()) {
      for (String id : targets.classChain(instrument.assetClass())) {
        classValues.merge(id, book.value(instrument.symbol()), BigDecimal::add);
      }
    }
    for (Instrument instrument : book.universe()) {
      ownBand(instrument)
          .or(() -> withClass(instrument, classValues))
          .filter(this::keep)
          .ifPresent(lines::add);
    }
    if (lines.isEmpty() && (book.flow.signum() != 0 || cashBreached())) {
      for (Instrument instrument : book.universe()) {
        Line line = cashShare(instrument);
        if (keep(line)) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  /** Whether a line is kept: its own band calls for it, or it crosses no other account's trade. */
  private boolean keep(Line line) {
    if (line.why() instanceof Reason.LineOffTarget own && own.breached()) {
      return true;
    }
    return !avoid.crosses(line.instrument().symbol(), side(line.destination(), line.instrument()));
  }

  /** The line on its own: breached, or any line in a calendar rebalance. */
  private Optional<Line> ownBand(Instrument instrument) {
    BigDecimal target = book.target(instrument);
    DriftBand band = targets.instrumentBand(instrument);
    BigDecimal current = SliceBook.weight(book.value(instrument.symbol()), book.total());
    boolean breached = band.isBreachedBy(current.subtract(target), target);
    if (!breached && settings.trigger() != Trigger.CALENDAR) {
      return Optional.empty();
    }
    BigDecimal destination = destination(instrument, target, band);
    Reason why =
        new Reason.LineOffTarget(
            instrument.symbol(),
            current,
            target,
            band.limitFor(target).orElse(null),
            breached,
            side(destination, instrument),
            Reason.Aim.of(settings));
    return Optional.of(new Line(instrument, destination, why));
  }

  /** The line as a member of its outermost breached class, if one is. */
  private Optional<Line> withClass(Instrument instrument, Map<String, BigDecimal> classValues) {
    return breachedClass(instrument, classValues)
        .map(
            id -> {
              BigDecimal target = book.target(instrument);
              BigDecimal classTarget = book.classTarget(id);
              DriftBand classBand = targets.classBand(id);
              BigDecimal classWeight = SliceBook.weight(classValues.get(id), book.totalAfterFlow());
              BigDecimal classDestination =
                  destinations.toward(classWeight, classTarget, classBand);
              BigDecimal destination =
                  classTarget.signum() == 0
                      ? BigDecimal.ZERO
                      : target.multiply(classDestination).divide(classTarget, SliceBook.MATH);
              Reason why =
                  new Reason.ClassOffTarget(
                      instrument.symbol(),
                      id,
                      targets.className(id),
                      SliceBook.weight(classValues.get(id), book.total()),
                      classTarget,
                      classBand.limitFor(classTarget).orElse(null),
                      classDestination.compareTo(classWeight) < 0 ? Side.SELL : Side.BUY,
                      SliceBook.weight(book.value(instrument.symbol()), book.total()),
                      destination,
                      side(destination, instrument),
                      Reason.Aim.of(settings));
              return new Line(instrument, destination, why);
            });
  }

  private Optional<String> breachedClass(
      Instrument instrument, Map<String, BigDecimal> classValues) {
    List<String> chain = targets.classChain(instrument.assetClass());
    for (int i = chain.size() - 1; i >= 0; i--) { // the outermost breached class rules
      String id = chain.get(i);
      BigDecimal target = book.classTarget(id);
      BigDecimal drift = SliceBook.weight(classValues.get(id), book.total()).subtract(target);
      if (targets.classBand(id).isBreachedBy(drift, target)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** The line's share of a cash flow, or of cash outside its band. */
  private Line cashShare(Instrument instrument) {
    BigDecimal target = book.target(instrument);
    BigDecimal destination = destination(instrument, target, targets.instrumentBand(instrument));
    BigDecimal flow = book.flow;
    Reason.CashEvent event =
        flow.signum() > 0
            ? Reason.CashEvent.DEPOSIT
            : flow.signum() < 0 ? Reason.CashEvent.WITHDRAWAL : Reason.CashEvent.CASH_OUT_OF_BAND;
    Reason why =
        new Reason.CashFlowShare(
            instrument.symbol(),
            event,
            flow.signum() == 0 ? null : book.money(flow.abs()),
            book.weightAfterFlow(instrument.symbol()),
            target,
            side(destination, instrument),
            Reason.Aim.of(settings));
    return new Line(instrument, destination, why);
  }

  private boolean cashBreached() {
    BigDecimal cash = SliceBook.sum(book.startCash().values()).subtract(book.flow);
    BigDecimal drift = SliceBook.weight(cash, book.total()).subtract(targets.cash());
    return targets.cashBand().isBreachedBy(drift, targets.cash());
  }

  /** The weight a line is taken to: the target, or a fraction of its band from the target. */
  private BigDecimal destination(Instrument instrument, BigDecimal target, DriftBand band) {
    return destinations.toward(book.weightAfterFlow(instrument.symbol()), target, band);
  }

  private Side side(BigDecimal destination, Instrument instrument) {
    return destination.multiply(book.totalAfterFlow()).compareTo(book.value(instrument.symbol()))
            < 0
        ? Side.SELL
        : Side.BUY;
  }
}
