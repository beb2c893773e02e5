package dev.keel.ui.holdings;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.model.Restriction;
import dev.keel.ui.common.Formats;
import dev.keel.ui.document.DocumentViewModel;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.util.converter.DefaultStringConverter;

/**
 * The columns of the holdings tree that are edited in place: the weight, the band and the
 * restriction. What is typed is checked as it is typed (the field is marked, with the reason as its
 * tooltip); a refused value is reported in the status line and the row keeps its value.
 */
final class HoldingsEditors {
  private final HoldingsEditsViewModel edits;
  private final DocumentViewModel document;
  private final TreeTableView<HoldingsLine> table;

  HoldingsEditors(
      HoldingsEditsViewModel edits, DocumentViewModel document, TreeTableView<HoldingsLine> table) {
    this.edits = edits;
    this.document = document;
    this.table = table;
  }

  TreeTableColumn<HoldingsLine, String> weightColumn() {
    TreeTableColumn<HoldingsLine, String> column =
        editable(
            "Weight",
            line -> line.isAccountPart() ? "" : edits.weightText(line.row()),
            line -> edits.weightText(line.row()),
            edits::checkWeight,
            (line, typed) -> edits.editWeight(line.row(), typed));
    column.setId("weight-column");
    column.setPrefWidth(76);
    column.getStyleClass().add(HoldingsView.NUMERIC);
    Label header = new Label("Weight");
    header.setTooltip(
        new Tooltip(
            "The target within the parent class (of the whole book for top classes and cash)."
                + " Type a percentage; empty clears it."));
    column.setGraphic(header);
    column.setText(null);
    return column;
  }

  TreeTableColumn<HoldingsLine, String> bandColumn() {
    TreeTableColumn<HoldingsLine, String> column =
        editable(
            "Band",
            line -> line.isAccountPart() ? "" : bandShown(line.row()),
            line -> edits.bandText(line.row()),
            edits::checkBand,
            (line, typed) -> edits.editBand(line.row(), typed));
    column.setId("band-column");
    column.setPrefWidth(100);
    column.getStyleClass().add(HoldingsView.NUMERIC);
    return column;
  }

  /** The band's limit for this row, and in brackets the rule typed if the row has its own. */
  private String bandShown(DriftRow row) {
    String own = edits.bandText(row);
    String limit =
        row.targetWeight() == null
            ? "—"
            : row.bandLimit() == null
                ? "none"
                : "± " + Formats.points(row.bandLimit()).replace("+", "");
    return own.isEmpty() ? limit : limit + " (" + own + ")";
  }

  TreeTableColumn<HoldingsLine, String> restrictionColumn() {
    TreeTableColumn<HoldingsLine, String> column = new TreeTableColumn<>("Restriction");
    column.setId("restriction-column");
    column.setPrefWidth(120);
    column.setSortable(false);
    column
        .getProperties()
        .put(
            HoldingsFit.TEXT,
            (Function<HoldingsLine, String>)
                line -> {
                  Restriction restriction =
                      line.isAccountPart() ? null : edits.restriction(line.row());
                  return restriction == null ? "" : restriction.label();
                });
    column.setCellValueFactory(
        cell -> {
          HoldingsLine line = cell.getValue().getValue();
          Restriction restriction =
              line == null || line.isAccountPart() ? null : edits.restriction(line.row());
          return new ReadOnlyStringWrapper(restriction == null ? "" : restriction.label());
        });
    column.setCellFactory(c -> new RestrictionCell());
    return column;
  }

  /** A combo box for instrument rows: none, no-buy, no-sell, do-not-trade. */
  private final class RestrictionCell extends TreeTableCell<HoldingsLine, String> {
    private static final String NONE = "—";

    /**
     * The cell's one combo box, given each line's value as the cell is reused: a new one at each
     * update made the table build a combo box and its list for every row at every scroll and sort.
     */
    private final ComboBox<String> choice = new ComboBox<>();

    /** The line the combo box shows, null while its value is being set for a new line. */
    private HoldingsLine shown;

    RestrictionCell() {
      choice.getItems().add(NONE);
      for (Restriction restriction : Restriction.values()) {
        choice.getItems().add(restriction.label());
      }
      choice.setMaxWidth(Double.MAX_VALUE);
      choice.setOnAction(
          event -> {
            if (shown != null) {
              restrict(shown, choice.getValue());
            }
          });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      HoldingsLine line = getTableRow() == null ? null : getTableRow().getItem();
      shown = null;
      if (empty
          || line == null
          || line.isAccountPart()
          || line.row().kind() != RowKind.INSTRUMENT) {
        setGraphic(null);
        setText(null);
        return;
      }
      choice.setValue(item == null || item.isEmpty() ? NONE : item); // not an edit: nothing shown
      choice.setAccessibleText("Restriction of " + line.row().key());
      shown = line;
      setText(null);
      setGraphic(choice);
    }

    private void restrict(HoldingsLine line, String chosen) {
      Restriction restriction = NONE.equals(chosen) ? null : Restriction.fromLabel(chosen);
      edits.editRestriction(line.row(), restriction).ifPresent(document::report);
    }
  }

  /** An editing callback: applies what was typed, or says why not. */
  private interface Edit {
    Optional<String> apply(HoldingsLine line, String typed);
  }

  /**
   * A column edited in place: the cell shows {@code text}; editing starts from {@code editText}
   * (what the user would type), marks the field with the reason while what is typed cannot be used,
   * and applies it on Enter.
   */
  private TreeTableColumn<HoldingsLine, String> editable(
      String title,
      Function<HoldingsLine, String> text,
      Function<HoldingsLine, String> editText,
      Function<String, Optional<String>> check,
      Edit edit) {
    TreeTableColumn<HoldingsLine, String> column = new TreeTableColumn<>(title);
    column.setSortable(false);
    column.setCellValueFactory(
        cell ->
            new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
    column.getProperties().put(HoldingsFit.TEXT, text);
    column.setCellFactory(c -> new CheckedCell(editText, check));
    column.setOnEditCommit(
        event -> {
          edit.apply(event.getRowValue().getValue(), event.getNewValue())
              .ifPresent(why -> document.report("Not changed: " + why));
          table.refresh();
        });
    return column;
  }

  /** A text cell whose field is checked as the user types, from the first edit on. */
  private static final class CheckedCell extends TextFieldTreeTableCell<HoldingsLine, String> {
    private final Function<HoldingsLine, String> editText;
    private final Function<String, Optional<String>> check;

    /** The cell keeps its text field between edits: it is listened to once. */
    private TextField checked;

    CheckedCell(Function<HoldingsLine, String> editText, Function<String, Optional<String>> check) {
      super(new DefaultStringConverter());
      this.editText = editText;
      this.check = check;
    }

    @Override
    public void startEdit() {
      HoldingsLine line = getTableRow() == null ? null : getTableRow().getItem();
      if (line == null || line.isAccountPart()) {
        return;
      }
      super.startEdit();
      if (getGraphic() instanceof TextField field) {
        if (field != checked) {
          checked = field;
          field.textProperty().addListener((obs, old, typed) -> mark(field, check.apply(typed)));
        }
        field.setText(editText.apply(line));
        field.selectAll();
      }
    }

    /** Marks a field whose text cannot be used, with the reason as its tooltip. */
    private static void mark(TextField field, Optional<String> error) {
      field.pseudoClassStateChanged(HoldingsView.INVALID, error.isPresent());
      field.setTooltip(error.map(Tooltip::new).orElse(null));
    }
  }
}
