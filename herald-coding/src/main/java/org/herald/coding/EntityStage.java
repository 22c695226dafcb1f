package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Layer;
import org.herald.core.model.Mention;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.herald.kb.Names;
import org.jspecify.annotations.Nullable;

/**
 * Finds the document's entities: refines the tagger's tags with knowledge ({@link NerRefiner}),
 * turns runs of tagged words into mentions, links mentions to the knowledge base, and groups the
 * mentions of one thing into one entity (Putin = Wladimir Putin; Russland = Russlands; Xi = Xi
 * Jinping).
 *
 * <p>Requires {@link Layer#TOKENS}, {@link Layer#NER}; produces {@link Layer#ENTITIES} and {@link
 * Layer#LINKS}, and rewrites the words' entity tags to the refined ones. Thread-safe.
 */
public final class EntityStage implements Stage {
  private final KnowledgeBase kb;
  private final NerRefiner refiner;

  public EntityStage(KnowledgeBase kb) {
    this.kb = requireNonNull(kb, "kb is null");
    this.refiner = new NerRefiner(kb);
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.NER);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.ENTITIES, Layer.LINKS);
  }

  /** A mention before grouping. */
  private record Found(Mention mention, EntityType type, @Nullable KbEntry entry,
      List<String> words) {}

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String lang = s.language() != null ? s.language() : doc.language();
      NerRefiner.Refined r = refiner.refine(s, text, lang);
      sentences.add(r.sentence());
      found.addAll(mentions(r, text, lang));
    }
    List<Entity> entities = group(found, doc.language());
    return doc.toBuilder().sentences(sentences).entities(entities)
        .add(Layer.ENTITIES, Layer.LINKS).build();
  }

  private List<Found> mentions(NerRefiner.Refined r, String text, @Nullable String lang) {
    List<Token> tokens = r.sentence().tokens();
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      EntityType type = NerRefiner.type(tokens.get(i).ner());
      if (type == null) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && !r.begins(j + 1)
          && tokens.get(j + 1).ner().equals(tokens.get(i).ner())) {
        j++;
      }
      Token first = tokens.get(i);
      Token last = tokens.get(j);
      String surface = text.substring(first.start(), last.end());
      KbEntry entry = null;
      for (NerRefiner.NameMatchView m : r.matches()) {
        if (m.first() == i && m.last() == j) {
          entry = m.entry();
        }
      }
      if (entry == null) {
        KbEntry e = kb.best(surface, lang);
        if (e != null && e.entityType() == type) {
          entry = e;
        }
      }
      List<String> words = new ArrayList<>();
      int prevStart = -1;
      for (int k = i; k <= j; k++) {
        if (tokens.get(k).start() != prevStart) {
          words.add(text.substring(tokens.get(k).start(), tokens.get(k).end()));
          prevStart = tokens.get(k).start();
        }
      }
      out.add(new Found(new Mention(first.start(), last.end(), surface), type, entry, words));
      i = j + 1;
    }
    return out;
  }

  /** Groups mentions: by linked entry, else by name, with short person names joining full ones. */
  private List<Entity> group(List<Found> found, @Nullable String language) {
    Map<String, List<Found>> groups = new LinkedHashMap<>();
    Map<String, String> personWordToKey = new HashMap<>();
    // Longer person names first, so that "Putin" finds "Wladimir Putin".
    List<Found> persons = found.stream()
        .filter(f -> f.type() == EntityType.PERSON && f.entry() == null && f.words().size() > 1)
        .sorted(Comparator.comparingInt((Found f) -> -f.words().size()))
        .toList();
    Map<String, String> ambiguous = new HashMap<>();
    for (Found p : persons) {
      String key = "PERSON:" + normalise(String.join(" ", p.words()), language);
      for (String w : p.words()) {
        String n = normalise(w, language);
        String prior = personWordToKey.putIfAbsent(n, key);
        if (prior != null && !prior.equals(key)) {
          ambiguous.put(n, n);
        }
      }
    }
    for (Found f : found) {
      String key;
      if (f.entry() != null) {
        key = f.entry().id();
      } else if (f.type() == EntityType.PERSON && f.words().size() == 1
          && personWordToKey.containsKey(normalise(f.words().get(0), language))
          && !ambiguous.containsKey(normalise(f.words().get(0), language))) {
        key = personWordToKey.get(normalise(f.words().get(0), language));
      } else {
        key = f.type() + ":" + normalise(String.join(" ", f.words()), language);
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<List<Found>> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt(g -> g.get(0).mention().start()));
    List<Entity> entities = new ArrayList<>();
    int n = 1;
    for (List<Found> g : ordered) {
      KbEntry entry = g.get(0).entry();
      EntityType type = entry != null && entry.entityType() != null
          ? entry.entityType() : majorityType(g);
      String name = entry != null && entry.kind() != org.herald.kb.EntryKind.CAPITAL
          && entry.kind() != org.herald.kb.EntryKind.ORGANIZATION
          ? entry.label(language) : longestName(g, language);
      if (entry != null && "de".equals(language) && name.endsWith("s")
          && kb.byName(name.substring(0, name.length() - 1), language).contains(entry)) {
        name = name.substring(0, name.length() - 1); // "Washingtons" is named "Washington"
      }
      KbRef ref = entry == null ? null : entry.ref();
      List<Mention> mentions = g.stream().map(Found::mention).sorted().toList();
      entities.add(new Entity("e" + n++, type, name, ref, mentions));
    }
    return entities;
  }

  private static EntityType majorityType(List<Found> g) {
    Map<EntityType, Integer> counts = new java.util.EnumMap<>(EntityType.class);
    for (Found f : g) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static String longestName(List<Found> g, @Nullable String language) {
    Found best = g.get(0);
    for (Found f : g) {
      boolean shouts = isUpperCase(best.mention().text()) && !isUpperCase(f.mention().text());
      if (f.words().size() > best.words().size() || shouts) {
        best = f;
      }
    }
    String name = best.mention().text().replaceAll("\\s+", " ");
    if (isUpperCase(name) && majorityType(g) == EntityType.LOCATION) {
      name = Names.titleCase(name); // a place named only by a dateline: "PEKING" is "Peking"
    }
    // A genitive ("Pekings") is named in the nominative when another mention has that form.
    if ("de".equals(language) && name.endsWith("s")) {
      String base = name.substring(0, name.length() - 1);
      for (Found f : g) {
        if (f.mention().text().equals(base)) {
          return base;
        }
      }
    }
    return name;
  }

  private static boolean isUpperCase(String s) {
    return s.length() > 3 && Names.isUpperCase(s);
  }

  /** The grouping key of a name: German genitive s dropped, case folded. */
  private static String normalise(String name, @Nullable String language) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if ("de".equals(language) && n.length() > 3 && n.endsWith("s") && !n.endsWith("ss")) {
      n = n.substring(0, n.length() - 1);
    }
    return n;
  }
}
