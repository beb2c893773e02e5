package dev.keel.engine.rebalance;

import dev.keel.engine.TargetWeights;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.DriftBand;
import dev.keel.model.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    Map<String, BigDecimal> before = new LinkedHashMap<>();
    Map<String, BigDecimal> after = new HashMap<>();
    Map<String, List<Instrument>> members = new HashMap<>();
    for (Instrument instrument : book.universe()) {
      for (String id : targets.classChain(instrument.assetClass())) {
        before.merge(id, book.value(instrument.symbol()), BigDecimal::add);
        after.merge(id, slice.orders.plannedValue(instrument), BigDecimal::add);
        members.computeIfAbsent(id, c -> new ArrayList<>()).add(instrument);
      }
    }
    Map<String, Kind> held = new HashMap<>();
    boolean capped = false;
    for (RebalanceWarning warning : given) {
      if (warning.symbol() != null) {
        held.putIfAbsent(warning.symbol(), warning.kind());
      }
      capped |= warning.kind() == Kind.TURNOVER_CAP;
    }
    Set<String> still = new HashSet<>();
    for (Map.Entry<String, BigDecimal> entry : before.entrySet()) {
      String id = entry.getKey();
      BigDecimal target = book.classTarget(id);
      DriftBand band = targets.classBand(id);
      BigDecimal weightBefore = SliceBook.weight(entry.getValue(), book.total());
      BigDecimal weightAfter = SliceBook.weight(after.get(id), book.totalAfterFlow());
      if (band.isBreachedBy(weightBefore.subtract(target), target)
          && band.isBreachedBy(weightAfter.subtract(target), target)) {
        still.add(id);
      }
    }
    for (String id : before.keySet()) {
      // the outermost class rules its members (as when lines are chosen): say it once, there
      List<String> chain = targets.classChain(id);
      if (!still.contains(id)
          || chain.subList(1, chain.size()).stream().anyMatch(still::contains)) {
        continue;
      }
      BigDecimal target = book.classTarget(id);
      DriftBand band = targets.classBand(id);
      BigDecimal weightAfter = SliceBook.weight(after.get(id), book.totalAfterFlow());
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
      slice.warnings.warn(
          Kind.CLASS_STILL_BREACHED,
          null,
          new RebalanceWarning.ClassStillBreached(
              id,
              targets.className(id),
              weightAfter,
              target,
              band.limitFor(target).orElse(null),
              heldBack,
              capped));
    }
  }
}
