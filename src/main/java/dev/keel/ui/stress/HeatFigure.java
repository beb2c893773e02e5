package dev.keel.ui.stress;

/** What one cell of the heat table shows: its text, the figures behind it, and its shading. */
public interface HeatFigure {
  /** The P&amp;L: what the column sorts by. */
  double pnl();

  /** The cell's text: the figures themselves, never left to its colour. */
  String text();

  /** The figures behind the text, a line each, for the cell's tooltip. */
  String details();

  /** How hard the scenario hits: what the cell is shaded by. */
  LossBand band();

  /** Whether the scenario liquidates what the cell is of. */
  boolean liquidated();
}
