package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.core.LearnedPeople;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Layer;
import org.herald.core.model.Mention;
import org.herald.core.model.Sentence;
import org.herald.core.model.Token;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.herald.kb.Names;
import org.herald.kb.Words;
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
  /** The countries whose parties a German text names by their short forms. */
  private static final Set<String> GERMAN_SPEAKING = Set.of("DEU", "AUT", "CHE", "LIE");

  private final KnowledgeBase kb;
  private final NerRefiner refiner;
  private final Linker linker;
  private final Descriptions descriptions;
  private final PersonTitles titles;
  private final Seats seats;
  private final UnknownBodies unknownBodies;

  /**
   * The most entities a document keeps, the first in the text: a news article names tens (the
   * bundled samples 12 to 18 in about 1,000 characters), and even the longest article text kept
   * (100,000 characters) at that density of new names would name some 1,500. More is a list of
   * names, not an article, and would burden every stage after this one and the store.
   */
  static final int MAX_ENTITIES = 2_000;

  private final LearnedPeople learned;

  public EntityStage(KnowledgeBase kb) {
    this(kb, LearnedPeople.NONE);
  }

  /**
   * With what earlier articles said of people the knowledge base does not know: a person that
   * neither it nor this article describes takes that ({@code layer: "learned"}).
   */
  public EntityStage(KnowledgeBase kb, LearnedPeople learned) {
    this.learned = requireNonNull(learned, "learned is null");
    this.kb = requireNonNull(kb, "kb is null");
    this.refiner = new NerRefiner(kb);
    this.linker = new Linker(kb);
    this.descriptions = new Descriptions(kb);
    this.titles = new PersonTitles(kb);
    this.seats = new Seats(kb, descriptions);
    this.unknownBodies = new UnknownBodies(kb, descriptions, seats);
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

  /** A mention before grouping; {@code government} marks a capital standing for its state. */
  private record Found(Mention mention, EntityType type, @Nullable KbEntry entry,
      List<String> words, boolean government) {}

  /** A tagged run of words of a sentence, before linking. */
  private record Run(int first, int last, EntityType type, String surface,
      @Nullable KbEntry known, List<String> words) {}

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    LocalDate day = doc.publishedDay();
    List<Sentence> sentences = new ArrayList<>();
    List<List<Run>> runs = new ArrayList<>();
    Set<String> documentCountries = new HashSet<>();
    Setting tally = new Setting();
    String datelineCountry = null;
    if (doc.dateline() != null) {
      KbEntry place = kb.best(doc.dateline(), doc.language());
      if (place != null && place.country() != null) {
        documentCountries.add(place.country());
        datelineCountry = place.country();
      }
    }
    for (NerRefiner.Refined r : refiner.refine(doc.sentences(), text, doc.language())) {
      Sentence s = r.sentence();
      String lang = s.language() != null ? s.language() : doc.language();
      sentences.add(r.sentence());
      List<Run> found = runs(r, text, lang);
      runs.add(found);
      for (Run run : found) {
        if (run.known() != null && run.known().country() != null
            && run.known().entityType() == EntityType.LOCATION) {
          documentCountries.add(run.known().country());
        }
        // only what the tagger calls a place: "Anderson" the person is no vote for Indiana
        KbEntry place = run.type() != EntityType.LOCATION ? null
            : run.known() != null ? run.known() : seats.mainPlace(run.surface(), lang);
        if (place != null && place.country() != null
            && place.entityType() == EntityType.LOCATION) {
          tally.place(place.country());
        }
        if (run.type() == EntityType.ORGANIZATION && run.known() == null) {
          String seat = seats.authorityCountry(run.surface(), lang);
          if (seat != null) {
            tally.place(seat); // "Columbus Police Department"
          }
        }
        KbEntry actor = run.known();
        if (actor != null && actor.country() != null && actor.curated()
            && (actor.kind() == EntryKind.PERSON || actor.kind() == EntryKind.ORGANIZATION)) {
          tally.body(actor.country(), actor.kind() == EntryKind.PERSON); // the SPD
        }
      }
    }
    boolean article = Setting.article(doc.sentences().size());
    String paper = Publisher.country(doc.url(), kb);
    Setting.Countries countries = tally.read(datelineCountry, doc.sentences().size(), paper);
    String home = countries.home();
    String setting = countries.setting();
    String personHome = countries.personHome();
    // Twice: the first pass learns the senses that a cue decided ("Atlanta, Georgia"), which the
    // second gives every mention of that name, also the ones before the cue.
    Map<String, KbEntry> cued = new HashMap<>();
    KbEntry ownParty = Publisher.party(kb, doc.url()); // "unsere Vorsitzende" on its page
    List<Found> found = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      found.clear();
      List<Descriptions.Seen> seen = new ArrayList<>();
      Map<String, KbEntry> senses = new HashMap<>(cued);
      for (int k = 0; k < sentences.size(); k++) {
        Sentence s = sentences.get(k);
        String lang = s.language() != null ? s.language() : doc.language();
        found.addAll(link(s, runs.get(k), text, lang, day, documentCountries, home, setting,
            personHome, seen, senses, cued, ownParty, paper));
      }
      if (pass == 0 && personHome == null && article) {
        // No person known before linking decides: those the first pass linked do ("Mr.
        // Trump" is the president only once linked).
        personHome = Setting.majority(peopleByCountry(found));
        if (personHome != null) {
          continue;
        }
      }
      if (cued.isEmpty()) {
        break;
      }
    }
    // The people no one describes are most likely of the country of the people the article
    // knows (an American paper on Ukraine quotes Americans), else of its setting.
    String peopleSetting = personHome != null ? personHome : setting;
    List<Entity> entities = Affiliations.apply(group(found, doc.language(), day, setting,
        peopleSetting, paper, new Bylines(doc), text), text);
    Document.Builder out = doc.toBuilder().sentences(sentences);
    if (entities.size() > MAX_ENTITIES) {
      out.warning("entities cut to the first " + MAX_ENTITIES + " of " + entities.size());
      entities = entities.subList(0, MAX_ENTITIES);
    }
    return out.entities(entities).add(Layer.ENTITIES, Layer.LINKS).build();
  }

  /**
   * Whether a full name of the text is not the person's: no name of the entry is that name, and
   * none begins like its first word ("Matt Harris" is not "Kamala Harris"; "Joe Biden" may be
   * "Joseph R. Biden").
   */
  private boolean otherGivenName(List<String> words, KbEntry person, @Nullable String language) {
    if (kb.byName(String.join(" ", words), language).contains(person)) {
      return false;
    }
    String given = org.herald.kb.Names.fold(words.get(0));
    for (String n : person.names()) {
      String f = org.herald.kb.Names.fold(n);
      int space = f.indexOf(' ');
      if (space > 0 && f.regionMatches(0, given, 0, Math.min(3, Math.min(space, given.length())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A one-word name tagged as a person that begins a longer name of an organisation (or one the
   * tagger left miscellaneous) named before it, and that no person's name of the text holds, is
   * that organisation shortened ("Tyvak Nano-Satellite Systems ... Marco Villa said Tyvak
   * would", the second tagged a person): both are the organisation.
   */
  private static List<Found> organisationsShortened(List<Found> found) {
    Set<String> personal = new HashSet<>(); // the words of the text's persons' full names
    found.stream().filter(p -> p.type() == EntityType.PERSON && p.words().size() > 1)
        .forEach(p -> personal.addAll(p.words()));
    Found[] out = found.toArray(new Found[0]);
    for (int i = 0; i < out.length; i++) {
      Found f = out[i];
      if (f.type() != EntityType.PERSON || f.words().size() != 1
          || f.entry() != null && !f.entry().id().startsWith(Descriptions.TEXT)
          || personal.contains(f.words().get(0))) {
        continue;
      }
      String word = f.words().get(0);
      for (int j = 0; j < i; j++) {
        Found o = out[j];
        boolean body = o.type() == EntityType.ORGANIZATION
            || o.type() == EntityType.MISC && o.entry() == null;
        if (body && o.words().size() > 1 && o.words().get(0).equals(word)) {
          for (int k = 0; k <= i; k++) {
            if (out[k].words().equals(o.words()) && out[k].type() == o.type() || k == i) {
              out[k] = new Found(out[k].mention(), EntityType.ORGANIZATION, o.entry(), o.words(),
                  o.government());
            }
          }
          break;
        }
      }
    }
    return List.of(out);
  }

  /**
   * The mentions with a known person whom the text describes afresh somewhere (a description's
   * entry is {@code text:} and the known id) given that description everywhere: "SPÖ-Chefin
   * Pamela Rendi-Wagner" and, later, "Pamela Rendi-Wagner forderte" are the party's chair.
   */
  private static List<Found> redescribed(List<Found> found) {
    Map<String, KbEntry> fresh = new HashMap<>();
    for (Found f : found) {
      if (f.entry() != null && f.entry().id().startsWith(Descriptions.TEXT)) {
        fresh.putIfAbsent(f.entry().id().substring(Descriptions.TEXT.length()), f.entry());
      }
    }
    if (fresh.isEmpty()) {
      return found;
    }
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      KbEntry described = f.entry() == null ? null : fresh.get(f.entry().id());
      out.add(described == null || f.type() != EntityType.PERSON ? f
          : new Found(f.mention(), f.type(), described, f.words(), f.government()));
    }
    return out;
  }

  /**
   * Sorted mentions of one entity less those inside another of them: "Hamas" inside "Hamas
   * foreign minister", an office that acts for the organisation it names.
   */
  private static List<Mention> outermost(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>(sorted.size());
    for (Mention m : sorted) {
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.start() == m.start()) {
        out.set(out.size() - 1, m.end() > last.end() ? m : last);
      } else if (last == null || m.end() > last.end()) {
        out.add(m);
      }
    }
    return out;
  }

  /** How often the people linked to the knowledge base are named, by their country. */
  private static Map<String, Integer> peopleByCountry(List<Found> found) {
    Map<String, Integer> out = new HashMap<>();
    for (Found f : found) {
      String actor = f.entry() == null ? null : f.entry().actor();
      if (actor != null && actor.length() >= 6 && actor.startsWith("MED", 3)) {
        continue; // "as Emily Feng reports for NPR": the paper's people, not the story's
      }
      if (f.type() == EntityType.PERSON && f.entry() != null && f.entry().country() != null
          && f.entry().kind() == EntryKind.PERSON) {
        out.merge(f.entry().country(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** Links a sentence's runs, marks capitals that stand for governments, adds descriptions. */
  private List<Found> link(Sentence s, List<Run> sentenceRuns, String text, @Nullable String lang,
      @Nullable LocalDate day, Set<String> documentCountries, @Nullable String home,
      @Nullable String setting, @Nullable String personHome, List<Descriptions.Seen> seen,
      Map<String, KbEntry> senses, Map<String, KbEntry> cued, @Nullable KbEntry publisher,
      @Nullable String paper) {
    List<Token> tokens = s.tokens();
    List<Found> out = new ArrayList<>();
    List<Descriptions.Name> names = new ArrayList<>();
    List<KbEntry> linked = new ArrayList<>();
    // a German text's parties are first those of the countries that speak it
    Set<String> homes = new HashSet<>("de".equals(lang) ? GERMAN_SPEAKING : Set.of());
    if (home != null) {
      homes.add(home);
    }
    if (setting != null) {
      homes.add(setting);
    }
    for (Run run : sentenceRuns) {
      Set<String> sentenceCountries = new HashSet<>();
      for (int k = 0; k < sentenceRuns.size(); k++) {
        Run other = sentenceRuns.get(k);
        KbEntry e = k < linked.size() ? linked.get(k) : other.known();
        if (other != run && e != null && e.country() != null
            && e.entityType() == EntityType.LOCATION) {
          sentenceCountries.add(e.country());
        }
      }
      String cue = regionCue(tokens, run.first(), sentenceRuns, linked);
      boolean titled = run.first() > 0 && kb.words().office("en".equals(lang) ? "en" : "de",
          tokens.get(run.first() - 1).word()) != null;
      Linker.Context context = new Linker.Context(day, documentCountries, sentenceCountries, cue,
          titled, homes);
      // One sense per text: "Georgia" once read as the US state stays the state.
      String sense = run.type() + ":" + run.surface();
      KbEntry entry = senses.containsKey(sense) && cue == null ? senses.get(sense)
          : linker.link(run.surface(), run.type(), lang, context);
      if (entry == null && run.type() == EntityType.ORGANIZATION && "de".equals(lang)) {
        // "die Grünen", "die Linke" tagged as an organisation: the party of that short form in
        // the country the article is set in (party-short-names.tsv)
        entry = kb.partyByShortName(run.surface(), home != null ? home : setting);
      }
      if (entry == null && run.type() != EntityType.PERSON && run.type() != EntityType.LOCATION
          && "en".equals(lang)) {
        // "Republicans", "Democrats", "the GOP", "the Tories" (often tagged MISC): the party of
        // that English short form, in the country the article is set in
        entry = kb.partyByEnglishShortName(run.surface(), home != null ? home : setting);
      }
      if (entry == null && run.type() == EntityType.ORGANIZATION) {
        entry = kb.partyOfBranch(run.surface(), lang, home != null ? home : setting); // "SPD Hessen"
      }
      if (entry != null) {
        senses.putIfAbsent(sense, entry);
        if (cue != null && entry.kind() == EntryKind.REGION) {
          cued.putIfAbsent(sense, entry);
        }
      }
      if (entry == null && run.type() == EntityType.MISC) {
        // "Iraqi Kurds", "Syrian Kurds": a group the tagger sets apart, named by its country's
        // adjective, acts for that country's people.
        entry = descriptions.peopleOf(tokens.get(run.first()).word(), lang);
        if (entry == null && run.last() > run.first()) {
          // "Ethnic Albanians ... near Macedonia's border": an ethnic group is coded by the
          // country it lives in.
          List<KbEntry> around = new ArrayList<>();
          for (int k = 0; k < sentenceRuns.size(); k++) {
            around.add(k < linked.size() ? linked.get(k) : sentenceRuns.get(k).known());
          }
          entry = descriptions.ethnicGroup(tokens.get(run.first()).word(),
              tokens.get(run.first() + 1).word(), around, lang);
        }
      }
      linked.add(entry);
      boolean government = entry != null && entry.kind() == EntryKind.CAPITAL
          && standsForGovernment(tokens, run.first(), run.last());
      Token first = tokens.get(run.first());
      Token last = tokens.get(run.last());
      out.add(new Found(new Mention(first.start(), last.end(), run.surface()), run.type(), entry,
          run.words(), government));
      names.add(new Descriptions.Name(run.first(), run.last(), run.type(), entry));
      if (entry != null && (entry.kind() == EntryKind.PERSON
          || entry.kind() == EntryKind.ORGANIZATION)) {
        seen.add(new Descriptions.Seen(entry, null));
      }
    }
    List<String> words = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    List<String> upos = new ArrayList<>();
    for (Token t : tokens) {
      words.add(t.word());
      lemmas.add(t.lemma() != null ? t.lemma().toLowerCase(java.util.Locale.ROOT) : t.word());
      upos.add(t.upos() != null ? t.upos() : "X");
    }
    for (Descriptions.Found d : descriptions.find(words, lemmas, upos, names, lang, day, seen,
        home != null ? home : setting, personHome)) {
      Token first = tokens.get(d.first());
      Token last = tokens.get(d.last());
      out.add(new Found(new Mention(first.start(), last.end(),
          text.substring(first.start(), last.end())), d.type(), d.entry(), List.of(), false));
      if (d.describes() != null) {
        // The person the description gives a role: his name takes the text's entry.
        int start = tokens.get(d.describes().first()).start();
        int end = tokens.get(d.describes().last()).end();
        for (int k = 0; k < out.size(); k++) {
          Found f = out.get(k);
          if (f.mention().start() == start && f.mention().end() == end) {
            out.set(k, new Found(f.mention(), EntityType.PERSON, d.entry(), f.words(), false));
          }
        }
      }
    }
    // A person no one knows, or whom the knowledge base knows in no office on the day, with a
    // title or occupation beside the name: the text's role ("unsere Vorsitzende Pamela
    // Rendi-Wagner", a former minister).
    for (int k = 0; k < names.size(); k++) {
      Found f = out.get(k);
      boolean stale = f.entry() != null && f.entry().kind() == EntryKind.PERSON && day != null
          && Descriptions.stale(f.entry(), day);
      if (f.type() == EntityType.PERSON && (f.entry() == null || stale)
          && !f.words().isEmpty()) {
        KbEntry described = titles.describe(words, upos, names, names.get(k),
            f.mention().text().replaceAll("\\s+", " "), "en".equals(lang) ? "en" : "de",
            personHome != null ? personHome : setting, day, publisher, paper);
        if (described != null && stale) {
          // over the knowledge base, only an office or trade counts ("ihr Vater Kim Jong Il" is
          // still the late leader), under the known person's id, as Descriptions writes it
          KbEntry known = f.entry();
          String a = described.actor();
          // nor an office the known person has left ("die Entlassung von Regierungschef Hichem
          // Mechichi" months after it: still the elite the knowledge base makes him)
          boolean left = leftOffice(known, words, names.get(k).first(), lang, day);
          described = a == null || a.length() <= 3 || a.endsWith("CVL") || left ? null
              : Descriptions.asDescribed(known, described.label(), described.country(),
                  described.org(), a);
        }
        if (described != null) {
          out.set(k, new Found(f.mention(), f.type(), described, f.words(), false));
        }
      }
    }
    return out;
  }

  /**
   * Whether one of the two words before a name is the word of an office the known person held
   * and had left by the day ("Regierungschef" of a head of government dismissed months before);
   * a title of another office ("Landeshauptmann" of a former undersecretary) is not.
   */
  private boolean leftOffice(KbEntry known, List<String> words, int name, String lang,
      LocalDate day) {
    for (int i = Math.max(0, name - 2); i < name; i++) {
      Words.OfficeWord o = kb.words().office("en".equals(lang) ? "en" : "de", words.get(i));
      if (o != null && known.offices().stream().anyMatch(f -> f.office().equals(o.office())
          && f.to() != null && f.to().isBefore(day))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "US-Bundesstaat Georgia", "the state of Georgia": any region (""); "Atlanta, Georgia": the
   * region of the place before the comma; else null.
   */
  private static @Nullable String regionCue(List<Token> tokens, int first, List<Run> runs,
      List<KbEntry> linked) {
    if (first == 0) {
      return null;
    }
    String prev = tokens.get(first - 1).word().toLowerCase(java.util.Locale.ROOT);
    if (prev.endsWith("bundesstaat") || prev.equals("bundesstaats") || prev.equals("state")
        || first >= 2 && prev.equals("of")
        && tokens.get(first - 2).word().equalsIgnoreCase("state")) {
      return "";
    }
    if (prev.equals(",")) {
      for (int k = 0; k < linked.size(); k++) {
        KbEntry e = linked.get(k);
        if (runs.get(k).last() == first - 2 && e != null && e.region() != null) {
          return e.region();
        }
      }
    }
    return null;
  }

  /** The prepositions that name, after a noun, the other party of talks or a deal. */
  private static final Set<String> PARTNER = Set.of("mit", "with");

  /**
   * A capital that acts stands for its government: "Washington lehnte ab", "Moscow warned",
   * "talks with Moscow", but not "in Washington", "nach Moskau" (nor, as it may be either,
   * "warnte Moskau").
   */

  private static boolean standsForGovernment(List<Token> tokens, int first, int last) {
    Token before = first > 0 ? tokens.get(first - 1) : null;
    boolean complementizer = before != null
        && ("that".equalsIgnoreCase(before.word()) || "dass".equalsIgnoreCase(before.word()));
    if (before != null && PARTNER.contains(before.word().toLowerCase(java.util.Locale.ROOT))
        && first > 1 && "NOUN".equals(tokens.get(first - 2).upos())) {
      return true; // "eine Einigung mit Brüssel", "talks with Moscow": the other party
    }
    if (before != null && !complementizer && ("ADP".equals(before.upos())
        || "DET".equals(before.upos())
        || "PUNCT".equals(before.upos()) && first > 1 && "ADP".equals(tokens.get(first - 2).upos()))) {
      return false;
    }
    for (int k = last + 1; k <= Math.min(last + 2, tokens.size() - 1); k++) {
      String u = tokens.get(k).upos();
      if ("VERB".equals(u) || "AUX".equals(u)) {
        return true;
      }
      if (!"ADV".equals(u) && !"PART".equals(u)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The curated body a hyphenated noun the tagger left untagged names as a whole
   * ("UN-Sicherheitsrat", "EU-Kommission"; the refiner leaves such compounds to the tagger, as
   * GermEval counts them as name parts), or null.
   */
  private @Nullable KbEntry compoundBody(Token t, @Nullable String lang) {
    if (!"NOUN".equals(t.upos()) || t.word().indexOf('-') <= 0) {
      return null;
    }
    for (KbEntry e : kb.candidates(t.word(), lang)) {
      if (e.curated() && e.kind() == EntryKind.ORGANIZATION && e.names().contains(t.word())) {
        return e;
      }
    }
    return null;
  }

  private List<Run> runs(NerRefiner.Refined r, String text, @Nullable String lang) {
    List<Token> tokens = r.sentence().tokens();
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      EntityType type = NerRefiner.type(tokens.get(i).ner());
      if (type == null) {
        KbEntry body = compoundBody(tokens.get(i), lang);
        if (body != null) {
          String w = text.substring(tokens.get(i).start(), tokens.get(i).end());
          out.add(new Run(i, i, EntityType.ORGANIZATION, w, body, List.of(w)));
        }
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
      if (type == EntityType.LOCATION && j + 1 < tokens.size() && StreetNames.street(lang,
          text.substring(tokens.get(j + 1).start(), tokens.get(j + 1).end()))) {
        i = j + 1; // "Apple Valley Road": a street, no place of the text
        continue;
      }
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
      out.add(new Run(i, j, type, surface, entry, words));
      i = j + 1;
    }
    return out;
  }

  /** Groups mentions: by linked entry, else by name, with short person names joining full ones. */
  private List<Entity> group(List<Found> found, @Nullable String language,
      @Nullable LocalDate day, @Nullable String setting, @Nullable String peopleSetting,
      @Nullable String paper, Bylines bylines, String text) {
    found = organisationsShortened(redescribed(found));
    Map<String, List<Found>> groups = new LinkedHashMap<>();
    // Longer person names first, so that "Putin" finds "Wladimir Putin".
    PersonKeys persons = new PersonKeys(found.stream()
        .filter(f -> f.type() == EntityType.PERSON && f.words().size() > 1)
        .sorted(Comparator.comparingInt((Found f) -> -f.words().size()))
        .map(f -> new PersonKeys.Person(f.words(), f.entry()))
        .toList(), language);
    List<String> keys = new ArrayList<>(found.size());
    for (Found f : found) {
      String key;
      boolean unknown = f.entry() == null || f.entry().id().startsWith(Descriptions.TEXT);
      // "Ignazio Cassis" tagged once as an organisation is still the person, and "Van der
      // Bellens" the "Alexander Van der Bellen" of the same text
      String joined = unknown && f.words().size() > 1 ? persons.fullName(f.words()) : null;
      String byWord = f.words().size() == 1 ? persons.byWord(f.words().get(0)) : null;
      String described = f.type() == EntityType.PERSON ? persons.described(f.words()) : null;
      if (joined != null) {
        key = joined;
      } else if (byWord != null && (f.type() == EntityType.PERSON
          || f.type() != EntityType.LOCATION && persons.isSurname(f.words().get(0)))) {
        // "Putin" after "Wladimir Putin": the full name of this text decides who is meant;
        // "Bloomberg" tagged as the company after "Michael R. Bloomberg" is he
        key = byWord;
      } else if (f.entry() != null) {
        key = f.entry().id() + (f.government() ? "#government" : "");
      } else if (described != null) {
        // a full name the text described in one sentence ("US Trade Representative Robert
        // Lighthizer") is the same person where it stands alone
        key = described;
      } else {
        key = f.type() + ":" + normalise(String.join(" ", f.words()), language);
      }
      keys.add(key);
    }
    Acronyms.join(found.stream().map(Found::mention).toList(),
        found.stream().map(Found::type).toList(),
        found.stream().map(f -> f.entry() != null).toList(), keys, text);
    for (int i = 0; i < found.size(); i++) {
      groups.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(found.get(i));
    }
    List<List<Found>> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt(g -> g.get(0).mention().start()));
    List<Entity> entities = new ArrayList<>();
    int n = 1;
    for (List<Found> g : ordered) {
      Found head = g.get(0);
      for (Found f : g) {
        if (f.entry() != null && (head.entry() == null || f.words().size() > head.words().size())) {
          head = f;
        }
      }
      Found fullest = g.stream().filter(f -> f.type() == EntityType.PERSON)
          .max(Comparator.comparingInt((Found f) -> f.words().size())).orElse(null);
      if (head.entry() != null && head.entry().kind() == EntryKind.PERSON
          && !head.entry().id().startsWith(Descriptions.TEXT) && fullest != null
          && fullest.words().size() > head.words().size()
          && otherGivenName(fullest.words(), head.entry(), language)) {
        // "Lt. Matt Harris ... Harris said": the surname must not make him Kamala Harris
        head = fullest;
      }
      KbEntry entry = head.entry();
      boolean government = head.government();
      EntityType type = entry != null && entry.entityType() != null
          ? entry.entityType() : majorityType(g);
      boolean named = g.stream().anyMatch(f -> !f.words().isEmpty());
      String name = entry != null && (!named || entry.kind() != EntryKind.CAPITAL
          && entry.kind() != EntryKind.ORGANIZATION)
          ? entry.label(language) : longestName(g, language);
      if (entry != null && "de".equals(language) && name.endsWith("s")
          && !name.equals(entry.label(language))
          && kb.byName(name.substring(0, name.length() - 1), language).contains(entry)) {
        // "Washingtons" is named "Washington"; but "Paris", the entry's own label, stays
        name = name.substring(0, name.length() - 1);
      }
      KbRef ref = entry == null ? null : entry.ref(day);
      if (ref != null && entry.id().startsWith(Descriptions.TEXT)) {
        // the role comes from the text: a known person keeps his id, an unknown one is named
        String id = entry.id().substring(Descriptions.TEXT.length());
        ref = new KbRef(kb.byId(id) != null ? id : entry.id(), ref.label(), ref.actor(),
            ref.country(), ref.org(), null, null, "text");
      }
      if (ref != null && government && entry.country() != null) {
        String actor = kb.government(entry); // an organisation's is no country's
        ref = new KbRef(ref.id(), ref.label(), actor,
            actor.startsWith(entry.country()) ? ref.country() : null, ref.org(), ref.lat(),
            ref.lon());
      }
      if (ref == null && type == EntityType.PERSON && named) {
        // "Lighthizer", whom an earlier article called the US trade representative
        LearnedPeople.Learned l = learned.find(name, day);
        if (l != null) {
          // the id of the person the text described, so that the store keeps one entity
          ref = new KbRef(Descriptions.TEXT + l.name().replace(' ', '_'), l.name(), l.actor(),
              l.country(), null, null, null, "learned");
        }
      }
      if (ref == null && type == EntityType.PERSON && peopleSetting != null && named) {
        // A person nothing describes, in an article set in one country: the codebook's
        // setting rule makes them that country's, as the text layer's weakest word, and a
        // private person (CVL) as far as the text tells.
        ref = new KbRef(Descriptions.TEXT + name.replace(' ', '_'), name, peopleSetting + "CVL",
            peopleSetting, null, null, null, "text");
      }
      if (ref == null && type == EntityType.ORGANIZATION && named) {
        ref = unknownBodies.of(name, language, setting);
      }
      List<Mention> mentions = outermost(g.stream().map(Found::mention).sorted().toList());
      if (type == EntityType.PERSON && named && (ref == null || ref.layer() != null)
          && reporter(bylines, name, mentions)) {
        // the article's reporter reports for the media of the paper's country (by its
        // address), else of the country it is written in
        String country = paper != null ? paper : peopleSetting != null ? peopleSetting
            : setting != null ? setting : ref != null ? ref.country() : null;
        if (country != null) {
          ref = new KbRef(Descriptions.TEXT + name.replace(' ', '_'), name, country + "MED",
              country, null, null, null, "text");
        }
      }
      entities.add(new Entity("e" + n++, type, name, ref, mentions));
    }
    return NamedBodies.merge(entities);
  }

  private static boolean reporter(Bylines bylines, String name, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> bylines.reporter(name, m));
  }

  private static EntityType majorityType(List<Found> g) {
    Map<EntityType, Integer> counts = new java.util.EnumMap<>(EntityType.class);
    for (Found f : g) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static String longestName(List<Found> g, @Nullable String language) {
    Found best = g.stream().filter(f -> !f.words().isEmpty()).findFirst().orElse(g.get(0));
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
  static String normalise(String name, @Nullable String language) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if ("de".equals(language) && n.length() > 3 && n.endsWith("s") && !n.endsWith("ss")) {
      n = n.substring(0, n.length() - 1);
    }
    return n;
  }
}
