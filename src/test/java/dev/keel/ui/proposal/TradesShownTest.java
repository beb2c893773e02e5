package dev.keel.ui.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.engine.SyntheticBook;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The trades in the table's order, following the view-model's rows. */
class TradesShownTest {
  private static final Comparator<TradeRow> BY_NOTIONAL_DOWN =
      Comparator.comparing((TradeRow r) -> r.trade().notionalBase()).reversed();

  private static final Comparator<TradeRow> BY_QUANTITY_DOWN =
      Comparator.comparing((TradeRow r) -> r.trade().quantity()).reversed();

  private final Review review =
      Review.of(
          Rebalancer.DEFAULT.propose(SyntheticBook.generate(120, 6, 7), RebalanceSettings.DEFAULT));
  private final ObservableList<TradeRow> source =
      FXCollections.observableArrayList(TradeRow.rowsOf(review, TradeNoteIndex.EMPTY));
  private final TradesShown shown = new TradesShown(source, () -> null);
  private final List<ListChangeListener.Change<? extends TradeRow>> changes = new ArrayList<>();

  private void countChanges() {
    shown.rows().addListener((ListChangeListener<TradeRow>) changes::add);
  }

  private static List<TradeRow> sorted(List<TradeRow> rows, Comparator<TradeRow> order) {
    List<TradeRow> copy = new ArrayList<>(rows);
    copy.sort(order);
    return copy;
  }

  @Test
  void withoutAnOrder_theRowsAreShownInTheProposalsOrder_andInOneOnceSorted() {
    assertThat(source.size()).as("a book with many trades").isGreaterThan(50);
    assertThat(shown.rows()).containsExactlyElementsOf(source);

    shown.order(BY_NOTIONAL_DOWN);
    assertThat(shown.rows()).containsExactlyElementsOf(sorted(source, BY_NOTIONAL_DOWN));

    shown.order(null);
    assertThat(shown.rows()).containsExactlyElementsOf(source);
  }

  @Test
  void approveAll_putsEachNewRowWhereItsTradeIs_inOneChange() {
    shown.order(BY_NOTIONAL_DOWN);
    List<String> order = shown.rows().stream().map(r -> r.trade().id()).toList();
    countChanges();

    source.setAll(TradeRow.rowsOf(review.approveAll(), TradeNoteIndex.EMPTY));

    assertThat(shown.rows()).extracting(r -> r.trade().id()).containsExactlyElementsOf(order);
    assertThat(shown.rows()).allMatch(r -> r.decision() == Decision.APPROVED);
    assertThat(changes).hasSize(1);
  }

  @Test
  void oneDecision_replacesOneRowWhereItIs() {
    shown.order(BY_NOTIONAL_DOWN);
    TradeRow fifth = source.get(5);
    int shownAt = shown.rows().indexOf(fifth);
    countChanges();

    TradeRow approved =
        TradeRow.of(review.approve(fifth.trade().id()), fifth.trade(), TradeNoteIndex.EMPTY);
    source.set(5, approved);

    assertThat(shown.rows().get(shownAt)).isSameAs(approved);
    assertThat(changes).hasSize(1);
  }

  @Test
  void aChangedQuantity_movesItsRowWhereTheOrderWantsIt() {
    shown.order(BY_QUANTITY_DOWN);
    TradeRow largest = shown.rows().get(0);
    BigDecimal half =
        largest.trade().quantity().divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
    Review.Change change = review.changeQuantity(largest.trade().id(), half);
    assertThat(change.error()).as("a half of the largest trade is a good quantity").isEmpty();
    TradeRow halved =
        TradeRow.of(
            change.review(), change.review().trade(largest.trade().id()), TradeNoteIndex.EMPTY);

    source.set(source.indexOf(largest), halved);

    assertThat(shown.rows()).contains(halved);
    assertThat(shown.rows()).containsExactlyElementsOf(sorted(source, BY_QUANTITY_DOWN));
    assertThat(shown.rows().get(0)).as("moved down").isNotSameAs(halved);
  }

  @Test
  void anotherProposal_isSortedAfresh() {
    shown.order(BY_NOTIONAL_DOWN);
    Review other =
        Review.of(
            Rebalancer.DEFAULT.propose(
                SyntheticBook.generate(80, 4, 11), RebalanceSettings.DEFAULT));

    source.setAll(TradeRow.rowsOf(other, TradeNoteIndex.EMPTY));

    assertThat(shown.rows()).containsExactlyElementsOf(sorted(source, BY_NOTIONAL_DOWN));
  }

  @Test
  void aProposalSortedWhereItWasMade_isShownInThatOrder_withoutSortingAgain() {
    shown.order(BY_NOTIONAL_DOWN);
    List<TradeRow> next = TradeRow.rowsOf(review.approveAll(), TradeNoteIndex.EMPTY);
    // an order unlike the comparator's: shown as given proves it was not sorted again here
    int[] backwards = new int[next.size()];
    for (int i = 0; i < backwards.length; i++) {
      backwards[i] = backwards.length - 1 - i;
    }
    TradesShown.Presorted made = new TradesShown.Presorted(next, BY_NOTIONAL_DOWN, backwards);
    ObservableList<TradeRow> rows = FXCollections.observableArrayList();
    TradesShown fed = new TradesShown(rows, () -> made);
    fed.order(BY_NOTIONAL_DOWN);

    rows.setAll(next);
    assertThat(fed.rows()).containsExactlyElementsOf(reversed(next));

    fed.order(BY_NOTIONAL_DOWN.reversed()); // another order: the rows made are not in it
    assertThat(fed.rows()).containsExactlyElementsOf(sorted(next, BY_NOTIONAL_DOWN.reversed()));
    assertThat(TradesShown.Presorted.of(next, BY_NOTIONAL_DOWN).inOrder())
        .as("sorted as the table would")
        .satisfies(
            order -> {
              for (int p = 1; p < order.length; p++) {
                assertThat(BY_NOTIONAL_DOWN.compare(next.get(order[p - 1]), next.get(order[p])))
                    .isLessThanOrEqualTo(0);
              }
            });
  }

  private static List<TradeRow> reversed(List<TradeRow> rows) {
    List<TradeRow> copy = new ArrayList<>(rows);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
