package org.herald.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The infinitives a German verb form may belong to, since the tagger gives German words no
 * lemma: those {@link GermanMorphology} knows, then guesses for the forms it does not know:
 * irregular forms from a table ("hielten" is halten, "traf" treffen), regular ones by
 * their endings ("verurteilten" is verurteilen, "kritisiert" kritisieren, "gefordert" fordern).
 * Several candidates may come back; the event dictionary decides which one it knows.
 */
public final class GermanVerbs {
  private GermanVerbs() {}

  private static final Map<String, String> IRREGULAR = table(
      "halten", "hält hielt hielten gehalten haltet",
      "treffen", "trifft traf trafen getroffen triffst",
      "geben", "gibt gab gaben gegeben",
      "sprechen", "spricht sprach sprachen gesprochen",
      "nehmen", "nimmt nahm nahmen genommen",
      "kommen", "kommt kam kamen gekommen",
      "sehen", "sieht sah sahen gesehen",
      "rufen", "ruft rief riefen gerufen",
      "schließen", "schließt schloss schlossen geschlossen",
      "ziehen", "zieht zog zogen gezogen",
      "weisen", "weist wies wiesen gewiesen",
      "werfen", "wirft warf warfen geworfen",
      "bitten", "bittet bat baten gebeten",
      "brechen", "bricht brach brachen gebrochen",
      "greifen", "greift griff griffen gegriffen",
      "beginnen", "beginnt begann begannen begonnen",
      "bieten", "bietet bot boten geboten",
      "empfangen", "empfängt empfing empfingen",
      "verbieten", "verbietet verbot verboten",
      "lassen", "lässt ließ ließen gelassen",
      "fliegen", "fliegt flog flogen geflogen",
      "schießen", "schießt schoss schossen geschossen",
      "beschließen", "beschließt beschloss beschlossen",
      "schreiben", "schreibt schrieb schrieben geschrieben",
      "verlieren", "verliert verlor verloren",
      "gewinnen", "gewinnt gewann gewannen gewonnen",
      "stehen", "steht stand standen gestanden",
      "tun", "tut tat taten getan",
      "bringen", "bringt brachte brachten gebracht",
      "nennen", "nennt nannte nannten genannt",
      "senden", "sendet sandte sandten gesandt gesendet",
      "drohen", "droht drohte drohten gedroht",
      "begehen", "begeht beging begingen begangen",
      "verzeihen", "verzeiht verzieh verziehen",
      "vergeben", "vergibt vergab vergaben",
      "unterschreiben", "unterschreibt unterschrieb unterschrieben",
      "streiten", "streitet stritt stritten gestritten",
      "bestreiten", "bestreitet bestritt bestritten",
      "verhandeln", "verhandelt verhandelte verhandelten",
      "handeln", "handelt handelte handelten gehandelt",
      "führen", "führt führte führten geführt",
      "fahren", "fährt fuhr fuhren gefahren",
      "tragen", "trägt trug trugen getragen",
      "finden", "findet fand fanden gefunden",
      "verüben", "verübt verübte verübten",
      "wollen", "will willst wollte wollten gewollt wolle",
      "freuen", "freue freut freute freuten",
      "sagen", "sagt sagte sagten gesagt sage");

  private static Map<String, String> table(String... pairs) {
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i]);
      for (String form : pairs[i + 1].split(" ")) {
        m.putIfAbsent(form, pairs[i]);
      }
    }
    return Map.copyOf(m);
  }

  /** Candidate infinitives of a lower-case form, the most likely first. */
  public static List<String> infinitives(String w) {
    // The morphological dictionary first; the guesses below for forms it does not know.
    List<String> out = new ArrayList<>(GermanMorphology.verbLemmas(w));
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      out.add(irregular);
    }
    // An irregular stem after a prefix: "festhielten", "zurückwies", "abzogen".
    for (Map.Entry<String, String> e : IRREGULAR.entrySet()) {
      if (w.length() > e.getKey().length() + 1 && w.endsWith(e.getKey())
          && e.getKey().length() >= 4) {
        out.add(w.substring(0, w.length() - e.getKey().length()) + e.getValue());
      }
    }
    if (w.endsWith("en") || w.endsWith("ern") || w.endsWith("eln")) {
      out.add(w);
    }
    String stem = null;
    for (String ending : new String[] {"eten", "etet", "test", "ten", "tet", "te", "est", "st",
        "et", "en", "t", "e", "n"}) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
        stem = w.substring(0, w.length() - ending.length());
        out.add(stem + "en");
        if (stem.endsWith("el") || stem.endsWith("er")) {
          out.add(stem + "n");
        }
      }
    }
    // Participles: "gefordert", "verurteilt" (no ge-), "abgelehnt" (particle + ge).
    int ge = w.indexOf("ge");
    if (ge >= 0 && ge <= 5 && w.endsWith("t") && w.length() > ge + 4) {
      String inner = w.substring(0, ge) + w.substring(ge + 2, w.length() - 1);
      boolean shortEnding = inner.endsWith("e") || inner.endsWith("el") || inner.endsWith("er");
      out.add(shortEnding ? inner + "n" : inner + "en");
    }
    return out;
  }
}
