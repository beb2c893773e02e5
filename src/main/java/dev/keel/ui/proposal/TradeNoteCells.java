package dev.keel.ui.proposal;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The columns of the trades table that show a trade's {@link TradeNotes}: its account's venue, and
 * a narrow column marked ⚠ where a warning or an export note concerns the trade, the sentences in
 * full in its tooltip and accessible text. Sorting by the mark brings the trades with the most
 * notes together.
 */
final class TradeNoteCells {
  /** State (pseudo-class) of a cell showing a trade's warning mark. */
  static final PseudoClass NOTE_MARK = PseudoClass.getPseudoClass("noted");

  /** The mark of a trade with notes; colour is not the only signal. */
  static final String MARK = "⚠";

  private TradeNoteCells() {}

  /** The ⚠ column: narrow, since it holds one glyph. */
  static TableColumn<TradeRow, TradeNotes> notesColumn() {
    TableColumn<TradeRow, TradeNotes> column = column(MARK, "notes-column");
    column.setPrefWidth(32);
    column.setMinWidth(28);
    column.setMaxWidth(44);
    column.setComparator(Comparator.comparingInt(notes -> notes.sentences().size()));
    column.setCellFactory(c -> new NotesCell());
    return column;
  }

  /** The venue of the trade's account by its id, with its name and export format as tooltip. */
  static TableColumn<TradeRow, TradeNotes> venueColumn() {
    TableColumn<TradeRow, TradeNotes> column = column("Venue", "venue-column");
    column.setPrefWidth(84); // "binanceusdm" in full; a longer id has its name in the tooltip
    column.setMinWidth(60);
    column.setComparator(Comparator.comparing(TradeNotes::venue));
    column
        .getProperties()
        .put(
            TradesFit.TEXT, (java.util.function.Function<TradeRow, String>) r -> r.notes().venue());
    column.setCellFactory(c -> new VenueCell());
    return column;
  }

  private static TableColumn<TradeRow, TradeNotes> column(String title, String id) {
    TableColumn<TradeRow, TradeNotes> column = new TableColumn<>(title);
    column.setId(id);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().notes()));
    column
        .getProperties()
        .put(
            TradesOrder.VALUE, (java.util.function.Function<TradeRow, TradeNotes>) TradeRow::notes);
    return column;
  }

  /** ⚠ when something concerns the trade; the sentences as tooltip and for screen readers. */
  private static final class NotesCell extends TableCell<TradeRow, TradeNotes> {
    private final Tooltip sentences = new Tooltip(); // one per cell, not one per update

    NotesCell() {
      getStyleClass().add("trade-notes-cell");
      sentences.setWrapText(true);
      sentences.setMaxWidth(520); // long sentences wrap rather than run off the screen
      sentences.setShowDuration(Duration.INDEFINITE); // time to read them all
    }

    @Override
    protected void updateItem(TradeNotes notes, boolean empty) {
      super.updateItem(notes, empty);
      boolean any = !empty && notes != null && notes.any();
      pseudoClassStateChanged(NOTE_MARK, any);
      if (!any) {
        setText(null);
        setTooltip(null);
        setAccessibleText(null);
        return;
      }
      setText(MARK);
      sentences.setText(notes.text());
      setTooltip(sentences);
      setAccessibleText("Warning: " + notes.text());
    }
  }

  /** The venue id, with the venue's name and how its orders are exported as tooltip. */
  private static final class VenueCell extends TableCell<TradeRow, TradeNotes> {
    private final Tooltip venue = new Tooltip(); // one per cell, not one per update

    @Override
    protected void updateItem(TradeNotes notes, boolean empty) {
      super.updateItem(notes, empty);
      if (empty || notes == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      setText(notes.venue());
      venue.setText(notes.venueText());
      setTooltip(notes.venueText().isEmpty() ? null : venue);
    }
  }
}
