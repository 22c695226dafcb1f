package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
  private TestSite site;
  private final List<String> log = new ArrayList<>();
  private Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    site = TestSite.start();
    fetcher = new Fetcher(Fetcher.Settings.defaults("test").withHostDelay(Duration.ofMillis(200))
        .withTimeout(Duration.ofSeconds(2)).withPageLimit(1 << 20), Fetcher.Hosts.inMemory(),
        log::add);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void conditionalRequestsGetA304AndHeraldNamesItself() throws Exception {
    site.page("/a.html", "text/html", "<p>hello</p>");
    Fetcher.Response first = fetcher.get(site.url("/a.html"), null, null, 1000);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.etag()).isNotNull();
    Fetcher.Response second = fetcher.get(site.url("/a.html"), first.etag(), null, 1000);
    assertThat(second.status()).isEqualTo(304);
    assertThat(site.requests("/a.html")).extracting(TestSite.Request::ifNoneMatch)
        .containsExactly(null, first.etag());
    assertThat(site.requests("/a.html").get(0).userAgent()).startsWith("Herald/test");
  }

  @Test
  void oneHostIsAskedAtMostOnceInItsDelay() throws Exception {
    site.page("/a.html", "text/html", "<p>hello</p>");
    Instant t0 = Instant.now();
    for (int i = 0; i < 4; i++) {
      fetcher.get(site.url("/a.html"), null, null, 1000);
    }
    assertThat(Duration.between(t0, Instant.now())).isGreaterThanOrEqualTo(
        Duration.ofMillis(600));
  }

  @Test
  void aBodyPastTheCapAndAServerThatNeverAnswersFailWithTheirReason() {
    site.huge("/huge.html", 50L << 20);
    site.hang("/slow.html");
    assertThatThrownBy(() -> fetcher.get(site.url("/huge.html"), null, null, 1 << 20))
        .isInstanceOf(Fetcher.FetchFailed.class).hasMessage("larger than 1 MB")
        .matches(e -> !((Fetcher.FetchFailed) e).passing);
    assertThatThrownBy(() -> fetcher.get(site.url("/slow.html"), null, null, 1000))
        .isInstanceOf(Fetcher.FetchFailed.class).hasMessage("no full answer within 2 s")
        .matches(e -> ((Fetcher.FetchFailed) e).passing);
  }

  @Test
  void robotsTxtIsHonouredAndAMissingOneAllowsEverything() throws Exception {
    assertThat(fetcher.allowed(site.url("/anything.html"))).isTrue();
    site.page("/robots.txt", "text/plain", "User-agent: herald\nDisallow: /private/\n");
    Fetcher other = new Fetcher(Fetcher.Settings.defaults("test")
        .withHostDelay(Duration.ZERO), Fetcher.Hosts.inMemory(), log::add);
    assertThat(other.allowed(site.url("/private/a.html"))).isFalse();
    assertThat(other.allowed(site.url("/public/a.html"))).isTrue();
  }

  @Test
  void aSiteThatDoesNotAnswerIsNamedSoNotTakenForARefusal() {
    assertThatThrownBy(() -> fetcher.allowed(java.net.URI.create("http://127.0.0.1:9/a.html")))
        .isInstanceOf(Fetcher.FetchFailed.class)
        .hasMessageStartingWith("cannot fetch robots.txt of 127.0.0.1:9: ")
        .matches(e -> ((Fetcher.FetchFailed) e).passing);
  }
}
