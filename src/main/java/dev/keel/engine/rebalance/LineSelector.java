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
  record Line(Instrument instrument, BigDecimal destination, Side side, Reason why) {}

  private final SliceBook book;
  private final TargetWeights targets;
  private final Destinations destinations;
  private final RebalanceSettings settings;

  /** Each universe line on its own ({@link #ownBand}), worked out once for both passes. */
  private List<Optional<Line>> own;

  LineSelector(SliceBook book, Destinations destinations, RebalanceSettings settings) {
    this.book = book;
    this.targets = book.targets;
    this.destinations = destinations;
    this.settings = settings;
  }

  /** The lines to trade, by symbol. */
  List<Line> select() {
    List<Line> lines = new ArrayList<>();
    List<Instrument> universe = book.universe();
    List<Optional<Line>> own = own();
    for (int i = 0; i < universe.size(); i++) {
      Instrument instrument = universe.get(i);
      own.get(i).or(() -> withClass(instrument)).ifPresent(lines::add);
    }
    if (lines.isEmpty() && (book.flow.signum() != 0 || cashBreached())) {
      for (Instrument instrument : book.universe()) {
        lines.add(cashShare(instrument));
      }
    }
    return lines;
  }

  /**
   * The lines the slice's own bands call for (not a class's, a calendar's or a cash flow's), with
   * the side each is traded on: what the slice trades whatever else it chooses.
   */
  Map<String, Side> required() {
    Map<String, Side> required = new HashMap<>();
    for (Optional<Line> line : own()) {
      line.filter(LineSelector::required)
          .ifPresent(l -> required.put(l.instrument().symbol(), l.side()));
    }
    return required;
  }

  private List<Optional<Line>> own() {
    if (own == null) {
      List<Optional<Line>> lines = new ArrayList<>(book.universe().size());
      for (Instrument instrument : book.universe()) {
        lines.add(ownBand(instrument));
      }
      own = lines;
    }
    return own;
  }

  /** Whether a line is required: its own band is breached (not a choice among others). */
  static boolean required(Line line) {
    return line.why() instanceof Reason.LineOffTarget own && own.breached();
  }

  /**
   * The lines without those that would cross another account's trade where the targets allow: a
   * calendar or cash-flow share is left out; a member moved with its class is left out when its
   * class still ends inside its band without it. Lines the bands call for are always kept.
   */
  List<Line> withoutCrossings(List<Line> lines, Avoid avoid) {
    if (avoid.isEmpty()) {
      return lines;
    }
    Map<String, BigDecimal> destinations = new HashMap<>(lines.size() * 2);
    lines.forEach(line -> destinations.put(line.instrument().symbol(), line.destination()));
    // each class's weight once the lines are traded, kept up to date as lines are left out
    Map<String, BigDecimal> classAfter = new HashMap<>();
    for (Instrument instrument : book.universe()) {
      String symbol = instrument.symbol();
      BigDecimal weight = destinations.getOrDefault(symbol, book.weightAfterFlow(symbol));
      for (String id : targets.classChain(instrument.assetClass())) {
        classAfter.merge(id, weight, BigDecimal::add);
      }
    }
    List<Line> kept = new ArrayList<>();
    for (Line line : lines) {
      String symbol = line.instrument().symbol();
      if (required(line) || !avoid.crosses(symbol, line.side())) {
        kept.add(line);
      } else if (line.why() instanceof Reason.ClassOffTarget member) {
        BigDecimal change = book.weightAfterFlow(symbol).subtract(line.destination());
        String id = member.classId();
        BigDecimal target = book.classTarget(id);
        BigDecimal without = classAfter.get(id).add(change);
        if (targets.classBand(id).isBreachedBy(without.subtract(target), target)) {
          kept.add(line); // the class needs the trade
        } else {
          targets
              .classChain(line.instrument().assetClass())
              .forEach(c -> classAfter.merge(c, change, BigDecimal::add));
        }
      }
    }
    return kept;
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
    Reason.LineOffTarget why =
        new Reason.LineOffTarget(
            instrument.symbol(),
            current,
            target,
            band.limitFor(target).orElse(null),
            breached,
            side(destination, instrument),
            Reason.Aim.of(settings),
            netDelta(instrument));
    return Optional.of(new Line(instrument, destination, why.side(), why));
  }

  /** On the delta basis, the net delta a line's weight stands for; {@code null} otherwise. */
  private Reason.NetDelta netDelta(Instrument instrument) {
    String symbol = instrument.symbol();
    BigDecimal unit = book.unitValue(instrument);
    if (!book.isExposed(symbol) || unit.signum() == 0) {
      return null;
    }
    return new Reason.NetDelta(symbol, book.value(symbol).divide(unit, SliceBook.MATH));
  }

  /** The line as a member of its outermost breached class, if one is. */
  private Optional<Line> withClass(Instrument instrument) {
    return breachedClass(instrument)
        .map(
            id -> {
              BigDecimal target = book.target(instrument);
              BigDecimal classTarget = book.classTarget(id);
              DriftBand classBand = targets.classBand(id);
              BigDecimal classWeight = SliceBook.weight(book.classValue(id), book.totalAfterFlow());
              BigDecimal classDestination =
                  destinations.toward(classWeight, classTarget, classBand);
              BigDecimal destination =
                  classTarget.signum() == 0
                      ? BigDecimal.ZERO
                      : target.multiply(classDestination).divide(classTarget, SliceBook.MATH);
              Reason.ClassOffTarget why =
                  new Reason.ClassOffTarget(
                      instrument.symbol(),
                      id,
                      targets.className(id),
                      SliceBook.weight(book.classValue(id), book.total()),
                      classTarget,
                      classBand.limitFor(classTarget).orElse(null),
                      classDestination.compareTo(classWeight) < 0 ? Side.SELL : Side.BUY,
                      SliceBook.weight(book.value(instrument.symbol()), book.total()),
                      destination,
                      side(destination, instrument),
                      Reason.Aim.of(settings));
              return new Line(instrument, destination, why.side(), why);
            });
  }

  private Optional<String> breachedClass(Instrument instrument) {
    List<String> chain = targets.classChain(instrument.assetClass());
    for (int i = chain.size() - 1; i >= 0; i--) { // the outermost breached class rules
      String id = chain.get(i);
      BigDecimal target = book.classTarget(id);
      BigDecimal drift = SliceBook.weight(book.classValue(id), book.total()).subtract(target);
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
    Reason.CashFlowShare why =
        new Reason.CashFlowShare(
            instrument.symbol(),
            event,
            flow.signum() == 0 ? null : book.money(flow.abs()),
            book.weightAfterFlow(instrument.symbol()),
            target,
            side(destination, instrument),
            Reason.Aim.of(settings));
    return new Line(instrument, destination, why.side(), why);
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
