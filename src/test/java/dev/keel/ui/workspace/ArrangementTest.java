package dev.keel.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrangementTest {
  @Test
  void theDefault_holdsEveryViewOnce_withTheAllocationAboveTheProposal() {
    Arrangement first = Arrangement.DEFAULT;

    assertThat(first.upper()).startsWith(ViewId.ALLOCATION);
    assertThat(first.lower()).startsWith(ViewId.PROPOSAL);
    assertThat(first.upper().size() + first.lower().size()).isEqualTo(ViewId.values().length);
  }

  @Test
  void aMovedView_goesToTheEndOfTheOtherArea_inFront() {
    Arrangement moved = Arrangement.DEFAULT.moved(ViewId.DERIVATIVES);

    assertThat(moved.upper()).doesNotContain(ViewId.DERIVATIVES);
    assertThat(moved.lower()).endsWith(ViewId.DERIVATIVES);
    assertThat(moved.front(Area.LOWER)).isEqualTo(ViewId.DERIVATIVES);
    assertThat(moved.front(Area.UPPER)).isEqualTo(ViewId.ALLOCATION);
    assertThat(moved.moved(ViewId.DERIVATIVES).upper()).endsWith(ViewId.DERIVATIVES);
  }

  @Test
  void movingTheFrontView_putsTheAreasFirstViewInFront_andAnEmptyAreaHasNone() {
    Arrangement onlyProposalBelow =
        new Arrangement(
            List.of(ViewId.ALLOCATION),
            List.of(ViewId.PROPOSAL),
            ViewId.ALLOCATION,
            ViewId.PROPOSAL,
            0.5);
    // the views left out go back to their default areas
    assertThat(onlyProposalBelow.upper())
        .containsExactly(ViewId.ALLOCATION, ViewId.DERIVATIVES, ViewId.EXPOSURE, ViewId.RISK);

    Arrangement allUp =
        Arrangement.DEFAULT.moved(ViewId.PROPOSAL).moved(ViewId.MARGIN).moved(ViewId.STRESS);
    assertThat(allUp.lower()).isEmpty();
    assertThat(allUp.front(Area.LOWER)).isNull();
    assertThat(allUp.front(Area.UPPER)).isEqualTo(ViewId.STRESS);
  }

  @Test
  void aViewListedTwice_staysWhereItIsFirstListed() {
    Arrangement twice =
        new Arrangement(
            List.of(ViewId.PROPOSAL, ViewId.ALLOCATION),
            List.of(ViewId.PROPOSAL, ViewId.MARGIN),
            ViewId.MARGIN,
            ViewId.PROPOSAL,
            0.5);

    assertThat(twice.upper()).startsWith(ViewId.PROPOSAL, ViewId.ALLOCATION);
    assertThat(twice.lower()).doesNotContain(ViewId.PROPOSAL);
    assertThat(twice.front(Area.UPPER)).as("margin is below").isEqualTo(ViewId.PROPOSAL);
    assertThat(twice.front(Area.LOWER)).isEqualTo(ViewId.MARGIN);
  }

  @Test
  void reordered_takesTheDraggedOrder_andNeverLosesAView() {
    Arrangement dragged =
        Arrangement.DEFAULT.reordered(Area.UPPER, List.of(ViewId.RISK, ViewId.ALLOCATION));

    assertThat(dragged.upper())
        .containsExactly(ViewId.RISK, ViewId.ALLOCATION, ViewId.DERIVATIVES, ViewId.EXPOSURE);
    assertThat(dragged.lower()).isEqualTo(Arrangement.DEFAULT.lower());
  }

  @Test
  void theText_roundTrips() {
    Arrangement arranged =
        Arrangement.DEFAULT.moved(ViewId.RISK).withFront(ViewId.EXPOSURE).withDivider(0.3);

    assertThat(Arrangement.fromText(arranged.toText())).isEqualTo(arranged);
    assertThat(arranged.toText())
        .containsEntry("lower", "proposal,margin,stress,risk")
        .containsEntry("upperFront", "exposure")
        .containsEntry("divider", "0.3");
  }

  @Test
  void badText_fallsBackPieceByPiece() {
    Arrangement read =
        Arrangement.fromText(
            Map.of(
                "upper", "allocation, nosuchview ,proposal",
                "lowerFront", "allocation",
                "divider", "wide"));

    assertThat(read.upper()).startsWith(ViewId.ALLOCATION, ViewId.PROPOSAL);
    assertThat(read.lower()).containsExactly(ViewId.MARGIN, ViewId.STRESS);
    assertThat(read.front(Area.LOWER)).isEqualTo(ViewId.MARGIN);
    assertThat(read.divider()).isEqualTo(0.55);
    assertThat(Arrangement.fromText(Map.of("divider", "7")).divider())
        .isEqualTo(1 - Arrangement.MIN_SHARE);
    assertThat(Arrangement.fromText(null)).isEqualTo(Arrangement.DEFAULT);
  }
}
