package org.herald.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.herald.kb.Office;
import org.herald.kb.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald kb}: what the knowledge base knows. */
@Command(name = "kb", mixinStandardHelpOptions = true,
    description = "Shows what the knowledge base knows.",
    subcommands = {KbCommand.Lookup.class, KbCommand.Stats.class, KbCommand.Learned.class})
final class KbCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  static KnowledgeBase load(Path knowledge) {
    return knowledge == null ? KnowledgeBase.bundled() : KnowledgeBase.load(knowledge);
  }

  /** {@code herald kb lookup NAME}. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = {"Lists the entries a name may refer to, each with its CAMEO actor code on the"
          + " date, its country or organisation, its offices and, for places, coordinates, and"
          + " the file (and open-data source) it comes from."})
  static final class Lookup implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NAME") List<String> name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "The day the name is read on (default: today).")
    String date;

    @Option(names = "--lang", defaultValue = "de", paramLabel = "de|en",
        description = "The language of the name (default de).")
    String lang;

    @Option(names = "--knowledge", paramLabel = "FILE",
        description = "A file of further names in the format of names.tsv.")
    Path knowledge;

    @Override
    public Integer call() {
      LocalDate day;
      try {
        day = date == null ? LocalDate.now() : LocalDate.parse(date);
      } catch (java.time.format.DateTimeParseException e) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, "--date " + date + " is not YYYY-MM-DD");
      }
      KnowledgeBase kb = load(knowledge);
      String query = String.join(" ", name);
      KbEntry holder = office(kb, query, day);
      if (holder != null) {
        System.out.println("\"" + query + "\" on " + day + ": " + holder.label(lang));
        System.out.println(describe(holder, day, lang, kb.source(holder)));
      }
      List<KbEntry> found = new ArrayList<>(kb.candidates(query, lang));
      if (found.isEmpty()) {
        // A surname no source lists on its own ("Lighthizer"): the people who bear it, as the
        // linker considers them after an office word.
        found.addAll(kb.bySurname(query, lang));
      }
      found.sort(Comparator.comparing((KbEntry e) -> !e.curated())
          .thenComparing(e -> !e.activeOn(day))
          .thenComparingInt(e -> -e.kind().weight())
          .thenComparingLong(e -> -e.population()));
      if (found.isEmpty() && holder == null) {
        System.out.println("nothing known as \"" + query + "\"");
        return 1;
      }
      for (KbEntry e : found) {
        System.out.println(describe(e, day, lang, kb.source(e)));
      }
      return 0;
    }
  }

  /**
   * The holder of an office a query names: "Bundeskanzler", "Russlands Präsident",
   * "Kreml-Sprecher", "US-Präsident", "Nato-Generalsekretär", "Russian president".
   */
  static KbEntry office(KnowledgeBase kb, String query, LocalDate day) {
    for (String lang : List.of("de", "en")) {
      var whole = kb.words().office(lang, query);
      if (whole != null && whole.country() != null) {
        return kb.holder(whole.country(), whole.office(), day);
      }
      String[] parts = query.split("[ \\-]+");
      for (int cut = parts.length - 1; cut >= 1; cut--) {
        var o = kb.words().office(lang, String.join(" ", List.of(parts).subList(cut, parts.length)));
        if (o == null) {
          continue;
        }
        String prefix = String.join(" ", List.of(parts).subList(0, cut));
        KbEntry place = kb.best(prefix, lang);
        if (place == null) {
          place = kb.countryOfDerivedWord(prefix);
        }
        if (place == null) {
          continue;
        }
        String at = place.org() != null && place.id().startsWith("herald:")
            ? place.id().substring("herald:".length()) : place.country();
        KbEntry h = at == null ? null : kb.holder(at, o.office(), day);
        if (h != null) {
          return h;
        }
      }
    }
    return null;
  }

  static String describe(KbEntry e, LocalDate day, String lang, String source) {
    StringBuilder b = new StringBuilder();
    b.append(e.id()).append('\t').append(e.kind()).append('\t').append(e.label(lang));
    b.append("\tactor ").append(e.actorOn(day) == null ? "-" : e.actorOn(day));
    if (e.country() != null) {
      b.append("\tcountry ").append(e.country());
    }
    if (e.org() != null) {
      b.append("\torg ").append(e.org());
    }
    if (e.region() != null) {
      b.append("\tregion ").append(e.region());
    }
    if (e.lat() != null) {
      b.append(String.format(Locale.ROOT, "\t%.4f,%.4f", e.lat(), e.lon()));
    }
    if (e.population() > 0) {
      b.append("\tpopulation ").append(e.population());
    }
    for (Office o : e.offices()) {
      b.append("\n    office ").append(o).append(o.holds(day) ? "  (held on " + day + ")" : "");
    }
    if (e.kind() == EntryKind.PERSON || !e.roles().isEmpty()) {
      List<String> roles = e.roles().stream().map(Role::toString).toList();
      if (!roles.isEmpty()) {
        b.append("\n    roles ").append(String.join(" ", roles));
      }
    }
    b.append("\n    source ").append(source);
    return b.toString();
  }

  /** {@code herald kb stats}: entries, load time and heap. */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = {"Loads the knowledge base in this fresh JVM and prints its entries by kind,"
          + " the time the load took and the heap it keeps (measured after a full GC)."})
  static final class Stats implements Callable<Integer> {
    @Override
    public Integer call() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      long before = memory.getHeapMemoryUsage().getUsed();
      long t0 = System.nanoTime();
      KnowledgeBase kb = KnowledgeBase.load(null);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.gc();
      long after = memory.getHeapMemoryUsage().getUsed();
      Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
      kb.entries().forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
      System.out.println("version " + kb.version());
      counts.forEach((k, n) -> System.out.printf(Locale.ROOT, "%-13s %,d%n", k, n));
      System.out.printf(Locale.ROOT, "entries       %,d%n", kb.entries().size());
      System.out.printf(Locale.ROOT, "kb load seconds %.2f%n", seconds);
      System.out.printf(Locale.ROOT, "kb heap MB %.0f%n", (after - before) / 1048576.0);
      return kb.entries().size() > 0 ? 0 : 1;
    }
  }

  /** {@code herald kb learned}: what the stored articles taught of people. */
  @Command(name = "learned", mixinStandardHelpOptions = true,
      description = {"Lists the people the stored articles described and the knowledge base does"
          + " not know (\"US Trade Representative Robert Lighthizer\"): later analyses link"
          + " them by these descriptions (layer \"learned\"); a knowledge-base entry always"
          + " wins. Each with the actor code and country of the latest description, how many"
          + " articles described the person, and the days of the first and the latest."})
  static final class Learned implements Callable<Integer> {
    @picocli.CommandLine.Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
      java.util.Optional<RemoteHerald> remote = storeOptions.running();
      List<org.herald.core.LearnedPeople.Learned> all;
      if (remote.isPresent()) {
        all = remote.get().learned();
      } else {
        try (org.herald.store.Store store = storeOptions.openExisting()) {
          all = store.learned().all();
        }
      }
      System.out.println("name\tactor\tcountry\tdocuments\tfirst seen\tlast seen");
      for (org.herald.core.LearnedPeople.Learned l : all) {
        System.out.println(String.join("\t", l.name(), l.actor(),
            l.country() == null ? "" : l.country(), String.valueOf(l.documents()),
            l.firstSeen() == null ? "" : l.firstSeen(), l.lastSeen() == null ? "" : l.lastSeen()));
      }
      System.err.println(all.size() + " people learned"
          + remote.map(r -> " (through " + r.describe() + ")").orElse(""));
      return 0;
    }
  }
}
