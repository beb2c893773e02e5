package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.DriftBand;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Once the slice's orders are final, says of every class that was outside its band and still is why
 * it stopped there: which of its members were held back, and by what (a restriction, the mode,
 * cash, a minimum, a coarse lot, the turnover cap), as the slice's own warnings say.
 */
final class ClassCheck {
  private final Slice slice;

  ClassCheck(Slice slice) {
    this.slice = slice;
  }

  void apply(List<RebalanceWarning> given) {
    SliceBook book = slice.book;
    TargetWeights targets = book.targets;
    Map<String, List<Instrument>> members = new HashMap<>();
    Set<String> still = new HashSet<>();
    Map<String, BigDecimal> after = new HashMap<>();
    for (String id : book.classes()) {
      BigDecimal target = book.classTarget(id);
      DriftBand band = targets.classBand(id);
      BigDecimal before = SliceBook.weight(book.classValue(id), book.total());
      if (!band.isBreachedBy(before.subtract(target), target)) {
        continue;
      }
      members.put(id, book.classMembers(id));
      BigDecimal value = BigDecimal.ZERO;
      for (Instrument member : members.get(id)) {
        value = value.add(slice.orders.plannedValue(member));
      }
      BigDecimal weight = SliceBook.weight(value, book.totalAfterFlow());
      if (band.isBreachedBy(weight.subtract(target), target)) {
        still.add(id);
        after.put(id, weight);
      }
    }
    if (still.isEmpty()) {
      return;
    }
    Map<String, Kind> held = new HashMap<>();
    boolean capped = false;
    for (RebalanceWarning warning : given) {
      if (warning.symbol() != null) {
        held.putIfAbsent(warning.symbol(), warning.kind());
      }
      capped |= warning.kind() == Kind.TURNOVER_CAP;
    }
    for (String id : new TreeSet<>(still)) {
      // the outermost class rules its members (as when lines are chosen): say it once, there
      List<String> chain = targets.classChain(id);
      if (chain.subList(1, chain.size()).stream().anyMatch(still::contains)) {
        continue;
      }
      List<RebalanceWarning.HeldBack> heldBack = new ArrayList<>();
      for (Instrument member : members.get(id)) {
        Kind kind = held.get(member.symbol());
        if (kind != null) {
          heldBack.add(new RebalanceWarning.HeldBack(member.symbol(), kind));
        }
      }
      if (heldBack.isEmpty() && capped) {
        continue; // the turnover cap's own warning says why
      }
      BigDecimal target = book.classTarget(id);
      slice.warnings.warn(
          Kind.CLASS_STILL_BREACHED,
          null,
          new RebalanceWarning.ClassStillBreached(
              id,
              targets.className(id),
              after.get(id),
              target,
              targets.classBand(id).limitFor(target).orElse(null),
              heldBack,
              capped));
    }
  }
}
