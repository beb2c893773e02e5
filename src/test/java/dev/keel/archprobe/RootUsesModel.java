package dev.keel.archprobe;

import dev.keel.archprobe.model.Book;
import java.util.List;

/** Breaks layers and rootUses: the composition root reaches past cli and ui into the model. */
public final class RootUsesModel {
  private RootUsesModel() {}

  static Book empty() {
    return new Book("empty", List.of(), null);
  }
}
