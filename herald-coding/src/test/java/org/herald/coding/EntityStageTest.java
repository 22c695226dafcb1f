package org.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.core.LearnedPeople;
import org.herald.core.Stage;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Layer;
import org.herald.core.model.Token;
import org.herald.core.testing.StageContract;
import org.herald.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * The entity stage on hand-tagged sentences, as the tagger would tag them (no models here).
 * Each word is written "word/POS/NER"; a plain word is a NOUN tagged O.
 */
class EntityStageTest extends StageContract {
  static final EntityStage STAGE = new EntityStage(KnowledgeBase.bundled());

  /** A document from one or more hand-tagged sentences. */
  static Document tagged(String language, String... sentences) {
    return HandTagged.document(language, null, sentences);
  }

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected List<Document> inputs() {
    return List.of(
        tagged("de", "Wladimir/PROPN/PERSON Putin/PROPN/PERSON traf Xi/PROPN/PERSON"
            + " Jinping/PROPN/PERSON in Peking/PROPN/LOCATION ./PUNCT",
            "Putin/PROPN/PERSON sagte laut Reuters/PROPN/PERSON ,/PUNCT Russlands/PROPN/LOCATION"
            + " Truppen seien bereit ./PUNCT"),
        tagged("en", "Kremlin/PROPN/ORGANIZATION spokesman Dmitry/PROPN/PERSON"
            + " Peskov/PROPN/PERSON spoke to Russian/ADJ/MISC media ./PUNCT"));
  }

  @Override
  protected Document fromRandomText(String text) {
    return HandTagged.words(text, null,
        w -> Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN",
        w -> Character.isUpperCase(w.charAt(0)) ? "PERSON" : "O", Layer.NER);
  }


