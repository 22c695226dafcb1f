package org.herald.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Mention;

/** A mention with the entity it belongs to. */
public record Named(Mention mention, Entity entity) {
  /** Every mention of a document's entities, in text order. */
  public static List<Named> inOrder(Document doc) {
    List<Named> names = new ArrayList<>();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        names.add(new Named(m, e));
      }
    }
    names.sort(Comparator.comparingInt(n -> n.mention().start()));
    return names;
  }
}