  static Entity named(Document d, String name) {
    return d.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + d.entities()));
  }

  @Test
  void groupsShortPersonNamesWithTheFullOnes() {
    Document d = STAGE.apply(inputs().get(0));
    assertThat(named(d, "Wladimir Putin").mentions()).hasSize(2);
    assertThat(named(d, "Xi Jinping").mentions()).hasSize(1);
  }

  @Test
  void aSurnameTheTaggerMissedIsThePersonNamedInFullBefore() {
    Document d = STAGE.apply(tagged("de",
        "Die/DET Publizistin/NOUN Birgit/PROPN/PERSON Kelle/PROPN/PERSON spricht/VERB ./PUNCT",
        "Das/PRON sei/AUX falsch/ADJ ,/PUNCT moniert/VERB Kelle/NOUN ./PUNCT",
        "Er/PRON nahm/VERB die/DET Kelle/NOUN ./PUNCT"));
    // the second sentence's "Kelle" is hers; the third's, after its article, a ladle
    assertThat(named(d, "Birgit Kelle").mentions()).hasSize(2);
  }

  @Test
  void linksCountriesAndCapitalsInTheirInflectedForms() {
    Document d = STAGE.apply(inputs().get(0));
    Entity russia = named(d, "Russland");
    assertThat(russia.kb().country()).isEqualTo("RUS");
    assertThat(russia.mentions().get(0).text()).isEqualTo("Russlands");
    Entity peking = named(d, "Peking");
    assertThat(peking.kb().country()).isEqualTo("CHN");
    assertThat(peking.kb().lat()).isNotNull();
    // a genitive is named in the nominative, but a name whose own last letter is an s keeps it
    d = STAGE.apply(tagged("de", "Die Politik Washingtons/PROPN/LOCATION ./PUNCT",
        "Macron/PROPN/PERSON empfing Scholz/PROPN/PERSON in Paris/PROPN/LOCATION ./PUNCT"));
    assertThat(named(d, "Washington").kb().country()).isEqualTo("USA");
    assertThat(named(d, "Paris").kb().country()).isEqualTo("FRA");
  }

  @Test
  void aBodyOfTheHomeCountryIsNoHeadOfAHyphenedCompound() {
    // "der Bund" is the federal government; "der Fussball-Bund" a federation
    Document bund = STAGE.apply(tagged("de",
        "Der/DET Bund/NOUN tagt/VERB in/ADP Berlin/PROPN/LOCATION ./PUNCT"));
    assertThat(bund.entities()).anyMatch(e -> e.kb() != null && "DEUGOV".equals(e.kb().actor())
        && e.mentions().get(0).text().equals("Bund"));
    Document federation = STAGE.apply(tagged("de",
        "Der/DET Fussball/NOUN -/PUNCT Bund/NOUN tagt/VERB in/ADP Berlin/PROPN/LOCATION ./PUNCT"));
    assertThat(federation.entities())
        .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Bund")));
  }

  @Test
  void knowledgeCorrectsTheTaggersConfusions() {
    Document d = STAGE.apply(tagged("de",
        "Reuters/PROPN/PERSON und Getty/PROPN/PERSON Images/PROPN berichten über"
            + " Covid/PROPN/LOCATION ./PUNCT"));
    assertThat(named(d, "Reuters").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(d, "Getty Images").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(d.entities()).noneMatch(e -> e.name().equals("Covid"));
    // a party's one-word name tagged as a person, in an article on its country, is the party
    Document party = STAGE.apply(tagged("de",
        "Ennahda/PROPN/PERSON verlor in Tunesien/PROPN/LOCATION die Mehrheit ./PUNCT"));
    assertThat(named(party, "Ennahda").kb().actor()).isEqualTo("TUNPTY");
    Document elsewhere = STAGE.apply(tagged("de",
        "Ennahda/PROPN/PERSON verlor die Mehrheit ./PUNCT"));
    assertThat(named(elsewhere, "Ennahda").type()).isEqualTo(EntityType.PERSON);
    // a hyphenated body the tagger left untagged is that body
    Document council = STAGE.apply(tagged("de", "Der UN-Sicherheitsrat/NOUN tagte ./PUNCT"));
    assertThat(named(council, "UN-Sicherheitsrat").kb().actor()).isEqualTo("IGOUNO");
  }

  @Test
  void adjectivesDemonymsAndCompoundsAreNoEntities() {
    Document d = STAGE.apply(tagged("de",
        "Die russischen/ADJ/MISC Truppen und die Russen/NOUN/MISC hörten den"
            + " Kreml-Sprecher/NOUN/LOCATION Dmitri/PROPN/PERSON Peskow/PROPN/PERSON ./PUNCT"));
    assertThat(d.entities()).filteredOn(e -> e.kb() == null || !e.kb().id().startsWith("cameo:"))
        .extracting(Entity::name).containsExactly("Dmitri Peskow");
    // the adjective and the noun together describe an actor, Russia's military
    assertThat(d.entities()).filteredOn(e -> e.kb() != null && e.kb().id().equals("cameo:RUSMIL"))
        .singleElement().satisfies(e ->
            assertThat(e.mentions().get(0).text()).isEqualTo("russischen Truppen"));
  }

  @Test
  void anEnglishPartyShortFormBeforeATitleIsThatParty() {
    // Labour in opposition in 2019, the Democrats too; "former" keeps the party's role away
    Document d = STAGE.apply(on("2019-11-19", tagged("en",
        "Labour/PROPN leader/NOUN Jeremy/PROPN/PERSON Corbyn/PROPN/PERSON spoke/VERB ./PUNCT",
        "Democratic/ADJ presidential/ADJ candidate/NOUN Deval/PROPN/PERSON Patrick/PROPN/PERSON"
            + " spoke/VERB ./PUNCT",
        "Former/ADJ Liberal/PROPN Democrat/PROPN leader/NOUN Nick/PROPN/PERSON"
            + " Smith/PROPN/PERSON spoke/VERB ./PUNCT")));
    assertThat(named(d, "Jeremy Corbyn").kb().actor()).isEqualTo("GBROPP");
    assertThat(named(d, "Deval Patrick").kb().actor()).isEqualTo("USAOPP");
    assertThat(named(d, "Nick Smith").kb() == null ? null : named(d, "Nick Smith").kb().actor())
        .isNotEqualTo("USAOPP").isNotEqualTo("GBROPP");
  }

  @Test
  void onAPartysOwnPageItsPeopleAreItsOwn() {
    String sentence = "sagt/VERB unsere/DET Wohnbausprecherin/NOUN Ruth/PROPN/PERSON"
        + " Becher/PROPN/PERSON ./PUNCT";
    Document own = STAGE.apply(on("2022-02-04", tagged("de", sentence)).toBuilder()
        .url("https://www.spoe.at/2022/02/04/x/").build());
    assertThat(named(own, "Ruth Becher").kb().actor()).isEqualTo("AUTOPP"); // in opposition
    Document paper = STAGE.apply(on("2022-02-04", tagged("de", sentence)).toBuilder()
        .url("https://www.derstandard.at/story/x").build());
    assertThat(paper.entities()).noneMatch(e -> e.kb() != null
        && "AUTOPP".equals(e.kb().actor()));
  }

  @Test
  void aTitleBesideAPersonKnownOnlyAsFormerOfficeHolderIsTheFresherWord() {
    // The knowledge base knows Pamela Rendi-Wagner as a former minister (AUTELI) in 2022
    Document own = STAGE.apply(on("2022-02-04", tagged("de", "sagt/VERB unsere/DET"
        + " Vorsitzende/NOUN Pamela/PROPN/PERSON Rendi-Wagner/PROPN/PERSON ./PUNCT")).toBuilder()
        .url("https://www.spoe.at/2022/02/04/x/").build());
    Entity chair = named(own, "Pamela Rendi-Wagner");
    assertThat(chair.kb().actor()).isEqualTo("AUTOPP");
    // and where the name stands alone later, she is still the party's chair, one entity
    Document later = STAGE.apply(on("2022-02-04", tagged("de", "SPÖ-Chefin/NOUN"
        + " Pamela/PROPN/PERSON Rendi-Wagner/PROPN/PERSON sprach ./PUNCT",
        "Pamela/PROPN/PERSON Rendi-Wagner/PROPN/PERSON forderte Neuwahlen ./PUNCT")));
    assertThat(later.entities()).filteredOn(e -> e.name().equals("Pamela Rendi-Wagner"))
        .singleElement().satisfies(e -> assertThat(e.kb().actor()).isEqualTo("AUTOPP"));
    assertThat(chair.kb().id()).isEqualTo("Q28912455"); // still the one person
    // a word of kinship is no office: it leaves the knowledge base's entry as it is
    Document family = STAGE.apply(on("2022-02-04", tagged("de", "sagt/VERB ihre/DET"
        + " Mutter/NOUN Pamela/PROPN/PERSON Rendi-Wagner/PROPN/PERSON ./PUNCT")));
    assertThat(named(family, "Pamela Rendi-Wagner").kb().actor()).isEqualTo("AUTELI");
    // nor is an office of another time: "der damalige Bundespräsident" is out of office now
    Document then = STAGE.apply(on("2023-11-06", tagged("de", "sagte/VERB der/DET"
        + " damalige/ADJ Bundespräsident/NOUN Christian/PROPN/PERSON Wulff/PROPN/PERSON ./PUNCT")));
    assertThat(named(then, "Christian Wulff").kb().actor()).isEqualTo("DEUELI");
  }

  @Test
  void aBodyTheKnowledgeBaseLacksIsOfItsSeatOrOfTheSetting() {
    Document bank = STAGE.apply(tagged("en", "The/DET Federal/PROPN/ORGANIZATION"
        + " Reserve/PROPN/ORGANIZATION Bank/PROPN/ORGANIZATION of/ADP/ORGANIZATION"
        + " New/PROPN/ORGANIZATION York/PROPN/ORGANIZATION warned ./PUNCT"));
    assertThat(named(bank, "Federal Reserve Bank of New York").kb().actor())
        .isEqualTo("USABUS");
    Document aid = STAGE.apply(tagged("de",
        "In/ADP Hamburg/PROPN/LOCATION und/CCONJ Bremen/PROPN/LOCATION regnet es ./PUNCT",
        "Der/DET Malteser/PROPN/ORGANIZATION Hilfsdienst/PROPN/ORGANIZATION hilft ./PUNCT",
        "Das/DET ist/AUX gut ./PUNCT"));
    assertThat(named(aid, "Malteser Hilfsdienst").kb().actor()).isEqualTo("DEUNGO");
  }

  @Test
  void aTradeWithoutACountryIsThatOfThePeopleTheArticleLinks() {
    // China is named most, but the people linked are American: "a professor at Cornell" in an
    // American paper on China is an American (before linking, "Trump" alone is no one).
    Document d = STAGE.apply(on("2019-11-18", tagged("en",
        "President/PROPN Trump/PROPN/PERSON spoke of Beijing/PROPN/LOCATION ./PUNCT",
        "Mr./PROPN Trump/PROPN/PERSON named Shanghai/PROPN/LOCATION and"
            + " Beijing/PROPN/LOCATION ./PUNCT",
        "Jane/PROPN/PERSON Miller/PROPN/PERSON ,/PUNCT a/DET professor at/ADP"
            + " Cornell/PROPN/ORGANIZATION ,/PUNCT agreed ./PUNCT")));
    assertThat(named(d, "Jane Miller").kb().country()).isEqualTo("USA");
  }

  @Test
  void aNamesakeOfAPhoenixOfficialInAnArticleSetElsewhereIsSomeoneElse() {
    Document band = STAGE.apply(on("2019-11-19", tagged("en",
        "The/DET band/NOUN will/AUX tour/VERB with/ADP Patrick/PROPN/PERSON"
            + " Simmons/PROPN/PERSON ./PUNCT",
        "It/PRON starts/VERB in/ADP Chicago/PROPN/LOCATION ./PUNCT",
        "It/PRON ends/VERB in/ADP Boston/PROPN/LOCATION ./PUNCT")));
    assertThat(named(band, "Patrick Simmons").kb()).satisfiesAnyOf(
        kb -> assertThat(kb).isNull(),
        kb -> assertThat(kb.id()).doesNotStartWith("phoenix:"));
    Document grenada = STAGE.apply(on("2019-11-19", tagged("en",
        "In/ADP Grenada/PROPN/LOCATION ,/PUNCT Patrick/PROPN/PERSON Simmons/PROPN/PERSON"
            + " spoke ./PUNCT")));
    assertThat(named(grenada, "Patrick Simmons").kb().id()).isEqualTo("phoenix:PATRICK_SIMMONS");
  }

  @Test
  void aShortFormDefinedInParenthesesIsItsName() {
    Document d = STAGE.apply(tagged("de", "Die/DET Deutsche/PROPN/ORGANIZATION"
        + " Lebens-Rettungs-Gesellschaft/PROPN/ORGANIZATION (/PUNCT DLRG/PROPN/ORGANIZATION )/PUNCT"
        + " warnt ./PUNCT", "Die/DET DLRG/PROPN/ORGANIZATION fordert Geld ./PUNCT"));
    assertThat(named(d, "Deutsche Lebens-Rettungs-Gesellschaft").mentions())
        .extracting(m -> m.text()).containsExactly("Deutsche Lebens-Rettungs-Gesellschaft",
            "DLRG", "DLRG");
  }

  private static Document on(String day, Document d) {
    return d.toBuilder().published(day).build();
  }

  private static Entity linked(Document d, String id) {
    return d.entities().stream().filter(e -> e.kb() != null && e.kb().id().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + d.entities()));
  }

  @Test
  void anOfficeIsItsHolderOnTheArticlesDate() {
    Document before = STAGE.apply(on("2021-12-01", tagged("de",
        "Der/DET Bundeskanzler/NOUN sprach ./PUNCT")));
    assertThat(linked(before, "Q567").mentions()).extracting(m -> m.text())
        .containsExactly("Bundeskanzler");
    Document after = STAGE.apply(on("2022-03-01", tagged("de",
        "Der/DET Bundeskanzler/NOUN sprach ./PUNCT")));
    assertThat(linked(after, "Q61053").kb().actor()).isEqualTo("DEUGOV");
    Document genitive = STAGE.apply(on("2021-12-15", tagged("de",
        "Russlands/PROPN/LOCATION Präsident/NOUN warnte ./PUNCT")));
    assertThat(linked(genitive, "Q7747").mentions()).extracting(m -> m.text())
        .containsExactly("Russlands Präsident");
  }

  @Test
  void aBareOfficeIsTheLastPersonWhoHeldIt() {
    Document d = STAGE.apply(on("2021-12-15", tagged("de",
        "Kreml/PROPN/ORGANIZATION -/PUNCT Sprecher/NOUN Dmitri/PROPN/PERSON Peskow/PROPN/PERSON"
            + " sagte/VERB dies ./PUNCT",
        "Das sagte/VERB der/DET Sprecher/NOUN ./PUNCT")));
    assertThat(linked(d, "herald:peskov").mentions()).extracting(m -> m.text())
        .containsExactly("Kreml - Sprecher", "Dmitri Peskow", "Sprecher");
  }

  @Test
  void anAgentWithACountryIsThatCountrysActor() {
    Document d = STAGE.apply(on("2021-12-15", tagged("de",
        "sagte/VERB ein/DET Kreml/PROPN/ORGANIZATION -/PUNCT Beamter/NOUN ./PUNCT",
        "Das meldeten chinesische/ADJ Staatsmedien/NOUN ./PUNCT")));
    assertThat(linked(d, "cameo:RUSGOV").kb().country()).isEqualTo("RUS");
    assertThat(linked(d, "cameo:CHNGOVMED").kb().actor()).isEqualTo("CHNGOVMED");
  }

  @Test
  void aCapitalThatActsIsItsGovernment() {
    Document d = STAGE.apply(on("2021-12-15", tagged("en",
        "Washington/PROPN/LOCATION rejected/VERB the demand ./PUNCT",
        "Thousands marched in/ADP Washington/PROPN/LOCATION ./PUNCT")));
    assertThat(d.entities()).filteredOn(e -> e.kb() != null
        && e.kb().id().equals("geonames:4140963")).extracting(e -> e.kb().actor())
        .containsExactlyInAnyOrder("USAGOV", "USA");
  }

  @Test
  void brusselsThatActsIsTheEuropeanUnionAndThePartnerOfADealActs() {
    Document d = STAGE.apply(on("2019-10-19", tagged("de",
        "Johnson/PROPN/PERSON erzielte eine Einigung/NOUN/O mit/ADP/O Brüssel/PROPN/LOCATION"
            + " ./PUNCT",
        "Die Minister trafen sich in/ADP/O Brüssel/PROPN/LOCATION ./PUNCT")));
    assertThat(d.entities()).filteredOn(e -> e.name().equals("Brüssel"))
        .extracting(e -> e.kb().actor()).containsExactlyInAnyOrder("IGOEUREEC", "BEL");
  }

  @Test
  void aCueDecidesBetweenACountryAndARegion() {
    Document state = STAGE.apply(on("2020-11-20", tagged("en",
        "Georgia/PROPN/LOCATION began a recount ./PUNCT",
        "Officials in/ADP Atlanta/PROPN/LOCATION ,/PUNCT Georgia/PROPN/LOCATION agreed/VERB"
            + " ./PUNCT")));
    assertThat(state.entities()).filteredOn(e -> e.name().equals("Georgia"))
        .extracting(e -> e.kb().country()).containsOnly("USA");
    Document country = STAGE.apply(on("2022-10-01", tagged("en",
        "Georgia/PROPN/LOCATION applied to join the EU/PROPN/ORGANIZATION ./PUNCT")));
    assertThat(named(country, "Georgia").kb().country()).isEqualTo("GEO");
  }

  @Test
  void aPersonIsLinkedOnlyWhereTheNameFits() {
    Document d = STAGE.apply(on("2008-08-04", tagged("en",
        "President/PROPN Bush/PROPN/PERSON spoke ./PUNCT",
        "Paris/PROPN/PERSON Hilton/PROPN/PERSON sang ./PUNCT")));
    assertThat(named(d, "George W. Bush").kb().actor()).isEqualTo("USAGOV");
    assertThat(named(d, "Paris Hilton").kb()).isNull();
  }

  @Test
  void aNameInsideALongerNameKeepsTheLongerOne() {
    Document d = STAGE.apply(tagged("de",
        "Die Universität/PROPN/ORGANIZATION Peking/PROPN/ORGANIZATION lehrt ./PUNCT"));
    assertThat(d.entities()).extracting(Entity::name).containsExactly("Universität Peking");
    assertThat(d.entities().get(0).type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void rewritesTheWordsTagsToTheRefinedOnes() {
    Document d = STAGE.apply(inputs().get(1));
    Token russian = d.sentences().get(0).tokens().stream()
        .filter(t -> t.word().equals("Russian")).findFirst().orElseThrow();
    assertThat(russian.ner()).isEqualTo("O");
    assertThat(named(d, "Kremlin").kb().country()).isEqualTo("RUS");
  }

  @Test
  void aTitleBeforeAnUnknownNameGivesHimHisCountryAndRoleFromTheText() {
    // a name no source knows: the mechanism, not a fact about a real minister
    Document d = STAGE.apply(HandTagged.document("en", "2019-12-03",
        "Australian/ADJ/MISC Trade/PROPN Minister/PROPN Jane/PROPN/PERSON"
            + " Quillfeather/PROPN/PERSON criticised the decision ./PUNCT",
        "Quillfeather/PROPN/PERSON left ./PUNCT"));
    Entity minister = named(d, "Jane Quillfeather");
    assertThat(minister.kb().actor()).isEqualTo("AUSGOV");
    assertThat(minister.kb().country()).isEqualTo("AUS");
    assertThat(minister.kb().layer()).isEqualTo("text");
    assertThat(minister.mentions()).extracting(m -> m.text())
        .containsExactly("Australian Trade Minister", "Jane Quillfeather", "Quillfeather");
    assertThat(d.entities()).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void anApposedDescriptionAfterTheNameDoesTheSame() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-19",
        "Tom/PROPN/PERSON Quillfeather/PROPN/PERSON ,/PUNCT the British/ADJ/MISC opposition"
            + " leader ,/PUNCT spoke ./PUNCT"));
    Entity corbyn = named(d, "Tom Quillfeather");
    assertThat(corbyn.kb().actor()).isEqualTo("GBROPP");
    assertThat(corbyn.kb().layer()).isEqualTo("text");
  }

  @Test
  void thePoliceOfAReportAreThoseOfTheCountryItIsSetIn() {
    Document d = STAGE.apply(HandTagged.document("de", "2019-10-19",
        "In/ADP Zürich/PROPN/LOCATION und Winterthur/PROPN/LOCATION kam es zu Unfällen ./PUNCT",
        "Die/DET Polizei nahm ihn fest ./PUNCT"));
    assertThat(d.entities()).anySatisfy(e -> {
      assertThat(e.kb()).isNotNull();
      assertThat(e.kb().actor()).isEqualTo("CHECOP");
    });
  }

  @Test
  void anOfficeOfANationalBodyIsTheBodysNotTheCountrys() {
    // the president of a retail association, not the federal president
    Document d = STAGE.apply(HandTagged.document("de", "2023-11-01",
        "HDE-Präsident Erika/PROPN/PERSON Quillfeder/PROPN/PERSON forderte mehr ./PUNCT"));
    Entity president = named(d, "Erika Quillfeder");
    assertThat(president.kb().actor()).isEqualTo("DEUBUS");
    assertThat(president.kb().layer()).isEqualTo("text");
  }

  @Test
  void aKnownPersonInOfficeKeepsTheKnowledgeBasesEntry() {
    Document d = STAGE.apply(HandTagged.document("en", "2021-12-15",
        "Russian/ADJ/MISC President/PROPN Vladimir/PROPN/PERSON Putin/PROPN/PERSON"
            + " spoke ./PUNCT"));
    Entity putin = named(d, "Vladimir Putin");
    assertThat(putin.kb().id()).isEqualTo("Q7747");
    assertThat(putin.kb().layer()).isNull();
  }

  @Test
  void aTitleBeforeAnUnknownNameGivesItsRoleInTheCountryOfTheSetting() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-08",
        "In/ADP Bern/PROPN/LOCATION und Zürich/PROPN/LOCATION tagte die Synode ./PUNCT",
        "Bischof Harald/PROPN/PERSON Rein/PROPN/PERSON sprach ./PUNCT",
        "Rein/PROPN/PERSON dankte ./PUNCT"));
    Entity bishop = named(d, "Harald Rein");
    assertThat(bishop.kb().actor()).isEqualTo("CHEREL");
    assertThat(bishop.kb().country()).isEqualTo("CHE");
    assertThat(bishop.kb().layer()).isEqualTo("text");
    assertThat(bishop.mentions()).hasSize(2);
  }

  @Test
  void anAppositionNamesTheKindOfBodyAPersonHeads() {
    Document d = STAGE.apply(HandTagged.document("en", "2023-11-10",
        "Gaza/PROPN/LOCATION and Khan/PROPN/LOCATION Younis/PROPN/LOCATION are in"
            + " Palestine/PROPN/LOCATION ./PUNCT",
        "Sobhi/PROPN/PERSON Skaik/PROPN/PERSON ,/PUNCT the/DET director/NOUN of/ADP the/DET"
            + " Turkish/ADJ Friendship/PROPN Hospital/PROPN ,/PUNCT spoke/VERB ./PUNCT"));
    Entity doctor = named(d, "Sobhi Skaik");
    assertThat(doctor.kb().actor()).isEqualTo("PSEHLH"); // the hospital's, not Turkey's
  }

  @Test
  void aCountryBesideTheTitleWinsOverTheSetting() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-08",
        "In/ADP Bern/PROPN/LOCATION und Zürich/PROPN/LOCATION tagte man ./PUNCT",
        "Der/DET ukrainische/ADJ Botschafter Erik/PROPN/PERSON Quast/PROPN/PERSON sprach ./PUNCT"));
    assertThat(named(d, "Erik Quast").kb().actor()).isEqualTo("UKRGOV");
  }

  @Test
  void anUndescribedPersonIsAPrivatePersonOfTheCountryTheArticleIsSetIn() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-08",
        "In/ADP Bern/PROPN/LOCATION und Zürich/PROPN/LOCATION sprach Erik/PROPN/PERSON"
            + " Quast/PROPN/PERSON ./PUNCT"));
    Entity person = named(d, "Erik Quast");
    assertThat(person.kb().country()).isEqualTo("CHE");
    assertThat(person.kb().actor()).isEqualTo("CHECVL");
    assertThat(person.kb().layer()).isEqualTo("text");
  }

  @Test
  void theBylinesNamesAreTheArticlesReporters() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "By/ADP Kate/PROPN/PERSON Wood/PROPN/PERSON ,/PUNCT Tom/PROPN/PERSON Lee/PROPN/PERSON",
        "Police/PROPN in/ADP Dallas/PROPN/LOCATION and/CCONJ Austin/PROPN/LOCATION held/VERB"
            + " Erik/PROPN/PERSON Quast/PROPN/PERSON ./PUNCT"));
    assertThat(named(d, "Kate Wood").kb().actor()).isEqualTo("USAMED");
    assertThat(named(d, "Tom Lee").kb().actor()).isEqualTo("USAMED");
    assertThat(named(d, "Erik Quast").kb().actor()).isEqualTo("USACVL");
  }

  @Test
  void aPaperOfACountrysDomainWritesOfItsPeopleWhereTheArticleKnowsNone() {
    Document doc = HandTagged.document("en", "2012-04-17",
        "Zoe/PROPN/PERSON Ames/PROPN/PERSON lived/VERB in/ADP London/PROPN/LOCATION ./PUNCT",
        "Her/PRON father/NOUN flew/VERB to/ADP Boston/PROPN/LOCATION ./PUNCT",
        "He/PRON spoke/VERB in/ADP Boston/PROPN/LOCATION ./PUNCT",
        "Then/ADV he/PRON went/VERB to/ADP Chicago/PROPN/LOCATION ./PUNCT");
    Document plain = STAGE.apply(doc);
    Document british = STAGE.apply(doc.toBuilder().url("https://www.telegraph.co.uk/news/a.html")
        .build());
    assertThat(named(plain, "Zoe Ames").kb().country()).isEqualTo("USA");
    assertThat(named(british, "Zoe Ames").kb().country()).isEqualTo("GBR");
  }

  @Test
  void aFormerOfficialIsAnElite() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "Kurt/PROPN/PERSON Vance/PROPN/PERSON ,/PUNCT the/DET former/ADJ special/ADJ envoy/NOUN"
            + " ,/PUNCT spoke/VERB in/ADP Dallas/PROPN/LOCATION and/CCONJ Austin/PROPN/LOCATION"
            + " ./PUNCT"));
    assertThat(named(d, "Kurt Vance").kb().actor()).isEqualTo("USAELI");
  }

  @Test
  void aTitleSentToABodyServesTheCountryBeforeIt() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "He/PRON met U.S./PROPN/LOCATION Ambassador/PROPN to/ADP the/DET European/PROPN/ORGANIZATION"
            + " Union/PROPN/ORGANIZATION Gary/PROPN/PERSON Sandberg/PROPN/PERSON ./PUNCT"));
    assertThat(named(d, "Gary Sandberg").kb().actor()).isEqualTo("USAGOV");
  }

  @Test
  void anOfficialLeftAndAnOfficeBeforeTheNameInCapitalsIsAnElite() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "Tom/PROPN/PERSON Morrow/PROPN/PERSON ,/PUNCT a/DET former/ADJ Defense/PROPN"
            + " Department/PROPN official/NOUN ,/PUNCT spoke/VERB in/ADP Dallas/PROPN/LOCATION"
            + " ./PUNCT",
        "She/PRON met former/ADJ National/PROPN Security/PROPN Adviser/PROPN Jim/PROPN/PERSON"
            + " Bellow/PROPN/PERSON ./PUNCT",
        "She/PRON met Future/PROPN Publishing/PROPN founder/NOUN Chris/PROPN/PERSON"
            + " Aldous/PROPN/PERSON ./PUNCT"));
    assertThat(named(d, "Tom Morrow").kb().actor()).isEqualTo("USAELI");
    assertThat(named(d, "Jim Bellow").kb().actor()).isEqualTo("USAELI");
    assertThat(named(d, "Chris Aldous").kb().actor()).isEqualTo("USABUS"); // no "future"
  }

  @Test
  void anAppositionAfterTheNameWinsOverATitleBeforeAComma() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-18",
        "Farmers/NOUN met/VERB in/ADP Dallas/PROPN/LOCATION and/CCONJ Austin/PROPN/LOCATION ./PUNCT",
        "In/ADP a/DET letter/NOUN to/ADP the/DET president/NOUN in/ADP May/PROPN ,/PUNCT"
            + " Zach/PROPN/PERSON Dorn/PROPN/PERSON ,/PUNCT the/DET president/NOUN of/ADP"
            + " the/DET American/PROPN/ORGANIZATION Farm/PROPN/ORGANIZATION"
            + " Bureau/PROPN/ORGANIZATION ,/PUNCT wrote/VERB ./PUNCT"));
    assertThat(named(d, "Zach Dorn").kb().actor()).isEqualTo("USAAGR");
  }

  @Test
  void aTitleTheTaggerTookIntoTheNameStillGivesTheRole() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "Protests/NOUN spread/VERB in/ADP La/PROPN/LOCATION Paz/PROPN/LOCATION and/CCONJ"
            + " Cochabamba/PROPN/LOCATION ./PUNCT",
        "Ombudsman/PROPN/PERSON Nadia/PROPN/PERSON Cruzado/PROPN/PERSON spoke/VERB ./PUNCT"));
    assertThat(named(d, "Ombudsman Nadia Cruzado").kb().actor()).isEqualTo("BOLGOV");
  }

  @Test
  void whoReportsForAnOutletOrIsItsOwnIsItsPress() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "Police/NOUN in/ADP Beijing/PROPN/LOCATION detained/VERB Li/PROPN/PERSON"
            + " Wen/PROPN/PERSON ,/PUNCT as/SCONJ Emma/PROPN/PERSON Fong/PROPN/PERSON"
            + " reports/VERB for/ADP NPR/PROPN/ORGANIZATION ./PUNCT",
        "NPR/PROPN/ORGANIZATION 's/PART Mark/PROPN/PERSON Lewis/PROPN/PERSON said/VERB so/ADV"
            + " ./PUNCT"));
    assertThat(named(d, "Emma Fong").kb().actor()).isEqualTo("USAMED");
    assertThat(named(d, "Mark Lewis").kb().actor()).isEqualTo("USAMED");
  }

  @Test
  void aReporterCoveringABodyOfTheStateIsThePress() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "He/PRON told/VERB Pentagon/PROPN/ORGANIZATION correspondent/NOUN Carl/PROPN/PERSON"
            + " Bloom/PROPN/PERSON ./PUNCT"));
    assertThat(named(d, "Carl Bloom").kb().actor()).isEqualTo("USAMED");
  }

  @Test
  void aKnownNameEndingAnOrganisationsLongerNameDoesNotSplitIt() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "A/DET National/PROPN/ORGANIZATION Security/PROPN/ORGANIZATION Council/PROPN/ORGANIZATION"
            + " aide/NOUN spoke/VERB ./PUNCT"));
    assertThat(d.entities()).extracting(Entity::name).contains("National Security Council")
        .doesNotContain("Security Council", "National");
  }

  @Test
  void theCardinalSecretaryOfStateActsForTheVaticanWhereverHeIs() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-08",
        "In/ADP Bern/PROPN/LOCATION und Zürich/PROPN/LOCATION tagte man ./PUNCT",
        "Es/PRON besucht Kardinalstaatsekretär/NOUN Paolo/PROPN/PERSON Verdi/PROPN/PERSON die/DET"
            + " Schweiz/PROPN/LOCATION ./PUNCT"));
    assertThat(named(d, "Paolo Verdi").kb().actor()).isEqualTo("VATGOV");
  }

  @Test
  void aPartyTheKnowledgeBaseLacksInBracketsMakesAPartyMember() {
    Document d = STAGE.apply(HandTagged.document("de", "2019-10-19",
        "In/ADP Berlin/PROPN/LOCATION und Hamburg/PROPN/LOCATION wird demonstriert ./PUNCT",
        "Es/PRON sprechen Erika/PROPN/PERSON Nolde/PROPN/PERSON (/PUNCT Gartenpartei/NOUN )/PUNCT"
            + " und Hans/PROPN/PERSON Kolbe/PROPN/PERSON ./PUNCT"));
    assertThat(named(d, "Erika Nolde").kb().actor()).isEqualTo("DEUPTY");
    assertThat(named(d, "Hans Kolbe").kb().actor()).isEqualTo("DEUCVL");
  }

  @Test
  void publisherCountryReadsTheCountryCodeDomain() {
    assertThat(Publisher.country("https://www.telegraph.co.uk/news/x")).isEqualTo("GBR");
    assertThat(Publisher.country("https://www.spiegel.de/")).isEqualTo("DEU");
    assertThat(Publisher.country("https://www.cbsnews.com/news/x")).isNull();
    assertThat(Publisher.country("https://example.tv/x")).isNull();
    assertThat(Publisher.country("not a url")).isNull();
    assertThat(Publisher.country(null)).isNull();
  }

  @Test
  void withoutASettingAnUndescribedPersonStaysUnlinked() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-08",
        "Gestern sprach Erik/PROPN/PERSON Quast/PROPN/PERSON ./PUNCT"));
    assertThat(named(d, "Erik Quast").kb()).isNull();
  }

  @Test
  void aNameTaggedOnceAsAnOrganisationIsStillThePerson() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-08",
        "Bundesrat Ignazio/PROPN/PERSON Cassis/PROPN/PERSON kam ./PUNCT",
        "Dann sprach Ignazio/PROPN/ORGANIZATION Cassis/PROPN/ORGANIZATION ./PUNCT"));
    assertThat(d.entities()).filteredOn(e -> e.name().contains("Cassis")).hasSize(1);
  }

  @Test
  void anAgeMarksAPrivatePersonAndAnOutletItsReporter() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-18",
        "Police/PROPN in/ADP Dallas/PROPN/LOCATION and/CCONJ Austin/PROPN/LOCATION said/VERB"
            + " Erik/PROPN/PERSON Quast/PROPN/PERSON ,/PUNCT 32/NUM ,/PUNCT was/AUX held/VERB"
            + " ./PUNCT",
        "Ann/PROPN/PERSON Lutz/PROPN/PERSON of/ADP the/DET New/PROPN/ORGANIZATION"
            + " York/PROPN/ORGANIZATION Times/PROPN/ORGANIZATION reported/VERB ./PUNCT"));
    assertThat(named(d, "Erik Quast").kb().actor()).isEqualTo("USACVL");
    assertThat(named(d, "Ann Lutz").kb().actor()).isEqualTo("USAMED");
  }

  @Test
  void aPersonNothingElseDescribesTakesWhatEarlierArticlesSaid() {
    LearnedPeople learned = (name, day) -> switch (name) {
      case "Yasmin Fahimi", "Fahimi" -> new LearnedPeople.Learned("Yasmin Fahimi", "DEULAB",
          "DEU", "2023-03-06", "2023-03-06", 1);
      case "Olaf Scholz" -> new LearnedPeople.Learned("Olaf Scholz", "DEUCVL", "DEU", null, null,
          1);
      default -> null;
    };
    EntityStage stage = new EntityStage(KnowledgeBase.bundled(), learned);
    Document d = stage.apply(HandTagged.document("de", "2023-05-02",
        "Yasmin/PROPN/PERSON Fahimi/PROPN/PERSON kritisierte/VERB Olaf/PROPN/PERSON"
            + " Scholz/PROPN/PERSON ./PUNCT",
        "Die/DET Lehrerin/NOUN Ute/PROPN/PERSON Ahrens/PROPN/PERSON schwieg/VERB ./PUNCT"));
    KbRef fahimi = named(d, "Yasmin Fahimi").kb();
    assertThat(fahimi.actor()).isEqualTo("DEULAB");
    assertThat(fahimi.layer()).isEqualTo("learned");
    // the knowledge base wins over what was learned
    assertThat(named(d, "Olaf Scholz").kb().actor()).isEqualTo("DEUGOV");
    assertThat(named(d, "Olaf Scholz").kb().layer()).isNull();
    // without the store's learned names, Fahimi is what this text alone says
    assertThat(named(STAGE.apply(HandTagged.document("de", "2023-05-02",
        "Yasmin/PROPN/PERSON Fahimi/PROPN/PERSON kritisierte/VERB ./PUNCT")), "Yasmin Fahimi")
        .kb()).isNull();
  }

  @Test
  void aTitleBetweenTwoNamesSeparatesTwoPeople() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-08",
        "Zudem/ADV übergab/VERB Rita/PROPN/PERSON Famos/PROPN/PERSON Bundesrat/PROPN/PERSON"
            + " Ignazio/PROPN/PERSON Cassis/PROPN/PERSON eine/DET Urkunde/NOUN ./PUNCT"));
    assertThat(d.entities()).extracting(Entity::name)
        .contains("Rita Famos", "Ignazio Cassis")
        .noneMatch(n -> n.contains("Bundesrat"));
  }

  @Test
  void anOfficeOfANamedBodyIsNoBareOfficeOfThePersonSeenLast() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-11-08",
        "Bundesrat/NOUN Ignazio/PROPN/PERSON Cassis/PROPN/PERSON kam/VERB ./PUNCT",
        "Es/PRON sprach/VERB die/DET Präsidentin/NOUN der/DET RKZ/PROPN/ORGANIZATION ./PUNCT"));
    assertThat(named(d, "Ignazio Cassis").mentions()).extracting(m -> m.text())
        .containsExactly("Ignazio Cassis");
  }

  @Test
  void kinAnAgeBeforeTheNameACourtsCounselAndACreditGiveTheRole() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-18",
        "Police/PROPN in/ADP Dallas/PROPN/LOCATION and/CCONJ Austin/PROPN/LOCATION found/VERB"
            + " 54-year-old/ADJ Hal/PROPN/PERSON Grimm/PROPN/PERSON ./PUNCT",
        "Her/PRON boyfriend/NOUN Alf/PROPN/PERSON Uhde/PROPN/PERSON called/VERB ./PUNCT",
        "Jim/PROPN/PERSON Tovey/PROPN/PERSON ,/PUNCT prosecuting/VERB ,/PUNCT spoke/VERB ./PUNCT",
        "By/ADP Ada/PROPN/PERSON Hume/PROPN/PERSON"));
    assertThat(named(d, "Hal Grimm").kb().actor()).isEqualTo("USACVL");
    assertThat(named(d, "Alf Uhde").kb().actor()).isEqualTo("USACVL");
    assertThat(named(d, "Jim Tovey").kb().actor()).isEqualTo("USAJUD");
    assertThat(named(d, "Ada Hume").kb().actor()).isEqualTo("USAMED");
  }

  @Test
  void aSurnameDoesNotMakeAFullNameWithAnotherGivenNameAKnownPerson() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-18",
        "Police/PROPN in/ADP Dallas/PROPN/LOCATION and/CCONJ Austin/PROPN/LOCATION said/VERB"
            + " Matt/PROPN/PERSON Harris/PROPN/PERSON ./PUNCT",
        "Harris/PROPN/PERSON said/VERB so/ADV ./PUNCT"));
    Entity matt = named(d, "Matt Harris");
    assertThat(matt.mentions()).hasSize(2);
    assertThat(matt.kb() == null ? null : matt.kb().id()).isNotEqualTo("Q10853588");
  }

  @Test
  void aFederalOfficeInAnAustrianArticleIsAustriasAndAGenitiveJoinsTheFullName() {
    Document d = STAGE.apply(HandTagged.document("de", "2023-11-01",
        "In/ADP Salzburg/PROPN/LOCATION und Bregenz/PROPN/LOCATION feierte"
            + " Alexander/PROPN/PERSON Van/PROPN/PERSON der/PROPN/PERSON Bellen/PROPN/PERSON ./PUNCT",
        "Die/DET Reisen Van/PROPN/PERSON der/PROPN/PERSON Bellens/PROPN/PERSON kosteten viel ./PUNCT",
        "Der/DET Bundespräsident schwieg ./PUNCT"));
    Entity president = named(d, "Alexander Van der Bellen");
    assertThat(president.kb().actor()).isEqualTo("AUTGOV");
    assertThat(president.mentions()).extracting(m -> m.text())
        .contains("Van der Bellens", "Bundespräsident");
  }

  @Test
  void anArticleWithoutPlacesIsSetWhereTheBodiesItNamesAre() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-10-27",
        "Die/DET SPD/PROPN/ORGANIZATION und/CCONJ die/DET FDP/PROPN/ORGANIZATION stellten"
            + " ein Papier vor ./PUNCT",
        "Es/PRON sprach Erik/PROPN/PERSON Quast/PROPN/PERSON ./PUNCT",
        "Die/DET Grünen/PROPN/ORGANIZATION stimmten zu ./PUNCT"));
    assertThat(named(d, "Erik Quast").kb().country()).isEqualTo("DEU");
  }

  @Test
  void aCompoundTitleNamesTheBodyBeforeItsHyphen() {
    Document d = STAGE.apply(HandTagged.document("de", "2021-10-29",
        "GdP-Tarifexperte Erik/PROPN/PERSON Quast/PROPN/PERSON kritisierte die Länder ./PUNCT"));
    assertThat(named(d, "Erik Quast").kb().actor()).isEqualTo("DEULAB");
  }

  @Test
  void aPartysShortFormNeedsItsCountryInTheText() {
    Document d = STAGE.apply(HandTagged.document("en", "2019-11-20",
        "The/DET SC/PROPN/ORGANIZATION asked the/DET Kerala/PROPN/LOCATION government/NOUN"
            + " ./PUNCT"));
    assertThat(d.entities()).noneMatch(e -> e.kb() != null && "SEN".equals(e.kb().country()));
  }

  @Test
  void aPartysLegislatorsAreTheGoverningSidesUnlessThePartyIsInOpposition() {
    String sentence = "SPD-Abgeordnete/NOUN/O kritisierten Abgeordnete der/DET/O"
        + " AfD/PROPN/ORGANIZATION ./PUNCT";
    Document governing = STAGE.apply(HandTagged.document("de", "2022-03-01", sentence));
    assertThat(governing.entities()).extracting(e -> e.kb() == null ? null : e.kb().actor())
        .containsExactly("DEULEG", "DEUOPP");
    Document opposition = STAGE.apply(HandTagged.document("de", "2012-03-01",
        "SPD-Abgeordnete/NOUN/O kritisierten die Regierung ./PUNCT"));
    assertThat(opposition.entities()).extracting(e -> e.kb() == null ? null : e.kb().actor())
        .containsExactly("DEUOPP");
  }

  @Test
  void aPartysShortFormBeforeTheHyphenMakesItsMembersItsPeople() {
    // the tokenizer splits the compound; "Linke" and "Grünen" are also ordinary words
    String text = "Der Linken/NOUN/O -/PUNCT/O Abgeordnete/NOUN/O Erika/PROPN/PERSON"
        + " Quillfeder/PROPN/PERSON und die SPD-Abgeordnete/NOUN/O Erik/PROPN/PERSON"
        + " Quast/PROPN/PERSON kritisierten Grünen-Politiker/NOUN/O ./PUNCT";
    Document governing = STAGE.apply(HandTagged.document("de", "2019-10-19", text));
    assertThat(named(governing, "Erika Quillfeder").kb().actor()).isEqualTo("DEUOPP");
    assertThat(named(governing, "Erik Quast").kb().actor()).isEqualTo("DEULEG");
    // without a name, "der Grünen-Politiker" refers back to a person named before (a quote's
    // speaker), so the short form names the party only before a name
    assertThat(governing.entities()).extracting(e -> e.kb() == null ? null : e.kb().id())
        .doesNotContain("Q49766");
    Document opposition = STAGE.apply(HandTagged.document("de", "2012-03-01", text));
    assertThat(named(opposition, "Erik Quast").kb().actor()).isEqualTo("DEUOPP");
  }

  @Test
  void aHyphenatedPairOfCountriesTheTaggerTookForOneNameIsTwoCountries() {
    Document d = STAGE.apply(HandTagged.document("de", "2019-10-18",
        "Tusk kritisierte die US/PROPN/MISC -/PUNCT/MISC türkische/ADJ/MISC Vereinbarung und"
            + " die US/PROPN/MISC -/PUNCT/MISC amerikanische/ADJ/MISC Regierung ./PUNCT"));
    assertThat(d.entities()).extracting(e -> e.kb() == null ? null : e.kb().actor())
        .containsExactly("USA", "TUR", "USAGOV");
  }

  @Test
  void aCapitalizedAgentAfterACountrysNameIsThatCountrys() {
    Document d = STAGE.apply(HandTagged.document("en", "2022-04-21",
        "He/PRON/O thanked the US/PROPN/LOCATION Congresswoman/NOUN/O ./PUNCT"));
    assertThat(d.entities()).extracting(e -> e.kb() == null ? null : e.kb().actor())
        .contains("USALEG");
  }

  /** A made-up surname for number i, unknown to the knowledge base: "Bacadef". */
  private static String surname(int i) {
    StringBuilder b = new StringBuilder("B");
    for (int k = 0; k < 3; k++) {
      b.append("aeiou".charAt(i % 5)).append("cdfgklmnprstvz".charAt(i / 5 % 14));
      i /= 70;
    }
    return b.toString();
  }

  @Test
  void aSentenceNamingThousandsOfPeopleKeepsTheFirstEntitiesWithAWarning() {
    StringBuilder list = new StringBuilder("Es/PRON unterschrieben");
    int people = 5_000;
    for (int i = 0; i < people; i++) {
      list.append(i == 0 ? " " : " ,/PUNCT ").append(surname(i)).append("/PROPN/PERSON");
    }
    Document d = STAGE.apply(tagged("de", list + " ./PUNCT"));
    assertThat(d.entities()).hasSize(EntityStage.MAX_ENTITIES);
    assertThat(d.entities().get(0).name()).isEqualTo(surname(0));
    assertThat(d.entities().get(EntityStage.MAX_ENTITIES - 1).name())
        .isEqualTo(surname(EntityStage.MAX_ENTITIES - 1));
    assertThat(d.warnings()).containsExactly(
        "entities cut to the first " + EntityStage.MAX_ENTITIES + " of " + people);
  }

  @Test
  void anArticleBelowTheLimitKeepsAllItsEntitiesWithoutAWarning() {
    Document d = STAGE.apply(tagged("de", "Wladimir/PROPN/PERSON Putin/PROPN/PERSON traf"
        + " Xi/PROPN/PERSON Jinping/PROPN/PERSON in Peking/PROPN/LOCATION ./PUNCT"));
    assertThat(d.entities()).hasSize(3);
    assertThat(d.warnings()).isEmpty();
  }
}
